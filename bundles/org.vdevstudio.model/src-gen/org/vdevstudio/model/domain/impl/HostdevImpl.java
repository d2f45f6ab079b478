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
import org.vdevstudio.model.domain.EmptyElement;
import org.vdevstudio.model.domain.Hostdev;
import org.vdevstudio.model.domain.HostdevDriver;
import org.vdevstudio.model.domain.HostdevMode;
import org.vdevstudio.model.domain.HostdevModel;
import org.vdevstudio.model.domain.HostdevSgio;
import org.vdevstudio.model.domain.HostdevSource;
import org.vdevstudio.model.domain.HostdevType;
import org.vdevstudio.model.domain.InterfaceIpInfo;
import org.vdevstudio.model.domain.Rom;
import org.vdevstudio.model.domain.Route;
import org.vdevstudio.model.domain.Teaming;
import org.vdevstudio.model.domain.VirOnOff;
import org.vdevstudio.model.domain.VirYesNo;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hostdev</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevImpl#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevImpl#getDriver <em>Driver</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevImpl#getTeaming <em>Teaming</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevImpl#getIps <em>Ips</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevImpl#getRoutes <em>Routes</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevImpl#getAlias <em>Alias</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevImpl#getAcpi <em>Acpi</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevImpl#getBoot <em>Boot</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevImpl#getRom <em>Rom</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevImpl#getReadonly <em>Readonly</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevImpl#getShareable <em>Shareable</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevImpl#getManaged <em>Managed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevImpl#getSgio <em>Sgio</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevImpl#getRawio <em>Rawio</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevImpl#getModel <em>Model</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevImpl#getRamfb <em>Ramfb</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevImpl#getDisplay <em>Display</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevImpl#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevImpl#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HostdevImpl extends EObjectImpl implements Hostdev {
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
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final HostdevMode MODE_EDEFAULT = HostdevMode.SUBSYSTEM;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected HostdevMode mode = MODE_EDEFAULT;

	/**
	 * This is true if the Mode attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean modeESet;

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
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final HostdevType TYPE_EDEFAULT = HostdevType.PCI;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected HostdevType type = TYPE_EDEFAULT;

	/**
	 * This is true if the Type attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean typeESet;

	/**
	 * The default value of the '{@link #getSgio() <em>Sgio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSgio()
	 * @generated
	 * @ordered
	 */
	protected static final HostdevSgio SGIO_EDEFAULT = HostdevSgio.FILTERED;

	/**
	 * The cached value of the '{@link #getSgio() <em>Sgio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSgio()
	 * @generated
	 * @ordered
	 */
	protected HostdevSgio sgio = SGIO_EDEFAULT;

	/**
	 * This is true if the Sgio attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean sgioESet;

	/**
	 * The default value of the '{@link #getRawio() <em>Rawio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRawio()
	 * @generated
	 * @ordered
	 */
	protected static final VirYesNo RAWIO_EDEFAULT = VirYesNo.YES;

	/**
	 * The cached value of the '{@link #getRawio() <em>Rawio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRawio()
	 * @generated
	 * @ordered
	 */
	protected VirYesNo rawio = RAWIO_EDEFAULT;

	/**
	 * This is true if the Rawio attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean rawioESet;

	/**
	 * The default value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected static final HostdevModel MODEL_EDEFAULT = HostdevModel.VIRTIO;

	/**
	 * The cached value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected HostdevModel model = MODEL_EDEFAULT;

	/**
	 * This is true if the Model attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean modelESet;

	/**
	 * The default value of the '{@link #getRamfb() <em>Ramfb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRamfb()
	 * @generated
	 * @ordered
	 */
	protected static final VirOnOff RAMFB_EDEFAULT = VirOnOff.ON;

	/**
	 * The cached value of the '{@link #getRamfb() <em>Ramfb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRamfb()
	 * @generated
	 * @ordered
	 */
	protected VirOnOff ramfb = RAMFB_EDEFAULT;

	/**
	 * This is true if the Ramfb attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean ramfbESet;

	/**
	 * The default value of the '{@link #getDisplay() <em>Display</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplay()
	 * @generated
	 * @ordered
	 */
	protected static final VirOnOff DISPLAY_EDEFAULT = VirOnOff.ON;

	/**
	 * The cached value of the '{@link #getDisplay() <em>Display</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisplay()
	 * @generated
	 * @ordered
	 */
	protected VirOnOff display = DISPLAY_EDEFAULT;

	/**
	 * This is true if the Display attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean displayESet;

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
	protected HostdevImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DomainPackage.Literals.HOSTDEV;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getMixed() {
		if (mixed == null) {
			mixed = new BasicFeatureMap(this, DomainPackage.HOSTDEV__MIXED);
		}
		return mixed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostdevDriver getDriver() {
		return (HostdevDriver)getMixed().get(DomainPackage.Literals.HOSTDEV__DRIVER, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDriver(HostdevDriver newDriver, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.HOSTDEV__DRIVER, newDriver, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriver(HostdevDriver newDriver) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.HOSTDEV__DRIVER, newDriver);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Teaming getTeaming() {
		return (Teaming)getMixed().get(DomainPackage.Literals.HOSTDEV__TEAMING, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTeaming(Teaming newTeaming, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.HOSTDEV__TEAMING, newTeaming, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTeaming(Teaming newTeaming) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.HOSTDEV__TEAMING, newTeaming);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostdevSource getSource() {
		return (HostdevSource)getMixed().get(DomainPackage.Literals.HOSTDEV__SOURCE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSource(HostdevSource newSource, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.HOSTDEV__SOURCE, newSource, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(HostdevSource newSource) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.HOSTDEV__SOURCE, newSource);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InterfaceIpInfo> getIps() {
		return getMixed().list(DomainPackage.Literals.HOSTDEV__IPS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Route> getRoutes() {
		return getMixed().list(DomainPackage.Literals.HOSTDEV__ROUTES);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Alias getAlias() {
		return (Alias)getMixed().get(DomainPackage.Literals.HOSTDEV__ALIAS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAlias(Alias newAlias, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.HOSTDEV__ALIAS, newAlias, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlias(Alias newAlias) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.HOSTDEV__ALIAS, newAlias);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Acpi getAcpi() {
		return (Acpi)getMixed().get(DomainPackage.Literals.HOSTDEV__ACPI, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAcpi(Acpi newAcpi, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.HOSTDEV__ACPI, newAcpi, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcpi(Acpi newAcpi) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.HOSTDEV__ACPI, newAcpi);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeviceBoot getBoot() {
		return (DeviceBoot)getMixed().get(DomainPackage.Literals.HOSTDEV__BOOT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBoot(DeviceBoot newBoot, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.HOSTDEV__BOOT, newBoot, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBoot(DeviceBoot newBoot) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.HOSTDEV__BOOT, newBoot);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Rom getRom() {
		return (Rom)getMixed().get(DomainPackage.Literals.HOSTDEV__ROM, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRom(Rom newRom, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.HOSTDEV__ROM, newRom, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRom(Rom newRom) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.HOSTDEV__ROM, newRom);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Address getAddress() {
		return (Address)getMixed().get(DomainPackage.Literals.HOSTDEV__ADDRESS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAddress(Address newAddress, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.HOSTDEV__ADDRESS, newAddress, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(Address newAddress) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.HOSTDEV__ADDRESS, newAddress);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EmptyElement getReadonly() {
		return (EmptyElement)getMixed().get(DomainPackage.Literals.HOSTDEV__READONLY, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetReadonly(EmptyElement newReadonly, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.HOSTDEV__READONLY, newReadonly, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadonly(EmptyElement newReadonly) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.HOSTDEV__READONLY, newReadonly);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EmptyElement getShareable() {
		return (EmptyElement)getMixed().get(DomainPackage.Literals.HOSTDEV__SHAREABLE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetShareable(EmptyElement newShareable, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.HOSTDEV__SHAREABLE, newShareable, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShareable(EmptyElement newShareable) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.HOSTDEV__SHAREABLE, newShareable);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostdevMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(HostdevMode newMode) {
		HostdevMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		boolean oldModeESet = modeESet;
		modeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.HOSTDEV__MODE, oldMode, mode, !oldModeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMode() {
		HostdevMode oldMode = mode;
		boolean oldModeESet = modeESet;
		mode = MODE_EDEFAULT;
		modeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.HOSTDEV__MODE, oldMode, MODE_EDEFAULT, oldModeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMode() {
		return modeESet;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.HOSTDEV__MANAGED, oldManaged, managed, !oldManagedESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.HOSTDEV__MANAGED, oldManaged, MANAGED_EDEFAULT, oldManagedESet));
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
	public HostdevType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(HostdevType newType) {
		HostdevType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		boolean oldTypeESet = typeESet;
		typeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.HOSTDEV__TYPE, oldType, type, !oldTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetType() {
		HostdevType oldType = type;
		boolean oldTypeESet = typeESet;
		type = TYPE_EDEFAULT;
		typeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.HOSTDEV__TYPE, oldType, TYPE_EDEFAULT, oldTypeESet));
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
	public HostdevSgio getSgio() {
		return sgio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSgio(HostdevSgio newSgio) {
		HostdevSgio oldSgio = sgio;
		sgio = newSgio == null ? SGIO_EDEFAULT : newSgio;
		boolean oldSgioESet = sgioESet;
		sgioESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.HOSTDEV__SGIO, oldSgio, sgio, !oldSgioESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSgio() {
		HostdevSgio oldSgio = sgio;
		boolean oldSgioESet = sgioESet;
		sgio = SGIO_EDEFAULT;
		sgioESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.HOSTDEV__SGIO, oldSgio, SGIO_EDEFAULT, oldSgioESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSgio() {
		return sgioESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirYesNo getRawio() {
		return rawio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRawio(VirYesNo newRawio) {
		VirYesNo oldRawio = rawio;
		rawio = newRawio == null ? RAWIO_EDEFAULT : newRawio;
		boolean oldRawioESet = rawioESet;
		rawioESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.HOSTDEV__RAWIO, oldRawio, rawio, !oldRawioESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRawio() {
		VirYesNo oldRawio = rawio;
		boolean oldRawioESet = rawioESet;
		rawio = RAWIO_EDEFAULT;
		rawioESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.HOSTDEV__RAWIO, oldRawio, RAWIO_EDEFAULT, oldRawioESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRawio() {
		return rawioESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostdevModel getModel() {
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModel(HostdevModel newModel) {
		HostdevModel oldModel = model;
		model = newModel == null ? MODEL_EDEFAULT : newModel;
		boolean oldModelESet = modelESet;
		modelESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.HOSTDEV__MODEL, oldModel, model, !oldModelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetModel() {
		HostdevModel oldModel = model;
		boolean oldModelESet = modelESet;
		model = MODEL_EDEFAULT;
		modelESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.HOSTDEV__MODEL, oldModel, MODEL_EDEFAULT, oldModelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetModel() {
		return modelESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirOnOff getRamfb() {
		return ramfb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRamfb(VirOnOff newRamfb) {
		VirOnOff oldRamfb = ramfb;
		ramfb = newRamfb == null ? RAMFB_EDEFAULT : newRamfb;
		boolean oldRamfbESet = ramfbESet;
		ramfbESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.HOSTDEV__RAMFB, oldRamfb, ramfb, !oldRamfbESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRamfb() {
		VirOnOff oldRamfb = ramfb;
		boolean oldRamfbESet = ramfbESet;
		ramfb = RAMFB_EDEFAULT;
		ramfbESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.HOSTDEV__RAMFB, oldRamfb, RAMFB_EDEFAULT, oldRamfbESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRamfb() {
		return ramfbESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirOnOff getDisplay() {
		return display;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisplay(VirOnOff newDisplay) {
		VirOnOff oldDisplay = display;
		display = newDisplay == null ? DISPLAY_EDEFAULT : newDisplay;
		boolean oldDisplayESet = displayESet;
		displayESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.HOSTDEV__DISPLAY, oldDisplay, display, !oldDisplayESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDisplay() {
		VirOnOff oldDisplay = display;
		boolean oldDisplayESet = displayESet;
		display = DISPLAY_EDEFAULT;
		displayESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.HOSTDEV__DISPLAY, oldDisplay, DISPLAY_EDEFAULT, oldDisplayESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDisplay() {
		return displayESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAny() {
		return (FeatureMap)getMixed().<FeatureMap.Entry>list(DomainPackage.Literals.HOSTDEV__ANY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAnyAttribute() {
		if (anyAttribute == null) {
			anyAttribute = new BasicFeatureMap(this, DomainPackage.HOSTDEV__ANY_ATTRIBUTE);
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
			case DomainPackage.HOSTDEV__MIXED:
				return ((InternalEList<?>)getMixed()).basicRemove(otherEnd, msgs);
			case DomainPackage.HOSTDEV__DRIVER:
				return basicSetDriver(null, msgs);
			case DomainPackage.HOSTDEV__TEAMING:
				return basicSetTeaming(null, msgs);
			case DomainPackage.HOSTDEV__SOURCE:
				return basicSetSource(null, msgs);
			case DomainPackage.HOSTDEV__IPS:
				return ((InternalEList<?>)getIps()).basicRemove(otherEnd, msgs);
			case DomainPackage.HOSTDEV__ROUTES:
				return ((InternalEList<?>)getRoutes()).basicRemove(otherEnd, msgs);
			case DomainPackage.HOSTDEV__ALIAS:
				return basicSetAlias(null, msgs);
			case DomainPackage.HOSTDEV__ACPI:
				return basicSetAcpi(null, msgs);
			case DomainPackage.HOSTDEV__BOOT:
				return basicSetBoot(null, msgs);
			case DomainPackage.HOSTDEV__ROM:
				return basicSetRom(null, msgs);
			case DomainPackage.HOSTDEV__ADDRESS:
				return basicSetAddress(null, msgs);
			case DomainPackage.HOSTDEV__READONLY:
				return basicSetReadonly(null, msgs);
			case DomainPackage.HOSTDEV__SHAREABLE:
				return basicSetShareable(null, msgs);
			case DomainPackage.HOSTDEV__ANY:
				return ((InternalEList<?>)getAny()).basicRemove(otherEnd, msgs);
			case DomainPackage.HOSTDEV__ANY_ATTRIBUTE:
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
			case DomainPackage.HOSTDEV__MIXED:
				if (coreType) return getMixed();
				return ((FeatureMap.Internal)getMixed()).getWrapper();
			case DomainPackage.HOSTDEV__DRIVER:
				return getDriver();
			case DomainPackage.HOSTDEV__TEAMING:
				return getTeaming();
			case DomainPackage.HOSTDEV__SOURCE:
				return getSource();
			case DomainPackage.HOSTDEV__IPS:
				return getIps();
			case DomainPackage.HOSTDEV__ROUTES:
				return getRoutes();
			case DomainPackage.HOSTDEV__ALIAS:
				return getAlias();
			case DomainPackage.HOSTDEV__ACPI:
				return getAcpi();
			case DomainPackage.HOSTDEV__BOOT:
				return getBoot();
			case DomainPackage.HOSTDEV__ROM:
				return getRom();
			case DomainPackage.HOSTDEV__ADDRESS:
				return getAddress();
			case DomainPackage.HOSTDEV__READONLY:
				return getReadonly();
			case DomainPackage.HOSTDEV__SHAREABLE:
				return getShareable();
			case DomainPackage.HOSTDEV__MODE:
				return getMode();
			case DomainPackage.HOSTDEV__MANAGED:
				return getManaged();
			case DomainPackage.HOSTDEV__TYPE:
				return getType();
			case DomainPackage.HOSTDEV__SGIO:
				return getSgio();
			case DomainPackage.HOSTDEV__RAWIO:
				return getRawio();
			case DomainPackage.HOSTDEV__MODEL:
				return getModel();
			case DomainPackage.HOSTDEV__RAMFB:
				return getRamfb();
			case DomainPackage.HOSTDEV__DISPLAY:
				return getDisplay();
			case DomainPackage.HOSTDEV__ANY:
				if (coreType) return getAny();
				return ((FeatureMap.Internal)getAny()).getWrapper();
			case DomainPackage.HOSTDEV__ANY_ATTRIBUTE:
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
			case DomainPackage.HOSTDEV__MIXED:
				((FeatureMap.Internal)getMixed()).set(newValue);
				return;
			case DomainPackage.HOSTDEV__DRIVER:
				setDriver((HostdevDriver)newValue);
				return;
			case DomainPackage.HOSTDEV__TEAMING:
				setTeaming((Teaming)newValue);
				return;
			case DomainPackage.HOSTDEV__SOURCE:
				setSource((HostdevSource)newValue);
				return;
			case DomainPackage.HOSTDEV__IPS:
				getIps().clear();
				getIps().addAll((Collection<? extends InterfaceIpInfo>)newValue);
				return;
			case DomainPackage.HOSTDEV__ROUTES:
				getRoutes().clear();
				getRoutes().addAll((Collection<? extends Route>)newValue);
				return;
			case DomainPackage.HOSTDEV__ALIAS:
				setAlias((Alias)newValue);
				return;
			case DomainPackage.HOSTDEV__ACPI:
				setAcpi((Acpi)newValue);
				return;
			case DomainPackage.HOSTDEV__BOOT:
				setBoot((DeviceBoot)newValue);
				return;
			case DomainPackage.HOSTDEV__ROM:
				setRom((Rom)newValue);
				return;
			case DomainPackage.HOSTDEV__ADDRESS:
				setAddress((Address)newValue);
				return;
			case DomainPackage.HOSTDEV__READONLY:
				setReadonly((EmptyElement)newValue);
				return;
			case DomainPackage.HOSTDEV__SHAREABLE:
				setShareable((EmptyElement)newValue);
				return;
			case DomainPackage.HOSTDEV__MODE:
				setMode((HostdevMode)newValue);
				return;
			case DomainPackage.HOSTDEV__MANAGED:
				setManaged((VirYesNo)newValue);
				return;
			case DomainPackage.HOSTDEV__TYPE:
				setType((HostdevType)newValue);
				return;
			case DomainPackage.HOSTDEV__SGIO:
				setSgio((HostdevSgio)newValue);
				return;
			case DomainPackage.HOSTDEV__RAWIO:
				setRawio((VirYesNo)newValue);
				return;
			case DomainPackage.HOSTDEV__MODEL:
				setModel((HostdevModel)newValue);
				return;
			case DomainPackage.HOSTDEV__RAMFB:
				setRamfb((VirOnOff)newValue);
				return;
			case DomainPackage.HOSTDEV__DISPLAY:
				setDisplay((VirOnOff)newValue);
				return;
			case DomainPackage.HOSTDEV__ANY:
				((FeatureMap.Internal)getAny()).set(newValue);
				return;
			case DomainPackage.HOSTDEV__ANY_ATTRIBUTE:
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
			case DomainPackage.HOSTDEV__MIXED:
				getMixed().clear();
				return;
			case DomainPackage.HOSTDEV__DRIVER:
				setDriver((HostdevDriver)null);
				return;
			case DomainPackage.HOSTDEV__TEAMING:
				setTeaming((Teaming)null);
				return;
			case DomainPackage.HOSTDEV__SOURCE:
				setSource((HostdevSource)null);
				return;
			case DomainPackage.HOSTDEV__IPS:
				getIps().clear();
				return;
			case DomainPackage.HOSTDEV__ROUTES:
				getRoutes().clear();
				return;
			case DomainPackage.HOSTDEV__ALIAS:
				setAlias((Alias)null);
				return;
			case DomainPackage.HOSTDEV__ACPI:
				setAcpi((Acpi)null);
				return;
			case DomainPackage.HOSTDEV__BOOT:
				setBoot((DeviceBoot)null);
				return;
			case DomainPackage.HOSTDEV__ROM:
				setRom((Rom)null);
				return;
			case DomainPackage.HOSTDEV__ADDRESS:
				setAddress((Address)null);
				return;
			case DomainPackage.HOSTDEV__READONLY:
				setReadonly((EmptyElement)null);
				return;
			case DomainPackage.HOSTDEV__SHAREABLE:
				setShareable((EmptyElement)null);
				return;
			case DomainPackage.HOSTDEV__MODE:
				unsetMode();
				return;
			case DomainPackage.HOSTDEV__MANAGED:
				unsetManaged();
				return;
			case DomainPackage.HOSTDEV__TYPE:
				unsetType();
				return;
			case DomainPackage.HOSTDEV__SGIO:
				unsetSgio();
				return;
			case DomainPackage.HOSTDEV__RAWIO:
				unsetRawio();
				return;
			case DomainPackage.HOSTDEV__MODEL:
				unsetModel();
				return;
			case DomainPackage.HOSTDEV__RAMFB:
				unsetRamfb();
				return;
			case DomainPackage.HOSTDEV__DISPLAY:
				unsetDisplay();
				return;
			case DomainPackage.HOSTDEV__ANY:
				getAny().clear();
				return;
			case DomainPackage.HOSTDEV__ANY_ATTRIBUTE:
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
			case DomainPackage.HOSTDEV__MIXED:
				return mixed != null && !mixed.isEmpty();
			case DomainPackage.HOSTDEV__DRIVER:
				return getDriver() != null;
			case DomainPackage.HOSTDEV__TEAMING:
				return getTeaming() != null;
			case DomainPackage.HOSTDEV__SOURCE:
				return getSource() != null;
			case DomainPackage.HOSTDEV__IPS:
				return !getIps().isEmpty();
			case DomainPackage.HOSTDEV__ROUTES:
				return !getRoutes().isEmpty();
			case DomainPackage.HOSTDEV__ALIAS:
				return getAlias() != null;
			case DomainPackage.HOSTDEV__ACPI:
				return getAcpi() != null;
			case DomainPackage.HOSTDEV__BOOT:
				return getBoot() != null;
			case DomainPackage.HOSTDEV__ROM:
				return getRom() != null;
			case DomainPackage.HOSTDEV__ADDRESS:
				return getAddress() != null;
			case DomainPackage.HOSTDEV__READONLY:
				return getReadonly() != null;
			case DomainPackage.HOSTDEV__SHAREABLE:
				return getShareable() != null;
			case DomainPackage.HOSTDEV__MODE:
				return isSetMode();
			case DomainPackage.HOSTDEV__MANAGED:
				return isSetManaged();
			case DomainPackage.HOSTDEV__TYPE:
				return isSetType();
			case DomainPackage.HOSTDEV__SGIO:
				return isSetSgio();
			case DomainPackage.HOSTDEV__RAWIO:
				return isSetRawio();
			case DomainPackage.HOSTDEV__MODEL:
				return isSetModel();
			case DomainPackage.HOSTDEV__RAMFB:
				return isSetRamfb();
			case DomainPackage.HOSTDEV__DISPLAY:
				return isSetDisplay();
			case DomainPackage.HOSTDEV__ANY:
				return !getAny().isEmpty();
			case DomainPackage.HOSTDEV__ANY_ATTRIBUTE:
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
		result.append(", mode: ");
		if (modeESet) result.append(mode); else result.append("<unset>");
		result.append(", managed: ");
		if (managedESet) result.append(managed); else result.append("<unset>");
		result.append(", type: ");
		if (typeESet) result.append(type); else result.append("<unset>");
		result.append(", sgio: ");
		if (sgioESet) result.append(sgio); else result.append("<unset>");
		result.append(", rawio: ");
		if (rawioESet) result.append(rawio); else result.append("<unset>");
		result.append(", model: ");
		if (modelESet) result.append(model); else result.append("<unset>");
		result.append(", ramfb: ");
		if (ramfbESet) result.append(ramfb); else result.append("<unset>");
		result.append(", display: ");
		if (displayESet) result.append(display); else result.append("<unset>");
		result.append(", anyAttribute: ");
		result.append(anyAttribute);
		result.append(')');
		return result.toString();
	}

} //HostdevImpl
