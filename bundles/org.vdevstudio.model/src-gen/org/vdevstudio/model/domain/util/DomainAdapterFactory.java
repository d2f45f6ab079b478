/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.vdevstudio.model.domain.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.vdevstudio.model.domain.DomainPackage
 * @generated
 */
public class DomainAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static DomainPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DomainAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = DomainPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DomainSwitch<Adapter> modelSwitch =
		new DomainSwitch<Adapter>() {
			@Override
			public Adapter caseDocumentRoot(DocumentRoot object) {
				return createDocumentRootAdapter();
			}
			@Override
			public Adapter caseDomain(Domain object) {
				return createDomainAdapter();
			}
			@Override
			public Adapter caseOs(Os object) {
				return createOsAdapter();
			}
			@Override
			public Adapter caseMemory(Memory object) {
				return createMemoryAdapter();
			}
			@Override
			public Adapter caseCurrentMemory(CurrentMemory object) {
				return createCurrentMemoryAdapter();
			}
			@Override
			public Adapter caseVcpu(Vcpu object) {
				return createVcpuAdapter();
			}
			@Override
			public Adapter caseDevices(Devices object) {
				return createDevicesAdapter();
			}
			@Override
			public Adapter caseOsType(OsType object) {
				return createOsTypeAdapter();
			}
			@Override
			public Adapter caseOsFirmware(OsFirmware object) {
				return createOsFirmwareAdapter();
			}
			@Override
			public Adapter caseOsLoader(OsLoader object) {
				return createOsLoaderAdapter();
			}
			@Override
			public Adapter caseOsNvram(OsNvram object) {
				return createOsNvramAdapter();
			}
			@Override
			public Adapter caseOsBoot(OsBoot object) {
				return createOsBootAdapter();
			}
			@Override
			public Adapter caseOsBootmenu(OsBootmenu object) {
				return createOsBootmenuAdapter();
			}
			@Override
			public Adapter caseOsSmbios(OsSmbios object) {
				return createOsSmbiosAdapter();
			}
			@Override
			public Adapter caseOsBios(OsBios object) {
				return createOsBiosAdapter();
			}
			@Override
			public Adapter caseOsAcpi(OsAcpi object) {
				return createOsAcpiAdapter();
			}
			@Override
			public Adapter caseOsInitenv(OsInitenv object) {
				return createOsInitenvAdapter();
			}
			@Override
			public Adapter caseInterface(Interface object) {
				return createInterfaceAdapter();
			}
			@Override
			public Adapter caseHostdev(Hostdev object) {
				return createHostdevAdapter();
			}
			@Override
			public Adapter caseOsFirmwareFeature(OsFirmwareFeature object) {
				return createOsFirmwareFeatureAdapter();
			}
			@Override
			public Adapter caseOsNvramSource(OsNvramSource object) {
				return createOsNvramSourceAdapter();
			}
			@Override
			public Adapter caseOsAcpiTable(OsAcpiTable object) {
				return createOsAcpiTableAdapter();
			}
			@Override
			public Adapter caseInterfaceSource(InterfaceSource object) {
				return createInterfaceSourceAdapter();
			}
			@Override
			public Adapter caseInterfaceVirtualport(InterfaceVirtualport object) {
				return createInterfaceVirtualportAdapter();
			}
			@Override
			public Adapter caseInterfaceLink(InterfaceLink object) {
				return createInterfaceLinkAdapter();
			}
			@Override
			public Adapter caseInterfaceMtu(InterfaceMtu object) {
				return createInterfaceMtuAdapter();
			}
			@Override
			public Adapter caseInterfaceCoalesce(InterfaceCoalesce object) {
				return createInterfaceCoalesceAdapter();
			}
			@Override
			public Adapter caseInterfaceTarget(InterfaceTarget object) {
				return createInterfaceTargetAdapter();
			}
			@Override
			public Adapter caseInterfaceGuest(InterfaceGuest object) {
				return createInterfaceGuestAdapter();
			}
			@Override
			public Adapter caseInterfaceMac(InterfaceMac object) {
				return createInterfaceMacAdapter();
			}
			@Override
			public Adapter caseInterfaceIpInfo(InterfaceIpInfo object) {
				return createInterfaceIpInfoAdapter();
			}
			@Override
			public Adapter caseRoute(Route object) {
				return createRouteAdapter();
			}
			@Override
			public Adapter caseInterfacePortForward(InterfacePortForward object) {
				return createInterfacePortForwardAdapter();
			}
			@Override
			public Adapter caseInterfaceScript(InterfaceScript object) {
				return createInterfaceScriptAdapter();
			}
			@Override
			public Adapter caseInterfaceDownscript(InterfaceDownscript object) {
				return createInterfaceDownscriptAdapter();
			}
			@Override
			public Adapter caseInterfaceBackenddomain(InterfaceBackenddomain object) {
				return createInterfaceBackenddomainAdapter();
			}
			@Override
			public Adapter caseInterfaceModel(InterfaceModel object) {
				return createInterfaceModelAdapter();
			}
			@Override
			public Adapter caseInterfaceBackend(InterfaceBackend object) {
				return createInterfaceBackendAdapter();
			}
			@Override
			public Adapter caseInterfaceDriver(InterfaceDriver object) {
				return createInterfaceDriverAdapter();
			}
			@Override
			public Adapter caseAlias(Alias object) {
				return createAliasAdapter();
			}
			@Override
			public Adapter caseAcpi(Acpi object) {
				return createAcpiAdapter();
			}
			@Override
			public Adapter caseAddress(Address object) {
				return createAddressAdapter();
			}
			@Override
			public Adapter caseInterfaceFilterref(InterfaceFilterref object) {
				return createInterfaceFilterrefAdapter();
			}
			@Override
			public Adapter caseInterfaceTune(InterfaceTune object) {
				return createInterfaceTuneAdapter();
			}
			@Override
			public Adapter caseDeviceBoot(DeviceBoot object) {
				return createDeviceBootAdapter();
			}
			@Override
			public Adapter caseRom(Rom object) {
				return createRomAdapter();
			}
			@Override
			public Adapter caseInterfaceBandwidth(InterfaceBandwidth object) {
				return createInterfaceBandwidthAdapter();
			}
			@Override
			public Adapter caseInterfaceVlan(InterfaceVlan object) {
				return createInterfaceVlanAdapter();
			}
			@Override
			public Adapter caseInterfacePort(InterfacePort object) {
				return createInterfacePortAdapter();
			}
			@Override
			public Adapter caseTeaming(Teaming object) {
				return createTeamingAdapter();
			}
			@Override
			public Adapter caseHostdevDriver(HostdevDriver object) {
				return createHostdevDriverAdapter();
			}
			@Override
			public Adapter caseHostdevSource(HostdevSource object) {
				return createHostdevSourceAdapter();
			}
			@Override
			public Adapter caseOsNvramSourceSlices(OsNvramSourceSlices object) {
				return createOsNvramSourceSlicesAdapter();
			}
			@Override
			public Adapter caseOsNvramSourceEncryption(OsNvramSourceEncryption object) {
				return createOsNvramSourceEncryptionAdapter();
			}
			@Override
			public Adapter caseOsNvramSourceSeclabel(OsNvramSourceSeclabel object) {
				return createOsNvramSourceSeclabelAdapter();
			}
			@Override
			public Adapter caseOsNvramSourceReservations(OsNvramSourceReservations object) {
				return createOsNvramSourceReservationsAdapter();
			}
			@Override
			public Adapter caseOsNvramSourceHost(OsNvramSourceHost object) {
				return createOsNvramSourceHostAdapter();
			}
			@Override
			public Adapter caseOsNvramSourceSnapshot(OsNvramSourceSnapshot object) {
				return createOsNvramSourceSnapshotAdapter();
			}
			@Override
			public Adapter caseOsNvramSourceConfig(OsNvramSourceConfig object) {
				return createOsNvramSourceConfigAdapter();
			}
			@Override
			public Adapter caseDiskAuth(DiskAuth object) {
				return createDiskAuthAdapter();
			}
			@Override
			public Adapter caseInitiatorinfo(Initiatorinfo object) {
				return createInitiatorinfoAdapter();
			}
			@Override
			public Adapter caseOsNvramSourceCookies(OsNvramSourceCookies object) {
				return createOsNvramSourceCookiesAdapter();
			}
			@Override
			public Adapter caseOsNvramSourceReadahead(OsNvramSourceReadahead object) {
				return createOsNvramSourceReadaheadAdapter();
			}
			@Override
			public Adapter caseOsNvramSourceTimeout(OsNvramSourceTimeout object) {
				return createOsNvramSourceTimeoutAdapter();
			}
			@Override
			public Adapter caseOsNvramSourceSsl(OsNvramSourceSsl object) {
				return createOsNvramSourceSslAdapter();
			}
			@Override
			public Adapter caseOsNvramSourceIdentity(OsNvramSourceIdentity object) {
				return createOsNvramSourceIdentityAdapter();
			}
			@Override
			public Adapter caseOsNvramSourceAddress(OsNvramSourceAddress object) {
				return createOsNvramSourceAddressAdapter();
			}
			@Override
			public Adapter caseReconnect(Reconnect object) {
				return createReconnectAdapter();
			}
			@Override
			public Adapter caseInterfaceSourceLocal(InterfaceSourceLocal object) {
				return createInterfaceSourceLocalAdapter();
			}
			@Override
			public Adapter caseSourceVendor(SourceVendor object) {
				return createSourceVendorAdapter();
			}
			@Override
			public Adapter caseSourceProduct(SourceProduct object) {
				return createSourceProductAdapter();
			}
			@Override
			public Adapter caseSourceAddress(SourceAddress object) {
				return createSourceAddressAdapter();
			}
			@Override
			public Adapter caseInterfaceVirtualportParameters(InterfaceVirtualportParameters object) {
				return createInterfaceVirtualportParametersAdapter();
			}
			@Override
			public Adapter caseInterfaceCoalesceRx(InterfaceCoalesceRx object) {
				return createInterfaceCoalesceRxAdapter();
			}
			@Override
			public Adapter caseInterfacePortForwardRange(InterfacePortForwardRange object) {
				return createInterfacePortForwardRangeAdapter();
			}
			@Override
			public Adapter caseInterfaceDriverHost(InterfaceDriverHost object) {
				return createInterfaceDriverHostAdapter();
			}
			@Override
			public Adapter caseInterfaceDriverGuest(InterfaceDriverGuest object) {
				return createInterfaceDriverGuestAdapter();
			}
			@Override
			public Adapter caseAddressZpci(AddressZpci object) {
				return createAddressZpciAdapter();
			}
			@Override
			public Adapter caseInterfaceFilterrefParameter(InterfaceFilterrefParameter object) {
				return createInterfaceFilterrefParameterAdapter();
			}
			@Override
			public Adapter caseInterfaceBandwidthInbound(InterfaceBandwidthInbound object) {
				return createInterfaceBandwidthInboundAdapter();
			}
			@Override
			public Adapter caseInterfaceBandwidthOutbound(InterfaceBandwidthOutbound object) {
				return createInterfaceBandwidthOutboundAdapter();
			}
			@Override
			public Adapter caseInterfaceVlanTag(InterfaceVlanTag object) {
				return createInterfaceVlanTagAdapter();
			}
			@Override
			public Adapter caseHostdevSourceAdapter(HostdevSourceAdapter object) {
				return createHostdevSourceAdapterAdapter();
			}
			@Override
			public Adapter caseHostdevSourceHost(HostdevSourceHost object) {
				return createHostdevSourceHostAdapter();
			}
			@Override
			public Adapter caseOsNvramSourceSlicesSlice(OsNvramSourceSlicesSlice object) {
				return createOsNvramSourceSlicesSliceAdapter();
			}
			@Override
			public Adapter caseOsNvramSourceEncryptionSecret(OsNvramSourceEncryptionSecret object) {
				return createOsNvramSourceEncryptionSecretAdapter();
			}
			@Override
			public Adapter caseOsNvramSourceEncryptionCipher(OsNvramSourceEncryptionCipher object) {
				return createOsNvramSourceEncryptionCipherAdapter();
			}
			@Override
			public Adapter caseOsNvramSourceEncryptionIvgen(OsNvramSourceEncryptionIvgen object) {
				return createOsNvramSourceEncryptionIvgenAdapter();
			}
			@Override
			public Adapter caseDiskAuthSecret(DiskAuthSecret object) {
				return createDiskAuthSecretAdapter();
			}
			@Override
			public Adapter caseInitiatorinfoIqn(InitiatorinfoIqn object) {
				return createInitiatorinfoIqnAdapter();
			}
			@Override
			public Adapter caseOsNvramSourceCookiesCookie(OsNvramSourceCookiesCookie object) {
				return createOsNvramSourceCookiesCookieAdapter();
			}
			@Override
			public Adapter caseInterfaceCoalesceRxFrames(InterfaceCoalesceRxFrames object) {
				return createInterfaceCoalesceRxFramesAdapter();
			}
			@Override
			public Adapter caseHostdevSourceAdapterParentaddr(HostdevSourceAdapterParentaddr object) {
				return createHostdevSourceAdapterParentaddrAdapter();
			}
			@Override
			public Adapter caseHostdevSourceAdapterParentaddrAddress(HostdevSourceAdapterParentaddrAddress object) {
				return createHostdevSourceAdapterParentaddrAddressAdapter();
			}
			@Override
			public Adapter caseEmptyElement(EmptyElement object) {
				return createEmptyElementAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.DocumentRoot <em>Document Root</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.DocumentRoot
	 * @generated
	 */
	public Adapter createDocumentRootAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.Domain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.Domain
	 * @generated
	 */
	public Adapter createDomainAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.Os <em>Os</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.Os
	 * @generated
	 */
	public Adapter createOsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.Memory <em>Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.Memory
	 * @generated
	 */
	public Adapter createMemoryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.CurrentMemory <em>Current Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.CurrentMemory
	 * @generated
	 */
	public Adapter createCurrentMemoryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.Vcpu <em>Vcpu</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.Vcpu
	 * @generated
	 */
	public Adapter createVcpuAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.Devices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.Devices
	 * @generated
	 */
	public Adapter createDevicesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsType <em>Os Type</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsType
	 * @generated
	 */
	public Adapter createOsTypeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsFirmware <em>Os Firmware</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsFirmware
	 * @generated
	 */
	public Adapter createOsFirmwareAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsLoader <em>Os Loader</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsLoader
	 * @generated
	 */
	public Adapter createOsLoaderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsNvram <em>Os Nvram</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsNvram
	 * @generated
	 */
	public Adapter createOsNvramAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsBoot <em>Os Boot</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsBoot
	 * @generated
	 */
	public Adapter createOsBootAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsBootmenu <em>Os Bootmenu</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsBootmenu
	 * @generated
	 */
	public Adapter createOsBootmenuAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsSmbios <em>Os Smbios</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsSmbios
	 * @generated
	 */
	public Adapter createOsSmbiosAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsBios <em>Os Bios</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsBios
	 * @generated
	 */
	public Adapter createOsBiosAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsAcpi <em>Os Acpi</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsAcpi
	 * @generated
	 */
	public Adapter createOsAcpiAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsInitenv <em>Os Initenv</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsInitenv
	 * @generated
	 */
	public Adapter createOsInitenvAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.Interface <em>Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.Interface
	 * @generated
	 */
	public Adapter createInterfaceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.Hostdev <em>Hostdev</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.Hostdev
	 * @generated
	 */
	public Adapter createHostdevAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsFirmwareFeature <em>Os Firmware Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsFirmwareFeature
	 * @generated
	 */
	public Adapter createOsFirmwareFeatureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsNvramSource <em>Os Nvram Source</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsNvramSource
	 * @generated
	 */
	public Adapter createOsNvramSourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsAcpiTable <em>Os Acpi Table</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsAcpiTable
	 * @generated
	 */
	public Adapter createOsAcpiTableAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceSource <em>Interface Source</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceSource
	 * @generated
	 */
	public Adapter createInterfaceSourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceVirtualport <em>Interface Virtualport</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceVirtualport
	 * @generated
	 */
	public Adapter createInterfaceVirtualportAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceLink <em>Interface Link</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceLink
	 * @generated
	 */
	public Adapter createInterfaceLinkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceMtu <em>Interface Mtu</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceMtu
	 * @generated
	 */
	public Adapter createInterfaceMtuAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceCoalesce <em>Interface Coalesce</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceCoalesce
	 * @generated
	 */
	public Adapter createInterfaceCoalesceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceTarget <em>Interface Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceTarget
	 * @generated
	 */
	public Adapter createInterfaceTargetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceGuest <em>Interface Guest</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceGuest
	 * @generated
	 */
	public Adapter createInterfaceGuestAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceMac <em>Interface Mac</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceMac
	 * @generated
	 */
	public Adapter createInterfaceMacAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceIpInfo <em>Interface Ip Info</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceIpInfo
	 * @generated
	 */
	public Adapter createInterfaceIpInfoAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.Route <em>Route</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.Route
	 * @generated
	 */
	public Adapter createRouteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfacePortForward <em>Interface Port Forward</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfacePortForward
	 * @generated
	 */
	public Adapter createInterfacePortForwardAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceScript <em>Interface Script</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceScript
	 * @generated
	 */
	public Adapter createInterfaceScriptAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceDownscript <em>Interface Downscript</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceDownscript
	 * @generated
	 */
	public Adapter createInterfaceDownscriptAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceBackenddomain <em>Interface Backenddomain</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceBackenddomain
	 * @generated
	 */
	public Adapter createInterfaceBackenddomainAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceModel <em>Interface Model</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceModel
	 * @generated
	 */
	public Adapter createInterfaceModelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceBackend <em>Interface Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceBackend
	 * @generated
	 */
	public Adapter createInterfaceBackendAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceDriver <em>Interface Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceDriver
	 * @generated
	 */
	public Adapter createInterfaceDriverAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.Alias <em>Alias</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.Alias
	 * @generated
	 */
	public Adapter createAliasAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.Acpi <em>Acpi</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.Acpi
	 * @generated
	 */
	public Adapter createAcpiAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.Address <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.Address
	 * @generated
	 */
	public Adapter createAddressAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceFilterref <em>Interface Filterref</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceFilterref
	 * @generated
	 */
	public Adapter createInterfaceFilterrefAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceTune <em>Interface Tune</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceTune
	 * @generated
	 */
	public Adapter createInterfaceTuneAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.DeviceBoot <em>Device Boot</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.DeviceBoot
	 * @generated
	 */
	public Adapter createDeviceBootAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.Rom <em>Rom</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.Rom
	 * @generated
	 */
	public Adapter createRomAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceBandwidth <em>Interface Bandwidth</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidth
	 * @generated
	 */
	public Adapter createInterfaceBandwidthAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceVlan <em>Interface Vlan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceVlan
	 * @generated
	 */
	public Adapter createInterfaceVlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfacePort <em>Interface Port</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfacePort
	 * @generated
	 */
	public Adapter createInterfacePortAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.Teaming <em>Teaming</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.Teaming
	 * @generated
	 */
	public Adapter createTeamingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.HostdevDriver <em>Hostdev Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.HostdevDriver
	 * @generated
	 */
	public Adapter createHostdevDriverAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.HostdevSource <em>Hostdev Source</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.HostdevSource
	 * @generated
	 */
	public Adapter createHostdevSourceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsNvramSourceSlices <em>Os Nvram Source Slices</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSlices
	 * @generated
	 */
	public Adapter createOsNvramSourceSlicesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsNvramSourceEncryption <em>Os Nvram Source Encryption</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryption
	 * @generated
	 */
	public Adapter createOsNvramSourceEncryptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsNvramSourceSeclabel <em>Os Nvram Source Seclabel</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSeclabel
	 * @generated
	 */
	public Adapter createOsNvramSourceSeclabelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsNvramSourceReservations <em>Os Nvram Source Reservations</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsNvramSourceReservations
	 * @generated
	 */
	public Adapter createOsNvramSourceReservationsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsNvramSourceHost <em>Os Nvram Source Host</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsNvramSourceHost
	 * @generated
	 */
	public Adapter createOsNvramSourceHostAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsNvramSourceSnapshot <em>Os Nvram Source Snapshot</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSnapshot
	 * @generated
	 */
	public Adapter createOsNvramSourceSnapshotAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsNvramSourceConfig <em>Os Nvram Source Config</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsNvramSourceConfig
	 * @generated
	 */
	public Adapter createOsNvramSourceConfigAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.DiskAuth <em>Disk Auth</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.DiskAuth
	 * @generated
	 */
	public Adapter createDiskAuthAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.Initiatorinfo <em>Initiatorinfo</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.Initiatorinfo
	 * @generated
	 */
	public Adapter createInitiatorinfoAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsNvramSourceCookies <em>Os Nvram Source Cookies</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsNvramSourceCookies
	 * @generated
	 */
	public Adapter createOsNvramSourceCookiesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsNvramSourceReadahead <em>Os Nvram Source Readahead</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsNvramSourceReadahead
	 * @generated
	 */
	public Adapter createOsNvramSourceReadaheadAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsNvramSourceTimeout <em>Os Nvram Source Timeout</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsNvramSourceTimeout
	 * @generated
	 */
	public Adapter createOsNvramSourceTimeoutAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsNvramSourceSsl <em>Os Nvram Source Ssl</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSsl
	 * @generated
	 */
	public Adapter createOsNvramSourceSslAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsNvramSourceIdentity <em>Os Nvram Source Identity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsNvramSourceIdentity
	 * @generated
	 */
	public Adapter createOsNvramSourceIdentityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsNvramSourceAddress <em>Os Nvram Source Address</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsNvramSourceAddress
	 * @generated
	 */
	public Adapter createOsNvramSourceAddressAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.Reconnect <em>Reconnect</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.Reconnect
	 * @generated
	 */
	public Adapter createReconnectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceSourceLocal <em>Interface Source Local</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceSourceLocal
	 * @generated
	 */
	public Adapter createInterfaceSourceLocalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.SourceVendor <em>Source Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.SourceVendor
	 * @generated
	 */
	public Adapter createSourceVendorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.SourceProduct <em>Source Product</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.SourceProduct
	 * @generated
	 */
	public Adapter createSourceProductAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.SourceAddress <em>Source Address</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.SourceAddress
	 * @generated
	 */
	public Adapter createSourceAddressAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters <em>Interface Virtualport Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceVirtualportParameters
	 * @generated
	 */
	public Adapter createInterfaceVirtualportParametersAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceCoalesceRx <em>Interface Coalesce Rx</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceCoalesceRx
	 * @generated
	 */
	public Adapter createInterfaceCoalesceRxAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfacePortForwardRange <em>Interface Port Forward Range</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfacePortForwardRange
	 * @generated
	 */
	public Adapter createInterfacePortForwardRangeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceDriverHost <em>Interface Driver Host</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceDriverHost
	 * @generated
	 */
	public Adapter createInterfaceDriverHostAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceDriverGuest <em>Interface Driver Guest</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceDriverGuest
	 * @generated
	 */
	public Adapter createInterfaceDriverGuestAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.AddressZpci <em>Address Zpci</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.AddressZpci
	 * @generated
	 */
	public Adapter createAddressZpciAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceFilterrefParameter <em>Interface Filterref Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceFilterrefParameter
	 * @generated
	 */
	public Adapter createInterfaceFilterrefParameterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceBandwidthInbound <em>Interface Bandwidth Inbound</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidthInbound
	 * @generated
	 */
	public Adapter createInterfaceBandwidthInboundAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceBandwidthOutbound <em>Interface Bandwidth Outbound</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidthOutbound
	 * @generated
	 */
	public Adapter createInterfaceBandwidthOutboundAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceVlanTag <em>Interface Vlan Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceVlanTag
	 * @generated
	 */
	public Adapter createInterfaceVlanTagAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.HostdevSourceAdapter <em>Hostdev Source Adapter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapter
	 * @generated
	 */
	public Adapter createHostdevSourceAdapterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.HostdevSourceHost <em>Hostdev Source Host</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.HostdevSourceHost
	 * @generated
	 */
	public Adapter createHostdevSourceHostAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsNvramSourceSlicesSlice <em>Os Nvram Source Slices Slice</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSlicesSlice
	 * @generated
	 */
	public Adapter createOsNvramSourceSlicesSliceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret <em>Os Nvram Source Encryption Secret</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret
	 * @generated
	 */
	public Adapter createOsNvramSourceEncryptionSecretAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionCipher <em>Os Nvram Source Encryption Cipher</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionCipher
	 * @generated
	 */
	public Adapter createOsNvramSourceEncryptionCipherAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionIvgen <em>Os Nvram Source Encryption Ivgen</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionIvgen
	 * @generated
	 */
	public Adapter createOsNvramSourceEncryptionIvgenAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.DiskAuthSecret <em>Disk Auth Secret</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.DiskAuthSecret
	 * @generated
	 */
	public Adapter createDiskAuthSecretAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InitiatorinfoIqn <em>Initiatorinfo Iqn</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InitiatorinfoIqn
	 * @generated
	 */
	public Adapter createInitiatorinfoIqnAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.OsNvramSourceCookiesCookie <em>Os Nvram Source Cookies Cookie</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.OsNvramSourceCookiesCookie
	 * @generated
	 */
	public Adapter createOsNvramSourceCookiesCookieAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.InterfaceCoalesceRxFrames <em>Interface Coalesce Rx Frames</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.InterfaceCoalesceRxFrames
	 * @generated
	 */
	public Adapter createInterfaceCoalesceRxFramesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.HostdevSourceAdapterParentaddr <em>Hostdev Source Adapter Parentaddr</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapterParentaddr
	 * @generated
	 */
	public Adapter createHostdevSourceAdapterParentaddrAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.HostdevSourceAdapterParentaddrAddress <em>Hostdev Source Adapter Parentaddr Address</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapterParentaddrAddress
	 * @generated
	 */
	public Adapter createHostdevSourceAdapterParentaddrAddressAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.vdevstudio.model.domain.EmptyElement <em>Empty Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.vdevstudio.model.domain.EmptyElement
	 * @generated
	 */
	public Adapter createEmptyElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //DomainAdapterFactory
