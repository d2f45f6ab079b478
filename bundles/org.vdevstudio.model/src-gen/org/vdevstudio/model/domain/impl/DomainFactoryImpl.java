/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain.impl;

import java.math.BigInteger;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.vdevstudio.model.domain.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DomainFactoryImpl extends EFactoryImpl implements DomainFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static DomainFactory init() {
		try {
			DomainFactory theDomainFactory = (DomainFactory)EPackage.Registry.INSTANCE.getEFactory(DomainPackage.eNS_URI);
			if (theDomainFactory != null) {
				return theDomainFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new DomainFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DomainFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case DomainPackage.DOCUMENT_ROOT: return createDocumentRoot();
			case DomainPackage.DOMAIN: return createDomain();
			case DomainPackage.OS: return createOs();
			case DomainPackage.MEMORY: return createMemory();
			case DomainPackage.CURRENT_MEMORY: return createCurrentMemory();
			case DomainPackage.VCPU: return createVcpu();
			case DomainPackage.DEVICES: return createDevices();
			case DomainPackage.OS_TYPE: return createOsType();
			case DomainPackage.OS_FIRMWARE: return createOsFirmware();
			case DomainPackage.OS_LOADER: return createOsLoader();
			case DomainPackage.OS_NVRAM: return createOsNvram();
			case DomainPackage.OS_BOOT: return createOsBoot();
			case DomainPackage.OS_BOOTMENU: return createOsBootmenu();
			case DomainPackage.OS_SMBIOS: return createOsSmbios();
			case DomainPackage.OS_BIOS: return createOsBios();
			case DomainPackage.OS_ACPI: return createOsAcpi();
			case DomainPackage.OS_INITENV: return createOsInitenv();
			case DomainPackage.INTERFACE: return createInterface();
			case DomainPackage.HOSTDEV: return createHostdev();
			case DomainPackage.OS_FIRMWARE_FEATURE: return createOsFirmwareFeature();
			case DomainPackage.OS_NVRAM_SOURCE: return createOsNvramSource();
			case DomainPackage.OS_ACPI_TABLE: return createOsAcpiTable();
			case DomainPackage.INTERFACE_SOURCE: return createInterfaceSource();
			case DomainPackage.INTERFACE_VIRTUALPORT: return createInterfaceVirtualport();
			case DomainPackage.INTERFACE_LINK: return createInterfaceLink();
			case DomainPackage.INTERFACE_MTU: return createInterfaceMtu();
			case DomainPackage.INTERFACE_COALESCE: return createInterfaceCoalesce();
			case DomainPackage.INTERFACE_TARGET: return createInterfaceTarget();
			case DomainPackage.INTERFACE_GUEST: return createInterfaceGuest();
			case DomainPackage.INTERFACE_MAC: return createInterfaceMac();
			case DomainPackage.INTERFACE_IP_INFO: return createInterfaceIpInfo();
			case DomainPackage.ROUTE: return createRoute();
			case DomainPackage.INTERFACE_PORT_FORWARD: return createInterfacePortForward();
			case DomainPackage.INTERFACE_SCRIPT: return createInterfaceScript();
			case DomainPackage.INTERFACE_DOWNSCRIPT: return createInterfaceDownscript();
			case DomainPackage.INTERFACE_BACKENDDOMAIN: return createInterfaceBackenddomain();
			case DomainPackage.INTERFACE_MODEL: return createInterfaceModel();
			case DomainPackage.INTERFACE_BACKEND: return createInterfaceBackend();
			case DomainPackage.INTERFACE_DRIVER: return createInterfaceDriver();
			case DomainPackage.ALIAS: return createAlias();
			case DomainPackage.ACPI: return createAcpi();
			case DomainPackage.ADDRESS: return createAddress();
			case DomainPackage.INTERFACE_FILTERREF: return createInterfaceFilterref();
			case DomainPackage.INTERFACE_TUNE: return createInterfaceTune();
			case DomainPackage.DEVICE_BOOT: return createDeviceBoot();
			case DomainPackage.ROM: return createRom();
			case DomainPackage.INTERFACE_BANDWIDTH: return createInterfaceBandwidth();
			case DomainPackage.INTERFACE_VLAN: return createInterfaceVlan();
			case DomainPackage.INTERFACE_PORT: return createInterfacePort();
			case DomainPackage.TEAMING: return createTeaming();
			case DomainPackage.HOSTDEV_DRIVER: return createHostdevDriver();
			case DomainPackage.HOSTDEV_SOURCE: return createHostdevSource();
			case DomainPackage.OS_NVRAM_SOURCE_SLICES: return createOsNvramSourceSlices();
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION: return createOsNvramSourceEncryption();
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL: return createOsNvramSourceSeclabel();
			case DomainPackage.OS_NVRAM_SOURCE_RESERVATIONS: return createOsNvramSourceReservations();
			case DomainPackage.OS_NVRAM_SOURCE_HOST: return createOsNvramSourceHost();
			case DomainPackage.OS_NVRAM_SOURCE_SNAPSHOT: return createOsNvramSourceSnapshot();
			case DomainPackage.OS_NVRAM_SOURCE_CONFIG: return createOsNvramSourceConfig();
			case DomainPackage.DISK_AUTH: return createDiskAuth();
			case DomainPackage.INITIATORINFO: return createInitiatorinfo();
			case DomainPackage.OS_NVRAM_SOURCE_COOKIES: return createOsNvramSourceCookies();
			case DomainPackage.OS_NVRAM_SOURCE_READAHEAD: return createOsNvramSourceReadahead();
			case DomainPackage.OS_NVRAM_SOURCE_TIMEOUT: return createOsNvramSourceTimeout();
			case DomainPackage.OS_NVRAM_SOURCE_SSL: return createOsNvramSourceSsl();
			case DomainPackage.OS_NVRAM_SOURCE_IDENTITY: return createOsNvramSourceIdentity();
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS: return createOsNvramSourceAddress();
			case DomainPackage.RECONNECT: return createReconnect();
			case DomainPackage.INTERFACE_SOURCE_LOCAL: return createInterfaceSourceLocal();
			case DomainPackage.SOURCE_VENDOR: return createSourceVendor();
			case DomainPackage.SOURCE_PRODUCT: return createSourceProduct();
			case DomainPackage.SOURCE_ADDRESS: return createSourceAddress();
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS: return createInterfaceVirtualportParameters();
			case DomainPackage.INTERFACE_COALESCE_RX: return createInterfaceCoalesceRx();
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE: return createInterfacePortForwardRange();
			case DomainPackage.INTERFACE_DRIVER_HOST: return createInterfaceDriverHost();
			case DomainPackage.INTERFACE_DRIVER_GUEST: return createInterfaceDriverGuest();
			case DomainPackage.ADDRESS_ZPCI: return createAddressZpci();
			case DomainPackage.INTERFACE_FILTERREF_PARAMETER: return createInterfaceFilterrefParameter();
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND: return createInterfaceBandwidthInbound();
			case DomainPackage.INTERFACE_BANDWIDTH_OUTBOUND: return createInterfaceBandwidthOutbound();
			case DomainPackage.INTERFACE_VLAN_TAG: return createInterfaceVlanTag();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER: return createHostdevSourceAdapter();
			case DomainPackage.HOSTDEV_SOURCE_HOST: return createHostdevSourceHost();
			case DomainPackage.OS_NVRAM_SOURCE_SLICES_SLICE: return createOsNvramSourceSlicesSlice();
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION_SECRET: return createOsNvramSourceEncryptionSecret();
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION_CIPHER: return createOsNvramSourceEncryptionCipher();
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION_IVGEN: return createOsNvramSourceEncryptionIvgen();
			case DomainPackage.DISK_AUTH_SECRET: return createDiskAuthSecret();
			case DomainPackage.INITIATORINFO_IQN: return createInitiatorinfoIqn();
			case DomainPackage.OS_NVRAM_SOURCE_COOKIES_COOKIE: return createOsNvramSourceCookiesCookie();
			case DomainPackage.INTERFACE_COALESCE_RX_FRAMES: return createInterfaceCoalesceRxFrames();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR: return createHostdevSourceAdapterParentaddr();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS: return createHostdevSourceAdapterParentaddrAddress();
			case DomainPackage.EMPTY_ELEMENT: return createEmptyElement();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case DomainPackage.DOMAIN_TYPE:
				return createDomainTypeFromString(eDataType, initialValue);
			case DomainPackage.OS_FIRMWARE2:
				return createOsFirmware2FromString(eDataType, initialValue);
			case DomainPackage.VIR_ON_OFF:
				return createVirOnOffFromString(eDataType, initialValue);
			case DomainPackage.VCPU_PLACEMENT:
				return createVcpuPlacementFromString(eDataType, initialValue);
			case DomainPackage.OS_TYPE_VALUE:
				return createOsTypeValueFromString(eDataType, initialValue);
			case DomainPackage.OS_TYPE_ARCH:
				return createOsTypeArchFromString(eDataType, initialValue);
			case DomainPackage.VIR_YES_NO:
				return createVirYesNoFromString(eDataType, initialValue);
			case DomainPackage.OS_LOADER_TYPE:
				return createOsLoaderTypeFromString(eDataType, initialValue);
			case DomainPackage.OS_NVRAM_TYPE:
				return createOsNvramTypeFromString(eDataType, initialValue);
			case DomainPackage.OS_BOOT_DEV:
				return createOsBootDevFromString(eDataType, initialValue);
			case DomainPackage.OS_SMBIOS_MODE:
				return createOsSmbiosModeFromString(eDataType, initialValue);
			case DomainPackage.INTERFACE_TYPE:
				return createInterfaceTypeFromString(eDataType, initialValue);
			case DomainPackage.HOSTDEV_MODE:
				return createHostdevModeFromString(eDataType, initialValue);
			case DomainPackage.HOSTDEV_TYPE:
				return createHostdevTypeFromString(eDataType, initialValue);
			case DomainPackage.HOSTDEV_SGIO:
				return createHostdevSgioFromString(eDataType, initialValue);
			case DomainPackage.HOSTDEV_MODEL:
				return createHostdevModelFromString(eDataType, initialValue);
			case DomainPackage.OS_FIRMWARE_FEATURE_NAME:
				return createOsFirmwareFeatureNameFromString(eDataType, initialValue);
			case DomainPackage.OS_NVRAM_SOURCE_STARTUP_POLICY:
				return createOsNvramSourceStartupPolicyFromString(eDataType, initialValue);
			case DomainPackage.OS_NVRAM_SOURCE_PROTOCOL:
				return createOsNvramSourceProtocolFromString(eDataType, initialValue);
			case DomainPackage.OS_NVRAM_SOURCE_MODE:
				return createOsNvramSourceModeFromString(eDataType, initialValue);
			case DomainPackage.OS_NVRAM_SOURCE_TYPE:
				return createOsNvramSourceTypeFromString(eDataType, initialValue);
			case DomainPackage.OS_ACPI_TABLE_TYPE:
				return createOsAcpiTableTypeFromString(eDataType, initialValue);
			case DomainPackage.MAC_TABLE_MANAGER:
				return createMacTableManagerFromString(eDataType, initialValue);
			case DomainPackage.INTERFACE_SOURCE_TYPE:
				return createInterfaceSourceTypeFromString(eDataType, initialValue);
			case DomainPackage.INTERFACE_VIRTUALPORT_TYPE:
				return createInterfaceVirtualportTypeFromString(eDataType, initialValue);
			case DomainPackage.INTERFACE_LINK_STATE:
				return createInterfaceLinkStateFromString(eDataType, initialValue);
			case DomainPackage.INTERFACE_MAC_TYPE:
				return createInterfaceMacTypeFromString(eDataType, initialValue);
			case DomainPackage.INTERFACE_PORT_FORWARD_PROTO:
				return createInterfacePortForwardProtoFromString(eDataType, initialValue);
			case DomainPackage.INTERFACE_BACKEND_TYPE:
				return createInterfaceBackendTypeFromString(eDataType, initialValue);
			case DomainPackage.INTERFACE_DRIVER_NAME:
				return createInterfaceDriverNameFromString(eDataType, initialValue);
			case DomainPackage.INTERFACE_DRIVER_TXMODE:
				return createInterfaceDriverTxmodeFromString(eDataType, initialValue);
			case DomainPackage.ADDRESS_TYPE:
				return createAddressTypeFromString(eDataType, initialValue);
			case DomainPackage.INTERFACE_VLAN_TRUNK:
				return createInterfaceVlanTrunkFromString(eDataType, initialValue);
			case DomainPackage.TEAMING_TYPE:
				return createTeamingTypeFromString(eDataType, initialValue);
			case DomainPackage.HOSTDEV_DRIVER_NAME:
				return createHostdevDriverNameFromString(eDataType, initialValue);
			case DomainPackage.HOSTDEV_SOURCE_STARTUP_POLICY:
				return createHostdevSourceStartupPolicyFromString(eDataType, initialValue);
			case DomainPackage.HOSTDEV_SOURCE_GUEST_RESET:
				return createHostdevSourceGuestResetFromString(eDataType, initialValue);
			case DomainPackage.HOSTDEV_SOURCE_PROTOCOL:
				return createHostdevSourceProtocolFromString(eDataType, initialValue);
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION_FORMAT:
				return createOsNvramSourceEncryptionFormatFromString(eDataType, initialValue);
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION_ENGINE:
				return createOsNvramSourceEncryptionEngineFromString(eDataType, initialValue);
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL_RELABEL:
				return createOsNvramSourceSeclabelRelabelFromString(eDataType, initialValue);
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL_LABELSKIP:
				return createOsNvramSourceSeclabelLabelskipFromString(eDataType, initialValue);
			case DomainPackage.OS_NVRAM_SOURCE_HOST_TRANSPORT:
				return createOsNvramSourceHostTransportFromString(eDataType, initialValue);
			case DomainPackage.SOURCE_ADDRESS_TYPE:
				return createSourceAddressTypeFromString(eDataType, initialValue);
			case DomainPackage.INTERFACE_VLAN_TAG_NATIVE_MODE:
				return createInterfaceVlanTagNativeModeFromString(eDataType, initialValue);
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_TYPE:
				return createHostdevSourceAdapterTypeFromString(eDataType, initialValue);
			case DomainPackage.OS_NVRAM_SOURCE_SLICES_SLICE_TYPE:
				return createOsNvramSourceSlicesSliceTypeFromString(eDataType, initialValue);
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION_SECRET_TYPE:
				return createOsNvramSourceEncryptionSecretTypeFromString(eDataType, initialValue);
			case DomainPackage.DISK_AUTH_SECRET_TYPE:
				return createDiskAuthSecretTypeFromString(eDataType, initialValue);
			case DomainPackage.OBJECT_NAME_WITH_SLASH:
				return createObjectNameWithSlashFromString(eDataType, initialValue);
			case DomainPackage.UUID:
				return createUUIDFromString(eDataType, initialValue);
			case DomainPackage.UNSIGNED_INT:
				return createUnsignedIntFromString(eDataType, initialValue);
			case DomainPackage.ABS_FILE_PATH:
				return createAbsFilePathFromString(eDataType, initialValue);
			case DomainPackage.GENERIC_NAME:
				return createGenericNameFromString(eDataType, initialValue);
			case DomainPackage.MEMORY_VALUE:
				return createMemoryValueFromString(eDataType, initialValue);
			case DomainPackage.UNIT:
				return createUnitFromString(eDataType, initialValue);
			case DomainPackage.CURRENT_MEMORY_VALUE:
				return createCurrentMemoryValueFromString(eDataType, initialValue);
			case DomainPackage.VCPU_VALUE:
				return createVcpuValueFromString(eDataType, initialValue);
			case DomainPackage.CPUSET:
				return createCpusetFromString(eDataType, initialValue);
			case DomainPackage.COUNT_CPU:
				return createCountCPUFromString(eDataType, initialValue);
			case DomainPackage.OS_TYPE_MACHINE:
				return createOsTypeMachineFromString(eDataType, initialValue);
			case DomainPackage.OS_LOADER_VALUE:
				return createOsLoaderValueFromString(eDataType, initialValue);
			case DomainPackage.UNSIGNED_SHORT:
				return createUnsignedShortFromString(eDataType, initialValue);
			case DomainPackage.REBOOT_TIMEOUT_DELAY:
				return createRebootTimeoutDelayFromString(eDataType, initialValue);
			case DomainPackage.OS_INITENV_NAME:
				return createOsInitenvNameFromString(eDataType, initialValue);
			case DomainPackage.OS_NVRAM_SOURCE_FILE:
				return createOsNvramSourceFileFromString(eDataType, initialValue);
			case DomainPackage.POSITIVE_INTEGER:
				return createPositiveIntegerFromString(eDataType, initialValue);
			case DomainPackage.OS_NVRAM_SOURCE_DEV:
				return createOsNvramSourceDevFromString(eDataType, initialValue);
			case DomainPackage.OBJECT_NAME:
				return createObjectNameFromString(eDataType, initialValue);
			case DomainPackage.VOL_NAME:
				return createVolNameFromString(eDataType, initialValue);
			case DomainPackage.UINT32:
				return createUint32FromString(eDataType, initialValue);
			case DomainPackage.OS_ACPI_TABLE_VALUE:
				return createOsAcpiTableValueFromString(eDataType, initialValue);
			case DomainPackage.INTERFACE_SOURCE_BRIDGE:
				return createInterfaceSourceBridgeFromString(eDataType, initialValue);
			case DomainPackage.DEVICE_NAME:
				return createDeviceNameFromString(eDataType, initialValue);
			case DomainPackage.INTERFACE_SOURCE_PORTID:
				return createInterfaceSourcePortidFromString(eDataType, initialValue);
			case DomainPackage.INTERFACE_SOURCE_MODE:
				return createInterfaceSourceModeFromString(eDataType, initialValue);
			case DomainPackage.IPV4_ADDR:
				return createIpv4AddrFromString(eDataType, initialValue);
			case DomainPackage.PORT_NUMBER:
				return createPortNumberFromString(eDataType, initialValue);
			case DomainPackage.UNI_MAC_ADDR:
				return createUniMacAddrFromString(eDataType, initialValue);
			case DomainPackage.IP_ADDR:
				return createIpAddrFromString(eDataType, initialValue);
			case DomainPackage.ADDR_FAMILY:
				return createAddrFamilyFromString(eDataType, initialValue);
			case DomainPackage.IP_PREFIX:
				return createIpPrefixFromString(eDataType, initialValue);
			case DomainPackage.FILE_PATH:
				return createFilePathFromString(eDataType, initialValue);
			case DomainPackage.INTERFACE_MODEL_TYPE:
				return createInterfaceModelTypeFromString(eDataType, initialValue);
			case DomainPackage.ALIAS_NAME:
				return createAliasNameFromString(eDataType, initialValue);
			case DomainPackage.PCI_DOMAIN:
				return createPciDomainFromString(eDataType, initialValue);
			case DomainPackage.ADDRESS_BUS:
				return createAddressBusFromString(eDataType, initialValue);
			case DomainPackage.ADDRESS_SLOT:
				return createAddressSlotFromString(eDataType, initialValue);
			case DomainPackage.PCI_FUNC:
				return createPciFuncFromString(eDataType, initialValue);
			case DomainPackage.DRIVE_CONTROLLER:
				return createDriveControllerFromString(eDataType, initialValue);
			case DomainPackage.DRIVE_TARGET:
				return createDriveTargetFromString(eDataType, initialValue);
			case DomainPackage.DRIVE_UNIT:
				return createDriveUnitFromString(eDataType, initialValue);
			case DomainPackage.ADDRESS_PORT:
				return createAddressPortFromString(eDataType, initialValue);
			case DomainPackage.SPAPRVIO_REG:
				return createSpaprvioRegFromString(eDataType, initialValue);
			case DomainPackage.CCW_CSSID_RANGE:
				return createCcwCssidRangeFromString(eDataType, initialValue);
			case DomainPackage.CCW_SSID_RANGE:
				return createCcwSsidRangeFromString(eDataType, initialValue);
			case DomainPackage.CCW_DEVNO_RANGE:
				return createCcwDevnoRangeFromString(eDataType, initialValue);
			case DomainPackage.ADDRESS_IOBASE:
				return createAddressIobaseFromString(eDataType, initialValue);
			case DomainPackage.ADDRESS_IRQ:
				return createAddressIrqFromString(eDataType, initialValue);
			case DomainPackage.HEXUINT:
				return createHexuintFromString(eDataType, initialValue);
			case DomainPackage.DEVICE_BOOT_LOADPARM:
				return createDeviceBootLoadparmFromString(eDataType, initialValue);
			case DomainPackage.HOSTDEV_SOURCE_WWPN:
				return createHostdevSourceWwpnFromString(eDataType, initialValue);
			case DomainPackage.OS_NVRAM_SOURCE_HOST_NAME:
				return createOsNvramSourceHostNameFromString(eDataType, initialValue);
			case DomainPackage.PCI_BUS:
				return createPciBusFromString(eDataType, initialValue);
			case DomainPackage.PCI_SLOT:
				return createPciSlotFromString(eDataType, initialValue);
			case DomainPackage.USB_ID:
				return createUsbIdFromString(eDataType, initialValue);
			case DomainPackage.SOURCE_ADDRESS_BUS:
				return createSourceAddressBusFromString(eDataType, initialValue);
			case DomainPackage.USB_ADDR:
				return createUsbAddrFromString(eDataType, initialValue);
			case DomainPackage.DRIVE_SCSI_TARGET:
				return createDriveSCSITargetFromString(eDataType, initialValue);
			case DomainPackage.DRIVE_SCSI_UNIT:
				return createDriveSCSIUnitFromString(eDataType, initialValue);
			case DomainPackage.UINT8:
				return createUint8FromString(eDataType, initialValue);
			case DomainPackage.UINT24:
				return createUint24FromString(eDataType, initialValue);
			case DomainPackage.UINT16:
				return createUint16FromString(eDataType, initialValue);
			case DomainPackage.FILTER_PARAM_NAME:
				return createFilterParamNameFromString(eDataType, initialValue);
			case DomainPackage.FILTER_PARAM_VALUE:
				return createFilterParamValueFromString(eDataType, initialValue);
			case DomainPackage.SPEED:
				return createSpeedFromString(eDataType, initialValue);
			case DomainPackage.BURST_SIZE:
				return createBurstSizeFromString(eDataType, initialValue);
			case DomainPackage.INTERFACE_VLAN_TAG_ID:
				return createInterfaceVlanTagIdFromString(eDataType, initialValue);
			case DomainPackage.WWN:
				return createWwnFromString(eDataType, initialValue);
			case DomainPackage.OS_NVRAM_SOURCE_COOKIES_COOKIE_VALUE:
				return createOsNvramSourceCookiesCookieValueFromString(eDataType, initialValue);
			case DomainPackage.OS_NVRAM_SOURCE_COOKIES_COOKIE_NAME:
				return createOsNvramSourceCookiesCookieNameFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case DomainPackage.DOMAIN_TYPE:
				return convertDomainTypeToString(eDataType, instanceValue);
			case DomainPackage.OS_FIRMWARE2:
				return convertOsFirmware2ToString(eDataType, instanceValue);
			case DomainPackage.VIR_ON_OFF:
				return convertVirOnOffToString(eDataType, instanceValue);
			case DomainPackage.VCPU_PLACEMENT:
				return convertVcpuPlacementToString(eDataType, instanceValue);
			case DomainPackage.OS_TYPE_VALUE:
				return convertOsTypeValueToString(eDataType, instanceValue);
			case DomainPackage.OS_TYPE_ARCH:
				return convertOsTypeArchToString(eDataType, instanceValue);
			case DomainPackage.VIR_YES_NO:
				return convertVirYesNoToString(eDataType, instanceValue);
			case DomainPackage.OS_LOADER_TYPE:
				return convertOsLoaderTypeToString(eDataType, instanceValue);
			case DomainPackage.OS_NVRAM_TYPE:
				return convertOsNvramTypeToString(eDataType, instanceValue);
			case DomainPackage.OS_BOOT_DEV:
				return convertOsBootDevToString(eDataType, instanceValue);
			case DomainPackage.OS_SMBIOS_MODE:
				return convertOsSmbiosModeToString(eDataType, instanceValue);
			case DomainPackage.INTERFACE_TYPE:
				return convertInterfaceTypeToString(eDataType, instanceValue);
			case DomainPackage.HOSTDEV_MODE:
				return convertHostdevModeToString(eDataType, instanceValue);
			case DomainPackage.HOSTDEV_TYPE:
				return convertHostdevTypeToString(eDataType, instanceValue);
			case DomainPackage.HOSTDEV_SGIO:
				return convertHostdevSgioToString(eDataType, instanceValue);
			case DomainPackage.HOSTDEV_MODEL:
				return convertHostdevModelToString(eDataType, instanceValue);
			case DomainPackage.OS_FIRMWARE_FEATURE_NAME:
				return convertOsFirmwareFeatureNameToString(eDataType, instanceValue);
			case DomainPackage.OS_NVRAM_SOURCE_STARTUP_POLICY:
				return convertOsNvramSourceStartupPolicyToString(eDataType, instanceValue);
			case DomainPackage.OS_NVRAM_SOURCE_PROTOCOL:
				return convertOsNvramSourceProtocolToString(eDataType, instanceValue);
			case DomainPackage.OS_NVRAM_SOURCE_MODE:
				return convertOsNvramSourceModeToString(eDataType, instanceValue);
			case DomainPackage.OS_NVRAM_SOURCE_TYPE:
				return convertOsNvramSourceTypeToString(eDataType, instanceValue);
			case DomainPackage.OS_ACPI_TABLE_TYPE:
				return convertOsAcpiTableTypeToString(eDataType, instanceValue);
			case DomainPackage.MAC_TABLE_MANAGER:
				return convertMacTableManagerToString(eDataType, instanceValue);
			case DomainPackage.INTERFACE_SOURCE_TYPE:
				return convertInterfaceSourceTypeToString(eDataType, instanceValue);
			case DomainPackage.INTERFACE_VIRTUALPORT_TYPE:
				return convertInterfaceVirtualportTypeToString(eDataType, instanceValue);
			case DomainPackage.INTERFACE_LINK_STATE:
				return convertInterfaceLinkStateToString(eDataType, instanceValue);
			case DomainPackage.INTERFACE_MAC_TYPE:
				return convertInterfaceMacTypeToString(eDataType, instanceValue);
			case DomainPackage.INTERFACE_PORT_FORWARD_PROTO:
				return convertInterfacePortForwardProtoToString(eDataType, instanceValue);
			case DomainPackage.INTERFACE_BACKEND_TYPE:
				return convertInterfaceBackendTypeToString(eDataType, instanceValue);
			case DomainPackage.INTERFACE_DRIVER_NAME:
				return convertInterfaceDriverNameToString(eDataType, instanceValue);
			case DomainPackage.INTERFACE_DRIVER_TXMODE:
				return convertInterfaceDriverTxmodeToString(eDataType, instanceValue);
			case DomainPackage.ADDRESS_TYPE:
				return convertAddressTypeToString(eDataType, instanceValue);
			case DomainPackage.INTERFACE_VLAN_TRUNK:
				return convertInterfaceVlanTrunkToString(eDataType, instanceValue);
			case DomainPackage.TEAMING_TYPE:
				return convertTeamingTypeToString(eDataType, instanceValue);
			case DomainPackage.HOSTDEV_DRIVER_NAME:
				return convertHostdevDriverNameToString(eDataType, instanceValue);
			case DomainPackage.HOSTDEV_SOURCE_STARTUP_POLICY:
				return convertHostdevSourceStartupPolicyToString(eDataType, instanceValue);
			case DomainPackage.HOSTDEV_SOURCE_GUEST_RESET:
				return convertHostdevSourceGuestResetToString(eDataType, instanceValue);
			case DomainPackage.HOSTDEV_SOURCE_PROTOCOL:
				return convertHostdevSourceProtocolToString(eDataType, instanceValue);
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION_FORMAT:
				return convertOsNvramSourceEncryptionFormatToString(eDataType, instanceValue);
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION_ENGINE:
				return convertOsNvramSourceEncryptionEngineToString(eDataType, instanceValue);
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL_RELABEL:
				return convertOsNvramSourceSeclabelRelabelToString(eDataType, instanceValue);
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL_LABELSKIP:
				return convertOsNvramSourceSeclabelLabelskipToString(eDataType, instanceValue);
			case DomainPackage.OS_NVRAM_SOURCE_HOST_TRANSPORT:
				return convertOsNvramSourceHostTransportToString(eDataType, instanceValue);
			case DomainPackage.SOURCE_ADDRESS_TYPE:
				return convertSourceAddressTypeToString(eDataType, instanceValue);
			case DomainPackage.INTERFACE_VLAN_TAG_NATIVE_MODE:
				return convertInterfaceVlanTagNativeModeToString(eDataType, instanceValue);
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_TYPE:
				return convertHostdevSourceAdapterTypeToString(eDataType, instanceValue);
			case DomainPackage.OS_NVRAM_SOURCE_SLICES_SLICE_TYPE:
				return convertOsNvramSourceSlicesSliceTypeToString(eDataType, instanceValue);
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION_SECRET_TYPE:
				return convertOsNvramSourceEncryptionSecretTypeToString(eDataType, instanceValue);
			case DomainPackage.DISK_AUTH_SECRET_TYPE:
				return convertDiskAuthSecretTypeToString(eDataType, instanceValue);
			case DomainPackage.OBJECT_NAME_WITH_SLASH:
				return convertObjectNameWithSlashToString(eDataType, instanceValue);
			case DomainPackage.UUID:
				return convertUUIDToString(eDataType, instanceValue);
			case DomainPackage.UNSIGNED_INT:
				return convertUnsignedIntToString(eDataType, instanceValue);
			case DomainPackage.ABS_FILE_PATH:
				return convertAbsFilePathToString(eDataType, instanceValue);
			case DomainPackage.GENERIC_NAME:
				return convertGenericNameToString(eDataType, instanceValue);
			case DomainPackage.MEMORY_VALUE:
				return convertMemoryValueToString(eDataType, instanceValue);
			case DomainPackage.UNIT:
				return convertUnitToString(eDataType, instanceValue);
			case DomainPackage.CURRENT_MEMORY_VALUE:
				return convertCurrentMemoryValueToString(eDataType, instanceValue);
			case DomainPackage.VCPU_VALUE:
				return convertVcpuValueToString(eDataType, instanceValue);
			case DomainPackage.CPUSET:
				return convertCpusetToString(eDataType, instanceValue);
			case DomainPackage.COUNT_CPU:
				return convertCountCPUToString(eDataType, instanceValue);
			case DomainPackage.OS_TYPE_MACHINE:
				return convertOsTypeMachineToString(eDataType, instanceValue);
			case DomainPackage.OS_LOADER_VALUE:
				return convertOsLoaderValueToString(eDataType, instanceValue);
			case DomainPackage.UNSIGNED_SHORT:
				return convertUnsignedShortToString(eDataType, instanceValue);
			case DomainPackage.REBOOT_TIMEOUT_DELAY:
				return convertRebootTimeoutDelayToString(eDataType, instanceValue);
			case DomainPackage.OS_INITENV_NAME:
				return convertOsInitenvNameToString(eDataType, instanceValue);
			case DomainPackage.OS_NVRAM_SOURCE_FILE:
				return convertOsNvramSourceFileToString(eDataType, instanceValue);
			case DomainPackage.POSITIVE_INTEGER:
				return convertPositiveIntegerToString(eDataType, instanceValue);
			case DomainPackage.OS_NVRAM_SOURCE_DEV:
				return convertOsNvramSourceDevToString(eDataType, instanceValue);
			case DomainPackage.OBJECT_NAME:
				return convertObjectNameToString(eDataType, instanceValue);
			case DomainPackage.VOL_NAME:
				return convertVolNameToString(eDataType, instanceValue);
			case DomainPackage.UINT32:
				return convertUint32ToString(eDataType, instanceValue);
			case DomainPackage.OS_ACPI_TABLE_VALUE:
				return convertOsAcpiTableValueToString(eDataType, instanceValue);
			case DomainPackage.INTERFACE_SOURCE_BRIDGE:
				return convertInterfaceSourceBridgeToString(eDataType, instanceValue);
			case DomainPackage.DEVICE_NAME:
				return convertDeviceNameToString(eDataType, instanceValue);
			case DomainPackage.INTERFACE_SOURCE_PORTID:
				return convertInterfaceSourcePortidToString(eDataType, instanceValue);
			case DomainPackage.INTERFACE_SOURCE_MODE:
				return convertInterfaceSourceModeToString(eDataType, instanceValue);
			case DomainPackage.IPV4_ADDR:
				return convertIpv4AddrToString(eDataType, instanceValue);
			case DomainPackage.PORT_NUMBER:
				return convertPortNumberToString(eDataType, instanceValue);
			case DomainPackage.UNI_MAC_ADDR:
				return convertUniMacAddrToString(eDataType, instanceValue);
			case DomainPackage.IP_ADDR:
				return convertIpAddrToString(eDataType, instanceValue);
			case DomainPackage.ADDR_FAMILY:
				return convertAddrFamilyToString(eDataType, instanceValue);
			case DomainPackage.IP_PREFIX:
				return convertIpPrefixToString(eDataType, instanceValue);
			case DomainPackage.FILE_PATH:
				return convertFilePathToString(eDataType, instanceValue);
			case DomainPackage.INTERFACE_MODEL_TYPE:
				return convertInterfaceModelTypeToString(eDataType, instanceValue);
			case DomainPackage.ALIAS_NAME:
				return convertAliasNameToString(eDataType, instanceValue);
			case DomainPackage.PCI_DOMAIN:
				return convertPciDomainToString(eDataType, instanceValue);
			case DomainPackage.ADDRESS_BUS:
				return convertAddressBusToString(eDataType, instanceValue);
			case DomainPackage.ADDRESS_SLOT:
				return convertAddressSlotToString(eDataType, instanceValue);
			case DomainPackage.PCI_FUNC:
				return convertPciFuncToString(eDataType, instanceValue);
			case DomainPackage.DRIVE_CONTROLLER:
				return convertDriveControllerToString(eDataType, instanceValue);
			case DomainPackage.DRIVE_TARGET:
				return convertDriveTargetToString(eDataType, instanceValue);
			case DomainPackage.DRIVE_UNIT:
				return convertDriveUnitToString(eDataType, instanceValue);
			case DomainPackage.ADDRESS_PORT:
				return convertAddressPortToString(eDataType, instanceValue);
			case DomainPackage.SPAPRVIO_REG:
				return convertSpaprvioRegToString(eDataType, instanceValue);
			case DomainPackage.CCW_CSSID_RANGE:
				return convertCcwCssidRangeToString(eDataType, instanceValue);
			case DomainPackage.CCW_SSID_RANGE:
				return convertCcwSsidRangeToString(eDataType, instanceValue);
			case DomainPackage.CCW_DEVNO_RANGE:
				return convertCcwDevnoRangeToString(eDataType, instanceValue);
			case DomainPackage.ADDRESS_IOBASE:
				return convertAddressIobaseToString(eDataType, instanceValue);
			case DomainPackage.ADDRESS_IRQ:
				return convertAddressIrqToString(eDataType, instanceValue);
			case DomainPackage.HEXUINT:
				return convertHexuintToString(eDataType, instanceValue);
			case DomainPackage.DEVICE_BOOT_LOADPARM:
				return convertDeviceBootLoadparmToString(eDataType, instanceValue);
			case DomainPackage.HOSTDEV_SOURCE_WWPN:
				return convertHostdevSourceWwpnToString(eDataType, instanceValue);
			case DomainPackage.OS_NVRAM_SOURCE_HOST_NAME:
				return convertOsNvramSourceHostNameToString(eDataType, instanceValue);
			case DomainPackage.PCI_BUS:
				return convertPciBusToString(eDataType, instanceValue);
			case DomainPackage.PCI_SLOT:
				return convertPciSlotToString(eDataType, instanceValue);
			case DomainPackage.USB_ID:
				return convertUsbIdToString(eDataType, instanceValue);
			case DomainPackage.SOURCE_ADDRESS_BUS:
				return convertSourceAddressBusToString(eDataType, instanceValue);
			case DomainPackage.USB_ADDR:
				return convertUsbAddrToString(eDataType, instanceValue);
			case DomainPackage.DRIVE_SCSI_TARGET:
				return convertDriveSCSITargetToString(eDataType, instanceValue);
			case DomainPackage.DRIVE_SCSI_UNIT:
				return convertDriveSCSIUnitToString(eDataType, instanceValue);
			case DomainPackage.UINT8:
				return convertUint8ToString(eDataType, instanceValue);
			case DomainPackage.UINT24:
				return convertUint24ToString(eDataType, instanceValue);
			case DomainPackage.UINT16:
				return convertUint16ToString(eDataType, instanceValue);
			case DomainPackage.FILTER_PARAM_NAME:
				return convertFilterParamNameToString(eDataType, instanceValue);
			case DomainPackage.FILTER_PARAM_VALUE:
				return convertFilterParamValueToString(eDataType, instanceValue);
			case DomainPackage.SPEED:
				return convertSpeedToString(eDataType, instanceValue);
			case DomainPackage.BURST_SIZE:
				return convertBurstSizeToString(eDataType, instanceValue);
			case DomainPackage.INTERFACE_VLAN_TAG_ID:
				return convertInterfaceVlanTagIdToString(eDataType, instanceValue);
			case DomainPackage.WWN:
				return convertWwnToString(eDataType, instanceValue);
			case DomainPackage.OS_NVRAM_SOURCE_COOKIES_COOKIE_VALUE:
				return convertOsNvramSourceCookiesCookieValueToString(eDataType, instanceValue);
			case DomainPackage.OS_NVRAM_SOURCE_COOKIES_COOKIE_NAME:
				return convertOsNvramSourceCookiesCookieNameToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentRoot createDocumentRoot() {
		DocumentRootImpl documentRoot = new DocumentRootImpl();
		return documentRoot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Domain createDomain() {
		DomainImpl domain = new DomainImpl();
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Os createOs() {
		OsImpl os = new OsImpl();
		return os;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Memory createMemory() {
		MemoryImpl memory = new MemoryImpl();
		return memory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CurrentMemory createCurrentMemory() {
		CurrentMemoryImpl currentMemory = new CurrentMemoryImpl();
		return currentMemory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Vcpu createVcpu() {
		VcpuImpl vcpu = new VcpuImpl();
		return vcpu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Devices createDevices() {
		DevicesImpl devices = new DevicesImpl();
		return devices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsType createOsType() {
		OsTypeImpl osType = new OsTypeImpl();
		return osType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsFirmware createOsFirmware() {
		OsFirmwareImpl osFirmware = new OsFirmwareImpl();
		return osFirmware;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsLoader createOsLoader() {
		OsLoaderImpl osLoader = new OsLoaderImpl();
		return osLoader;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvram createOsNvram() {
		OsNvramImpl osNvram = new OsNvramImpl();
		return osNvram;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsBoot createOsBoot() {
		OsBootImpl osBoot = new OsBootImpl();
		return osBoot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsBootmenu createOsBootmenu() {
		OsBootmenuImpl osBootmenu = new OsBootmenuImpl();
		return osBootmenu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsSmbios createOsSmbios() {
		OsSmbiosImpl osSmbios = new OsSmbiosImpl();
		return osSmbios;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsBios createOsBios() {
		OsBiosImpl osBios = new OsBiosImpl();
		return osBios;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsAcpi createOsAcpi() {
		OsAcpiImpl osAcpi = new OsAcpiImpl();
		return osAcpi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsInitenv createOsInitenv() {
		OsInitenvImpl osInitenv = new OsInitenvImpl();
		return osInitenv;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Interface createInterface() {
		InterfaceImpl interface_ = new InterfaceImpl();
		return interface_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Hostdev createHostdev() {
		HostdevImpl hostdev = new HostdevImpl();
		return hostdev;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsFirmwareFeature createOsFirmwareFeature() {
		OsFirmwareFeatureImpl osFirmwareFeature = new OsFirmwareFeatureImpl();
		return osFirmwareFeature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSource createOsNvramSource() {
		OsNvramSourceImpl osNvramSource = new OsNvramSourceImpl();
		return osNvramSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsAcpiTable createOsAcpiTable() {
		OsAcpiTableImpl osAcpiTable = new OsAcpiTableImpl();
		return osAcpiTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceSource createInterfaceSource() {
		InterfaceSourceImpl interfaceSource = new InterfaceSourceImpl();
		return interfaceSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceVirtualport createInterfaceVirtualport() {
		InterfaceVirtualportImpl interfaceVirtualport = new InterfaceVirtualportImpl();
		return interfaceVirtualport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceLink createInterfaceLink() {
		InterfaceLinkImpl interfaceLink = new InterfaceLinkImpl();
		return interfaceLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceMtu createInterfaceMtu() {
		InterfaceMtuImpl interfaceMtu = new InterfaceMtuImpl();
		return interfaceMtu;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceCoalesce createInterfaceCoalesce() {
		InterfaceCoalesceImpl interfaceCoalesce = new InterfaceCoalesceImpl();
		return interfaceCoalesce;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceTarget createInterfaceTarget() {
		InterfaceTargetImpl interfaceTarget = new InterfaceTargetImpl();
		return interfaceTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceGuest createInterfaceGuest() {
		InterfaceGuestImpl interfaceGuest = new InterfaceGuestImpl();
		return interfaceGuest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceMac createInterfaceMac() {
		InterfaceMacImpl interfaceMac = new InterfaceMacImpl();
		return interfaceMac;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceIpInfo createInterfaceIpInfo() {
		InterfaceIpInfoImpl interfaceIpInfo = new InterfaceIpInfoImpl();
		return interfaceIpInfo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Route createRoute() {
		RouteImpl route = new RouteImpl();
		return route;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfacePortForward createInterfacePortForward() {
		InterfacePortForwardImpl interfacePortForward = new InterfacePortForwardImpl();
		return interfacePortForward;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceScript createInterfaceScript() {
		InterfaceScriptImpl interfaceScript = new InterfaceScriptImpl();
		return interfaceScript;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceDownscript createInterfaceDownscript() {
		InterfaceDownscriptImpl interfaceDownscript = new InterfaceDownscriptImpl();
		return interfaceDownscript;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceBackenddomain createInterfaceBackenddomain() {
		InterfaceBackenddomainImpl interfaceBackenddomain = new InterfaceBackenddomainImpl();
		return interfaceBackenddomain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceModel createInterfaceModel() {
		InterfaceModelImpl interfaceModel = new InterfaceModelImpl();
		return interfaceModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceBackend createInterfaceBackend() {
		InterfaceBackendImpl interfaceBackend = new InterfaceBackendImpl();
		return interfaceBackend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceDriver createInterfaceDriver() {
		InterfaceDriverImpl interfaceDriver = new InterfaceDriverImpl();
		return interfaceDriver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Alias createAlias() {
		AliasImpl alias = new AliasImpl();
		return alias;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Acpi createAcpi() {
		AcpiImpl acpi = new AcpiImpl();
		return acpi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Address createAddress() {
		AddressImpl address = new AddressImpl();
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceFilterref createInterfaceFilterref() {
		InterfaceFilterrefImpl interfaceFilterref = new InterfaceFilterrefImpl();
		return interfaceFilterref;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceTune createInterfaceTune() {
		InterfaceTuneImpl interfaceTune = new InterfaceTuneImpl();
		return interfaceTune;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceBoot createDeviceBoot() {
		DeviceBootImpl deviceBoot = new DeviceBootImpl();
		return deviceBoot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rom createRom() {
		RomImpl rom = new RomImpl();
		return rom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceBandwidth createInterfaceBandwidth() {
		InterfaceBandwidthImpl interfaceBandwidth = new InterfaceBandwidthImpl();
		return interfaceBandwidth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceVlan createInterfaceVlan() {
		InterfaceVlanImpl interfaceVlan = new InterfaceVlanImpl();
		return interfaceVlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfacePort createInterfacePort() {
		InterfacePortImpl interfacePort = new InterfacePortImpl();
		return interfacePort;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Teaming createTeaming() {
		TeamingImpl teaming = new TeamingImpl();
		return teaming;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostdevDriver createHostdevDriver() {
		HostdevDriverImpl hostdevDriver = new HostdevDriverImpl();
		return hostdevDriver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostdevSource createHostdevSource() {
		HostdevSourceImpl hostdevSource = new HostdevSourceImpl();
		return hostdevSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceSlices createOsNvramSourceSlices() {
		OsNvramSourceSlicesImpl osNvramSourceSlices = new OsNvramSourceSlicesImpl();
		return osNvramSourceSlices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceEncryption createOsNvramSourceEncryption() {
		OsNvramSourceEncryptionImpl osNvramSourceEncryption = new OsNvramSourceEncryptionImpl();
		return osNvramSourceEncryption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceSeclabel createOsNvramSourceSeclabel() {
		OsNvramSourceSeclabelImpl osNvramSourceSeclabel = new OsNvramSourceSeclabelImpl();
		return osNvramSourceSeclabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceReservations createOsNvramSourceReservations() {
		OsNvramSourceReservationsImpl osNvramSourceReservations = new OsNvramSourceReservationsImpl();
		return osNvramSourceReservations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceHost createOsNvramSourceHost() {
		OsNvramSourceHostImpl osNvramSourceHost = new OsNvramSourceHostImpl();
		return osNvramSourceHost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceSnapshot createOsNvramSourceSnapshot() {
		OsNvramSourceSnapshotImpl osNvramSourceSnapshot = new OsNvramSourceSnapshotImpl();
		return osNvramSourceSnapshot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceConfig createOsNvramSourceConfig() {
		OsNvramSourceConfigImpl osNvramSourceConfig = new OsNvramSourceConfigImpl();
		return osNvramSourceConfig;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiskAuth createDiskAuth() {
		DiskAuthImpl diskAuth = new DiskAuthImpl();
		return diskAuth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Initiatorinfo createInitiatorinfo() {
		InitiatorinfoImpl initiatorinfo = new InitiatorinfoImpl();
		return initiatorinfo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceCookies createOsNvramSourceCookies() {
		OsNvramSourceCookiesImpl osNvramSourceCookies = new OsNvramSourceCookiesImpl();
		return osNvramSourceCookies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceReadahead createOsNvramSourceReadahead() {
		OsNvramSourceReadaheadImpl osNvramSourceReadahead = new OsNvramSourceReadaheadImpl();
		return osNvramSourceReadahead;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceTimeout createOsNvramSourceTimeout() {
		OsNvramSourceTimeoutImpl osNvramSourceTimeout = new OsNvramSourceTimeoutImpl();
		return osNvramSourceTimeout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceSsl createOsNvramSourceSsl() {
		OsNvramSourceSslImpl osNvramSourceSsl = new OsNvramSourceSslImpl();
		return osNvramSourceSsl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceIdentity createOsNvramSourceIdentity() {
		OsNvramSourceIdentityImpl osNvramSourceIdentity = new OsNvramSourceIdentityImpl();
		return osNvramSourceIdentity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceAddress createOsNvramSourceAddress() {
		OsNvramSourceAddressImpl osNvramSourceAddress = new OsNvramSourceAddressImpl();
		return osNvramSourceAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Reconnect createReconnect() {
		ReconnectImpl reconnect = new ReconnectImpl();
		return reconnect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceSourceLocal createInterfaceSourceLocal() {
		InterfaceSourceLocalImpl interfaceSourceLocal = new InterfaceSourceLocalImpl();
		return interfaceSourceLocal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceVendor createSourceVendor() {
		SourceVendorImpl sourceVendor = new SourceVendorImpl();
		return sourceVendor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceProduct createSourceProduct() {
		SourceProductImpl sourceProduct = new SourceProductImpl();
		return sourceProduct;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceAddress createSourceAddress() {
		SourceAddressImpl sourceAddress = new SourceAddressImpl();
		return sourceAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceVirtualportParameters createInterfaceVirtualportParameters() {
		InterfaceVirtualportParametersImpl interfaceVirtualportParameters = new InterfaceVirtualportParametersImpl();
		return interfaceVirtualportParameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceCoalesceRx createInterfaceCoalesceRx() {
		InterfaceCoalesceRxImpl interfaceCoalesceRx = new InterfaceCoalesceRxImpl();
		return interfaceCoalesceRx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfacePortForwardRange createInterfacePortForwardRange() {
		InterfacePortForwardRangeImpl interfacePortForwardRange = new InterfacePortForwardRangeImpl();
		return interfacePortForwardRange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceDriverHost createInterfaceDriverHost() {
		InterfaceDriverHostImpl interfaceDriverHost = new InterfaceDriverHostImpl();
		return interfaceDriverHost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceDriverGuest createInterfaceDriverGuest() {
		InterfaceDriverGuestImpl interfaceDriverGuest = new InterfaceDriverGuestImpl();
		return interfaceDriverGuest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AddressZpci createAddressZpci() {
		AddressZpciImpl addressZpci = new AddressZpciImpl();
		return addressZpci;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceFilterrefParameter createInterfaceFilterrefParameter() {
		InterfaceFilterrefParameterImpl interfaceFilterrefParameter = new InterfaceFilterrefParameterImpl();
		return interfaceFilterrefParameter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceBandwidthInbound createInterfaceBandwidthInbound() {
		InterfaceBandwidthInboundImpl interfaceBandwidthInbound = new InterfaceBandwidthInboundImpl();
		return interfaceBandwidthInbound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceBandwidthOutbound createInterfaceBandwidthOutbound() {
		InterfaceBandwidthOutboundImpl interfaceBandwidthOutbound = new InterfaceBandwidthOutboundImpl();
		return interfaceBandwidthOutbound;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceVlanTag createInterfaceVlanTag() {
		InterfaceVlanTagImpl interfaceVlanTag = new InterfaceVlanTagImpl();
		return interfaceVlanTag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostdevSourceAdapter createHostdevSourceAdapter() {
		HostdevSourceAdapterImpl hostdevSourceAdapter = new HostdevSourceAdapterImpl();
		return hostdevSourceAdapter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostdevSourceHost createHostdevSourceHost() {
		HostdevSourceHostImpl hostdevSourceHost = new HostdevSourceHostImpl();
		return hostdevSourceHost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceSlicesSlice createOsNvramSourceSlicesSlice() {
		OsNvramSourceSlicesSliceImpl osNvramSourceSlicesSlice = new OsNvramSourceSlicesSliceImpl();
		return osNvramSourceSlicesSlice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceEncryptionSecret createOsNvramSourceEncryptionSecret() {
		OsNvramSourceEncryptionSecretImpl osNvramSourceEncryptionSecret = new OsNvramSourceEncryptionSecretImpl();
		return osNvramSourceEncryptionSecret;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceEncryptionCipher createOsNvramSourceEncryptionCipher() {
		OsNvramSourceEncryptionCipherImpl osNvramSourceEncryptionCipher = new OsNvramSourceEncryptionCipherImpl();
		return osNvramSourceEncryptionCipher;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceEncryptionIvgen createOsNvramSourceEncryptionIvgen() {
		OsNvramSourceEncryptionIvgenImpl osNvramSourceEncryptionIvgen = new OsNvramSourceEncryptionIvgenImpl();
		return osNvramSourceEncryptionIvgen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiskAuthSecret createDiskAuthSecret() {
		DiskAuthSecretImpl diskAuthSecret = new DiskAuthSecretImpl();
		return diskAuthSecret;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InitiatorinfoIqn createInitiatorinfoIqn() {
		InitiatorinfoIqnImpl initiatorinfoIqn = new InitiatorinfoIqnImpl();
		return initiatorinfoIqn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceCookiesCookie createOsNvramSourceCookiesCookie() {
		OsNvramSourceCookiesCookieImpl osNvramSourceCookiesCookie = new OsNvramSourceCookiesCookieImpl();
		return osNvramSourceCookiesCookie;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceCoalesceRxFrames createInterfaceCoalesceRxFrames() {
		InterfaceCoalesceRxFramesImpl interfaceCoalesceRxFrames = new InterfaceCoalesceRxFramesImpl();
		return interfaceCoalesceRxFrames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostdevSourceAdapterParentaddr createHostdevSourceAdapterParentaddr() {
		HostdevSourceAdapterParentaddrImpl hostdevSourceAdapterParentaddr = new HostdevSourceAdapterParentaddrImpl();
		return hostdevSourceAdapterParentaddr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostdevSourceAdapterParentaddrAddress createHostdevSourceAdapterParentaddrAddress() {
		HostdevSourceAdapterParentaddrAddressImpl hostdevSourceAdapterParentaddrAddress = new HostdevSourceAdapterParentaddrAddressImpl();
		return hostdevSourceAdapterParentaddrAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EmptyElement createEmptyElement() {
		EmptyElementImpl emptyElement = new EmptyElementImpl();
		return emptyElement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DomainType createDomainTypeFromString(EDataType eDataType, String initialValue) {
		DomainType result = DomainType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDomainTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OsFirmware2 createOsFirmware2FromString(EDataType eDataType, String initialValue) {
		OsFirmware2 result = OsFirmware2.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsFirmware2ToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VirOnOff createVirOnOffFromString(EDataType eDataType, String initialValue) {
		VirOnOff result = VirOnOff.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVirOnOffToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VcpuPlacement createVcpuPlacementFromString(EDataType eDataType, String initialValue) {
		VcpuPlacement result = VcpuPlacement.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVcpuPlacementToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OsTypeValue createOsTypeValueFromString(EDataType eDataType, String initialValue) {
		OsTypeValue result = OsTypeValue.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsTypeValueToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OsTypeArch createOsTypeArchFromString(EDataType eDataType, String initialValue) {
		OsTypeArch result = OsTypeArch.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsTypeArchToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VirYesNo createVirYesNoFromString(EDataType eDataType, String initialValue) {
		VirYesNo result = VirYesNo.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVirYesNoToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OsLoaderType createOsLoaderTypeFromString(EDataType eDataType, String initialValue) {
		OsLoaderType result = OsLoaderType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsLoaderTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OsNvramType createOsNvramTypeFromString(EDataType eDataType, String initialValue) {
		OsNvramType result = OsNvramType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsNvramTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OsBootDev createOsBootDevFromString(EDataType eDataType, String initialValue) {
		OsBootDev result = OsBootDev.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsBootDevToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OsSmbiosMode createOsSmbiosModeFromString(EDataType eDataType, String initialValue) {
		OsSmbiosMode result = OsSmbiosMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsSmbiosModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InterfaceType createInterfaceTypeFromString(EDataType eDataType, String initialValue) {
		InterfaceType result = InterfaceType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterfaceTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HostdevMode createHostdevModeFromString(EDataType eDataType, String initialValue) {
		HostdevMode result = HostdevMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHostdevModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HostdevType createHostdevTypeFromString(EDataType eDataType, String initialValue) {
		HostdevType result = HostdevType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHostdevTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HostdevSgio createHostdevSgioFromString(EDataType eDataType, String initialValue) {
		HostdevSgio result = HostdevSgio.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHostdevSgioToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HostdevModel createHostdevModelFromString(EDataType eDataType, String initialValue) {
		HostdevModel result = HostdevModel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHostdevModelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OsFirmwareFeatureName createOsFirmwareFeatureNameFromString(EDataType eDataType, String initialValue) {
		OsFirmwareFeatureName result = OsFirmwareFeatureName.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsFirmwareFeatureNameToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OsNvramSourceStartupPolicy createOsNvramSourceStartupPolicyFromString(EDataType eDataType, String initialValue) {
		OsNvramSourceStartupPolicy result = OsNvramSourceStartupPolicy.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsNvramSourceStartupPolicyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OsNvramSourceProtocol createOsNvramSourceProtocolFromString(EDataType eDataType, String initialValue) {
		OsNvramSourceProtocol result = OsNvramSourceProtocol.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsNvramSourceProtocolToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OsNvramSourceMode createOsNvramSourceModeFromString(EDataType eDataType, String initialValue) {
		OsNvramSourceMode result = OsNvramSourceMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsNvramSourceModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OsNvramSourceType createOsNvramSourceTypeFromString(EDataType eDataType, String initialValue) {
		OsNvramSourceType result = OsNvramSourceType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsNvramSourceTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OsAcpiTableType createOsAcpiTableTypeFromString(EDataType eDataType, String initialValue) {
		OsAcpiTableType result = OsAcpiTableType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsAcpiTableTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MacTableManager createMacTableManagerFromString(EDataType eDataType, String initialValue) {
		MacTableManager result = MacTableManager.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMacTableManagerToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InterfaceSourceType createInterfaceSourceTypeFromString(EDataType eDataType, String initialValue) {
		InterfaceSourceType result = InterfaceSourceType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterfaceSourceTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InterfaceVirtualportType createInterfaceVirtualportTypeFromString(EDataType eDataType, String initialValue) {
		InterfaceVirtualportType result = InterfaceVirtualportType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterfaceVirtualportTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InterfaceLinkState createInterfaceLinkStateFromString(EDataType eDataType, String initialValue) {
		InterfaceLinkState result = InterfaceLinkState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterfaceLinkStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InterfaceMacType createInterfaceMacTypeFromString(EDataType eDataType, String initialValue) {
		InterfaceMacType result = InterfaceMacType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterfaceMacTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InterfacePortForwardProto createInterfacePortForwardProtoFromString(EDataType eDataType, String initialValue) {
		InterfacePortForwardProto result = InterfacePortForwardProto.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterfacePortForwardProtoToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InterfaceBackendType createInterfaceBackendTypeFromString(EDataType eDataType, String initialValue) {
		InterfaceBackendType result = InterfaceBackendType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterfaceBackendTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InterfaceDriverName createInterfaceDriverNameFromString(EDataType eDataType, String initialValue) {
		InterfaceDriverName result = InterfaceDriverName.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterfaceDriverNameToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InterfaceDriverTxmode createInterfaceDriverTxmodeFromString(EDataType eDataType, String initialValue) {
		InterfaceDriverTxmode result = InterfaceDriverTxmode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterfaceDriverTxmodeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AddressType createAddressTypeFromString(EDataType eDataType, String initialValue) {
		AddressType result = AddressType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAddressTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InterfaceVlanTrunk createInterfaceVlanTrunkFromString(EDataType eDataType, String initialValue) {
		InterfaceVlanTrunk result = InterfaceVlanTrunk.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterfaceVlanTrunkToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TeamingType createTeamingTypeFromString(EDataType eDataType, String initialValue) {
		TeamingType result = TeamingType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTeamingTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HostdevDriverName createHostdevDriverNameFromString(EDataType eDataType, String initialValue) {
		HostdevDriverName result = HostdevDriverName.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHostdevDriverNameToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HostdevSourceStartupPolicy createHostdevSourceStartupPolicyFromString(EDataType eDataType, String initialValue) {
		HostdevSourceStartupPolicy result = HostdevSourceStartupPolicy.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHostdevSourceStartupPolicyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HostdevSourceGuestReset createHostdevSourceGuestResetFromString(EDataType eDataType, String initialValue) {
		HostdevSourceGuestReset result = HostdevSourceGuestReset.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHostdevSourceGuestResetToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HostdevSourceProtocol createHostdevSourceProtocolFromString(EDataType eDataType, String initialValue) {
		HostdevSourceProtocol result = HostdevSourceProtocol.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHostdevSourceProtocolToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OsNvramSourceEncryptionFormat createOsNvramSourceEncryptionFormatFromString(EDataType eDataType, String initialValue) {
		OsNvramSourceEncryptionFormat result = OsNvramSourceEncryptionFormat.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsNvramSourceEncryptionFormatToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OsNvramSourceEncryptionEngine createOsNvramSourceEncryptionEngineFromString(EDataType eDataType, String initialValue) {
		OsNvramSourceEncryptionEngine result = OsNvramSourceEncryptionEngine.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsNvramSourceEncryptionEngineToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OsNvramSourceSeclabelRelabel createOsNvramSourceSeclabelRelabelFromString(EDataType eDataType, String initialValue) {
		OsNvramSourceSeclabelRelabel result = OsNvramSourceSeclabelRelabel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsNvramSourceSeclabelRelabelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OsNvramSourceSeclabelLabelskip createOsNvramSourceSeclabelLabelskipFromString(EDataType eDataType, String initialValue) {
		OsNvramSourceSeclabelLabelskip result = OsNvramSourceSeclabelLabelskip.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsNvramSourceSeclabelLabelskipToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OsNvramSourceHostTransport createOsNvramSourceHostTransportFromString(EDataType eDataType, String initialValue) {
		OsNvramSourceHostTransport result = OsNvramSourceHostTransport.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsNvramSourceHostTransportToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SourceAddressType createSourceAddressTypeFromString(EDataType eDataType, String initialValue) {
		SourceAddressType result = SourceAddressType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSourceAddressTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InterfaceVlanTagNativeMode createInterfaceVlanTagNativeModeFromString(EDataType eDataType, String initialValue) {
		InterfaceVlanTagNativeMode result = InterfaceVlanTagNativeMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterfaceVlanTagNativeModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HostdevSourceAdapterType createHostdevSourceAdapterTypeFromString(EDataType eDataType, String initialValue) {
		HostdevSourceAdapterType result = HostdevSourceAdapterType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHostdevSourceAdapterTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OsNvramSourceSlicesSliceType createOsNvramSourceSlicesSliceTypeFromString(EDataType eDataType, String initialValue) {
		OsNvramSourceSlicesSliceType result = OsNvramSourceSlicesSliceType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsNvramSourceSlicesSliceTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OsNvramSourceEncryptionSecretType createOsNvramSourceEncryptionSecretTypeFromString(EDataType eDataType, String initialValue) {
		OsNvramSourceEncryptionSecretType result = OsNvramSourceEncryptionSecretType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsNvramSourceEncryptionSecretTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiskAuthSecretType createDiskAuthSecretTypeFromString(EDataType eDataType, String initialValue) {
		DiskAuthSecretType result = DiskAuthSecretType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDiskAuthSecretTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createObjectNameWithSlashFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertObjectNameWithSlashToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createUUIDFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUUIDToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Long createUnsignedIntFromString(EDataType eDataType, String initialValue) {
		return (Long)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUnsignedIntToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createAbsFilePathFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAbsFilePathToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createGenericNameFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGenericNameToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BigInteger createMemoryValueFromString(EDataType eDataType, String initialValue) {
		return (BigInteger)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMemoryValueToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createUnitFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUnitToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BigInteger createCurrentMemoryValueFromString(EDataType eDataType, String initialValue) {
		return (BigInteger)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCurrentMemoryValueToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createVcpuValueFromString(EDataType eDataType, String initialValue) {
		return (Integer)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVcpuValueToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createCpusetFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCpusetToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createCountCPUFromString(EDataType eDataType, String initialValue) {
		return (Integer)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCountCPUToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createOsTypeMachineFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsTypeMachineToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createOsLoaderValueFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsLoaderValueToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Long createUnsignedShortFromString(EDataType eDataType, String initialValue) {
		return (Long)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUnsignedShortToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createRebootTimeoutDelayFromString(EDataType eDataType, String initialValue) {
		return (Integer)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRebootTimeoutDelayToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createOsInitenvNameFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsInitenvNameToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createOsNvramSourceFileFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsNvramSourceFileToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BigInteger createPositiveIntegerFromString(EDataType eDataType, String initialValue) {
		return (BigInteger)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPositiveIntegerToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createOsNvramSourceDevFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsNvramSourceDevToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createObjectNameFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertObjectNameToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createVolNameFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVolNameToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createUint32FromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUint32ToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createOsAcpiTableValueFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsAcpiTableValueToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createInterfaceSourceBridgeFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterfaceSourceBridgeToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createDeviceNameFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeviceNameToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createInterfaceSourcePortidFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterfaceSourcePortidToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createInterfaceSourceModeFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterfaceSourceModeToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createIpv4AddrFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIpv4AddrToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createPortNumberFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPortNumberToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createUniMacAddrFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUniMacAddrToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createIpAddrFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIpAddrToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createAddrFamilyFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAddrFamilyToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createIpPrefixFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIpPrefixToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createFilePathFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFilePathToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createInterfaceModelTypeFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterfaceModelTypeToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createAliasNameFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAliasNameToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createPciDomainFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPciDomainToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createAddressBusFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAddressBusToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createAddressSlotFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAddressSlotToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createPciFuncFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPciFuncToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createDriveControllerFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDriveControllerToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createDriveTargetFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDriveTargetToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createDriveUnitFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDriveUnitToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createAddressPortFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAddressPortToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createSpaprvioRegFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSpaprvioRegToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createCcwCssidRangeFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCcwCssidRangeToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createCcwSsidRangeFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCcwSsidRangeToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createCcwDevnoRangeFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCcwDevnoRangeToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createAddressIobaseFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAddressIobaseToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createAddressIrqFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAddressIrqToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createHexuintFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHexuintToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createDeviceBootLoadparmFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDeviceBootLoadparmToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createHostdevSourceWwpnFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHostdevSourceWwpnToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createOsNvramSourceHostNameFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsNvramSourceHostNameToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createPciBusFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPciBusToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createPciSlotFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPciSlotToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createUsbIdFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUsbIdToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createSourceAddressBusFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSourceAddressBusToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createUsbAddrFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUsbAddrToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createDriveSCSITargetFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDriveSCSITargetToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createDriveSCSIUnitFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDriveSCSIUnitToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createUint8FromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUint8ToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createUint24FromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUint24ToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createUint16FromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertUint16ToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createFilterParamNameFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFilterParamNameToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createFilterParamValueFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFilterParamValueToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Long createSpeedFromString(EDataType eDataType, String initialValue) {
		return (Long)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSpeedToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Long createBurstSizeFromString(EDataType eDataType, String initialValue) {
		return (Long)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBurstSizeToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Long createInterfaceVlanTagIdFromString(EDataType eDataType, String initialValue) {
		return (Long)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInterfaceVlanTagIdToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createWwnFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWwnToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createOsNvramSourceCookiesCookieValueFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsNvramSourceCookiesCookieValueToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String createOsNvramSourceCookiesCookieNameFromString(EDataType eDataType, String initialValue) {
		return (String)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOsNvramSourceCookiesCookieNameToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DomainPackage getDomainPackage() {
		return (DomainPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static DomainPackage getPackage() {
		return DomainPackage.eINSTANCE;
	}

} //DomainFactoryImpl
