/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain.util;

import java.math.BigInteger;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.eclipse.emf.ecore.xml.type.util.XMLTypeUtil;

import org.vdevstudio.model.domain.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.vdevstudio.model.domain.DomainPackage
 * @generated
 */
public class DomainValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final DomainValidator INSTANCE = new DomainValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.vdevstudio.model.domain";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DomainValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return DomainPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case DomainPackage.DOCUMENT_ROOT:
				return validateDocumentRoot((DocumentRoot)value, diagnostics, context);
			case DomainPackage.DOMAIN:
				return validateDomain((Domain)value, diagnostics, context);
			case DomainPackage.OS:
				return validateOs((Os)value, diagnostics, context);
			case DomainPackage.MEMORY:
				return validateMemory((Memory)value, diagnostics, context);
			case DomainPackage.CURRENT_MEMORY:
				return validateCurrentMemory((CurrentMemory)value, diagnostics, context);
			case DomainPackage.VCPU:
				return validateVcpu((Vcpu)value, diagnostics, context);
			case DomainPackage.DEVICES:
				return validateDevices((Devices)value, diagnostics, context);
			case DomainPackage.OS_TYPE:
				return validateOsType((OsType)value, diagnostics, context);
			case DomainPackage.OS_FIRMWARE:
				return validateOsFirmware((OsFirmware)value, diagnostics, context);
			case DomainPackage.OS_LOADER:
				return validateOsLoader((OsLoader)value, diagnostics, context);
			case DomainPackage.OS_NVRAM:
				return validateOsNvram((OsNvram)value, diagnostics, context);
			case DomainPackage.OS_BOOT:
				return validateOsBoot((OsBoot)value, diagnostics, context);
			case DomainPackage.OS_BOOTMENU:
				return validateOsBootmenu((OsBootmenu)value, diagnostics, context);
			case DomainPackage.OS_SMBIOS:
				return validateOsSmbios((OsSmbios)value, diagnostics, context);
			case DomainPackage.OS_BIOS:
				return validateOsBios((OsBios)value, diagnostics, context);
			case DomainPackage.OS_ACPI:
				return validateOsAcpi((OsAcpi)value, diagnostics, context);
			case DomainPackage.OS_INITENV:
				return validateOsInitenv((OsInitenv)value, diagnostics, context);
			case DomainPackage.INTERFACE:
				return validateInterface((Interface)value, diagnostics, context);
			case DomainPackage.HOSTDEV:
				return validateHostdev((Hostdev)value, diagnostics, context);
			case DomainPackage.OS_FIRMWARE_FEATURE:
				return validateOsFirmwareFeature((OsFirmwareFeature)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE:
				return validateOsNvramSource((OsNvramSource)value, diagnostics, context);
			case DomainPackage.OS_ACPI_TABLE:
				return validateOsAcpiTable((OsAcpiTable)value, diagnostics, context);
			case DomainPackage.INTERFACE_SOURCE:
				return validateInterfaceSource((InterfaceSource)value, diagnostics, context);
			case DomainPackage.INTERFACE_VIRTUALPORT:
				return validateInterfaceVirtualport((InterfaceVirtualport)value, diagnostics, context);
			case DomainPackage.INTERFACE_LINK:
				return validateInterfaceLink((InterfaceLink)value, diagnostics, context);
			case DomainPackage.INTERFACE_MTU:
				return validateInterfaceMtu((InterfaceMtu)value, diagnostics, context);
			case DomainPackage.INTERFACE_COALESCE:
				return validateInterfaceCoalesce((InterfaceCoalesce)value, diagnostics, context);
			case DomainPackage.INTERFACE_TARGET:
				return validateInterfaceTarget((InterfaceTarget)value, diagnostics, context);
			case DomainPackage.INTERFACE_GUEST:
				return validateInterfaceGuest((InterfaceGuest)value, diagnostics, context);
			case DomainPackage.INTERFACE_MAC:
				return validateInterfaceMac((InterfaceMac)value, diagnostics, context);
			case DomainPackage.INTERFACE_IP_INFO:
				return validateInterfaceIpInfo((InterfaceIpInfo)value, diagnostics, context);
			case DomainPackage.ROUTE:
				return validateRoute((Route)value, diagnostics, context);
			case DomainPackage.INTERFACE_PORT_FORWARD:
				return validateInterfacePortForward((InterfacePortForward)value, diagnostics, context);
			case DomainPackage.INTERFACE_SCRIPT:
				return validateInterfaceScript((InterfaceScript)value, diagnostics, context);
			case DomainPackage.INTERFACE_DOWNSCRIPT:
				return validateInterfaceDownscript((InterfaceDownscript)value, diagnostics, context);
			case DomainPackage.INTERFACE_BACKENDDOMAIN:
				return validateInterfaceBackenddomain((InterfaceBackenddomain)value, diagnostics, context);
			case DomainPackage.INTERFACE_MODEL:
				return validateInterfaceModel((InterfaceModel)value, diagnostics, context);
			case DomainPackage.INTERFACE_BACKEND:
				return validateInterfaceBackend((InterfaceBackend)value, diagnostics, context);
			case DomainPackage.INTERFACE_DRIVER:
				return validateInterfaceDriver((InterfaceDriver)value, diagnostics, context);
			case DomainPackage.ALIAS:
				return validateAlias((Alias)value, diagnostics, context);
			case DomainPackage.ACPI:
				return validateAcpi((Acpi)value, diagnostics, context);
			case DomainPackage.ADDRESS:
				return validateAddress((Address)value, diagnostics, context);
			case DomainPackage.INTERFACE_FILTERREF:
				return validateInterfaceFilterref((InterfaceFilterref)value, diagnostics, context);
			case DomainPackage.INTERFACE_TUNE:
				return validateInterfaceTune((InterfaceTune)value, diagnostics, context);
			case DomainPackage.DEVICE_BOOT:
				return validateDeviceBoot((DeviceBoot)value, diagnostics, context);
			case DomainPackage.ROM:
				return validateRom((Rom)value, diagnostics, context);
			case DomainPackage.INTERFACE_BANDWIDTH:
				return validateInterfaceBandwidth((InterfaceBandwidth)value, diagnostics, context);
			case DomainPackage.INTERFACE_VLAN:
				return validateInterfaceVlan((InterfaceVlan)value, diagnostics, context);
			case DomainPackage.INTERFACE_PORT:
				return validateInterfacePort((InterfacePort)value, diagnostics, context);
			case DomainPackage.TEAMING:
				return validateTeaming((Teaming)value, diagnostics, context);
			case DomainPackage.HOSTDEV_DRIVER:
				return validateHostdevDriver((HostdevDriver)value, diagnostics, context);
			case DomainPackage.HOSTDEV_SOURCE:
				return validateHostdevSource((HostdevSource)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_SLICES:
				return validateOsNvramSourceSlices((OsNvramSourceSlices)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION:
				return validateOsNvramSourceEncryption((OsNvramSourceEncryption)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL:
				return validateOsNvramSourceSeclabel((OsNvramSourceSeclabel)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_RESERVATIONS:
				return validateOsNvramSourceReservations((OsNvramSourceReservations)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_HOST:
				return validateOsNvramSourceHost((OsNvramSourceHost)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_SNAPSHOT:
				return validateOsNvramSourceSnapshot((OsNvramSourceSnapshot)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_CONFIG:
				return validateOsNvramSourceConfig((OsNvramSourceConfig)value, diagnostics, context);
			case DomainPackage.DISK_AUTH:
				return validateDiskAuth((DiskAuth)value, diagnostics, context);
			case DomainPackage.INITIATORINFO:
				return validateInitiatorinfo((Initiatorinfo)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_COOKIES:
				return validateOsNvramSourceCookies((OsNvramSourceCookies)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_READAHEAD:
				return validateOsNvramSourceReadahead((OsNvramSourceReadahead)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_TIMEOUT:
				return validateOsNvramSourceTimeout((OsNvramSourceTimeout)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_SSL:
				return validateOsNvramSourceSsl((OsNvramSourceSsl)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_IDENTITY:
				return validateOsNvramSourceIdentity((OsNvramSourceIdentity)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS:
				return validateOsNvramSourceAddress((OsNvramSourceAddress)value, diagnostics, context);
			case DomainPackage.RECONNECT:
				return validateReconnect((Reconnect)value, diagnostics, context);
			case DomainPackage.INTERFACE_SOURCE_LOCAL:
				return validateInterfaceSourceLocal((InterfaceSourceLocal)value, diagnostics, context);
			case DomainPackage.SOURCE_VENDOR:
				return validateSourceVendor((SourceVendor)value, diagnostics, context);
			case DomainPackage.SOURCE_PRODUCT:
				return validateSourceProduct((SourceProduct)value, diagnostics, context);
			case DomainPackage.SOURCE_ADDRESS:
				return validateSourceAddress((SourceAddress)value, diagnostics, context);
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS:
				return validateInterfaceVirtualportParameters((InterfaceVirtualportParameters)value, diagnostics, context);
			case DomainPackage.INTERFACE_COALESCE_RX:
				return validateInterfaceCoalesceRx((InterfaceCoalesceRx)value, diagnostics, context);
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE:
				return validateInterfacePortForwardRange((InterfacePortForwardRange)value, diagnostics, context);
			case DomainPackage.INTERFACE_DRIVER_HOST:
				return validateInterfaceDriverHost((InterfaceDriverHost)value, diagnostics, context);
			case DomainPackage.INTERFACE_DRIVER_GUEST:
				return validateInterfaceDriverGuest((InterfaceDriverGuest)value, diagnostics, context);
			case DomainPackage.ADDRESS_ZPCI:
				return validateAddressZpci((AddressZpci)value, diagnostics, context);
			case DomainPackage.INTERFACE_FILTERREF_PARAMETER:
				return validateInterfaceFilterrefParameter((InterfaceFilterrefParameter)value, diagnostics, context);
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND:
				return validateInterfaceBandwidthInbound((InterfaceBandwidthInbound)value, diagnostics, context);
			case DomainPackage.INTERFACE_BANDWIDTH_OUTBOUND:
				return validateInterfaceBandwidthOutbound((InterfaceBandwidthOutbound)value, diagnostics, context);
			case DomainPackage.INTERFACE_VLAN_TAG:
				return validateInterfaceVlanTag((InterfaceVlanTag)value, diagnostics, context);
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER:
				return validateHostdevSourceAdapter((HostdevSourceAdapter)value, diagnostics, context);
			case DomainPackage.HOSTDEV_SOURCE_HOST:
				return validateHostdevSourceHost((HostdevSourceHost)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_SLICES_SLICE:
				return validateOsNvramSourceSlicesSlice((OsNvramSourceSlicesSlice)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION_SECRET:
				return validateOsNvramSourceEncryptionSecret((OsNvramSourceEncryptionSecret)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION_CIPHER:
				return validateOsNvramSourceEncryptionCipher((OsNvramSourceEncryptionCipher)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION_IVGEN:
				return validateOsNvramSourceEncryptionIvgen((OsNvramSourceEncryptionIvgen)value, diagnostics, context);
			case DomainPackage.DISK_AUTH_SECRET:
				return validateDiskAuthSecret((DiskAuthSecret)value, diagnostics, context);
			case DomainPackage.INITIATORINFO_IQN:
				return validateInitiatorinfoIqn((InitiatorinfoIqn)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_COOKIES_COOKIE:
				return validateOsNvramSourceCookiesCookie((OsNvramSourceCookiesCookie)value, diagnostics, context);
			case DomainPackage.INTERFACE_COALESCE_RX_FRAMES:
				return validateInterfaceCoalesceRxFrames((InterfaceCoalesceRxFrames)value, diagnostics, context);
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR:
				return validateHostdevSourceAdapterParentaddr((HostdevSourceAdapterParentaddr)value, diagnostics, context);
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS:
				return validateHostdevSourceAdapterParentaddrAddress((HostdevSourceAdapterParentaddrAddress)value, diagnostics, context);
			case DomainPackage.EMPTY_ELEMENT:
				return validateEmptyElement((EmptyElement)value, diagnostics, context);
			case DomainPackage.DOMAIN_TYPE:
				return validateDomainType((DomainType)value, diagnostics, context);
			case DomainPackage.OS_FIRMWARE2:
				return validateOsFirmware2((OsFirmware2)value, diagnostics, context);
			case DomainPackage.VIR_ON_OFF:
				return validateVirOnOff((VirOnOff)value, diagnostics, context);
			case DomainPackage.VCPU_PLACEMENT:
				return validateVcpuPlacement((VcpuPlacement)value, diagnostics, context);
			case DomainPackage.OS_TYPE_VALUE:
				return validateOsTypeValue((OsTypeValue)value, diagnostics, context);
			case DomainPackage.OS_TYPE_ARCH:
				return validateOsTypeArch((OsTypeArch)value, diagnostics, context);
			case DomainPackage.VIR_YES_NO:
				return validateVirYesNo((VirYesNo)value, diagnostics, context);
			case DomainPackage.OS_LOADER_TYPE:
				return validateOsLoaderType((OsLoaderType)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_TYPE:
				return validateOsNvramType((OsNvramType)value, diagnostics, context);
			case DomainPackage.OS_BOOT_DEV:
				return validateOsBootDev((OsBootDev)value, diagnostics, context);
			case DomainPackage.OS_SMBIOS_MODE:
				return validateOsSmbiosMode((OsSmbiosMode)value, diagnostics, context);
			case DomainPackage.INTERFACE_TYPE:
				return validateInterfaceType((InterfaceType)value, diagnostics, context);
			case DomainPackage.HOSTDEV_MODE:
				return validateHostdevMode((HostdevMode)value, diagnostics, context);
			case DomainPackage.HOSTDEV_TYPE:
				return validateHostdevType((HostdevType)value, diagnostics, context);
			case DomainPackage.HOSTDEV_SGIO:
				return validateHostdevSgio((HostdevSgio)value, diagnostics, context);
			case DomainPackage.HOSTDEV_MODEL:
				return validateHostdevModel((HostdevModel)value, diagnostics, context);
			case DomainPackage.OS_FIRMWARE_FEATURE_NAME:
				return validateOsFirmwareFeatureName((OsFirmwareFeatureName)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_STARTUP_POLICY:
				return validateOsNvramSourceStartupPolicy((OsNvramSourceStartupPolicy)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_PROTOCOL:
				return validateOsNvramSourceProtocol((OsNvramSourceProtocol)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_MODE:
				return validateOsNvramSourceMode((OsNvramSourceMode)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_TYPE:
				return validateOsNvramSourceType((OsNvramSourceType)value, diagnostics, context);
			case DomainPackage.OS_ACPI_TABLE_TYPE:
				return validateOsAcpiTableType((OsAcpiTableType)value, diagnostics, context);
			case DomainPackage.MAC_TABLE_MANAGER:
				return validateMacTableManager((MacTableManager)value, diagnostics, context);
			case DomainPackage.INTERFACE_SOURCE_TYPE:
				return validateInterfaceSourceType((InterfaceSourceType)value, diagnostics, context);
			case DomainPackage.INTERFACE_VIRTUALPORT_TYPE:
				return validateInterfaceVirtualportType((InterfaceVirtualportType)value, diagnostics, context);
			case DomainPackage.INTERFACE_LINK_STATE:
				return validateInterfaceLinkState((InterfaceLinkState)value, diagnostics, context);
			case DomainPackage.INTERFACE_MAC_TYPE:
				return validateInterfaceMacType((InterfaceMacType)value, diagnostics, context);
			case DomainPackage.INTERFACE_PORT_FORWARD_PROTO:
				return validateInterfacePortForwardProto((InterfacePortForwardProto)value, diagnostics, context);
			case DomainPackage.INTERFACE_BACKEND_TYPE:
				return validateInterfaceBackendType((InterfaceBackendType)value, diagnostics, context);
			case DomainPackage.INTERFACE_DRIVER_NAME:
				return validateInterfaceDriverName((InterfaceDriverName)value, diagnostics, context);
			case DomainPackage.INTERFACE_DRIVER_TXMODE:
				return validateInterfaceDriverTxmode((InterfaceDriverTxmode)value, diagnostics, context);
			case DomainPackage.ADDRESS_TYPE:
				return validateAddressType((AddressType)value, diagnostics, context);
			case DomainPackage.INTERFACE_VLAN_TRUNK:
				return validateInterfaceVlanTrunk((InterfaceVlanTrunk)value, diagnostics, context);
			case DomainPackage.TEAMING_TYPE:
				return validateTeamingType((TeamingType)value, diagnostics, context);
			case DomainPackage.HOSTDEV_DRIVER_NAME:
				return validateHostdevDriverName((HostdevDriverName)value, diagnostics, context);
			case DomainPackage.HOSTDEV_SOURCE_STARTUP_POLICY:
				return validateHostdevSourceStartupPolicy((HostdevSourceStartupPolicy)value, diagnostics, context);
			case DomainPackage.HOSTDEV_SOURCE_GUEST_RESET:
				return validateHostdevSourceGuestReset((HostdevSourceGuestReset)value, diagnostics, context);
			case DomainPackage.HOSTDEV_SOURCE_PROTOCOL:
				return validateHostdevSourceProtocol((HostdevSourceProtocol)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION_FORMAT:
				return validateOsNvramSourceEncryptionFormat((OsNvramSourceEncryptionFormat)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION_ENGINE:
				return validateOsNvramSourceEncryptionEngine((OsNvramSourceEncryptionEngine)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL_RELABEL:
				return validateOsNvramSourceSeclabelRelabel((OsNvramSourceSeclabelRelabel)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL_LABELSKIP:
				return validateOsNvramSourceSeclabelLabelskip((OsNvramSourceSeclabelLabelskip)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_HOST_TRANSPORT:
				return validateOsNvramSourceHostTransport((OsNvramSourceHostTransport)value, diagnostics, context);
			case DomainPackage.SOURCE_ADDRESS_TYPE:
				return validateSourceAddressType((SourceAddressType)value, diagnostics, context);
			case DomainPackage.INTERFACE_VLAN_TAG_NATIVE_MODE:
				return validateInterfaceVlanTagNativeMode((InterfaceVlanTagNativeMode)value, diagnostics, context);
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_TYPE:
				return validateHostdevSourceAdapterType((HostdevSourceAdapterType)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_SLICES_SLICE_TYPE:
				return validateOsNvramSourceSlicesSliceType((OsNvramSourceSlicesSliceType)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION_SECRET_TYPE:
				return validateOsNvramSourceEncryptionSecretType((OsNvramSourceEncryptionSecretType)value, diagnostics, context);
			case DomainPackage.DISK_AUTH_SECRET_TYPE:
				return validateDiskAuthSecretType((DiskAuthSecretType)value, diagnostics, context);
			case DomainPackage.OBJECT_NAME_WITH_SLASH:
				return validateObjectNameWithSlash((String)value, diagnostics, context);
			case DomainPackage.UUID:
				return validateUUID((String)value, diagnostics, context);
			case DomainPackage.UNSIGNED_INT:
				return validateUnsignedInt((Long)value, diagnostics, context);
			case DomainPackage.ABS_FILE_PATH:
				return validateAbsFilePath((String)value, diagnostics, context);
			case DomainPackage.GENERIC_NAME:
				return validateGenericName((String)value, diagnostics, context);
			case DomainPackage.MEMORY_VALUE:
				return validateMemoryValue((BigInteger)value, diagnostics, context);
			case DomainPackage.UNIT:
				return validateUnit((String)value, diagnostics, context);
			case DomainPackage.CURRENT_MEMORY_VALUE:
				return validateCurrentMemoryValue((BigInteger)value, diagnostics, context);
			case DomainPackage.VCPU_VALUE:
				return validateVcpuValue((Integer)value, diagnostics, context);
			case DomainPackage.CPUSET:
				return validateCpuset((String)value, diagnostics, context);
			case DomainPackage.COUNT_CPU:
				return validateCountCPU((Integer)value, diagnostics, context);
			case DomainPackage.OS_TYPE_MACHINE:
				return validateOsTypeMachine((String)value, diagnostics, context);
			case DomainPackage.OS_LOADER_VALUE:
				return validateOsLoaderValue((String)value, diagnostics, context);
			case DomainPackage.UNSIGNED_SHORT:
				return validateUnsignedShort((Long)value, diagnostics, context);
			case DomainPackage.REBOOT_TIMEOUT_DELAY:
				return validateRebootTimeoutDelay((Integer)value, diagnostics, context);
			case DomainPackage.OS_INITENV_NAME:
				return validateOsInitenvName((String)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_FILE:
				return validateOsNvramSourceFile((String)value, diagnostics, context);
			case DomainPackage.POSITIVE_INTEGER:
				return validatePositiveInteger((BigInteger)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_DEV:
				return validateOsNvramSourceDev((String)value, diagnostics, context);
			case DomainPackage.OBJECT_NAME:
				return validateObjectName((String)value, diagnostics, context);
			case DomainPackage.VOL_NAME:
				return validateVolName((String)value, diagnostics, context);
			case DomainPackage.UINT32:
				return validateUint32((String)value, diagnostics, context);
			case DomainPackage.OS_ACPI_TABLE_VALUE:
				return validateOsAcpiTableValue((String)value, diagnostics, context);
			case DomainPackage.INTERFACE_SOURCE_BRIDGE:
				return validateInterfaceSourceBridge((String)value, diagnostics, context);
			case DomainPackage.DEVICE_NAME:
				return validateDeviceName((String)value, diagnostics, context);
			case DomainPackage.INTERFACE_SOURCE_PORTID:
				return validateInterfaceSourcePortid((String)value, diagnostics, context);
			case DomainPackage.INTERFACE_SOURCE_MODE:
				return validateInterfaceSourceMode((String)value, diagnostics, context);
			case DomainPackage.IPV4_ADDR:
				return validateIpv4Addr((String)value, diagnostics, context);
			case DomainPackage.PORT_NUMBER:
				return validatePortNumber((String)value, diagnostics, context);
			case DomainPackage.UNI_MAC_ADDR:
				return validateUniMacAddr((String)value, diagnostics, context);
			case DomainPackage.IP_ADDR:
				return validateIpAddr((String)value, diagnostics, context);
			case DomainPackage.ADDR_FAMILY:
				return validateAddrFamily((String)value, diagnostics, context);
			case DomainPackage.IP_PREFIX:
				return validateIpPrefix((String)value, diagnostics, context);
			case DomainPackage.FILE_PATH:
				return validateFilePath((String)value, diagnostics, context);
			case DomainPackage.INTERFACE_MODEL_TYPE:
				return validateInterfaceModelType((String)value, diagnostics, context);
			case DomainPackage.ALIAS_NAME:
				return validateAliasName((String)value, diagnostics, context);
			case DomainPackage.PCI_DOMAIN:
				return validatePciDomain((String)value, diagnostics, context);
			case DomainPackage.ADDRESS_BUS:
				return validateAddressBus((String)value, diagnostics, context);
			case DomainPackage.ADDRESS_SLOT:
				return validateAddressSlot((String)value, diagnostics, context);
			case DomainPackage.PCI_FUNC:
				return validatePciFunc((String)value, diagnostics, context);
			case DomainPackage.DRIVE_CONTROLLER:
				return validateDriveController((String)value, diagnostics, context);
			case DomainPackage.DRIVE_TARGET:
				return validateDriveTarget((String)value, diagnostics, context);
			case DomainPackage.DRIVE_UNIT:
				return validateDriveUnit((String)value, diagnostics, context);
			case DomainPackage.ADDRESS_PORT:
				return validateAddressPort((String)value, diagnostics, context);
			case DomainPackage.SPAPRVIO_REG:
				return validateSpaprvioReg((String)value, diagnostics, context);
			case DomainPackage.CCW_CSSID_RANGE:
				return validateCcwCssidRange((String)value, diagnostics, context);
			case DomainPackage.CCW_SSID_RANGE:
				return validateCcwSsidRange((String)value, diagnostics, context);
			case DomainPackage.CCW_DEVNO_RANGE:
				return validateCcwDevnoRange((String)value, diagnostics, context);
			case DomainPackage.ADDRESS_IOBASE:
				return validateAddressIobase((String)value, diagnostics, context);
			case DomainPackage.ADDRESS_IRQ:
				return validateAddressIrq((String)value, diagnostics, context);
			case DomainPackage.HEXUINT:
				return validateHexuint((String)value, diagnostics, context);
			case DomainPackage.DEVICE_BOOT_LOADPARM:
				return validateDeviceBootLoadparm((String)value, diagnostics, context);
			case DomainPackage.HOSTDEV_SOURCE_WWPN:
				return validateHostdevSourceWwpn((String)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_HOST_NAME:
				return validateOsNvramSourceHostName((String)value, diagnostics, context);
			case DomainPackage.PCI_BUS:
				return validatePciBus((String)value, diagnostics, context);
			case DomainPackage.PCI_SLOT:
				return validatePciSlot((String)value, diagnostics, context);
			case DomainPackage.USB_ID:
				return validateUsbId((String)value, diagnostics, context);
			case DomainPackage.SOURCE_ADDRESS_BUS:
				return validateSourceAddressBus((String)value, diagnostics, context);
			case DomainPackage.USB_ADDR:
				return validateUsbAddr((String)value, diagnostics, context);
			case DomainPackage.DRIVE_SCSI_TARGET:
				return validateDriveSCSITarget((String)value, diagnostics, context);
			case DomainPackage.DRIVE_SCSI_UNIT:
				return validateDriveSCSIUnit((String)value, diagnostics, context);
			case DomainPackage.UINT8:
				return validateUint8((String)value, diagnostics, context);
			case DomainPackage.UINT24:
				return validateUint24((String)value, diagnostics, context);
			case DomainPackage.UINT16:
				return validateUint16((String)value, diagnostics, context);
			case DomainPackage.FILTER_PARAM_NAME:
				return validateFilterParamName((String)value, diagnostics, context);
			case DomainPackage.FILTER_PARAM_VALUE:
				return validateFilterParamValue((String)value, diagnostics, context);
			case DomainPackage.SPEED:
				return validateSpeed((Long)value, diagnostics, context);
			case DomainPackage.BURST_SIZE:
				return validateBurstSize((Long)value, diagnostics, context);
			case DomainPackage.INTERFACE_VLAN_TAG_ID:
				return validateInterfaceVlanTagId((Long)value, diagnostics, context);
			case DomainPackage.WWN:
				return validateWwn((String)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_COOKIES_COOKIE_VALUE:
				return validateOsNvramSourceCookiesCookieValue((String)value, diagnostics, context);
			case DomainPackage.OS_NVRAM_SOURCE_COOKIES_COOKIE_NAME:
				return validateOsNvramSourceCookiesCookieName((String)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDocumentRoot(DocumentRoot documentRoot, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(documentRoot, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDomain(Domain domain, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(domain, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOs(Os os, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(os, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMemory(Memory memory, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(memory, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCurrentMemory(CurrentMemory currentMemory, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(currentMemory, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVcpu(Vcpu vcpu, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(vcpu, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDevices(Devices devices, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(devices, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsType(OsType osType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osType, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsFirmware(OsFirmware osFirmware, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osFirmware, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsLoader(OsLoader osLoader, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osLoader, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvram(OsNvram osNvram, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osNvram, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsBoot(OsBoot osBoot, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osBoot, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsBootmenu(OsBootmenu osBootmenu, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osBootmenu, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsSmbios(OsSmbios osSmbios, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osSmbios, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsBios(OsBios osBios, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osBios, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsAcpi(OsAcpi osAcpi, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osAcpi, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsInitenv(OsInitenv osInitenv, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osInitenv, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterface(Interface interface_, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interface_, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHostdev(Hostdev hostdev, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(hostdev, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsFirmwareFeature(OsFirmwareFeature osFirmwareFeature, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osFirmwareFeature, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSource(OsNvramSource osNvramSource, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osNvramSource, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsAcpiTable(OsAcpiTable osAcpiTable, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osAcpiTable, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceSource(InterfaceSource interfaceSource, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceSource, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceVirtualport(InterfaceVirtualport interfaceVirtualport, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceVirtualport, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceLink(InterfaceLink interfaceLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceLink, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceMtu(InterfaceMtu interfaceMtu, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceMtu, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceCoalesce(InterfaceCoalesce interfaceCoalesce, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceCoalesce, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceTarget(InterfaceTarget interfaceTarget, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceTarget, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceGuest(InterfaceGuest interfaceGuest, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceGuest, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceMac(InterfaceMac interfaceMac, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceMac, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceIpInfo(InterfaceIpInfo interfaceIpInfo, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceIpInfo, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRoute(Route route, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(route, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfacePortForward(InterfacePortForward interfacePortForward, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfacePortForward, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceScript(InterfaceScript interfaceScript, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceScript, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceDownscript(InterfaceDownscript interfaceDownscript, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceDownscript, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceBackenddomain(InterfaceBackenddomain interfaceBackenddomain, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceBackenddomain, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceModel(InterfaceModel interfaceModel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceModel, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceBackend(InterfaceBackend interfaceBackend, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceBackend, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceDriver(InterfaceDriver interfaceDriver, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceDriver, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAlias(Alias alias, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(alias, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAcpi(Acpi acpi, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(acpi, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAddress(Address address, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(address, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceFilterref(InterfaceFilterref interfaceFilterref, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceFilterref, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceTune(InterfaceTune interfaceTune, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceTune, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDeviceBoot(DeviceBoot deviceBoot, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(deviceBoot, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRom(Rom rom, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(rom, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceBandwidth(InterfaceBandwidth interfaceBandwidth, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceBandwidth, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceVlan(InterfaceVlan interfaceVlan, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceVlan, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfacePort(InterfacePort interfacePort, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfacePort, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTeaming(Teaming teaming, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(teaming, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHostdevDriver(HostdevDriver hostdevDriver, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(hostdevDriver, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHostdevSource(HostdevSource hostdevSource, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(hostdevSource, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceSlices(OsNvramSourceSlices osNvramSourceSlices, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osNvramSourceSlices, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceEncryption(OsNvramSourceEncryption osNvramSourceEncryption, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osNvramSourceEncryption, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceSeclabel(OsNvramSourceSeclabel osNvramSourceSeclabel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osNvramSourceSeclabel, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceReservations(OsNvramSourceReservations osNvramSourceReservations, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osNvramSourceReservations, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceHost(OsNvramSourceHost osNvramSourceHost, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osNvramSourceHost, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceSnapshot(OsNvramSourceSnapshot osNvramSourceSnapshot, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osNvramSourceSnapshot, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceConfig(OsNvramSourceConfig osNvramSourceConfig, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osNvramSourceConfig, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDiskAuth(DiskAuth diskAuth, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(diskAuth, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInitiatorinfo(Initiatorinfo initiatorinfo, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(initiatorinfo, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceCookies(OsNvramSourceCookies osNvramSourceCookies, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osNvramSourceCookies, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceReadahead(OsNvramSourceReadahead osNvramSourceReadahead, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osNvramSourceReadahead, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceTimeout(OsNvramSourceTimeout osNvramSourceTimeout, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osNvramSourceTimeout, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceSsl(OsNvramSourceSsl osNvramSourceSsl, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osNvramSourceSsl, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceIdentity(OsNvramSourceIdentity osNvramSourceIdentity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osNvramSourceIdentity, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceAddress(OsNvramSourceAddress osNvramSourceAddress, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osNvramSourceAddress, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReconnect(Reconnect reconnect, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(reconnect, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceSourceLocal(InterfaceSourceLocal interfaceSourceLocal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceSourceLocal, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSourceVendor(SourceVendor sourceVendor, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(sourceVendor, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSourceProduct(SourceProduct sourceProduct, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(sourceProduct, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSourceAddress(SourceAddress sourceAddress, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(sourceAddress, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceVirtualportParameters(InterfaceVirtualportParameters interfaceVirtualportParameters, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceVirtualportParameters, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceCoalesceRx(InterfaceCoalesceRx interfaceCoalesceRx, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceCoalesceRx, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfacePortForwardRange(InterfacePortForwardRange interfacePortForwardRange, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfacePortForwardRange, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceDriverHost(InterfaceDriverHost interfaceDriverHost, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceDriverHost, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceDriverGuest(InterfaceDriverGuest interfaceDriverGuest, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceDriverGuest, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAddressZpci(AddressZpci addressZpci, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(addressZpci, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceFilterrefParameter(InterfaceFilterrefParameter interfaceFilterrefParameter, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceFilterrefParameter, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceBandwidthInbound(InterfaceBandwidthInbound interfaceBandwidthInbound, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceBandwidthInbound, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceBandwidthOutbound(InterfaceBandwidthOutbound interfaceBandwidthOutbound, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceBandwidthOutbound, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceVlanTag(InterfaceVlanTag interfaceVlanTag, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceVlanTag, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHostdevSourceAdapter(HostdevSourceAdapter hostdevSourceAdapter, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(hostdevSourceAdapter, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHostdevSourceHost(HostdevSourceHost hostdevSourceHost, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(hostdevSourceHost, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceSlicesSlice(OsNvramSourceSlicesSlice osNvramSourceSlicesSlice, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osNvramSourceSlicesSlice, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceEncryptionSecret(OsNvramSourceEncryptionSecret osNvramSourceEncryptionSecret, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osNvramSourceEncryptionSecret, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceEncryptionCipher(OsNvramSourceEncryptionCipher osNvramSourceEncryptionCipher, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osNvramSourceEncryptionCipher, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceEncryptionIvgen(OsNvramSourceEncryptionIvgen osNvramSourceEncryptionIvgen, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osNvramSourceEncryptionIvgen, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDiskAuthSecret(DiskAuthSecret diskAuthSecret, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(diskAuthSecret, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInitiatorinfoIqn(InitiatorinfoIqn initiatorinfoIqn, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(initiatorinfoIqn, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceCookiesCookie(OsNvramSourceCookiesCookie osNvramSourceCookiesCookie, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(osNvramSourceCookiesCookie, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceCoalesceRxFrames(InterfaceCoalesceRxFrames interfaceCoalesceRxFrames, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(interfaceCoalesceRxFrames, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHostdevSourceAdapterParentaddr(HostdevSourceAdapterParentaddr hostdevSourceAdapterParentaddr, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(hostdevSourceAdapterParentaddr, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHostdevSourceAdapterParentaddrAddress(HostdevSourceAdapterParentaddrAddress hostdevSourceAdapterParentaddrAddress, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(hostdevSourceAdapterParentaddrAddress, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEmptyElement(EmptyElement emptyElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(emptyElement, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDomainType(DomainType domainType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsFirmware2(OsFirmware2 osFirmware2, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVirOnOff(VirOnOff virOnOff, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVcpuPlacement(VcpuPlacement vcpuPlacement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsTypeValue(OsTypeValue osTypeValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsTypeArch(OsTypeArch osTypeArch, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVirYesNo(VirYesNo virYesNo, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsLoaderType(OsLoaderType osLoaderType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramType(OsNvramType osNvramType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsBootDev(OsBootDev osBootDev, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsSmbiosMode(OsSmbiosMode osSmbiosMode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceType(InterfaceType interfaceType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHostdevMode(HostdevMode hostdevMode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHostdevType(HostdevType hostdevType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHostdevSgio(HostdevSgio hostdevSgio, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHostdevModel(HostdevModel hostdevModel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsFirmwareFeatureName(OsFirmwareFeatureName osFirmwareFeatureName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceStartupPolicy(OsNvramSourceStartupPolicy osNvramSourceStartupPolicy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceProtocol(OsNvramSourceProtocol osNvramSourceProtocol, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceMode(OsNvramSourceMode osNvramSourceMode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceType(OsNvramSourceType osNvramSourceType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsAcpiTableType(OsAcpiTableType osAcpiTableType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMacTableManager(MacTableManager macTableManager, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceSourceType(InterfaceSourceType interfaceSourceType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceVirtualportType(InterfaceVirtualportType interfaceVirtualportType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceLinkState(InterfaceLinkState interfaceLinkState, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceMacType(InterfaceMacType interfaceMacType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfacePortForwardProto(InterfacePortForwardProto interfacePortForwardProto, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceBackendType(InterfaceBackendType interfaceBackendType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceDriverName(InterfaceDriverName interfaceDriverName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceDriverTxmode(InterfaceDriverTxmode interfaceDriverTxmode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAddressType(AddressType addressType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceVlanTrunk(InterfaceVlanTrunk interfaceVlanTrunk, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTeamingType(TeamingType teamingType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHostdevDriverName(HostdevDriverName hostdevDriverName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHostdevSourceStartupPolicy(HostdevSourceStartupPolicy hostdevSourceStartupPolicy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHostdevSourceGuestReset(HostdevSourceGuestReset hostdevSourceGuestReset, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHostdevSourceProtocol(HostdevSourceProtocol hostdevSourceProtocol, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceEncryptionFormat(OsNvramSourceEncryptionFormat osNvramSourceEncryptionFormat, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceEncryptionEngine(OsNvramSourceEncryptionEngine osNvramSourceEncryptionEngine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceSeclabelRelabel(OsNvramSourceSeclabelRelabel osNvramSourceSeclabelRelabel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceSeclabelLabelskip(OsNvramSourceSeclabelLabelskip osNvramSourceSeclabelLabelskip, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceHostTransport(OsNvramSourceHostTransport osNvramSourceHostTransport, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSourceAddressType(SourceAddressType sourceAddressType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceVlanTagNativeMode(InterfaceVlanTagNativeMode interfaceVlanTagNativeMode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHostdevSourceAdapterType(HostdevSourceAdapterType hostdevSourceAdapterType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceSlicesSliceType(OsNvramSourceSlicesSliceType osNvramSourceSlicesSliceType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceEncryptionSecretType(OsNvramSourceEncryptionSecretType osNvramSourceEncryptionSecretType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDiskAuthSecretType(DiskAuthSecretType diskAuthSecretType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateObjectNameWithSlash(String objectNameWithSlash, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateObjectNameWithSlash_Pattern(objectNameWithSlash, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateObjectNameWithSlash_Pattern
	 */
	public static final  PatternMatcher [][] OBJECT_NAME_WITH_SLASH__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[^\\n]+")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Object Name With Slash</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateObjectNameWithSlash_Pattern(String objectNameWithSlash, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.OBJECT_NAME_WITH_SLASH, objectNameWithSlash, OBJECT_NAME_WITH_SLASH__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUUID(String uuid, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateUUID_Pattern(uuid, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateUUID_Pattern
	 */
	public static final  PatternMatcher [][] UUID__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("([a-fA-F0-9]{32})|([a-fA-F0-9]{8}\\-([a-fA-F0-9]{4}\\-){3}[a-fA-F0-9]{12})")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>UUID</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUUID_Pattern(String uuid, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.UUID, uuid, UUID__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUnsignedInt(Long unsignedInt, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateUnsignedInt_Pattern(unsignedInt, diagnostics, context);
		if (result || diagnostics != null) result &= validateUnsignedInt_Min(unsignedInt, diagnostics, context);
		if (result || diagnostics != null) result &= validateUnsignedInt_Max(unsignedInt, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateUnsignedInt_Pattern
	 */
	public static final  PatternMatcher [][] UNSIGNED_INT__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[0-9]+")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Unsigned Int</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUnsignedInt_Pattern(Long unsignedInt, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.UNSIGNED_INT, unsignedInt, UNSIGNED_INT__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateUnsignedInt_Min
	 */
	public static final Long UNSIGNED_INT__MIN__VALUE = Long.valueOf(0L);

	/**
	 * Validates the Min constraint of '<em>Unsigned Int</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUnsignedInt_Min(Long unsignedInt, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = unsignedInt.compareTo(UNSIGNED_INT__MIN__VALUE) >= 0;
		if (!result && diagnostics != null)
			reportMinViolation(DomainPackage.Literals.UNSIGNED_INT, unsignedInt, UNSIGNED_INT__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateUnsignedInt_Max
	 */
	public static final Long UNSIGNED_INT__MAX__VALUE = Long.valueOf(4294967295L);

	/**
	 * Validates the Max constraint of '<em>Unsigned Int</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUnsignedInt_Max(Long unsignedInt, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = unsignedInt.compareTo(UNSIGNED_INT__MAX__VALUE) <= 0;
		if (!result && diagnostics != null)
			reportMaxViolation(DomainPackage.Literals.UNSIGNED_INT, unsignedInt, UNSIGNED_INT__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAbsFilePath(String absFilePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateAbsFilePath_Pattern(absFilePath, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateAbsFilePath_Pattern
	 */
	public static final  PatternMatcher [][] ABS_FILE_PATH__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("(/|[a-zA-Z]:\\\\).+")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Abs File Path</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAbsFilePath_Pattern(String absFilePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.ABS_FILE_PATH, absFilePath, ABS_FILE_PATH__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGenericName(String genericName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateGenericName_Pattern(genericName, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateGenericName_Pattern
	 */
	public static final  PatternMatcher [][] GENERIC_NAME__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[a-zA-Z0-9_\\+\\-]+")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Generic Name</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGenericName_Pattern(String genericName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.GENERIC_NAME, genericName, GENERIC_NAME__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMemoryValue(BigInteger memoryValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateMemoryValue_Pattern(memoryValue, diagnostics, context);
		if (result || diagnostics != null) result &= validateMemoryValue_Min(memoryValue, diagnostics, context);
		if (result || diagnostics != null) result &= validateMemoryValue_Max(memoryValue, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateMemoryValue_Pattern
	 */
	public static final  PatternMatcher [][] MEMORY_VALUE__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[0-9]+")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Memory Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMemoryValue_Pattern(BigInteger memoryValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.MEMORY_VALUE, memoryValue, MEMORY_VALUE__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateMemoryValue_Min
	 */
	public static final BigInteger MEMORY_VALUE__MIN__VALUE = new BigInteger("0");

	/**
	 * Validates the Min constraint of '<em>Memory Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMemoryValue_Min(BigInteger memoryValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = memoryValue.compareTo(MEMORY_VALUE__MIN__VALUE) >= 0;
		if (!result && diagnostics != null)
			reportMinViolation(DomainPackage.Literals.MEMORY_VALUE, memoryValue, MEMORY_VALUE__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateMemoryValue_Max
	 */
	public static final BigInteger MEMORY_VALUE__MAX__VALUE = new BigInteger("18446744073709551615");

	/**
	 * Validates the Max constraint of '<em>Memory Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMemoryValue_Max(BigInteger memoryValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = memoryValue.compareTo(MEMORY_VALUE__MAX__VALUE) <= 0;
		if (!result && diagnostics != null)
			reportMaxViolation(DomainPackage.Literals.MEMORY_VALUE, memoryValue, MEMORY_VALUE__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUnit(String unit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateUnit_Pattern(unit, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateUnit_Pattern
	 */
	public static final  PatternMatcher [][] UNIT__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("([bB]([yY][tT][eE][sS]?)?)|([kKmMgGtTpPeE]([iI]?[bB])?)")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Unit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUnit_Pattern(String unit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.UNIT, unit, UNIT__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCurrentMemoryValue(BigInteger currentMemoryValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateCurrentMemoryValue_Pattern(currentMemoryValue, diagnostics, context);
		if (result || diagnostics != null) result &= validateCurrentMemoryValue_Min(currentMemoryValue, diagnostics, context);
		if (result || diagnostics != null) result &= validateCurrentMemoryValue_Max(currentMemoryValue, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateCurrentMemoryValue_Pattern
	 */
	public static final  PatternMatcher [][] CURRENT_MEMORY_VALUE__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[0-9]+")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Current Memory Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCurrentMemoryValue_Pattern(BigInteger currentMemoryValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.CURRENT_MEMORY_VALUE, currentMemoryValue, CURRENT_MEMORY_VALUE__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateCurrentMemoryValue_Min
	 */
	public static final BigInteger CURRENT_MEMORY_VALUE__MIN__VALUE = new BigInteger("0");

	/**
	 * Validates the Min constraint of '<em>Current Memory Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCurrentMemoryValue_Min(BigInteger currentMemoryValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = currentMemoryValue.compareTo(CURRENT_MEMORY_VALUE__MIN__VALUE) >= 0;
		if (!result && diagnostics != null)
			reportMinViolation(DomainPackage.Literals.CURRENT_MEMORY_VALUE, currentMemoryValue, CURRENT_MEMORY_VALUE__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateCurrentMemoryValue_Max
	 */
	public static final BigInteger CURRENT_MEMORY_VALUE__MAX__VALUE = new BigInteger("18446744073709551615");

	/**
	 * Validates the Max constraint of '<em>Current Memory Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCurrentMemoryValue_Max(BigInteger currentMemoryValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = currentMemoryValue.compareTo(CURRENT_MEMORY_VALUE__MAX__VALUE) <= 0;
		if (!result && diagnostics != null)
			reportMaxViolation(DomainPackage.Literals.CURRENT_MEMORY_VALUE, currentMemoryValue, CURRENT_MEMORY_VALUE__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVcpuValue(Integer vcpuValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateVcpuValue_Pattern(vcpuValue, diagnostics, context);
		if (result || diagnostics != null) result &= validateVcpuValue_Min(vcpuValue, diagnostics, context);
		if (result || diagnostics != null) result &= validateVcpuValue_Max(vcpuValue, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateVcpuValue_Pattern
	 */
	public static final  PatternMatcher [][] VCPU_VALUE__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[0-9]+")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Vcpu Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVcpuValue_Pattern(Integer vcpuValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.VCPU_VALUE, vcpuValue, VCPU_VALUE__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateVcpuValue_Min
	 */
	public static final Integer VCPU_VALUE__MIN__VALUE = Integer.valueOf(1);

	/**
	 * Validates the Min constraint of '<em>Vcpu Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVcpuValue_Min(Integer vcpuValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = vcpuValue.compareTo(VCPU_VALUE__MIN__VALUE) >= 0;
		if (!result && diagnostics != null)
			reportMinViolation(DomainPackage.Literals.VCPU_VALUE, vcpuValue, VCPU_VALUE__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateVcpuValue_Max
	 */
	public static final Integer VCPU_VALUE__MAX__VALUE = Integer.valueOf(65535);

	/**
	 * Validates the Max constraint of '<em>Vcpu Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVcpuValue_Max(Integer vcpuValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = vcpuValue.compareTo(VCPU_VALUE__MAX__VALUE) <= 0;
		if (!result && diagnostics != null)
			reportMaxViolation(DomainPackage.Literals.VCPU_VALUE, vcpuValue, VCPU_VALUE__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCpuset(String cpuset, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateCpuset_Pattern(cpuset, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateCpuset_Pattern
	 */
	public static final  PatternMatcher [][] CPUSET__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("([0-9]+(-[0-9]+)?|\\^[0-9]+)(,([0-9]+(-[0-9]+)?|\\^[0-9]+))*")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Cpuset</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCpuset_Pattern(String cpuset, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.CPUSET, cpuset, CPUSET__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCountCPU(Integer countCPU, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateCountCPU_Pattern(countCPU, diagnostics, context);
		if (result || diagnostics != null) result &= validateCountCPU_Min(countCPU, diagnostics, context);
		if (result || diagnostics != null) result &= validateCountCPU_Max(countCPU, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateCountCPU_Pattern
	 */
	public static final  PatternMatcher [][] COUNT_CPU__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[0-9]+")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Count CPU</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCountCPU_Pattern(Integer countCPU, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.COUNT_CPU, countCPU, COUNT_CPU__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateCountCPU_Min
	 */
	public static final Integer COUNT_CPU__MIN__VALUE = Integer.valueOf(1);

	/**
	 * Validates the Min constraint of '<em>Count CPU</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCountCPU_Min(Integer countCPU, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = countCPU.compareTo(COUNT_CPU__MIN__VALUE) >= 0;
		if (!result && diagnostics != null)
			reportMinViolation(DomainPackage.Literals.COUNT_CPU, countCPU, COUNT_CPU__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateCountCPU_Max
	 */
	public static final Integer COUNT_CPU__MAX__VALUE = Integer.valueOf(65535);

	/**
	 * Validates the Max constraint of '<em>Count CPU</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCountCPU_Max(Integer countCPU, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = countCPU.compareTo(COUNT_CPU__MAX__VALUE) <= 0;
		if (!result && diagnostics != null)
			reportMaxViolation(DomainPackage.Literals.COUNT_CPU, countCPU, COUNT_CPU__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsTypeMachine(String osTypeMachine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateOsTypeMachine_Pattern(osTypeMachine, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateOsTypeMachine_Pattern
	 */
	public static final  PatternMatcher [][] OS_TYPE_MACHINE__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("xenpv|xenfv|xenpvh|([a-zA-Z0-9_\\.\\-]+)")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Os Type Machine</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsTypeMachine_Pattern(String osTypeMachine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.OS_TYPE_MACHINE, osTypeMachine, OS_TYPE_MACHINE__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsLoaderValue(String osLoaderValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateOsLoaderValue_Pattern(osLoaderValue, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateOsLoaderValue_Pattern
	 */
	public static final  PatternMatcher [][] OS_LOADER_VALUE__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("|((/|[a-zA-Z]:\\\\).+)")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Os Loader Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsLoaderValue_Pattern(String osLoaderValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.OS_LOADER_VALUE, osLoaderValue, OS_LOADER_VALUE__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUnsignedShort(Long unsignedShort, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateUnsignedShort_Min(unsignedShort, diagnostics, context);
		if (result || diagnostics != null) result &= validateUnsignedShort_Max(unsignedShort, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateUnsignedShort_Min
	 */
	public static final Long UNSIGNED_SHORT__MIN__VALUE = Long.valueOf(0L);

	/**
	 * Validates the Min constraint of '<em>Unsigned Short</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUnsignedShort_Min(Long unsignedShort, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = unsignedShort.compareTo(UNSIGNED_SHORT__MIN__VALUE) >= 0;
		if (!result && diagnostics != null)
			reportMinViolation(DomainPackage.Literals.UNSIGNED_SHORT, unsignedShort, UNSIGNED_SHORT__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateUnsignedShort_Max
	 */
	public static final Long UNSIGNED_SHORT__MAX__VALUE = Long.valueOf(65535L);

	/**
	 * Validates the Max constraint of '<em>Unsigned Short</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUnsignedShort_Max(Long unsignedShort, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = unsignedShort.compareTo(UNSIGNED_SHORT__MAX__VALUE) <= 0;
		if (!result && diagnostics != null)
			reportMaxViolation(DomainPackage.Literals.UNSIGNED_SHORT, unsignedShort, UNSIGNED_SHORT__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRebootTimeoutDelay(Integer rebootTimeoutDelay, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateRebootTimeoutDelay_Min(rebootTimeoutDelay, diagnostics, context);
		if (result || diagnostics != null) result &= validateRebootTimeoutDelay_Max(rebootTimeoutDelay, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateRebootTimeoutDelay_Min
	 */
	public static final Integer REBOOT_TIMEOUT_DELAY__MIN__VALUE = Integer.valueOf(-1);

	/**
	 * Validates the Min constraint of '<em>Reboot Timeout Delay</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRebootTimeoutDelay_Min(Integer rebootTimeoutDelay, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = rebootTimeoutDelay.compareTo(REBOOT_TIMEOUT_DELAY__MIN__VALUE) >= 0;
		if (!result && diagnostics != null)
			reportMinViolation(DomainPackage.Literals.REBOOT_TIMEOUT_DELAY, rebootTimeoutDelay, REBOOT_TIMEOUT_DELAY__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateRebootTimeoutDelay_Max
	 */
	public static final Integer REBOOT_TIMEOUT_DELAY__MAX__VALUE = Integer.valueOf(32767);

	/**
	 * Validates the Max constraint of '<em>Reboot Timeout Delay</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRebootTimeoutDelay_Max(Integer rebootTimeoutDelay, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = rebootTimeoutDelay.compareTo(REBOOT_TIMEOUT_DELAY__MAX__VALUE) <= 0;
		if (!result && diagnostics != null)
			reportMaxViolation(DomainPackage.Literals.REBOOT_TIMEOUT_DELAY, rebootTimeoutDelay, REBOOT_TIMEOUT_DELAY__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsInitenvName(String osInitenvName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateOsInitenvName_Pattern(osInitenvName, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateOsInitenvName_Pattern
	 */
	public static final  PatternMatcher [][] OS_INITENV_NAME__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[a-zA-Z_]+[a-zA-Z0-9_]*")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Os Initenv Name</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsInitenvName_Pattern(String osInitenvName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.OS_INITENV_NAME, osInitenvName, OS_INITENV_NAME__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceFile(String osNvramSourceFile, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateOsNvramSourceFile_Pattern(osNvramSourceFile, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateOsNvramSourceFile_Pattern
	 */
	public static final  PatternMatcher [][] OS_NVRAM_SOURCE_FILE__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("((/|[a-zA-Z]:\\\\).+)|(\\[[^\\]]+\\] .+)")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Os Nvram Source File</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceFile_Pattern(String osNvramSourceFile, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.OS_NVRAM_SOURCE_FILE, osNvramSourceFile, OS_NVRAM_SOURCE_FILE__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePositiveInteger(BigInteger positiveInteger, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validatePositiveInteger_Pattern(positiveInteger, diagnostics, context);
		if (result || diagnostics != null) result &= validatePositiveInteger_Min(positiveInteger, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validatePositiveInteger_Pattern
	 */
	public static final  PatternMatcher [][] POSITIVE_INTEGER__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[0-9]+")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Positive Integer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePositiveInteger_Pattern(BigInteger positiveInteger, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.POSITIVE_INTEGER, positiveInteger, POSITIVE_INTEGER__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validatePositiveInteger_Min
	 */
	public static final BigInteger POSITIVE_INTEGER__MIN__VALUE = new BigInteger("1");

	/**
	 * Validates the Min constraint of '<em>Positive Integer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePositiveInteger_Min(BigInteger positiveInteger, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = positiveInteger.compareTo(POSITIVE_INTEGER__MIN__VALUE) >= 0;
		if (!result && diagnostics != null)
			reportMinViolation(DomainPackage.Literals.POSITIVE_INTEGER, positiveInteger, POSITIVE_INTEGER__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceDev(String osNvramSourceDev, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateOsNvramSourceDev_Pattern(osNvramSourceDev, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateOsNvramSourceDev_Pattern
	 */
	public static final  PatternMatcher [][] OS_NVRAM_SOURCE_DEV__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("((/|[a-zA-Z]:\\\\).+)|([a-zA-Z0-9_\\.\\-\\\\:/]+)")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Os Nvram Source Dev</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceDev_Pattern(String osNvramSourceDev, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.OS_NVRAM_SOURCE_DEV, osNvramSourceDev, OS_NVRAM_SOURCE_DEV__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateObjectName(String objectName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateObjectName_Pattern(objectName, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateObjectName_Pattern
	 */
	public static final  PatternMatcher [][] OBJECT_NAME__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[^/\\n]+")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Object Name</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateObjectName_Pattern(String objectName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.OBJECT_NAME, objectName, OBJECT_NAME__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVolName(String volName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateVolName_Pattern(volName, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateVolName_Pattern
	 */
	public static final  PatternMatcher [][] VOL_NAME__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[^/]+")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Vol Name</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateVolName_Pattern(String volName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.VOL_NAME, volName, VOL_NAME__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUint32(String uint32, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateUint32_Pattern(uint32, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateUint32_Pattern
	 */
	public static final  PatternMatcher [][] UINT32__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("((0x)?[0-9a-fA-F]{1,8})|([0-9]+)")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Uint32</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUint32_Pattern(String uint32, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.UINT32, uint32, UINT32__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsAcpiTableValue(String osAcpiTableValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateOsAcpiTableValue_Pattern(osAcpiTableValue, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateOsAcpiTableValue_Pattern
	 */
	public static final  PatternMatcher [][] OS_ACPI_TABLE_VALUE__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("(/|[a-zA-Z]:\\\\).+")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Os Acpi Table Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsAcpiTableValue_Pattern(String osAcpiTableValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.OS_ACPI_TABLE_VALUE, osAcpiTableValue, OS_ACPI_TABLE_VALUE__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceSourceBridge(String interfaceSourceBridge, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateInterfaceSourceBridge_Pattern(interfaceSourceBridge, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateInterfaceSourceBridge_Pattern
	 */
	public static final  PatternMatcher [][] INTERFACE_SOURCE_BRIDGE__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[a-zA-Z0-9_\\.\\-\\\\:/ ]*")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Interface Source Bridge</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceSourceBridge_Pattern(String interfaceSourceBridge, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.INTERFACE_SOURCE_BRIDGE, interfaceSourceBridge, INTERFACE_SOURCE_BRIDGE__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDeviceName(String deviceName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateDeviceName_Pattern(deviceName, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateDeviceName_Pattern
	 */
	public static final  PatternMatcher [][] DEVICE_NAME__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[a-zA-Z0-9_\\.\\-\\\\:/]+")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Device Name</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDeviceName_Pattern(String deviceName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.DEVICE_NAME, deviceName, DEVICE_NAME__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceSourcePortid(String interfaceSourcePortid, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateInterfaceSourcePortid_Pattern(interfaceSourcePortid, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateInterfaceSourcePortid_Pattern
	 */
	public static final  PatternMatcher [][] INTERFACE_SOURCE_PORTID__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("([a-fA-F0-9]{32})|([a-fA-F0-9]{8}\\-([a-fA-F0-9]{4}\\-){3}[a-fA-F0-9]{12})|(-?[0-9]+)")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Interface Source Portid</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceSourcePortid_Pattern(String interfaceSourcePortid, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.INTERFACE_SOURCE_PORTID, interfaceSourcePortid, INTERFACE_SOURCE_PORTID__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceSourceMode(String interfaceSourceMode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateInterfaceSourceMode_Pattern(interfaceSourceMode, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateInterfaceSourceMode_Pattern
	 */
	public static final  PatternMatcher [][] INTERFACE_SOURCE_MODE__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("server|client|((vepa|bridge|private|passthrough))")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Interface Source Mode</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceSourceMode_Pattern(String interfaceSourceMode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.INTERFACE_SOURCE_MODE, interfaceSourceMode, INTERFACE_SOURCE_MODE__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIpv4Addr(String ipv4Addr, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateIpv4Addr_Pattern(ipv4Addr, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateIpv4Addr_Pattern
	 */
	public static final  PatternMatcher [][] IPV4_ADDR__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("((((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|((((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|((((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Ipv4 Addr</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIpv4Addr_Pattern(String ipv4Addr, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.IPV4_ADDR, ipv4Addr, IPV4_ADDR__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePortNumber(String portNumber, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validatePortNumber_Pattern(portNumber, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validatePortNumber_Pattern
	 */
	public static final  PatternMatcher [][] PORT_NUMBER__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("(-?[0-9]+)|(-?[0-9]+)|(-?[0-9]+)")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Port Number</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePortNumber_Pattern(String portNumber, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.PORT_NUMBER, portNumber, PORT_NUMBER__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUniMacAddr(String uniMacAddr, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateUniMacAddr_Pattern(uniMacAddr, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateUniMacAddr_Pattern
	 */
	public static final  PatternMatcher [][] UNI_MAC_ADDR__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[a-fA-F0-9][02468aAcCeE](:[a-fA-F0-9]{2}){5}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Uni Mac Addr</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUniMacAddr_Pattern(String uniMacAddr, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.UNI_MAC_ADDR, uniMacAddr, UNI_MAC_ADDR__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIpAddr(String ipAddr, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateIpAddr_Pattern(ipAddr, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateIpAddr_Pattern
	 */
	public static final  PatternMatcher [][] IP_ADDR__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("((((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|((([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}:[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){5}:([0-9A-Fa-f]{1,4}:)?[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){4}:([0-9A-Fa-f]{1,4}:){0,2}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){3}:([0-9A-Fa-f]{1,4}:){0,3}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){2}:([0-9A-Fa-f]{1,4}:){0,4}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(([0-9A-Fa-f]{1,4}:){0,5}:(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(::([0-9A-Fa-f]{1,4}:){0,5}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|([0-9A-Fa-f]{1,4}::([0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})|(::([0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){1,7}:)|(::))")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Ip Addr</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIpAddr_Pattern(String ipAddr, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.IP_ADDR, ipAddr, IP_ADDR__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAddrFamily(String addrFamily, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateAddrFamily_Pattern(addrFamily, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateAddrFamily_Pattern
	 */
	public static final  PatternMatcher [][] ADDR_FAMILY__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("(ipv4)|(ipv6)")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Addr Family</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAddrFamily_Pattern(String addrFamily, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.ADDR_FAMILY, addrFamily, ADDR_FAMILY__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIpPrefix(String ipPrefix, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateIpPrefix_Pattern(ipPrefix, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateIpPrefix_Pattern
	 */
	public static final  PatternMatcher [][] IP_PREFIX__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("([0-9]+)|([0-9]+)")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Ip Prefix</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIpPrefix_Pattern(String ipPrefix, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.IP_PREFIX, ipPrefix, IP_PREFIX__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFilePath(String filePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateFilePath_Pattern(filePath, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateFilePath_Pattern
	 */
	public static final  PatternMatcher [][] FILE_PATH__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher(".+")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>File Path</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFilePath_Pattern(String filePath, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.FILE_PATH, filePath, FILE_PATH__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceModelType(String interfaceModelType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateInterfaceModelType_Pattern(interfaceModelType, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateInterfaceModelType_Pattern
	 */
	public static final  PatternMatcher [][] INTERFACE_MODEL_TYPE__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[a-zA-Z0-9\\-_]+")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Interface Model Type</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceModelType_Pattern(String interfaceModelType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.INTERFACE_MODEL_TYPE, interfaceModelType, INTERFACE_MODEL_TYPE__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAliasName(String aliasName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateAliasName_Pattern(aliasName, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateAliasName_Pattern
	 */
	public static final  PatternMatcher [][] ALIAS_NAME__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[a-zA-Z0-9_\\-.]+")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Alias Name</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAliasName_Pattern(String aliasName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.ALIAS_NAME, aliasName, ALIAS_NAME__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePciDomain(String pciDomain, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validatePciDomain_Pattern(pciDomain, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validatePciDomain_Pattern
	 */
	public static final  PatternMatcher [][] PCI_DOMAIN__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("((0x)?[0-9a-fA-F]{1,8})|([0-9]+)")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Pci Domain</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePciDomain_Pattern(String pciDomain, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.PCI_DOMAIN, pciDomain, PCI_DOMAIN__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAddressBus(String addressBus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateAddressBus_Pattern(addressBus, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateAddressBus_Pattern
	 */
	public static final  PatternMatcher [][] ADDRESS_BUS__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("(0x[0-9a-fA-F]{1,2})|(-?[0-9]+)|([0-9]{1,2})|([0-9]{1,2})|((0x)?[0-9a-fA-F]{1,3})")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Address Bus</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAddressBus_Pattern(String addressBus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.ADDRESS_BUS, addressBus, ADDRESS_BUS__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAddressSlot(String addressSlot, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateAddressSlot_Pattern(addressSlot, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateAddressSlot_Pattern
	 */
	public static final  PatternMatcher [][] ADDRESS_SLOT__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("((0x)?[0-1]?[0-9a-fA-F])|(-?[0-9]+)|([0-9]{1,2})|([0-9]+)")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Address Slot</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAddressSlot_Pattern(String addressSlot, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.ADDRESS_SLOT, addressSlot, ADDRESS_SLOT__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePciFunc(String pciFunc, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validatePciFunc_Pattern(pciFunc, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validatePciFunc_Pattern
	 */
	public static final  PatternMatcher [][] PCI_FUNC__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("((0x)?[0-7])|(-?[0-9]+)")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Pci Func</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePciFunc_Pattern(String pciFunc, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.PCI_FUNC, pciFunc, PCI_FUNC__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDriveController(String driveController, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateDriveController_Pattern(driveController, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateDriveController_Pattern
	 */
	public static final  PatternMatcher [][] DRIVE_CONTROLLER__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("([0-9]{1,2})|([0-9]{1,2})|([0-9]{1,2})")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Drive Controller</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDriveController_Pattern(String driveController, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.DRIVE_CONTROLLER, driveController, DRIVE_CONTROLLER__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDriveTarget(String driveTarget, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateDriveTarget_Pattern(driveTarget, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateDriveTarget_Pattern
	 */
	public static final  PatternMatcher [][] DRIVE_TARGET__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[0-9]{1,2}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Drive Target</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDriveTarget_Pattern(String driveTarget, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.DRIVE_TARGET, driveTarget, DRIVE_TARGET__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDriveUnit(String driveUnit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateDriveUnit_Pattern(driveUnit, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateDriveUnit_Pattern
	 */
	public static final  PatternMatcher [][] DRIVE_UNIT__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[0-9]{1,5}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Drive Unit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDriveUnit_Pattern(String driveUnit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.DRIVE_UNIT, driveUnit, DRIVE_UNIT__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAddressPort(String addressPort, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateAddressPort_Pattern(addressPort, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateAddressPort_Pattern
	 */
	public static final  PatternMatcher [][] ADDRESS_PORT__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("([0-9]{1,2})|(((0x)?[0-9a-fA-F]{1,3}\\.){0,3}(0x)?[0-9a-fA-F]{1,3})")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Address Port</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAddressPort_Pattern(String addressPort, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.ADDRESS_PORT, addressPort, ADDRESS_PORT__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSpaprvioReg(String spaprvioReg, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateSpaprvioReg_Pattern(spaprvioReg, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateSpaprvioReg_Pattern
	 */
	public static final  PatternMatcher [][] SPAPRVIO_REG__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("(0x)?[0-9a-fA-F]{1,8}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Spaprvio Reg</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSpaprvioReg_Pattern(String spaprvioReg, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.SPAPRVIO_REG, spaprvioReg, SPAPRVIO_REG__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCcwCssidRange(String ccwCssidRange, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateCcwCssidRange_Pattern(ccwCssidRange, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateCcwCssidRange_Pattern
	 */
	public static final  PatternMatcher [][] CCW_CSSID_RANGE__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("(0x[0-9a-eA-E][0-9a-fA-F]?)|(0x[fF][0-9a-eA-E]?)|(-?[0-9]+)")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Ccw Cssid Range</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCcwCssidRange_Pattern(String ccwCssidRange, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.CCW_CSSID_RANGE, ccwCssidRange, CCW_CSSID_RANGE__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCcwSsidRange(String ccwSsidRange, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateCcwSsidRange_Pattern(ccwSsidRange, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateCcwSsidRange_Pattern
	 */
	public static final  PatternMatcher [][] CCW_SSID_RANGE__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("(0x)?[0-3]")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Ccw Ssid Range</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCcwSsidRange_Pattern(String ccwSsidRange, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.CCW_SSID_RANGE, ccwSsidRange, CCW_SSID_RANGE__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCcwDevnoRange(String ccwDevnoRange, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateCcwDevnoRange_Pattern(ccwDevnoRange, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateCcwDevnoRange_Pattern
	 */
	public static final  PatternMatcher [][] CCW_DEVNO_RANGE__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("(0x[0-9a-fA-F]{1,4})|(-?[0-9]+)")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Ccw Devno Range</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCcwDevnoRange_Pattern(String ccwDevnoRange, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.CCW_DEVNO_RANGE, ccwDevnoRange, CCW_DEVNO_RANGE__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAddressIobase(String addressIobase, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateAddressIobase_Pattern(addressIobase, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateAddressIobase_Pattern
	 */
	public static final  PatternMatcher [][] ADDRESS_IOBASE__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("0x[a-fA-F0-9]{1,4}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Address Iobase</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAddressIobase_Pattern(String addressIobase, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.ADDRESS_IOBASE, addressIobase, ADDRESS_IOBASE__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAddressIrq(String addressIrq, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateAddressIrq_Pattern(addressIrq, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateAddressIrq_Pattern
	 */
	public static final  PatternMatcher [][] ADDRESS_IRQ__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("0x[a-fA-F0-9]")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Address Irq</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAddressIrq_Pattern(String addressIrq, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.ADDRESS_IRQ, addressIrq, ADDRESS_IRQ__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHexuint(String hexuint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateHexuint_Pattern(hexuint, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateHexuint_Pattern
	 */
	public static final  PatternMatcher [][] HEXUINT__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("(0x)?[0-9a-f]+")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Hexuint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHexuint_Pattern(String hexuint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.HEXUINT, hexuint, HEXUINT__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDeviceBootLoadparm(String deviceBootLoadparm, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateDeviceBootLoadparm_Pattern(deviceBootLoadparm, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateDeviceBootLoadparm_Pattern
	 */
	public static final  PatternMatcher [][] DEVICE_BOOT_LOADPARM__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[a-zA-Z0-9.\\s]{1,8}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Device Boot Loadparm</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDeviceBootLoadparm_Pattern(String deviceBootLoadparm, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.DEVICE_BOOT_LOADPARM, deviceBootLoadparm, DEVICE_BOOT_LOADPARM__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHostdevSourceWwpn(String hostdevSourceWwpn, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateHostdevSourceWwpn_Pattern(hostdevSourceWwpn, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateHostdevSourceWwpn_Pattern
	 */
	public static final  PatternMatcher [][] HOSTDEV_SOURCE_WWPN__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("(naa\\.)[0-9a-fA-F]{16}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Hostdev Source Wwpn</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateHostdevSourceWwpn_Pattern(String hostdevSourceWwpn, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.HOSTDEV_SOURCE_WWPN, hostdevSourceWwpn, HOSTDEV_SOURCE_WWPN__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceHostName(String osNvramSourceHostName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateOsNvramSourceHostName_Pattern(osNvramSourceHostName, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateOsNvramSourceHostName_Pattern
	 */
	public static final  PatternMatcher [][] OS_NVRAM_SOURCE_HOST_NAME__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("([a-zA-Z0-9\\.\\-]+)|((((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|((([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}:[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){5}:([0-9A-Fa-f]{1,4}:)?[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){4}:([0-9A-Fa-f]{1,4}:){0,2}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){3}:([0-9A-Fa-f]{1,4}:){0,3}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){2}:([0-9A-Fa-f]{1,4}:){0,4}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(([0-9A-Fa-f]{1,4}:){0,5}:(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(::([0-9A-Fa-f]{1,4}:){0,5}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|([0-9A-Fa-f]{1,4}::([0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})|(::([0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){1,7}:)|(::))")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Os Nvram Source Host Name</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceHostName_Pattern(String osNvramSourceHostName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.OS_NVRAM_SOURCE_HOST_NAME, osNvramSourceHostName, OS_NVRAM_SOURCE_HOST_NAME__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePciBus(String pciBus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validatePciBus_Pattern(pciBus, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validatePciBus_Pattern
	 */
	public static final  PatternMatcher [][] PCI_BUS__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("(0x[0-9a-fA-F]{1,2})|(-?[0-9]+)")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Pci Bus</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePciBus_Pattern(String pciBus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.PCI_BUS, pciBus, PCI_BUS__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePciSlot(String pciSlot, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validatePciSlot_Pattern(pciSlot, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validatePciSlot_Pattern
	 */
	public static final  PatternMatcher [][] PCI_SLOT__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("((0x)?[0-1]?[0-9a-fA-F])|(-?[0-9]+)")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Pci Slot</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePciSlot_Pattern(String pciSlot, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.PCI_SLOT, pciSlot, PCI_SLOT__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUsbId(String usbId, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateUsbId_Pattern(usbId, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateUsbId_Pattern
	 */
	public static final  PatternMatcher [][] USB_ID__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("(0x)?[0-9a-fA-F]{1,4}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Usb Id</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUsbId_Pattern(String usbId, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.USB_ID, usbId, USB_ID__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSourceAddressBus(String sourceAddressBus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateSourceAddressBus_Pattern(sourceAddressBus, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateSourceAddressBus_Pattern
	 */
	public static final  PatternMatcher [][] SOURCE_ADDRESS_BUS__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("((0x)?[0-9a-fA-F]{1,3})|(0x[0-9a-fA-F]{1,2})|(-?[0-9]+)|((0x)?[0-9a-fA-F]{1,3})|([0-9]{1,2})")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Source Address Bus</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSourceAddressBus_Pattern(String sourceAddressBus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.SOURCE_ADDRESS_BUS, sourceAddressBus, SOURCE_ADDRESS_BUS__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUsbAddr(String usbAddr, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateUsbAddr_Pattern(usbAddr, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateUsbAddr_Pattern
	 */
	public static final  PatternMatcher [][] USB_ADDR__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("((0x)?[0-9a-fA-F]{1,3})|((0x)?[0-9a-fA-F]{1,3})")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Usb Addr</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUsbAddr_Pattern(String usbAddr, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.USB_ADDR, usbAddr, USB_ADDR__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDriveSCSITarget(String driveSCSITarget, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateDriveSCSITarget_Pattern(driveSCSITarget, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateDriveSCSITarget_Pattern
	 */
	public static final  PatternMatcher [][] DRIVE_SCSI_TARGET__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[0-9]{1,10}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Drive SCSI Target</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDriveSCSITarget_Pattern(String driveSCSITarget, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.DRIVE_SCSI_TARGET, driveSCSITarget, DRIVE_SCSI_TARGET__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDriveSCSIUnit(String driveSCSIUnit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateDriveSCSIUnit_Pattern(driveSCSIUnit, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateDriveSCSIUnit_Pattern
	 */
	public static final  PatternMatcher [][] DRIVE_SCSI_UNIT__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[0-9]{1,20}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Drive SCSI Unit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDriveSCSIUnit_Pattern(String driveSCSIUnit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.DRIVE_SCSI_UNIT, driveSCSIUnit, DRIVE_SCSI_UNIT__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUint8(String uint8, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateUint8_Pattern(uint8, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateUint8_Pattern
	 */
	public static final  PatternMatcher [][] UINT8__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("(0x[0-9a-fA-F]{1,2})|(-?[0-9]+)|(0x[0-9a-fA-F]{1,2})|(-?[0-9]+)")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Uint8</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUint8_Pattern(String uint8, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.UINT8, uint8, UINT8__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUint24(String uint24, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateUint24_Pattern(uint24, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateUint24_Pattern
	 */
	public static final  PatternMatcher [][] UINT24__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("(0x[0-9a-fA-F]{1,6})|(-?[0-9]+)|(0x[0-9a-fA-F]{1,6})|(-?[0-9]+)")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Uint24</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUint24_Pattern(String uint24, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.UINT24, uint24, UINT24__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUint16(String uint16, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateUint16_Pattern(uint16, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateUint16_Pattern
	 */
	public static final  PatternMatcher [][] UINT16__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("((0x)?[0-9a-fA-F]{1,4})|(-?[0-9]+)")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Uint16</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUint16_Pattern(String uint16, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.UINT16, uint16, UINT16__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFilterParamName(String filterParamName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateFilterParamName_Pattern(filterParamName, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateFilterParamName_Pattern
	 */
	public static final  PatternMatcher [][] FILTER_PARAM_NAME__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[a-zA-Z0-9_]+")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Filter Param Name</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFilterParamName_Pattern(String filterParamName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.FILTER_PARAM_NAME, filterParamName, FILTER_PARAM_NAME__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFilterParamValue(String filterParamValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateFilterParamValue_Pattern(filterParamValue, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateFilterParamValue_Pattern
	 */
	public static final  PatternMatcher [][] FILTER_PARAM_VALUE__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[a-zA-Z0-9_\\.:]+")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Filter Param Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFilterParamValue_Pattern(String filterParamValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.FILTER_PARAM_VALUE, filterParamValue, FILTER_PARAM_VALUE__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSpeed(Long speed, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateSpeed_Pattern(speed, diagnostics, context);
		if (result || diagnostics != null) result &= validateSpeed_Min(speed, diagnostics, context);
		if (result || diagnostics != null) result &= validateSpeed_Max(speed, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateSpeed_Pattern
	 */
	public static final  PatternMatcher [][] SPEED__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[0-9]+")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Speed</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSpeed_Pattern(Long speed, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.SPEED, speed, SPEED__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateSpeed_Min
	 */
	public static final Long SPEED__MIN__VALUE = Long.valueOf(1L);

	/**
	 * Validates the Min constraint of '<em>Speed</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSpeed_Min(Long speed, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = speed.compareTo(SPEED__MIN__VALUE) >= 0;
		if (!result && diagnostics != null)
			reportMinViolation(DomainPackage.Literals.SPEED, speed, SPEED__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateSpeed_Max
	 */
	public static final Long SPEED__MAX__VALUE = Long.valueOf(4294967295L);

	/**
	 * Validates the Max constraint of '<em>Speed</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSpeed_Max(Long speed, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = speed.compareTo(SPEED__MAX__VALUE) <= 0;
		if (!result && diagnostics != null)
			reportMaxViolation(DomainPackage.Literals.SPEED, speed, SPEED__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBurstSize(Long burstSize, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateBurstSize_Pattern(burstSize, diagnostics, context);
		if (result || diagnostics != null) result &= validateBurstSize_Min(burstSize, diagnostics, context);
		if (result || diagnostics != null) result &= validateBurstSize_Max(burstSize, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateBurstSize_Pattern
	 */
	public static final  PatternMatcher [][] BURST_SIZE__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[0-9]+")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Burst Size</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBurstSize_Pattern(Long burstSize, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.BURST_SIZE, burstSize, BURST_SIZE__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateBurstSize_Min
	 */
	public static final Long BURST_SIZE__MIN__VALUE = Long.valueOf(1L);

	/**
	 * Validates the Min constraint of '<em>Burst Size</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBurstSize_Min(Long burstSize, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = burstSize.compareTo(BURST_SIZE__MIN__VALUE) >= 0;
		if (!result && diagnostics != null)
			reportMinViolation(DomainPackage.Literals.BURST_SIZE, burstSize, BURST_SIZE__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateBurstSize_Max
	 */
	public static final Long BURST_SIZE__MAX__VALUE = Long.valueOf(4294967295L);

	/**
	 * Validates the Max constraint of '<em>Burst Size</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBurstSize_Max(Long burstSize, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = burstSize.compareTo(BURST_SIZE__MAX__VALUE) <= 0;
		if (!result && diagnostics != null)
			reportMaxViolation(DomainPackage.Literals.BURST_SIZE, burstSize, BURST_SIZE__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceVlanTagId(Long interfaceVlanTagId, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateInterfaceVlanTagId_Min(interfaceVlanTagId, diagnostics, context);
		if (result || diagnostics != null) result &= validateInterfaceVlanTagId_Max(interfaceVlanTagId, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateInterfaceVlanTagId_Min
	 */
	public static final Long INTERFACE_VLAN_TAG_ID__MIN__VALUE = Long.valueOf(0L);

	/**
	 * Validates the Min constraint of '<em>Interface Vlan Tag Id</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceVlanTagId_Min(Long interfaceVlanTagId, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = interfaceVlanTagId.compareTo(INTERFACE_VLAN_TAG_ID__MIN__VALUE) >= 0;
		if (!result && diagnostics != null)
			reportMinViolation(DomainPackage.Literals.INTERFACE_VLAN_TAG_ID, interfaceVlanTagId, INTERFACE_VLAN_TAG_ID__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateInterfaceVlanTagId_Max
	 */
	public static final Long INTERFACE_VLAN_TAG_ID__MAX__VALUE = Long.valueOf(4095L);

	/**
	 * Validates the Max constraint of '<em>Interface Vlan Tag Id</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInterfaceVlanTagId_Max(Long interfaceVlanTagId, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = interfaceVlanTagId.compareTo(INTERFACE_VLAN_TAG_ID__MAX__VALUE) <= 0;
		if (!result && diagnostics != null)
			reportMaxViolation(DomainPackage.Literals.INTERFACE_VLAN_TAG_ID, interfaceVlanTagId, INTERFACE_VLAN_TAG_ID__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWwn(String wwn, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateWwn_Pattern(wwn, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateWwn_Pattern
	 */
	public static final  PatternMatcher [][] WWN__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("(0x)?[0-9a-fA-F]{16}")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Wwn</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWwn_Pattern(String wwn, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.WWN, wwn, WWN__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceCookiesCookieValue(String osNvramSourceCookiesCookieValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateOsNvramSourceCookiesCookieValue_Pattern(osNvramSourceCookiesCookieValue, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateOsNvramSourceCookiesCookieValue_Pattern
	 */
	public static final  PatternMatcher [][] OS_NVRAM_SOURCE_COOKIES_COOKIE_VALUE__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("\"?[!#$%&\'()*+\\-./0-9:>=<?@A-Z\\^_`\\[\\]a-z|~]+\"?")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Os Nvram Source Cookies Cookie Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceCookiesCookieValue_Pattern(String osNvramSourceCookiesCookieValue, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.OS_NVRAM_SOURCE_COOKIES_COOKIE_VALUE, osNvramSourceCookiesCookieValue, OS_NVRAM_SOURCE_COOKIES_COOKIE_VALUE__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceCookiesCookieName(String osNvramSourceCookiesCookieName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateOsNvramSourceCookiesCookieName_Pattern(osNvramSourceCookiesCookieName, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateOsNvramSourceCookiesCookieName_Pattern
	 */
	public static final  PatternMatcher [][] OS_NVRAM_SOURCE_COOKIES_COOKIE_NAME__PATTERN__VALUES =
		new PatternMatcher [][] {
			new PatternMatcher [] {
				XMLTypeUtil.createPatternMatcher("[!#$%&\'*+\\-.0-9A-Z\\^_`a-z|~]+")
			}
		};

	/**
	 * Validates the Pattern constraint of '<em>Os Nvram Source Cookies Cookie Name</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOsNvramSourceCookiesCookieName_Pattern(String osNvramSourceCookiesCookieName, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validatePattern(DomainPackage.Literals.OS_NVRAM_SOURCE_COOKIES_COOKIE_NAME, osNvramSourceCookiesCookieName, OS_NVRAM_SOURCE_COOKIES_COOKIE_NAME__PATTERN__VALUES, diagnostics, context);
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //DomainValidator
