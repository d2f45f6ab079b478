/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain.impl;

import java.math.BigInteger;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.vdevstudio.model.domain.Acpi;
import org.vdevstudio.model.domain.Address;
import org.vdevstudio.model.domain.AddressType;
import org.vdevstudio.model.domain.AddressZpci;
import org.vdevstudio.model.domain.Alias;
import org.vdevstudio.model.domain.CurrentMemory;
import org.vdevstudio.model.domain.DeviceBoot;
import org.vdevstudio.model.domain.Devices;
import org.vdevstudio.model.domain.DiskAuth;
import org.vdevstudio.model.domain.DiskAuthSecret;
import org.vdevstudio.model.domain.DiskAuthSecretType;
import org.vdevstudio.model.domain.DocumentRoot;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.DomainFactory;
import org.vdevstudio.model.domain.DomainPackage;
import org.vdevstudio.model.domain.DomainType;
import org.vdevstudio.model.domain.EmptyElement;
import org.vdevstudio.model.domain.Hostdev;
import org.vdevstudio.model.domain.HostdevDriver;
import org.vdevstudio.model.domain.HostdevDriverName;
import org.vdevstudio.model.domain.HostdevMode;
import org.vdevstudio.model.domain.HostdevModel;
import org.vdevstudio.model.domain.HostdevSgio;
import org.vdevstudio.model.domain.HostdevSource;
import org.vdevstudio.model.domain.HostdevSourceAdapter;
import org.vdevstudio.model.domain.HostdevSourceAdapterParentaddr;
import org.vdevstudio.model.domain.HostdevSourceAdapterParentaddrAddress;
import org.vdevstudio.model.domain.HostdevSourceAdapterType;
import org.vdevstudio.model.domain.HostdevSourceGuestReset;
import org.vdevstudio.model.domain.HostdevSourceHost;
import org.vdevstudio.model.domain.HostdevSourceProtocol;
import org.vdevstudio.model.domain.HostdevSourceStartupPolicy;
import org.vdevstudio.model.domain.HostdevType;
import org.vdevstudio.model.domain.Initiatorinfo;
import org.vdevstudio.model.domain.InitiatorinfoIqn;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.model.domain.InterfaceBackend;
import org.vdevstudio.model.domain.InterfaceBackendType;
import org.vdevstudio.model.domain.InterfaceBackenddomain;
import org.vdevstudio.model.domain.InterfaceBandwidth;
import org.vdevstudio.model.domain.InterfaceBandwidthInbound;
import org.vdevstudio.model.domain.InterfaceBandwidthOutbound;
import org.vdevstudio.model.domain.InterfaceCoalesce;
import org.vdevstudio.model.domain.InterfaceCoalesceRx;
import org.vdevstudio.model.domain.InterfaceCoalesceRxFrames;
import org.vdevstudio.model.domain.InterfaceDownscript;
import org.vdevstudio.model.domain.InterfaceDriver;
import org.vdevstudio.model.domain.InterfaceDriverGuest;
import org.vdevstudio.model.domain.InterfaceDriverHost;
import org.vdevstudio.model.domain.InterfaceDriverName;
import org.vdevstudio.model.domain.InterfaceDriverTxmode;
import org.vdevstudio.model.domain.InterfaceFilterref;
import org.vdevstudio.model.domain.InterfaceFilterrefParameter;
import org.vdevstudio.model.domain.InterfaceGuest;
import org.vdevstudio.model.domain.InterfaceIpInfo;
import org.vdevstudio.model.domain.InterfaceLink;
import org.vdevstudio.model.domain.InterfaceLinkState;
import org.vdevstudio.model.domain.InterfaceMac;
import org.vdevstudio.model.domain.InterfaceMacType;
import org.vdevstudio.model.domain.InterfaceModel;
import org.vdevstudio.model.domain.InterfaceMtu;
import org.vdevstudio.model.domain.InterfacePort;
import org.vdevstudio.model.domain.InterfacePortForward;
import org.vdevstudio.model.domain.InterfacePortForwardProto;
import org.vdevstudio.model.domain.InterfacePortForwardRange;
import org.vdevstudio.model.domain.InterfaceScript;
import org.vdevstudio.model.domain.InterfaceSource;
import org.vdevstudio.model.domain.InterfaceSourceLocal;
import org.vdevstudio.model.domain.InterfaceSourceType;
import org.vdevstudio.model.domain.InterfaceTarget;
import org.vdevstudio.model.domain.InterfaceTune;
import org.vdevstudio.model.domain.InterfaceType;
import org.vdevstudio.model.domain.InterfaceVirtualport;
import org.vdevstudio.model.domain.InterfaceVirtualportParameters;
import org.vdevstudio.model.domain.InterfaceVirtualportType;
import org.vdevstudio.model.domain.InterfaceVlan;
import org.vdevstudio.model.domain.InterfaceVlanTag;
import org.vdevstudio.model.domain.InterfaceVlanTagNativeMode;
import org.vdevstudio.model.domain.InterfaceVlanTrunk;
import org.vdevstudio.model.domain.MacTableManager;
import org.vdevstudio.model.domain.Memory;
import org.vdevstudio.model.domain.Os;
import org.vdevstudio.model.domain.OsAcpi;
import org.vdevstudio.model.domain.OsAcpiTable;
import org.vdevstudio.model.domain.OsAcpiTableType;
import org.vdevstudio.model.domain.OsBios;
import org.vdevstudio.model.domain.OsBoot;
import org.vdevstudio.model.domain.OsBootDev;
import org.vdevstudio.model.domain.OsBootmenu;
import org.vdevstudio.model.domain.OsFirmware;
import org.vdevstudio.model.domain.OsFirmware2;
import org.vdevstudio.model.domain.OsFirmwareFeature;
import org.vdevstudio.model.domain.OsFirmwareFeatureName;
import org.vdevstudio.model.domain.OsInitenv;
import org.vdevstudio.model.domain.OsLoader;
import org.vdevstudio.model.domain.OsLoaderType;
import org.vdevstudio.model.domain.OsNvram;
import org.vdevstudio.model.domain.OsNvramSource;
import org.vdevstudio.model.domain.OsNvramSourceAddress;
import org.vdevstudio.model.domain.OsNvramSourceConfig;
import org.vdevstudio.model.domain.OsNvramSourceCookies;
import org.vdevstudio.model.domain.OsNvramSourceCookiesCookie;
import org.vdevstudio.model.domain.OsNvramSourceEncryption;
import org.vdevstudio.model.domain.OsNvramSourceEncryptionCipher;
import org.vdevstudio.model.domain.OsNvramSourceEncryptionEngine;
import org.vdevstudio.model.domain.OsNvramSourceEncryptionFormat;
import org.vdevstudio.model.domain.OsNvramSourceEncryptionIvgen;
import org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret;
import org.vdevstudio.model.domain.OsNvramSourceEncryptionSecretType;
import org.vdevstudio.model.domain.OsNvramSourceHost;
import org.vdevstudio.model.domain.OsNvramSourceHostTransport;
import org.vdevstudio.model.domain.OsNvramSourceIdentity;
import org.vdevstudio.model.domain.OsNvramSourceMode;
import org.vdevstudio.model.domain.OsNvramSourceProtocol;
import org.vdevstudio.model.domain.OsNvramSourceReadahead;
import org.vdevstudio.model.domain.OsNvramSourceReservations;
import org.vdevstudio.model.domain.OsNvramSourceSeclabel;
import org.vdevstudio.model.domain.OsNvramSourceSeclabelLabelskip;
import org.vdevstudio.model.domain.OsNvramSourceSeclabelRelabel;
import org.vdevstudio.model.domain.OsNvramSourceSlices;
import org.vdevstudio.model.domain.OsNvramSourceSlicesSlice;
import org.vdevstudio.model.domain.OsNvramSourceSlicesSliceType;
import org.vdevstudio.model.domain.OsNvramSourceSnapshot;
import org.vdevstudio.model.domain.OsNvramSourceSsl;
import org.vdevstudio.model.domain.OsNvramSourceStartupPolicy;
import org.vdevstudio.model.domain.OsNvramSourceTimeout;
import org.vdevstudio.model.domain.OsNvramSourceType;
import org.vdevstudio.model.domain.OsNvramType;
import org.vdevstudio.model.domain.OsSmbios;
import org.vdevstudio.model.domain.OsSmbiosMode;
import org.vdevstudio.model.domain.OsType;
import org.vdevstudio.model.domain.OsTypeArch;
import org.vdevstudio.model.domain.OsTypeValue;
import org.vdevstudio.model.domain.Reconnect;
import org.vdevstudio.model.domain.Rom;
import org.vdevstudio.model.domain.Route;
import org.vdevstudio.model.domain.SourceAddress;
import org.vdevstudio.model.domain.SourceAddressType;
import org.vdevstudio.model.domain.SourceProduct;
import org.vdevstudio.model.domain.SourceVendor;
import org.vdevstudio.model.domain.Teaming;
import org.vdevstudio.model.domain.TeamingType;
import org.vdevstudio.model.domain.Vcpu;
import org.vdevstudio.model.domain.VcpuPlacement;
import org.vdevstudio.model.domain.VirOnOff;
import org.vdevstudio.model.domain.VirYesNo;

import org.vdevstudio.model.domain.util.DomainValidator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class DomainPackageImpl extends EPackageImpl implements DomainPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass documentRootEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass domainEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass memoryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass currentMemoryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass vcpuEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass devicesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osTypeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osFirmwareEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osLoaderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osNvramEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osBootEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osBootmenuEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osSmbiosEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osBiosEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osAcpiEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osInitenvEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hostdevEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osFirmwareFeatureEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osNvramSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osAcpiTableEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceVirtualportEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceMtuEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceCoalesceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceTargetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceGuestEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceMacEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceIpInfoEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass routeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfacePortForwardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceScriptEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceDownscriptEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceBackenddomainEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceModelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceBackendEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceDriverEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass aliasEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass acpiEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass addressEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceFilterrefEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceTuneEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deviceBootEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass romEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceBandwidthEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceVlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfacePortEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass teamingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hostdevDriverEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hostdevSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osNvramSourceSlicesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osNvramSourceEncryptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osNvramSourceSeclabelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osNvramSourceReservationsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osNvramSourceHostEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osNvramSourceSnapshotEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osNvramSourceConfigEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diskAuthEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass initiatorinfoEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osNvramSourceCookiesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osNvramSourceReadaheadEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osNvramSourceTimeoutEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osNvramSourceSslEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osNvramSourceIdentityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osNvramSourceAddressEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reconnectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceSourceLocalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourceVendorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourceProductEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sourceAddressEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceVirtualportParametersEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceCoalesceRxEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfacePortForwardRangeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceDriverHostEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceDriverGuestEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass addressZpciEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceFilterrefParameterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceBandwidthInboundEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceBandwidthOutboundEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceVlanTagEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hostdevSourceAdapterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hostdevSourceHostEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osNvramSourceSlicesSliceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osNvramSourceEncryptionSecretEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osNvramSourceEncryptionCipherEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osNvramSourceEncryptionIvgenEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass diskAuthSecretEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass initiatorinfoIqnEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass osNvramSourceCookiesCookieEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass interfaceCoalesceRxFramesEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hostdevSourceAdapterParentaddrEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hostdevSourceAdapterParentaddrAddressEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass emptyElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum domainTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum osFirmware2EEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum virOnOffEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum vcpuPlacementEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum osTypeValueEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum osTypeArchEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum virYesNoEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum osLoaderTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum osNvramTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum osBootDevEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum osSmbiosModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interfaceTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hostdevModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hostdevTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hostdevSgioEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hostdevModelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum osFirmwareFeatureNameEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum osNvramSourceStartupPolicyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum osNvramSourceProtocolEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum osNvramSourceModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum osNvramSourceTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum osAcpiTableTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum macTableManagerEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interfaceSourceTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interfaceVirtualportTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interfaceLinkStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interfaceMacTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interfacePortForwardProtoEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interfaceBackendTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interfaceDriverNameEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interfaceDriverTxmodeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum addressTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interfaceVlanTrunkEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum teamingTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hostdevDriverNameEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hostdevSourceStartupPolicyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hostdevSourceGuestResetEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hostdevSourceProtocolEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum osNvramSourceEncryptionFormatEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum osNvramSourceEncryptionEngineEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum osNvramSourceSeclabelRelabelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum osNvramSourceSeclabelLabelskipEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum osNvramSourceHostTransportEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sourceAddressTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum interfaceVlanTagNativeModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum hostdevSourceAdapterTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum osNvramSourceSlicesSliceTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum osNvramSourceEncryptionSecretTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum diskAuthSecretTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType objectNameWithSlashEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType uuidEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType unsignedIntEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType absFilePathEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType genericNameEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType memoryValueEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType unitEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType currentMemoryValueEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType vcpuValueEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType cpusetEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType countCPUEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType osTypeMachineEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType osLoaderValueEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType unsignedShortEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType rebootTimeoutDelayEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType osInitenvNameEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType osNvramSourceFileEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType positiveIntegerEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType osNvramSourceDevEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType objectNameEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType volNameEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType uint32EDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType osAcpiTableValueEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType interfaceSourceBridgeEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType deviceNameEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType interfaceSourcePortidEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType interfaceSourceModeEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType ipv4AddrEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType portNumberEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType uniMacAddrEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType ipAddrEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType addrFamilyEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType ipPrefixEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType filePathEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType interfaceModelTypeEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType aliasNameEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType pciDomainEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType addressBusEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType addressSlotEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType pciFuncEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType driveControllerEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType driveTargetEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType driveUnitEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType addressPortEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType spaprvioRegEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType ccwCssidRangeEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType ccwSsidRangeEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType ccwDevnoRangeEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType addressIobaseEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType addressIrqEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType hexuintEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType deviceBootLoadparmEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType hostdevSourceWwpnEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType osNvramSourceHostNameEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType pciBusEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType pciSlotEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType usbIdEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType sourceAddressBusEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType usbAddrEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType driveSCSITargetEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType driveSCSIUnitEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType uint8EDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType uint24EDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType uint16EDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType filterParamNameEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType filterParamValueEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType speedEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType burstSizeEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType interfaceVlanTagIdEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType wwnEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType osNvramSourceCookiesCookieValueEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType osNvramSourceCookiesCookieNameEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.vdevstudio.model.domain.DomainPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private DomainPackageImpl() {
		super(eNS_URI, DomainFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link DomainPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static DomainPackage init() {
		if (isInited) return (DomainPackage)EPackage.Registry.INSTANCE.getEPackage(DomainPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredDomainPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		DomainPackageImpl theDomainPackage = registeredDomainPackage instanceof DomainPackageImpl ? (DomainPackageImpl)registeredDomainPackage : new DomainPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theDomainPackage.createPackageContents();

		// Initialize created meta-data
		theDomainPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theDomainPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return DomainValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theDomainPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(DomainPackage.eNS_URI, theDomainPackage);
		return theDomainPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDocumentRoot() {
		return documentRootEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDocumentRoot_Mixed() {
		return (EAttribute)documentRootEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDocumentRoot_XMLNSPrefixMap() {
		return (EReference)documentRootEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDocumentRoot_XSISchemaLocation() {
		return (EReference)documentRootEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDocumentRoot_Domain() {
		return (EReference)documentRootEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDomain() {
		return domainEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Mixed() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Name() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Uuid() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Title() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Description() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDomain_Os() {
		return (EReference)domainEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDomain_Memory() {
		return (EReference)domainEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDomain_CurrentMemory() {
		return (EReference)domainEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDomain_Vcpu() {
		return (EReference)domainEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDomain_Devices() {
		return (EReference)domainEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Type() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Id() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_Any() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDomain_AnyAttribute() {
		return (EAttribute)domainEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOs() {
		return osEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOs_Mixed() {
		return (EAttribute)osEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOs_Type() {
		return (EReference)osEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOs_Kernel() {
		return (EAttribute)osEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOs_Initrd() {
		return (EAttribute)osEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOs_Root() {
		return (EAttribute)osEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOs_Cmdline() {
		return (EAttribute)osEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOs_Dtb() {
		return (EAttribute)osEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOs_Firmware() {
		return (EReference)osEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOs_Loader() {
		return (EReference)osEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOs_Nvram() {
		return (EReference)osEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOs_Boots() {
		return (EReference)osEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOs_Bootmenu() {
		return (EReference)osEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOs_Smbios() {
		return (EReference)osEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOs_Bios() {
		return (EReference)osEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOs_Acpi() {
		return (EReference)osEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOs_Init() {
		return (EAttribute)osEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOs_Initargs() {
		return (EAttribute)osEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOs_Initenvs() {
		return (EReference)osEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOs_Initdir() {
		return (EAttribute)osEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOs_Inituser() {
		return (EAttribute)osEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOs_Initgroup() {
		return (EAttribute)osEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOs_FirmwareAttribute() {
		return (EAttribute)osEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOs_Any() {
		return (EAttribute)osEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOs_AnyAttribute() {
		return (EAttribute)osEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMemory() {
		return memoryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemory_Value() {
		return (EAttribute)memoryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemory_Unit() {
		return (EAttribute)memoryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemory_DumpCore() {
		return (EAttribute)memoryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemory_AnyAttribute() {
		return (EAttribute)memoryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCurrentMemory() {
		return currentMemoryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCurrentMemory_Value() {
		return (EAttribute)currentMemoryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCurrentMemory_Unit() {
		return (EAttribute)currentMemoryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCurrentMemory_AnyAttribute() {
		return (EAttribute)currentMemoryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVcpu() {
		return vcpuEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVcpu_Value() {
		return (EAttribute)vcpuEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVcpu_Placement() {
		return (EAttribute)vcpuEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVcpu_Cpuset() {
		return (EAttribute)vcpuEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVcpu_Current() {
		return (EAttribute)vcpuEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVcpu_AnyAttribute() {
		return (EAttribute)vcpuEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDevices() {
		return devicesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevices_Mixed() {
		return (EAttribute)devicesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevices_Interfaces() {
		return (EReference)devicesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDevices_Hostdevs() {
		return (EReference)devicesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevices_Any() {
		return (EAttribute)devicesEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDevices_AnyAttribute() {
		return (EAttribute)devicesEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsType() {
		return osTypeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsType_Value() {
		return (EAttribute)osTypeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsType_Arch() {
		return (EAttribute)osTypeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsType_Machine() {
		return (EAttribute)osTypeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsType_AnyAttribute() {
		return (EAttribute)osTypeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsFirmware() {
		return osFirmwareEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsFirmware_Mixed() {
		return (EAttribute)osFirmwareEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsFirmware_Features() {
		return (EReference)osFirmwareEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsFirmware_Any() {
		return (EAttribute)osFirmwareEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsFirmware_AnyAttribute() {
		return (EAttribute)osFirmwareEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsLoader() {
		return osLoaderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsLoader_Value() {
		return (EAttribute)osLoaderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsLoader_Readonly() {
		return (EAttribute)osLoaderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsLoader_Secure() {
		return (EAttribute)osLoaderEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsLoader_Type() {
		return (EAttribute)osLoaderEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsLoader_Stateless() {
		return (EAttribute)osLoaderEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsLoader_AnyAttribute() {
		return (EAttribute)osLoaderEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsNvram() {
		return osNvramEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvram_Mixed() {
		return (EAttribute)osNvramEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsNvram_Source() {
		return (EReference)osNvramEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvram_Template() {
		return (EAttribute)osNvramEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvram_Type() {
		return (EAttribute)osNvramEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvram_Any() {
		return (EAttribute)osNvramEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvram_AnyAttribute() {
		return (EAttribute)osNvramEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsBoot() {
		return osBootEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsBoot_Mixed() {
		return (EAttribute)osBootEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsBoot_Dev() {
		return (EAttribute)osBootEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsBoot_Any() {
		return (EAttribute)osBootEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsBoot_AnyAttribute() {
		return (EAttribute)osBootEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsBootmenu() {
		return osBootmenuEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsBootmenu_Mixed() {
		return (EAttribute)osBootmenuEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsBootmenu_Enable() {
		return (EAttribute)osBootmenuEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsBootmenu_Timeout() {
		return (EAttribute)osBootmenuEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsBootmenu_Any() {
		return (EAttribute)osBootmenuEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsBootmenu_AnyAttribute() {
		return (EAttribute)osBootmenuEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsSmbios() {
		return osSmbiosEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsSmbios_Mixed() {
		return (EAttribute)osSmbiosEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsSmbios_Mode() {
		return (EAttribute)osSmbiosEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsSmbios_Any() {
		return (EAttribute)osSmbiosEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsSmbios_AnyAttribute() {
		return (EAttribute)osSmbiosEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsBios() {
		return osBiosEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsBios_Mixed() {
		return (EAttribute)osBiosEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsBios_Useserial() {
		return (EAttribute)osBiosEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsBios_RebootTimeout() {
		return (EAttribute)osBiosEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsBios_Any() {
		return (EAttribute)osBiosEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsBios_AnyAttribute() {
		return (EAttribute)osBiosEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsAcpi() {
		return osAcpiEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsAcpi_Mixed() {
		return (EAttribute)osAcpiEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsAcpi_Tables() {
		return (EReference)osAcpiEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsAcpi_Any() {
		return (EAttribute)osAcpiEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsAcpi_AnyAttribute() {
		return (EAttribute)osAcpiEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsInitenv() {
		return osInitenvEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsInitenv_Value() {
		return (EAttribute)osInitenvEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsInitenv_Name() {
		return (EAttribute)osInitenvEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsInitenv_AnyAttribute() {
		return (EAttribute)osInitenvEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterface() {
		return interfaceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_Mixed() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Source() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Virtualport() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Link() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Mtu() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Coalesce() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Target() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Guest() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Mac() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Ips() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Routes() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_PortForwards() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Script() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Downscript() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Backenddomain() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Model() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Backend() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Driver() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Alias() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Acpi() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Address() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Filterref() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Tune() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Boot() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Rom() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Bandwidth() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Vlan() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Port() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterface_Teaming() {
		return (EReference)interfaceEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_Type() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_Managed() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_TrustGuestRxFilters() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(31);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_Any() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(32);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterface_AnyAttribute() {
		return (EAttribute)interfaceEClass.getEStructuralFeatures().get(33);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHostdev() {
		return hostdevEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdev_Mixed() {
		return (EAttribute)hostdevEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostdev_Driver() {
		return (EReference)hostdevEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostdev_Teaming() {
		return (EReference)hostdevEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostdev_Source() {
		return (EReference)hostdevEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostdev_Ips() {
		return (EReference)hostdevEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostdev_Routes() {
		return (EReference)hostdevEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostdev_Alias() {
		return (EReference)hostdevEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostdev_Acpi() {
		return (EReference)hostdevEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostdev_Boot() {
		return (EReference)hostdevEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostdev_Rom() {
		return (EReference)hostdevEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostdev_Address() {
		return (EReference)hostdevEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostdev_Readonly() {
		return (EReference)hostdevEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostdev_Shareable() {
		return (EReference)hostdevEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdev_Mode() {
		return (EAttribute)hostdevEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdev_Managed() {
		return (EAttribute)hostdevEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdev_Type() {
		return (EAttribute)hostdevEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdev_Sgio() {
		return (EAttribute)hostdevEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdev_Rawio() {
		return (EAttribute)hostdevEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdev_Model() {
		return (EAttribute)hostdevEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdev_Ramfb() {
		return (EAttribute)hostdevEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdev_Display() {
		return (EAttribute)hostdevEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdev_Any() {
		return (EAttribute)hostdevEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdev_AnyAttribute() {
		return (EAttribute)hostdevEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsFirmwareFeature() {
		return osFirmwareFeatureEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsFirmwareFeature_Mixed() {
		return (EAttribute)osFirmwareFeatureEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsFirmwareFeature_Enabled() {
		return (EAttribute)osFirmwareFeatureEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsFirmwareFeature_Name() {
		return (EAttribute)osFirmwareFeatureEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsFirmwareFeature_Any() {
		return (EAttribute)osFirmwareFeatureEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsFirmwareFeature_AnyAttribute() {
		return (EAttribute)osFirmwareFeatureEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsNvramSource() {
		return osNvramSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSource_Mixed() {
		return (EAttribute)osNvramSourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsNvramSource_Slices() {
		return (EReference)osNvramSourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsNvramSource_PrivateData() {
		return (EReference)osNvramSourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsNvramSource_Encryption() {
		return (EReference)osNvramSourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsNvramSource_Seclabels() {
		return (EReference)osNvramSourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsNvramSource_Reservations() {
		return (EReference)osNvramSourceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsNvramSource_Hosts() {
		return (EReference)osNvramSourceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsNvramSource_Snapshot() {
		return (EReference)osNvramSourceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsNvramSource_Config() {
		return (EReference)osNvramSourceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsNvramSource_Auth() {
		return (EReference)osNvramSourceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsNvramSource_Initiator() {
		return (EReference)osNvramSourceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsNvramSource_Cookies() {
		return (EReference)osNvramSourceEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsNvramSource_Readahead() {
		return (EReference)osNvramSourceEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsNvramSource_Timeout() {
		return (EReference)osNvramSourceEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsNvramSource_Ssl() {
		return (EReference)osNvramSourceEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsNvramSource_Identity() {
		return (EReference)osNvramSourceEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsNvramSource_Address() {
		return (EReference)osNvramSourceEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsNvramSource_Reconnect() {
		return (EReference)osNvramSourceEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSource_File() {
		return (EAttribute)osNvramSourceEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSource_Fdgroup() {
		return (EAttribute)osNvramSourceEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSource_Index() {
		return (EAttribute)osNvramSourceEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSource_StartupPolicy() {
		return (EAttribute)osNvramSourceEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSource_Dev() {
		return (EAttribute)osNvramSourceEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSource_Dir() {
		return (EAttribute)osNvramSourceEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSource_Protocol() {
		return (EAttribute)osNvramSourceEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSource_Name() {
		return (EAttribute)osNvramSourceEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSource_Tls() {
		return (EAttribute)osNvramSourceEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSource_TlsHostname() {
		return (EAttribute)osNvramSourceEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSource_Query() {
		return (EAttribute)osNvramSourceEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSource_Pool() {
		return (EAttribute)osNvramSourceEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSource_Volume() {
		return (EAttribute)osNvramSourceEClass.getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSource_Mode() {
		return (EAttribute)osNvramSourceEClass.getEStructuralFeatures().get(31);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSource_Type() {
		return (EAttribute)osNvramSourceEClass.getEStructuralFeatures().get(32);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSource_Namespace() {
		return (EAttribute)osNvramSourceEClass.getEStructuralFeatures().get(33);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSource_Managed() {
		return (EAttribute)osNvramSourceEClass.getEStructuralFeatures().get(34);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSource_Path() {
		return (EAttribute)osNvramSourceEClass.getEStructuralFeatures().get(35);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSource_Any() {
		return (EAttribute)osNvramSourceEClass.getEStructuralFeatures().get(36);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSource_AnyAttribute() {
		return (EAttribute)osNvramSourceEClass.getEStructuralFeatures().get(37);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsAcpiTable() {
		return osAcpiTableEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsAcpiTable_Value() {
		return (EAttribute)osAcpiTableEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsAcpiTable_Type() {
		return (EAttribute)osAcpiTableEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsAcpiTable_AnyAttribute() {
		return (EAttribute)osAcpiTableEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceSource() {
		return interfaceSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceSource_Mixed() {
		return (EAttribute)interfaceSourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterfaceSource_Ips() {
		return (EReference)interfaceSourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterfaceSource_Routes() {
		return (EReference)interfaceSourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterfaceSource_Reconnect() {
		return (EReference)interfaceSourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterfaceSource_Local() {
		return (EReference)interfaceSourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterfaceSource_Vendor() {
		return (EReference)interfaceSourceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterfaceSource_Product() {
		return (EReference)interfaceSourceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterfaceSource_Address() {
		return (EReference)interfaceSourceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceSource_Bridge() {
		return (EAttribute)interfaceSourceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceSource_MacTableManager() {
		return (EAttribute)interfaceSourceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceSource_Network() {
		return (EAttribute)interfaceSourceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceSource_Portgroup() {
		return (EAttribute)interfaceSourceEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceSource_Portid() {
		return (EAttribute)interfaceSourceEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceSource_Type() {
		return (EAttribute)interfaceSourceEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceSource_Path() {
		return (EAttribute)interfaceSourceEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceSource_Mode() {
		return (EAttribute)interfaceSourceEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceSource_Dev() {
		return (EAttribute)interfaceSourceEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceSource_Name() {
		return (EAttribute)interfaceSourceEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceSource_AddressAttribute() {
		return (EAttribute)interfaceSourceEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceSource_Port() {
		return (EAttribute)interfaceSourceEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceSource_Missing() {
		return (EAttribute)interfaceSourceEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceSource_Switchid() {
		return (EAttribute)interfaceSourceEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceSource_Portgroupid() {
		return (EAttribute)interfaceSourceEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceSource_Connectionid() {
		return (EAttribute)interfaceSourceEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceSource_Any() {
		return (EAttribute)interfaceSourceEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceSource_AnyAttribute() {
		return (EAttribute)interfaceSourceEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceVirtualport() {
		return interfaceVirtualportEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceVirtualport_Mixed() {
		return (EAttribute)interfaceVirtualportEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterfaceVirtualport_Parameters() {
		return (EReference)interfaceVirtualportEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceVirtualport_Type() {
		return (EAttribute)interfaceVirtualportEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceVirtualport_Any() {
		return (EAttribute)interfaceVirtualportEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceVirtualport_AnyAttribute() {
		return (EAttribute)interfaceVirtualportEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceLink() {
		return interfaceLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceLink_Mixed() {
		return (EAttribute)interfaceLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceLink_State() {
		return (EAttribute)interfaceLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceLink_Any() {
		return (EAttribute)interfaceLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceLink_AnyAttribute() {
		return (EAttribute)interfaceLinkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceMtu() {
		return interfaceMtuEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceMtu_Mixed() {
		return (EAttribute)interfaceMtuEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceMtu_Size() {
		return (EAttribute)interfaceMtuEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceMtu_Any() {
		return (EAttribute)interfaceMtuEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceMtu_AnyAttribute() {
		return (EAttribute)interfaceMtuEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceCoalesce() {
		return interfaceCoalesceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceCoalesce_Mixed() {
		return (EAttribute)interfaceCoalesceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterfaceCoalesce_Rx() {
		return (EReference)interfaceCoalesceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceCoalesce_Any() {
		return (EAttribute)interfaceCoalesceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceCoalesce_AnyAttribute() {
		return (EAttribute)interfaceCoalesceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceTarget() {
		return interfaceTargetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceTarget_Mixed() {
		return (EAttribute)interfaceTargetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceTarget_Dev() {
		return (EAttribute)interfaceTargetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceTarget_Managed() {
		return (EAttribute)interfaceTargetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceTarget_Any() {
		return (EAttribute)interfaceTargetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceTarget_AnyAttribute() {
		return (EAttribute)interfaceTargetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceGuest() {
		return interfaceGuestEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceGuest_Mixed() {
		return (EAttribute)interfaceGuestEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceGuest_Dev() {
		return (EAttribute)interfaceGuestEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceGuest_Actual() {
		return (EAttribute)interfaceGuestEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceGuest_Any() {
		return (EAttribute)interfaceGuestEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceGuest_AnyAttribute() {
		return (EAttribute)interfaceGuestEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceMac() {
		return interfaceMacEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceMac_Mixed() {
		return (EAttribute)interfaceMacEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceMac_Address() {
		return (EAttribute)interfaceMacEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceMac_Type() {
		return (EAttribute)interfaceMacEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceMac_Check() {
		return (EAttribute)interfaceMacEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceMac_Any() {
		return (EAttribute)interfaceMacEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceMac_AnyAttribute() {
		return (EAttribute)interfaceMacEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceIpInfo() {
		return interfaceIpInfoEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceIpInfo_Mixed() {
		return (EAttribute)interfaceIpInfoEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceIpInfo_Address() {
		return (EAttribute)interfaceIpInfoEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceIpInfo_Family() {
		return (EAttribute)interfaceIpInfoEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceIpInfo_Prefix() {
		return (EAttribute)interfaceIpInfoEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceIpInfo_Peer() {
		return (EAttribute)interfaceIpInfoEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceIpInfo_Any() {
		return (EAttribute)interfaceIpInfoEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceIpInfo_AnyAttribute() {
		return (EAttribute)interfaceIpInfoEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRoute() {
		return routeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoute_Mixed() {
		return (EAttribute)routeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoute_Family() {
		return (EAttribute)routeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoute_Address() {
		return (EAttribute)routeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoute_Netmask() {
		return (EAttribute)routeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoute_Prefix() {
		return (EAttribute)routeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoute_Gateway() {
		return (EAttribute)routeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoute_Metric() {
		return (EAttribute)routeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoute_Any() {
		return (EAttribute)routeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRoute_AnyAttribute() {
		return (EAttribute)routeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfacePortForward() {
		return interfacePortForwardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfacePortForward_Mixed() {
		return (EAttribute)interfacePortForwardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterfacePortForward_Ranges() {
		return (EReference)interfacePortForwardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfacePortForward_Proto() {
		return (EAttribute)interfacePortForwardEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfacePortForward_Address() {
		return (EAttribute)interfacePortForwardEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfacePortForward_Dev() {
		return (EAttribute)interfacePortForwardEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfacePortForward_Any() {
		return (EAttribute)interfacePortForwardEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfacePortForward_AnyAttribute() {
		return (EAttribute)interfacePortForwardEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceScript() {
		return interfaceScriptEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceScript_Mixed() {
		return (EAttribute)interfaceScriptEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceScript_Path() {
		return (EAttribute)interfaceScriptEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceScript_Any() {
		return (EAttribute)interfaceScriptEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceScript_AnyAttribute() {
		return (EAttribute)interfaceScriptEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceDownscript() {
		return interfaceDownscriptEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDownscript_Mixed() {
		return (EAttribute)interfaceDownscriptEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDownscript_Path() {
		return (EAttribute)interfaceDownscriptEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDownscript_Any() {
		return (EAttribute)interfaceDownscriptEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDownscript_AnyAttribute() {
		return (EAttribute)interfaceDownscriptEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceBackenddomain() {
		return interfaceBackenddomainEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBackenddomain_Mixed() {
		return (EAttribute)interfaceBackenddomainEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBackenddomain_Name() {
		return (EAttribute)interfaceBackenddomainEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBackenddomain_Any() {
		return (EAttribute)interfaceBackenddomainEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBackenddomain_AnyAttribute() {
		return (EAttribute)interfaceBackenddomainEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceModel() {
		return interfaceModelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceModel_Mixed() {
		return (EAttribute)interfaceModelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceModel_Type() {
		return (EAttribute)interfaceModelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceModel_Any() {
		return (EAttribute)interfaceModelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceModel_AnyAttribute() {
		return (EAttribute)interfaceModelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceBackend() {
		return interfaceBackendEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBackend_Mixed() {
		return (EAttribute)interfaceBackendEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBackend_Type() {
		return (EAttribute)interfaceBackendEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBackend_Tap() {
		return (EAttribute)interfaceBackendEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBackend_Vhost() {
		return (EAttribute)interfaceBackendEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBackend_LogFile() {
		return (EAttribute)interfaceBackendEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBackend_Any() {
		return (EAttribute)interfaceBackendEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBackend_AnyAttribute() {
		return (EAttribute)interfaceBackendEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceDriver() {
		return interfaceDriverEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriver_Mixed() {
		return (EAttribute)interfaceDriverEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterfaceDriver_Host() {
		return (EReference)interfaceDriverEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterfaceDriver_Guest() {
		return (EReference)interfaceDriverEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriver_Name() {
		return (EAttribute)interfaceDriverEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriver_Queues() {
		return (EAttribute)interfaceDriverEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriver_RxQueueSize() {
		return (EAttribute)interfaceDriverEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriver_TxQueueSize() {
		return (EAttribute)interfaceDriverEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriver_Txmode() {
		return (EAttribute)interfaceDriverEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriver_Ioeventfd() {
		return (EAttribute)interfaceDriverEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriver_EventIdx() {
		return (EAttribute)interfaceDriverEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriver_Iommu() {
		return (EAttribute)interfaceDriverEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriver_Ats() {
		return (EAttribute)interfaceDriverEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriver_Packed() {
		return (EAttribute)interfaceDriverEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriver_PagePerVq() {
		return (EAttribute)interfaceDriverEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriver_Rss() {
		return (EAttribute)interfaceDriverEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriver_RssHashReport() {
		return (EAttribute)interfaceDriverEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriver_Any() {
		return (EAttribute)interfaceDriverEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriver_AnyAttribute() {
		return (EAttribute)interfaceDriverEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAlias() {
		return aliasEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAlias_Mixed() {
		return (EAttribute)aliasEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAlias_Name() {
		return (EAttribute)aliasEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAlias_Any() {
		return (EAttribute)aliasEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAlias_AnyAttribute() {
		return (EAttribute)aliasEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAcpi() {
		return acpiEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAcpi_Mixed() {
		return (EAttribute)acpiEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAcpi_Index() {
		return (EAttribute)acpiEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAcpi_Any() {
		return (EAttribute)acpiEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAcpi_AnyAttribute() {
		return (EAttribute)acpiEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAddress() {
		return addressEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Mixed() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAddress_Zpci() {
		return (EReference)addressEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Type() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Domain() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Bus() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Slot() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Function() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Multifunction() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Controller() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Target() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Unit() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Port() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Reg() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Cssid() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Ssid() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Devno() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Iobase() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Irq() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Base() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Any() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_AnyAttribute() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceFilterref() {
		return interfaceFilterrefEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceFilterref_Mixed() {
		return (EAttribute)interfaceFilterrefEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterfaceFilterref_Parameters() {
		return (EReference)interfaceFilterrefEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceFilterref_Filter() {
		return (EAttribute)interfaceFilterrefEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceFilterref_Any() {
		return (EAttribute)interfaceFilterrefEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceFilterref_AnyAttribute() {
		return (EAttribute)interfaceFilterrefEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceTune() {
		return interfaceTuneEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceTune_Mixed() {
		return (EAttribute)interfaceTuneEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceTune_Sndbuf() {
		return (EAttribute)interfaceTuneEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceTune_Any() {
		return (EAttribute)interfaceTuneEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceTune_AnyAttribute() {
		return (EAttribute)interfaceTuneEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeviceBoot() {
		return deviceBootEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeviceBoot_Mixed() {
		return (EAttribute)deviceBootEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeviceBoot_Order() {
		return (EAttribute)deviceBootEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeviceBoot_Loadparm() {
		return (EAttribute)deviceBootEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeviceBoot_Any() {
		return (EAttribute)deviceBootEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeviceBoot_AnyAttribute() {
		return (EAttribute)deviceBootEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRom() {
		return romEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRom_Mixed() {
		return (EAttribute)romEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRom_Enabled() {
		return (EAttribute)romEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRom_Bar() {
		return (EAttribute)romEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRom_File() {
		return (EAttribute)romEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRom_Any() {
		return (EAttribute)romEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRom_AnyAttribute() {
		return (EAttribute)romEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceBandwidth() {
		return interfaceBandwidthEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBandwidth_Mixed() {
		return (EAttribute)interfaceBandwidthEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterfaceBandwidth_Inbound() {
		return (EReference)interfaceBandwidthEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterfaceBandwidth_Outbound() {
		return (EReference)interfaceBandwidthEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBandwidth_ClassID() {
		return (EAttribute)interfaceBandwidthEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBandwidth_Any() {
		return (EAttribute)interfaceBandwidthEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBandwidth_AnyAttribute() {
		return (EAttribute)interfaceBandwidthEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceVlan() {
		return interfaceVlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceVlan_Mixed() {
		return (EAttribute)interfaceVlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterfaceVlan_Tags() {
		return (EReference)interfaceVlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceVlan_Trunk() {
		return (EAttribute)interfaceVlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceVlan_Any() {
		return (EAttribute)interfaceVlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceVlan_AnyAttribute() {
		return (EAttribute)interfaceVlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfacePort() {
		return interfacePortEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfacePort_Mixed() {
		return (EAttribute)interfacePortEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfacePort_Isolated() {
		return (EAttribute)interfacePortEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfacePort_Any() {
		return (EAttribute)interfacePortEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfacePort_AnyAttribute() {
		return (EAttribute)interfacePortEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTeaming() {
		return teamingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeaming_Mixed() {
		return (EAttribute)teamingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeaming_Type() {
		return (EAttribute)teamingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeaming_Persistent() {
		return (EAttribute)teamingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeaming_Any() {
		return (EAttribute)teamingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeaming_AnyAttribute() {
		return (EAttribute)teamingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHostdevDriver() {
		return hostdevDriverEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevDriver_Mixed() {
		return (EAttribute)hostdevDriverEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevDriver_Name() {
		return (EAttribute)hostdevDriverEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevDriver_Any() {
		return (EAttribute)hostdevDriverEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevDriver_AnyAttribute() {
		return (EAttribute)hostdevDriverEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHostdevSource() {
		return hostdevSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSource_Mixed() {
		return (EAttribute)hostdevSourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostdevSource_Address() {
		return (EReference)hostdevSourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostdevSource_Vendor() {
		return (EReference)hostdevSourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostdevSource_Product() {
		return (EReference)hostdevSourceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostdevSource_Adapter() {
		return (EReference)hostdevSourceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostdevSource_Hosts() {
		return (EReference)hostdevSourceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostdevSource_Auth() {
		return (EReference)hostdevSourceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostdevSource_Initiator() {
		return (EReference)hostdevSourceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSource_Block() {
		return (EAttribute)hostdevSourceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSource_Char_() {
		return (EAttribute)hostdevSourceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSource_Interface_() {
		return (EAttribute)hostdevSourceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSource_StartupPolicy() {
		return (EAttribute)hostdevSourceEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSource_WriteFiltering() {
		return (EAttribute)hostdevSourceEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSource_GuestReset() {
		return (EAttribute)hostdevSourceEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSource_Protocol() {
		return (EAttribute)hostdevSourceEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSource_Name() {
		return (EAttribute)hostdevSourceEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSource_Wwpn() {
		return (EAttribute)hostdevSourceEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSource_Any() {
		return (EAttribute)hostdevSourceEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSource_AnyAttribute() {
		return (EAttribute)hostdevSourceEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsNvramSourceSlices() {
		return osNvramSourceSlicesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceSlices_Mixed() {
		return (EAttribute)osNvramSourceSlicesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsNvramSourceSlices_Slice() {
		return (EReference)osNvramSourceSlicesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceSlices_Any() {
		return (EAttribute)osNvramSourceSlicesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceSlices_AnyAttribute() {
		return (EAttribute)osNvramSourceSlicesEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsNvramSourceEncryption() {
		return osNvramSourceEncryptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceEncryption_Mixed() {
		return (EAttribute)osNvramSourceEncryptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsNvramSourceEncryption_Secret() {
		return (EReference)osNvramSourceEncryptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsNvramSourceEncryption_Cipher() {
		return (EReference)osNvramSourceEncryptionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsNvramSourceEncryption_Ivgen() {
		return (EReference)osNvramSourceEncryptionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceEncryption_Format() {
		return (EAttribute)osNvramSourceEncryptionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceEncryption_Engine() {
		return (EAttribute)osNvramSourceEncryptionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceEncryption_Any() {
		return (EAttribute)osNvramSourceEncryptionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceEncryption_AnyAttribute() {
		return (EAttribute)osNvramSourceEncryptionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsNvramSourceSeclabel() {
		return osNvramSourceSeclabelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceSeclabel_Mixed() {
		return (EAttribute)osNvramSourceSeclabelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceSeclabel_Labels() {
		return (EAttribute)osNvramSourceSeclabelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceSeclabel_Model() {
		return (EAttribute)osNvramSourceSeclabelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceSeclabel_Relabel() {
		return (EAttribute)osNvramSourceSeclabelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceSeclabel_Labelskip() {
		return (EAttribute)osNvramSourceSeclabelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceSeclabel_Any() {
		return (EAttribute)osNvramSourceSeclabelEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceSeclabel_AnyAttribute() {
		return (EAttribute)osNvramSourceSeclabelEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsNvramSourceReservations() {
		return osNvramSourceReservationsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceReservations_Mixed() {
		return (EAttribute)osNvramSourceReservationsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsNvramSourceReservations_Source() {
		return (EReference)osNvramSourceReservationsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceReservations_Managed() {
		return (EAttribute)osNvramSourceReservationsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceReservations_Any() {
		return (EAttribute)osNvramSourceReservationsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceReservations_AnyAttribute() {
		return (EAttribute)osNvramSourceReservationsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsNvramSourceHost() {
		return osNvramSourceHostEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceHost_Mixed() {
		return (EAttribute)osNvramSourceHostEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceHost_Transport() {
		return (EAttribute)osNvramSourceHostEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceHost_Name() {
		return (EAttribute)osNvramSourceHostEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceHost_Port() {
		return (EAttribute)osNvramSourceHostEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceHost_Socket() {
		return (EAttribute)osNvramSourceHostEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceHost_Any() {
		return (EAttribute)osNvramSourceHostEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceHost_AnyAttribute() {
		return (EAttribute)osNvramSourceHostEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsNvramSourceSnapshot() {
		return osNvramSourceSnapshotEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceSnapshot_Mixed() {
		return (EAttribute)osNvramSourceSnapshotEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceSnapshot_Name() {
		return (EAttribute)osNvramSourceSnapshotEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceSnapshot_Any() {
		return (EAttribute)osNvramSourceSnapshotEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceSnapshot_AnyAttribute() {
		return (EAttribute)osNvramSourceSnapshotEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsNvramSourceConfig() {
		return osNvramSourceConfigEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceConfig_Mixed() {
		return (EAttribute)osNvramSourceConfigEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceConfig_File() {
		return (EAttribute)osNvramSourceConfigEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceConfig_Any() {
		return (EAttribute)osNvramSourceConfigEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceConfig_AnyAttribute() {
		return (EAttribute)osNvramSourceConfigEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiskAuth() {
		return diskAuthEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiskAuth_Mixed() {
		return (EAttribute)diskAuthEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDiskAuth_Secret() {
		return (EReference)diskAuthEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiskAuth_Username() {
		return (EAttribute)diskAuthEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiskAuth_Any() {
		return (EAttribute)diskAuthEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiskAuth_AnyAttribute() {
		return (EAttribute)diskAuthEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInitiatorinfo() {
		return initiatorinfoEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiatorinfo_Mixed() {
		return (EAttribute)initiatorinfoEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInitiatorinfo_Iqn() {
		return (EReference)initiatorinfoEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiatorinfo_Any() {
		return (EAttribute)initiatorinfoEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiatorinfo_AnyAttribute() {
		return (EAttribute)initiatorinfoEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsNvramSourceCookies() {
		return osNvramSourceCookiesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceCookies_Mixed() {
		return (EAttribute)osNvramSourceCookiesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOsNvramSourceCookies_Cookies() {
		return (EReference)osNvramSourceCookiesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceCookies_Any() {
		return (EAttribute)osNvramSourceCookiesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceCookies_AnyAttribute() {
		return (EAttribute)osNvramSourceCookiesEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsNvramSourceReadahead() {
		return osNvramSourceReadaheadEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceReadahead_Mixed() {
		return (EAttribute)osNvramSourceReadaheadEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceReadahead_Size() {
		return (EAttribute)osNvramSourceReadaheadEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceReadahead_Any() {
		return (EAttribute)osNvramSourceReadaheadEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceReadahead_AnyAttribute() {
		return (EAttribute)osNvramSourceReadaheadEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsNvramSourceTimeout() {
		return osNvramSourceTimeoutEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceTimeout_Mixed() {
		return (EAttribute)osNvramSourceTimeoutEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceTimeout_Seconds() {
		return (EAttribute)osNvramSourceTimeoutEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceTimeout_Any() {
		return (EAttribute)osNvramSourceTimeoutEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceTimeout_AnyAttribute() {
		return (EAttribute)osNvramSourceTimeoutEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsNvramSourceSsl() {
		return osNvramSourceSslEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceSsl_Mixed() {
		return (EAttribute)osNvramSourceSslEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceSsl_Verify() {
		return (EAttribute)osNvramSourceSslEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceSsl_Any() {
		return (EAttribute)osNvramSourceSslEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceSsl_AnyAttribute() {
		return (EAttribute)osNvramSourceSslEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsNvramSourceIdentity() {
		return osNvramSourceIdentityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceIdentity_Mixed() {
		return (EAttribute)osNvramSourceIdentityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceIdentity_User() {
		return (EAttribute)osNvramSourceIdentityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceIdentity_Group() {
		return (EAttribute)osNvramSourceIdentityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceIdentity_Any() {
		return (EAttribute)osNvramSourceIdentityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceIdentity_AnyAttribute() {
		return (EAttribute)osNvramSourceIdentityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsNvramSourceAddress() {
		return osNvramSourceAddressEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceAddress_Mixed() {
		return (EAttribute)osNvramSourceAddressEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceAddress_Domain() {
		return (EAttribute)osNvramSourceAddressEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceAddress_Bus() {
		return (EAttribute)osNvramSourceAddressEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceAddress_Slot() {
		return (EAttribute)osNvramSourceAddressEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceAddress_Function() {
		return (EAttribute)osNvramSourceAddressEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceAddress_Multifunction() {
		return (EAttribute)osNvramSourceAddressEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceAddress_Any() {
		return (EAttribute)osNvramSourceAddressEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceAddress_AnyAttribute() {
		return (EAttribute)osNvramSourceAddressEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReconnect() {
		return reconnectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReconnect_Mixed() {
		return (EAttribute)reconnectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReconnect_Enabled() {
		return (EAttribute)reconnectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReconnect_Timeout() {
		return (EAttribute)reconnectEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReconnect_Any() {
		return (EAttribute)reconnectEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReconnect_AnyAttribute() {
		return (EAttribute)reconnectEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceSourceLocal() {
		return interfaceSourceLocalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceSourceLocal_Mixed() {
		return (EAttribute)interfaceSourceLocalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceSourceLocal_Address() {
		return (EAttribute)interfaceSourceLocalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceSourceLocal_Port() {
		return (EAttribute)interfaceSourceLocalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceSourceLocal_Any() {
		return (EAttribute)interfaceSourceLocalEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceSourceLocal_AnyAttribute() {
		return (EAttribute)interfaceSourceLocalEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSourceVendor() {
		return sourceVendorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceVendor_Mixed() {
		return (EAttribute)sourceVendorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceVendor_Id() {
		return (EAttribute)sourceVendorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceVendor_Any() {
		return (EAttribute)sourceVendorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceVendor_AnyAttribute() {
		return (EAttribute)sourceVendorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSourceProduct() {
		return sourceProductEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceProduct_Mixed() {
		return (EAttribute)sourceProductEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceProduct_Id() {
		return (EAttribute)sourceProductEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceProduct_Any() {
		return (EAttribute)sourceProductEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceProduct_AnyAttribute() {
		return (EAttribute)sourceProductEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSourceAddress() {
		return sourceAddressEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceAddress_Mixed() {
		return (EAttribute)sourceAddressEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceAddress_Bus() {
		return (EAttribute)sourceAddressEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceAddress_Device() {
		return (EAttribute)sourceAddressEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceAddress_Type() {
		return (EAttribute)sourceAddressEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceAddress_Domain() {
		return (EAttribute)sourceAddressEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceAddress_Slot() {
		return (EAttribute)sourceAddressEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceAddress_Function() {
		return (EAttribute)sourceAddressEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceAddress_Multifunction() {
		return (EAttribute)sourceAddressEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceAddress_Target() {
		return (EAttribute)sourceAddressEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceAddress_Unit() {
		return (EAttribute)sourceAddressEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceAddress_Uuid() {
		return (EAttribute)sourceAddressEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceAddress_Any() {
		return (EAttribute)sourceAddressEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSourceAddress_AnyAttribute() {
		return (EAttribute)sourceAddressEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceVirtualportParameters() {
		return interfaceVirtualportParametersEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceVirtualportParameters_Mixed() {
		return (EAttribute)interfaceVirtualportParametersEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceVirtualportParameters_Managerid() {
		return (EAttribute)interfaceVirtualportParametersEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceVirtualportParameters_Typeid() {
		return (EAttribute)interfaceVirtualportParametersEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceVirtualportParameters_Typeidversion() {
		return (EAttribute)interfaceVirtualportParametersEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceVirtualportParameters_Instanceid() {
		return (EAttribute)interfaceVirtualportParametersEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceVirtualportParameters_Profileid() {
		return (EAttribute)interfaceVirtualportParametersEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceVirtualportParameters_Interfaceid() {
		return (EAttribute)interfaceVirtualportParametersEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceVirtualportParameters_Any() {
		return (EAttribute)interfaceVirtualportParametersEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceVirtualportParameters_AnyAttribute() {
		return (EAttribute)interfaceVirtualportParametersEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceCoalesceRx() {
		return interfaceCoalesceRxEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceCoalesceRx_Mixed() {
		return (EAttribute)interfaceCoalesceRxEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getInterfaceCoalesceRx_Frames() {
		return (EReference)interfaceCoalesceRxEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceCoalesceRx_Any() {
		return (EAttribute)interfaceCoalesceRxEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceCoalesceRx_AnyAttribute() {
		return (EAttribute)interfaceCoalesceRxEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfacePortForwardRange() {
		return interfacePortForwardRangeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfacePortForwardRange_Mixed() {
		return (EAttribute)interfacePortForwardRangeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfacePortForwardRange_Start() {
		return (EAttribute)interfacePortForwardRangeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfacePortForwardRange_End() {
		return (EAttribute)interfacePortForwardRangeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfacePortForwardRange_To() {
		return (EAttribute)interfacePortForwardRangeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfacePortForwardRange_Exclude() {
		return (EAttribute)interfacePortForwardRangeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfacePortForwardRange_Any() {
		return (EAttribute)interfacePortForwardRangeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfacePortForwardRange_AnyAttribute() {
		return (EAttribute)interfacePortForwardRangeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceDriverHost() {
		return interfaceDriverHostEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriverHost_Mixed() {
		return (EAttribute)interfaceDriverHostEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriverHost_Csum() {
		return (EAttribute)interfaceDriverHostEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriverHost_Gso() {
		return (EAttribute)interfaceDriverHostEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriverHost_Tso4() {
		return (EAttribute)interfaceDriverHostEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriverHost_Tso6() {
		return (EAttribute)interfaceDriverHostEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriverHost_Ecn() {
		return (EAttribute)interfaceDriverHostEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriverHost_Ufo() {
		return (EAttribute)interfaceDriverHostEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriverHost_MrgRxbuf() {
		return (EAttribute)interfaceDriverHostEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriverHost_Any() {
		return (EAttribute)interfaceDriverHostEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriverHost_AnyAttribute() {
		return (EAttribute)interfaceDriverHostEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceDriverGuest() {
		return interfaceDriverGuestEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriverGuest_Mixed() {
		return (EAttribute)interfaceDriverGuestEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriverGuest_Csum() {
		return (EAttribute)interfaceDriverGuestEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriverGuest_Tso4() {
		return (EAttribute)interfaceDriverGuestEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriverGuest_Tso6() {
		return (EAttribute)interfaceDriverGuestEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriverGuest_Ecn() {
		return (EAttribute)interfaceDriverGuestEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriverGuest_Ufo() {
		return (EAttribute)interfaceDriverGuestEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriverGuest_Any() {
		return (EAttribute)interfaceDriverGuestEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceDriverGuest_AnyAttribute() {
		return (EAttribute)interfaceDriverGuestEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAddressZpci() {
		return addressZpciEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddressZpci_Mixed() {
		return (EAttribute)addressZpciEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddressZpci_Uid() {
		return (EAttribute)addressZpciEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddressZpci_Fid() {
		return (EAttribute)addressZpciEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddressZpci_Any() {
		return (EAttribute)addressZpciEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddressZpci_AnyAttribute() {
		return (EAttribute)addressZpciEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceFilterrefParameter() {
		return interfaceFilterrefParameterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceFilterrefParameter_Mixed() {
		return (EAttribute)interfaceFilterrefParameterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceFilterrefParameter_Name() {
		return (EAttribute)interfaceFilterrefParameterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceFilterrefParameter_ValueAttribute() {
		return (EAttribute)interfaceFilterrefParameterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceFilterrefParameter_Any() {
		return (EAttribute)interfaceFilterrefParameterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceFilterrefParameter_AnyAttribute() {
		return (EAttribute)interfaceFilterrefParameterEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceBandwidthInbound() {
		return interfaceBandwidthInboundEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBandwidthInbound_Mixed() {
		return (EAttribute)interfaceBandwidthInboundEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBandwidthInbound_Average() {
		return (EAttribute)interfaceBandwidthInboundEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBandwidthInbound_Peak() {
		return (EAttribute)interfaceBandwidthInboundEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBandwidthInbound_Floor() {
		return (EAttribute)interfaceBandwidthInboundEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBandwidthInbound_Burst() {
		return (EAttribute)interfaceBandwidthInboundEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBandwidthInbound_Any() {
		return (EAttribute)interfaceBandwidthInboundEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBandwidthInbound_AnyAttribute() {
		return (EAttribute)interfaceBandwidthInboundEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceBandwidthOutbound() {
		return interfaceBandwidthOutboundEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBandwidthOutbound_Mixed() {
		return (EAttribute)interfaceBandwidthOutboundEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBandwidthOutbound_Average() {
		return (EAttribute)interfaceBandwidthOutboundEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBandwidthOutbound_Peak() {
		return (EAttribute)interfaceBandwidthOutboundEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBandwidthOutbound_Floor() {
		return (EAttribute)interfaceBandwidthOutboundEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBandwidthOutbound_Burst() {
		return (EAttribute)interfaceBandwidthOutboundEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBandwidthOutbound_Any() {
		return (EAttribute)interfaceBandwidthOutboundEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceBandwidthOutbound_AnyAttribute() {
		return (EAttribute)interfaceBandwidthOutboundEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceVlanTag() {
		return interfaceVlanTagEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceVlanTag_Mixed() {
		return (EAttribute)interfaceVlanTagEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceVlanTag_Id() {
		return (EAttribute)interfaceVlanTagEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceVlanTag_NativeMode() {
		return (EAttribute)interfaceVlanTagEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceVlanTag_Any() {
		return (EAttribute)interfaceVlanTagEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceVlanTag_AnyAttribute() {
		return (EAttribute)interfaceVlanTagEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHostdevSourceAdapter() {
		return hostdevSourceAdapterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceAdapter_Mixed() {
		return (EAttribute)hostdevSourceAdapterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostdevSourceAdapter_Parentaddr() {
		return (EReference)hostdevSourceAdapterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceAdapter_Type() {
		return (EAttribute)hostdevSourceAdapterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceAdapter_Name() {
		return (EAttribute)hostdevSourceAdapterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceAdapter_Parent() {
		return (EAttribute)hostdevSourceAdapterEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceAdapter_Managed() {
		return (EAttribute)hostdevSourceAdapterEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceAdapter_ParentWwnn() {
		return (EAttribute)hostdevSourceAdapterEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceAdapter_ParentWwpn() {
		return (EAttribute)hostdevSourceAdapterEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceAdapter_ParentFabricWwn() {
		return (EAttribute)hostdevSourceAdapterEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceAdapter_Wwnn() {
		return (EAttribute)hostdevSourceAdapterEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceAdapter_Wwpn() {
		return (EAttribute)hostdevSourceAdapterEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceAdapter_Any() {
		return (EAttribute)hostdevSourceAdapterEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceAdapter_AnyAttribute() {
		return (EAttribute)hostdevSourceAdapterEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHostdevSourceHost() {
		return hostdevSourceHostEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceHost_Mixed() {
		return (EAttribute)hostdevSourceHostEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceHost_Name() {
		return (EAttribute)hostdevSourceHostEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceHost_Port() {
		return (EAttribute)hostdevSourceHostEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceHost_Any() {
		return (EAttribute)hostdevSourceHostEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceHost_AnyAttribute() {
		return (EAttribute)hostdevSourceHostEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsNvramSourceSlicesSlice() {
		return osNvramSourceSlicesSliceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceSlicesSlice_Mixed() {
		return (EAttribute)osNvramSourceSlicesSliceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceSlicesSlice_Type() {
		return (EAttribute)osNvramSourceSlicesSliceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceSlicesSlice_Offset() {
		return (EAttribute)osNvramSourceSlicesSliceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceSlicesSlice_Size() {
		return (EAttribute)osNvramSourceSlicesSliceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceSlicesSlice_Any() {
		return (EAttribute)osNvramSourceSlicesSliceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceSlicesSlice_AnyAttribute() {
		return (EAttribute)osNvramSourceSlicesSliceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsNvramSourceEncryptionSecret() {
		return osNvramSourceEncryptionSecretEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceEncryptionSecret_Mixed() {
		return (EAttribute)osNvramSourceEncryptionSecretEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceEncryptionSecret_Type() {
		return (EAttribute)osNvramSourceEncryptionSecretEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceEncryptionSecret_Uuid() {
		return (EAttribute)osNvramSourceEncryptionSecretEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceEncryptionSecret_Usage() {
		return (EAttribute)osNvramSourceEncryptionSecretEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceEncryptionSecret_Any() {
		return (EAttribute)osNvramSourceEncryptionSecretEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceEncryptionSecret_AnyAttribute() {
		return (EAttribute)osNvramSourceEncryptionSecretEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsNvramSourceEncryptionCipher() {
		return osNvramSourceEncryptionCipherEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceEncryptionCipher_Mixed() {
		return (EAttribute)osNvramSourceEncryptionCipherEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceEncryptionCipher_Name() {
		return (EAttribute)osNvramSourceEncryptionCipherEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceEncryptionCipher_Size() {
		return (EAttribute)osNvramSourceEncryptionCipherEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceEncryptionCipher_Mode() {
		return (EAttribute)osNvramSourceEncryptionCipherEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceEncryptionCipher_Hash() {
		return (EAttribute)osNvramSourceEncryptionCipherEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceEncryptionCipher_Any() {
		return (EAttribute)osNvramSourceEncryptionCipherEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceEncryptionCipher_AnyAttribute() {
		return (EAttribute)osNvramSourceEncryptionCipherEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsNvramSourceEncryptionIvgen() {
		return osNvramSourceEncryptionIvgenEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceEncryptionIvgen_Mixed() {
		return (EAttribute)osNvramSourceEncryptionIvgenEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceEncryptionIvgen_Name() {
		return (EAttribute)osNvramSourceEncryptionIvgenEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceEncryptionIvgen_Hash() {
		return (EAttribute)osNvramSourceEncryptionIvgenEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceEncryptionIvgen_Any() {
		return (EAttribute)osNvramSourceEncryptionIvgenEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceEncryptionIvgen_AnyAttribute() {
		return (EAttribute)osNvramSourceEncryptionIvgenEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDiskAuthSecret() {
		return diskAuthSecretEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiskAuthSecret_Mixed() {
		return (EAttribute)diskAuthSecretEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiskAuthSecret_Type() {
		return (EAttribute)diskAuthSecretEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiskAuthSecret_Uuid() {
		return (EAttribute)diskAuthSecretEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiskAuthSecret_Usage() {
		return (EAttribute)diskAuthSecretEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiskAuthSecret_Any() {
		return (EAttribute)diskAuthSecretEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDiskAuthSecret_AnyAttribute() {
		return (EAttribute)diskAuthSecretEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInitiatorinfoIqn() {
		return initiatorinfoIqnEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiatorinfoIqn_Mixed() {
		return (EAttribute)initiatorinfoIqnEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiatorinfoIqn_Name() {
		return (EAttribute)initiatorinfoIqnEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiatorinfoIqn_Any() {
		return (EAttribute)initiatorinfoIqnEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitiatorinfoIqn_AnyAttribute() {
		return (EAttribute)initiatorinfoIqnEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOsNvramSourceCookiesCookie() {
		return osNvramSourceCookiesCookieEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceCookiesCookie_Value() {
		return (EAttribute)osNvramSourceCookiesCookieEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceCookiesCookie_Name() {
		return (EAttribute)osNvramSourceCookiesCookieEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOsNvramSourceCookiesCookie_AnyAttribute() {
		return (EAttribute)osNvramSourceCookiesCookieEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInterfaceCoalesceRxFrames() {
		return interfaceCoalesceRxFramesEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceCoalesceRxFrames_Mixed() {
		return (EAttribute)interfaceCoalesceRxFramesEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceCoalesceRxFrames_Max() {
		return (EAttribute)interfaceCoalesceRxFramesEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceCoalesceRxFrames_Any() {
		return (EAttribute)interfaceCoalesceRxFramesEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInterfaceCoalesceRxFrames_AnyAttribute() {
		return (EAttribute)interfaceCoalesceRxFramesEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHostdevSourceAdapterParentaddr() {
		return hostdevSourceAdapterParentaddrEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceAdapterParentaddr_Mixed() {
		return (EAttribute)hostdevSourceAdapterParentaddrEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHostdevSourceAdapterParentaddr_Address() {
		return (EReference)hostdevSourceAdapterParentaddrEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceAdapterParentaddr_UniqueId() {
		return (EAttribute)hostdevSourceAdapterParentaddrEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceAdapterParentaddr_Any() {
		return (EAttribute)hostdevSourceAdapterParentaddrEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceAdapterParentaddr_AnyAttribute() {
		return (EAttribute)hostdevSourceAdapterParentaddrEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHostdevSourceAdapterParentaddrAddress() {
		return hostdevSourceAdapterParentaddrAddressEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceAdapterParentaddrAddress_Mixed() {
		return (EAttribute)hostdevSourceAdapterParentaddrAddressEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceAdapterParentaddrAddress_Domain() {
		return (EAttribute)hostdevSourceAdapterParentaddrAddressEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceAdapterParentaddrAddress_Bus() {
		return (EAttribute)hostdevSourceAdapterParentaddrAddressEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceAdapterParentaddrAddress_Slot() {
		return (EAttribute)hostdevSourceAdapterParentaddrAddressEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceAdapterParentaddrAddress_Function() {
		return (EAttribute)hostdevSourceAdapterParentaddrAddressEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceAdapterParentaddrAddress_Multifunction() {
		return (EAttribute)hostdevSourceAdapterParentaddrAddressEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceAdapterParentaddrAddress_Any() {
		return (EAttribute)hostdevSourceAdapterParentaddrAddressEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHostdevSourceAdapterParentaddrAddress_AnyAttribute() {
		return (EAttribute)hostdevSourceAdapterParentaddrAddressEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEmptyElement() {
		return emptyElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmptyElement_Mixed() {
		return (EAttribute)emptyElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmptyElement_Any() {
		return (EAttribute)emptyElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEmptyElement_AnyAttribute() {
		return (EAttribute)emptyElementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDomainType() {
		return domainTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOsFirmware2() {
		return osFirmware2EEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVirOnOff() {
		return virOnOffEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVcpuPlacement() {
		return vcpuPlacementEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOsTypeValue() {
		return osTypeValueEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOsTypeArch() {
		return osTypeArchEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVirYesNo() {
		return virYesNoEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOsLoaderType() {
		return osLoaderTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOsNvramType() {
		return osNvramTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOsBootDev() {
		return osBootDevEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOsSmbiosMode() {
		return osSmbiosModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInterfaceType() {
		return interfaceTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHostdevMode() {
		return hostdevModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHostdevType() {
		return hostdevTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHostdevSgio() {
		return hostdevSgioEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHostdevModel() {
		return hostdevModelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOsFirmwareFeatureName() {
		return osFirmwareFeatureNameEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOsNvramSourceStartupPolicy() {
		return osNvramSourceStartupPolicyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOsNvramSourceProtocol() {
		return osNvramSourceProtocolEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOsNvramSourceMode() {
		return osNvramSourceModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOsNvramSourceType() {
		return osNvramSourceTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOsAcpiTableType() {
		return osAcpiTableTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMacTableManager() {
		return macTableManagerEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInterfaceSourceType() {
		return interfaceSourceTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInterfaceVirtualportType() {
		return interfaceVirtualportTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInterfaceLinkState() {
		return interfaceLinkStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInterfaceMacType() {
		return interfaceMacTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInterfacePortForwardProto() {
		return interfacePortForwardProtoEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInterfaceBackendType() {
		return interfaceBackendTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInterfaceDriverName() {
		return interfaceDriverNameEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInterfaceDriverTxmode() {
		return interfaceDriverTxmodeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAddressType() {
		return addressTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInterfaceVlanTrunk() {
		return interfaceVlanTrunkEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTeamingType() {
		return teamingTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHostdevDriverName() {
		return hostdevDriverNameEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHostdevSourceStartupPolicy() {
		return hostdevSourceStartupPolicyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHostdevSourceGuestReset() {
		return hostdevSourceGuestResetEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHostdevSourceProtocol() {
		return hostdevSourceProtocolEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOsNvramSourceEncryptionFormat() {
		return osNvramSourceEncryptionFormatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOsNvramSourceEncryptionEngine() {
		return osNvramSourceEncryptionEngineEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOsNvramSourceSeclabelRelabel() {
		return osNvramSourceSeclabelRelabelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOsNvramSourceSeclabelLabelskip() {
		return osNvramSourceSeclabelLabelskipEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOsNvramSourceHostTransport() {
		return osNvramSourceHostTransportEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSourceAddressType() {
		return sourceAddressTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInterfaceVlanTagNativeMode() {
		return interfaceVlanTagNativeModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHostdevSourceAdapterType() {
		return hostdevSourceAdapterTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOsNvramSourceSlicesSliceType() {
		return osNvramSourceSlicesSliceTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOsNvramSourceEncryptionSecretType() {
		return osNvramSourceEncryptionSecretTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDiskAuthSecretType() {
		return diskAuthSecretTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getObjectNameWithSlash() {
		return objectNameWithSlashEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getUUID() {
		return uuidEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getUnsignedInt() {
		return unsignedIntEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getAbsFilePath() {
		return absFilePathEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getGenericName() {
		return genericNameEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getMemoryValue() {
		return memoryValueEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getUnit() {
		return unitEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getCurrentMemoryValue() {
		return currentMemoryValueEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getVcpuValue() {
		return vcpuValueEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getCpuset() {
		return cpusetEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getCountCPU() {
		return countCPUEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getOsTypeMachine() {
		return osTypeMachineEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getOsLoaderValue() {
		return osLoaderValueEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getUnsignedShort() {
		return unsignedShortEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getRebootTimeoutDelay() {
		return rebootTimeoutDelayEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getOsInitenvName() {
		return osInitenvNameEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getOsNvramSourceFile() {
		return osNvramSourceFileEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getPositiveInteger() {
		return positiveIntegerEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getOsNvramSourceDev() {
		return osNvramSourceDevEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getObjectName() {
		return objectNameEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getVolName() {
		return volNameEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getUint32() {
		return uint32EDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getOsAcpiTableValue() {
		return osAcpiTableValueEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInterfaceSourceBridge() {
		return interfaceSourceBridgeEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDeviceName() {
		return deviceNameEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInterfaceSourcePortid() {
		return interfaceSourcePortidEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInterfaceSourceMode() {
		return interfaceSourceModeEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getIpv4Addr() {
		return ipv4AddrEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getPortNumber() {
		return portNumberEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getUniMacAddr() {
		return uniMacAddrEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getIpAddr() {
		return ipAddrEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getAddrFamily() {
		return addrFamilyEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getIpPrefix() {
		return ipPrefixEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getFilePath() {
		return filePathEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInterfaceModelType() {
		return interfaceModelTypeEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getAliasName() {
		return aliasNameEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getPciDomain() {
		return pciDomainEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getAddressBus() {
		return addressBusEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getAddressSlot() {
		return addressSlotEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getPciFunc() {
		return pciFuncEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDriveController() {
		return driveControllerEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDriveTarget() {
		return driveTargetEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDriveUnit() {
		return driveUnitEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getAddressPort() {
		return addressPortEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getSpaprvioReg() {
		return spaprvioRegEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getCcwCssidRange() {
		return ccwCssidRangeEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getCcwSsidRange() {
		return ccwSsidRangeEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getCcwDevnoRange() {
		return ccwDevnoRangeEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getAddressIobase() {
		return addressIobaseEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getAddressIrq() {
		return addressIrqEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getHexuint() {
		return hexuintEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDeviceBootLoadparm() {
		return deviceBootLoadparmEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getHostdevSourceWwpn() {
		return hostdevSourceWwpnEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getOsNvramSourceHostName() {
		return osNvramSourceHostNameEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getPciBus() {
		return pciBusEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getPciSlot() {
		return pciSlotEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getUsbId() {
		return usbIdEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getSourceAddressBus() {
		return sourceAddressBusEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getUsbAddr() {
		return usbAddrEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDriveSCSITarget() {
		return driveSCSITargetEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDriveSCSIUnit() {
		return driveSCSIUnitEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getUint8() {
		return uint8EDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getUint24() {
		return uint24EDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getUint16() {
		return uint16EDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getFilterParamName() {
		return filterParamNameEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getFilterParamValue() {
		return filterParamValueEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getSpeed() {
		return speedEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getBurstSize() {
		return burstSizeEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInterfaceVlanTagId() {
		return interfaceVlanTagIdEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getWwn() {
		return wwnEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getOsNvramSourceCookiesCookieValue() {
		return osNvramSourceCookiesCookieValueEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getOsNvramSourceCookiesCookieName() {
		return osNvramSourceCookiesCookieNameEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DomainFactory getDomainFactory() {
		return (DomainFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		documentRootEClass = createEClass(DOCUMENT_ROOT);
		createEAttribute(documentRootEClass, DOCUMENT_ROOT__MIXED);
		createEReference(documentRootEClass, DOCUMENT_ROOT__XMLNS_PREFIX_MAP);
		createEReference(documentRootEClass, DOCUMENT_ROOT__XSI_SCHEMA_LOCATION);
		createEReference(documentRootEClass, DOCUMENT_ROOT__DOMAIN);

		domainEClass = createEClass(DOMAIN);
		createEAttribute(domainEClass, DOMAIN__MIXED);
		createEAttribute(domainEClass, DOMAIN__NAME);
		createEAttribute(domainEClass, DOMAIN__UUID);
		createEAttribute(domainEClass, DOMAIN__TITLE);
		createEAttribute(domainEClass, DOMAIN__DESCRIPTION);
		createEReference(domainEClass, DOMAIN__OS);
		createEReference(domainEClass, DOMAIN__MEMORY);
		createEReference(domainEClass, DOMAIN__CURRENT_MEMORY);
		createEReference(domainEClass, DOMAIN__VCPU);
		createEReference(domainEClass, DOMAIN__DEVICES);
		createEAttribute(domainEClass, DOMAIN__TYPE);
		createEAttribute(domainEClass, DOMAIN__ID);
		createEAttribute(domainEClass, DOMAIN__ANY);
		createEAttribute(domainEClass, DOMAIN__ANY_ATTRIBUTE);

		osEClass = createEClass(OS);
		createEAttribute(osEClass, OS__MIXED);
		createEReference(osEClass, OS__TYPE);
		createEAttribute(osEClass, OS__KERNEL);
		createEAttribute(osEClass, OS__INITRD);
		createEAttribute(osEClass, OS__ROOT);
		createEAttribute(osEClass, OS__CMDLINE);
		createEAttribute(osEClass, OS__DTB);
		createEReference(osEClass, OS__FIRMWARE);
		createEReference(osEClass, OS__LOADER);
		createEReference(osEClass, OS__NVRAM);
		createEReference(osEClass, OS__BOOTS);
		createEReference(osEClass, OS__BOOTMENU);
		createEReference(osEClass, OS__SMBIOS);
		createEReference(osEClass, OS__BIOS);
		createEReference(osEClass, OS__ACPI);
		createEAttribute(osEClass, OS__INIT);
		createEAttribute(osEClass, OS__INITARGS);
		createEReference(osEClass, OS__INITENVS);
		createEAttribute(osEClass, OS__INITDIR);
		createEAttribute(osEClass, OS__INITUSER);
		createEAttribute(osEClass, OS__INITGROUP);
		createEAttribute(osEClass, OS__FIRMWARE_ATTRIBUTE);
		createEAttribute(osEClass, OS__ANY);
		createEAttribute(osEClass, OS__ANY_ATTRIBUTE);

		memoryEClass = createEClass(MEMORY);
		createEAttribute(memoryEClass, MEMORY__VALUE);
		createEAttribute(memoryEClass, MEMORY__UNIT);
		createEAttribute(memoryEClass, MEMORY__DUMP_CORE);
		createEAttribute(memoryEClass, MEMORY__ANY_ATTRIBUTE);

		currentMemoryEClass = createEClass(CURRENT_MEMORY);
		createEAttribute(currentMemoryEClass, CURRENT_MEMORY__VALUE);
		createEAttribute(currentMemoryEClass, CURRENT_MEMORY__UNIT);
		createEAttribute(currentMemoryEClass, CURRENT_MEMORY__ANY_ATTRIBUTE);

		vcpuEClass = createEClass(VCPU);
		createEAttribute(vcpuEClass, VCPU__VALUE);
		createEAttribute(vcpuEClass, VCPU__PLACEMENT);
		createEAttribute(vcpuEClass, VCPU__CPUSET);
		createEAttribute(vcpuEClass, VCPU__CURRENT);
		createEAttribute(vcpuEClass, VCPU__ANY_ATTRIBUTE);

		devicesEClass = createEClass(DEVICES);
		createEAttribute(devicesEClass, DEVICES__MIXED);
		createEReference(devicesEClass, DEVICES__INTERFACES);
		createEReference(devicesEClass, DEVICES__HOSTDEVS);
		createEAttribute(devicesEClass, DEVICES__ANY);
		createEAttribute(devicesEClass, DEVICES__ANY_ATTRIBUTE);

		osTypeEClass = createEClass(OS_TYPE);
		createEAttribute(osTypeEClass, OS_TYPE__VALUE);
		createEAttribute(osTypeEClass, OS_TYPE__ARCH);
		createEAttribute(osTypeEClass, OS_TYPE__MACHINE);
		createEAttribute(osTypeEClass, OS_TYPE__ANY_ATTRIBUTE);

		osFirmwareEClass = createEClass(OS_FIRMWARE);
		createEAttribute(osFirmwareEClass, OS_FIRMWARE__MIXED);
		createEReference(osFirmwareEClass, OS_FIRMWARE__FEATURES);
		createEAttribute(osFirmwareEClass, OS_FIRMWARE__ANY);
		createEAttribute(osFirmwareEClass, OS_FIRMWARE__ANY_ATTRIBUTE);

		osLoaderEClass = createEClass(OS_LOADER);
		createEAttribute(osLoaderEClass, OS_LOADER__VALUE);
		createEAttribute(osLoaderEClass, OS_LOADER__READONLY);
		createEAttribute(osLoaderEClass, OS_LOADER__SECURE);
		createEAttribute(osLoaderEClass, OS_LOADER__TYPE);
		createEAttribute(osLoaderEClass, OS_LOADER__STATELESS);
		createEAttribute(osLoaderEClass, OS_LOADER__ANY_ATTRIBUTE);

		osNvramEClass = createEClass(OS_NVRAM);
		createEAttribute(osNvramEClass, OS_NVRAM__MIXED);
		createEReference(osNvramEClass, OS_NVRAM__SOURCE);
		createEAttribute(osNvramEClass, OS_NVRAM__TEMPLATE);
		createEAttribute(osNvramEClass, OS_NVRAM__TYPE);
		createEAttribute(osNvramEClass, OS_NVRAM__ANY);
		createEAttribute(osNvramEClass, OS_NVRAM__ANY_ATTRIBUTE);

		osBootEClass = createEClass(OS_BOOT);
		createEAttribute(osBootEClass, OS_BOOT__MIXED);
		createEAttribute(osBootEClass, OS_BOOT__DEV);
		createEAttribute(osBootEClass, OS_BOOT__ANY);
		createEAttribute(osBootEClass, OS_BOOT__ANY_ATTRIBUTE);

		osBootmenuEClass = createEClass(OS_BOOTMENU);
		createEAttribute(osBootmenuEClass, OS_BOOTMENU__MIXED);
		createEAttribute(osBootmenuEClass, OS_BOOTMENU__ENABLE);
		createEAttribute(osBootmenuEClass, OS_BOOTMENU__TIMEOUT);
		createEAttribute(osBootmenuEClass, OS_BOOTMENU__ANY);
		createEAttribute(osBootmenuEClass, OS_BOOTMENU__ANY_ATTRIBUTE);

		osSmbiosEClass = createEClass(OS_SMBIOS);
		createEAttribute(osSmbiosEClass, OS_SMBIOS__MIXED);
		createEAttribute(osSmbiosEClass, OS_SMBIOS__MODE);
		createEAttribute(osSmbiosEClass, OS_SMBIOS__ANY);
		createEAttribute(osSmbiosEClass, OS_SMBIOS__ANY_ATTRIBUTE);

		osBiosEClass = createEClass(OS_BIOS);
		createEAttribute(osBiosEClass, OS_BIOS__MIXED);
		createEAttribute(osBiosEClass, OS_BIOS__USESERIAL);
		createEAttribute(osBiosEClass, OS_BIOS__REBOOT_TIMEOUT);
		createEAttribute(osBiosEClass, OS_BIOS__ANY);
		createEAttribute(osBiosEClass, OS_BIOS__ANY_ATTRIBUTE);

		osAcpiEClass = createEClass(OS_ACPI);
		createEAttribute(osAcpiEClass, OS_ACPI__MIXED);
		createEReference(osAcpiEClass, OS_ACPI__TABLES);
		createEAttribute(osAcpiEClass, OS_ACPI__ANY);
		createEAttribute(osAcpiEClass, OS_ACPI__ANY_ATTRIBUTE);

		osInitenvEClass = createEClass(OS_INITENV);
		createEAttribute(osInitenvEClass, OS_INITENV__VALUE);
		createEAttribute(osInitenvEClass, OS_INITENV__NAME);
		createEAttribute(osInitenvEClass, OS_INITENV__ANY_ATTRIBUTE);

		interfaceEClass = createEClass(INTERFACE);
		createEAttribute(interfaceEClass, INTERFACE__MIXED);
		createEReference(interfaceEClass, INTERFACE__SOURCE);
		createEReference(interfaceEClass, INTERFACE__VIRTUALPORT);
		createEReference(interfaceEClass, INTERFACE__LINK);
		createEReference(interfaceEClass, INTERFACE__MTU);
		createEReference(interfaceEClass, INTERFACE__COALESCE);
		createEReference(interfaceEClass, INTERFACE__TARGET);
		createEReference(interfaceEClass, INTERFACE__GUEST);
		createEReference(interfaceEClass, INTERFACE__MAC);
		createEReference(interfaceEClass, INTERFACE__IPS);
		createEReference(interfaceEClass, INTERFACE__ROUTES);
		createEReference(interfaceEClass, INTERFACE__PORT_FORWARDS);
		createEReference(interfaceEClass, INTERFACE__SCRIPT);
		createEReference(interfaceEClass, INTERFACE__DOWNSCRIPT);
		createEReference(interfaceEClass, INTERFACE__BACKENDDOMAIN);
		createEReference(interfaceEClass, INTERFACE__MODEL);
		createEReference(interfaceEClass, INTERFACE__BACKEND);
		createEReference(interfaceEClass, INTERFACE__DRIVER);
		createEReference(interfaceEClass, INTERFACE__ALIAS);
		createEReference(interfaceEClass, INTERFACE__ACPI);
		createEReference(interfaceEClass, INTERFACE__ADDRESS);
		createEReference(interfaceEClass, INTERFACE__FILTERREF);
		createEReference(interfaceEClass, INTERFACE__TUNE);
		createEReference(interfaceEClass, INTERFACE__BOOT);
		createEReference(interfaceEClass, INTERFACE__ROM);
		createEReference(interfaceEClass, INTERFACE__BANDWIDTH);
		createEReference(interfaceEClass, INTERFACE__VLAN);
		createEReference(interfaceEClass, INTERFACE__PORT);
		createEReference(interfaceEClass, INTERFACE__TEAMING);
		createEAttribute(interfaceEClass, INTERFACE__TYPE);
		createEAttribute(interfaceEClass, INTERFACE__MANAGED);
		createEAttribute(interfaceEClass, INTERFACE__TRUST_GUEST_RX_FILTERS);
		createEAttribute(interfaceEClass, INTERFACE__ANY);
		createEAttribute(interfaceEClass, INTERFACE__ANY_ATTRIBUTE);

		hostdevEClass = createEClass(HOSTDEV);
		createEAttribute(hostdevEClass, HOSTDEV__MIXED);
		createEReference(hostdevEClass, HOSTDEV__DRIVER);
		createEReference(hostdevEClass, HOSTDEV__TEAMING);
		createEReference(hostdevEClass, HOSTDEV__SOURCE);
		createEReference(hostdevEClass, HOSTDEV__IPS);
		createEReference(hostdevEClass, HOSTDEV__ROUTES);
		createEReference(hostdevEClass, HOSTDEV__ALIAS);
		createEReference(hostdevEClass, HOSTDEV__ACPI);
		createEReference(hostdevEClass, HOSTDEV__BOOT);
		createEReference(hostdevEClass, HOSTDEV__ROM);
		createEReference(hostdevEClass, HOSTDEV__ADDRESS);
		createEReference(hostdevEClass, HOSTDEV__READONLY);
		createEReference(hostdevEClass, HOSTDEV__SHAREABLE);
		createEAttribute(hostdevEClass, HOSTDEV__MODE);
		createEAttribute(hostdevEClass, HOSTDEV__MANAGED);
		createEAttribute(hostdevEClass, HOSTDEV__TYPE);
		createEAttribute(hostdevEClass, HOSTDEV__SGIO);
		createEAttribute(hostdevEClass, HOSTDEV__RAWIO);
		createEAttribute(hostdevEClass, HOSTDEV__MODEL);
		createEAttribute(hostdevEClass, HOSTDEV__RAMFB);
		createEAttribute(hostdevEClass, HOSTDEV__DISPLAY);
		createEAttribute(hostdevEClass, HOSTDEV__ANY);
		createEAttribute(hostdevEClass, HOSTDEV__ANY_ATTRIBUTE);

		osFirmwareFeatureEClass = createEClass(OS_FIRMWARE_FEATURE);
		createEAttribute(osFirmwareFeatureEClass, OS_FIRMWARE_FEATURE__MIXED);
		createEAttribute(osFirmwareFeatureEClass, OS_FIRMWARE_FEATURE__ENABLED);
		createEAttribute(osFirmwareFeatureEClass, OS_FIRMWARE_FEATURE__NAME);
		createEAttribute(osFirmwareFeatureEClass, OS_FIRMWARE_FEATURE__ANY);
		createEAttribute(osFirmwareFeatureEClass, OS_FIRMWARE_FEATURE__ANY_ATTRIBUTE);

		osNvramSourceEClass = createEClass(OS_NVRAM_SOURCE);
		createEAttribute(osNvramSourceEClass, OS_NVRAM_SOURCE__MIXED);
		createEReference(osNvramSourceEClass, OS_NVRAM_SOURCE__SLICES);
		createEReference(osNvramSourceEClass, OS_NVRAM_SOURCE__PRIVATE_DATA);
		createEReference(osNvramSourceEClass, OS_NVRAM_SOURCE__ENCRYPTION);
		createEReference(osNvramSourceEClass, OS_NVRAM_SOURCE__SECLABELS);
		createEReference(osNvramSourceEClass, OS_NVRAM_SOURCE__RESERVATIONS);
		createEReference(osNvramSourceEClass, OS_NVRAM_SOURCE__HOSTS);
		createEReference(osNvramSourceEClass, OS_NVRAM_SOURCE__SNAPSHOT);
		createEReference(osNvramSourceEClass, OS_NVRAM_SOURCE__CONFIG);
		createEReference(osNvramSourceEClass, OS_NVRAM_SOURCE__AUTH);
		createEReference(osNvramSourceEClass, OS_NVRAM_SOURCE__INITIATOR);
		createEReference(osNvramSourceEClass, OS_NVRAM_SOURCE__COOKIES);
		createEReference(osNvramSourceEClass, OS_NVRAM_SOURCE__READAHEAD);
		createEReference(osNvramSourceEClass, OS_NVRAM_SOURCE__TIMEOUT);
		createEReference(osNvramSourceEClass, OS_NVRAM_SOURCE__SSL);
		createEReference(osNvramSourceEClass, OS_NVRAM_SOURCE__IDENTITY);
		createEReference(osNvramSourceEClass, OS_NVRAM_SOURCE__ADDRESS);
		createEReference(osNvramSourceEClass, OS_NVRAM_SOURCE__RECONNECT);
		createEAttribute(osNvramSourceEClass, OS_NVRAM_SOURCE__FILE);
		createEAttribute(osNvramSourceEClass, OS_NVRAM_SOURCE__FDGROUP);
		createEAttribute(osNvramSourceEClass, OS_NVRAM_SOURCE__INDEX);
		createEAttribute(osNvramSourceEClass, OS_NVRAM_SOURCE__STARTUP_POLICY);
		createEAttribute(osNvramSourceEClass, OS_NVRAM_SOURCE__DEV);
		createEAttribute(osNvramSourceEClass, OS_NVRAM_SOURCE__DIR);
		createEAttribute(osNvramSourceEClass, OS_NVRAM_SOURCE__PROTOCOL);
		createEAttribute(osNvramSourceEClass, OS_NVRAM_SOURCE__NAME);
		createEAttribute(osNvramSourceEClass, OS_NVRAM_SOURCE__TLS);
		createEAttribute(osNvramSourceEClass, OS_NVRAM_SOURCE__TLS_HOSTNAME);
		createEAttribute(osNvramSourceEClass, OS_NVRAM_SOURCE__QUERY);
		createEAttribute(osNvramSourceEClass, OS_NVRAM_SOURCE__POOL);
		createEAttribute(osNvramSourceEClass, OS_NVRAM_SOURCE__VOLUME);
		createEAttribute(osNvramSourceEClass, OS_NVRAM_SOURCE__MODE);
		createEAttribute(osNvramSourceEClass, OS_NVRAM_SOURCE__TYPE);
		createEAttribute(osNvramSourceEClass, OS_NVRAM_SOURCE__NAMESPACE);
		createEAttribute(osNvramSourceEClass, OS_NVRAM_SOURCE__MANAGED);
		createEAttribute(osNvramSourceEClass, OS_NVRAM_SOURCE__PATH);
		createEAttribute(osNvramSourceEClass, OS_NVRAM_SOURCE__ANY);
		createEAttribute(osNvramSourceEClass, OS_NVRAM_SOURCE__ANY_ATTRIBUTE);

		osAcpiTableEClass = createEClass(OS_ACPI_TABLE);
		createEAttribute(osAcpiTableEClass, OS_ACPI_TABLE__VALUE);
		createEAttribute(osAcpiTableEClass, OS_ACPI_TABLE__TYPE);
		createEAttribute(osAcpiTableEClass, OS_ACPI_TABLE__ANY_ATTRIBUTE);

		interfaceSourceEClass = createEClass(INTERFACE_SOURCE);
		createEAttribute(interfaceSourceEClass, INTERFACE_SOURCE__MIXED);
		createEReference(interfaceSourceEClass, INTERFACE_SOURCE__IPS);
		createEReference(interfaceSourceEClass, INTERFACE_SOURCE__ROUTES);
		createEReference(interfaceSourceEClass, INTERFACE_SOURCE__RECONNECT);
		createEReference(interfaceSourceEClass, INTERFACE_SOURCE__LOCAL);
		createEReference(interfaceSourceEClass, INTERFACE_SOURCE__VENDOR);
		createEReference(interfaceSourceEClass, INTERFACE_SOURCE__PRODUCT);
		createEReference(interfaceSourceEClass, INTERFACE_SOURCE__ADDRESS);
		createEAttribute(interfaceSourceEClass, INTERFACE_SOURCE__BRIDGE);
		createEAttribute(interfaceSourceEClass, INTERFACE_SOURCE__MAC_TABLE_MANAGER);
		createEAttribute(interfaceSourceEClass, INTERFACE_SOURCE__NETWORK);
		createEAttribute(interfaceSourceEClass, INTERFACE_SOURCE__PORTGROUP);
		createEAttribute(interfaceSourceEClass, INTERFACE_SOURCE__PORTID);
		createEAttribute(interfaceSourceEClass, INTERFACE_SOURCE__TYPE);
		createEAttribute(interfaceSourceEClass, INTERFACE_SOURCE__PATH);
		createEAttribute(interfaceSourceEClass, INTERFACE_SOURCE__MODE);
		createEAttribute(interfaceSourceEClass, INTERFACE_SOURCE__DEV);
		createEAttribute(interfaceSourceEClass, INTERFACE_SOURCE__NAME);
		createEAttribute(interfaceSourceEClass, INTERFACE_SOURCE__ADDRESS_ATTRIBUTE);
		createEAttribute(interfaceSourceEClass, INTERFACE_SOURCE__PORT);
		createEAttribute(interfaceSourceEClass, INTERFACE_SOURCE__MISSING);
		createEAttribute(interfaceSourceEClass, INTERFACE_SOURCE__SWITCHID);
		createEAttribute(interfaceSourceEClass, INTERFACE_SOURCE__PORTGROUPID);
		createEAttribute(interfaceSourceEClass, INTERFACE_SOURCE__CONNECTIONID);
		createEAttribute(interfaceSourceEClass, INTERFACE_SOURCE__ANY);
		createEAttribute(interfaceSourceEClass, INTERFACE_SOURCE__ANY_ATTRIBUTE);

		interfaceVirtualportEClass = createEClass(INTERFACE_VIRTUALPORT);
		createEAttribute(interfaceVirtualportEClass, INTERFACE_VIRTUALPORT__MIXED);
		createEReference(interfaceVirtualportEClass, INTERFACE_VIRTUALPORT__PARAMETERS);
		createEAttribute(interfaceVirtualportEClass, INTERFACE_VIRTUALPORT__TYPE);
		createEAttribute(interfaceVirtualportEClass, INTERFACE_VIRTUALPORT__ANY);
		createEAttribute(interfaceVirtualportEClass, INTERFACE_VIRTUALPORT__ANY_ATTRIBUTE);

		interfaceLinkEClass = createEClass(INTERFACE_LINK);
		createEAttribute(interfaceLinkEClass, INTERFACE_LINK__MIXED);
		createEAttribute(interfaceLinkEClass, INTERFACE_LINK__STATE);
		createEAttribute(interfaceLinkEClass, INTERFACE_LINK__ANY);
		createEAttribute(interfaceLinkEClass, INTERFACE_LINK__ANY_ATTRIBUTE);

		interfaceMtuEClass = createEClass(INTERFACE_MTU);
		createEAttribute(interfaceMtuEClass, INTERFACE_MTU__MIXED);
		createEAttribute(interfaceMtuEClass, INTERFACE_MTU__SIZE);
		createEAttribute(interfaceMtuEClass, INTERFACE_MTU__ANY);
		createEAttribute(interfaceMtuEClass, INTERFACE_MTU__ANY_ATTRIBUTE);

		interfaceCoalesceEClass = createEClass(INTERFACE_COALESCE);
		createEAttribute(interfaceCoalesceEClass, INTERFACE_COALESCE__MIXED);
		createEReference(interfaceCoalesceEClass, INTERFACE_COALESCE__RX);
		createEAttribute(interfaceCoalesceEClass, INTERFACE_COALESCE__ANY);
		createEAttribute(interfaceCoalesceEClass, INTERFACE_COALESCE__ANY_ATTRIBUTE);

		interfaceTargetEClass = createEClass(INTERFACE_TARGET);
		createEAttribute(interfaceTargetEClass, INTERFACE_TARGET__MIXED);
		createEAttribute(interfaceTargetEClass, INTERFACE_TARGET__DEV);
		createEAttribute(interfaceTargetEClass, INTERFACE_TARGET__MANAGED);
		createEAttribute(interfaceTargetEClass, INTERFACE_TARGET__ANY);
		createEAttribute(interfaceTargetEClass, INTERFACE_TARGET__ANY_ATTRIBUTE);

		interfaceGuestEClass = createEClass(INTERFACE_GUEST);
		createEAttribute(interfaceGuestEClass, INTERFACE_GUEST__MIXED);
		createEAttribute(interfaceGuestEClass, INTERFACE_GUEST__DEV);
		createEAttribute(interfaceGuestEClass, INTERFACE_GUEST__ACTUAL);
		createEAttribute(interfaceGuestEClass, INTERFACE_GUEST__ANY);
		createEAttribute(interfaceGuestEClass, INTERFACE_GUEST__ANY_ATTRIBUTE);

		interfaceMacEClass = createEClass(INTERFACE_MAC);
		createEAttribute(interfaceMacEClass, INTERFACE_MAC__MIXED);
		createEAttribute(interfaceMacEClass, INTERFACE_MAC__ADDRESS);
		createEAttribute(interfaceMacEClass, INTERFACE_MAC__TYPE);
		createEAttribute(interfaceMacEClass, INTERFACE_MAC__CHECK);
		createEAttribute(interfaceMacEClass, INTERFACE_MAC__ANY);
		createEAttribute(interfaceMacEClass, INTERFACE_MAC__ANY_ATTRIBUTE);

		interfaceIpInfoEClass = createEClass(INTERFACE_IP_INFO);
		createEAttribute(interfaceIpInfoEClass, INTERFACE_IP_INFO__MIXED);
		createEAttribute(interfaceIpInfoEClass, INTERFACE_IP_INFO__ADDRESS);
		createEAttribute(interfaceIpInfoEClass, INTERFACE_IP_INFO__FAMILY);
		createEAttribute(interfaceIpInfoEClass, INTERFACE_IP_INFO__PREFIX);
		createEAttribute(interfaceIpInfoEClass, INTERFACE_IP_INFO__PEER);
		createEAttribute(interfaceIpInfoEClass, INTERFACE_IP_INFO__ANY);
		createEAttribute(interfaceIpInfoEClass, INTERFACE_IP_INFO__ANY_ATTRIBUTE);

		routeEClass = createEClass(ROUTE);
		createEAttribute(routeEClass, ROUTE__MIXED);
		createEAttribute(routeEClass, ROUTE__FAMILY);
		createEAttribute(routeEClass, ROUTE__ADDRESS);
		createEAttribute(routeEClass, ROUTE__NETMASK);
		createEAttribute(routeEClass, ROUTE__PREFIX);
		createEAttribute(routeEClass, ROUTE__GATEWAY);
		createEAttribute(routeEClass, ROUTE__METRIC);
		createEAttribute(routeEClass, ROUTE__ANY);
		createEAttribute(routeEClass, ROUTE__ANY_ATTRIBUTE);

		interfacePortForwardEClass = createEClass(INTERFACE_PORT_FORWARD);
		createEAttribute(interfacePortForwardEClass, INTERFACE_PORT_FORWARD__MIXED);
		createEReference(interfacePortForwardEClass, INTERFACE_PORT_FORWARD__RANGES);
		createEAttribute(interfacePortForwardEClass, INTERFACE_PORT_FORWARD__PROTO);
		createEAttribute(interfacePortForwardEClass, INTERFACE_PORT_FORWARD__ADDRESS);
		createEAttribute(interfacePortForwardEClass, INTERFACE_PORT_FORWARD__DEV);
		createEAttribute(interfacePortForwardEClass, INTERFACE_PORT_FORWARD__ANY);
		createEAttribute(interfacePortForwardEClass, INTERFACE_PORT_FORWARD__ANY_ATTRIBUTE);

		interfaceScriptEClass = createEClass(INTERFACE_SCRIPT);
		createEAttribute(interfaceScriptEClass, INTERFACE_SCRIPT__MIXED);
		createEAttribute(interfaceScriptEClass, INTERFACE_SCRIPT__PATH);
		createEAttribute(interfaceScriptEClass, INTERFACE_SCRIPT__ANY);
		createEAttribute(interfaceScriptEClass, INTERFACE_SCRIPT__ANY_ATTRIBUTE);

		interfaceDownscriptEClass = createEClass(INTERFACE_DOWNSCRIPT);
		createEAttribute(interfaceDownscriptEClass, INTERFACE_DOWNSCRIPT__MIXED);
		createEAttribute(interfaceDownscriptEClass, INTERFACE_DOWNSCRIPT__PATH);
		createEAttribute(interfaceDownscriptEClass, INTERFACE_DOWNSCRIPT__ANY);
		createEAttribute(interfaceDownscriptEClass, INTERFACE_DOWNSCRIPT__ANY_ATTRIBUTE);

		interfaceBackenddomainEClass = createEClass(INTERFACE_BACKENDDOMAIN);
		createEAttribute(interfaceBackenddomainEClass, INTERFACE_BACKENDDOMAIN__MIXED);
		createEAttribute(interfaceBackenddomainEClass, INTERFACE_BACKENDDOMAIN__NAME);
		createEAttribute(interfaceBackenddomainEClass, INTERFACE_BACKENDDOMAIN__ANY);
		createEAttribute(interfaceBackenddomainEClass, INTERFACE_BACKENDDOMAIN__ANY_ATTRIBUTE);

		interfaceModelEClass = createEClass(INTERFACE_MODEL);
		createEAttribute(interfaceModelEClass, INTERFACE_MODEL__MIXED);
		createEAttribute(interfaceModelEClass, INTERFACE_MODEL__TYPE);
		createEAttribute(interfaceModelEClass, INTERFACE_MODEL__ANY);
		createEAttribute(interfaceModelEClass, INTERFACE_MODEL__ANY_ATTRIBUTE);

		interfaceBackendEClass = createEClass(INTERFACE_BACKEND);
		createEAttribute(interfaceBackendEClass, INTERFACE_BACKEND__MIXED);
		createEAttribute(interfaceBackendEClass, INTERFACE_BACKEND__TYPE);
		createEAttribute(interfaceBackendEClass, INTERFACE_BACKEND__TAP);
		createEAttribute(interfaceBackendEClass, INTERFACE_BACKEND__VHOST);
		createEAttribute(interfaceBackendEClass, INTERFACE_BACKEND__LOG_FILE);
		createEAttribute(interfaceBackendEClass, INTERFACE_BACKEND__ANY);
		createEAttribute(interfaceBackendEClass, INTERFACE_BACKEND__ANY_ATTRIBUTE);

		interfaceDriverEClass = createEClass(INTERFACE_DRIVER);
		createEAttribute(interfaceDriverEClass, INTERFACE_DRIVER__MIXED);
		createEReference(interfaceDriverEClass, INTERFACE_DRIVER__HOST);
		createEReference(interfaceDriverEClass, INTERFACE_DRIVER__GUEST);
		createEAttribute(interfaceDriverEClass, INTERFACE_DRIVER__NAME);
		createEAttribute(interfaceDriverEClass, INTERFACE_DRIVER__QUEUES);
		createEAttribute(interfaceDriverEClass, INTERFACE_DRIVER__RX_QUEUE_SIZE);
		createEAttribute(interfaceDriverEClass, INTERFACE_DRIVER__TX_QUEUE_SIZE);
		createEAttribute(interfaceDriverEClass, INTERFACE_DRIVER__TXMODE);
		createEAttribute(interfaceDriverEClass, INTERFACE_DRIVER__IOEVENTFD);
		createEAttribute(interfaceDriverEClass, INTERFACE_DRIVER__EVENT_IDX);
		createEAttribute(interfaceDriverEClass, INTERFACE_DRIVER__IOMMU);
		createEAttribute(interfaceDriverEClass, INTERFACE_DRIVER__ATS);
		createEAttribute(interfaceDriverEClass, INTERFACE_DRIVER__PACKED);
		createEAttribute(interfaceDriverEClass, INTERFACE_DRIVER__PAGE_PER_VQ);
		createEAttribute(interfaceDriverEClass, INTERFACE_DRIVER__RSS);
		createEAttribute(interfaceDriverEClass, INTERFACE_DRIVER__RSS_HASH_REPORT);
		createEAttribute(interfaceDriverEClass, INTERFACE_DRIVER__ANY);
		createEAttribute(interfaceDriverEClass, INTERFACE_DRIVER__ANY_ATTRIBUTE);

		aliasEClass = createEClass(ALIAS);
		createEAttribute(aliasEClass, ALIAS__MIXED);
		createEAttribute(aliasEClass, ALIAS__NAME);
		createEAttribute(aliasEClass, ALIAS__ANY);
		createEAttribute(aliasEClass, ALIAS__ANY_ATTRIBUTE);

		acpiEClass = createEClass(ACPI);
		createEAttribute(acpiEClass, ACPI__MIXED);
		createEAttribute(acpiEClass, ACPI__INDEX);
		createEAttribute(acpiEClass, ACPI__ANY);
		createEAttribute(acpiEClass, ACPI__ANY_ATTRIBUTE);

		addressEClass = createEClass(ADDRESS);
		createEAttribute(addressEClass, ADDRESS__MIXED);
		createEReference(addressEClass, ADDRESS__ZPCI);
		createEAttribute(addressEClass, ADDRESS__TYPE);
		createEAttribute(addressEClass, ADDRESS__DOMAIN);
		createEAttribute(addressEClass, ADDRESS__BUS);
		createEAttribute(addressEClass, ADDRESS__SLOT);
		createEAttribute(addressEClass, ADDRESS__FUNCTION);
		createEAttribute(addressEClass, ADDRESS__MULTIFUNCTION);
		createEAttribute(addressEClass, ADDRESS__CONTROLLER);
		createEAttribute(addressEClass, ADDRESS__TARGET);
		createEAttribute(addressEClass, ADDRESS__UNIT);
		createEAttribute(addressEClass, ADDRESS__PORT);
		createEAttribute(addressEClass, ADDRESS__REG);
		createEAttribute(addressEClass, ADDRESS__CSSID);
		createEAttribute(addressEClass, ADDRESS__SSID);
		createEAttribute(addressEClass, ADDRESS__DEVNO);
		createEAttribute(addressEClass, ADDRESS__IOBASE);
		createEAttribute(addressEClass, ADDRESS__IRQ);
		createEAttribute(addressEClass, ADDRESS__BASE);
		createEAttribute(addressEClass, ADDRESS__ANY);
		createEAttribute(addressEClass, ADDRESS__ANY_ATTRIBUTE);

		interfaceFilterrefEClass = createEClass(INTERFACE_FILTERREF);
		createEAttribute(interfaceFilterrefEClass, INTERFACE_FILTERREF__MIXED);
		createEReference(interfaceFilterrefEClass, INTERFACE_FILTERREF__PARAMETERS);
		createEAttribute(interfaceFilterrefEClass, INTERFACE_FILTERREF__FILTER);
		createEAttribute(interfaceFilterrefEClass, INTERFACE_FILTERREF__ANY);
		createEAttribute(interfaceFilterrefEClass, INTERFACE_FILTERREF__ANY_ATTRIBUTE);

		interfaceTuneEClass = createEClass(INTERFACE_TUNE);
		createEAttribute(interfaceTuneEClass, INTERFACE_TUNE__MIXED);
		createEAttribute(interfaceTuneEClass, INTERFACE_TUNE__SNDBUF);
		createEAttribute(interfaceTuneEClass, INTERFACE_TUNE__ANY);
		createEAttribute(interfaceTuneEClass, INTERFACE_TUNE__ANY_ATTRIBUTE);

		deviceBootEClass = createEClass(DEVICE_BOOT);
		createEAttribute(deviceBootEClass, DEVICE_BOOT__MIXED);
		createEAttribute(deviceBootEClass, DEVICE_BOOT__ORDER);
		createEAttribute(deviceBootEClass, DEVICE_BOOT__LOADPARM);
		createEAttribute(deviceBootEClass, DEVICE_BOOT__ANY);
		createEAttribute(deviceBootEClass, DEVICE_BOOT__ANY_ATTRIBUTE);

		romEClass = createEClass(ROM);
		createEAttribute(romEClass, ROM__MIXED);
		createEAttribute(romEClass, ROM__ENABLED);
		createEAttribute(romEClass, ROM__BAR);
		createEAttribute(romEClass, ROM__FILE);
		createEAttribute(romEClass, ROM__ANY);
		createEAttribute(romEClass, ROM__ANY_ATTRIBUTE);

		interfaceBandwidthEClass = createEClass(INTERFACE_BANDWIDTH);
		createEAttribute(interfaceBandwidthEClass, INTERFACE_BANDWIDTH__MIXED);
		createEReference(interfaceBandwidthEClass, INTERFACE_BANDWIDTH__INBOUND);
		createEReference(interfaceBandwidthEClass, INTERFACE_BANDWIDTH__OUTBOUND);
		createEAttribute(interfaceBandwidthEClass, INTERFACE_BANDWIDTH__CLASS_ID);
		createEAttribute(interfaceBandwidthEClass, INTERFACE_BANDWIDTH__ANY);
		createEAttribute(interfaceBandwidthEClass, INTERFACE_BANDWIDTH__ANY_ATTRIBUTE);

		interfaceVlanEClass = createEClass(INTERFACE_VLAN);
		createEAttribute(interfaceVlanEClass, INTERFACE_VLAN__MIXED);
		createEReference(interfaceVlanEClass, INTERFACE_VLAN__TAGS);
		createEAttribute(interfaceVlanEClass, INTERFACE_VLAN__TRUNK);
		createEAttribute(interfaceVlanEClass, INTERFACE_VLAN__ANY);
		createEAttribute(interfaceVlanEClass, INTERFACE_VLAN__ANY_ATTRIBUTE);

		interfacePortEClass = createEClass(INTERFACE_PORT);
		createEAttribute(interfacePortEClass, INTERFACE_PORT__MIXED);
		createEAttribute(interfacePortEClass, INTERFACE_PORT__ISOLATED);
		createEAttribute(interfacePortEClass, INTERFACE_PORT__ANY);
		createEAttribute(interfacePortEClass, INTERFACE_PORT__ANY_ATTRIBUTE);

		teamingEClass = createEClass(TEAMING);
		createEAttribute(teamingEClass, TEAMING__MIXED);
		createEAttribute(teamingEClass, TEAMING__TYPE);
		createEAttribute(teamingEClass, TEAMING__PERSISTENT);
		createEAttribute(teamingEClass, TEAMING__ANY);
		createEAttribute(teamingEClass, TEAMING__ANY_ATTRIBUTE);

		hostdevDriverEClass = createEClass(HOSTDEV_DRIVER);
		createEAttribute(hostdevDriverEClass, HOSTDEV_DRIVER__MIXED);
		createEAttribute(hostdevDriverEClass, HOSTDEV_DRIVER__NAME);
		createEAttribute(hostdevDriverEClass, HOSTDEV_DRIVER__ANY);
		createEAttribute(hostdevDriverEClass, HOSTDEV_DRIVER__ANY_ATTRIBUTE);

		hostdevSourceEClass = createEClass(HOSTDEV_SOURCE);
		createEAttribute(hostdevSourceEClass, HOSTDEV_SOURCE__MIXED);
		createEReference(hostdevSourceEClass, HOSTDEV_SOURCE__ADDRESS);
		createEReference(hostdevSourceEClass, HOSTDEV_SOURCE__VENDOR);
		createEReference(hostdevSourceEClass, HOSTDEV_SOURCE__PRODUCT);
		createEReference(hostdevSourceEClass, HOSTDEV_SOURCE__ADAPTER);
		createEReference(hostdevSourceEClass, HOSTDEV_SOURCE__HOSTS);
		createEReference(hostdevSourceEClass, HOSTDEV_SOURCE__AUTH);
		createEReference(hostdevSourceEClass, HOSTDEV_SOURCE__INITIATOR);
		createEAttribute(hostdevSourceEClass, HOSTDEV_SOURCE__BLOCK);
		createEAttribute(hostdevSourceEClass, HOSTDEV_SOURCE__CHAR_);
		createEAttribute(hostdevSourceEClass, HOSTDEV_SOURCE__INTERFACE_);
		createEAttribute(hostdevSourceEClass, HOSTDEV_SOURCE__STARTUP_POLICY);
		createEAttribute(hostdevSourceEClass, HOSTDEV_SOURCE__WRITE_FILTERING);
		createEAttribute(hostdevSourceEClass, HOSTDEV_SOURCE__GUEST_RESET);
		createEAttribute(hostdevSourceEClass, HOSTDEV_SOURCE__PROTOCOL);
		createEAttribute(hostdevSourceEClass, HOSTDEV_SOURCE__NAME);
		createEAttribute(hostdevSourceEClass, HOSTDEV_SOURCE__WWPN);
		createEAttribute(hostdevSourceEClass, HOSTDEV_SOURCE__ANY);
		createEAttribute(hostdevSourceEClass, HOSTDEV_SOURCE__ANY_ATTRIBUTE);

		osNvramSourceSlicesEClass = createEClass(OS_NVRAM_SOURCE_SLICES);
		createEAttribute(osNvramSourceSlicesEClass, OS_NVRAM_SOURCE_SLICES__MIXED);
		createEReference(osNvramSourceSlicesEClass, OS_NVRAM_SOURCE_SLICES__SLICE);
		createEAttribute(osNvramSourceSlicesEClass, OS_NVRAM_SOURCE_SLICES__ANY);
		createEAttribute(osNvramSourceSlicesEClass, OS_NVRAM_SOURCE_SLICES__ANY_ATTRIBUTE);

		osNvramSourceEncryptionEClass = createEClass(OS_NVRAM_SOURCE_ENCRYPTION);
		createEAttribute(osNvramSourceEncryptionEClass, OS_NVRAM_SOURCE_ENCRYPTION__MIXED);
		createEReference(osNvramSourceEncryptionEClass, OS_NVRAM_SOURCE_ENCRYPTION__SECRET);
		createEReference(osNvramSourceEncryptionEClass, OS_NVRAM_SOURCE_ENCRYPTION__CIPHER);
		createEReference(osNvramSourceEncryptionEClass, OS_NVRAM_SOURCE_ENCRYPTION__IVGEN);
		createEAttribute(osNvramSourceEncryptionEClass, OS_NVRAM_SOURCE_ENCRYPTION__FORMAT);
		createEAttribute(osNvramSourceEncryptionEClass, OS_NVRAM_SOURCE_ENCRYPTION__ENGINE);
		createEAttribute(osNvramSourceEncryptionEClass, OS_NVRAM_SOURCE_ENCRYPTION__ANY);
		createEAttribute(osNvramSourceEncryptionEClass, OS_NVRAM_SOURCE_ENCRYPTION__ANY_ATTRIBUTE);

		osNvramSourceSeclabelEClass = createEClass(OS_NVRAM_SOURCE_SECLABEL);
		createEAttribute(osNvramSourceSeclabelEClass, OS_NVRAM_SOURCE_SECLABEL__MIXED);
		createEAttribute(osNvramSourceSeclabelEClass, OS_NVRAM_SOURCE_SECLABEL__LABELS);
		createEAttribute(osNvramSourceSeclabelEClass, OS_NVRAM_SOURCE_SECLABEL__MODEL);
		createEAttribute(osNvramSourceSeclabelEClass, OS_NVRAM_SOURCE_SECLABEL__RELABEL);
		createEAttribute(osNvramSourceSeclabelEClass, OS_NVRAM_SOURCE_SECLABEL__LABELSKIP);
		createEAttribute(osNvramSourceSeclabelEClass, OS_NVRAM_SOURCE_SECLABEL__ANY);
		createEAttribute(osNvramSourceSeclabelEClass, OS_NVRAM_SOURCE_SECLABEL__ANY_ATTRIBUTE);

		osNvramSourceReservationsEClass = createEClass(OS_NVRAM_SOURCE_RESERVATIONS);
		createEAttribute(osNvramSourceReservationsEClass, OS_NVRAM_SOURCE_RESERVATIONS__MIXED);
		createEReference(osNvramSourceReservationsEClass, OS_NVRAM_SOURCE_RESERVATIONS__SOURCE);
		createEAttribute(osNvramSourceReservationsEClass, OS_NVRAM_SOURCE_RESERVATIONS__MANAGED);
		createEAttribute(osNvramSourceReservationsEClass, OS_NVRAM_SOURCE_RESERVATIONS__ANY);
		createEAttribute(osNvramSourceReservationsEClass, OS_NVRAM_SOURCE_RESERVATIONS__ANY_ATTRIBUTE);

		osNvramSourceHostEClass = createEClass(OS_NVRAM_SOURCE_HOST);
		createEAttribute(osNvramSourceHostEClass, OS_NVRAM_SOURCE_HOST__MIXED);
		createEAttribute(osNvramSourceHostEClass, OS_NVRAM_SOURCE_HOST__TRANSPORT);
		createEAttribute(osNvramSourceHostEClass, OS_NVRAM_SOURCE_HOST__NAME);
		createEAttribute(osNvramSourceHostEClass, OS_NVRAM_SOURCE_HOST__PORT);
		createEAttribute(osNvramSourceHostEClass, OS_NVRAM_SOURCE_HOST__SOCKET);
		createEAttribute(osNvramSourceHostEClass, OS_NVRAM_SOURCE_HOST__ANY);
		createEAttribute(osNvramSourceHostEClass, OS_NVRAM_SOURCE_HOST__ANY_ATTRIBUTE);

		osNvramSourceSnapshotEClass = createEClass(OS_NVRAM_SOURCE_SNAPSHOT);
		createEAttribute(osNvramSourceSnapshotEClass, OS_NVRAM_SOURCE_SNAPSHOT__MIXED);
		createEAttribute(osNvramSourceSnapshotEClass, OS_NVRAM_SOURCE_SNAPSHOT__NAME);
		createEAttribute(osNvramSourceSnapshotEClass, OS_NVRAM_SOURCE_SNAPSHOT__ANY);
		createEAttribute(osNvramSourceSnapshotEClass, OS_NVRAM_SOURCE_SNAPSHOT__ANY_ATTRIBUTE);

		osNvramSourceConfigEClass = createEClass(OS_NVRAM_SOURCE_CONFIG);
		createEAttribute(osNvramSourceConfigEClass, OS_NVRAM_SOURCE_CONFIG__MIXED);
		createEAttribute(osNvramSourceConfigEClass, OS_NVRAM_SOURCE_CONFIG__FILE);
		createEAttribute(osNvramSourceConfigEClass, OS_NVRAM_SOURCE_CONFIG__ANY);
		createEAttribute(osNvramSourceConfigEClass, OS_NVRAM_SOURCE_CONFIG__ANY_ATTRIBUTE);

		diskAuthEClass = createEClass(DISK_AUTH);
		createEAttribute(diskAuthEClass, DISK_AUTH__MIXED);
		createEReference(diskAuthEClass, DISK_AUTH__SECRET);
		createEAttribute(diskAuthEClass, DISK_AUTH__USERNAME);
		createEAttribute(diskAuthEClass, DISK_AUTH__ANY);
		createEAttribute(diskAuthEClass, DISK_AUTH__ANY_ATTRIBUTE);

		initiatorinfoEClass = createEClass(INITIATORINFO);
		createEAttribute(initiatorinfoEClass, INITIATORINFO__MIXED);
		createEReference(initiatorinfoEClass, INITIATORINFO__IQN);
		createEAttribute(initiatorinfoEClass, INITIATORINFO__ANY);
		createEAttribute(initiatorinfoEClass, INITIATORINFO__ANY_ATTRIBUTE);

		osNvramSourceCookiesEClass = createEClass(OS_NVRAM_SOURCE_COOKIES);
		createEAttribute(osNvramSourceCookiesEClass, OS_NVRAM_SOURCE_COOKIES__MIXED);
		createEReference(osNvramSourceCookiesEClass, OS_NVRAM_SOURCE_COOKIES__COOKIES);
		createEAttribute(osNvramSourceCookiesEClass, OS_NVRAM_SOURCE_COOKIES__ANY);
		createEAttribute(osNvramSourceCookiesEClass, OS_NVRAM_SOURCE_COOKIES__ANY_ATTRIBUTE);

		osNvramSourceReadaheadEClass = createEClass(OS_NVRAM_SOURCE_READAHEAD);
		createEAttribute(osNvramSourceReadaheadEClass, OS_NVRAM_SOURCE_READAHEAD__MIXED);
		createEAttribute(osNvramSourceReadaheadEClass, OS_NVRAM_SOURCE_READAHEAD__SIZE);
		createEAttribute(osNvramSourceReadaheadEClass, OS_NVRAM_SOURCE_READAHEAD__ANY);
		createEAttribute(osNvramSourceReadaheadEClass, OS_NVRAM_SOURCE_READAHEAD__ANY_ATTRIBUTE);

		osNvramSourceTimeoutEClass = createEClass(OS_NVRAM_SOURCE_TIMEOUT);
		createEAttribute(osNvramSourceTimeoutEClass, OS_NVRAM_SOURCE_TIMEOUT__MIXED);
		createEAttribute(osNvramSourceTimeoutEClass, OS_NVRAM_SOURCE_TIMEOUT__SECONDS);
		createEAttribute(osNvramSourceTimeoutEClass, OS_NVRAM_SOURCE_TIMEOUT__ANY);
		createEAttribute(osNvramSourceTimeoutEClass, OS_NVRAM_SOURCE_TIMEOUT__ANY_ATTRIBUTE);

		osNvramSourceSslEClass = createEClass(OS_NVRAM_SOURCE_SSL);
		createEAttribute(osNvramSourceSslEClass, OS_NVRAM_SOURCE_SSL__MIXED);
		createEAttribute(osNvramSourceSslEClass, OS_NVRAM_SOURCE_SSL__VERIFY);
		createEAttribute(osNvramSourceSslEClass, OS_NVRAM_SOURCE_SSL__ANY);
		createEAttribute(osNvramSourceSslEClass, OS_NVRAM_SOURCE_SSL__ANY_ATTRIBUTE);

		osNvramSourceIdentityEClass = createEClass(OS_NVRAM_SOURCE_IDENTITY);
		createEAttribute(osNvramSourceIdentityEClass, OS_NVRAM_SOURCE_IDENTITY__MIXED);
		createEAttribute(osNvramSourceIdentityEClass, OS_NVRAM_SOURCE_IDENTITY__USER);
		createEAttribute(osNvramSourceIdentityEClass, OS_NVRAM_SOURCE_IDENTITY__GROUP);
		createEAttribute(osNvramSourceIdentityEClass, OS_NVRAM_SOURCE_IDENTITY__ANY);
		createEAttribute(osNvramSourceIdentityEClass, OS_NVRAM_SOURCE_IDENTITY__ANY_ATTRIBUTE);

		osNvramSourceAddressEClass = createEClass(OS_NVRAM_SOURCE_ADDRESS);
		createEAttribute(osNvramSourceAddressEClass, OS_NVRAM_SOURCE_ADDRESS__MIXED);
		createEAttribute(osNvramSourceAddressEClass, OS_NVRAM_SOURCE_ADDRESS__DOMAIN);
		createEAttribute(osNvramSourceAddressEClass, OS_NVRAM_SOURCE_ADDRESS__BUS);
		createEAttribute(osNvramSourceAddressEClass, OS_NVRAM_SOURCE_ADDRESS__SLOT);
		createEAttribute(osNvramSourceAddressEClass, OS_NVRAM_SOURCE_ADDRESS__FUNCTION);
		createEAttribute(osNvramSourceAddressEClass, OS_NVRAM_SOURCE_ADDRESS__MULTIFUNCTION);
		createEAttribute(osNvramSourceAddressEClass, OS_NVRAM_SOURCE_ADDRESS__ANY);
		createEAttribute(osNvramSourceAddressEClass, OS_NVRAM_SOURCE_ADDRESS__ANY_ATTRIBUTE);

		reconnectEClass = createEClass(RECONNECT);
		createEAttribute(reconnectEClass, RECONNECT__MIXED);
		createEAttribute(reconnectEClass, RECONNECT__ENABLED);
		createEAttribute(reconnectEClass, RECONNECT__TIMEOUT);
		createEAttribute(reconnectEClass, RECONNECT__ANY);
		createEAttribute(reconnectEClass, RECONNECT__ANY_ATTRIBUTE);

		interfaceSourceLocalEClass = createEClass(INTERFACE_SOURCE_LOCAL);
		createEAttribute(interfaceSourceLocalEClass, INTERFACE_SOURCE_LOCAL__MIXED);
		createEAttribute(interfaceSourceLocalEClass, INTERFACE_SOURCE_LOCAL__ADDRESS);
		createEAttribute(interfaceSourceLocalEClass, INTERFACE_SOURCE_LOCAL__PORT);
		createEAttribute(interfaceSourceLocalEClass, INTERFACE_SOURCE_LOCAL__ANY);
		createEAttribute(interfaceSourceLocalEClass, INTERFACE_SOURCE_LOCAL__ANY_ATTRIBUTE);

		sourceVendorEClass = createEClass(SOURCE_VENDOR);
		createEAttribute(sourceVendorEClass, SOURCE_VENDOR__MIXED);
		createEAttribute(sourceVendorEClass, SOURCE_VENDOR__ID);
		createEAttribute(sourceVendorEClass, SOURCE_VENDOR__ANY);
		createEAttribute(sourceVendorEClass, SOURCE_VENDOR__ANY_ATTRIBUTE);

		sourceProductEClass = createEClass(SOURCE_PRODUCT);
		createEAttribute(sourceProductEClass, SOURCE_PRODUCT__MIXED);
		createEAttribute(sourceProductEClass, SOURCE_PRODUCT__ID);
		createEAttribute(sourceProductEClass, SOURCE_PRODUCT__ANY);
		createEAttribute(sourceProductEClass, SOURCE_PRODUCT__ANY_ATTRIBUTE);

		sourceAddressEClass = createEClass(SOURCE_ADDRESS);
		createEAttribute(sourceAddressEClass, SOURCE_ADDRESS__MIXED);
		createEAttribute(sourceAddressEClass, SOURCE_ADDRESS__BUS);
		createEAttribute(sourceAddressEClass, SOURCE_ADDRESS__DEVICE);
		createEAttribute(sourceAddressEClass, SOURCE_ADDRESS__TYPE);
		createEAttribute(sourceAddressEClass, SOURCE_ADDRESS__DOMAIN);
		createEAttribute(sourceAddressEClass, SOURCE_ADDRESS__SLOT);
		createEAttribute(sourceAddressEClass, SOURCE_ADDRESS__FUNCTION);
		createEAttribute(sourceAddressEClass, SOURCE_ADDRESS__MULTIFUNCTION);
		createEAttribute(sourceAddressEClass, SOURCE_ADDRESS__TARGET);
		createEAttribute(sourceAddressEClass, SOURCE_ADDRESS__UNIT);
		createEAttribute(sourceAddressEClass, SOURCE_ADDRESS__UUID);
		createEAttribute(sourceAddressEClass, SOURCE_ADDRESS__ANY);
		createEAttribute(sourceAddressEClass, SOURCE_ADDRESS__ANY_ATTRIBUTE);

		interfaceVirtualportParametersEClass = createEClass(INTERFACE_VIRTUALPORT_PARAMETERS);
		createEAttribute(interfaceVirtualportParametersEClass, INTERFACE_VIRTUALPORT_PARAMETERS__MIXED);
		createEAttribute(interfaceVirtualportParametersEClass, INTERFACE_VIRTUALPORT_PARAMETERS__MANAGERID);
		createEAttribute(interfaceVirtualportParametersEClass, INTERFACE_VIRTUALPORT_PARAMETERS__TYPEID);
		createEAttribute(interfaceVirtualportParametersEClass, INTERFACE_VIRTUALPORT_PARAMETERS__TYPEIDVERSION);
		createEAttribute(interfaceVirtualportParametersEClass, INTERFACE_VIRTUALPORT_PARAMETERS__INSTANCEID);
		createEAttribute(interfaceVirtualportParametersEClass, INTERFACE_VIRTUALPORT_PARAMETERS__PROFILEID);
		createEAttribute(interfaceVirtualportParametersEClass, INTERFACE_VIRTUALPORT_PARAMETERS__INTERFACEID);
		createEAttribute(interfaceVirtualportParametersEClass, INTERFACE_VIRTUALPORT_PARAMETERS__ANY);
		createEAttribute(interfaceVirtualportParametersEClass, INTERFACE_VIRTUALPORT_PARAMETERS__ANY_ATTRIBUTE);

		interfaceCoalesceRxEClass = createEClass(INTERFACE_COALESCE_RX);
		createEAttribute(interfaceCoalesceRxEClass, INTERFACE_COALESCE_RX__MIXED);
		createEReference(interfaceCoalesceRxEClass, INTERFACE_COALESCE_RX__FRAMES);
		createEAttribute(interfaceCoalesceRxEClass, INTERFACE_COALESCE_RX__ANY);
		createEAttribute(interfaceCoalesceRxEClass, INTERFACE_COALESCE_RX__ANY_ATTRIBUTE);

		interfacePortForwardRangeEClass = createEClass(INTERFACE_PORT_FORWARD_RANGE);
		createEAttribute(interfacePortForwardRangeEClass, INTERFACE_PORT_FORWARD_RANGE__MIXED);
		createEAttribute(interfacePortForwardRangeEClass, INTERFACE_PORT_FORWARD_RANGE__START);
		createEAttribute(interfacePortForwardRangeEClass, INTERFACE_PORT_FORWARD_RANGE__END);
		createEAttribute(interfacePortForwardRangeEClass, INTERFACE_PORT_FORWARD_RANGE__TO);
		createEAttribute(interfacePortForwardRangeEClass, INTERFACE_PORT_FORWARD_RANGE__EXCLUDE);
		createEAttribute(interfacePortForwardRangeEClass, INTERFACE_PORT_FORWARD_RANGE__ANY);
		createEAttribute(interfacePortForwardRangeEClass, INTERFACE_PORT_FORWARD_RANGE__ANY_ATTRIBUTE);

		interfaceDriverHostEClass = createEClass(INTERFACE_DRIVER_HOST);
		createEAttribute(interfaceDriverHostEClass, INTERFACE_DRIVER_HOST__MIXED);
		createEAttribute(interfaceDriverHostEClass, INTERFACE_DRIVER_HOST__CSUM);
		createEAttribute(interfaceDriverHostEClass, INTERFACE_DRIVER_HOST__GSO);
		createEAttribute(interfaceDriverHostEClass, INTERFACE_DRIVER_HOST__TSO4);
		createEAttribute(interfaceDriverHostEClass, INTERFACE_DRIVER_HOST__TSO6);
		createEAttribute(interfaceDriverHostEClass, INTERFACE_DRIVER_HOST__ECN);
		createEAttribute(interfaceDriverHostEClass, INTERFACE_DRIVER_HOST__UFO);
		createEAttribute(interfaceDriverHostEClass, INTERFACE_DRIVER_HOST__MRG_RXBUF);
		createEAttribute(interfaceDriverHostEClass, INTERFACE_DRIVER_HOST__ANY);
		createEAttribute(interfaceDriverHostEClass, INTERFACE_DRIVER_HOST__ANY_ATTRIBUTE);

		interfaceDriverGuestEClass = createEClass(INTERFACE_DRIVER_GUEST);
		createEAttribute(interfaceDriverGuestEClass, INTERFACE_DRIVER_GUEST__MIXED);
		createEAttribute(interfaceDriverGuestEClass, INTERFACE_DRIVER_GUEST__CSUM);
		createEAttribute(interfaceDriverGuestEClass, INTERFACE_DRIVER_GUEST__TSO4);
		createEAttribute(interfaceDriverGuestEClass, INTERFACE_DRIVER_GUEST__TSO6);
		createEAttribute(interfaceDriverGuestEClass, INTERFACE_DRIVER_GUEST__ECN);
		createEAttribute(interfaceDriverGuestEClass, INTERFACE_DRIVER_GUEST__UFO);
		createEAttribute(interfaceDriverGuestEClass, INTERFACE_DRIVER_GUEST__ANY);
		createEAttribute(interfaceDriverGuestEClass, INTERFACE_DRIVER_GUEST__ANY_ATTRIBUTE);

		addressZpciEClass = createEClass(ADDRESS_ZPCI);
		createEAttribute(addressZpciEClass, ADDRESS_ZPCI__MIXED);
		createEAttribute(addressZpciEClass, ADDRESS_ZPCI__UID);
		createEAttribute(addressZpciEClass, ADDRESS_ZPCI__FID);
		createEAttribute(addressZpciEClass, ADDRESS_ZPCI__ANY);
		createEAttribute(addressZpciEClass, ADDRESS_ZPCI__ANY_ATTRIBUTE);

		interfaceFilterrefParameterEClass = createEClass(INTERFACE_FILTERREF_PARAMETER);
		createEAttribute(interfaceFilterrefParameterEClass, INTERFACE_FILTERREF_PARAMETER__MIXED);
		createEAttribute(interfaceFilterrefParameterEClass, INTERFACE_FILTERREF_PARAMETER__NAME);
		createEAttribute(interfaceFilterrefParameterEClass, INTERFACE_FILTERREF_PARAMETER__VALUE_ATTRIBUTE);
		createEAttribute(interfaceFilterrefParameterEClass, INTERFACE_FILTERREF_PARAMETER__ANY);
		createEAttribute(interfaceFilterrefParameterEClass, INTERFACE_FILTERREF_PARAMETER__ANY_ATTRIBUTE);

		interfaceBandwidthInboundEClass = createEClass(INTERFACE_BANDWIDTH_INBOUND);
		createEAttribute(interfaceBandwidthInboundEClass, INTERFACE_BANDWIDTH_INBOUND__MIXED);
		createEAttribute(interfaceBandwidthInboundEClass, INTERFACE_BANDWIDTH_INBOUND__AVERAGE);
		createEAttribute(interfaceBandwidthInboundEClass, INTERFACE_BANDWIDTH_INBOUND__PEAK);
		createEAttribute(interfaceBandwidthInboundEClass, INTERFACE_BANDWIDTH_INBOUND__FLOOR);
		createEAttribute(interfaceBandwidthInboundEClass, INTERFACE_BANDWIDTH_INBOUND__BURST);
		createEAttribute(interfaceBandwidthInboundEClass, INTERFACE_BANDWIDTH_INBOUND__ANY);
		createEAttribute(interfaceBandwidthInboundEClass, INTERFACE_BANDWIDTH_INBOUND__ANY_ATTRIBUTE);

		interfaceBandwidthOutboundEClass = createEClass(INTERFACE_BANDWIDTH_OUTBOUND);
		createEAttribute(interfaceBandwidthOutboundEClass, INTERFACE_BANDWIDTH_OUTBOUND__MIXED);
		createEAttribute(interfaceBandwidthOutboundEClass, INTERFACE_BANDWIDTH_OUTBOUND__AVERAGE);
		createEAttribute(interfaceBandwidthOutboundEClass, INTERFACE_BANDWIDTH_OUTBOUND__PEAK);
		createEAttribute(interfaceBandwidthOutboundEClass, INTERFACE_BANDWIDTH_OUTBOUND__FLOOR);
		createEAttribute(interfaceBandwidthOutboundEClass, INTERFACE_BANDWIDTH_OUTBOUND__BURST);
		createEAttribute(interfaceBandwidthOutboundEClass, INTERFACE_BANDWIDTH_OUTBOUND__ANY);
		createEAttribute(interfaceBandwidthOutboundEClass, INTERFACE_BANDWIDTH_OUTBOUND__ANY_ATTRIBUTE);

		interfaceVlanTagEClass = createEClass(INTERFACE_VLAN_TAG);
		createEAttribute(interfaceVlanTagEClass, INTERFACE_VLAN_TAG__MIXED);
		createEAttribute(interfaceVlanTagEClass, INTERFACE_VLAN_TAG__ID);
		createEAttribute(interfaceVlanTagEClass, INTERFACE_VLAN_TAG__NATIVE_MODE);
		createEAttribute(interfaceVlanTagEClass, INTERFACE_VLAN_TAG__ANY);
		createEAttribute(interfaceVlanTagEClass, INTERFACE_VLAN_TAG__ANY_ATTRIBUTE);

		hostdevSourceAdapterEClass = createEClass(HOSTDEV_SOURCE_ADAPTER);
		createEAttribute(hostdevSourceAdapterEClass, HOSTDEV_SOURCE_ADAPTER__MIXED);
		createEReference(hostdevSourceAdapterEClass, HOSTDEV_SOURCE_ADAPTER__PARENTADDR);
		createEAttribute(hostdevSourceAdapterEClass, HOSTDEV_SOURCE_ADAPTER__TYPE);
		createEAttribute(hostdevSourceAdapterEClass, HOSTDEV_SOURCE_ADAPTER__NAME);
		createEAttribute(hostdevSourceAdapterEClass, HOSTDEV_SOURCE_ADAPTER__PARENT);
		createEAttribute(hostdevSourceAdapterEClass, HOSTDEV_SOURCE_ADAPTER__MANAGED);
		createEAttribute(hostdevSourceAdapterEClass, HOSTDEV_SOURCE_ADAPTER__PARENT_WWNN);
		createEAttribute(hostdevSourceAdapterEClass, HOSTDEV_SOURCE_ADAPTER__PARENT_WWPN);
		createEAttribute(hostdevSourceAdapterEClass, HOSTDEV_SOURCE_ADAPTER__PARENT_FABRIC_WWN);
		createEAttribute(hostdevSourceAdapterEClass, HOSTDEV_SOURCE_ADAPTER__WWNN);
		createEAttribute(hostdevSourceAdapterEClass, HOSTDEV_SOURCE_ADAPTER__WWPN);
		createEAttribute(hostdevSourceAdapterEClass, HOSTDEV_SOURCE_ADAPTER__ANY);
		createEAttribute(hostdevSourceAdapterEClass, HOSTDEV_SOURCE_ADAPTER__ANY_ATTRIBUTE);

		hostdevSourceHostEClass = createEClass(HOSTDEV_SOURCE_HOST);
		createEAttribute(hostdevSourceHostEClass, HOSTDEV_SOURCE_HOST__MIXED);
		createEAttribute(hostdevSourceHostEClass, HOSTDEV_SOURCE_HOST__NAME);
		createEAttribute(hostdevSourceHostEClass, HOSTDEV_SOURCE_HOST__PORT);
		createEAttribute(hostdevSourceHostEClass, HOSTDEV_SOURCE_HOST__ANY);
		createEAttribute(hostdevSourceHostEClass, HOSTDEV_SOURCE_HOST__ANY_ATTRIBUTE);

		osNvramSourceSlicesSliceEClass = createEClass(OS_NVRAM_SOURCE_SLICES_SLICE);
		createEAttribute(osNvramSourceSlicesSliceEClass, OS_NVRAM_SOURCE_SLICES_SLICE__MIXED);
		createEAttribute(osNvramSourceSlicesSliceEClass, OS_NVRAM_SOURCE_SLICES_SLICE__TYPE);
		createEAttribute(osNvramSourceSlicesSliceEClass, OS_NVRAM_SOURCE_SLICES_SLICE__OFFSET);
		createEAttribute(osNvramSourceSlicesSliceEClass, OS_NVRAM_SOURCE_SLICES_SLICE__SIZE);
		createEAttribute(osNvramSourceSlicesSliceEClass, OS_NVRAM_SOURCE_SLICES_SLICE__ANY);
		createEAttribute(osNvramSourceSlicesSliceEClass, OS_NVRAM_SOURCE_SLICES_SLICE__ANY_ATTRIBUTE);

		osNvramSourceEncryptionSecretEClass = createEClass(OS_NVRAM_SOURCE_ENCRYPTION_SECRET);
		createEAttribute(osNvramSourceEncryptionSecretEClass, OS_NVRAM_SOURCE_ENCRYPTION_SECRET__MIXED);
		createEAttribute(osNvramSourceEncryptionSecretEClass, OS_NVRAM_SOURCE_ENCRYPTION_SECRET__TYPE);
		createEAttribute(osNvramSourceEncryptionSecretEClass, OS_NVRAM_SOURCE_ENCRYPTION_SECRET__UUID);
		createEAttribute(osNvramSourceEncryptionSecretEClass, OS_NVRAM_SOURCE_ENCRYPTION_SECRET__USAGE);
		createEAttribute(osNvramSourceEncryptionSecretEClass, OS_NVRAM_SOURCE_ENCRYPTION_SECRET__ANY);
		createEAttribute(osNvramSourceEncryptionSecretEClass, OS_NVRAM_SOURCE_ENCRYPTION_SECRET__ANY_ATTRIBUTE);

		osNvramSourceEncryptionCipherEClass = createEClass(OS_NVRAM_SOURCE_ENCRYPTION_CIPHER);
		createEAttribute(osNvramSourceEncryptionCipherEClass, OS_NVRAM_SOURCE_ENCRYPTION_CIPHER__MIXED);
		createEAttribute(osNvramSourceEncryptionCipherEClass, OS_NVRAM_SOURCE_ENCRYPTION_CIPHER__NAME);
		createEAttribute(osNvramSourceEncryptionCipherEClass, OS_NVRAM_SOURCE_ENCRYPTION_CIPHER__SIZE);
		createEAttribute(osNvramSourceEncryptionCipherEClass, OS_NVRAM_SOURCE_ENCRYPTION_CIPHER__MODE);
		createEAttribute(osNvramSourceEncryptionCipherEClass, OS_NVRAM_SOURCE_ENCRYPTION_CIPHER__HASH);
		createEAttribute(osNvramSourceEncryptionCipherEClass, OS_NVRAM_SOURCE_ENCRYPTION_CIPHER__ANY);
		createEAttribute(osNvramSourceEncryptionCipherEClass, OS_NVRAM_SOURCE_ENCRYPTION_CIPHER__ANY_ATTRIBUTE);

		osNvramSourceEncryptionIvgenEClass = createEClass(OS_NVRAM_SOURCE_ENCRYPTION_IVGEN);
		createEAttribute(osNvramSourceEncryptionIvgenEClass, OS_NVRAM_SOURCE_ENCRYPTION_IVGEN__MIXED);
		createEAttribute(osNvramSourceEncryptionIvgenEClass, OS_NVRAM_SOURCE_ENCRYPTION_IVGEN__NAME);
		createEAttribute(osNvramSourceEncryptionIvgenEClass, OS_NVRAM_SOURCE_ENCRYPTION_IVGEN__HASH);
		createEAttribute(osNvramSourceEncryptionIvgenEClass, OS_NVRAM_SOURCE_ENCRYPTION_IVGEN__ANY);
		createEAttribute(osNvramSourceEncryptionIvgenEClass, OS_NVRAM_SOURCE_ENCRYPTION_IVGEN__ANY_ATTRIBUTE);

		diskAuthSecretEClass = createEClass(DISK_AUTH_SECRET);
		createEAttribute(diskAuthSecretEClass, DISK_AUTH_SECRET__MIXED);
		createEAttribute(diskAuthSecretEClass, DISK_AUTH_SECRET__TYPE);
		createEAttribute(diskAuthSecretEClass, DISK_AUTH_SECRET__UUID);
		createEAttribute(diskAuthSecretEClass, DISK_AUTH_SECRET__USAGE);
		createEAttribute(diskAuthSecretEClass, DISK_AUTH_SECRET__ANY);
		createEAttribute(diskAuthSecretEClass, DISK_AUTH_SECRET__ANY_ATTRIBUTE);

		initiatorinfoIqnEClass = createEClass(INITIATORINFO_IQN);
		createEAttribute(initiatorinfoIqnEClass, INITIATORINFO_IQN__MIXED);
		createEAttribute(initiatorinfoIqnEClass, INITIATORINFO_IQN__NAME);
		createEAttribute(initiatorinfoIqnEClass, INITIATORINFO_IQN__ANY);
		createEAttribute(initiatorinfoIqnEClass, INITIATORINFO_IQN__ANY_ATTRIBUTE);

		osNvramSourceCookiesCookieEClass = createEClass(OS_NVRAM_SOURCE_COOKIES_COOKIE);
		createEAttribute(osNvramSourceCookiesCookieEClass, OS_NVRAM_SOURCE_COOKIES_COOKIE__VALUE);
		createEAttribute(osNvramSourceCookiesCookieEClass, OS_NVRAM_SOURCE_COOKIES_COOKIE__NAME);
		createEAttribute(osNvramSourceCookiesCookieEClass, OS_NVRAM_SOURCE_COOKIES_COOKIE__ANY_ATTRIBUTE);

		interfaceCoalesceRxFramesEClass = createEClass(INTERFACE_COALESCE_RX_FRAMES);
		createEAttribute(interfaceCoalesceRxFramesEClass, INTERFACE_COALESCE_RX_FRAMES__MIXED);
		createEAttribute(interfaceCoalesceRxFramesEClass, INTERFACE_COALESCE_RX_FRAMES__MAX);
		createEAttribute(interfaceCoalesceRxFramesEClass, INTERFACE_COALESCE_RX_FRAMES__ANY);
		createEAttribute(interfaceCoalesceRxFramesEClass, INTERFACE_COALESCE_RX_FRAMES__ANY_ATTRIBUTE);

		hostdevSourceAdapterParentaddrEClass = createEClass(HOSTDEV_SOURCE_ADAPTER_PARENTADDR);
		createEAttribute(hostdevSourceAdapterParentaddrEClass, HOSTDEV_SOURCE_ADAPTER_PARENTADDR__MIXED);
		createEReference(hostdevSourceAdapterParentaddrEClass, HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ADDRESS);
		createEAttribute(hostdevSourceAdapterParentaddrEClass, HOSTDEV_SOURCE_ADAPTER_PARENTADDR__UNIQUE_ID);
		createEAttribute(hostdevSourceAdapterParentaddrEClass, HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ANY);
		createEAttribute(hostdevSourceAdapterParentaddrEClass, HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ANY_ATTRIBUTE);

		hostdevSourceAdapterParentaddrAddressEClass = createEClass(HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS);
		createEAttribute(hostdevSourceAdapterParentaddrAddressEClass, HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS__MIXED);
		createEAttribute(hostdevSourceAdapterParentaddrAddressEClass, HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS__DOMAIN);
		createEAttribute(hostdevSourceAdapterParentaddrAddressEClass, HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS__BUS);
		createEAttribute(hostdevSourceAdapterParentaddrAddressEClass, HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS__SLOT);
		createEAttribute(hostdevSourceAdapterParentaddrAddressEClass, HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS__FUNCTION);
		createEAttribute(hostdevSourceAdapterParentaddrAddressEClass, HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS__MULTIFUNCTION);
		createEAttribute(hostdevSourceAdapterParentaddrAddressEClass, HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS__ANY);
		createEAttribute(hostdevSourceAdapterParentaddrAddressEClass, HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS__ANY_ATTRIBUTE);

		emptyElementEClass = createEClass(EMPTY_ELEMENT);
		createEAttribute(emptyElementEClass, EMPTY_ELEMENT__MIXED);
		createEAttribute(emptyElementEClass, EMPTY_ELEMENT__ANY);
		createEAttribute(emptyElementEClass, EMPTY_ELEMENT__ANY_ATTRIBUTE);

		// Create enums
		domainTypeEEnum = createEEnum(DOMAIN_TYPE);
		osFirmware2EEnum = createEEnum(OS_FIRMWARE2);
		virOnOffEEnum = createEEnum(VIR_ON_OFF);
		vcpuPlacementEEnum = createEEnum(VCPU_PLACEMENT);
		osTypeValueEEnum = createEEnum(OS_TYPE_VALUE);
		osTypeArchEEnum = createEEnum(OS_TYPE_ARCH);
		virYesNoEEnum = createEEnum(VIR_YES_NO);
		osLoaderTypeEEnum = createEEnum(OS_LOADER_TYPE);
		osNvramTypeEEnum = createEEnum(OS_NVRAM_TYPE);
		osBootDevEEnum = createEEnum(OS_BOOT_DEV);
		osSmbiosModeEEnum = createEEnum(OS_SMBIOS_MODE);
		interfaceTypeEEnum = createEEnum(INTERFACE_TYPE);
		hostdevModeEEnum = createEEnum(HOSTDEV_MODE);
		hostdevTypeEEnum = createEEnum(HOSTDEV_TYPE);
		hostdevSgioEEnum = createEEnum(HOSTDEV_SGIO);
		hostdevModelEEnum = createEEnum(HOSTDEV_MODEL);
		osFirmwareFeatureNameEEnum = createEEnum(OS_FIRMWARE_FEATURE_NAME);
		osNvramSourceStartupPolicyEEnum = createEEnum(OS_NVRAM_SOURCE_STARTUP_POLICY);
		osNvramSourceProtocolEEnum = createEEnum(OS_NVRAM_SOURCE_PROTOCOL);
		osNvramSourceModeEEnum = createEEnum(OS_NVRAM_SOURCE_MODE);
		osNvramSourceTypeEEnum = createEEnum(OS_NVRAM_SOURCE_TYPE);
		osAcpiTableTypeEEnum = createEEnum(OS_ACPI_TABLE_TYPE);
		macTableManagerEEnum = createEEnum(MAC_TABLE_MANAGER);
		interfaceSourceTypeEEnum = createEEnum(INTERFACE_SOURCE_TYPE);
		interfaceVirtualportTypeEEnum = createEEnum(INTERFACE_VIRTUALPORT_TYPE);
		interfaceLinkStateEEnum = createEEnum(INTERFACE_LINK_STATE);
		interfaceMacTypeEEnum = createEEnum(INTERFACE_MAC_TYPE);
		interfacePortForwardProtoEEnum = createEEnum(INTERFACE_PORT_FORWARD_PROTO);
		interfaceBackendTypeEEnum = createEEnum(INTERFACE_BACKEND_TYPE);
		interfaceDriverNameEEnum = createEEnum(INTERFACE_DRIVER_NAME);
		interfaceDriverTxmodeEEnum = createEEnum(INTERFACE_DRIVER_TXMODE);
		addressTypeEEnum = createEEnum(ADDRESS_TYPE);
		interfaceVlanTrunkEEnum = createEEnum(INTERFACE_VLAN_TRUNK);
		teamingTypeEEnum = createEEnum(TEAMING_TYPE);
		hostdevDriverNameEEnum = createEEnum(HOSTDEV_DRIVER_NAME);
		hostdevSourceStartupPolicyEEnum = createEEnum(HOSTDEV_SOURCE_STARTUP_POLICY);
		hostdevSourceGuestResetEEnum = createEEnum(HOSTDEV_SOURCE_GUEST_RESET);
		hostdevSourceProtocolEEnum = createEEnum(HOSTDEV_SOURCE_PROTOCOL);
		osNvramSourceEncryptionFormatEEnum = createEEnum(OS_NVRAM_SOURCE_ENCRYPTION_FORMAT);
		osNvramSourceEncryptionEngineEEnum = createEEnum(OS_NVRAM_SOURCE_ENCRYPTION_ENGINE);
		osNvramSourceSeclabelRelabelEEnum = createEEnum(OS_NVRAM_SOURCE_SECLABEL_RELABEL);
		osNvramSourceSeclabelLabelskipEEnum = createEEnum(OS_NVRAM_SOURCE_SECLABEL_LABELSKIP);
		osNvramSourceHostTransportEEnum = createEEnum(OS_NVRAM_SOURCE_HOST_TRANSPORT);
		sourceAddressTypeEEnum = createEEnum(SOURCE_ADDRESS_TYPE);
		interfaceVlanTagNativeModeEEnum = createEEnum(INTERFACE_VLAN_TAG_NATIVE_MODE);
		hostdevSourceAdapterTypeEEnum = createEEnum(HOSTDEV_SOURCE_ADAPTER_TYPE);
		osNvramSourceSlicesSliceTypeEEnum = createEEnum(OS_NVRAM_SOURCE_SLICES_SLICE_TYPE);
		osNvramSourceEncryptionSecretTypeEEnum = createEEnum(OS_NVRAM_SOURCE_ENCRYPTION_SECRET_TYPE);
		diskAuthSecretTypeEEnum = createEEnum(DISK_AUTH_SECRET_TYPE);

		// Create data types
		objectNameWithSlashEDataType = createEDataType(OBJECT_NAME_WITH_SLASH);
		uuidEDataType = createEDataType(UUID);
		unsignedIntEDataType = createEDataType(UNSIGNED_INT);
		absFilePathEDataType = createEDataType(ABS_FILE_PATH);
		genericNameEDataType = createEDataType(GENERIC_NAME);
		memoryValueEDataType = createEDataType(MEMORY_VALUE);
		unitEDataType = createEDataType(UNIT);
		currentMemoryValueEDataType = createEDataType(CURRENT_MEMORY_VALUE);
		vcpuValueEDataType = createEDataType(VCPU_VALUE);
		cpusetEDataType = createEDataType(CPUSET);
		countCPUEDataType = createEDataType(COUNT_CPU);
		osTypeMachineEDataType = createEDataType(OS_TYPE_MACHINE);
		osLoaderValueEDataType = createEDataType(OS_LOADER_VALUE);
		unsignedShortEDataType = createEDataType(UNSIGNED_SHORT);
		rebootTimeoutDelayEDataType = createEDataType(REBOOT_TIMEOUT_DELAY);
		osInitenvNameEDataType = createEDataType(OS_INITENV_NAME);
		osNvramSourceFileEDataType = createEDataType(OS_NVRAM_SOURCE_FILE);
		positiveIntegerEDataType = createEDataType(POSITIVE_INTEGER);
		osNvramSourceDevEDataType = createEDataType(OS_NVRAM_SOURCE_DEV);
		objectNameEDataType = createEDataType(OBJECT_NAME);
		volNameEDataType = createEDataType(VOL_NAME);
		uint32EDataType = createEDataType(UINT32);
		osAcpiTableValueEDataType = createEDataType(OS_ACPI_TABLE_VALUE);
		interfaceSourceBridgeEDataType = createEDataType(INTERFACE_SOURCE_BRIDGE);
		deviceNameEDataType = createEDataType(DEVICE_NAME);
		interfaceSourcePortidEDataType = createEDataType(INTERFACE_SOURCE_PORTID);
		interfaceSourceModeEDataType = createEDataType(INTERFACE_SOURCE_MODE);
		ipv4AddrEDataType = createEDataType(IPV4_ADDR);
		portNumberEDataType = createEDataType(PORT_NUMBER);
		uniMacAddrEDataType = createEDataType(UNI_MAC_ADDR);
		ipAddrEDataType = createEDataType(IP_ADDR);
		addrFamilyEDataType = createEDataType(ADDR_FAMILY);
		ipPrefixEDataType = createEDataType(IP_PREFIX);
		filePathEDataType = createEDataType(FILE_PATH);
		interfaceModelTypeEDataType = createEDataType(INTERFACE_MODEL_TYPE);
		aliasNameEDataType = createEDataType(ALIAS_NAME);
		pciDomainEDataType = createEDataType(PCI_DOMAIN);
		addressBusEDataType = createEDataType(ADDRESS_BUS);
		addressSlotEDataType = createEDataType(ADDRESS_SLOT);
		pciFuncEDataType = createEDataType(PCI_FUNC);
		driveControllerEDataType = createEDataType(DRIVE_CONTROLLER);
		driveTargetEDataType = createEDataType(DRIVE_TARGET);
		driveUnitEDataType = createEDataType(DRIVE_UNIT);
		addressPortEDataType = createEDataType(ADDRESS_PORT);
		spaprvioRegEDataType = createEDataType(SPAPRVIO_REG);
		ccwCssidRangeEDataType = createEDataType(CCW_CSSID_RANGE);
		ccwSsidRangeEDataType = createEDataType(CCW_SSID_RANGE);
		ccwDevnoRangeEDataType = createEDataType(CCW_DEVNO_RANGE);
		addressIobaseEDataType = createEDataType(ADDRESS_IOBASE);
		addressIrqEDataType = createEDataType(ADDRESS_IRQ);
		hexuintEDataType = createEDataType(HEXUINT);
		deviceBootLoadparmEDataType = createEDataType(DEVICE_BOOT_LOADPARM);
		hostdevSourceWwpnEDataType = createEDataType(HOSTDEV_SOURCE_WWPN);
		osNvramSourceHostNameEDataType = createEDataType(OS_NVRAM_SOURCE_HOST_NAME);
		pciBusEDataType = createEDataType(PCI_BUS);
		pciSlotEDataType = createEDataType(PCI_SLOT);
		usbIdEDataType = createEDataType(USB_ID);
		sourceAddressBusEDataType = createEDataType(SOURCE_ADDRESS_BUS);
		usbAddrEDataType = createEDataType(USB_ADDR);
		driveSCSITargetEDataType = createEDataType(DRIVE_SCSI_TARGET);
		driveSCSIUnitEDataType = createEDataType(DRIVE_SCSI_UNIT);
		uint8EDataType = createEDataType(UINT8);
		uint24EDataType = createEDataType(UINT24);
		uint16EDataType = createEDataType(UINT16);
		filterParamNameEDataType = createEDataType(FILTER_PARAM_NAME);
		filterParamValueEDataType = createEDataType(FILTER_PARAM_VALUE);
		speedEDataType = createEDataType(SPEED);
		burstSizeEDataType = createEDataType(BURST_SIZE);
		interfaceVlanTagIdEDataType = createEDataType(INTERFACE_VLAN_TAG_ID);
		wwnEDataType = createEDataType(WWN);
		osNvramSourceCookiesCookieValueEDataType = createEDataType(OS_NVRAM_SOURCE_COOKIES_COOKIE_VALUE);
		osNvramSourceCookiesCookieNameEDataType = createEDataType(OS_NVRAM_SOURCE_COOKIES_COOKIE_NAME);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(documentRootEClass, DocumentRoot.class, "DocumentRoot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDocumentRoot_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, null, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDocumentRoot_XMLNSPrefixMap(), ecorePackage.getEStringToStringMapEntry(), null, "xMLNSPrefixMap", null, 0, -1, null, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDocumentRoot_XSISchemaLocation(), ecorePackage.getEStringToStringMapEntry(), null, "xSISchemaLocation", null, 0, -1, null, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDocumentRoot_Domain(), this.getDomain(), null, "domain", null, 0, -2, null, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(domainEClass, Domain.class, "Domain", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDomain_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Name(), this.getObjectNameWithSlash(), "name", null, 0, 1, Domain.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Uuid(), this.getUUID(), "uuid", null, 0, 1, Domain.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Title(), this.getObjectNameWithSlash(), "title", null, 0, 1, Domain.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Description(), ecorePackage.getEString(), "description", null, 0, 1, Domain.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getDomain_Os(), this.getOs(), null, "os", null, 0, 1, Domain.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getDomain_Memory(), this.getMemory(), null, "memory", null, 0, 1, Domain.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getDomain_CurrentMemory(), this.getCurrentMemory(), null, "currentMemory", null, 0, 1, Domain.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getDomain_Vcpu(), this.getVcpu(), null, "vcpu", null, 0, 1, Domain.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getDomain_Devices(), this.getDevices(), null, "devices", null, 0, 1, Domain.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Type(), this.getDomainType(), "type", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Id(), this.getUnsignedInt(), "id", null, 0, 1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, Domain.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getDomain_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, Domain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osEClass, Os.class, "Os", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOs_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, Os.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOs_Type(), this.getOsType(), null, "type", null, 0, 1, Os.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOs_Kernel(), this.getAbsFilePath(), "kernel", null, 0, 1, Os.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOs_Initrd(), this.getAbsFilePath(), "initrd", null, 0, 1, Os.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOs_Root(), this.getAbsFilePath(), "root", null, 0, 1, Os.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOs_Cmdline(), ecorePackage.getEString(), "cmdline", null, 0, 1, Os.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOs_Dtb(), this.getAbsFilePath(), "dtb", null, 0, 1, Os.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOs_Firmware(), this.getOsFirmware(), null, "firmware", null, 0, 1, Os.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOs_Loader(), this.getOsLoader(), null, "loader", null, 0, 1, Os.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOs_Nvram(), this.getOsNvram(), null, "nvram", null, 0, 1, Os.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOs_Boots(), this.getOsBoot(), null, "boots", null, 0, -1, Os.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOs_Bootmenu(), this.getOsBootmenu(), null, "bootmenu", null, 0, 1, Os.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOs_Smbios(), this.getOsSmbios(), null, "smbios", null, 0, 1, Os.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOs_Bios(), this.getOsBios(), null, "bios", null, 0, 1, Os.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOs_Acpi(), this.getOsAcpi(), null, "acpi", null, 0, 1, Os.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOs_Init(), this.getAbsFilePath(), "init", null, 0, 1, Os.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOs_Initargs(), ecorePackage.getEString(), "initargs", null, 0, -1, Os.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOs_Initenvs(), this.getOsInitenv(), null, "initenvs", null, 0, -1, Os.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOs_Initdir(), this.getAbsFilePath(), "initdir", null, 0, 1, Os.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOs_Inituser(), this.getGenericName(), "inituser", null, 0, 1, Os.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOs_Initgroup(), this.getGenericName(), "initgroup", null, 0, 1, Os.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOs_FirmwareAttribute(), this.getOsFirmware2(), "firmwareAttribute", null, 0, 1, Os.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOs_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, Os.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOs_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, Os.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(memoryEClass, Memory.class, "Memory", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMemory_Value(), this.getMemoryValue(), "value", null, 0, 1, Memory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemory_Unit(), this.getUnit(), "unit", null, 0, 1, Memory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemory_DumpCore(), this.getVirOnOff(), "dumpCore", null, 0, 1, Memory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMemory_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, Memory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(currentMemoryEClass, CurrentMemory.class, "CurrentMemory", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCurrentMemory_Value(), this.getCurrentMemoryValue(), "value", null, 0, 1, CurrentMemory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCurrentMemory_Unit(), this.getUnit(), "unit", null, 0, 1, CurrentMemory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCurrentMemory_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, CurrentMemory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(vcpuEClass, Vcpu.class, "Vcpu", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getVcpu_Value(), this.getVcpuValue(), "value", null, 0, 1, Vcpu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVcpu_Placement(), this.getVcpuPlacement(), "placement", null, 0, 1, Vcpu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVcpu_Cpuset(), this.getCpuset(), "cpuset", null, 0, 1, Vcpu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVcpu_Current(), this.getCountCPU(), "current", null, 0, 1, Vcpu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVcpu_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, Vcpu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(devicesEClass, Devices.class, "Devices", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDevices_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, Devices.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDevices_Interfaces(), this.getInterface(), null, "interfaces", null, 0, -1, Devices.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getDevices_Hostdevs(), this.getHostdev(), null, "hostdevs", null, 0, -1, Devices.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevices_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, Devices.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getDevices_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, Devices.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osTypeEClass, OsType.class, "OsType", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsType_Value(), this.getOsTypeValue(), "value", null, 0, 1, OsType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsType_Arch(), this.getOsTypeArch(), "arch", null, 0, 1, OsType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsType_Machine(), this.getOsTypeMachine(), "machine", null, 0, 1, OsType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsType_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osFirmwareEClass, OsFirmware.class, "OsFirmware", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsFirmware_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsFirmware.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOsFirmware_Features(), this.getOsFirmwareFeature(), null, "features", null, 0, -1, OsFirmware.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsFirmware_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsFirmware.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsFirmware_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsFirmware.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osLoaderEClass, OsLoader.class, "OsLoader", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsLoader_Value(), this.getOsLoaderValue(), "value", null, 0, 1, OsLoader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsLoader_Readonly(), this.getVirYesNo(), "readonly", null, 0, 1, OsLoader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsLoader_Secure(), this.getVirYesNo(), "secure", null, 0, 1, OsLoader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsLoader_Type(), this.getOsLoaderType(), "type", null, 0, 1, OsLoader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsLoader_Stateless(), this.getVirYesNo(), "stateless", null, 0, 1, OsLoader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsLoader_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsLoader.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osNvramEClass, OsNvram.class, "OsNvram", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsNvram_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsNvram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOsNvram_Source(), this.getOsNvramSource(), null, "source", null, 0, 1, OsNvram.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvram_Template(), this.getAbsFilePath(), "template", null, 0, 1, OsNvram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvram_Type(), this.getOsNvramType(), "type", null, 0, 1, OsNvram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvram_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsNvram.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvram_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsNvram.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osBootEClass, OsBoot.class, "OsBoot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsBoot_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsBoot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsBoot_Dev(), this.getOsBootDev(), "dev", null, 0, 1, OsBoot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsBoot_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsBoot.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsBoot_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsBoot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osBootmenuEClass, OsBootmenu.class, "OsBootmenu", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsBootmenu_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsBootmenu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsBootmenu_Enable(), this.getVirYesNo(), "enable", null, 0, 1, OsBootmenu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsBootmenu_Timeout(), this.getUnsignedShort(), "timeout", null, 0, 1, OsBootmenu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsBootmenu_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsBootmenu.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsBootmenu_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsBootmenu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osSmbiosEClass, OsSmbios.class, "OsSmbios", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsSmbios_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsSmbios.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsSmbios_Mode(), this.getOsSmbiosMode(), "mode", null, 0, 1, OsSmbios.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsSmbios_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsSmbios.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsSmbios_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsSmbios.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osBiosEClass, OsBios.class, "OsBios", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsBios_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsBios.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsBios_Useserial(), this.getVirYesNo(), "useserial", null, 0, 1, OsBios.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsBios_RebootTimeout(), this.getRebootTimeoutDelay(), "rebootTimeout", null, 0, 1, OsBios.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsBios_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsBios.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsBios_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsBios.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osAcpiEClass, OsAcpi.class, "OsAcpi", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsAcpi_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsAcpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOsAcpi_Tables(), this.getOsAcpiTable(), null, "tables", null, 0, -1, OsAcpi.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsAcpi_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsAcpi.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsAcpi_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsAcpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osInitenvEClass, OsInitenv.class, "OsInitenv", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsInitenv_Value(), ecorePackage.getEString(), "value", null, 0, 1, OsInitenv.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsInitenv_Name(), this.getOsInitenvName(), "name", null, 0, 1, OsInitenv.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsInitenv_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsInitenv.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceEClass, Interface.class, "Interface", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterface_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Source(), this.getInterfaceSource(), null, "source", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Virtualport(), this.getInterfaceVirtualport(), null, "virtualport", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Link(), this.getInterfaceLink(), null, "link", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Mtu(), this.getInterfaceMtu(), null, "mtu", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Coalesce(), this.getInterfaceCoalesce(), null, "coalesce", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Target(), this.getInterfaceTarget(), null, "target", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Guest(), this.getInterfaceGuest(), null, "guest", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Mac(), this.getInterfaceMac(), null, "mac", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Ips(), this.getInterfaceIpInfo(), null, "ips", null, 0, -1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Routes(), this.getRoute(), null, "routes", null, 0, -1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_PortForwards(), this.getInterfacePortForward(), null, "portForwards", null, 0, -1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Script(), this.getInterfaceScript(), null, "script", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Downscript(), this.getInterfaceDownscript(), null, "downscript", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Backenddomain(), this.getInterfaceBackenddomain(), null, "backenddomain", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Model(), this.getInterfaceModel(), null, "model", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Backend(), this.getInterfaceBackend(), null, "backend", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Driver(), this.getInterfaceDriver(), null, "driver", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Alias(), this.getAlias(), null, "alias", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Acpi(), this.getAcpi(), null, "acpi", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Address(), this.getAddress(), null, "address", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Filterref(), this.getInterfaceFilterref(), null, "filterref", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Tune(), this.getInterfaceTune(), null, "tune", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Boot(), this.getDeviceBoot(), null, "boot", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Rom(), this.getRom(), null, "rom", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Bandwidth(), this.getInterfaceBandwidth(), null, "bandwidth", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Vlan(), this.getInterfaceVlan(), null, "vlan", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Port(), this.getInterfacePort(), null, "port", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterface_Teaming(), this.getTeaming(), null, "teaming", null, 0, 1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_Type(), this.getInterfaceType(), "type", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_Managed(), this.getVirYesNo(), "managed", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_TrustGuestRxFilters(), this.getVirYesNo(), "trustGuestRxFilters", null, 0, 1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, Interface.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterface_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, Interface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hostdevEClass, Hostdev.class, "Hostdev", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHostdev_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, Hostdev.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHostdev_Driver(), this.getHostdevDriver(), null, "driver", null, 0, 1, Hostdev.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getHostdev_Teaming(), this.getTeaming(), null, "teaming", null, 0, 1, Hostdev.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getHostdev_Source(), this.getHostdevSource(), null, "source", null, 0, 1, Hostdev.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getHostdev_Ips(), this.getInterfaceIpInfo(), null, "ips", null, 0, -1, Hostdev.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getHostdev_Routes(), this.getRoute(), null, "routes", null, 0, -1, Hostdev.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getHostdev_Alias(), this.getAlias(), null, "alias", null, 0, 1, Hostdev.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getHostdev_Acpi(), this.getAcpi(), null, "acpi", null, 0, 1, Hostdev.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getHostdev_Boot(), this.getDeviceBoot(), null, "boot", null, 0, 1, Hostdev.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getHostdev_Rom(), this.getRom(), null, "rom", null, 0, 1, Hostdev.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getHostdev_Address(), this.getAddress(), null, "address", null, 0, 1, Hostdev.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getHostdev_Readonly(), this.getEmptyElement(), null, "readonly", null, 0, 1, Hostdev.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getHostdev_Shareable(), this.getEmptyElement(), null, "shareable", null, 0, 1, Hostdev.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdev_Mode(), this.getHostdevMode(), "mode", null, 0, 1, Hostdev.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdev_Managed(), this.getVirYesNo(), "managed", null, 0, 1, Hostdev.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdev_Type(), this.getHostdevType(), "type", null, 0, 1, Hostdev.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdev_Sgio(), this.getHostdevSgio(), "sgio", null, 0, 1, Hostdev.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdev_Rawio(), this.getVirYesNo(), "rawio", null, 0, 1, Hostdev.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdev_Model(), this.getHostdevModel(), "model", null, 0, 1, Hostdev.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdev_Ramfb(), this.getVirOnOff(), "ramfb", null, 0, 1, Hostdev.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdev_Display(), this.getVirOnOff(), "display", null, 0, 1, Hostdev.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdev_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, Hostdev.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdev_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, Hostdev.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osFirmwareFeatureEClass, OsFirmwareFeature.class, "OsFirmwareFeature", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsFirmwareFeature_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsFirmwareFeature.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsFirmwareFeature_Enabled(), this.getVirYesNo(), "enabled", null, 0, 1, OsFirmwareFeature.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsFirmwareFeature_Name(), this.getOsFirmwareFeatureName(), "name", null, 0, 1, OsFirmwareFeature.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsFirmwareFeature_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsFirmwareFeature.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsFirmwareFeature_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsFirmwareFeature.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osNvramSourceEClass, OsNvramSource.class, "OsNvramSource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsNvramSource_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsNvramSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOsNvramSource_Slices(), this.getOsNvramSourceSlices(), null, "slices", null, 0, 1, OsNvramSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOsNvramSource_PrivateData(), this.getEmptyElement(), null, "privateData", null, 0, 1, OsNvramSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOsNvramSource_Encryption(), this.getOsNvramSourceEncryption(), null, "encryption", null, 0, 1, OsNvramSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOsNvramSource_Seclabels(), this.getOsNvramSourceSeclabel(), null, "seclabels", null, 0, -1, OsNvramSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOsNvramSource_Reservations(), this.getOsNvramSourceReservations(), null, "reservations", null, 0, 1, OsNvramSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOsNvramSource_Hosts(), this.getOsNvramSourceHost(), null, "hosts", null, 0, -1, OsNvramSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOsNvramSource_Snapshot(), this.getOsNvramSourceSnapshot(), null, "snapshot", null, 0, 1, OsNvramSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOsNvramSource_Config(), this.getOsNvramSourceConfig(), null, "config", null, 0, 1, OsNvramSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOsNvramSource_Auth(), this.getDiskAuth(), null, "auth", null, 0, 1, OsNvramSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOsNvramSource_Initiator(), this.getInitiatorinfo(), null, "initiator", null, 0, 1, OsNvramSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOsNvramSource_Cookies(), this.getOsNvramSourceCookies(), null, "cookies", null, 0, 1, OsNvramSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOsNvramSource_Readahead(), this.getOsNvramSourceReadahead(), null, "readahead", null, 0, 1, OsNvramSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOsNvramSource_Timeout(), this.getOsNvramSourceTimeout(), null, "timeout", null, 0, 1, OsNvramSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOsNvramSource_Ssl(), this.getOsNvramSourceSsl(), null, "ssl", null, 0, 1, OsNvramSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOsNvramSource_Identity(), this.getOsNvramSourceIdentity(), null, "identity", null, 0, 1, OsNvramSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOsNvramSource_Address(), this.getOsNvramSourceAddress(), null, "address", null, 0, 1, OsNvramSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOsNvramSource_Reconnect(), this.getReconnect(), null, "reconnect", null, 0, 1, OsNvramSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSource_File(), this.getOsNvramSourceFile(), "file", null, 0, 1, OsNvramSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSource_Fdgroup(), ecorePackage.getEString(), "fdgroup", null, 0, 1, OsNvramSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSource_Index(), this.getPositiveInteger(), "index", null, 0, 1, OsNvramSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSource_StartupPolicy(), this.getOsNvramSourceStartupPolicy(), "startupPolicy", null, 0, 1, OsNvramSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSource_Dev(), this.getOsNvramSourceDev(), "dev", null, 0, 1, OsNvramSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSource_Dir(), this.getAbsFilePath(), "dir", null, 0, 1, OsNvramSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSource_Protocol(), this.getOsNvramSourceProtocol(), "protocol", null, 0, 1, OsNvramSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSource_Name(), ecorePackage.getEString(), "name", null, 0, 1, OsNvramSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSource_Tls(), this.getVirYesNo(), "tls", null, 0, 1, OsNvramSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSource_TlsHostname(), ecorePackage.getEString(), "tlsHostname", null, 0, 1, OsNvramSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSource_Query(), ecorePackage.getEString(), "query", null, 0, 1, OsNvramSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSource_Pool(), this.getObjectName(), "pool", null, 0, 1, OsNvramSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSource_Volume(), this.getVolName(), "volume", null, 0, 1, OsNvramSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSource_Mode(), this.getOsNvramSourceMode(), "mode", null, 0, 1, OsNvramSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSource_Type(), this.getOsNvramSourceType(), "type", null, 0, 1, OsNvramSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSource_Namespace(), this.getUint32(), "namespace", null, 0, 1, OsNvramSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSource_Managed(), this.getVirYesNo(), "managed", null, 0, 1, OsNvramSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSource_Path(), this.getAbsFilePath(), "path", null, 0, 1, OsNvramSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSource_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsNvramSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSource_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsNvramSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osAcpiTableEClass, OsAcpiTable.class, "OsAcpiTable", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsAcpiTable_Value(), this.getOsAcpiTableValue(), "value", null, 0, 1, OsAcpiTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsAcpiTable_Type(), this.getOsAcpiTableType(), "type", null, 0, 1, OsAcpiTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsAcpiTable_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsAcpiTable.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceSourceEClass, InterfaceSource.class, "InterfaceSource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceSource_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInterfaceSource_Ips(), this.getInterfaceIpInfo(), null, "ips", null, 0, -1, InterfaceSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterfaceSource_Routes(), this.getRoute(), null, "routes", null, 0, -1, InterfaceSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterfaceSource_Reconnect(), this.getReconnect(), null, "reconnect", null, 0, 1, InterfaceSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterfaceSource_Local(), this.getInterfaceSourceLocal(), null, "local", null, 0, 1, InterfaceSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterfaceSource_Vendor(), this.getSourceVendor(), null, "vendor", null, 0, 1, InterfaceSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterfaceSource_Product(), this.getSourceProduct(), null, "product", null, 0, 1, InterfaceSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterfaceSource_Address(), this.getSourceAddress(), null, "address", null, 0, 1, InterfaceSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceSource_Bridge(), this.getInterfaceSourceBridge(), "bridge", null, 0, 1, InterfaceSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceSource_MacTableManager(), this.getMacTableManager(), "macTableManager", null, 0, 1, InterfaceSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceSource_Network(), ecorePackage.getEString(), "network", null, 0, 1, InterfaceSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceSource_Portgroup(), this.getDeviceName(), "portgroup", null, 0, 1, InterfaceSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceSource_Portid(), this.getInterfaceSourcePortid(), "portid", null, 0, 1, InterfaceSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceSource_Type(), this.getInterfaceSourceType(), "type", null, 0, 1, InterfaceSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceSource_Path(), this.getAbsFilePath(), "path", null, 0, 1, InterfaceSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceSource_Mode(), this.getInterfaceSourceMode(), "mode", null, 0, 1, InterfaceSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceSource_Dev(), this.getDeviceName(), "dev", null, 0, 1, InterfaceSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceSource_Name(), this.getDeviceName(), "name", null, 0, 1, InterfaceSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceSource_AddressAttribute(), this.getIpv4Addr(), "addressAttribute", null, 0, 1, InterfaceSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceSource_Port(), this.getPortNumber(), "port", null, 0, 1, InterfaceSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceSource_Missing(), this.getVirYesNo(), "missing", null, 0, 1, InterfaceSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceSource_Switchid(), this.getUUID(), "switchid", null, 0, 1, InterfaceSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceSource_Portgroupid(), ecorePackage.getEString(), "portgroupid", null, 0, 1, InterfaceSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceSource_Connectionid(), ecorePackage.getELongObject(), "connectionid", null, 0, 1, InterfaceSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceSource_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceSource_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceVirtualportEClass, InterfaceVirtualport.class, "InterfaceVirtualport", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceVirtualport_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceVirtualport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInterfaceVirtualport_Parameters(), this.getInterfaceVirtualportParameters(), null, "parameters", null, 0, 1, InterfaceVirtualport.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceVirtualport_Type(), this.getInterfaceVirtualportType(), "type", null, 0, 1, InterfaceVirtualport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceVirtualport_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceVirtualport.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceVirtualport_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceVirtualport.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceLinkEClass, InterfaceLink.class, "InterfaceLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceLink_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceLink_State(), this.getInterfaceLinkState(), "state", null, 0, 1, InterfaceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceLink_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceLink.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceLink_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceMtuEClass, InterfaceMtu.class, "InterfaceMtu", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceMtu_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceMtu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceMtu_Size(), this.getUnsignedShort(), "size", null, 0, 1, InterfaceMtu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceMtu_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceMtu.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceMtu_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceMtu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceCoalesceEClass, InterfaceCoalesce.class, "InterfaceCoalesce", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceCoalesce_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceCoalesce.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInterfaceCoalesce_Rx(), this.getInterfaceCoalesceRx(), null, "rx", null, 0, 1, InterfaceCoalesce.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceCoalesce_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceCoalesce.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceCoalesce_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceCoalesce.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceTargetEClass, InterfaceTarget.class, "InterfaceTarget", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceTarget_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceTarget_Dev(), this.getDeviceName(), "dev", null, 0, 1, InterfaceTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceTarget_Managed(), this.getVirYesNo(), "managed", null, 0, 1, InterfaceTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceTarget_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceTarget.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceTarget_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceGuestEClass, InterfaceGuest.class, "InterfaceGuest", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceGuest_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceGuest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceGuest_Dev(), this.getDeviceName(), "dev", null, 0, 1, InterfaceGuest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceGuest_Actual(), this.getDeviceName(), "actual", null, 0, 1, InterfaceGuest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceGuest_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceGuest.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceGuest_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceGuest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceMacEClass, InterfaceMac.class, "InterfaceMac", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceMac_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceMac.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceMac_Address(), this.getUniMacAddr(), "address", null, 0, 1, InterfaceMac.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceMac_Type(), this.getInterfaceMacType(), "type", null, 0, 1, InterfaceMac.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceMac_Check(), this.getVirYesNo(), "check", null, 0, 1, InterfaceMac.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceMac_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceMac.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceMac_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceMac.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceIpInfoEClass, InterfaceIpInfo.class, "InterfaceIpInfo", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceIpInfo_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceIpInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceIpInfo_Address(), this.getIpAddr(), "address", null, 0, 1, InterfaceIpInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceIpInfo_Family(), this.getAddrFamily(), "family", null, 0, 1, InterfaceIpInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceIpInfo_Prefix(), this.getIpPrefix(), "prefix", null, 0, 1, InterfaceIpInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceIpInfo_Peer(), this.getIpAddr(), "peer", null, 0, 1, InterfaceIpInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceIpInfo_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceIpInfo.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceIpInfo_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceIpInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(routeEClass, Route.class, "Route", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRoute_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, Route.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoute_Family(), this.getAddrFamily(), "family", null, 0, 1, Route.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoute_Address(), this.getIpAddr(), "address", null, 0, 1, Route.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoute_Netmask(), this.getIpv4Addr(), "netmask", null, 0, 1, Route.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoute_Prefix(), this.getIpPrefix(), "prefix", null, 0, 1, Route.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoute_Gateway(), this.getIpAddr(), "gateway", null, 0, 1, Route.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoute_Metric(), this.getUnsignedInt(), "metric", null, 0, 1, Route.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoute_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, Route.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getRoute_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, Route.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfacePortForwardEClass, InterfacePortForward.class, "InterfacePortForward", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfacePortForward_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfacePortForward.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInterfacePortForward_Ranges(), this.getInterfacePortForwardRange(), null, "ranges", null, 0, -1, InterfacePortForward.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfacePortForward_Proto(), this.getInterfacePortForwardProto(), "proto", null, 0, 1, InterfacePortForward.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfacePortForward_Address(), this.getIpAddr(), "address", null, 0, 1, InterfacePortForward.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfacePortForward_Dev(), this.getDeviceName(), "dev", null, 0, 1, InterfacePortForward.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfacePortForward_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfacePortForward.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfacePortForward_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfacePortForward.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceScriptEClass, InterfaceScript.class, "InterfaceScript", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceScript_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceScript.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceScript_Path(), this.getFilePath(), "path", null, 0, 1, InterfaceScript.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceScript_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceScript.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceScript_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceScript.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceDownscriptEClass, InterfaceDownscript.class, "InterfaceDownscript", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceDownscript_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceDownscript.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDownscript_Path(), this.getFilePath(), "path", null, 0, 1, InterfaceDownscript.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDownscript_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceDownscript.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDownscript_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceDownscript.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceBackenddomainEClass, InterfaceBackenddomain.class, "InterfaceBackenddomain", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceBackenddomain_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceBackenddomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceBackenddomain_Name(), this.getObjectNameWithSlash(), "name", null, 0, 1, InterfaceBackenddomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceBackenddomain_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceBackenddomain.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceBackenddomain_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceBackenddomain.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceModelEClass, InterfaceModel.class, "InterfaceModel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceModel_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceModel_Type(), this.getInterfaceModelType(), "type", null, 0, 1, InterfaceModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceModel_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceModel.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceModel_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceModel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceBackendEClass, InterfaceBackend.class, "InterfaceBackend", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceBackend_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceBackend.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceBackend_Type(), this.getInterfaceBackendType(), "type", null, 0, 1, InterfaceBackend.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceBackend_Tap(), this.getAbsFilePath(), "tap", null, 0, 1, InterfaceBackend.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceBackend_Vhost(), this.getAbsFilePath(), "vhost", null, 0, 1, InterfaceBackend.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceBackend_LogFile(), this.getAbsFilePath(), "logFile", null, 0, 1, InterfaceBackend.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceBackend_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceBackend.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceBackend_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceBackend.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceDriverEClass, InterfaceDriver.class, "InterfaceDriver", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceDriver_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceDriver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInterfaceDriver_Host(), this.getInterfaceDriverHost(), null, "host", null, 0, 1, InterfaceDriver.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterfaceDriver_Guest(), this.getInterfaceDriverGuest(), null, "guest", null, 0, 1, InterfaceDriver.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriver_Name(), this.getInterfaceDriverName(), "name", null, 0, 1, InterfaceDriver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriver_Queues(), this.getPositiveInteger(), "queues", null, 0, 1, InterfaceDriver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriver_RxQueueSize(), this.getPositiveInteger(), "rxQueueSize", null, 0, 1, InterfaceDriver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriver_TxQueueSize(), this.getPositiveInteger(), "txQueueSize", null, 0, 1, InterfaceDriver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriver_Txmode(), this.getInterfaceDriverTxmode(), "txmode", null, 0, 1, InterfaceDriver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriver_Ioeventfd(), this.getVirOnOff(), "ioeventfd", null, 0, 1, InterfaceDriver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriver_EventIdx(), this.getVirOnOff(), "eventIdx", null, 0, 1, InterfaceDriver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriver_Iommu(), this.getVirOnOff(), "iommu", null, 0, 1, InterfaceDriver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriver_Ats(), this.getVirOnOff(), "ats", null, 0, 1, InterfaceDriver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriver_Packed(), this.getVirOnOff(), "packed", null, 0, 1, InterfaceDriver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriver_PagePerVq(), this.getVirOnOff(), "pagePerVq", null, 0, 1, InterfaceDriver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriver_Rss(), this.getVirOnOff(), "rss", null, 0, 1, InterfaceDriver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriver_RssHashReport(), this.getVirOnOff(), "rssHashReport", null, 0, 1, InterfaceDriver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriver_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceDriver.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriver_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceDriver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(aliasEClass, Alias.class, "Alias", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAlias_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, Alias.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAlias_Name(), this.getAliasName(), "name", null, 0, 1, Alias.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAlias_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, Alias.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getAlias_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, Alias.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(acpiEClass, Acpi.class, "Acpi", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAcpi_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, Acpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAcpi_Index(), this.getUnsignedInt(), "index", null, 0, 1, Acpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAcpi_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, Acpi.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getAcpi_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, Acpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(addressEClass, Address.class, "Address", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAddress_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAddress_Zpci(), this.getAddressZpci(), null, "zpci", null, 0, 1, Address.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_Type(), this.getAddressType(), "type", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_Domain(), this.getPciDomain(), "domain", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_Bus(), this.getAddressBus(), "bus", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_Slot(), this.getAddressSlot(), "slot", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_Function(), this.getPciFunc(), "function", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_Multifunction(), this.getVirOnOff(), "multifunction", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_Controller(), this.getDriveController(), "controller", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_Target(), this.getDriveTarget(), "target", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_Unit(), this.getDriveUnit(), "unit", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_Port(), this.getAddressPort(), "port", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_Reg(), this.getSpaprvioReg(), "reg", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_Cssid(), this.getCcwCssidRange(), "cssid", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_Ssid(), this.getCcwSsidRange(), "ssid", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_Devno(), this.getCcwDevnoRange(), "devno", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_Iobase(), this.getAddressIobase(), "iobase", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_Irq(), this.getAddressIrq(), "irq", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_Base(), this.getHexuint(), "base", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, Address.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceFilterrefEClass, InterfaceFilterref.class, "InterfaceFilterref", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceFilterref_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceFilterref.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInterfaceFilterref_Parameters(), this.getInterfaceFilterrefParameter(), null, "parameters", null, 0, -1, InterfaceFilterref.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceFilterref_Filter(), ecorePackage.getEString(), "filter", null, 0, 1, InterfaceFilterref.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceFilterref_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceFilterref.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceFilterref_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceFilterref.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceTuneEClass, InterfaceTune.class, "InterfaceTune", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceTune_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceTune.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceTune_Sndbuf(), this.getUnsignedInt(), "sndbuf", null, 0, 1, InterfaceTune.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceTune_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceTune.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceTune_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceTune.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deviceBootEClass, DeviceBoot.class, "DeviceBoot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDeviceBoot_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, DeviceBoot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeviceBoot_Order(), this.getPositiveInteger(), "order", null, 0, 1, DeviceBoot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeviceBoot_Loadparm(), this.getDeviceBootLoadparm(), "loadparm", null, 0, 1, DeviceBoot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeviceBoot_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, DeviceBoot.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeviceBoot_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, DeviceBoot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(romEClass, Rom.class, "Rom", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRom_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, Rom.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRom_Enabled(), this.getVirYesNo(), "enabled", null, 0, 1, Rom.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRom_Bar(), this.getVirOnOff(), "bar", null, 0, 1, Rom.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRom_File(), this.getAbsFilePath(), "file", null, 0, 1, Rom.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRom_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, Rom.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getRom_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, Rom.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceBandwidthEClass, InterfaceBandwidth.class, "InterfaceBandwidth", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceBandwidth_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceBandwidth.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInterfaceBandwidth_Inbound(), this.getInterfaceBandwidthInbound(), null, "inbound", null, 0, 1, InterfaceBandwidth.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getInterfaceBandwidth_Outbound(), this.getInterfaceBandwidthOutbound(), null, "outbound", null, 0, 1, InterfaceBandwidth.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceBandwidth_ClassID(), this.getPositiveInteger(), "classID", null, 0, 1, InterfaceBandwidth.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceBandwidth_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceBandwidth.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceBandwidth_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceBandwidth.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceVlanEClass, InterfaceVlan.class, "InterfaceVlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceVlan_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceVlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInterfaceVlan_Tags(), this.getInterfaceVlanTag(), null, "tags", null, 0, -1, InterfaceVlan.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceVlan_Trunk(), this.getInterfaceVlanTrunk(), "trunk", null, 0, 1, InterfaceVlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceVlan_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceVlan.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceVlan_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceVlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfacePortEClass, InterfacePort.class, "InterfacePort", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfacePort_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfacePort.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfacePort_Isolated(), this.getVirYesNo(), "isolated", null, 0, 1, InterfacePort.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfacePort_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfacePort.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfacePort_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfacePort.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(teamingEClass, Teaming.class, "Teaming", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTeaming_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, Teaming.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeaming_Type(), this.getTeamingType(), "type", null, 0, 1, Teaming.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeaming_Persistent(), this.getAliasName(), "persistent", null, 0, 1, Teaming.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeaming_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, Teaming.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeaming_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, Teaming.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hostdevDriverEClass, HostdevDriver.class, "HostdevDriver", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHostdevDriver_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, HostdevDriver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevDriver_Name(), this.getHostdevDriverName(), "name", null, 0, 1, HostdevDriver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevDriver_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, HostdevDriver.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevDriver_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, HostdevDriver.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hostdevSourceEClass, HostdevSource.class, "HostdevSource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHostdevSource_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, HostdevSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHostdevSource_Address(), this.getSourceAddress(), null, "address", null, 0, 1, HostdevSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getHostdevSource_Vendor(), this.getSourceVendor(), null, "vendor", null, 0, 1, HostdevSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getHostdevSource_Product(), this.getSourceProduct(), null, "product", null, 0, 1, HostdevSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getHostdevSource_Adapter(), this.getHostdevSourceAdapter(), null, "adapter", null, 0, 1, HostdevSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getHostdevSource_Hosts(), this.getHostdevSourceHost(), null, "hosts", null, 0, -1, HostdevSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getHostdevSource_Auth(), this.getDiskAuth(), null, "auth", null, 0, 1, HostdevSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getHostdevSource_Initiator(), this.getInitiatorinfo(), null, "initiator", null, 0, 1, HostdevSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSource_Block(), this.getAbsFilePath(), "block", null, 0, 1, HostdevSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSource_Char_(), this.getAbsFilePath(), "char_", null, 0, 1, HostdevSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSource_Interface_(), this.getDeviceName(), "interface_", null, 0, 1, HostdevSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSource_StartupPolicy(), this.getHostdevSourceStartupPolicy(), "startupPolicy", null, 0, 1, HostdevSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSource_WriteFiltering(), this.getVirYesNo(), "writeFiltering", null, 0, 1, HostdevSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSource_GuestReset(), this.getHostdevSourceGuestReset(), "guestReset", null, 0, 1, HostdevSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSource_Protocol(), this.getHostdevSourceProtocol(), "protocol", null, 0, 1, HostdevSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSource_Name(), ecorePackage.getEString(), "name", null, 0, 1, HostdevSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSource_Wwpn(), this.getHostdevSourceWwpn(), "wwpn", null, 0, 1, HostdevSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSource_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, HostdevSource.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSource_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, HostdevSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osNvramSourceSlicesEClass, OsNvramSourceSlices.class, "OsNvramSourceSlices", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsNvramSourceSlices_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsNvramSourceSlices.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOsNvramSourceSlices_Slice(), this.getOsNvramSourceSlicesSlice(), null, "slice", null, 0, 1, OsNvramSourceSlices.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceSlices_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsNvramSourceSlices.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceSlices_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsNvramSourceSlices.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osNvramSourceEncryptionEClass, OsNvramSourceEncryption.class, "OsNvramSourceEncryption", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsNvramSourceEncryption_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsNvramSourceEncryption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOsNvramSourceEncryption_Secret(), this.getOsNvramSourceEncryptionSecret(), null, "secret", null, 0, 1, OsNvramSourceEncryption.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOsNvramSourceEncryption_Cipher(), this.getOsNvramSourceEncryptionCipher(), null, "cipher", null, 0, 1, OsNvramSourceEncryption.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getOsNvramSourceEncryption_Ivgen(), this.getOsNvramSourceEncryptionIvgen(), null, "ivgen", null, 0, 1, OsNvramSourceEncryption.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceEncryption_Format(), this.getOsNvramSourceEncryptionFormat(), "format", null, 0, 1, OsNvramSourceEncryption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceEncryption_Engine(), this.getOsNvramSourceEncryptionEngine(), "engine", null, 0, 1, OsNvramSourceEncryption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceEncryption_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsNvramSourceEncryption.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceEncryption_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsNvramSourceEncryption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osNvramSourceSeclabelEClass, OsNvramSourceSeclabel.class, "OsNvramSourceSeclabel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsNvramSourceSeclabel_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsNvramSourceSeclabel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceSeclabel_Labels(), ecorePackage.getEString(), "labels", null, 0, -1, OsNvramSourceSeclabel.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceSeclabel_Model(), ecorePackage.getEString(), "model", null, 0, 1, OsNvramSourceSeclabel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceSeclabel_Relabel(), this.getOsNvramSourceSeclabelRelabel(), "relabel", null, 0, 1, OsNvramSourceSeclabel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceSeclabel_Labelskip(), this.getOsNvramSourceSeclabelLabelskip(), "labelskip", null, 0, 1, OsNvramSourceSeclabel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceSeclabel_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsNvramSourceSeclabel.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceSeclabel_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsNvramSourceSeclabel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osNvramSourceReservationsEClass, OsNvramSourceReservations.class, "OsNvramSourceReservations", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsNvramSourceReservations_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsNvramSourceReservations.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOsNvramSourceReservations_Source(), this.getInterfaceSource(), null, "source", null, 0, 1, OsNvramSourceReservations.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceReservations_Managed(), this.getVirYesNo(), "managed", null, 0, 1, OsNvramSourceReservations.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceReservations_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsNvramSourceReservations.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceReservations_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsNvramSourceReservations.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osNvramSourceHostEClass, OsNvramSourceHost.class, "OsNvramSourceHost", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsNvramSourceHost_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsNvramSourceHost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceHost_Transport(), this.getOsNvramSourceHostTransport(), "transport", null, 0, 1, OsNvramSourceHost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceHost_Name(), this.getOsNvramSourceHostName(), "name", null, 0, 1, OsNvramSourceHost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceHost_Port(), this.getUnsignedInt(), "port", null, 0, 1, OsNvramSourceHost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceHost_Socket(), this.getAbsFilePath(), "socket", null, 0, 1, OsNvramSourceHost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceHost_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsNvramSourceHost.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceHost_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsNvramSourceHost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osNvramSourceSnapshotEClass, OsNvramSourceSnapshot.class, "OsNvramSourceSnapshot", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsNvramSourceSnapshot_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsNvramSourceSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceSnapshot_Name(), this.getGenericName(), "name", null, 0, 1, OsNvramSourceSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceSnapshot_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsNvramSourceSnapshot.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceSnapshot_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsNvramSourceSnapshot.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osNvramSourceConfigEClass, OsNvramSourceConfig.class, "OsNvramSourceConfig", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsNvramSourceConfig_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsNvramSourceConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceConfig_File(), this.getAbsFilePath(), "file", null, 0, 1, OsNvramSourceConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceConfig_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsNvramSourceConfig.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceConfig_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsNvramSourceConfig.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diskAuthEClass, DiskAuth.class, "DiskAuth", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiskAuth_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, DiskAuth.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDiskAuth_Secret(), this.getDiskAuthSecret(), null, "secret", null, 0, 1, DiskAuth.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiskAuth_Username(), this.getGenericName(), "username", null, 0, 1, DiskAuth.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiskAuth_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, DiskAuth.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiskAuth_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, DiskAuth.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(initiatorinfoEClass, Initiatorinfo.class, "Initiatorinfo", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInitiatorinfo_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, Initiatorinfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInitiatorinfo_Iqn(), this.getInitiatorinfoIqn(), null, "iqn", null, 0, 1, Initiatorinfo.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitiatorinfo_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, Initiatorinfo.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitiatorinfo_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, Initiatorinfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osNvramSourceCookiesEClass, OsNvramSourceCookies.class, "OsNvramSourceCookies", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsNvramSourceCookies_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsNvramSourceCookies.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOsNvramSourceCookies_Cookies(), this.getOsNvramSourceCookiesCookie(), null, "cookies", null, 0, -1, OsNvramSourceCookies.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceCookies_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsNvramSourceCookies.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceCookies_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsNvramSourceCookies.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osNvramSourceReadaheadEClass, OsNvramSourceReadahead.class, "OsNvramSourceReadahead", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsNvramSourceReadahead_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsNvramSourceReadahead.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceReadahead_Size(), this.getPositiveInteger(), "size", null, 0, 1, OsNvramSourceReadahead.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceReadahead_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsNvramSourceReadahead.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceReadahead_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsNvramSourceReadahead.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osNvramSourceTimeoutEClass, OsNvramSourceTimeout.class, "OsNvramSourceTimeout", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsNvramSourceTimeout_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsNvramSourceTimeout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceTimeout_Seconds(), this.getPositiveInteger(), "seconds", null, 0, 1, OsNvramSourceTimeout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceTimeout_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsNvramSourceTimeout.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceTimeout_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsNvramSourceTimeout.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osNvramSourceSslEClass, OsNvramSourceSsl.class, "OsNvramSourceSsl", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsNvramSourceSsl_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsNvramSourceSsl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceSsl_Verify(), this.getVirYesNo(), "verify", null, 0, 1, OsNvramSourceSsl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceSsl_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsNvramSourceSsl.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceSsl_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsNvramSourceSsl.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osNvramSourceIdentityEClass, OsNvramSourceIdentity.class, "OsNvramSourceIdentity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsNvramSourceIdentity_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsNvramSourceIdentity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceIdentity_User(), this.getGenericName(), "user", null, 0, 1, OsNvramSourceIdentity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceIdentity_Group(), this.getGenericName(), "group", null, 0, 1, OsNvramSourceIdentity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceIdentity_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsNvramSourceIdentity.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceIdentity_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsNvramSourceIdentity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osNvramSourceAddressEClass, OsNvramSourceAddress.class, "OsNvramSourceAddress", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsNvramSourceAddress_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsNvramSourceAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceAddress_Domain(), this.getPciDomain(), "domain", null, 0, 1, OsNvramSourceAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceAddress_Bus(), this.getPciBus(), "bus", null, 0, 1, OsNvramSourceAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceAddress_Slot(), this.getPciSlot(), "slot", null, 0, 1, OsNvramSourceAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceAddress_Function(), this.getPciFunc(), "function", null, 0, 1, OsNvramSourceAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceAddress_Multifunction(), this.getVirOnOff(), "multifunction", null, 0, 1, OsNvramSourceAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceAddress_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsNvramSourceAddress.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceAddress_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsNvramSourceAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reconnectEClass, Reconnect.class, "Reconnect", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReconnect_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, Reconnect.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReconnect_Enabled(), this.getVirYesNo(), "enabled", null, 0, 1, Reconnect.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReconnect_Timeout(), this.getUnsignedInt(), "timeout", null, 0, 1, Reconnect.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReconnect_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, Reconnect.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getReconnect_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, Reconnect.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceSourceLocalEClass, InterfaceSourceLocal.class, "InterfaceSourceLocal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceSourceLocal_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceSourceLocal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceSourceLocal_Address(), this.getIpv4Addr(), "address", null, 0, 1, InterfaceSourceLocal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceSourceLocal_Port(), this.getPortNumber(), "port", null, 0, 1, InterfaceSourceLocal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceSourceLocal_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceSourceLocal.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceSourceLocal_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceSourceLocal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sourceVendorEClass, SourceVendor.class, "SourceVendor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSourceVendor_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, SourceVendor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceVendor_Id(), this.getUsbId(), "id", null, 0, 1, SourceVendor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceVendor_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, SourceVendor.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceVendor_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, SourceVendor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sourceProductEClass, SourceProduct.class, "SourceProduct", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSourceProduct_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, SourceProduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceProduct_Id(), this.getUsbId(), "id", null, 0, 1, SourceProduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceProduct_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, SourceProduct.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceProduct_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, SourceProduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sourceAddressEClass, SourceAddress.class, "SourceAddress", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSourceAddress_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, SourceAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceAddress_Bus(), this.getSourceAddressBus(), "bus", null, 0, 1, SourceAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceAddress_Device(), this.getUsbAddr(), "device", null, 0, 1, SourceAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceAddress_Type(), this.getSourceAddressType(), "type", null, 0, 1, SourceAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceAddress_Domain(), this.getPciDomain(), "domain", null, 0, 1, SourceAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceAddress_Slot(), this.getPciSlot(), "slot", null, 0, 1, SourceAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceAddress_Function(), this.getPciFunc(), "function", null, 0, 1, SourceAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceAddress_Multifunction(), this.getVirOnOff(), "multifunction", null, 0, 1, SourceAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceAddress_Target(), this.getDriveSCSITarget(), "target", null, 0, 1, SourceAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceAddress_Unit(), this.getDriveSCSIUnit(), "unit", null, 0, 1, SourceAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceAddress_Uuid(), this.getUUID(), "uuid", null, 0, 1, SourceAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceAddress_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, SourceAddress.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getSourceAddress_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, SourceAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceVirtualportParametersEClass, InterfaceVirtualportParameters.class, "InterfaceVirtualportParameters", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceVirtualportParameters_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceVirtualportParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceVirtualportParameters_Managerid(), this.getUint8(), "managerid", null, 0, 1, InterfaceVirtualportParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceVirtualportParameters_Typeid(), this.getUint24(), "typeid", null, 0, 1, InterfaceVirtualportParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceVirtualportParameters_Typeidversion(), this.getUint8(), "typeidversion", null, 0, 1, InterfaceVirtualportParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceVirtualportParameters_Instanceid(), this.getUUID(), "instanceid", null, 0, 1, InterfaceVirtualportParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceVirtualportParameters_Profileid(), ecorePackage.getEString(), "profileid", null, 0, 1, InterfaceVirtualportParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceVirtualportParameters_Interfaceid(), this.getUUID(), "interfaceid", null, 0, 1, InterfaceVirtualportParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceVirtualportParameters_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceVirtualportParameters.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceVirtualportParameters_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceVirtualportParameters.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceCoalesceRxEClass, InterfaceCoalesceRx.class, "InterfaceCoalesceRx", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceCoalesceRx_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceCoalesceRx.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getInterfaceCoalesceRx_Frames(), this.getInterfaceCoalesceRxFrames(), null, "frames", null, 0, 1, InterfaceCoalesceRx.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceCoalesceRx_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceCoalesceRx.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceCoalesceRx_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceCoalesceRx.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfacePortForwardRangeEClass, InterfacePortForwardRange.class, "InterfacePortForwardRange", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfacePortForwardRange_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfacePortForwardRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfacePortForwardRange_Start(), this.getPortNumber(), "start", null, 0, 1, InterfacePortForwardRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfacePortForwardRange_End(), this.getPortNumber(), "end", null, 0, 1, InterfacePortForwardRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfacePortForwardRange_To(), this.getPortNumber(), "to", null, 0, 1, InterfacePortForwardRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfacePortForwardRange_Exclude(), this.getVirYesNo(), "exclude", null, 0, 1, InterfacePortForwardRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfacePortForwardRange_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfacePortForwardRange.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfacePortForwardRange_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfacePortForwardRange.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceDriverHostEClass, InterfaceDriverHost.class, "InterfaceDriverHost", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceDriverHost_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceDriverHost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriverHost_Csum(), this.getVirOnOff(), "csum", null, 0, 1, InterfaceDriverHost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriverHost_Gso(), this.getVirOnOff(), "gso", null, 0, 1, InterfaceDriverHost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriverHost_Tso4(), this.getVirOnOff(), "tso4", null, 0, 1, InterfaceDriverHost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriverHost_Tso6(), this.getVirOnOff(), "tso6", null, 0, 1, InterfaceDriverHost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriverHost_Ecn(), this.getVirOnOff(), "ecn", null, 0, 1, InterfaceDriverHost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriverHost_Ufo(), this.getVirOnOff(), "ufo", null, 0, 1, InterfaceDriverHost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriverHost_MrgRxbuf(), this.getVirOnOff(), "mrgRxbuf", null, 0, 1, InterfaceDriverHost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriverHost_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceDriverHost.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriverHost_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceDriverHost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceDriverGuestEClass, InterfaceDriverGuest.class, "InterfaceDriverGuest", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceDriverGuest_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceDriverGuest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriverGuest_Csum(), this.getVirOnOff(), "csum", null, 0, 1, InterfaceDriverGuest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriverGuest_Tso4(), this.getVirOnOff(), "tso4", null, 0, 1, InterfaceDriverGuest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriverGuest_Tso6(), this.getVirOnOff(), "tso6", null, 0, 1, InterfaceDriverGuest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriverGuest_Ecn(), this.getVirOnOff(), "ecn", null, 0, 1, InterfaceDriverGuest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriverGuest_Ufo(), this.getVirOnOff(), "ufo", null, 0, 1, InterfaceDriverGuest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriverGuest_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceDriverGuest.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceDriverGuest_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceDriverGuest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(addressZpciEClass, AddressZpci.class, "AddressZpci", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAddressZpci_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, AddressZpci.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddressZpci_Uid(), this.getUint16(), "uid", null, 0, 1, AddressZpci.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddressZpci_Fid(), this.getUint32(), "fid", null, 0, 1, AddressZpci.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddressZpci_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, AddressZpci.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddressZpci_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, AddressZpci.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceFilterrefParameterEClass, InterfaceFilterrefParameter.class, "InterfaceFilterrefParameter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceFilterrefParameter_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceFilterrefParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceFilterrefParameter_Name(), this.getFilterParamName(), "name", null, 0, 1, InterfaceFilterrefParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceFilterrefParameter_ValueAttribute(), this.getFilterParamValue(), "valueAttribute", null, 0, 1, InterfaceFilterrefParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceFilterrefParameter_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceFilterrefParameter.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceFilterrefParameter_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceFilterrefParameter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceBandwidthInboundEClass, InterfaceBandwidthInbound.class, "InterfaceBandwidthInbound", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceBandwidthInbound_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceBandwidthInbound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceBandwidthInbound_Average(), this.getSpeed(), "average", null, 0, 1, InterfaceBandwidthInbound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceBandwidthInbound_Peak(), this.getSpeed(), "peak", null, 0, 1, InterfaceBandwidthInbound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceBandwidthInbound_Floor(), this.getSpeed(), "floor", null, 0, 1, InterfaceBandwidthInbound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceBandwidthInbound_Burst(), this.getBurstSize(), "burst", null, 0, 1, InterfaceBandwidthInbound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceBandwidthInbound_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceBandwidthInbound.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceBandwidthInbound_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceBandwidthInbound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceBandwidthOutboundEClass, InterfaceBandwidthOutbound.class, "InterfaceBandwidthOutbound", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceBandwidthOutbound_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceBandwidthOutbound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceBandwidthOutbound_Average(), this.getSpeed(), "average", null, 0, 1, InterfaceBandwidthOutbound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceBandwidthOutbound_Peak(), this.getSpeed(), "peak", null, 0, 1, InterfaceBandwidthOutbound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceBandwidthOutbound_Floor(), this.getSpeed(), "floor", null, 0, 1, InterfaceBandwidthOutbound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceBandwidthOutbound_Burst(), this.getBurstSize(), "burst", null, 0, 1, InterfaceBandwidthOutbound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceBandwidthOutbound_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceBandwidthOutbound.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceBandwidthOutbound_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceBandwidthOutbound.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceVlanTagEClass, InterfaceVlanTag.class, "InterfaceVlanTag", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceVlanTag_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceVlanTag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceVlanTag_Id(), this.getInterfaceVlanTagId(), "id", null, 0, 1, InterfaceVlanTag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceVlanTag_NativeMode(), this.getInterfaceVlanTagNativeMode(), "nativeMode", null, 0, 1, InterfaceVlanTag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceVlanTag_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceVlanTag.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceVlanTag_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceVlanTag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hostdevSourceAdapterEClass, HostdevSourceAdapter.class, "HostdevSourceAdapter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHostdevSourceAdapter_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, HostdevSourceAdapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHostdevSourceAdapter_Parentaddr(), this.getHostdevSourceAdapterParentaddr(), null, "parentaddr", null, 0, 1, HostdevSourceAdapter.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceAdapter_Type(), this.getHostdevSourceAdapterType(), "type", null, 0, 1, HostdevSourceAdapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceAdapter_Name(), ecorePackage.getEString(), "name", null, 0, 1, HostdevSourceAdapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceAdapter_Parent(), ecorePackage.getEString(), "parent", null, 0, 1, HostdevSourceAdapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceAdapter_Managed(), this.getVirYesNo(), "managed", null, 0, 1, HostdevSourceAdapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceAdapter_ParentWwnn(), this.getWwn(), "parentWwnn", null, 0, 1, HostdevSourceAdapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceAdapter_ParentWwpn(), this.getWwn(), "parentWwpn", null, 0, 1, HostdevSourceAdapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceAdapter_ParentFabricWwn(), this.getWwn(), "parentFabricWwn", null, 0, 1, HostdevSourceAdapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceAdapter_Wwnn(), this.getWwn(), "wwnn", null, 0, 1, HostdevSourceAdapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceAdapter_Wwpn(), this.getWwn(), "wwpn", null, 0, 1, HostdevSourceAdapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceAdapter_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, HostdevSourceAdapter.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceAdapter_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, HostdevSourceAdapter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hostdevSourceHostEClass, HostdevSourceHost.class, "HostdevSourceHost", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHostdevSourceHost_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, HostdevSourceHost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceHost_Name(), ecorePackage.getEString(), "name", null, 0, 1, HostdevSourceHost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceHost_Port(), this.getPortNumber(), "port", null, 0, 1, HostdevSourceHost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceHost_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, HostdevSourceHost.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceHost_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, HostdevSourceHost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osNvramSourceSlicesSliceEClass, OsNvramSourceSlicesSlice.class, "OsNvramSourceSlicesSlice", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsNvramSourceSlicesSlice_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsNvramSourceSlicesSlice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceSlicesSlice_Type(), this.getOsNvramSourceSlicesSliceType(), "type", null, 0, 1, OsNvramSourceSlicesSlice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceSlicesSlice_Offset(), this.getUnsignedInt(), "offset", null, 0, 1, OsNvramSourceSlicesSlice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceSlicesSlice_Size(), this.getPositiveInteger(), "size", null, 0, 1, OsNvramSourceSlicesSlice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceSlicesSlice_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsNvramSourceSlicesSlice.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceSlicesSlice_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsNvramSourceSlicesSlice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osNvramSourceEncryptionSecretEClass, OsNvramSourceEncryptionSecret.class, "OsNvramSourceEncryptionSecret", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsNvramSourceEncryptionSecret_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsNvramSourceEncryptionSecret.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceEncryptionSecret_Type(), this.getOsNvramSourceEncryptionSecretType(), "type", null, 0, 1, OsNvramSourceEncryptionSecret.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceEncryptionSecret_Uuid(), this.getUUID(), "uuid", null, 0, 1, OsNvramSourceEncryptionSecret.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceEncryptionSecret_Usage(), ecorePackage.getEString(), "usage", null, 0, 1, OsNvramSourceEncryptionSecret.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceEncryptionSecret_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsNvramSourceEncryptionSecret.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceEncryptionSecret_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsNvramSourceEncryptionSecret.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osNvramSourceEncryptionCipherEClass, OsNvramSourceEncryptionCipher.class, "OsNvramSourceEncryptionCipher", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsNvramSourceEncryptionCipher_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsNvramSourceEncryptionCipher.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceEncryptionCipher_Name(), ecorePackage.getEString(), "name", null, 0, 1, OsNvramSourceEncryptionCipher.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceEncryptionCipher_Size(), this.getUnsignedInt(), "size", null, 0, 1, OsNvramSourceEncryptionCipher.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceEncryptionCipher_Mode(), ecorePackage.getEString(), "mode", null, 0, 1, OsNvramSourceEncryptionCipher.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceEncryptionCipher_Hash(), ecorePackage.getEString(), "hash", null, 0, 1, OsNvramSourceEncryptionCipher.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceEncryptionCipher_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsNvramSourceEncryptionCipher.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceEncryptionCipher_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsNvramSourceEncryptionCipher.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osNvramSourceEncryptionIvgenEClass, OsNvramSourceEncryptionIvgen.class, "OsNvramSourceEncryptionIvgen", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsNvramSourceEncryptionIvgen_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, OsNvramSourceEncryptionIvgen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceEncryptionIvgen_Name(), ecorePackage.getEString(), "name", null, 0, 1, OsNvramSourceEncryptionIvgen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceEncryptionIvgen_Hash(), ecorePackage.getEString(), "hash", null, 0, 1, OsNvramSourceEncryptionIvgen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceEncryptionIvgen_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, OsNvramSourceEncryptionIvgen.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceEncryptionIvgen_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsNvramSourceEncryptionIvgen.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(diskAuthSecretEClass, DiskAuthSecret.class, "DiskAuthSecret", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDiskAuthSecret_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, DiskAuthSecret.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiskAuthSecret_Type(), this.getDiskAuthSecretType(), "type", null, 0, 1, DiskAuthSecret.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiskAuthSecret_Uuid(), this.getUUID(), "uuid", null, 0, 1, DiskAuthSecret.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiskAuthSecret_Usage(), this.getObjectName(), "usage", null, 0, 1, DiskAuthSecret.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiskAuthSecret_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, DiskAuthSecret.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getDiskAuthSecret_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, DiskAuthSecret.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(initiatorinfoIqnEClass, InitiatorinfoIqn.class, "InitiatorinfoIqn", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInitiatorinfoIqn_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InitiatorinfoIqn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitiatorinfoIqn_Name(), ecorePackage.getEString(), "name", null, 0, 1, InitiatorinfoIqn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitiatorinfoIqn_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InitiatorinfoIqn.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitiatorinfoIqn_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InitiatorinfoIqn.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(osNvramSourceCookiesCookieEClass, OsNvramSourceCookiesCookie.class, "OsNvramSourceCookiesCookie", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOsNvramSourceCookiesCookie_Value(), this.getOsNvramSourceCookiesCookieValue(), "value", null, 0, 1, OsNvramSourceCookiesCookie.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceCookiesCookie_Name(), this.getOsNvramSourceCookiesCookieName(), "name", null, 0, 1, OsNvramSourceCookiesCookie.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOsNvramSourceCookiesCookie_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, OsNvramSourceCookiesCookie.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(interfaceCoalesceRxFramesEClass, InterfaceCoalesceRxFrames.class, "InterfaceCoalesceRxFrames", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInterfaceCoalesceRxFrames_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, InterfaceCoalesceRxFrames.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceCoalesceRxFrames_Max(), this.getUnsignedInt(), "max", null, 0, 1, InterfaceCoalesceRxFrames.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceCoalesceRxFrames_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, InterfaceCoalesceRxFrames.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getInterfaceCoalesceRxFrames_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, InterfaceCoalesceRxFrames.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hostdevSourceAdapterParentaddrEClass, HostdevSourceAdapterParentaddr.class, "HostdevSourceAdapterParentaddr", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHostdevSourceAdapterParentaddr_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, HostdevSourceAdapterParentaddr.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHostdevSourceAdapterParentaddr_Address(), this.getHostdevSourceAdapterParentaddrAddress(), null, "address", null, 0, 1, HostdevSourceAdapterParentaddr.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceAdapterParentaddr_UniqueId(), this.getPositiveInteger(), "uniqueId", null, 0, 1, HostdevSourceAdapterParentaddr.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceAdapterParentaddr_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, HostdevSourceAdapterParentaddr.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceAdapterParentaddr_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, HostdevSourceAdapterParentaddr.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(hostdevSourceAdapterParentaddrAddressEClass, HostdevSourceAdapterParentaddrAddress.class, "HostdevSourceAdapterParentaddrAddress", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHostdevSourceAdapterParentaddrAddress_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, HostdevSourceAdapterParentaddrAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceAdapterParentaddrAddress_Domain(), this.getPciDomain(), "domain", null, 0, 1, HostdevSourceAdapterParentaddrAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceAdapterParentaddrAddress_Bus(), this.getPciBus(), "bus", null, 0, 1, HostdevSourceAdapterParentaddrAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceAdapterParentaddrAddress_Slot(), this.getPciSlot(), "slot", null, 0, 1, HostdevSourceAdapterParentaddrAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceAdapterParentaddrAddress_Function(), this.getPciFunc(), "function", null, 0, 1, HostdevSourceAdapterParentaddrAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceAdapterParentaddrAddress_Multifunction(), this.getVirOnOff(), "multifunction", null, 0, 1, HostdevSourceAdapterParentaddrAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceAdapterParentaddrAddress_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, HostdevSourceAdapterParentaddrAddress.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getHostdevSourceAdapterParentaddrAddress_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, HostdevSourceAdapterParentaddrAddress.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(emptyElementEClass, EmptyElement.class, "EmptyElement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEmptyElement_Mixed(), ecorePackage.getEFeatureMapEntry(), "mixed", null, 0, -1, EmptyElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmptyElement_Any(), ecorePackage.getEFeatureMapEntry(), "any", null, 0, -1, EmptyElement.class, IS_TRANSIENT, IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getEmptyElement_AnyAttribute(), ecorePackage.getEFeatureMapEntry(), "anyAttribute", null, 0, -1, EmptyElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(domainTypeEEnum, DomainType.class, "DomainType");
		addEEnumLiteral(domainTypeEEnum, DomainType.QEMU);
		addEEnumLiteral(domainTypeEEnum, DomainType.KQEMU);
		addEEnumLiteral(domainTypeEEnum, DomainType.KVM);
		addEEnumLiteral(domainTypeEEnum, DomainType.XEN);
		addEEnumLiteral(domainTypeEEnum, DomainType.LXC);
		addEEnumLiteral(domainTypeEEnum, DomainType.UML);
		addEEnumLiteral(domainTypeEEnum, DomainType.OPENVZ);
		addEEnumLiteral(domainTypeEEnum, DomainType.TEST);
		addEEnumLiteral(domainTypeEEnum, DomainType.VMWARE);
		addEEnumLiteral(domainTypeEEnum, DomainType.HYPERV);
		addEEnumLiteral(domainTypeEEnum, DomainType.VBOX);
		addEEnumLiteral(domainTypeEEnum, DomainType.PHYP);
		addEEnumLiteral(domainTypeEEnum, DomainType.VZ);
		addEEnumLiteral(domainTypeEEnum, DomainType.BHYVE);
		addEEnumLiteral(domainTypeEEnum, DomainType.HVF);

		initEEnum(osFirmware2EEnum, OsFirmware2.class, "OsFirmware2");
		addEEnumLiteral(osFirmware2EEnum, OsFirmware2.BIOS);
		addEEnumLiteral(osFirmware2EEnum, OsFirmware2.EFI);

		initEEnum(virOnOffEEnum, VirOnOff.class, "VirOnOff");
		addEEnumLiteral(virOnOffEEnum, VirOnOff.ON);
		addEEnumLiteral(virOnOffEEnum, VirOnOff.OFF);

		initEEnum(vcpuPlacementEEnum, VcpuPlacement.class, "VcpuPlacement");
		addEEnumLiteral(vcpuPlacementEEnum, VcpuPlacement.STATIC_);
		addEEnumLiteral(vcpuPlacementEEnum, VcpuPlacement.AUTO);

		initEEnum(osTypeValueEEnum, OsTypeValue.class, "OsTypeValue");
		addEEnumLiteral(osTypeValueEEnum, OsTypeValue.XEN);
		addEEnumLiteral(osTypeValueEEnum, OsTypeValue.LINUX);
		addEEnumLiteral(osTypeValueEEnum, OsTypeValue.XENPVH);
		addEEnumLiteral(osTypeValueEEnum, OsTypeValue.HVM);
		addEEnumLiteral(osTypeValueEEnum, OsTypeValue.EXE);

		initEEnum(osTypeArchEEnum, OsTypeArch.class, "OsTypeArch");
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.I686);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.X86_64);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.IA64);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.AARCH64);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.ALPHA);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.ARMV6L);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.ARMV7L);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.CRIS);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.LM32);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.M68K);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.MICROBLAZE);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.MICROBLAZEEL);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.MIPS);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.MIPSEL);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.MIPS64);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.MIPS64EL);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.OPENRISC);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.PARISC);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.PARISC64);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.PPC);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.PPC64);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.PPC64LE);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.PPCEMB);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.RISCV32);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.RISCV64);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.S390);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.S390X);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.SH4);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.SH4EB);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.SPARC);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.SPARC64);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.UNICORE32);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.XTENSA);
		addEEnumLiteral(osTypeArchEEnum, OsTypeArch.XTENSAEB);

		initEEnum(virYesNoEEnum, VirYesNo.class, "VirYesNo");
		addEEnumLiteral(virYesNoEEnum, VirYesNo.YES);
		addEEnumLiteral(virYesNoEEnum, VirYesNo.NO);

		initEEnum(osLoaderTypeEEnum, OsLoaderType.class, "OsLoaderType");
		addEEnumLiteral(osLoaderTypeEEnum, OsLoaderType.ROM);
		addEEnumLiteral(osLoaderTypeEEnum, OsLoaderType.PFLASH);

		initEEnum(osNvramTypeEEnum, OsNvramType.class, "OsNvramType");
		addEEnumLiteral(osNvramTypeEEnum, OsNvramType.FILE);
		addEEnumLiteral(osNvramTypeEEnum, OsNvramType.BLOCK);
		addEEnumLiteral(osNvramTypeEEnum, OsNvramType.DIR);
		addEEnumLiteral(osNvramTypeEEnum, OsNvramType.NETWORK);
		addEEnumLiteral(osNvramTypeEEnum, OsNvramType.VOLUME);
		addEEnumLiteral(osNvramTypeEEnum, OsNvramType.NVME);
		addEEnumLiteral(osNvramTypeEEnum, OsNvramType.VHOSTUSER);

		initEEnum(osBootDevEEnum, OsBootDev.class, "OsBootDev");
		addEEnumLiteral(osBootDevEEnum, OsBootDev.HD);
		addEEnumLiteral(osBootDevEEnum, OsBootDev.FD);
		addEEnumLiteral(osBootDevEEnum, OsBootDev.CDROM);
		addEEnumLiteral(osBootDevEEnum, OsBootDev.NETWORK);

		initEEnum(osSmbiosModeEEnum, OsSmbiosMode.class, "OsSmbiosMode");
		addEEnumLiteral(osSmbiosModeEEnum, OsSmbiosMode.EMULATE);
		addEEnumLiteral(osSmbiosModeEEnum, OsSmbiosMode.HOST);
		addEEnumLiteral(osSmbiosModeEEnum, OsSmbiosMode.SYSINFO);

		initEEnum(interfaceTypeEEnum, InterfaceType.class, "InterfaceType");
		addEEnumLiteral(interfaceTypeEEnum, InterfaceType.BRIDGE);
		addEEnumLiteral(interfaceTypeEEnum, InterfaceType.ETHERNET);
		addEEnumLiteral(interfaceTypeEEnum, InterfaceType.VHOSTUSER);
		addEEnumLiteral(interfaceTypeEEnum, InterfaceType.NETWORK);
		addEEnumLiteral(interfaceTypeEEnum, InterfaceType.DIRECT);
		addEEnumLiteral(interfaceTypeEEnum, InterfaceType.USER);
		addEEnumLiteral(interfaceTypeEEnum, InterfaceType.INTERNAL);
		addEEnumLiteral(interfaceTypeEEnum, InterfaceType.MCAST);
		addEEnumLiteral(interfaceTypeEEnum, InterfaceType.CLIENT);
		addEEnumLiteral(interfaceTypeEEnum, InterfaceType.UDP);
		addEEnumLiteral(interfaceTypeEEnum, InterfaceType.SERVER);
		addEEnumLiteral(interfaceTypeEEnum, InterfaceType.HOSTDEV);
		addEEnumLiteral(interfaceTypeEEnum, InterfaceType.VDPA);
		addEEnumLiteral(interfaceTypeEEnum, InterfaceType.NULL_);
		addEEnumLiteral(interfaceTypeEEnum, InterfaceType.VDS);

		initEEnum(hostdevModeEEnum, HostdevMode.class, "HostdevMode");
		addEEnumLiteral(hostdevModeEEnum, HostdevMode.SUBSYSTEM);
		addEEnumLiteral(hostdevModeEEnum, HostdevMode.CAPABILITIES);

		initEEnum(hostdevTypeEEnum, HostdevType.class, "HostdevType");
		addEEnumLiteral(hostdevTypeEEnum, HostdevType.PCI);
		addEEnumLiteral(hostdevTypeEEnum, HostdevType.USB);
		addEEnumLiteral(hostdevTypeEEnum, HostdevType.SCSI);
		addEEnumLiteral(hostdevTypeEEnum, HostdevType.SCSI_HOST);
		addEEnumLiteral(hostdevTypeEEnum, HostdevType.MDEV);
		addEEnumLiteral(hostdevTypeEEnum, HostdevType.STORAGE);
		addEEnumLiteral(hostdevTypeEEnum, HostdevType.MISC);
		addEEnumLiteral(hostdevTypeEEnum, HostdevType.NET);

		initEEnum(hostdevSgioEEnum, HostdevSgio.class, "HostdevSgio");
		addEEnumLiteral(hostdevSgioEEnum, HostdevSgio.FILTERED);
		addEEnumLiteral(hostdevSgioEEnum, HostdevSgio.UNFILTERED);

		initEEnum(hostdevModelEEnum, HostdevModel.class, "HostdevModel");
		addEEnumLiteral(hostdevModelEEnum, HostdevModel.VIRTIO);
		addEEnumLiteral(hostdevModelEEnum, HostdevModel.VIRTIO_TRANSITIONAL);
		addEEnumLiteral(hostdevModelEEnum, HostdevModel.VIRTIO_NON_TRANSITIONAL);
		addEEnumLiteral(hostdevModelEEnum, HostdevModel.VFIO_PCI);
		addEEnumLiteral(hostdevModelEEnum, HostdevModel.VFIO_CCW);
		addEEnumLiteral(hostdevModelEEnum, HostdevModel.VFIO_AP);

		initEEnum(osFirmwareFeatureNameEEnum, OsFirmwareFeatureName.class, "OsFirmwareFeatureName");
		addEEnumLiteral(osFirmwareFeatureNameEEnum, OsFirmwareFeatureName.ENROLLED_KEYS);
		addEEnumLiteral(osFirmwareFeatureNameEEnum, OsFirmwareFeatureName.SECURE_BOOT);

		initEEnum(osNvramSourceStartupPolicyEEnum, OsNvramSourceStartupPolicy.class, "OsNvramSourceStartupPolicy");
		addEEnumLiteral(osNvramSourceStartupPolicyEEnum, OsNvramSourceStartupPolicy.MANDATORY);
		addEEnumLiteral(osNvramSourceStartupPolicyEEnum, OsNvramSourceStartupPolicy.REQUISITE);
		addEEnumLiteral(osNvramSourceStartupPolicyEEnum, OsNvramSourceStartupPolicy.OPTIONAL);

		initEEnum(osNvramSourceProtocolEEnum, OsNvramSourceProtocol.class, "OsNvramSourceProtocol");
		addEEnumLiteral(osNvramSourceProtocolEEnum, OsNvramSourceProtocol.NBD);
		addEEnumLiteral(osNvramSourceProtocolEEnum, OsNvramSourceProtocol.GLUSTER);
		addEEnumLiteral(osNvramSourceProtocolEEnum, OsNvramSourceProtocol.RBD);
		addEEnumLiteral(osNvramSourceProtocolEEnum, OsNvramSourceProtocol.ISCSI);
		addEEnumLiteral(osNvramSourceProtocolEEnum, OsNvramSourceProtocol.HTTP);
		addEEnumLiteral(osNvramSourceProtocolEEnum, OsNvramSourceProtocol.HTTPS);
		addEEnumLiteral(osNvramSourceProtocolEEnum, OsNvramSourceProtocol.FTPS);
		addEEnumLiteral(osNvramSourceProtocolEEnum, OsNvramSourceProtocol.FTP);
		addEEnumLiteral(osNvramSourceProtocolEEnum, OsNvramSourceProtocol.SHEEPDOG);
		addEEnumLiteral(osNvramSourceProtocolEEnum, OsNvramSourceProtocol.TFTP);
		addEEnumLiteral(osNvramSourceProtocolEEnum, OsNvramSourceProtocol.VXHS);
		addEEnumLiteral(osNvramSourceProtocolEEnum, OsNvramSourceProtocol.NFS);

		initEEnum(osNvramSourceModeEEnum, OsNvramSourceMode.class, "OsNvramSourceMode");
		addEEnumLiteral(osNvramSourceModeEEnum, OsNvramSourceMode.HOST);
		addEEnumLiteral(osNvramSourceModeEEnum, OsNvramSourceMode.DIRECT);

		initEEnum(osNvramSourceTypeEEnum, OsNvramSourceType.class, "OsNvramSourceType");
		addEEnumLiteral(osNvramSourceTypeEEnum, OsNvramSourceType.PCI);
		addEEnumLiteral(osNvramSourceTypeEEnum, OsNvramSourceType.UNIX);

		initEEnum(osAcpiTableTypeEEnum, OsAcpiTableType.class, "OsAcpiTableType");
		addEEnumLiteral(osAcpiTableTypeEEnum, OsAcpiTableType.SLIC);

		initEEnum(macTableManagerEEnum, MacTableManager.class, "MacTableManager");
		addEEnumLiteral(macTableManagerEEnum, MacTableManager.KERNEL);
		addEEnumLiteral(macTableManagerEEnum, MacTableManager.LIBVIRT);

		initEEnum(interfaceSourceTypeEEnum, InterfaceSourceType.class, "InterfaceSourceType");
		addEEnumLiteral(interfaceSourceTypeEEnum, InterfaceSourceType.UNIX);

		initEEnum(interfaceVirtualportTypeEEnum, InterfaceVirtualportType.class, "InterfaceVirtualportType");
		addEEnumLiteral(interfaceVirtualportTypeEEnum, InterfaceVirtualportType._802_1QBG);
		addEEnumLiteral(interfaceVirtualportTypeEEnum, InterfaceVirtualportType._802_1QBH);
		addEEnumLiteral(interfaceVirtualportTypeEEnum, InterfaceVirtualportType.OPENVSWITCH);
		addEEnumLiteral(interfaceVirtualportTypeEEnum, InterfaceVirtualportType.MIDONET);

		initEEnum(interfaceLinkStateEEnum, InterfaceLinkState.class, "InterfaceLinkState");
		addEEnumLiteral(interfaceLinkStateEEnum, InterfaceLinkState.UP);
		addEEnumLiteral(interfaceLinkStateEEnum, InterfaceLinkState.DOWN);

		initEEnum(interfaceMacTypeEEnum, InterfaceMacType.class, "InterfaceMacType");
		addEEnumLiteral(interfaceMacTypeEEnum, InterfaceMacType.GENERATED);
		addEEnumLiteral(interfaceMacTypeEEnum, InterfaceMacType.STATIC_);

		initEEnum(interfacePortForwardProtoEEnum, InterfacePortForwardProto.class, "InterfacePortForwardProto");
		addEEnumLiteral(interfacePortForwardProtoEEnum, InterfacePortForwardProto.TCP);
		addEEnumLiteral(interfacePortForwardProtoEEnum, InterfacePortForwardProto.UDP);

		initEEnum(interfaceBackendTypeEEnum, InterfaceBackendType.class, "InterfaceBackendType");
		addEEnumLiteral(interfaceBackendTypeEEnum, InterfaceBackendType.PASST);

		initEEnum(interfaceDriverNameEEnum, InterfaceDriverName.class, "InterfaceDriverName");
		addEEnumLiteral(interfaceDriverNameEEnum, InterfaceDriverName.KVM);
		addEEnumLiteral(interfaceDriverNameEEnum, InterfaceDriverName.VFIO);
		addEEnumLiteral(interfaceDriverNameEEnum, InterfaceDriverName.XEN);
		addEEnumLiteral(interfaceDriverNameEEnum, InterfaceDriverName.QEMU);
		addEEnumLiteral(interfaceDriverNameEEnum, InterfaceDriverName.VHOST);

		initEEnum(interfaceDriverTxmodeEEnum, InterfaceDriverTxmode.class, "InterfaceDriverTxmode");
		addEEnumLiteral(interfaceDriverTxmodeEEnum, InterfaceDriverTxmode.IOTHREAD);
		addEEnumLiteral(interfaceDriverTxmodeEEnum, InterfaceDriverTxmode.TIMER);

		initEEnum(addressTypeEEnum, AddressType.class, "AddressType");
		addEEnumLiteral(addressTypeEEnum, AddressType.PCI);
		addEEnumLiteral(addressTypeEEnum, AddressType.DRIVE);
		addEEnumLiteral(addressTypeEEnum, AddressType.VIRTIO_SERIAL);
		addEEnumLiteral(addressTypeEEnum, AddressType.CCID);
		addEEnumLiteral(addressTypeEEnum, AddressType.USB);
		addEEnumLiteral(addressTypeEEnum, AddressType.SPAPR_VIO);
		addEEnumLiteral(addressTypeEEnum, AddressType.CCW);
		addEEnumLiteral(addressTypeEEnum, AddressType.ISA);
		addEEnumLiteral(addressTypeEEnum, AddressType.VIRTIO_MMIO);
		addEEnumLiteral(addressTypeEEnum, AddressType.DIMM);
		addEEnumLiteral(addressTypeEEnum, AddressType.UNASSIGNED);

		initEEnum(interfaceVlanTrunkEEnum, InterfaceVlanTrunk.class, "InterfaceVlanTrunk");
		addEEnumLiteral(interfaceVlanTrunkEEnum, InterfaceVlanTrunk.YES);

		initEEnum(teamingTypeEEnum, TeamingType.class, "TeamingType");
		addEEnumLiteral(teamingTypeEEnum, TeamingType.PERSISTENT);
		addEEnumLiteral(teamingTypeEEnum, TeamingType.TRANSIENT_);

		initEEnum(hostdevDriverNameEEnum, HostdevDriverName.class, "HostdevDriverName");
		addEEnumLiteral(hostdevDriverNameEEnum, HostdevDriverName.KVM);
		addEEnumLiteral(hostdevDriverNameEEnum, HostdevDriverName.VFIO);
		addEEnumLiteral(hostdevDriverNameEEnum, HostdevDriverName.XEN);

		initEEnum(hostdevSourceStartupPolicyEEnum, HostdevSourceStartupPolicy.class, "HostdevSourceStartupPolicy");
		addEEnumLiteral(hostdevSourceStartupPolicyEEnum, HostdevSourceStartupPolicy.MANDATORY);
		addEEnumLiteral(hostdevSourceStartupPolicyEEnum, HostdevSourceStartupPolicy.REQUISITE);
		addEEnumLiteral(hostdevSourceStartupPolicyEEnum, HostdevSourceStartupPolicy.OPTIONAL);

		initEEnum(hostdevSourceGuestResetEEnum, HostdevSourceGuestReset.class, "HostdevSourceGuestReset");
		addEEnumLiteral(hostdevSourceGuestResetEEnum, HostdevSourceGuestReset.OFF);
		addEEnumLiteral(hostdevSourceGuestResetEEnum, HostdevSourceGuestReset.UNINITIALIZED);
		addEEnumLiteral(hostdevSourceGuestResetEEnum, HostdevSourceGuestReset.ON);

		initEEnum(hostdevSourceProtocolEEnum, HostdevSourceProtocol.class, "HostdevSourceProtocol");
		addEEnumLiteral(hostdevSourceProtocolEEnum, HostdevSourceProtocol.ADAPTER);
		addEEnumLiteral(hostdevSourceProtocolEEnum, HostdevSourceProtocol.ISCSI);
		addEEnumLiteral(hostdevSourceProtocolEEnum, HostdevSourceProtocol.VHOST);

		initEEnum(osNvramSourceEncryptionFormatEEnum, OsNvramSourceEncryptionFormat.class, "OsNvramSourceEncryptionFormat");
		addEEnumLiteral(osNvramSourceEncryptionFormatEEnum, OsNvramSourceEncryptionFormat.DEFAULT_);
		addEEnumLiteral(osNvramSourceEncryptionFormatEEnum, OsNvramSourceEncryptionFormat.QCOW);
		addEEnumLiteral(osNvramSourceEncryptionFormatEEnum, OsNvramSourceEncryptionFormat.LUKS);
		addEEnumLiteral(osNvramSourceEncryptionFormatEEnum, OsNvramSourceEncryptionFormat.LUKS2);

		initEEnum(osNvramSourceEncryptionEngineEEnum, OsNvramSourceEncryptionEngine.class, "OsNvramSourceEncryptionEngine");
		addEEnumLiteral(osNvramSourceEncryptionEngineEEnum, OsNvramSourceEncryptionEngine.QEMU);
		addEEnumLiteral(osNvramSourceEncryptionEngineEEnum, OsNvramSourceEncryptionEngine.LIBRBD);

		initEEnum(osNvramSourceSeclabelRelabelEEnum, OsNvramSourceSeclabelRelabel.class, "OsNvramSourceSeclabelRelabel");
		addEEnumLiteral(osNvramSourceSeclabelRelabelEEnum, OsNvramSourceSeclabelRelabel.NO);
		addEEnumLiteral(osNvramSourceSeclabelRelabelEEnum, OsNvramSourceSeclabelRelabel.YES);

		initEEnum(osNvramSourceSeclabelLabelskipEEnum, OsNvramSourceSeclabelLabelskip.class, "OsNvramSourceSeclabelLabelskip");
		addEEnumLiteral(osNvramSourceSeclabelLabelskipEEnum, OsNvramSourceSeclabelLabelskip.YES);

		initEEnum(osNvramSourceHostTransportEEnum, OsNvramSourceHostTransport.class, "OsNvramSourceHostTransport");
		addEEnumLiteral(osNvramSourceHostTransportEEnum, OsNvramSourceHostTransport.TCP);
		addEEnumLiteral(osNvramSourceHostTransportEEnum, OsNvramSourceHostTransport.RDMA);
		addEEnumLiteral(osNvramSourceHostTransportEEnum, OsNvramSourceHostTransport.UNIX);

		initEEnum(sourceAddressTypeEEnum, SourceAddressType.class, "SourceAddressType");
		addEEnumLiteral(sourceAddressTypeEEnum, SourceAddressType.PCI);
		addEEnumLiteral(sourceAddressTypeEEnum, SourceAddressType.USB);

		initEEnum(interfaceVlanTagNativeModeEEnum, InterfaceVlanTagNativeMode.class, "InterfaceVlanTagNativeMode");
		addEEnumLiteral(interfaceVlanTagNativeModeEEnum, InterfaceVlanTagNativeMode.TAGGED);
		addEEnumLiteral(interfaceVlanTagNativeModeEEnum, InterfaceVlanTagNativeMode.UNTAGGED);

		initEEnum(hostdevSourceAdapterTypeEEnum, HostdevSourceAdapterType.class, "HostdevSourceAdapterType");
		addEEnumLiteral(hostdevSourceAdapterTypeEEnum, HostdevSourceAdapterType.SCSI_HOST);
		addEEnumLiteral(hostdevSourceAdapterTypeEEnum, HostdevSourceAdapterType.FC_HOST);

		initEEnum(osNvramSourceSlicesSliceTypeEEnum, OsNvramSourceSlicesSliceType.class, "OsNvramSourceSlicesSliceType");
		addEEnumLiteral(osNvramSourceSlicesSliceTypeEEnum, OsNvramSourceSlicesSliceType.STORAGE);

		initEEnum(osNvramSourceEncryptionSecretTypeEEnum, OsNvramSourceEncryptionSecretType.class, "OsNvramSourceEncryptionSecretType");
		addEEnumLiteral(osNvramSourceEncryptionSecretTypeEEnum, OsNvramSourceEncryptionSecretType.PASSPHRASE);

		initEEnum(diskAuthSecretTypeEEnum, DiskAuthSecretType.class, "DiskAuthSecretType");
		addEEnumLiteral(diskAuthSecretTypeEEnum, DiskAuthSecretType.CEPH);
		addEEnumLiteral(diskAuthSecretTypeEEnum, DiskAuthSecretType.ISCSI);

		// Initialize data types
		initEDataType(objectNameWithSlashEDataType, String.class, "ObjectNameWithSlash", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(uuidEDataType, String.class, "UUID", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(unsignedIntEDataType, Long.class, "UnsignedInt", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(absFilePathEDataType, String.class, "AbsFilePath", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(genericNameEDataType, String.class, "GenericName", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(memoryValueEDataType, BigInteger.class, "MemoryValue", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(unitEDataType, String.class, "Unit", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(currentMemoryValueEDataType, BigInteger.class, "CurrentMemoryValue", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(vcpuValueEDataType, Integer.class, "VcpuValue", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(cpusetEDataType, String.class, "Cpuset", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(countCPUEDataType, Integer.class, "CountCPU", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(osTypeMachineEDataType, String.class, "OsTypeMachine", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(osLoaderValueEDataType, String.class, "OsLoaderValue", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(unsignedShortEDataType, Long.class, "UnsignedShort", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(rebootTimeoutDelayEDataType, Integer.class, "RebootTimeoutDelay", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(osInitenvNameEDataType, String.class, "OsInitenvName", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(osNvramSourceFileEDataType, String.class, "OsNvramSourceFile", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(positiveIntegerEDataType, BigInteger.class, "PositiveInteger", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(osNvramSourceDevEDataType, String.class, "OsNvramSourceDev", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(objectNameEDataType, String.class, "ObjectName", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(volNameEDataType, String.class, "VolName", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(uint32EDataType, String.class, "Uint32", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(osAcpiTableValueEDataType, String.class, "OsAcpiTableValue", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(interfaceSourceBridgeEDataType, String.class, "InterfaceSourceBridge", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(deviceNameEDataType, String.class, "DeviceName", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(interfaceSourcePortidEDataType, String.class, "InterfaceSourcePortid", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(interfaceSourceModeEDataType, String.class, "InterfaceSourceMode", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(ipv4AddrEDataType, String.class, "Ipv4Addr", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(portNumberEDataType, String.class, "PortNumber", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(uniMacAddrEDataType, String.class, "UniMacAddr", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(ipAddrEDataType, String.class, "IpAddr", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(addrFamilyEDataType, String.class, "AddrFamily", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(ipPrefixEDataType, String.class, "IpPrefix", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(filePathEDataType, String.class, "FilePath", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(interfaceModelTypeEDataType, String.class, "InterfaceModelType", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(aliasNameEDataType, String.class, "AliasName", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(pciDomainEDataType, String.class, "PciDomain", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(addressBusEDataType, String.class, "AddressBus", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(addressSlotEDataType, String.class, "AddressSlot", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(pciFuncEDataType, String.class, "PciFunc", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(driveControllerEDataType, String.class, "DriveController", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(driveTargetEDataType, String.class, "DriveTarget", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(driveUnitEDataType, String.class, "DriveUnit", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(addressPortEDataType, String.class, "AddressPort", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(spaprvioRegEDataType, String.class, "SpaprvioReg", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(ccwCssidRangeEDataType, String.class, "CcwCssidRange", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(ccwSsidRangeEDataType, String.class, "CcwSsidRange", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(ccwDevnoRangeEDataType, String.class, "CcwDevnoRange", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(addressIobaseEDataType, String.class, "AddressIobase", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(addressIrqEDataType, String.class, "AddressIrq", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(hexuintEDataType, String.class, "Hexuint", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(deviceBootLoadparmEDataType, String.class, "DeviceBootLoadparm", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(hostdevSourceWwpnEDataType, String.class, "HostdevSourceWwpn", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(osNvramSourceHostNameEDataType, String.class, "OsNvramSourceHostName", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(pciBusEDataType, String.class, "PciBus", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(pciSlotEDataType, String.class, "PciSlot", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(usbIdEDataType, String.class, "UsbId", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(sourceAddressBusEDataType, String.class, "SourceAddressBus", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(usbAddrEDataType, String.class, "UsbAddr", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(driveSCSITargetEDataType, String.class, "DriveSCSITarget", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(driveSCSIUnitEDataType, String.class, "DriveSCSIUnit", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(uint8EDataType, String.class, "Uint8", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(uint24EDataType, String.class, "Uint24", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(uint16EDataType, String.class, "Uint16", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(filterParamNameEDataType, String.class, "FilterParamName", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(filterParamValueEDataType, String.class, "FilterParamValue", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(speedEDataType, Long.class, "Speed", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(burstSizeEDataType, Long.class, "BurstSize", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(interfaceVlanTagIdEDataType, Long.class, "InterfaceVlanTagId", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(wwnEDataType, String.class, "Wwn", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(osNvramSourceCookiesCookieValueEDataType, String.class, "OsNvramSourceCookiesCookieValue", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(osNvramSourceCookiesCookieNameEDataType, String.class, "OsNvramSourceCookiesCookieName", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http:///org/eclipse/emf/ecore/util/ExtendedMetaData
		createExtendedMetaDataAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http:///org/eclipse/emf/ecore/util/ExtendedMetaData</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createExtendedMetaDataAnnotations() {
		String source = "http:///org/eclipse/emf/ecore/util/ExtendedMetaData";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "qualified", "false"
		   });
		addAnnotation
		  (documentRootEClass,
		   source,
		   new String[] {
			   "name", "",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getDocumentRoot_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getDocumentRoot_XMLNSPrefixMap(),
		   source,
		   new String[] {
			   "name", "xmlns:prefix",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getDocumentRoot_XSISchemaLocation(),
		   source,
		   new String[] {
			   "name", "xsi:schemaLocation",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getDocumentRoot_Domain(),
		   source,
		   new String[] {
			   "name", "domain",
			   "kind", "element",
			   "namespace", "##targetNamespace"
		   });
		addAnnotation
		  (domainEClass,
		   source,
		   new String[] {
			   "name", "Domain",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getDomain_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getDomain_Name(),
		   source,
		   new String[] {
			   "name", "name",
			   "kind", "element"
		   });
		addAnnotation
		  (getDomain_Uuid(),
		   source,
		   new String[] {
			   "name", "uuid",
			   "kind", "element"
		   });
		addAnnotation
		  (getDomain_Title(),
		   source,
		   new String[] {
			   "name", "title",
			   "kind", "element"
		   });
		addAnnotation
		  (getDomain_Description(),
		   source,
		   new String[] {
			   "name", "description",
			   "kind", "element"
		   });
		addAnnotation
		  (getDomain_Os(),
		   source,
		   new String[] {
			   "name", "os",
			   "kind", "element"
		   });
		addAnnotation
		  (getDomain_Memory(),
		   source,
		   new String[] {
			   "name", "memory",
			   "kind", "element"
		   });
		addAnnotation
		  (getDomain_CurrentMemory(),
		   source,
		   new String[] {
			   "name", "currentMemory",
			   "kind", "element"
		   });
		addAnnotation
		  (getDomain_Vcpu(),
		   source,
		   new String[] {
			   "name", "vcpu",
			   "kind", "element"
		   });
		addAnnotation
		  (getDomain_Devices(),
		   source,
		   new String[] {
			   "name", "devices",
			   "kind", "element"
		   });
		addAnnotation
		  (getDomain_Type(),
		   source,
		   new String[] {
			   "name", "type",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getDomain_Id(),
		   source,
		   new String[] {
			   "name", "id",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getDomain_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getDomain_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osEClass,
		   source,
		   new String[] {
			   "name", "Os",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOs_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOs_Type(),
		   source,
		   new String[] {
			   "name", "type",
			   "kind", "element"
		   });
		addAnnotation
		  (getOs_Kernel(),
		   source,
		   new String[] {
			   "name", "kernel",
			   "kind", "element"
		   });
		addAnnotation
		  (getOs_Initrd(),
		   source,
		   new String[] {
			   "name", "initrd",
			   "kind", "element"
		   });
		addAnnotation
		  (getOs_Root(),
		   source,
		   new String[] {
			   "name", "root",
			   "kind", "element"
		   });
		addAnnotation
		  (getOs_Cmdline(),
		   source,
		   new String[] {
			   "name", "cmdline",
			   "kind", "element"
		   });
		addAnnotation
		  (getOs_Dtb(),
		   source,
		   new String[] {
			   "name", "dtb",
			   "kind", "element"
		   });
		addAnnotation
		  (getOs_Firmware(),
		   source,
		   new String[] {
			   "name", "firmware",
			   "kind", "element"
		   });
		addAnnotation
		  (getOs_Loader(),
		   source,
		   new String[] {
			   "name", "loader",
			   "kind", "element"
		   });
		addAnnotation
		  (getOs_Nvram(),
		   source,
		   new String[] {
			   "name", "nvram",
			   "kind", "element"
		   });
		addAnnotation
		  (getOs_Boots(),
		   source,
		   new String[] {
			   "name", "boot",
			   "kind", "element"
		   });
		addAnnotation
		  (getOs_Bootmenu(),
		   source,
		   new String[] {
			   "name", "bootmenu",
			   "kind", "element"
		   });
		addAnnotation
		  (getOs_Smbios(),
		   source,
		   new String[] {
			   "name", "smbios",
			   "kind", "element"
		   });
		addAnnotation
		  (getOs_Bios(),
		   source,
		   new String[] {
			   "name", "bios",
			   "kind", "element"
		   });
		addAnnotation
		  (getOs_Acpi(),
		   source,
		   new String[] {
			   "name", "acpi",
			   "kind", "element"
		   });
		addAnnotation
		  (getOs_Init(),
		   source,
		   new String[] {
			   "name", "init",
			   "kind", "element"
		   });
		addAnnotation
		  (getOs_Initargs(),
		   source,
		   new String[] {
			   "name", "initarg",
			   "kind", "element"
		   });
		addAnnotation
		  (getOs_Initenvs(),
		   source,
		   new String[] {
			   "name", "initenv",
			   "kind", "element"
		   });
		addAnnotation
		  (getOs_Initdir(),
		   source,
		   new String[] {
			   "name", "initdir",
			   "kind", "element"
		   });
		addAnnotation
		  (getOs_Inituser(),
		   source,
		   new String[] {
			   "name", "inituser",
			   "kind", "element"
		   });
		addAnnotation
		  (getOs_Initgroup(),
		   source,
		   new String[] {
			   "name", "initgroup",
			   "kind", "element"
		   });
		addAnnotation
		  (getOs_FirmwareAttribute(),
		   source,
		   new String[] {
			   "name", "firmware",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOs_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOs_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (memoryEClass,
		   source,
		   new String[] {
			   "name", "Memory",
			   "kind", "simple"
		   });
		addAnnotation
		  (getMemory_Value(),
		   source,
		   new String[] {
			   "name", ":0",
			   "kind", "simple"
		   });
		addAnnotation
		  (getMemory_Unit(),
		   source,
		   new String[] {
			   "name", "unit",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getMemory_DumpCore(),
		   source,
		   new String[] {
			   "name", "dumpCore",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getMemory_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (currentMemoryEClass,
		   source,
		   new String[] {
			   "name", "CurrentMemory",
			   "kind", "simple"
		   });
		addAnnotation
		  (getCurrentMemory_Value(),
		   source,
		   new String[] {
			   "name", ":0",
			   "kind", "simple"
		   });
		addAnnotation
		  (getCurrentMemory_Unit(),
		   source,
		   new String[] {
			   "name", "unit",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getCurrentMemory_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (vcpuEClass,
		   source,
		   new String[] {
			   "name", "Vcpu",
			   "kind", "simple"
		   });
		addAnnotation
		  (getVcpu_Value(),
		   source,
		   new String[] {
			   "name", ":0",
			   "kind", "simple"
		   });
		addAnnotation
		  (getVcpu_Placement(),
		   source,
		   new String[] {
			   "name", "placement",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getVcpu_Cpuset(),
		   source,
		   new String[] {
			   "name", "cpuset",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getVcpu_Current(),
		   source,
		   new String[] {
			   "name", "current",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getVcpu_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (devicesEClass,
		   source,
		   new String[] {
			   "name", "Devices",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getDevices_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getDevices_Interfaces(),
		   source,
		   new String[] {
			   "name", "interface",
			   "kind", "element"
		   });
		addAnnotation
		  (getDevices_Hostdevs(),
		   source,
		   new String[] {
			   "name", "hostdev",
			   "kind", "element"
		   });
		addAnnotation
		  (getDevices_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getDevices_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osTypeEClass,
		   source,
		   new String[] {
			   "name", "OsType",
			   "kind", "simple"
		   });
		addAnnotation
		  (getOsType_Value(),
		   source,
		   new String[] {
			   "name", ":0",
			   "kind", "simple"
		   });
		addAnnotation
		  (getOsType_Arch(),
		   source,
		   new String[] {
			   "name", "arch",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsType_Machine(),
		   source,
		   new String[] {
			   "name", "machine",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsType_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osFirmwareEClass,
		   source,
		   new String[] {
			   "name", "OsFirmware",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsFirmware_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsFirmware_Features(),
		   source,
		   new String[] {
			   "name", "feature",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsFirmware_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsFirmware_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osLoaderEClass,
		   source,
		   new String[] {
			   "name", "OsLoader",
			   "kind", "simple"
		   });
		addAnnotation
		  (getOsLoader_Value(),
		   source,
		   new String[] {
			   "name", ":0",
			   "kind", "simple"
		   });
		addAnnotation
		  (getOsLoader_Readonly(),
		   source,
		   new String[] {
			   "name", "readonly",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsLoader_Secure(),
		   source,
		   new String[] {
			   "name", "secure",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsLoader_Type(),
		   source,
		   new String[] {
			   "name", "type",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsLoader_Stateless(),
		   source,
		   new String[] {
			   "name", "stateless",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsLoader_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osNvramEClass,
		   source,
		   new String[] {
			   "name", "OsNvram",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsNvram_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsNvram_Source(),
		   source,
		   new String[] {
			   "name", "source",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvram_Template(),
		   source,
		   new String[] {
			   "name", "template",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvram_Type(),
		   source,
		   new String[] {
			   "name", "type",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvram_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsNvram_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osBootEClass,
		   source,
		   new String[] {
			   "name", "OsBoot",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsBoot_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsBoot_Dev(),
		   source,
		   new String[] {
			   "name", "dev",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsBoot_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsBoot_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osBootmenuEClass,
		   source,
		   new String[] {
			   "name", "OsBootmenu",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsBootmenu_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsBootmenu_Enable(),
		   source,
		   new String[] {
			   "name", "enable",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsBootmenu_Timeout(),
		   source,
		   new String[] {
			   "name", "timeout",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsBootmenu_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsBootmenu_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osSmbiosEClass,
		   source,
		   new String[] {
			   "name", "OsSmbios",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsSmbios_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsSmbios_Mode(),
		   source,
		   new String[] {
			   "name", "mode",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsSmbios_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsSmbios_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osBiosEClass,
		   source,
		   new String[] {
			   "name", "OsBios",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsBios_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsBios_Useserial(),
		   source,
		   new String[] {
			   "name", "useserial",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsBios_RebootTimeout(),
		   source,
		   new String[] {
			   "name", "rebootTimeout",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsBios_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsBios_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osAcpiEClass,
		   source,
		   new String[] {
			   "name", "OsAcpi",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsAcpi_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsAcpi_Tables(),
		   source,
		   new String[] {
			   "name", "table",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsAcpi_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsAcpi_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osInitenvEClass,
		   source,
		   new String[] {
			   "name", "OsInitenv",
			   "kind", "simple"
		   });
		addAnnotation
		  (getOsInitenv_Value(),
		   source,
		   new String[] {
			   "name", ":0",
			   "kind", "simple"
		   });
		addAnnotation
		  (getOsInitenv_Name(),
		   source,
		   new String[] {
			   "name", "name",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsInitenv_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceEClass,
		   source,
		   new String[] {
			   "name", "Interface",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterface_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterface_Source(),
		   source,
		   new String[] {
			   "name", "source",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Virtualport(),
		   source,
		   new String[] {
			   "name", "virtualport",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Link(),
		   source,
		   new String[] {
			   "name", "link",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Mtu(),
		   source,
		   new String[] {
			   "name", "mtu",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Coalesce(),
		   source,
		   new String[] {
			   "name", "coalesce",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Target(),
		   source,
		   new String[] {
			   "name", "target",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Guest(),
		   source,
		   new String[] {
			   "name", "guest",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Mac(),
		   source,
		   new String[] {
			   "name", "mac",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Ips(),
		   source,
		   new String[] {
			   "name", "ip",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Routes(),
		   source,
		   new String[] {
			   "name", "route",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_PortForwards(),
		   source,
		   new String[] {
			   "name", "portForward",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Script(),
		   source,
		   new String[] {
			   "name", "script",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Downscript(),
		   source,
		   new String[] {
			   "name", "downscript",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Backenddomain(),
		   source,
		   new String[] {
			   "name", "backenddomain",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Model(),
		   source,
		   new String[] {
			   "name", "model",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Backend(),
		   source,
		   new String[] {
			   "name", "backend",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Driver(),
		   source,
		   new String[] {
			   "name", "driver",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Alias(),
		   source,
		   new String[] {
			   "name", "alias",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Acpi(),
		   source,
		   new String[] {
			   "name", "acpi",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Address(),
		   source,
		   new String[] {
			   "name", "address",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Filterref(),
		   source,
		   new String[] {
			   "name", "filterref",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Tune(),
		   source,
		   new String[] {
			   "name", "tune",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Boot(),
		   source,
		   new String[] {
			   "name", "boot",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Rom(),
		   source,
		   new String[] {
			   "name", "rom",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Bandwidth(),
		   source,
		   new String[] {
			   "name", "bandwidth",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Vlan(),
		   source,
		   new String[] {
			   "name", "vlan",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Port(),
		   source,
		   new String[] {
			   "name", "port",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Teaming(),
		   source,
		   new String[] {
			   "name", "teaming",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterface_Type(),
		   source,
		   new String[] {
			   "name", "type",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterface_Managed(),
		   source,
		   new String[] {
			   "name", "managed",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterface_TrustGuestRxFilters(),
		   source,
		   new String[] {
			   "name", "trustGuestRxFilters",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterface_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterface_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (hostdevEClass,
		   source,
		   new String[] {
			   "name", "Hostdev",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getHostdev_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getHostdev_Driver(),
		   source,
		   new String[] {
			   "name", "driver",
			   "kind", "element"
		   });
		addAnnotation
		  (getHostdev_Teaming(),
		   source,
		   new String[] {
			   "name", "teaming",
			   "kind", "element"
		   });
		addAnnotation
		  (getHostdev_Source(),
		   source,
		   new String[] {
			   "name", "source",
			   "kind", "element"
		   });
		addAnnotation
		  (getHostdev_Ips(),
		   source,
		   new String[] {
			   "name", "ip",
			   "kind", "element"
		   });
		addAnnotation
		  (getHostdev_Routes(),
		   source,
		   new String[] {
			   "name", "route",
			   "kind", "element"
		   });
		addAnnotation
		  (getHostdev_Alias(),
		   source,
		   new String[] {
			   "name", "alias",
			   "kind", "element"
		   });
		addAnnotation
		  (getHostdev_Acpi(),
		   source,
		   new String[] {
			   "name", "acpi",
			   "kind", "element"
		   });
		addAnnotation
		  (getHostdev_Boot(),
		   source,
		   new String[] {
			   "name", "boot",
			   "kind", "element"
		   });
		addAnnotation
		  (getHostdev_Rom(),
		   source,
		   new String[] {
			   "name", "rom",
			   "kind", "element"
		   });
		addAnnotation
		  (getHostdev_Address(),
		   source,
		   new String[] {
			   "name", "address",
			   "kind", "element"
		   });
		addAnnotation
		  (getHostdev_Readonly(),
		   source,
		   new String[] {
			   "name", "readonly",
			   "kind", "element"
		   });
		addAnnotation
		  (getHostdev_Shareable(),
		   source,
		   new String[] {
			   "name", "shareable",
			   "kind", "element"
		   });
		addAnnotation
		  (getHostdev_Mode(),
		   source,
		   new String[] {
			   "name", "mode",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdev_Managed(),
		   source,
		   new String[] {
			   "name", "managed",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdev_Type(),
		   source,
		   new String[] {
			   "name", "type",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdev_Sgio(),
		   source,
		   new String[] {
			   "name", "sgio",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdev_Rawio(),
		   source,
		   new String[] {
			   "name", "rawio",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdev_Model(),
		   source,
		   new String[] {
			   "name", "model",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdev_Ramfb(),
		   source,
		   new String[] {
			   "name", "ramfb",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdev_Display(),
		   source,
		   new String[] {
			   "name", "display",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdev_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getHostdev_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osFirmwareFeatureEClass,
		   source,
		   new String[] {
			   "name", "OsFirmwareFeature",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsFirmwareFeature_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsFirmwareFeature_Enabled(),
		   source,
		   new String[] {
			   "name", "enabled",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsFirmwareFeature_Name(),
		   source,
		   new String[] {
			   "name", "name",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsFirmwareFeature_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsFirmwareFeature_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osNvramSourceEClass,
		   source,
		   new String[] {
			   "name", "OsNvramSource",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsNvramSource_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsNvramSource_Slices(),
		   source,
		   new String[] {
			   "name", "slices",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvramSource_PrivateData(),
		   source,
		   new String[] {
			   "name", "privateData",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvramSource_Encryption(),
		   source,
		   new String[] {
			   "name", "encryption",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvramSource_Seclabels(),
		   source,
		   new String[] {
			   "name", "seclabel",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvramSource_Reservations(),
		   source,
		   new String[] {
			   "name", "reservations",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvramSource_Hosts(),
		   source,
		   new String[] {
			   "name", "host",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvramSource_Snapshot(),
		   source,
		   new String[] {
			   "name", "snapshot",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvramSource_Config(),
		   source,
		   new String[] {
			   "name", "config",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvramSource_Auth(),
		   source,
		   new String[] {
			   "name", "auth",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvramSource_Initiator(),
		   source,
		   new String[] {
			   "name", "initiator",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvramSource_Cookies(),
		   source,
		   new String[] {
			   "name", "cookies",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvramSource_Readahead(),
		   source,
		   new String[] {
			   "name", "readahead",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvramSource_Timeout(),
		   source,
		   new String[] {
			   "name", "timeout",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvramSource_Ssl(),
		   source,
		   new String[] {
			   "name", "ssl",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvramSource_Identity(),
		   source,
		   new String[] {
			   "name", "identity",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvramSource_Address(),
		   source,
		   new String[] {
			   "name", "address",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvramSource_Reconnect(),
		   source,
		   new String[] {
			   "name", "reconnect",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvramSource_File(),
		   source,
		   new String[] {
			   "name", "file",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSource_Fdgroup(),
		   source,
		   new String[] {
			   "name", "fdgroup",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSource_Index(),
		   source,
		   new String[] {
			   "name", "index",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSource_StartupPolicy(),
		   source,
		   new String[] {
			   "name", "startupPolicy",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSource_Dev(),
		   source,
		   new String[] {
			   "name", "dev",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSource_Dir(),
		   source,
		   new String[] {
			   "name", "dir",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSource_Protocol(),
		   source,
		   new String[] {
			   "name", "protocol",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSource_Name(),
		   source,
		   new String[] {
			   "name", "name",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSource_Tls(),
		   source,
		   new String[] {
			   "name", "tls",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSource_TlsHostname(),
		   source,
		   new String[] {
			   "name", "tlsHostname",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSource_Query(),
		   source,
		   new String[] {
			   "name", "query",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSource_Pool(),
		   source,
		   new String[] {
			   "name", "pool",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSource_Volume(),
		   source,
		   new String[] {
			   "name", "volume",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSource_Mode(),
		   source,
		   new String[] {
			   "name", "mode",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSource_Type(),
		   source,
		   new String[] {
			   "name", "type",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSource_Namespace(),
		   source,
		   new String[] {
			   "name", "namespace",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSource_Managed(),
		   source,
		   new String[] {
			   "name", "managed",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSource_Path(),
		   source,
		   new String[] {
			   "name", "path",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSource_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsNvramSource_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osAcpiTableEClass,
		   source,
		   new String[] {
			   "name", "OsAcpiTable",
			   "kind", "simple"
		   });
		addAnnotation
		  (getOsAcpiTable_Value(),
		   source,
		   new String[] {
			   "name", ":0",
			   "kind", "simple"
		   });
		addAnnotation
		  (getOsAcpiTable_Type(),
		   source,
		   new String[] {
			   "name", "type",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsAcpiTable_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceSourceEClass,
		   source,
		   new String[] {
			   "name", "InterfaceSource",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceSource_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceSource_Ips(),
		   source,
		   new String[] {
			   "name", "ip",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterfaceSource_Routes(),
		   source,
		   new String[] {
			   "name", "route",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterfaceSource_Reconnect(),
		   source,
		   new String[] {
			   "name", "reconnect",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterfaceSource_Local(),
		   source,
		   new String[] {
			   "name", "local",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterfaceSource_Vendor(),
		   source,
		   new String[] {
			   "name", "vendor",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterfaceSource_Product(),
		   source,
		   new String[] {
			   "name", "product",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterfaceSource_Address(),
		   source,
		   new String[] {
			   "name", "address",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterfaceSource_Bridge(),
		   source,
		   new String[] {
			   "name", "bridge",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceSource_MacTableManager(),
		   source,
		   new String[] {
			   "name", "macTableManager",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceSource_Network(),
		   source,
		   new String[] {
			   "name", "network",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceSource_Portgroup(),
		   source,
		   new String[] {
			   "name", "portgroup",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceSource_Portid(),
		   source,
		   new String[] {
			   "name", "portid",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceSource_Type(),
		   source,
		   new String[] {
			   "name", "type",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceSource_Path(),
		   source,
		   new String[] {
			   "name", "path",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceSource_Mode(),
		   source,
		   new String[] {
			   "name", "mode",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceSource_Dev(),
		   source,
		   new String[] {
			   "name", "dev",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceSource_Name(),
		   source,
		   new String[] {
			   "name", "name",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceSource_AddressAttribute(),
		   source,
		   new String[] {
			   "name", "address",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceSource_Port(),
		   source,
		   new String[] {
			   "name", "port",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceSource_Missing(),
		   source,
		   new String[] {
			   "name", "missing",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceSource_Switchid(),
		   source,
		   new String[] {
			   "name", "switchid",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceSource_Portgroupid(),
		   source,
		   new String[] {
			   "name", "portgroupid",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceSource_Connectionid(),
		   source,
		   new String[] {
			   "name", "connectionid",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceSource_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceSource_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceVirtualportEClass,
		   source,
		   new String[] {
			   "name", "InterfaceVirtualport",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceVirtualport_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceVirtualport_Parameters(),
		   source,
		   new String[] {
			   "name", "parameters",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterfaceVirtualport_Type(),
		   source,
		   new String[] {
			   "name", "type",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceVirtualport_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceVirtualport_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceLinkEClass,
		   source,
		   new String[] {
			   "name", "InterfaceLink",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceLink_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceLink_State(),
		   source,
		   new String[] {
			   "name", "state",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceLink_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceLink_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceMtuEClass,
		   source,
		   new String[] {
			   "name", "InterfaceMtu",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceMtu_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceMtu_Size(),
		   source,
		   new String[] {
			   "name", "size",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceMtu_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceMtu_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceCoalesceEClass,
		   source,
		   new String[] {
			   "name", "InterfaceCoalesce",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceCoalesce_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceCoalesce_Rx(),
		   source,
		   new String[] {
			   "name", "rx",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterfaceCoalesce_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceCoalesce_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceTargetEClass,
		   source,
		   new String[] {
			   "name", "InterfaceTarget",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceTarget_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceTarget_Dev(),
		   source,
		   new String[] {
			   "name", "dev",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceTarget_Managed(),
		   source,
		   new String[] {
			   "name", "managed",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceTarget_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceTarget_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceGuestEClass,
		   source,
		   new String[] {
			   "name", "InterfaceGuest",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceGuest_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceGuest_Dev(),
		   source,
		   new String[] {
			   "name", "dev",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceGuest_Actual(),
		   source,
		   new String[] {
			   "name", "actual",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceGuest_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceGuest_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceMacEClass,
		   source,
		   new String[] {
			   "name", "InterfaceMac",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceMac_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceMac_Address(),
		   source,
		   new String[] {
			   "name", "address",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceMac_Type(),
		   source,
		   new String[] {
			   "name", "type",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceMac_Check(),
		   source,
		   new String[] {
			   "name", "check",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceMac_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceMac_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceIpInfoEClass,
		   source,
		   new String[] {
			   "name", "InterfaceIpInfo",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceIpInfo_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceIpInfo_Address(),
		   source,
		   new String[] {
			   "name", "address",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceIpInfo_Family(),
		   source,
		   new String[] {
			   "name", "family",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceIpInfo_Prefix(),
		   source,
		   new String[] {
			   "name", "prefix",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceIpInfo_Peer(),
		   source,
		   new String[] {
			   "name", "peer",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceIpInfo_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceIpInfo_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (routeEClass,
		   source,
		   new String[] {
			   "name", "Route",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getRoute_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getRoute_Family(),
		   source,
		   new String[] {
			   "name", "family",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getRoute_Address(),
		   source,
		   new String[] {
			   "name", "address",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getRoute_Netmask(),
		   source,
		   new String[] {
			   "name", "netmask",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getRoute_Prefix(),
		   source,
		   new String[] {
			   "name", "prefix",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getRoute_Gateway(),
		   source,
		   new String[] {
			   "name", "gateway",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getRoute_Metric(),
		   source,
		   new String[] {
			   "name", "metric",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getRoute_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getRoute_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfacePortForwardEClass,
		   source,
		   new String[] {
			   "name", "InterfacePortForward",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfacePortForward_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfacePortForward_Ranges(),
		   source,
		   new String[] {
			   "name", "range",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterfacePortForward_Proto(),
		   source,
		   new String[] {
			   "name", "proto",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfacePortForward_Address(),
		   source,
		   new String[] {
			   "name", "address",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfacePortForward_Dev(),
		   source,
		   new String[] {
			   "name", "dev",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfacePortForward_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfacePortForward_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceScriptEClass,
		   source,
		   new String[] {
			   "name", "InterfaceScript",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceScript_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceScript_Path(),
		   source,
		   new String[] {
			   "name", "path",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceScript_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceScript_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceDownscriptEClass,
		   source,
		   new String[] {
			   "name", "InterfaceDownscript",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceDownscript_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceDownscript_Path(),
		   source,
		   new String[] {
			   "name", "path",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDownscript_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceDownscript_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceBackenddomainEClass,
		   source,
		   new String[] {
			   "name", "InterfaceBackenddomain",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceBackenddomain_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceBackenddomain_Name(),
		   source,
		   new String[] {
			   "name", "name",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceBackenddomain_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceBackenddomain_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceModelEClass,
		   source,
		   new String[] {
			   "name", "InterfaceModel",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceModel_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceModel_Type(),
		   source,
		   new String[] {
			   "name", "type",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceModel_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceModel_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceBackendEClass,
		   source,
		   new String[] {
			   "name", "InterfaceBackend",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceBackend_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceBackend_Type(),
		   source,
		   new String[] {
			   "name", "type",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceBackend_Tap(),
		   source,
		   new String[] {
			   "name", "tap",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceBackend_Vhost(),
		   source,
		   new String[] {
			   "name", "vhost",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceBackend_LogFile(),
		   source,
		   new String[] {
			   "name", "logFile",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceBackend_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceBackend_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceDriverEClass,
		   source,
		   new String[] {
			   "name", "InterfaceDriver",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceDriver_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceDriver_Host(),
		   source,
		   new String[] {
			   "name", "host",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterfaceDriver_Guest(),
		   source,
		   new String[] {
			   "name", "guest",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterfaceDriver_Name(),
		   source,
		   new String[] {
			   "name", "name",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriver_Queues(),
		   source,
		   new String[] {
			   "name", "queues",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriver_RxQueueSize(),
		   source,
		   new String[] {
			   "name", "rx_queue_size",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriver_TxQueueSize(),
		   source,
		   new String[] {
			   "name", "tx_queue_size",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriver_Txmode(),
		   source,
		   new String[] {
			   "name", "txmode",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriver_Ioeventfd(),
		   source,
		   new String[] {
			   "name", "ioeventfd",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriver_EventIdx(),
		   source,
		   new String[] {
			   "name", "event_idx",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriver_Iommu(),
		   source,
		   new String[] {
			   "name", "iommu",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriver_Ats(),
		   source,
		   new String[] {
			   "name", "ats",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriver_Packed(),
		   source,
		   new String[] {
			   "name", "packed",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriver_PagePerVq(),
		   source,
		   new String[] {
			   "name", "page_per_vq",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriver_Rss(),
		   source,
		   new String[] {
			   "name", "rss",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriver_RssHashReport(),
		   source,
		   new String[] {
			   "name", "rss_hash_report",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriver_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceDriver_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (aliasEClass,
		   source,
		   new String[] {
			   "name", "Alias",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getAlias_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getAlias_Name(),
		   source,
		   new String[] {
			   "name", "name",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getAlias_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getAlias_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (acpiEClass,
		   source,
		   new String[] {
			   "name", "Acpi",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getAcpi_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getAcpi_Index(),
		   source,
		   new String[] {
			   "name", "index",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getAcpi_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getAcpi_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (addressEClass,
		   source,
		   new String[] {
			   "name", "Address",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getAddress_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getAddress_Zpci(),
		   source,
		   new String[] {
			   "name", "zpci",
			   "kind", "element"
		   });
		addAnnotation
		  (getAddress_Type(),
		   source,
		   new String[] {
			   "name", "type",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getAddress_Domain(),
		   source,
		   new String[] {
			   "name", "domain",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getAddress_Bus(),
		   source,
		   new String[] {
			   "name", "bus",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getAddress_Slot(),
		   source,
		   new String[] {
			   "name", "slot",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getAddress_Function(),
		   source,
		   new String[] {
			   "name", "function",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getAddress_Multifunction(),
		   source,
		   new String[] {
			   "name", "multifunction",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getAddress_Controller(),
		   source,
		   new String[] {
			   "name", "controller",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getAddress_Target(),
		   source,
		   new String[] {
			   "name", "target",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getAddress_Unit(),
		   source,
		   new String[] {
			   "name", "unit",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getAddress_Port(),
		   source,
		   new String[] {
			   "name", "port",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getAddress_Reg(),
		   source,
		   new String[] {
			   "name", "reg",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getAddress_Cssid(),
		   source,
		   new String[] {
			   "name", "cssid",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getAddress_Ssid(),
		   source,
		   new String[] {
			   "name", "ssid",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getAddress_Devno(),
		   source,
		   new String[] {
			   "name", "devno",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getAddress_Iobase(),
		   source,
		   new String[] {
			   "name", "iobase",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getAddress_Irq(),
		   source,
		   new String[] {
			   "name", "irq",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getAddress_Base(),
		   source,
		   new String[] {
			   "name", "base",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getAddress_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getAddress_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceFilterrefEClass,
		   source,
		   new String[] {
			   "name", "InterfaceFilterref",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceFilterref_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceFilterref_Parameters(),
		   source,
		   new String[] {
			   "name", "parameter",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterfaceFilterref_Filter(),
		   source,
		   new String[] {
			   "name", "filter",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceFilterref_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceFilterref_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceTuneEClass,
		   source,
		   new String[] {
			   "name", "InterfaceTune",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceTune_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceTune_Sndbuf(),
		   source,
		   new String[] {
			   "name", "sndbuf",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterfaceTune_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceTune_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (deviceBootEClass,
		   source,
		   new String[] {
			   "name", "DeviceBoot",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getDeviceBoot_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getDeviceBoot_Order(),
		   source,
		   new String[] {
			   "name", "order",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getDeviceBoot_Loadparm(),
		   source,
		   new String[] {
			   "name", "loadparm",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getDeviceBoot_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getDeviceBoot_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (romEClass,
		   source,
		   new String[] {
			   "name", "Rom",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getRom_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getRom_Enabled(),
		   source,
		   new String[] {
			   "name", "enabled",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getRom_Bar(),
		   source,
		   new String[] {
			   "name", "bar",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getRom_File(),
		   source,
		   new String[] {
			   "name", "file",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getRom_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getRom_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceBandwidthEClass,
		   source,
		   new String[] {
			   "name", "InterfaceBandwidth",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceBandwidth_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceBandwidth_Inbound(),
		   source,
		   new String[] {
			   "name", "inbound",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterfaceBandwidth_Outbound(),
		   source,
		   new String[] {
			   "name", "outbound",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterfaceBandwidth_ClassID(),
		   source,
		   new String[] {
			   "name", "classID",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceBandwidth_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceBandwidth_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceVlanEClass,
		   source,
		   new String[] {
			   "name", "InterfaceVlan",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceVlan_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceVlan_Tags(),
		   source,
		   new String[] {
			   "name", "tag",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterfaceVlan_Trunk(),
		   source,
		   new String[] {
			   "name", "trunk",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceVlan_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceVlan_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfacePortEClass,
		   source,
		   new String[] {
			   "name", "InterfacePort",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfacePort_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfacePort_Isolated(),
		   source,
		   new String[] {
			   "name", "isolated",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfacePort_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfacePort_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (teamingEClass,
		   source,
		   new String[] {
			   "name", "Teaming",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getTeaming_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getTeaming_Type(),
		   source,
		   new String[] {
			   "name", "type",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getTeaming_Persistent(),
		   source,
		   new String[] {
			   "name", "persistent",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getTeaming_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getTeaming_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (hostdevDriverEClass,
		   source,
		   new String[] {
			   "name", "HostdevDriver",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getHostdevDriver_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getHostdevDriver_Name(),
		   source,
		   new String[] {
			   "name", "name",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdevDriver_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getHostdevDriver_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (hostdevSourceEClass,
		   source,
		   new String[] {
			   "name", "HostdevSource",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getHostdevSource_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getHostdevSource_Address(),
		   source,
		   new String[] {
			   "name", "address",
			   "kind", "element"
		   });
		addAnnotation
		  (getHostdevSource_Vendor(),
		   source,
		   new String[] {
			   "name", "vendor",
			   "kind", "element"
		   });
		addAnnotation
		  (getHostdevSource_Product(),
		   source,
		   new String[] {
			   "name", "product",
			   "kind", "element"
		   });
		addAnnotation
		  (getHostdevSource_Adapter(),
		   source,
		   new String[] {
			   "name", "adapter",
			   "kind", "element"
		   });
		addAnnotation
		  (getHostdevSource_Hosts(),
		   source,
		   new String[] {
			   "name", "host",
			   "kind", "element"
		   });
		addAnnotation
		  (getHostdevSource_Auth(),
		   source,
		   new String[] {
			   "name", "auth",
			   "kind", "element"
		   });
		addAnnotation
		  (getHostdevSource_Initiator(),
		   source,
		   new String[] {
			   "name", "initiator",
			   "kind", "element"
		   });
		addAnnotation
		  (getHostdevSource_Block(),
		   source,
		   new String[] {
			   "name", "block",
			   "kind", "element"
		   });
		addAnnotation
		  (getHostdevSource_Char_(),
		   source,
		   new String[] {
			   "name", "char",
			   "kind", "element"
		   });
		addAnnotation
		  (getHostdevSource_Interface_(),
		   source,
		   new String[] {
			   "name", "interface",
			   "kind", "element"
		   });
		addAnnotation
		  (getHostdevSource_StartupPolicy(),
		   source,
		   new String[] {
			   "name", "startupPolicy",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdevSource_WriteFiltering(),
		   source,
		   new String[] {
			   "name", "writeFiltering",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdevSource_GuestReset(),
		   source,
		   new String[] {
			   "name", "guestReset",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdevSource_Protocol(),
		   source,
		   new String[] {
			   "name", "protocol",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdevSource_Name(),
		   source,
		   new String[] {
			   "name", "name",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdevSource_Wwpn(),
		   source,
		   new String[] {
			   "name", "wwpn",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdevSource_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getHostdevSource_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osNvramSourceSlicesEClass,
		   source,
		   new String[] {
			   "name", "OsNvramSourceSlices",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsNvramSourceSlices_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsNvramSourceSlices_Slice(),
		   source,
		   new String[] {
			   "name", "slice",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvramSourceSlices_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsNvramSourceSlices_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osNvramSourceEncryptionEClass,
		   source,
		   new String[] {
			   "name", "OsNvramSourceEncryption",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsNvramSourceEncryption_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsNvramSourceEncryption_Secret(),
		   source,
		   new String[] {
			   "name", "secret",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvramSourceEncryption_Cipher(),
		   source,
		   new String[] {
			   "name", "cipher",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvramSourceEncryption_Ivgen(),
		   source,
		   new String[] {
			   "name", "ivgen",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvramSourceEncryption_Format(),
		   source,
		   new String[] {
			   "name", "format",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceEncryption_Engine(),
		   source,
		   new String[] {
			   "name", "engine",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceEncryption_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsNvramSourceEncryption_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osNvramSourceSeclabelEClass,
		   source,
		   new String[] {
			   "name", "OsNvramSourceSeclabel",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsNvramSourceSeclabel_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsNvramSourceSeclabel_Labels(),
		   source,
		   new String[] {
			   "name", "label",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvramSourceSeclabel_Model(),
		   source,
		   new String[] {
			   "name", "model",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceSeclabel_Relabel(),
		   source,
		   new String[] {
			   "name", "relabel",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceSeclabel_Labelskip(),
		   source,
		   new String[] {
			   "name", "labelskip",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceSeclabel_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsNvramSourceSeclabel_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osNvramSourceReservationsEClass,
		   source,
		   new String[] {
			   "name", "OsNvramSourceReservations",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsNvramSourceReservations_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsNvramSourceReservations_Source(),
		   source,
		   new String[] {
			   "name", "source",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvramSourceReservations_Managed(),
		   source,
		   new String[] {
			   "name", "managed",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceReservations_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsNvramSourceReservations_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osNvramSourceHostEClass,
		   source,
		   new String[] {
			   "name", "OsNvramSourceHost",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsNvramSourceHost_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsNvramSourceHost_Transport(),
		   source,
		   new String[] {
			   "name", "transport",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceHost_Name(),
		   source,
		   new String[] {
			   "name", "name",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceHost_Port(),
		   source,
		   new String[] {
			   "name", "port",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceHost_Socket(),
		   source,
		   new String[] {
			   "name", "socket",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceHost_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsNvramSourceHost_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osNvramSourceSnapshotEClass,
		   source,
		   new String[] {
			   "name", "OsNvramSourceSnapshot",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsNvramSourceSnapshot_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsNvramSourceSnapshot_Name(),
		   source,
		   new String[] {
			   "name", "name",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceSnapshot_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsNvramSourceSnapshot_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osNvramSourceConfigEClass,
		   source,
		   new String[] {
			   "name", "OsNvramSourceConfig",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsNvramSourceConfig_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsNvramSourceConfig_File(),
		   source,
		   new String[] {
			   "name", "file",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceConfig_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsNvramSourceConfig_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (diskAuthEClass,
		   source,
		   new String[] {
			   "name", "DiskAuth",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getDiskAuth_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getDiskAuth_Secret(),
		   source,
		   new String[] {
			   "name", "secret",
			   "kind", "element"
		   });
		addAnnotation
		  (getDiskAuth_Username(),
		   source,
		   new String[] {
			   "name", "username",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getDiskAuth_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getDiskAuth_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (initiatorinfoEClass,
		   source,
		   new String[] {
			   "name", "Initiatorinfo",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInitiatorinfo_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInitiatorinfo_Iqn(),
		   source,
		   new String[] {
			   "name", "iqn",
			   "kind", "element"
		   });
		addAnnotation
		  (getInitiatorinfo_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInitiatorinfo_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osNvramSourceCookiesEClass,
		   source,
		   new String[] {
			   "name", "OsNvramSourceCookies",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsNvramSourceCookies_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsNvramSourceCookies_Cookies(),
		   source,
		   new String[] {
			   "name", "cookie",
			   "kind", "element"
		   });
		addAnnotation
		  (getOsNvramSourceCookies_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsNvramSourceCookies_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osNvramSourceReadaheadEClass,
		   source,
		   new String[] {
			   "name", "OsNvramSourceReadahead",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsNvramSourceReadahead_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsNvramSourceReadahead_Size(),
		   source,
		   new String[] {
			   "name", "size",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceReadahead_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsNvramSourceReadahead_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osNvramSourceTimeoutEClass,
		   source,
		   new String[] {
			   "name", "OsNvramSourceTimeout",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsNvramSourceTimeout_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsNvramSourceTimeout_Seconds(),
		   source,
		   new String[] {
			   "name", "seconds",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceTimeout_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsNvramSourceTimeout_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osNvramSourceSslEClass,
		   source,
		   new String[] {
			   "name", "OsNvramSourceSsl",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsNvramSourceSsl_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsNvramSourceSsl_Verify(),
		   source,
		   new String[] {
			   "name", "verify",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceSsl_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsNvramSourceSsl_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osNvramSourceIdentityEClass,
		   source,
		   new String[] {
			   "name", "OsNvramSourceIdentity",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsNvramSourceIdentity_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsNvramSourceIdentity_User(),
		   source,
		   new String[] {
			   "name", "user",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceIdentity_Group(),
		   source,
		   new String[] {
			   "name", "group",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceIdentity_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsNvramSourceIdentity_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osNvramSourceAddressEClass,
		   source,
		   new String[] {
			   "name", "OsNvramSourceAddress",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsNvramSourceAddress_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsNvramSourceAddress_Domain(),
		   source,
		   new String[] {
			   "name", "domain",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceAddress_Bus(),
		   source,
		   new String[] {
			   "name", "bus",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceAddress_Slot(),
		   source,
		   new String[] {
			   "name", "slot",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceAddress_Function(),
		   source,
		   new String[] {
			   "name", "function",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceAddress_Multifunction(),
		   source,
		   new String[] {
			   "name", "multifunction",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceAddress_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsNvramSourceAddress_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (reconnectEClass,
		   source,
		   new String[] {
			   "name", "Reconnect",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getReconnect_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getReconnect_Enabled(),
		   source,
		   new String[] {
			   "name", "enabled",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getReconnect_Timeout(),
		   source,
		   new String[] {
			   "name", "timeout",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getReconnect_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getReconnect_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceSourceLocalEClass,
		   source,
		   new String[] {
			   "name", "InterfaceSourceLocal",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceSourceLocal_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceSourceLocal_Address(),
		   source,
		   new String[] {
			   "name", "address",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceSourceLocal_Port(),
		   source,
		   new String[] {
			   "name", "port",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceSourceLocal_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceSourceLocal_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (sourceVendorEClass,
		   source,
		   new String[] {
			   "name", "SourceVendor",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getSourceVendor_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getSourceVendor_Id(),
		   source,
		   new String[] {
			   "name", "id",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getSourceVendor_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getSourceVendor_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (sourceProductEClass,
		   source,
		   new String[] {
			   "name", "SourceProduct",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getSourceProduct_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getSourceProduct_Id(),
		   source,
		   new String[] {
			   "name", "id",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getSourceProduct_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getSourceProduct_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (sourceAddressEClass,
		   source,
		   new String[] {
			   "name", "SourceAddress",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getSourceAddress_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getSourceAddress_Bus(),
		   source,
		   new String[] {
			   "name", "bus",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getSourceAddress_Device(),
		   source,
		   new String[] {
			   "name", "device",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getSourceAddress_Type(),
		   source,
		   new String[] {
			   "name", "type",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getSourceAddress_Domain(),
		   source,
		   new String[] {
			   "name", "domain",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getSourceAddress_Slot(),
		   source,
		   new String[] {
			   "name", "slot",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getSourceAddress_Function(),
		   source,
		   new String[] {
			   "name", "function",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getSourceAddress_Multifunction(),
		   source,
		   new String[] {
			   "name", "multifunction",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getSourceAddress_Target(),
		   source,
		   new String[] {
			   "name", "target",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getSourceAddress_Unit(),
		   source,
		   new String[] {
			   "name", "unit",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getSourceAddress_Uuid(),
		   source,
		   new String[] {
			   "name", "uuid",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getSourceAddress_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getSourceAddress_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceVirtualportParametersEClass,
		   source,
		   new String[] {
			   "name", "InterfaceVirtualportParameters",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceVirtualportParameters_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceVirtualportParameters_Managerid(),
		   source,
		   new String[] {
			   "name", "managerid",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceVirtualportParameters_Typeid(),
		   source,
		   new String[] {
			   "name", "typeid",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceVirtualportParameters_Typeidversion(),
		   source,
		   new String[] {
			   "name", "typeidversion",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceVirtualportParameters_Instanceid(),
		   source,
		   new String[] {
			   "name", "instanceid",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceVirtualportParameters_Profileid(),
		   source,
		   new String[] {
			   "name", "profileid",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceVirtualportParameters_Interfaceid(),
		   source,
		   new String[] {
			   "name", "interfaceid",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceVirtualportParameters_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceVirtualportParameters_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceCoalesceRxEClass,
		   source,
		   new String[] {
			   "name", "InterfaceCoalesceRx",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceCoalesceRx_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceCoalesceRx_Frames(),
		   source,
		   new String[] {
			   "name", "frames",
			   "kind", "element"
		   });
		addAnnotation
		  (getInterfaceCoalesceRx_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceCoalesceRx_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfacePortForwardRangeEClass,
		   source,
		   new String[] {
			   "name", "InterfacePortForwardRange",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfacePortForwardRange_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfacePortForwardRange_Start(),
		   source,
		   new String[] {
			   "name", "start",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfacePortForwardRange_End(),
		   source,
		   new String[] {
			   "name", "end",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfacePortForwardRange_To(),
		   source,
		   new String[] {
			   "name", "to",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfacePortForwardRange_Exclude(),
		   source,
		   new String[] {
			   "name", "exclude",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfacePortForwardRange_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfacePortForwardRange_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceDriverHostEClass,
		   source,
		   new String[] {
			   "name", "InterfaceDriverHost",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceDriverHost_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceDriverHost_Csum(),
		   source,
		   new String[] {
			   "name", "csum",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriverHost_Gso(),
		   source,
		   new String[] {
			   "name", "gso",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriverHost_Tso4(),
		   source,
		   new String[] {
			   "name", "tso4",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriverHost_Tso6(),
		   source,
		   new String[] {
			   "name", "tso6",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriverHost_Ecn(),
		   source,
		   new String[] {
			   "name", "ecn",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriverHost_Ufo(),
		   source,
		   new String[] {
			   "name", "ufo",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriverHost_MrgRxbuf(),
		   source,
		   new String[] {
			   "name", "mrg_rxbuf",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriverHost_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceDriverHost_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceDriverGuestEClass,
		   source,
		   new String[] {
			   "name", "InterfaceDriverGuest",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceDriverGuest_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceDriverGuest_Csum(),
		   source,
		   new String[] {
			   "name", "csum",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriverGuest_Tso4(),
		   source,
		   new String[] {
			   "name", "tso4",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriverGuest_Tso6(),
		   source,
		   new String[] {
			   "name", "tso6",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriverGuest_Ecn(),
		   source,
		   new String[] {
			   "name", "ecn",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriverGuest_Ufo(),
		   source,
		   new String[] {
			   "name", "ufo",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceDriverGuest_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceDriverGuest_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (addressZpciEClass,
		   source,
		   new String[] {
			   "name", "AddressZpci",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getAddressZpci_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getAddressZpci_Uid(),
		   source,
		   new String[] {
			   "name", "uid",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getAddressZpci_Fid(),
		   source,
		   new String[] {
			   "name", "fid",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getAddressZpci_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getAddressZpci_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceFilterrefParameterEClass,
		   source,
		   new String[] {
			   "name", "InterfaceFilterrefParameter",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceFilterrefParameter_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceFilterrefParameter_Name(),
		   source,
		   new String[] {
			   "name", "name",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceFilterrefParameter_ValueAttribute(),
		   source,
		   new String[] {
			   "name", "value",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceFilterrefParameter_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceFilterrefParameter_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceBandwidthInboundEClass,
		   source,
		   new String[] {
			   "name", "InterfaceBandwidthInbound",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceBandwidthInbound_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceBandwidthInbound_Average(),
		   source,
		   new String[] {
			   "name", "average",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceBandwidthInbound_Peak(),
		   source,
		   new String[] {
			   "name", "peak",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceBandwidthInbound_Floor(),
		   source,
		   new String[] {
			   "name", "floor",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceBandwidthInbound_Burst(),
		   source,
		   new String[] {
			   "name", "burst",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceBandwidthInbound_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceBandwidthInbound_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceBandwidthOutboundEClass,
		   source,
		   new String[] {
			   "name", "InterfaceBandwidthOutbound",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceBandwidthOutbound_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceBandwidthOutbound_Average(),
		   source,
		   new String[] {
			   "name", "average",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceBandwidthOutbound_Peak(),
		   source,
		   new String[] {
			   "name", "peak",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceBandwidthOutbound_Floor(),
		   source,
		   new String[] {
			   "name", "floor",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceBandwidthOutbound_Burst(),
		   source,
		   new String[] {
			   "name", "burst",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceBandwidthOutbound_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceBandwidthOutbound_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceVlanTagEClass,
		   source,
		   new String[] {
			   "name", "InterfaceVlanTag",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceVlanTag_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceVlanTag_Id(),
		   source,
		   new String[] {
			   "name", "id",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceVlanTag_NativeMode(),
		   source,
		   new String[] {
			   "name", "nativeMode",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceVlanTag_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceVlanTag_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (hostdevSourceAdapterEClass,
		   source,
		   new String[] {
			   "name", "HostdevSourceAdapter",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getHostdevSourceAdapter_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getHostdevSourceAdapter_Parentaddr(),
		   source,
		   new String[] {
			   "name", "parentaddr",
			   "kind", "element"
		   });
		addAnnotation
		  (getHostdevSourceAdapter_Type(),
		   source,
		   new String[] {
			   "name", "type",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdevSourceAdapter_Name(),
		   source,
		   new String[] {
			   "name", "name",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdevSourceAdapter_Parent(),
		   source,
		   new String[] {
			   "name", "parent",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdevSourceAdapter_Managed(),
		   source,
		   new String[] {
			   "name", "managed",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdevSourceAdapter_ParentWwnn(),
		   source,
		   new String[] {
			   "name", "parent_wwnn",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdevSourceAdapter_ParentWwpn(),
		   source,
		   new String[] {
			   "name", "parent_wwpn",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdevSourceAdapter_ParentFabricWwn(),
		   source,
		   new String[] {
			   "name", "parent_fabric_wwn",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdevSourceAdapter_Wwnn(),
		   source,
		   new String[] {
			   "name", "wwnn",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdevSourceAdapter_Wwpn(),
		   source,
		   new String[] {
			   "name", "wwpn",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdevSourceAdapter_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getHostdevSourceAdapter_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (hostdevSourceHostEClass,
		   source,
		   new String[] {
			   "name", "HostdevSourceHost",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getHostdevSourceHost_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getHostdevSourceHost_Name(),
		   source,
		   new String[] {
			   "name", "name",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdevSourceHost_Port(),
		   source,
		   new String[] {
			   "name", "port",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdevSourceHost_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getHostdevSourceHost_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osNvramSourceSlicesSliceEClass,
		   source,
		   new String[] {
			   "name", "OsNvramSourceSlicesSlice",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsNvramSourceSlicesSlice_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsNvramSourceSlicesSlice_Type(),
		   source,
		   new String[] {
			   "name", "type",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceSlicesSlice_Offset(),
		   source,
		   new String[] {
			   "name", "offset",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceSlicesSlice_Size(),
		   source,
		   new String[] {
			   "name", "size",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceSlicesSlice_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsNvramSourceSlicesSlice_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osNvramSourceEncryptionSecretEClass,
		   source,
		   new String[] {
			   "name", "OsNvramSourceEncryptionSecret",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsNvramSourceEncryptionSecret_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsNvramSourceEncryptionSecret_Type(),
		   source,
		   new String[] {
			   "name", "type",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceEncryptionSecret_Uuid(),
		   source,
		   new String[] {
			   "name", "uuid",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceEncryptionSecret_Usage(),
		   source,
		   new String[] {
			   "name", "usage",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceEncryptionSecret_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsNvramSourceEncryptionSecret_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osNvramSourceEncryptionCipherEClass,
		   source,
		   new String[] {
			   "name", "OsNvramSourceEncryptionCipher",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsNvramSourceEncryptionCipher_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsNvramSourceEncryptionCipher_Name(),
		   source,
		   new String[] {
			   "name", "name",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceEncryptionCipher_Size(),
		   source,
		   new String[] {
			   "name", "size",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceEncryptionCipher_Mode(),
		   source,
		   new String[] {
			   "name", "mode",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceEncryptionCipher_Hash(),
		   source,
		   new String[] {
			   "name", "hash",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceEncryptionCipher_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsNvramSourceEncryptionCipher_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osNvramSourceEncryptionIvgenEClass,
		   source,
		   new String[] {
			   "name", "OsNvramSourceEncryptionIvgen",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getOsNvramSourceEncryptionIvgen_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getOsNvramSourceEncryptionIvgen_Name(),
		   source,
		   new String[] {
			   "name", "name",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceEncryptionIvgen_Hash(),
		   source,
		   new String[] {
			   "name", "hash",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceEncryptionIvgen_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getOsNvramSourceEncryptionIvgen_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (diskAuthSecretEClass,
		   source,
		   new String[] {
			   "name", "DiskAuthSecret",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getDiskAuthSecret_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getDiskAuthSecret_Type(),
		   source,
		   new String[] {
			   "name", "type",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getDiskAuthSecret_Uuid(),
		   source,
		   new String[] {
			   "name", "uuid",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getDiskAuthSecret_Usage(),
		   source,
		   new String[] {
			   "name", "usage",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getDiskAuthSecret_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getDiskAuthSecret_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (initiatorinfoIqnEClass,
		   source,
		   new String[] {
			   "name", "InitiatorinfoIqn",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInitiatorinfoIqn_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInitiatorinfoIqn_Name(),
		   source,
		   new String[] {
			   "name", "name",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInitiatorinfoIqn_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInitiatorinfoIqn_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (osNvramSourceCookiesCookieEClass,
		   source,
		   new String[] {
			   "name", "OsNvramSourceCookiesCookie",
			   "kind", "simple"
		   });
		addAnnotation
		  (getOsNvramSourceCookiesCookie_Value(),
		   source,
		   new String[] {
			   "name", ":0",
			   "kind", "simple"
		   });
		addAnnotation
		  (getOsNvramSourceCookiesCookie_Name(),
		   source,
		   new String[] {
			   "name", "name",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getOsNvramSourceCookiesCookie_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (interfaceCoalesceRxFramesEClass,
		   source,
		   new String[] {
			   "name", "InterfaceCoalesceRxFrames",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getInterfaceCoalesceRxFrames_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getInterfaceCoalesceRxFrames_Max(),
		   source,
		   new String[] {
			   "name", "max",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getInterfaceCoalesceRxFrames_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getInterfaceCoalesceRxFrames_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (hostdevSourceAdapterParentaddrEClass,
		   source,
		   new String[] {
			   "name", "HostdevSourceAdapterParentaddr",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getHostdevSourceAdapterParentaddr_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getHostdevSourceAdapterParentaddr_Address(),
		   source,
		   new String[] {
			   "name", "address",
			   "kind", "element"
		   });
		addAnnotation
		  (getHostdevSourceAdapterParentaddr_UniqueId(),
		   source,
		   new String[] {
			   "name", "unique_id",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdevSourceAdapterParentaddr_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getHostdevSourceAdapterParentaddr_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (hostdevSourceAdapterParentaddrAddressEClass,
		   source,
		   new String[] {
			   "name", "HostdevSourceAdapterParentaddrAddress",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getHostdevSourceAdapterParentaddrAddress_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getHostdevSourceAdapterParentaddrAddress_Domain(),
		   source,
		   new String[] {
			   "name", "domain",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdevSourceAdapterParentaddrAddress_Bus(),
		   source,
		   new String[] {
			   "name", "bus",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdevSourceAdapterParentaddrAddress_Slot(),
		   source,
		   new String[] {
			   "name", "slot",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdevSourceAdapterParentaddrAddress_Function(),
		   source,
		   new String[] {
			   "name", "function",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdevSourceAdapterParentaddrAddress_Multifunction(),
		   source,
		   new String[] {
			   "name", "multifunction",
			   "kind", "attribute"
		   });
		addAnnotation
		  (getHostdevSourceAdapterParentaddrAddress_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getHostdevSourceAdapterParentaddrAddress_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (emptyElementEClass,
		   source,
		   new String[] {
			   "name", "emptyElement",
			   "kind", "mixed"
		   });
		addAnnotation
		  (getEmptyElement_Mixed(),
		   source,
		   new String[] {
			   "name", ":mixed",
			   "kind", "elementWildcard"
		   });
		addAnnotation
		  (getEmptyElement_Any(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "elementWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (getEmptyElement_AnyAttribute(),
		   source,
		   new String[] {
			   "name", "",
			   "kind", "attributeWildcard",
			   "wildcards", "##any",
			   "processing", "lax"
		   });
		addAnnotation
		  (objectNameWithSlashEDataType,
		   source,
		   new String[] {
			   "name", "ObjectNameWithSlash",
			   "pattern", "[^\\n]+"
		   });
		addAnnotation
		  (uuidEDataType,
		   source,
		   new String[] {
			   "name", "UUID",
			   "pattern", "([a-fA-F0-9]{32})|([a-fA-F0-9]{8}\\-([a-fA-F0-9]{4}\\-){3}[a-fA-F0-9]{12})"
		   });
		addAnnotation
		  (domainTypeEEnum,
		   source,
		   new String[] {
			   "name", "DomainType"
		   });
		addAnnotation
		  (unsignedIntEDataType,
		   source,
		   new String[] {
			   "name", "UnsignedInt",
			   "pattern", "[0-9]+",
			   "minInclusive", "0",
			   "maxInclusive", "4294967295"
		   });
		addAnnotation
		  (absFilePathEDataType,
		   source,
		   new String[] {
			   "name", "AbsFilePath",
			   "pattern", "(/|[a-zA-Z]:\\\\).+"
		   });
		addAnnotation
		  (genericNameEDataType,
		   source,
		   new String[] {
			   "name", "GenericName",
			   "pattern", "[a-zA-Z0-9_\\+\\-]+"
		   });
		addAnnotation
		  (osFirmware2EEnum,
		   source,
		   new String[] {
			   "name", "OsFirmware2"
		   });
		addAnnotation
		  (memoryValueEDataType,
		   source,
		   new String[] {
			   "name", "MemoryValue",
			   "pattern", "[0-9]+",
			   "minInclusive", "0",
			   "maxInclusive", "18446744073709551615"
		   });
		addAnnotation
		  (unitEDataType,
		   source,
		   new String[] {
			   "name", "Unit",
			   "pattern", "([bB]([yY][tT][eE][sS]?)?)|([kKmMgGtTpPeE]([iI]?[bB])?)"
		   });
		addAnnotation
		  (virOnOffEEnum,
		   source,
		   new String[] {
			   "name", "VirOnOff"
		   });
		addAnnotation
		  (currentMemoryValueEDataType,
		   source,
		   new String[] {
			   "name", "CurrentMemoryValue",
			   "pattern", "[0-9]+",
			   "minInclusive", "0",
			   "maxInclusive", "18446744073709551615"
		   });
		addAnnotation
		  (vcpuValueEDataType,
		   source,
		   new String[] {
			   "name", "VcpuValue",
			   "pattern", "[0-9]+",
			   "minInclusive", "1",
			   "maxInclusive", "65535"
		   });
		addAnnotation
		  (vcpuPlacementEEnum,
		   source,
		   new String[] {
			   "name", "VcpuPlacement"
		   });
		addAnnotation
		  (cpusetEDataType,
		   source,
		   new String[] {
			   "name", "Cpuset",
			   "pattern", "([0-9]+(-[0-9]+)?|\\^[0-9]+)(,([0-9]+(-[0-9]+)?|\\^[0-9]+))*"
		   });
		addAnnotation
		  (countCPUEDataType,
		   source,
		   new String[] {
			   "name", "CountCPU",
			   "pattern", "[0-9]+",
			   "minInclusive", "1",
			   "maxInclusive", "65535"
		   });
		addAnnotation
		  (osTypeValueEEnum,
		   source,
		   new String[] {
			   "name", "OsTypeValue"
		   });
		addAnnotation
		  (osTypeArchEEnum,
		   source,
		   new String[] {
			   "name", "OsTypeArch"
		   });
		addAnnotation
		  (osTypeMachineEDataType,
		   source,
		   new String[] {
			   "name", "OsTypeMachine",
			   "pattern", "xenpv|xenfv|xenpvh|([a-zA-Z0-9_\\.\\-]+)"
		   });
		addAnnotation
		  (osLoaderValueEDataType,
		   source,
		   new String[] {
			   "name", "OsLoaderValue",
			   "pattern", "|((/|[a-zA-Z]:\\\\).+)"
		   });
		addAnnotation
		  (virYesNoEEnum,
		   source,
		   new String[] {
			   "name", "VirYesNo"
		   });
		addAnnotation
		  (osLoaderTypeEEnum,
		   source,
		   new String[] {
			   "name", "OsLoaderType"
		   });
		addAnnotation
		  (osNvramTypeEEnum,
		   source,
		   new String[] {
			   "name", "OsNvramType"
		   });
		addAnnotation
		  (osBootDevEEnum,
		   source,
		   new String[] {
			   "name", "OsBootDev"
		   });
		addAnnotation
		  (unsignedShortEDataType,
		   source,
		   new String[] {
			   "name", "UnsignedShort",
			   "minInclusive", "0",
			   "maxInclusive", "65535"
		   });
		addAnnotation
		  (osSmbiosModeEEnum,
		   source,
		   new String[] {
			   "name", "OsSmbiosMode"
		   });
		addAnnotation
		  (rebootTimeoutDelayEDataType,
		   source,
		   new String[] {
			   "name", "RebootTimeoutDelay",
			   "minInclusive", "-1",
			   "maxInclusive", "32767"
		   });
		addAnnotation
		  (osInitenvNameEDataType,
		   source,
		   new String[] {
			   "name", "OsInitenvName",
			   "pattern", "[a-zA-Z_]+[a-zA-Z0-9_]*"
		   });
		addAnnotation
		  (interfaceTypeEEnum,
		   source,
		   new String[] {
			   "name", "InterfaceType"
		   });
		addAnnotation
		  (hostdevModeEEnum,
		   source,
		   new String[] {
			   "name", "HostdevMode"
		   });
		addAnnotation
		  (hostdevTypeEEnum,
		   source,
		   new String[] {
			   "name", "HostdevType"
		   });
		addAnnotation
		  (hostdevSgioEEnum,
		   source,
		   new String[] {
			   "name", "HostdevSgio"
		   });
		addAnnotation
		  (hostdevModelEEnum,
		   source,
		   new String[] {
			   "name", "HostdevModel"
		   });
		addAnnotation
		  (osFirmwareFeatureNameEEnum,
		   source,
		   new String[] {
			   "name", "OsFirmwareFeatureName"
		   });
		addAnnotation
		  (osNvramSourceFileEDataType,
		   source,
		   new String[] {
			   "name", "OsNvramSourceFile",
			   "pattern", "((/|[a-zA-Z]:\\\\).+)|(\\[[^\\]]+\\]%20.+)"
		   });
		addAnnotation
		  (positiveIntegerEDataType,
		   source,
		   new String[] {
			   "name", "PositiveInteger",
			   "pattern", "[0-9]+",
			   "minInclusive", "1"
		   });
		addAnnotation
		  (osNvramSourceStartupPolicyEEnum,
		   source,
		   new String[] {
			   "name", "OsNvramSourceStartupPolicy"
		   });
		addAnnotation
		  (osNvramSourceDevEDataType,
		   source,
		   new String[] {
			   "name", "OsNvramSourceDev",
			   "pattern", "((/|[a-zA-Z]:\\\\).+)|([a-zA-Z0-9_\\.\\-\\\\:/]+)"
		   });
		addAnnotation
		  (osNvramSourceProtocolEEnum,
		   source,
		   new String[] {
			   "name", "OsNvramSourceProtocol"
		   });
		addAnnotation
		  (objectNameEDataType,
		   source,
		   new String[] {
			   "name", "ObjectName",
			   "pattern", "[^/\\n]+"
		   });
		addAnnotation
		  (volNameEDataType,
		   source,
		   new String[] {
			   "name", "VolName",
			   "pattern", "[^/]+"
		   });
		addAnnotation
		  (osNvramSourceModeEEnum,
		   source,
		   new String[] {
			   "name", "OsNvramSourceMode"
		   });
		addAnnotation
		  (osNvramSourceTypeEEnum,
		   source,
		   new String[] {
			   "name", "OsNvramSourceType"
		   });
		addAnnotation
		  (uint32EDataType,
		   source,
		   new String[] {
			   "name", "Uint32",
			   "pattern", "((0x)?[0-9a-fA-F]{1,8})|([0-9]+)"
		   });
		addAnnotation
		  (osAcpiTableValueEDataType,
		   source,
		   new String[] {
			   "name", "OsAcpiTableValue",
			   "pattern", "(/|[a-zA-Z]:\\\\).+"
		   });
		addAnnotation
		  (osAcpiTableTypeEEnum,
		   source,
		   new String[] {
			   "name", "OsAcpiTableType"
		   });
		addAnnotation
		  (interfaceSourceBridgeEDataType,
		   source,
		   new String[] {
			   "name", "InterfaceSourceBridge",
			   "pattern", "[a-zA-Z0-9_\\.\\-\\\\:/%20]*"
		   });
		addAnnotation
		  (macTableManagerEEnum,
		   source,
		   new String[] {
			   "name", "MacTableManager"
		   });
		addAnnotation
		  (deviceNameEDataType,
		   source,
		   new String[] {
			   "name", "DeviceName",
			   "pattern", "[a-zA-Z0-9_\\.\\-\\\\:/]+"
		   });
		addAnnotation
		  (interfaceSourcePortidEDataType,
		   source,
		   new String[] {
			   "name", "InterfaceSourcePortid",
			   "pattern", "([a-fA-F0-9]{32})|([a-fA-F0-9]{8}\\-([a-fA-F0-9]{4}\\-){3}[a-fA-F0-9]{12})|(-?[0-9]+)"
		   });
		addAnnotation
		  (interfaceSourceTypeEEnum,
		   source,
		   new String[] {
			   "name", "InterfaceSourceType"
		   });
		addAnnotation
		  (interfaceSourceModeEDataType,
		   source,
		   new String[] {
			   "name", "InterfaceSourceMode",
			   "pattern", "server|client|((vepa|bridge|private|passthrough))"
		   });
		addAnnotation
		  (ipv4AddrEDataType,
		   source,
		   new String[] {
			   "name", "Ipv4Addr",
			   "pattern", "((((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|((((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|((((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))"
		   });
		addAnnotation
		  (portNumberEDataType,
		   source,
		   new String[] {
			   "name", "PortNumber",
			   "pattern", "(-?[0-9]+)|(-?[0-9]+)|(-?[0-9]+)"
		   });
		addAnnotation
		  (interfaceVirtualportTypeEEnum,
		   source,
		   new String[] {
			   "name", "InterfaceVirtualportType"
		   });
		addAnnotation
		  (interfaceLinkStateEEnum,
		   source,
		   new String[] {
			   "name", "InterfaceLinkState"
		   });
		addAnnotation
		  (uniMacAddrEDataType,
		   source,
		   new String[] {
			   "name", "UniMacAddr",
			   "pattern", "[a-fA-F0-9][02468aAcCeE](:[a-fA-F0-9]{2}){5}"
		   });
		addAnnotation
		  (interfaceMacTypeEEnum,
		   source,
		   new String[] {
			   "name", "InterfaceMacType"
		   });
		addAnnotation
		  (ipAddrEDataType,
		   source,
		   new String[] {
			   "name", "IpAddr",
			   "pattern", "((((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|((([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}:[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){5}:([0-9A-Fa-f]{1,4}:)?[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){4}:([0-9A-Fa-f]{1,4}:){0,2}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){3}:([0-9A-Fa-f]{1,4}:){0,3}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){2}:([0-9A-Fa-f]{1,4}:){0,4}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(([0-9A-Fa-f]{1,4}:){0,5}:(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(::([0-9A-Fa-f]{1,4}:){0,5}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|([0-9A-Fa-f]{1,4}::([0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})|(::([0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){1,7}:)|(::))"
		   });
		addAnnotation
		  (addrFamilyEDataType,
		   source,
		   new String[] {
			   "name", "AddrFamily",
			   "pattern", "(ipv4)|(ipv6)"
		   });
		addAnnotation
		  (ipPrefixEDataType,
		   source,
		   new String[] {
			   "name", "IpPrefix",
			   "pattern", "([0-9]+)|([0-9]+)"
		   });
		addAnnotation
		  (interfacePortForwardProtoEEnum,
		   source,
		   new String[] {
			   "name", "InterfacePortForwardProto"
		   });
		addAnnotation
		  (filePathEDataType,
		   source,
		   new String[] {
			   "name", "FilePath",
			   "pattern", ".+"
		   });
		addAnnotation
		  (interfaceModelTypeEDataType,
		   source,
		   new String[] {
			   "name", "InterfaceModelType",
			   "pattern", "[a-zA-Z0-9\\-_]+"
		   });
		addAnnotation
		  (interfaceBackendTypeEEnum,
		   source,
		   new String[] {
			   "name", "InterfaceBackendType"
		   });
		addAnnotation
		  (interfaceDriverNameEEnum,
		   source,
		   new String[] {
			   "name", "InterfaceDriverName"
		   });
		addAnnotation
		  (interfaceDriverTxmodeEEnum,
		   source,
		   new String[] {
			   "name", "InterfaceDriverTxmode"
		   });
		addAnnotation
		  (aliasNameEDataType,
		   source,
		   new String[] {
			   "name", "AliasName",
			   "pattern", "[a-zA-Z0-9_\\-.]+"
		   });
		addAnnotation
		  (addressTypeEEnum,
		   source,
		   new String[] {
			   "name", "AddressType"
		   });
		addAnnotation
		  (pciDomainEDataType,
		   source,
		   new String[] {
			   "name", "PciDomain",
			   "pattern", "((0x)?[0-9a-fA-F]{1,8})|([0-9]+)"
		   });
		addAnnotation
		  (addressBusEDataType,
		   source,
		   new String[] {
			   "name", "AddressBus",
			   "pattern", "(0x[0-9a-fA-F]{1,2})|(-?[0-9]+)|([0-9]{1,2})|([0-9]{1,2})|((0x)?[0-9a-fA-F]{1,3})"
		   });
		addAnnotation
		  (addressSlotEDataType,
		   source,
		   new String[] {
			   "name", "AddressSlot",
			   "pattern", "((0x)?[0-1]?[0-9a-fA-F])|(-?[0-9]+)|([0-9]{1,2})|([0-9]+)"
		   });
		addAnnotation
		  (pciFuncEDataType,
		   source,
		   new String[] {
			   "name", "PciFunc",
			   "pattern", "((0x)?[0-7])|(-?[0-9]+)"
		   });
		addAnnotation
		  (driveControllerEDataType,
		   source,
		   new String[] {
			   "name", "DriveController",
			   "pattern", "([0-9]{1,2})|([0-9]{1,2})|([0-9]{1,2})"
		   });
		addAnnotation
		  (driveTargetEDataType,
		   source,
		   new String[] {
			   "name", "DriveTarget",
			   "pattern", "[0-9]{1,2}"
		   });
		addAnnotation
		  (driveUnitEDataType,
		   source,
		   new String[] {
			   "name", "DriveUnit",
			   "pattern", "[0-9]{1,5}"
		   });
		addAnnotation
		  (addressPortEDataType,
		   source,
		   new String[] {
			   "name", "AddressPort",
			   "pattern", "([0-9]{1,2})|(((0x)?[0-9a-fA-F]{1,3}\\.){0,3}(0x)?[0-9a-fA-F]{1,3})"
		   });
		addAnnotation
		  (spaprvioRegEDataType,
		   source,
		   new String[] {
			   "name", "SpaprvioReg",
			   "pattern", "(0x)?[0-9a-fA-F]{1,8}"
		   });
		addAnnotation
		  (ccwCssidRangeEDataType,
		   source,
		   new String[] {
			   "name", "CcwCssidRange",
			   "pattern", "(0x[0-9a-eA-E][0-9a-fA-F]?)|(0x[fF][0-9a-eA-E]?)|(-?[0-9]+)"
		   });
		addAnnotation
		  (ccwSsidRangeEDataType,
		   source,
		   new String[] {
			   "name", "CcwSsidRange",
			   "pattern", "(0x)?[0-3]"
		   });
		addAnnotation
		  (ccwDevnoRangeEDataType,
		   source,
		   new String[] {
			   "name", "CcwDevnoRange",
			   "pattern", "(0x[0-9a-fA-F]{1,4})|(-?[0-9]+)"
		   });
		addAnnotation
		  (addressIobaseEDataType,
		   source,
		   new String[] {
			   "name", "AddressIobase",
			   "pattern", "0x[a-fA-F0-9]{1,4}"
		   });
		addAnnotation
		  (addressIrqEDataType,
		   source,
		   new String[] {
			   "name", "AddressIrq",
			   "pattern", "0x[a-fA-F0-9]"
		   });
		addAnnotation
		  (hexuintEDataType,
		   source,
		   new String[] {
			   "name", "Hexuint",
			   "pattern", "(0x)?[0-9a-f]+"
		   });
		addAnnotation
		  (deviceBootLoadparmEDataType,
		   source,
		   new String[] {
			   "name", "DeviceBootLoadparm",
			   "pattern", "[a-zA-Z0-9.\\s]{1,8}"
		   });
		addAnnotation
		  (interfaceVlanTrunkEEnum,
		   source,
		   new String[] {
			   "name", "InterfaceVlanTrunk"
		   });
		addAnnotation
		  (teamingTypeEEnum,
		   source,
		   new String[] {
			   "name", "TeamingType"
		   });
		addAnnotation
		  (hostdevDriverNameEEnum,
		   source,
		   new String[] {
			   "name", "HostdevDriverName"
		   });
		addAnnotation
		  (hostdevSourceStartupPolicyEEnum,
		   source,
		   new String[] {
			   "name", "HostdevSourceStartupPolicy"
		   });
		addAnnotation
		  (hostdevSourceGuestResetEEnum,
		   source,
		   new String[] {
			   "name", "HostdevSourceGuestReset"
		   });
		addAnnotation
		  (hostdevSourceProtocolEEnum,
		   source,
		   new String[] {
			   "name", "HostdevSourceProtocol"
		   });
		addAnnotation
		  (hostdevSourceWwpnEDataType,
		   source,
		   new String[] {
			   "name", "HostdevSourceWwpn",
			   "pattern", "(naa\\.)[0-9a-fA-F]{16}"
		   });
		addAnnotation
		  (osNvramSourceEncryptionFormatEEnum,
		   source,
		   new String[] {
			   "name", "OsNvramSourceEncryptionFormat"
		   });
		addAnnotation
		  (osNvramSourceEncryptionEngineEEnum,
		   source,
		   new String[] {
			   "name", "OsNvramSourceEncryptionEngine"
		   });
		addAnnotation
		  (osNvramSourceSeclabelRelabelEEnum,
		   source,
		   new String[] {
			   "name", "OsNvramSourceSeclabelRelabel"
		   });
		addAnnotation
		  (osNvramSourceSeclabelLabelskipEEnum,
		   source,
		   new String[] {
			   "name", "OsNvramSourceSeclabelLabelskip"
		   });
		addAnnotation
		  (osNvramSourceHostTransportEEnum,
		   source,
		   new String[] {
			   "name", "OsNvramSourceHostTransport"
		   });
		addAnnotation
		  (osNvramSourceHostNameEDataType,
		   source,
		   new String[] {
			   "name", "OsNvramSourceHostName",
			   "pattern", "([a-zA-Z0-9\\.\\-]+)|((((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|((([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}:[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){5}:([0-9A-Fa-f]{1,4}:)?[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){4}:([0-9A-Fa-f]{1,4}:){0,2}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){3}:([0-9A-Fa-f]{1,4}:){0,3}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){2}:([0-9A-Fa-f]{1,4}:){0,4}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(([0-9A-Fa-f]{1,4}:){0,5}:(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(::([0-9A-Fa-f]{1,4}:){0,5}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|([0-9A-Fa-f]{1,4}::([0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})|(::([0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){1,7}:)|(::))"
		   });
		addAnnotation
		  (pciBusEDataType,
		   source,
		   new String[] {
			   "name", "PciBus",
			   "pattern", "(0x[0-9a-fA-F]{1,2})|(-?[0-9]+)"
		   });
		addAnnotation
		  (pciSlotEDataType,
		   source,
		   new String[] {
			   "name", "PciSlot",
			   "pattern", "((0x)?[0-1]?[0-9a-fA-F])|(-?[0-9]+)"
		   });
		addAnnotation
		  (usbIdEDataType,
		   source,
		   new String[] {
			   "name", "UsbId",
			   "pattern", "(0x)?[0-9a-fA-F]{1,4}"
		   });
		addAnnotation
		  (sourceAddressBusEDataType,
		   source,
		   new String[] {
			   "name", "SourceAddressBus",
			   "pattern", "((0x)?[0-9a-fA-F]{1,3})|(0x[0-9a-fA-F]{1,2})|(-?[0-9]+)|((0x)?[0-9a-fA-F]{1,3})|([0-9]{1,2})"
		   });
		addAnnotation
		  (usbAddrEDataType,
		   source,
		   new String[] {
			   "name", "UsbAddr",
			   "pattern", "((0x)?[0-9a-fA-F]{1,3})|((0x)?[0-9a-fA-F]{1,3})"
		   });
		addAnnotation
		  (sourceAddressTypeEEnum,
		   source,
		   new String[] {
			   "name", "SourceAddressType"
		   });
		addAnnotation
		  (driveSCSITargetEDataType,
		   source,
		   new String[] {
			   "name", "DriveSCSITarget",
			   "pattern", "[0-9]{1,10}"
		   });
		addAnnotation
		  (driveSCSIUnitEDataType,
		   source,
		   new String[] {
			   "name", "DriveSCSIUnit",
			   "pattern", "[0-9]{1,20}"
		   });
		addAnnotation
		  (uint8EDataType,
		   source,
		   new String[] {
			   "name", "Uint8",
			   "pattern", "(0x[0-9a-fA-F]{1,2})|(-?[0-9]+)|(0x[0-9a-fA-F]{1,2})|(-?[0-9]+)"
		   });
		addAnnotation
		  (uint24EDataType,
		   source,
		   new String[] {
			   "name", "Uint24",
			   "pattern", "(0x[0-9a-fA-F]{1,6})|(-?[0-9]+)|(0x[0-9a-fA-F]{1,6})|(-?[0-9]+)"
		   });
		addAnnotation
		  (uint16EDataType,
		   source,
		   new String[] {
			   "name", "Uint16",
			   "pattern", "((0x)?[0-9a-fA-F]{1,4})|(-?[0-9]+)"
		   });
		addAnnotation
		  (filterParamNameEDataType,
		   source,
		   new String[] {
			   "name", "FilterParamName",
			   "pattern", "[a-zA-Z0-9_]+"
		   });
		addAnnotation
		  (filterParamValueEDataType,
		   source,
		   new String[] {
			   "name", "FilterParamValue",
			   "pattern", "[a-zA-Z0-9_\\.:]+"
		   });
		addAnnotation
		  (speedEDataType,
		   source,
		   new String[] {
			   "name", "Speed",
			   "pattern", "[0-9]+",
			   "minInclusive", "1",
			   "maxInclusive", "4294967295"
		   });
		addAnnotation
		  (burstSizeEDataType,
		   source,
		   new String[] {
			   "name", "BurstSize",
			   "pattern", "[0-9]+",
			   "minInclusive", "1",
			   "maxInclusive", "4294967295"
		   });
		addAnnotation
		  (interfaceVlanTagIdEDataType,
		   source,
		   new String[] {
			   "name", "InterfaceVlanTagId",
			   "minInclusive", "0",
			   "maxInclusive", "4095"
		   });
		addAnnotation
		  (interfaceVlanTagNativeModeEEnum,
		   source,
		   new String[] {
			   "name", "InterfaceVlanTagNativeMode"
		   });
		addAnnotation
		  (hostdevSourceAdapterTypeEEnum,
		   source,
		   new String[] {
			   "name", "HostdevSourceAdapterType"
		   });
		addAnnotation
		  (wwnEDataType,
		   source,
		   new String[] {
			   "name", "Wwn",
			   "pattern", "(0x)?[0-9a-fA-F]{16}"
		   });
		addAnnotation
		  (osNvramSourceSlicesSliceTypeEEnum,
		   source,
		   new String[] {
			   "name", "OsNvramSourceSlicesSliceType"
		   });
		addAnnotation
		  (osNvramSourceEncryptionSecretTypeEEnum,
		   source,
		   new String[] {
			   "name", "OsNvramSourceEncryptionSecretType"
		   });
		addAnnotation
		  (diskAuthSecretTypeEEnum,
		   source,
		   new String[] {
			   "name", "DiskAuthSecretType"
		   });
		addAnnotation
		  (osNvramSourceCookiesCookieValueEDataType,
		   source,
		   new String[] {
			   "name", "OsNvramSourceCookiesCookieValue",
			   "pattern", "\"?[!#$%25&\'()*+\\-./0-9:>=<?@A-Z\\^_`\\[\\]a-z|~]+\"?"
		   });
		addAnnotation
		  (osNvramSourceCookiesCookieNameEDataType,
		   source,
		   new String[] {
			   "name", "OsNvramSourceCookiesCookieName",
			   "pattern", "[!#$%25&\'*+\\-.0-9A-Z\\^_`a-z|~]+"
		   });
	}

} //DomainPackageImpl
