/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.vdevstudio.model.domain.DomainPackage
 * @generated
 */
public interface DomainFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DomainFactory eINSTANCE = org.vdevstudio.model.domain.impl.DomainFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Document Root</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Document Root</em>'.
	 * @generated
	 */
	DocumentRoot createDocumentRoot();

	/**
	 * Returns a new object of class '<em>Domain</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Domain</em>'.
	 * @generated
	 */
	Domain createDomain();

	/**
	 * Returns a new object of class '<em>Os</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os</em>'.
	 * @generated
	 */
	Os createOs();

	/**
	 * Returns a new object of class '<em>Memory</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Memory</em>'.
	 * @generated
	 */
	Memory createMemory();

	/**
	 * Returns a new object of class '<em>Current Memory</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Current Memory</em>'.
	 * @generated
	 */
	CurrentMemory createCurrentMemory();

	/**
	 * Returns a new object of class '<em>Vcpu</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Vcpu</em>'.
	 * @generated
	 */
	Vcpu createVcpu();

	/**
	 * Returns a new object of class '<em>Devices</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Devices</em>'.
	 * @generated
	 */
	Devices createDevices();

	/**
	 * Returns a new object of class '<em>Os Type</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Type</em>'.
	 * @generated
	 */
	OsType createOsType();

	/**
	 * Returns a new object of class '<em>Os Firmware</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Firmware</em>'.
	 * @generated
	 */
	OsFirmware createOsFirmware();

	/**
	 * Returns a new object of class '<em>Os Loader</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Loader</em>'.
	 * @generated
	 */
	OsLoader createOsLoader();

	/**
	 * Returns a new object of class '<em>Os Nvram</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Nvram</em>'.
	 * @generated
	 */
	OsNvram createOsNvram();

	/**
	 * Returns a new object of class '<em>Os Boot</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Boot</em>'.
	 * @generated
	 */
	OsBoot createOsBoot();

	/**
	 * Returns a new object of class '<em>Os Bootmenu</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Bootmenu</em>'.
	 * @generated
	 */
	OsBootmenu createOsBootmenu();

	/**
	 * Returns a new object of class '<em>Os Smbios</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Smbios</em>'.
	 * @generated
	 */
	OsSmbios createOsSmbios();

	/**
	 * Returns a new object of class '<em>Os Bios</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Bios</em>'.
	 * @generated
	 */
	OsBios createOsBios();

	/**
	 * Returns a new object of class '<em>Os Acpi</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Acpi</em>'.
	 * @generated
	 */
	OsAcpi createOsAcpi();

	/**
	 * Returns a new object of class '<em>Os Initenv</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Initenv</em>'.
	 * @generated
	 */
	OsInitenv createOsInitenv();

	/**
	 * Returns a new object of class '<em>Interface</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface</em>'.
	 * @generated
	 */
	Interface createInterface();

	/**
	 * Returns a new object of class '<em>Hostdev</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Hostdev</em>'.
	 * @generated
	 */
	Hostdev createHostdev();

	/**
	 * Returns a new object of class '<em>Os Firmware Feature</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Firmware Feature</em>'.
	 * @generated
	 */
	OsFirmwareFeature createOsFirmwareFeature();

	/**
	 * Returns a new object of class '<em>Os Nvram Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Nvram Source</em>'.
	 * @generated
	 */
	OsNvramSource createOsNvramSource();

	/**
	 * Returns a new object of class '<em>Os Acpi Table</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Acpi Table</em>'.
	 * @generated
	 */
	OsAcpiTable createOsAcpiTable();

	/**
	 * Returns a new object of class '<em>Interface Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Source</em>'.
	 * @generated
	 */
	InterfaceSource createInterfaceSource();

	/**
	 * Returns a new object of class '<em>Interface Virtualport</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Virtualport</em>'.
	 * @generated
	 */
	InterfaceVirtualport createInterfaceVirtualport();

	/**
	 * Returns a new object of class '<em>Interface Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Link</em>'.
	 * @generated
	 */
	InterfaceLink createInterfaceLink();

	/**
	 * Returns a new object of class '<em>Interface Mtu</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Mtu</em>'.
	 * @generated
	 */
	InterfaceMtu createInterfaceMtu();

	/**
	 * Returns a new object of class '<em>Interface Coalesce</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Coalesce</em>'.
	 * @generated
	 */
	InterfaceCoalesce createInterfaceCoalesce();

	/**
	 * Returns a new object of class '<em>Interface Target</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Target</em>'.
	 * @generated
	 */
	InterfaceTarget createInterfaceTarget();

	/**
	 * Returns a new object of class '<em>Interface Guest</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Guest</em>'.
	 * @generated
	 */
	InterfaceGuest createInterfaceGuest();

	/**
	 * Returns a new object of class '<em>Interface Mac</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Mac</em>'.
	 * @generated
	 */
	InterfaceMac createInterfaceMac();

	/**
	 * Returns a new object of class '<em>Interface Ip Info</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Ip Info</em>'.
	 * @generated
	 */
	InterfaceIpInfo createInterfaceIpInfo();

	/**
	 * Returns a new object of class '<em>Route</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Route</em>'.
	 * @generated
	 */
	Route createRoute();

	/**
	 * Returns a new object of class '<em>Interface Port Forward</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Port Forward</em>'.
	 * @generated
	 */
	InterfacePortForward createInterfacePortForward();

	/**
	 * Returns a new object of class '<em>Interface Script</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Script</em>'.
	 * @generated
	 */
	InterfaceScript createInterfaceScript();

	/**
	 * Returns a new object of class '<em>Interface Downscript</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Downscript</em>'.
	 * @generated
	 */
	InterfaceDownscript createInterfaceDownscript();

	/**
	 * Returns a new object of class '<em>Interface Backenddomain</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Backenddomain</em>'.
	 * @generated
	 */
	InterfaceBackenddomain createInterfaceBackenddomain();

	/**
	 * Returns a new object of class '<em>Interface Model</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Model</em>'.
	 * @generated
	 */
	InterfaceModel createInterfaceModel();

	/**
	 * Returns a new object of class '<em>Interface Backend</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Backend</em>'.
	 * @generated
	 */
	InterfaceBackend createInterfaceBackend();

	/**
	 * Returns a new object of class '<em>Interface Driver</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Driver</em>'.
	 * @generated
	 */
	InterfaceDriver createInterfaceDriver();

	/**
	 * Returns a new object of class '<em>Alias</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Alias</em>'.
	 * @generated
	 */
	Alias createAlias();

	/**
	 * Returns a new object of class '<em>Acpi</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Acpi</em>'.
	 * @generated
	 */
	Acpi createAcpi();

	/**
	 * Returns a new object of class '<em>Address</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Address</em>'.
	 * @generated
	 */
	Address createAddress();

	/**
	 * Returns a new object of class '<em>Interface Filterref</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Filterref</em>'.
	 * @generated
	 */
	InterfaceFilterref createInterfaceFilterref();

	/**
	 * Returns a new object of class '<em>Interface Tune</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Tune</em>'.
	 * @generated
	 */
	InterfaceTune createInterfaceTune();

	/**
	 * Returns a new object of class '<em>Device Boot</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Device Boot</em>'.
	 * @generated
	 */
	DeviceBoot createDeviceBoot();

	/**
	 * Returns a new object of class '<em>Rom</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rom</em>'.
	 * @generated
	 */
	Rom createRom();

	/**
	 * Returns a new object of class '<em>Interface Bandwidth</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Bandwidth</em>'.
	 * @generated
	 */
	InterfaceBandwidth createInterfaceBandwidth();

	/**
	 * Returns a new object of class '<em>Interface Vlan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Vlan</em>'.
	 * @generated
	 */
	InterfaceVlan createInterfaceVlan();

	/**
	 * Returns a new object of class '<em>Interface Port</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Port</em>'.
	 * @generated
	 */
	InterfacePort createInterfacePort();

	/**
	 * Returns a new object of class '<em>Teaming</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Teaming</em>'.
	 * @generated
	 */
	Teaming createTeaming();

	/**
	 * Returns a new object of class '<em>Hostdev Driver</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Hostdev Driver</em>'.
	 * @generated
	 */
	HostdevDriver createHostdevDriver();

	/**
	 * Returns a new object of class '<em>Hostdev Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Hostdev Source</em>'.
	 * @generated
	 */
	HostdevSource createHostdevSource();

	/**
	 * Returns a new object of class '<em>Os Nvram Source Slices</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Nvram Source Slices</em>'.
	 * @generated
	 */
	OsNvramSourceSlices createOsNvramSourceSlices();

	/**
	 * Returns a new object of class '<em>Os Nvram Source Encryption</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Nvram Source Encryption</em>'.
	 * @generated
	 */
	OsNvramSourceEncryption createOsNvramSourceEncryption();

	/**
	 * Returns a new object of class '<em>Os Nvram Source Seclabel</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Nvram Source Seclabel</em>'.
	 * @generated
	 */
	OsNvramSourceSeclabel createOsNvramSourceSeclabel();

	/**
	 * Returns a new object of class '<em>Os Nvram Source Reservations</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Nvram Source Reservations</em>'.
	 * @generated
	 */
	OsNvramSourceReservations createOsNvramSourceReservations();

	/**
	 * Returns a new object of class '<em>Os Nvram Source Host</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Nvram Source Host</em>'.
	 * @generated
	 */
	OsNvramSourceHost createOsNvramSourceHost();

	/**
	 * Returns a new object of class '<em>Os Nvram Source Snapshot</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Nvram Source Snapshot</em>'.
	 * @generated
	 */
	OsNvramSourceSnapshot createOsNvramSourceSnapshot();

	/**
	 * Returns a new object of class '<em>Os Nvram Source Config</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Nvram Source Config</em>'.
	 * @generated
	 */
	OsNvramSourceConfig createOsNvramSourceConfig();

	/**
	 * Returns a new object of class '<em>Disk Auth</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Disk Auth</em>'.
	 * @generated
	 */
	DiskAuth createDiskAuth();

	/**
	 * Returns a new object of class '<em>Initiatorinfo</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Initiatorinfo</em>'.
	 * @generated
	 */
	Initiatorinfo createInitiatorinfo();

	/**
	 * Returns a new object of class '<em>Os Nvram Source Cookies</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Nvram Source Cookies</em>'.
	 * @generated
	 */
	OsNvramSourceCookies createOsNvramSourceCookies();

	/**
	 * Returns a new object of class '<em>Os Nvram Source Readahead</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Nvram Source Readahead</em>'.
	 * @generated
	 */
	OsNvramSourceReadahead createOsNvramSourceReadahead();

	/**
	 * Returns a new object of class '<em>Os Nvram Source Timeout</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Nvram Source Timeout</em>'.
	 * @generated
	 */
	OsNvramSourceTimeout createOsNvramSourceTimeout();

	/**
	 * Returns a new object of class '<em>Os Nvram Source Ssl</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Nvram Source Ssl</em>'.
	 * @generated
	 */
	OsNvramSourceSsl createOsNvramSourceSsl();

	/**
	 * Returns a new object of class '<em>Os Nvram Source Identity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Nvram Source Identity</em>'.
	 * @generated
	 */
	OsNvramSourceIdentity createOsNvramSourceIdentity();

	/**
	 * Returns a new object of class '<em>Os Nvram Source Address</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Nvram Source Address</em>'.
	 * @generated
	 */
	OsNvramSourceAddress createOsNvramSourceAddress();

	/**
	 * Returns a new object of class '<em>Reconnect</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reconnect</em>'.
	 * @generated
	 */
	Reconnect createReconnect();

	/**
	 * Returns a new object of class '<em>Interface Source Local</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Source Local</em>'.
	 * @generated
	 */
	InterfaceSourceLocal createInterfaceSourceLocal();

	/**
	 * Returns a new object of class '<em>Source Vendor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Source Vendor</em>'.
	 * @generated
	 */
	SourceVendor createSourceVendor();

	/**
	 * Returns a new object of class '<em>Source Product</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Source Product</em>'.
	 * @generated
	 */
	SourceProduct createSourceProduct();

	/**
	 * Returns a new object of class '<em>Source Address</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Source Address</em>'.
	 * @generated
	 */
	SourceAddress createSourceAddress();

	/**
	 * Returns a new object of class '<em>Interface Virtualport Parameters</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Virtualport Parameters</em>'.
	 * @generated
	 */
	InterfaceVirtualportParameters createInterfaceVirtualportParameters();

	/**
	 * Returns a new object of class '<em>Interface Coalesce Rx</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Coalesce Rx</em>'.
	 * @generated
	 */
	InterfaceCoalesceRx createInterfaceCoalesceRx();

	/**
	 * Returns a new object of class '<em>Interface Port Forward Range</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Port Forward Range</em>'.
	 * @generated
	 */
	InterfacePortForwardRange createInterfacePortForwardRange();

	/**
	 * Returns a new object of class '<em>Interface Driver Host</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Driver Host</em>'.
	 * @generated
	 */
	InterfaceDriverHost createInterfaceDriverHost();

	/**
	 * Returns a new object of class '<em>Interface Driver Guest</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Driver Guest</em>'.
	 * @generated
	 */
	InterfaceDriverGuest createInterfaceDriverGuest();

	/**
	 * Returns a new object of class '<em>Address Zpci</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Address Zpci</em>'.
	 * @generated
	 */
	AddressZpci createAddressZpci();

	/**
	 * Returns a new object of class '<em>Interface Filterref Parameter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Filterref Parameter</em>'.
	 * @generated
	 */
	InterfaceFilterrefParameter createInterfaceFilterrefParameter();

	/**
	 * Returns a new object of class '<em>Interface Bandwidth Inbound</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Bandwidth Inbound</em>'.
	 * @generated
	 */
	InterfaceBandwidthInbound createInterfaceBandwidthInbound();

	/**
	 * Returns a new object of class '<em>Interface Bandwidth Outbound</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Bandwidth Outbound</em>'.
	 * @generated
	 */
	InterfaceBandwidthOutbound createInterfaceBandwidthOutbound();

	/**
	 * Returns a new object of class '<em>Interface Vlan Tag</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Vlan Tag</em>'.
	 * @generated
	 */
	InterfaceVlanTag createInterfaceVlanTag();

	/**
	 * Returns a new object of class '<em>Hostdev Source Adapter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Hostdev Source Adapter</em>'.
	 * @generated
	 */
	HostdevSourceAdapter createHostdevSourceAdapter();

	/**
	 * Returns a new object of class '<em>Hostdev Source Host</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Hostdev Source Host</em>'.
	 * @generated
	 */
	HostdevSourceHost createHostdevSourceHost();

	/**
	 * Returns a new object of class '<em>Os Nvram Source Slices Slice</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Nvram Source Slices Slice</em>'.
	 * @generated
	 */
	OsNvramSourceSlicesSlice createOsNvramSourceSlicesSlice();

	/**
	 * Returns a new object of class '<em>Os Nvram Source Encryption Secret</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Nvram Source Encryption Secret</em>'.
	 * @generated
	 */
	OsNvramSourceEncryptionSecret createOsNvramSourceEncryptionSecret();

	/**
	 * Returns a new object of class '<em>Os Nvram Source Encryption Cipher</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Nvram Source Encryption Cipher</em>'.
	 * @generated
	 */
	OsNvramSourceEncryptionCipher createOsNvramSourceEncryptionCipher();

	/**
	 * Returns a new object of class '<em>Os Nvram Source Encryption Ivgen</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Nvram Source Encryption Ivgen</em>'.
	 * @generated
	 */
	OsNvramSourceEncryptionIvgen createOsNvramSourceEncryptionIvgen();

	/**
	 * Returns a new object of class '<em>Disk Auth Secret</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Disk Auth Secret</em>'.
	 * @generated
	 */
	DiskAuthSecret createDiskAuthSecret();

	/**
	 * Returns a new object of class '<em>Initiatorinfo Iqn</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Initiatorinfo Iqn</em>'.
	 * @generated
	 */
	InitiatorinfoIqn createInitiatorinfoIqn();

	/**
	 * Returns a new object of class '<em>Os Nvram Source Cookies Cookie</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Os Nvram Source Cookies Cookie</em>'.
	 * @generated
	 */
	OsNvramSourceCookiesCookie createOsNvramSourceCookiesCookie();

	/**
	 * Returns a new object of class '<em>Interface Coalesce Rx Frames</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Interface Coalesce Rx Frames</em>'.
	 * @generated
	 */
	InterfaceCoalesceRxFrames createInterfaceCoalesceRxFrames();

	/**
	 * Returns a new object of class '<em>Hostdev Source Adapter Parentaddr</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Hostdev Source Adapter Parentaddr</em>'.
	 * @generated
	 */
	HostdevSourceAdapterParentaddr createHostdevSourceAdapterParentaddr();

	/**
	 * Returns a new object of class '<em>Hostdev Source Adapter Parentaddr Address</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Hostdev Source Adapter Parentaddr Address</em>'.
	 * @generated
	 */
	HostdevSourceAdapterParentaddrAddress createHostdevSourceAdapterParentaddrAddress();

	/**
	 * Returns a new object of class '<em>Empty Element</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Empty Element</em>'.
	 * @generated
	 */
	EmptyElement createEmptyElement();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	DomainPackage getDomainPackage();

} //DomainFactory
