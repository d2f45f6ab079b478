/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.vdevstudio.model.domain.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.vdevstudio.model.domain.DomainPackage
 * @generated
 */
public class DomainSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static DomainPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DomainSwitch() {
		if (modelPackage == null) {
			modelPackage = DomainPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case DomainPackage.DOCUMENT_ROOT: {
				DocumentRoot documentRoot = (DocumentRoot)theEObject;
				T result = caseDocumentRoot(documentRoot);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.DOMAIN: {
				Domain domain = (Domain)theEObject;
				T result = caseDomain(domain);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS: {
				Os os = (Os)theEObject;
				T result = caseOs(os);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.MEMORY: {
				Memory memory = (Memory)theEObject;
				T result = caseMemory(memory);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.CURRENT_MEMORY: {
				CurrentMemory currentMemory = (CurrentMemory)theEObject;
				T result = caseCurrentMemory(currentMemory);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.VCPU: {
				Vcpu vcpu = (Vcpu)theEObject;
				T result = caseVcpu(vcpu);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.DEVICES: {
				Devices devices = (Devices)theEObject;
				T result = caseDevices(devices);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_TYPE: {
				OsType osType = (OsType)theEObject;
				T result = caseOsType(osType);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_FIRMWARE: {
				OsFirmware osFirmware = (OsFirmware)theEObject;
				T result = caseOsFirmware(osFirmware);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_LOADER: {
				OsLoader osLoader = (OsLoader)theEObject;
				T result = caseOsLoader(osLoader);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_NVRAM: {
				OsNvram osNvram = (OsNvram)theEObject;
				T result = caseOsNvram(osNvram);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_BOOT: {
				OsBoot osBoot = (OsBoot)theEObject;
				T result = caseOsBoot(osBoot);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_BOOTMENU: {
				OsBootmenu osBootmenu = (OsBootmenu)theEObject;
				T result = caseOsBootmenu(osBootmenu);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_SMBIOS: {
				OsSmbios osSmbios = (OsSmbios)theEObject;
				T result = caseOsSmbios(osSmbios);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_BIOS: {
				OsBios osBios = (OsBios)theEObject;
				T result = caseOsBios(osBios);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_ACPI: {
				OsAcpi osAcpi = (OsAcpi)theEObject;
				T result = caseOsAcpi(osAcpi);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_INITENV: {
				OsInitenv osInitenv = (OsInitenv)theEObject;
				T result = caseOsInitenv(osInitenv);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE: {
				Interface interface_ = (Interface)theEObject;
				T result = caseInterface(interface_);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.HOSTDEV: {
				Hostdev hostdev = (Hostdev)theEObject;
				T result = caseHostdev(hostdev);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_FIRMWARE_FEATURE: {
				OsFirmwareFeature osFirmwareFeature = (OsFirmwareFeature)theEObject;
				T result = caseOsFirmwareFeature(osFirmwareFeature);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_NVRAM_SOURCE: {
				OsNvramSource osNvramSource = (OsNvramSource)theEObject;
				T result = caseOsNvramSource(osNvramSource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_ACPI_TABLE: {
				OsAcpiTable osAcpiTable = (OsAcpiTable)theEObject;
				T result = caseOsAcpiTable(osAcpiTable);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_SOURCE: {
				InterfaceSource interfaceSource = (InterfaceSource)theEObject;
				T result = caseInterfaceSource(interfaceSource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_VIRTUALPORT: {
				InterfaceVirtualport interfaceVirtualport = (InterfaceVirtualport)theEObject;
				T result = caseInterfaceVirtualport(interfaceVirtualport);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_LINK: {
				InterfaceLink interfaceLink = (InterfaceLink)theEObject;
				T result = caseInterfaceLink(interfaceLink);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_MTU: {
				InterfaceMtu interfaceMtu = (InterfaceMtu)theEObject;
				T result = caseInterfaceMtu(interfaceMtu);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_COALESCE: {
				InterfaceCoalesce interfaceCoalesce = (InterfaceCoalesce)theEObject;
				T result = caseInterfaceCoalesce(interfaceCoalesce);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_TARGET: {
				InterfaceTarget interfaceTarget = (InterfaceTarget)theEObject;
				T result = caseInterfaceTarget(interfaceTarget);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_GUEST: {
				InterfaceGuest interfaceGuest = (InterfaceGuest)theEObject;
				T result = caseInterfaceGuest(interfaceGuest);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_MAC: {
				InterfaceMac interfaceMac = (InterfaceMac)theEObject;
				T result = caseInterfaceMac(interfaceMac);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_IP_INFO: {
				InterfaceIpInfo interfaceIpInfo = (InterfaceIpInfo)theEObject;
				T result = caseInterfaceIpInfo(interfaceIpInfo);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.ROUTE: {
				Route route = (Route)theEObject;
				T result = caseRoute(route);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_PORT_FORWARD: {
				InterfacePortForward interfacePortForward = (InterfacePortForward)theEObject;
				T result = caseInterfacePortForward(interfacePortForward);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_SCRIPT: {
				InterfaceScript interfaceScript = (InterfaceScript)theEObject;
				T result = caseInterfaceScript(interfaceScript);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_DOWNSCRIPT: {
				InterfaceDownscript interfaceDownscript = (InterfaceDownscript)theEObject;
				T result = caseInterfaceDownscript(interfaceDownscript);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_BACKENDDOMAIN: {
				InterfaceBackenddomain interfaceBackenddomain = (InterfaceBackenddomain)theEObject;
				T result = caseInterfaceBackenddomain(interfaceBackenddomain);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_MODEL: {
				InterfaceModel interfaceModel = (InterfaceModel)theEObject;
				T result = caseInterfaceModel(interfaceModel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_BACKEND: {
				InterfaceBackend interfaceBackend = (InterfaceBackend)theEObject;
				T result = caseInterfaceBackend(interfaceBackend);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_DRIVER: {
				InterfaceDriver interfaceDriver = (InterfaceDriver)theEObject;
				T result = caseInterfaceDriver(interfaceDriver);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.ALIAS: {
				Alias alias = (Alias)theEObject;
				T result = caseAlias(alias);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.ACPI: {
				Acpi acpi = (Acpi)theEObject;
				T result = caseAcpi(acpi);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.ADDRESS: {
				Address address = (Address)theEObject;
				T result = caseAddress(address);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_FILTERREF: {
				InterfaceFilterref interfaceFilterref = (InterfaceFilterref)theEObject;
				T result = caseInterfaceFilterref(interfaceFilterref);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_TUNE: {
				InterfaceTune interfaceTune = (InterfaceTune)theEObject;
				T result = caseInterfaceTune(interfaceTune);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.DEVICE_BOOT: {
				DeviceBoot deviceBoot = (DeviceBoot)theEObject;
				T result = caseDeviceBoot(deviceBoot);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.ROM: {
				Rom rom = (Rom)theEObject;
				T result = caseRom(rom);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_BANDWIDTH: {
				InterfaceBandwidth interfaceBandwidth = (InterfaceBandwidth)theEObject;
				T result = caseInterfaceBandwidth(interfaceBandwidth);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_VLAN: {
				InterfaceVlan interfaceVlan = (InterfaceVlan)theEObject;
				T result = caseInterfaceVlan(interfaceVlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_PORT: {
				InterfacePort interfacePort = (InterfacePort)theEObject;
				T result = caseInterfacePort(interfacePort);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.TEAMING: {
				Teaming teaming = (Teaming)theEObject;
				T result = caseTeaming(teaming);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.HOSTDEV_DRIVER: {
				HostdevDriver hostdevDriver = (HostdevDriver)theEObject;
				T result = caseHostdevDriver(hostdevDriver);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.HOSTDEV_SOURCE: {
				HostdevSource hostdevSource = (HostdevSource)theEObject;
				T result = caseHostdevSource(hostdevSource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_NVRAM_SOURCE_SLICES: {
				OsNvramSourceSlices osNvramSourceSlices = (OsNvramSourceSlices)theEObject;
				T result = caseOsNvramSourceSlices(osNvramSourceSlices);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION: {
				OsNvramSourceEncryption osNvramSourceEncryption = (OsNvramSourceEncryption)theEObject;
				T result = caseOsNvramSourceEncryption(osNvramSourceEncryption);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL: {
				OsNvramSourceSeclabel osNvramSourceSeclabel = (OsNvramSourceSeclabel)theEObject;
				T result = caseOsNvramSourceSeclabel(osNvramSourceSeclabel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_NVRAM_SOURCE_RESERVATIONS: {
				OsNvramSourceReservations osNvramSourceReservations = (OsNvramSourceReservations)theEObject;
				T result = caseOsNvramSourceReservations(osNvramSourceReservations);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_NVRAM_SOURCE_HOST: {
				OsNvramSourceHost osNvramSourceHost = (OsNvramSourceHost)theEObject;
				T result = caseOsNvramSourceHost(osNvramSourceHost);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_NVRAM_SOURCE_SNAPSHOT: {
				OsNvramSourceSnapshot osNvramSourceSnapshot = (OsNvramSourceSnapshot)theEObject;
				T result = caseOsNvramSourceSnapshot(osNvramSourceSnapshot);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_NVRAM_SOURCE_CONFIG: {
				OsNvramSourceConfig osNvramSourceConfig = (OsNvramSourceConfig)theEObject;
				T result = caseOsNvramSourceConfig(osNvramSourceConfig);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.DISK_AUTH: {
				DiskAuth diskAuth = (DiskAuth)theEObject;
				T result = caseDiskAuth(diskAuth);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INITIATORINFO: {
				Initiatorinfo initiatorinfo = (Initiatorinfo)theEObject;
				T result = caseInitiatorinfo(initiatorinfo);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_NVRAM_SOURCE_COOKIES: {
				OsNvramSourceCookies osNvramSourceCookies = (OsNvramSourceCookies)theEObject;
				T result = caseOsNvramSourceCookies(osNvramSourceCookies);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_NVRAM_SOURCE_READAHEAD: {
				OsNvramSourceReadahead osNvramSourceReadahead = (OsNvramSourceReadahead)theEObject;
				T result = caseOsNvramSourceReadahead(osNvramSourceReadahead);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_NVRAM_SOURCE_TIMEOUT: {
				OsNvramSourceTimeout osNvramSourceTimeout = (OsNvramSourceTimeout)theEObject;
				T result = caseOsNvramSourceTimeout(osNvramSourceTimeout);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_NVRAM_SOURCE_SSL: {
				OsNvramSourceSsl osNvramSourceSsl = (OsNvramSourceSsl)theEObject;
				T result = caseOsNvramSourceSsl(osNvramSourceSsl);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_NVRAM_SOURCE_IDENTITY: {
				OsNvramSourceIdentity osNvramSourceIdentity = (OsNvramSourceIdentity)theEObject;
				T result = caseOsNvramSourceIdentity(osNvramSourceIdentity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS: {
				OsNvramSourceAddress osNvramSourceAddress = (OsNvramSourceAddress)theEObject;
				T result = caseOsNvramSourceAddress(osNvramSourceAddress);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.RECONNECT: {
				Reconnect reconnect = (Reconnect)theEObject;
				T result = caseReconnect(reconnect);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_SOURCE_LOCAL: {
				InterfaceSourceLocal interfaceSourceLocal = (InterfaceSourceLocal)theEObject;
				T result = caseInterfaceSourceLocal(interfaceSourceLocal);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.SOURCE_VENDOR: {
				SourceVendor sourceVendor = (SourceVendor)theEObject;
				T result = caseSourceVendor(sourceVendor);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.SOURCE_PRODUCT: {
				SourceProduct sourceProduct = (SourceProduct)theEObject;
				T result = caseSourceProduct(sourceProduct);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.SOURCE_ADDRESS: {
				SourceAddress sourceAddress = (SourceAddress)theEObject;
				T result = caseSourceAddress(sourceAddress);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS: {
				InterfaceVirtualportParameters interfaceVirtualportParameters = (InterfaceVirtualportParameters)theEObject;
				T result = caseInterfaceVirtualportParameters(interfaceVirtualportParameters);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_COALESCE_RX: {
				InterfaceCoalesceRx interfaceCoalesceRx = (InterfaceCoalesceRx)theEObject;
				T result = caseInterfaceCoalesceRx(interfaceCoalesceRx);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE: {
				InterfacePortForwardRange interfacePortForwardRange = (InterfacePortForwardRange)theEObject;
				T result = caseInterfacePortForwardRange(interfacePortForwardRange);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_DRIVER_HOST: {
				InterfaceDriverHost interfaceDriverHost = (InterfaceDriverHost)theEObject;
				T result = caseInterfaceDriverHost(interfaceDriverHost);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_DRIVER_GUEST: {
				InterfaceDriverGuest interfaceDriverGuest = (InterfaceDriverGuest)theEObject;
				T result = caseInterfaceDriverGuest(interfaceDriverGuest);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.ADDRESS_ZPCI: {
				AddressZpci addressZpci = (AddressZpci)theEObject;
				T result = caseAddressZpci(addressZpci);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_FILTERREF_PARAMETER: {
				InterfaceFilterrefParameter interfaceFilterrefParameter = (InterfaceFilterrefParameter)theEObject;
				T result = caseInterfaceFilterrefParameter(interfaceFilterrefParameter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND: {
				InterfaceBandwidthInbound interfaceBandwidthInbound = (InterfaceBandwidthInbound)theEObject;
				T result = caseInterfaceBandwidthInbound(interfaceBandwidthInbound);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_BANDWIDTH_OUTBOUND: {
				InterfaceBandwidthOutbound interfaceBandwidthOutbound = (InterfaceBandwidthOutbound)theEObject;
				T result = caseInterfaceBandwidthOutbound(interfaceBandwidthOutbound);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_VLAN_TAG: {
				InterfaceVlanTag interfaceVlanTag = (InterfaceVlanTag)theEObject;
				T result = caseInterfaceVlanTag(interfaceVlanTag);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER: {
				HostdevSourceAdapter hostdevSourceAdapter = (HostdevSourceAdapter)theEObject;
				T result = caseHostdevSourceAdapter(hostdevSourceAdapter);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.HOSTDEV_SOURCE_HOST: {
				HostdevSourceHost hostdevSourceHost = (HostdevSourceHost)theEObject;
				T result = caseHostdevSourceHost(hostdevSourceHost);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_NVRAM_SOURCE_SLICES_SLICE: {
				OsNvramSourceSlicesSlice osNvramSourceSlicesSlice = (OsNvramSourceSlicesSlice)theEObject;
				T result = caseOsNvramSourceSlicesSlice(osNvramSourceSlicesSlice);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION_SECRET: {
				OsNvramSourceEncryptionSecret osNvramSourceEncryptionSecret = (OsNvramSourceEncryptionSecret)theEObject;
				T result = caseOsNvramSourceEncryptionSecret(osNvramSourceEncryptionSecret);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION_CIPHER: {
				OsNvramSourceEncryptionCipher osNvramSourceEncryptionCipher = (OsNvramSourceEncryptionCipher)theEObject;
				T result = caseOsNvramSourceEncryptionCipher(osNvramSourceEncryptionCipher);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION_IVGEN: {
				OsNvramSourceEncryptionIvgen osNvramSourceEncryptionIvgen = (OsNvramSourceEncryptionIvgen)theEObject;
				T result = caseOsNvramSourceEncryptionIvgen(osNvramSourceEncryptionIvgen);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.DISK_AUTH_SECRET: {
				DiskAuthSecret diskAuthSecret = (DiskAuthSecret)theEObject;
				T result = caseDiskAuthSecret(diskAuthSecret);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INITIATORINFO_IQN: {
				InitiatorinfoIqn initiatorinfoIqn = (InitiatorinfoIqn)theEObject;
				T result = caseInitiatorinfoIqn(initiatorinfoIqn);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.OS_NVRAM_SOURCE_COOKIES_COOKIE: {
				OsNvramSourceCookiesCookie osNvramSourceCookiesCookie = (OsNvramSourceCookiesCookie)theEObject;
				T result = caseOsNvramSourceCookiesCookie(osNvramSourceCookiesCookie);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.INTERFACE_COALESCE_RX_FRAMES: {
				InterfaceCoalesceRxFrames interfaceCoalesceRxFrames = (InterfaceCoalesceRxFrames)theEObject;
				T result = caseInterfaceCoalesceRxFrames(interfaceCoalesceRxFrames);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR: {
				HostdevSourceAdapterParentaddr hostdevSourceAdapterParentaddr = (HostdevSourceAdapterParentaddr)theEObject;
				T result = caseHostdevSourceAdapterParentaddr(hostdevSourceAdapterParentaddr);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS: {
				HostdevSourceAdapterParentaddrAddress hostdevSourceAdapterParentaddrAddress = (HostdevSourceAdapterParentaddrAddress)theEObject;
				T result = caseHostdevSourceAdapterParentaddrAddress(hostdevSourceAdapterParentaddrAddress);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case DomainPackage.EMPTY_ELEMENT: {
				EmptyElement emptyElement = (EmptyElement)theEObject;
				T result = caseEmptyElement(emptyElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Document Root</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Document Root</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDocumentRoot(DocumentRoot object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Domain</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Domain</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDomain(Domain object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOs(Os object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Memory</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Memory</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMemory(Memory object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Current Memory</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Current Memory</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCurrentMemory(CurrentMemory object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Vcpu</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Vcpu</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseVcpu(Vcpu object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Devices</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Devices</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDevices(Devices object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Type</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Type</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsType(OsType object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Firmware</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Firmware</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsFirmware(OsFirmware object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Loader</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Loader</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsLoader(OsLoader object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Nvram</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Nvram</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsNvram(OsNvram object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Boot</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Boot</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsBoot(OsBoot object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Bootmenu</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Bootmenu</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsBootmenu(OsBootmenu object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Smbios</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Smbios</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsSmbios(OsSmbios object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Bios</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Bios</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsBios(OsBios object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Acpi</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Acpi</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsAcpi(OsAcpi object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Initenv</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Initenv</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsInitenv(OsInitenv object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterface(Interface object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Hostdev</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Hostdev</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHostdev(Hostdev object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Firmware Feature</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Firmware Feature</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsFirmwareFeature(OsFirmwareFeature object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Nvram Source</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Nvram Source</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsNvramSource(OsNvramSource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Acpi Table</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Acpi Table</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsAcpiTable(OsAcpiTable object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Source</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Source</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceSource(InterfaceSource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Virtualport</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Virtualport</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceVirtualport(InterfaceVirtualport object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Link</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Link</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceLink(InterfaceLink object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Mtu</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Mtu</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceMtu(InterfaceMtu object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Coalesce</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Coalesce</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceCoalesce(InterfaceCoalesce object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Target</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Target</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceTarget(InterfaceTarget object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Guest</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Guest</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceGuest(InterfaceGuest object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Mac</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Mac</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceMac(InterfaceMac object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Ip Info</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Ip Info</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceIpInfo(InterfaceIpInfo object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Route</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Route</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRoute(Route object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Port Forward</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Port Forward</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfacePortForward(InterfacePortForward object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Script</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Script</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceScript(InterfaceScript object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Downscript</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Downscript</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceDownscript(InterfaceDownscript object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Backenddomain</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Backenddomain</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceBackenddomain(InterfaceBackenddomain object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Model</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Model</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceModel(InterfaceModel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Backend</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Backend</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceBackend(InterfaceBackend object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Driver</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Driver</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceDriver(InterfaceDriver object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Alias</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Alias</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAlias(Alias object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Acpi</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Acpi</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAcpi(Acpi object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Address</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Address</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAddress(Address object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Filterref</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Filterref</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceFilterref(InterfaceFilterref object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Tune</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Tune</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceTune(InterfaceTune object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Device Boot</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Device Boot</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDeviceBoot(DeviceBoot object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rom</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rom</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRom(Rom object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Bandwidth</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Bandwidth</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceBandwidth(InterfaceBandwidth object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Vlan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Vlan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceVlan(InterfaceVlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Port</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Port</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfacePort(InterfacePort object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Teaming</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Teaming</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTeaming(Teaming object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Hostdev Driver</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Hostdev Driver</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHostdevDriver(HostdevDriver object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Hostdev Source</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Hostdev Source</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHostdevSource(HostdevSource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Nvram Source Slices</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Nvram Source Slices</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsNvramSourceSlices(OsNvramSourceSlices object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Nvram Source Encryption</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Nvram Source Encryption</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsNvramSourceEncryption(OsNvramSourceEncryption object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Nvram Source Seclabel</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Nvram Source Seclabel</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsNvramSourceSeclabel(OsNvramSourceSeclabel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Nvram Source Reservations</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Nvram Source Reservations</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsNvramSourceReservations(OsNvramSourceReservations object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Nvram Source Host</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Nvram Source Host</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsNvramSourceHost(OsNvramSourceHost object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Nvram Source Snapshot</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Nvram Source Snapshot</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsNvramSourceSnapshot(OsNvramSourceSnapshot object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Nvram Source Config</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Nvram Source Config</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsNvramSourceConfig(OsNvramSourceConfig object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Disk Auth</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Disk Auth</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiskAuth(DiskAuth object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Initiatorinfo</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Initiatorinfo</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInitiatorinfo(Initiatorinfo object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Nvram Source Cookies</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Nvram Source Cookies</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsNvramSourceCookies(OsNvramSourceCookies object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Nvram Source Readahead</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Nvram Source Readahead</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsNvramSourceReadahead(OsNvramSourceReadahead object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Nvram Source Timeout</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Nvram Source Timeout</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsNvramSourceTimeout(OsNvramSourceTimeout object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Nvram Source Ssl</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Nvram Source Ssl</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsNvramSourceSsl(OsNvramSourceSsl object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Nvram Source Identity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Nvram Source Identity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsNvramSourceIdentity(OsNvramSourceIdentity object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Nvram Source Address</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Nvram Source Address</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsNvramSourceAddress(OsNvramSourceAddress object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reconnect</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reconnect</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReconnect(Reconnect object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Source Local</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Source Local</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceSourceLocal(InterfaceSourceLocal object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Source Vendor</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Source Vendor</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSourceVendor(SourceVendor object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Source Product</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Source Product</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSourceProduct(SourceProduct object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Source Address</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Source Address</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSourceAddress(SourceAddress object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Virtualport Parameters</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Virtualport Parameters</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceVirtualportParameters(InterfaceVirtualportParameters object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Coalesce Rx</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Coalesce Rx</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceCoalesceRx(InterfaceCoalesceRx object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Port Forward Range</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Port Forward Range</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfacePortForwardRange(InterfacePortForwardRange object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Driver Host</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Driver Host</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceDriverHost(InterfaceDriverHost object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Driver Guest</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Driver Guest</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceDriverGuest(InterfaceDriverGuest object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Address Zpci</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Address Zpci</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAddressZpci(AddressZpci object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Filterref Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Filterref Parameter</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceFilterrefParameter(InterfaceFilterrefParameter object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Bandwidth Inbound</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Bandwidth Inbound</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceBandwidthInbound(InterfaceBandwidthInbound object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Bandwidth Outbound</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Bandwidth Outbound</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceBandwidthOutbound(InterfaceBandwidthOutbound object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Vlan Tag</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Vlan Tag</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceVlanTag(InterfaceVlanTag object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Hostdev Source Adapter</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Hostdev Source Adapter</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHostdevSourceAdapter(HostdevSourceAdapter object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Hostdev Source Host</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Hostdev Source Host</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHostdevSourceHost(HostdevSourceHost object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Nvram Source Slices Slice</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Nvram Source Slices Slice</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsNvramSourceSlicesSlice(OsNvramSourceSlicesSlice object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Nvram Source Encryption Secret</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Nvram Source Encryption Secret</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsNvramSourceEncryptionSecret(OsNvramSourceEncryptionSecret object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Nvram Source Encryption Cipher</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Nvram Source Encryption Cipher</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsNvramSourceEncryptionCipher(OsNvramSourceEncryptionCipher object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Nvram Source Encryption Ivgen</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Nvram Source Encryption Ivgen</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsNvramSourceEncryptionIvgen(OsNvramSourceEncryptionIvgen object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Disk Auth Secret</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Disk Auth Secret</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiskAuthSecret(DiskAuthSecret object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Initiatorinfo Iqn</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Initiatorinfo Iqn</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInitiatorinfoIqn(InitiatorinfoIqn object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Os Nvram Source Cookies Cookie</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Os Nvram Source Cookies Cookie</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOsNvramSourceCookiesCookie(OsNvramSourceCookiesCookie object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Interface Coalesce Rx Frames</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Interface Coalesce Rx Frames</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInterfaceCoalesceRxFrames(InterfaceCoalesceRxFrames object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Hostdev Source Adapter Parentaddr</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Hostdev Source Adapter Parentaddr</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHostdevSourceAdapterParentaddr(HostdevSourceAdapterParentaddr object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Hostdev Source Adapter Parentaddr Address</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Hostdev Source Adapter Parentaddr Address</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseHostdevSourceAdapterParentaddrAddress(HostdevSourceAdapterParentaddrAddress object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Empty Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Empty Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEmptyElement(EmptyElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //DomainSwitch
