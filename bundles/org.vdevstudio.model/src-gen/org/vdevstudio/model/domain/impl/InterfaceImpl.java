/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.BasicFeatureMap;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.InternalEList;

import org.vdevstudio.model.domain.Acpi;
import org.vdevstudio.model.domain.Address;
import org.vdevstudio.model.domain.Alias;
import org.vdevstudio.model.domain.DeviceBoot;
import org.vdevstudio.model.domain.DomainPackage;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.model.domain.InterfaceBackend;
import org.vdevstudio.model.domain.InterfaceBackenddomain;
import org.vdevstudio.model.domain.InterfaceBandwidth;
import org.vdevstudio.model.domain.InterfaceCoalesce;
import org.vdevstudio.model.domain.InterfaceDownscript;
import org.vdevstudio.model.domain.InterfaceDriver;
import org.vdevstudio.model.domain.InterfaceFilterref;
import org.vdevstudio.model.domain.InterfaceGuest;
import org.vdevstudio.model.domain.InterfaceIpInfo;
import org.vdevstudio.model.domain.InterfaceLink;
import org.vdevstudio.model.domain.InterfaceMac;
import org.vdevstudio.model.domain.InterfaceModel;
import org.vdevstudio.model.domain.InterfaceMtu;
import org.vdevstudio.model.domain.InterfacePort;
import org.vdevstudio.model.domain.InterfacePortForward;
import org.vdevstudio.model.domain.InterfaceScript;
import org.vdevstudio.model.domain.InterfaceSource;
import org.vdevstudio.model.domain.InterfaceTarget;
import org.vdevstudio.model.domain.InterfaceTune;
import org.vdevstudio.model.domain.InterfaceType;
import org.vdevstudio.model.domain.InterfaceVirtualport;
import org.vdevstudio.model.domain.InterfaceVlan;
import org.vdevstudio.model.domain.Rom;
import org.vdevstudio.model.domain.Route;
import org.vdevstudio.model.domain.Teaming;
import org.vdevstudio.model.domain.VirYesNo;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interface</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getVirtualport <em>Virtualport</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getLink <em>Link</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getMtu <em>Mtu</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getCoalesce <em>Coalesce</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getGuest <em>Guest</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getMac <em>Mac</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getIps <em>Ips</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getRoutes <em>Routes</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getPortForwards <em>Port Forwards</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getScript <em>Script</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getDownscript <em>Downscript</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getBackenddomain <em>Backenddomain</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getModel <em>Model</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getBackend <em>Backend</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getDriver <em>Driver</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getAlias <em>Alias</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getAcpi <em>Acpi</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getFilterref <em>Filterref</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getTune <em>Tune</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getBoot <em>Boot</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getRom <em>Rom</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getBandwidth <em>Bandwidth</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getVlan <em>Vlan</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getPort <em>Port</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getTeaming <em>Teaming</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getManaged <em>Managed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getTrustGuestRxFilters <em>Trust Guest Rx Filters</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceImpl#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterfaceImpl extends EObjectImpl implements Interface {
	/**
	 * The cached value of the '{@link #getMixed() <em>Mixed</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMixed()
	 * @generated
	 * @ordered
	 */
	protected FeatureMap mixed;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final InterfaceType TYPE_EDEFAULT = InterfaceType.BRIDGE;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected InterfaceType type = TYPE_EDEFAULT;

	/**
	 * This is true if the Type attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean typeESet;

	/**
	 * The default value of the '{@link #getManaged() <em>Managed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManaged()
	 * @generated
	 * @ordered
	 */
	protected static final VirYesNo MANAGED_EDEFAULT = VirYesNo.YES;

	/**
	 * The cached value of the '{@link #getManaged() <em>Managed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManaged()
	 * @generated
	 * @ordered
	 */
	protected VirYesNo managed = MANAGED_EDEFAULT;

	/**
	 * This is true if the Managed attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean managedESet;

	/**
	 * The default value of the '{@link #getTrustGuestRxFilters() <em>Trust Guest Rx Filters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrustGuestRxFilters()
	 * @generated
	 * @ordered
	 */
	protected static final VirYesNo TRUST_GUEST_RX_FILTERS_EDEFAULT = VirYesNo.YES;

	/**
	 * The cached value of the '{@link #getTrustGuestRxFilters() <em>Trust Guest Rx Filters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrustGuestRxFilters()
	 * @generated
	 * @ordered
	 */
	protected VirYesNo trustGuestRxFilters = TRUST_GUEST_RX_FILTERS_EDEFAULT;

	/**
	 * This is true if the Trust Guest Rx Filters attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean trustGuestRxFiltersESet;

	/**
	 * The cached value of the '{@link #getAnyAttribute() <em>Any Attribute</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnyAttribute()
	 * @generated
	 * @ordered
	 */
	protected FeatureMap anyAttribute;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InterfaceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DomainPackage.Literals.INTERFACE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getMixed() {
		if (mixed == null) {
			mixed = new BasicFeatureMap(this, DomainPackage.INTERFACE__MIXED);
		}
		return mixed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceSource getSource() {
		return (InterfaceSource)getMixed().get(DomainPackage.Literals.INTERFACE__SOURCE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSource(InterfaceSource newSource, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__SOURCE, newSource, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(InterfaceSource newSource) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__SOURCE, newSource);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceVirtualport getVirtualport() {
		return (InterfaceVirtualport)getMixed().get(DomainPackage.Literals.INTERFACE__VIRTUALPORT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetVirtualport(InterfaceVirtualport newVirtualport, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__VIRTUALPORT, newVirtualport, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVirtualport(InterfaceVirtualport newVirtualport) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__VIRTUALPORT, newVirtualport);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceLink getLink() {
		return (InterfaceLink)getMixed().get(DomainPackage.Literals.INTERFACE__LINK, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLink(InterfaceLink newLink, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__LINK, newLink, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLink(InterfaceLink newLink) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__LINK, newLink);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceMtu getMtu() {
		return (InterfaceMtu)getMixed().get(DomainPackage.Literals.INTERFACE__MTU, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMtu(InterfaceMtu newMtu, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__MTU, newMtu, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMtu(InterfaceMtu newMtu) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__MTU, newMtu);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceCoalesce getCoalesce() {
		return (InterfaceCoalesce)getMixed().get(DomainPackage.Literals.INTERFACE__COALESCE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCoalesce(InterfaceCoalesce newCoalesce, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__COALESCE, newCoalesce, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoalesce(InterfaceCoalesce newCoalesce) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__COALESCE, newCoalesce);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceTarget getTarget() {
		return (InterfaceTarget)getMixed().get(DomainPackage.Literals.INTERFACE__TARGET, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTarget(InterfaceTarget newTarget, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__TARGET, newTarget, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(InterfaceTarget newTarget) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__TARGET, newTarget);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceGuest getGuest() {
		return (InterfaceGuest)getMixed().get(DomainPackage.Literals.INTERFACE__GUEST, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGuest(InterfaceGuest newGuest, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__GUEST, newGuest, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuest(InterfaceGuest newGuest) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__GUEST, newGuest);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceMac getMac() {
		return (InterfaceMac)getMixed().get(DomainPackage.Literals.INTERFACE__MAC, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMac(InterfaceMac newMac, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__MAC, newMac, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMac(InterfaceMac newMac) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__MAC, newMac);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InterfaceIpInfo> getIps() {
		return getMixed().list(DomainPackage.Literals.INTERFACE__IPS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Route> getRoutes() {
		return getMixed().list(DomainPackage.Literals.INTERFACE__ROUTES);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InterfacePortForward> getPortForwards() {
		return getMixed().list(DomainPackage.Literals.INTERFACE__PORT_FORWARDS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceScript getScript() {
		return (InterfaceScript)getMixed().get(DomainPackage.Literals.INTERFACE__SCRIPT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetScript(InterfaceScript newScript, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__SCRIPT, newScript, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScript(InterfaceScript newScript) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__SCRIPT, newScript);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceDownscript getDownscript() {
		return (InterfaceDownscript)getMixed().get(DomainPackage.Literals.INTERFACE__DOWNSCRIPT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDownscript(InterfaceDownscript newDownscript, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__DOWNSCRIPT, newDownscript, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDownscript(InterfaceDownscript newDownscript) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__DOWNSCRIPT, newDownscript);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceBackenddomain getBackenddomain() {
		return (InterfaceBackenddomain)getMixed().get(DomainPackage.Literals.INTERFACE__BACKENDDOMAIN, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBackenddomain(InterfaceBackenddomain newBackenddomain, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__BACKENDDOMAIN, newBackenddomain, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackenddomain(InterfaceBackenddomain newBackenddomain) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__BACKENDDOMAIN, newBackenddomain);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceModel getModel() {
		return (InterfaceModel)getMixed().get(DomainPackage.Literals.INTERFACE__MODEL, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetModel(InterfaceModel newModel, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__MODEL, newModel, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModel(InterfaceModel newModel) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__MODEL, newModel);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceBackend getBackend() {
		return (InterfaceBackend)getMixed().get(DomainPackage.Literals.INTERFACE__BACKEND, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBackend(InterfaceBackend newBackend, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__BACKEND, newBackend, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackend(InterfaceBackend newBackend) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__BACKEND, newBackend);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceDriver getDriver() {
		return (InterfaceDriver)getMixed().get(DomainPackage.Literals.INTERFACE__DRIVER, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDriver(InterfaceDriver newDriver, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__DRIVER, newDriver, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriver(InterfaceDriver newDriver) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__DRIVER, newDriver);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Alias getAlias() {
		return (Alias)getMixed().get(DomainPackage.Literals.INTERFACE__ALIAS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAlias(Alias newAlias, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__ALIAS, newAlias, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlias(Alias newAlias) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__ALIAS, newAlias);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Acpi getAcpi() {
		return (Acpi)getMixed().get(DomainPackage.Literals.INTERFACE__ACPI, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAcpi(Acpi newAcpi, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__ACPI, newAcpi, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcpi(Acpi newAcpi) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__ACPI, newAcpi);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Address getAddress() {
		return (Address)getMixed().get(DomainPackage.Literals.INTERFACE__ADDRESS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAddress(Address newAddress, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__ADDRESS, newAddress, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(Address newAddress) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__ADDRESS, newAddress);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceFilterref getFilterref() {
		return (InterfaceFilterref)getMixed().get(DomainPackage.Literals.INTERFACE__FILTERREF, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFilterref(InterfaceFilterref newFilterref, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__FILTERREF, newFilterref, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFilterref(InterfaceFilterref newFilterref) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__FILTERREF, newFilterref);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceTune getTune() {
		return (InterfaceTune)getMixed().get(DomainPackage.Literals.INTERFACE__TUNE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTune(InterfaceTune newTune, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__TUNE, newTune, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTune(InterfaceTune newTune) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__TUNE, newTune);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceBoot getBoot() {
		return (DeviceBoot)getMixed().get(DomainPackage.Literals.INTERFACE__BOOT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBoot(DeviceBoot newBoot, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__BOOT, newBoot, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBoot(DeviceBoot newBoot) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__BOOT, newBoot);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rom getRom() {
		return (Rom)getMixed().get(DomainPackage.Literals.INTERFACE__ROM, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRom(Rom newRom, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__ROM, newRom, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRom(Rom newRom) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__ROM, newRom);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceBandwidth getBandwidth() {
		return (InterfaceBandwidth)getMixed().get(DomainPackage.Literals.INTERFACE__BANDWIDTH, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBandwidth(InterfaceBandwidth newBandwidth, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__BANDWIDTH, newBandwidth, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBandwidth(InterfaceBandwidth newBandwidth) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__BANDWIDTH, newBandwidth);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceVlan getVlan() {
		return (InterfaceVlan)getMixed().get(DomainPackage.Literals.INTERFACE__VLAN, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetVlan(InterfaceVlan newVlan, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__VLAN, newVlan, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVlan(InterfaceVlan newVlan) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__VLAN, newVlan);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfacePort getPort() {
		return (InterfacePort)getMixed().get(DomainPackage.Literals.INTERFACE__PORT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPort(InterfacePort newPort, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__PORT, newPort, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(InterfacePort newPort) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__PORT, newPort);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Teaming getTeaming() {
		return (Teaming)getMixed().get(DomainPackage.Literals.INTERFACE__TEAMING, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTeaming(Teaming newTeaming, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE__TEAMING, newTeaming, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTeaming(Teaming newTeaming) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE__TEAMING, newTeaming);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(InterfaceType newType) {
		InterfaceType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		boolean oldTypeESet = typeESet;
		typeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE__TYPE, oldType, type, !oldTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetType() {
		InterfaceType oldType = type;
		boolean oldTypeESet = typeESet;
		type = TYPE_EDEFAULT;
		typeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE__TYPE, oldType, TYPE_EDEFAULT, oldTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetType() {
		return typeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirYesNo getManaged() {
		return managed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManaged(VirYesNo newManaged) {
		VirYesNo oldManaged = managed;
		managed = newManaged == null ? MANAGED_EDEFAULT : newManaged;
		boolean oldManagedESet = managedESet;
		managedESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE__MANAGED, oldManaged, managed, !oldManagedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetManaged() {
		VirYesNo oldManaged = managed;
		boolean oldManagedESet = managedESet;
		managed = MANAGED_EDEFAULT;
		managedESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE__MANAGED, oldManaged, MANAGED_EDEFAULT, oldManagedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetManaged() {
		return managedESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirYesNo getTrustGuestRxFilters() {
		return trustGuestRxFilters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrustGuestRxFilters(VirYesNo newTrustGuestRxFilters) {
		VirYesNo oldTrustGuestRxFilters = trustGuestRxFilters;
		trustGuestRxFilters = newTrustGuestRxFilters == null ? TRUST_GUEST_RX_FILTERS_EDEFAULT : newTrustGuestRxFilters;
		boolean oldTrustGuestRxFiltersESet = trustGuestRxFiltersESet;
		trustGuestRxFiltersESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE__TRUST_GUEST_RX_FILTERS, oldTrustGuestRxFilters, trustGuestRxFilters, !oldTrustGuestRxFiltersESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTrustGuestRxFilters() {
		VirYesNo oldTrustGuestRxFilters = trustGuestRxFilters;
		boolean oldTrustGuestRxFiltersESet = trustGuestRxFiltersESet;
		trustGuestRxFilters = TRUST_GUEST_RX_FILTERS_EDEFAULT;
		trustGuestRxFiltersESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE__TRUST_GUEST_RX_FILTERS, oldTrustGuestRxFilters, TRUST_GUEST_RX_FILTERS_EDEFAULT, oldTrustGuestRxFiltersESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTrustGuestRxFilters() {
		return trustGuestRxFiltersESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAny() {
		return (FeatureMap)getMixed().<FeatureMap.Entry>list(DomainPackage.Literals.INTERFACE__ANY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAnyAttribute() {
		if (anyAttribute == null) {
			anyAttribute = new BasicFeatureMap(this, DomainPackage.INTERFACE__ANY_ATTRIBUTE);
		}
		return anyAttribute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DomainPackage.INTERFACE__MIXED:
				return ((InternalEList<?>)getMixed()).basicRemove(otherEnd, msgs);
			case DomainPackage.INTERFACE__SOURCE:
				return basicSetSource(null, msgs);
			case DomainPackage.INTERFACE__VIRTUALPORT:
				return basicSetVirtualport(null, msgs);
			case DomainPackage.INTERFACE__LINK:
				return basicSetLink(null, msgs);
			case DomainPackage.INTERFACE__MTU:
				return basicSetMtu(null, msgs);
			case DomainPackage.INTERFACE__COALESCE:
				return basicSetCoalesce(null, msgs);
			case DomainPackage.INTERFACE__TARGET:
				return basicSetTarget(null, msgs);
			case DomainPackage.INTERFACE__GUEST:
				return basicSetGuest(null, msgs);
			case DomainPackage.INTERFACE__MAC:
				return basicSetMac(null, msgs);
			case DomainPackage.INTERFACE__IPS:
				return ((InternalEList<?>)getIps()).basicRemove(otherEnd, msgs);
			case DomainPackage.INTERFACE__ROUTES:
				return ((InternalEList<?>)getRoutes()).basicRemove(otherEnd, msgs);
			case DomainPackage.INTERFACE__PORT_FORWARDS:
				return ((InternalEList<?>)getPortForwards()).basicRemove(otherEnd, msgs);
			case DomainPackage.INTERFACE__SCRIPT:
				return basicSetScript(null, msgs);
			case DomainPackage.INTERFACE__DOWNSCRIPT:
				return basicSetDownscript(null, msgs);
			case DomainPackage.INTERFACE__BACKENDDOMAIN:
				return basicSetBackenddomain(null, msgs);
			case DomainPackage.INTERFACE__MODEL:
				return basicSetModel(null, msgs);
			case DomainPackage.INTERFACE__BACKEND:
				return basicSetBackend(null, msgs);
			case DomainPackage.INTERFACE__DRIVER:
				return basicSetDriver(null, msgs);
			case DomainPackage.INTERFACE__ALIAS:
				return basicSetAlias(null, msgs);
			case DomainPackage.INTERFACE__ACPI:
				return basicSetAcpi(null, msgs);
			case DomainPackage.INTERFACE__ADDRESS:
				return basicSetAddress(null, msgs);
			case DomainPackage.INTERFACE__FILTERREF:
				return basicSetFilterref(null, msgs);
			case DomainPackage.INTERFACE__TUNE:
				return basicSetTune(null, msgs);
			case DomainPackage.INTERFACE__BOOT:
				return basicSetBoot(null, msgs);
			case DomainPackage.INTERFACE__ROM:
				return basicSetRom(null, msgs);
			case DomainPackage.INTERFACE__BANDWIDTH:
				return basicSetBandwidth(null, msgs);
			case DomainPackage.INTERFACE__VLAN:
				return basicSetVlan(null, msgs);
			case DomainPackage.INTERFACE__PORT:
				return basicSetPort(null, msgs);
			case DomainPackage.INTERFACE__TEAMING:
				return basicSetTeaming(null, msgs);
			case DomainPackage.INTERFACE__ANY:
				return ((InternalEList<?>)getAny()).basicRemove(otherEnd, msgs);
			case DomainPackage.INTERFACE__ANY_ATTRIBUTE:
				return ((InternalEList<?>)getAnyAttribute()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DomainPackage.INTERFACE__MIXED:
				if (coreType) return getMixed();
				return ((FeatureMap.Internal)getMixed()).getWrapper();
			case DomainPackage.INTERFACE__SOURCE:
				return getSource();
			case DomainPackage.INTERFACE__VIRTUALPORT:
				return getVirtualport();
			case DomainPackage.INTERFACE__LINK:
				return getLink();
			case DomainPackage.INTERFACE__MTU:
				return getMtu();
			case DomainPackage.INTERFACE__COALESCE:
				return getCoalesce();
			case DomainPackage.INTERFACE__TARGET:
				return getTarget();
			case DomainPackage.INTERFACE__GUEST:
				return getGuest();
			case DomainPackage.INTERFACE__MAC:
				return getMac();
			case DomainPackage.INTERFACE__IPS:
				return getIps();
			case DomainPackage.INTERFACE__ROUTES:
				return getRoutes();
			case DomainPackage.INTERFACE__PORT_FORWARDS:
				return getPortForwards();
			case DomainPackage.INTERFACE__SCRIPT:
				return getScript();
			case DomainPackage.INTERFACE__DOWNSCRIPT:
				return getDownscript();
			case DomainPackage.INTERFACE__BACKENDDOMAIN:
				return getBackenddomain();
			case DomainPackage.INTERFACE__MODEL:
				return getModel();
			case DomainPackage.INTERFACE__BACKEND:
				return getBackend();
			case DomainPackage.INTERFACE__DRIVER:
				return getDriver();
			case DomainPackage.INTERFACE__ALIAS:
				return getAlias();
			case DomainPackage.INTERFACE__ACPI:
				return getAcpi();
			case DomainPackage.INTERFACE__ADDRESS:
				return getAddress();
			case DomainPackage.INTERFACE__FILTERREF:
				return getFilterref();
			case DomainPackage.INTERFACE__TUNE:
				return getTune();
			case DomainPackage.INTERFACE__BOOT:
				return getBoot();
			case DomainPackage.INTERFACE__ROM:
				return getRom();
			case DomainPackage.INTERFACE__BANDWIDTH:
				return getBandwidth();
			case DomainPackage.INTERFACE__VLAN:
				return getVlan();
			case DomainPackage.INTERFACE__PORT:
				return getPort();
			case DomainPackage.INTERFACE__TEAMING:
				return getTeaming();
			case DomainPackage.INTERFACE__TYPE:
				return getType();
			case DomainPackage.INTERFACE__MANAGED:
				return getManaged();
			case DomainPackage.INTERFACE__TRUST_GUEST_RX_FILTERS:
				return getTrustGuestRxFilters();
			case DomainPackage.INTERFACE__ANY:
				if (coreType) return getAny();
				return ((FeatureMap.Internal)getAny()).getWrapper();
			case DomainPackage.INTERFACE__ANY_ATTRIBUTE:
				if (coreType) return getAnyAttribute();
				return ((FeatureMap.Internal)getAnyAttribute()).getWrapper();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DomainPackage.INTERFACE__MIXED:
				((FeatureMap.Internal)getMixed()).set(newValue);
				return;
			case DomainPackage.INTERFACE__SOURCE:
				setSource((InterfaceSource)newValue);
				return;
			case DomainPackage.INTERFACE__VIRTUALPORT:
				setVirtualport((InterfaceVirtualport)newValue);
				return;
			case DomainPackage.INTERFACE__LINK:
				setLink((InterfaceLink)newValue);
				return;
			case DomainPackage.INTERFACE__MTU:
				setMtu((InterfaceMtu)newValue);
				return;
			case DomainPackage.INTERFACE__COALESCE:
				setCoalesce((InterfaceCoalesce)newValue);
				return;
			case DomainPackage.INTERFACE__TARGET:
				setTarget((InterfaceTarget)newValue);
				return;
			case DomainPackage.INTERFACE__GUEST:
				setGuest((InterfaceGuest)newValue);
				return;
			case DomainPackage.INTERFACE__MAC:
				setMac((InterfaceMac)newValue);
				return;
			case DomainPackage.INTERFACE__IPS:
				getIps().clear();
				getIps().addAll((Collection<? extends InterfaceIpInfo>)newValue);
				return;
			case DomainPackage.INTERFACE__ROUTES:
				getRoutes().clear();
				getRoutes().addAll((Collection<? extends Route>)newValue);
				return;
			case DomainPackage.INTERFACE__PORT_FORWARDS:
				getPortForwards().clear();
				getPortForwards().addAll((Collection<? extends InterfacePortForward>)newValue);
				return;
			case DomainPackage.INTERFACE__SCRIPT:
				setScript((InterfaceScript)newValue);
				return;
			case DomainPackage.INTERFACE__DOWNSCRIPT:
				setDownscript((InterfaceDownscript)newValue);
				return;
			case DomainPackage.INTERFACE__BACKENDDOMAIN:
				setBackenddomain((InterfaceBackenddomain)newValue);
				return;
			case DomainPackage.INTERFACE__MODEL:
				setModel((InterfaceModel)newValue);
				return;
			case DomainPackage.INTERFACE__BACKEND:
				setBackend((InterfaceBackend)newValue);
				return;
			case DomainPackage.INTERFACE__DRIVER:
				setDriver((InterfaceDriver)newValue);
				return;
			case DomainPackage.INTERFACE__ALIAS:
				setAlias((Alias)newValue);
				return;
			case DomainPackage.INTERFACE__ACPI:
				setAcpi((Acpi)newValue);
				return;
			case DomainPackage.INTERFACE__ADDRESS:
				setAddress((Address)newValue);
				return;
			case DomainPackage.INTERFACE__FILTERREF:
				setFilterref((InterfaceFilterref)newValue);
				return;
			case DomainPackage.INTERFACE__TUNE:
				setTune((InterfaceTune)newValue);
				return;
			case DomainPackage.INTERFACE__BOOT:
				setBoot((DeviceBoot)newValue);
				return;
			case DomainPackage.INTERFACE__ROM:
				setRom((Rom)newValue);
				return;
			case DomainPackage.INTERFACE__BANDWIDTH:
				setBandwidth((InterfaceBandwidth)newValue);
				return;
			case DomainPackage.INTERFACE__VLAN:
				setVlan((InterfaceVlan)newValue);
				return;
			case DomainPackage.INTERFACE__PORT:
				setPort((InterfacePort)newValue);
				return;
			case DomainPackage.INTERFACE__TEAMING:
				setTeaming((Teaming)newValue);
				return;
			case DomainPackage.INTERFACE__TYPE:
				setType((InterfaceType)newValue);
				return;
			case DomainPackage.INTERFACE__MANAGED:
				setManaged((VirYesNo)newValue);
				return;
			case DomainPackage.INTERFACE__TRUST_GUEST_RX_FILTERS:
				setTrustGuestRxFilters((VirYesNo)newValue);
				return;
			case DomainPackage.INTERFACE__ANY:
				((FeatureMap.Internal)getAny()).set(newValue);
				return;
			case DomainPackage.INTERFACE__ANY_ATTRIBUTE:
				((FeatureMap.Internal)getAnyAttribute()).set(newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DomainPackage.INTERFACE__MIXED:
				getMixed().clear();
				return;
			case DomainPackage.INTERFACE__SOURCE:
				setSource((InterfaceSource)null);
				return;
			case DomainPackage.INTERFACE__VIRTUALPORT:
				setVirtualport((InterfaceVirtualport)null);
				return;
			case DomainPackage.INTERFACE__LINK:
				setLink((InterfaceLink)null);
				return;
			case DomainPackage.INTERFACE__MTU:
				setMtu((InterfaceMtu)null);
				return;
			case DomainPackage.INTERFACE__COALESCE:
				setCoalesce((InterfaceCoalesce)null);
				return;
			case DomainPackage.INTERFACE__TARGET:
				setTarget((InterfaceTarget)null);
				return;
			case DomainPackage.INTERFACE__GUEST:
				setGuest((InterfaceGuest)null);
				return;
			case DomainPackage.INTERFACE__MAC:
				setMac((InterfaceMac)null);
				return;
			case DomainPackage.INTERFACE__IPS:
				getIps().clear();
				return;
			case DomainPackage.INTERFACE__ROUTES:
				getRoutes().clear();
				return;
			case DomainPackage.INTERFACE__PORT_FORWARDS:
				getPortForwards().clear();
				return;
			case DomainPackage.INTERFACE__SCRIPT:
				setScript((InterfaceScript)null);
				return;
			case DomainPackage.INTERFACE__DOWNSCRIPT:
				setDownscript((InterfaceDownscript)null);
				return;
			case DomainPackage.INTERFACE__BACKENDDOMAIN:
				setBackenddomain((InterfaceBackenddomain)null);
				return;
			case DomainPackage.INTERFACE__MODEL:
				setModel((InterfaceModel)null);
				return;
			case DomainPackage.INTERFACE__BACKEND:
				setBackend((InterfaceBackend)null);
				return;
			case DomainPackage.INTERFACE__DRIVER:
				setDriver((InterfaceDriver)null);
				return;
			case DomainPackage.INTERFACE__ALIAS:
				setAlias((Alias)null);
				return;
			case DomainPackage.INTERFACE__ACPI:
				setAcpi((Acpi)null);
				return;
			case DomainPackage.INTERFACE__ADDRESS:
				setAddress((Address)null);
				return;
			case DomainPackage.INTERFACE__FILTERREF:
				setFilterref((InterfaceFilterref)null);
				return;
			case DomainPackage.INTERFACE__TUNE:
				setTune((InterfaceTune)null);
				return;
			case DomainPackage.INTERFACE__BOOT:
				setBoot((DeviceBoot)null);
				return;
			case DomainPackage.INTERFACE__ROM:
				setRom((Rom)null);
				return;
			case DomainPackage.INTERFACE__BANDWIDTH:
				setBandwidth((InterfaceBandwidth)null);
				return;
			case DomainPackage.INTERFACE__VLAN:
				setVlan((InterfaceVlan)null);
				return;
			case DomainPackage.INTERFACE__PORT:
				setPort((InterfacePort)null);
				return;
			case DomainPackage.INTERFACE__TEAMING:
				setTeaming((Teaming)null);
				return;
			case DomainPackage.INTERFACE__TYPE:
				unsetType();
				return;
			case DomainPackage.INTERFACE__MANAGED:
				unsetManaged();
				return;
			case DomainPackage.INTERFACE__TRUST_GUEST_RX_FILTERS:
				unsetTrustGuestRxFilters();
				return;
			case DomainPackage.INTERFACE__ANY:
				getAny().clear();
				return;
			case DomainPackage.INTERFACE__ANY_ATTRIBUTE:
				getAnyAttribute().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DomainPackage.INTERFACE__MIXED:
				return mixed != null && !mixed.isEmpty();
			case DomainPackage.INTERFACE__SOURCE:
				return getSource() != null;
			case DomainPackage.INTERFACE__VIRTUALPORT:
				return getVirtualport() != null;
			case DomainPackage.INTERFACE__LINK:
				return getLink() != null;
			case DomainPackage.INTERFACE__MTU:
				return getMtu() != null;
			case DomainPackage.INTERFACE__COALESCE:
				return getCoalesce() != null;
			case DomainPackage.INTERFACE__TARGET:
				return getTarget() != null;
			case DomainPackage.INTERFACE__GUEST:
				return getGuest() != null;
			case DomainPackage.INTERFACE__MAC:
				return getMac() != null;
			case DomainPackage.INTERFACE__IPS:
				return !getIps().isEmpty();
			case DomainPackage.INTERFACE__ROUTES:
				return !getRoutes().isEmpty();
			case DomainPackage.INTERFACE__PORT_FORWARDS:
				return !getPortForwards().isEmpty();
			case DomainPackage.INTERFACE__SCRIPT:
				return getScript() != null;
			case DomainPackage.INTERFACE__DOWNSCRIPT:
				return getDownscript() != null;
			case DomainPackage.INTERFACE__BACKENDDOMAIN:
				return getBackenddomain() != null;
			case DomainPackage.INTERFACE__MODEL:
				return getModel() != null;
			case DomainPackage.INTERFACE__BACKEND:
				return getBackend() != null;
			case DomainPackage.INTERFACE__DRIVER:
				return getDriver() != null;
			case DomainPackage.INTERFACE__ALIAS:
				return getAlias() != null;
			case DomainPackage.INTERFACE__ACPI:
				return getAcpi() != null;
			case DomainPackage.INTERFACE__ADDRESS:
				return getAddress() != null;
			case DomainPackage.INTERFACE__FILTERREF:
				return getFilterref() != null;
			case DomainPackage.INTERFACE__TUNE:
				return getTune() != null;
			case DomainPackage.INTERFACE__BOOT:
				return getBoot() != null;
			case DomainPackage.INTERFACE__ROM:
				return getRom() != null;
			case DomainPackage.INTERFACE__BANDWIDTH:
				return getBandwidth() != null;
			case DomainPackage.INTERFACE__VLAN:
				return getVlan() != null;
			case DomainPackage.INTERFACE__PORT:
				return getPort() != null;
			case DomainPackage.INTERFACE__TEAMING:
				return getTeaming() != null;
			case DomainPackage.INTERFACE__TYPE:
				return isSetType();
			case DomainPackage.INTERFACE__MANAGED:
				return isSetManaged();
			case DomainPackage.INTERFACE__TRUST_GUEST_RX_FILTERS:
				return isSetTrustGuestRxFilters();
			case DomainPackage.INTERFACE__ANY:
				return !getAny().isEmpty();
			case DomainPackage.INTERFACE__ANY_ATTRIBUTE:
				return anyAttribute != null && !anyAttribute.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (mixed: ");
		result.append(mixed);
		result.append(", type: ");
		if (typeESet) result.append(type); else result.append("<unset>");
		result.append(", managed: ");
		if (managedESet) result.append(managed); else result.append("<unset>");
		result.append(", trustGuestRxFilters: ");
		if (trustGuestRxFiltersESet) result.append(trustGuestRxFilters); else result.append("<unset>");
		result.append(", anyAttribute: ");
		result.append(anyAttribute);
		result.append(')');
		return result.toString();
	}

} //InterfaceImpl
