/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.BasicFeatureMap;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.InternalEList;

import org.vdevstudio.model.domain.Address;
import org.vdevstudio.model.domain.AddressType;
import org.vdevstudio.model.domain.AddressZpci;
import org.vdevstudio.model.domain.DomainPackage;
import org.vdevstudio.model.domain.VirOnOff;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Address</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.impl.AddressImpl#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.AddressImpl#getZpci <em>Zpci</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.AddressImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.AddressImpl#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.AddressImpl#getBus <em>Bus</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.AddressImpl#getSlot <em>Slot</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.AddressImpl#getFunction <em>Function</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.AddressImpl#getMultifunction <em>Multifunction</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.AddressImpl#getController <em>Controller</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.AddressImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.AddressImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.AddressImpl#getPort <em>Port</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.AddressImpl#getReg <em>Reg</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.AddressImpl#getCssid <em>Cssid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.AddressImpl#getSsid <em>Ssid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.AddressImpl#getDevno <em>Devno</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.AddressImpl#getIobase <em>Iobase</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.AddressImpl#getIrq <em>Irq</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.AddressImpl#getBase <em>Base</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.AddressImpl#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.AddressImpl#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AddressImpl extends EObjectImpl implements Address {
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
	protected static final AddressType TYPE_EDEFAULT = AddressType.PCI;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected AddressType type = TYPE_EDEFAULT;

	/**
	 * This is true if the Type attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean typeESet;

	/**
	 * The default value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected static final String DOMAIN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDomain() <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected String domain = DOMAIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getBus() <em>Bus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBus()
	 * @generated
	 * @ordered
	 */
	protected static final String BUS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBus() <em>Bus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBus()
	 * @generated
	 * @ordered
	 */
	protected String bus = BUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlot() <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot()
	 * @generated
	 * @ordered
	 */
	protected static final String SLOT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSlot() <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlot()
	 * @generated
	 * @ordered
	 */
	protected String slot = SLOT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected static final String FUNCTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFunction() <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected String function = FUNCTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMultifunction() <em>Multifunction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMultifunction()
	 * @generated
	 * @ordered
	 */
	protected static final VirOnOff MULTIFUNCTION_EDEFAULT = VirOnOff.ON;

	/**
	 * The cached value of the '{@link #getMultifunction() <em>Multifunction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMultifunction()
	 * @generated
	 * @ordered
	 */
	protected VirOnOff multifunction = MULTIFUNCTION_EDEFAULT;

	/**
	 * This is true if the Multifunction attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean multifunctionESet;

	/**
	 * The default value of the '{@link #getController() <em>Controller</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getController()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTROLLER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getController() <em>Controller</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getController()
	 * @generated
	 * @ordered
	 */
	protected String controller = CONTROLLER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected String target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected static final String PORT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected String port = PORT_EDEFAULT;

	/**
	 * The default value of the '{@link #getReg() <em>Reg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReg()
	 * @generated
	 * @ordered
	 */
	protected static final String REG_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReg() <em>Reg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReg()
	 * @generated
	 * @ordered
	 */
	protected String reg = REG_EDEFAULT;

	/**
	 * The default value of the '{@link #getCssid() <em>Cssid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCssid()
	 * @generated
	 * @ordered
	 */
	protected static final String CSSID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCssid() <em>Cssid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCssid()
	 * @generated
	 * @ordered
	 */
	protected String cssid = CSSID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSsid() <em>Ssid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSsid()
	 * @generated
	 * @ordered
	 */
	protected static final String SSID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSsid() <em>Ssid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSsid()
	 * @generated
	 * @ordered
	 */
	protected String ssid = SSID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDevno() <em>Devno</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevno()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVNO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDevno() <em>Devno</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevno()
	 * @generated
	 * @ordered
	 */
	protected String devno = DEVNO_EDEFAULT;

	/**
	 * The default value of the '{@link #getIobase() <em>Iobase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIobase()
	 * @generated
	 * @ordered
	 */
	protected static final String IOBASE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIobase() <em>Iobase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIobase()
	 * @generated
	 * @ordered
	 */
	protected String iobase = IOBASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getIrq() <em>Irq</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIrq()
	 * @generated
	 * @ordered
	 */
	protected static final String IRQ_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIrq() <em>Irq</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIrq()
	 * @generated
	 * @ordered
	 */
	protected String irq = IRQ_EDEFAULT;

	/**
	 * The default value of the '{@link #getBase() <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBase()
	 * @generated
	 * @ordered
	 */
	protected static final String BASE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBase() <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBase()
	 * @generated
	 * @ordered
	 */
	protected String base = BASE_EDEFAULT;

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
	protected AddressImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DomainPackage.Literals.ADDRESS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getMixed() {
		if (mixed == null) {
			mixed = new BasicFeatureMap(this, DomainPackage.ADDRESS__MIXED);
		}
		return mixed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AddressZpci getZpci() {
		return (AddressZpci)getMixed().get(DomainPackage.Literals.ADDRESS__ZPCI, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetZpci(AddressZpci newZpci, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.ADDRESS__ZPCI, newZpci, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZpci(AddressZpci newZpci) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.ADDRESS__ZPCI, newZpci);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AddressType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(AddressType newType) {
		AddressType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		boolean oldTypeESet = typeESet;
		typeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ADDRESS__TYPE, oldType, type, !oldTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetType() {
		AddressType oldType = type;
		boolean oldTypeESet = typeESet;
		type = TYPE_EDEFAULT;
		typeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.ADDRESS__TYPE, oldType, TYPE_EDEFAULT, oldTypeESet));
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
	public String getDomain() {
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomain(String newDomain) {
		String oldDomain = domain;
		domain = newDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ADDRESS__DOMAIN, oldDomain, domain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBus() {
		return bus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBus(String newBus) {
		String oldBus = bus;
		bus = newBus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ADDRESS__BUS, oldBus, bus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSlot() {
		return slot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlot(String newSlot) {
		String oldSlot = slot;
		slot = newSlot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ADDRESS__SLOT, oldSlot, slot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFunction() {
		return function;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunction(String newFunction) {
		String oldFunction = function;
		function = newFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ADDRESS__FUNCTION, oldFunction, function));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirOnOff getMultifunction() {
		return multifunction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMultifunction(VirOnOff newMultifunction) {
		VirOnOff oldMultifunction = multifunction;
		multifunction = newMultifunction == null ? MULTIFUNCTION_EDEFAULT : newMultifunction;
		boolean oldMultifunctionESet = multifunctionESet;
		multifunctionESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ADDRESS__MULTIFUNCTION, oldMultifunction, multifunction, !oldMultifunctionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMultifunction() {
		VirOnOff oldMultifunction = multifunction;
		boolean oldMultifunctionESet = multifunctionESet;
		multifunction = MULTIFUNCTION_EDEFAULT;
		multifunctionESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.ADDRESS__MULTIFUNCTION, oldMultifunction, MULTIFUNCTION_EDEFAULT, oldMultifunctionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMultifunction() {
		return multifunctionESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getController() {
		return controller;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setController(String newController) {
		String oldController = controller;
		controller = newController;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ADDRESS__CONTROLLER, oldController, controller));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(String newTarget) {
		String oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ADDRESS__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ADDRESS__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(String newPort) {
		String oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ADDRESS__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReg() {
		return reg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReg(String newReg) {
		String oldReg = reg;
		reg = newReg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ADDRESS__REG, oldReg, reg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCssid() {
		return cssid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCssid(String newCssid) {
		String oldCssid = cssid;
		cssid = newCssid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ADDRESS__CSSID, oldCssid, cssid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSsid() {
		return ssid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSsid(String newSsid) {
		String oldSsid = ssid;
		ssid = newSsid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ADDRESS__SSID, oldSsid, ssid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDevno() {
		return devno;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevno(String newDevno) {
		String oldDevno = devno;
		devno = newDevno;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ADDRESS__DEVNO, oldDevno, devno));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIobase() {
		return iobase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIobase(String newIobase) {
		String oldIobase = iobase;
		iobase = newIobase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ADDRESS__IOBASE, oldIobase, iobase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIrq() {
		return irq;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIrq(String newIrq) {
		String oldIrq = irq;
		irq = newIrq;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ADDRESS__IRQ, oldIrq, irq));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBase() {
		return base;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBase(String newBase) {
		String oldBase = base;
		base = newBase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.ADDRESS__BASE, oldBase, base));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAny() {
		return (FeatureMap)getMixed().<FeatureMap.Entry>list(DomainPackage.Literals.ADDRESS__ANY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAnyAttribute() {
		if (anyAttribute == null) {
			anyAttribute = new BasicFeatureMap(this, DomainPackage.ADDRESS__ANY_ATTRIBUTE);
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
			case DomainPackage.ADDRESS__MIXED:
				return ((InternalEList<?>)getMixed()).basicRemove(otherEnd, msgs);
			case DomainPackage.ADDRESS__ZPCI:
				return basicSetZpci(null, msgs);
			case DomainPackage.ADDRESS__ANY:
				return ((InternalEList<?>)getAny()).basicRemove(otherEnd, msgs);
			case DomainPackage.ADDRESS__ANY_ATTRIBUTE:
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
			case DomainPackage.ADDRESS__MIXED:
				if (coreType) return getMixed();
				return ((FeatureMap.Internal)getMixed()).getWrapper();
			case DomainPackage.ADDRESS__ZPCI:
				return getZpci();
			case DomainPackage.ADDRESS__TYPE:
				return getType();
			case DomainPackage.ADDRESS__DOMAIN:
				return getDomain();
			case DomainPackage.ADDRESS__BUS:
				return getBus();
			case DomainPackage.ADDRESS__SLOT:
				return getSlot();
			case DomainPackage.ADDRESS__FUNCTION:
				return getFunction();
			case DomainPackage.ADDRESS__MULTIFUNCTION:
				return getMultifunction();
			case DomainPackage.ADDRESS__CONTROLLER:
				return getController();
			case DomainPackage.ADDRESS__TARGET:
				return getTarget();
			case DomainPackage.ADDRESS__UNIT:
				return getUnit();
			case DomainPackage.ADDRESS__PORT:
				return getPort();
			case DomainPackage.ADDRESS__REG:
				return getReg();
			case DomainPackage.ADDRESS__CSSID:
				return getCssid();
			case DomainPackage.ADDRESS__SSID:
				return getSsid();
			case DomainPackage.ADDRESS__DEVNO:
				return getDevno();
			case DomainPackage.ADDRESS__IOBASE:
				return getIobase();
			case DomainPackage.ADDRESS__IRQ:
				return getIrq();
			case DomainPackage.ADDRESS__BASE:
				return getBase();
			case DomainPackage.ADDRESS__ANY:
				if (coreType) return getAny();
				return ((FeatureMap.Internal)getAny()).getWrapper();
			case DomainPackage.ADDRESS__ANY_ATTRIBUTE:
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
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DomainPackage.ADDRESS__MIXED:
				((FeatureMap.Internal)getMixed()).set(newValue);
				return;
			case DomainPackage.ADDRESS__ZPCI:
				setZpci((AddressZpci)newValue);
				return;
			case DomainPackage.ADDRESS__TYPE:
				setType((AddressType)newValue);
				return;
			case DomainPackage.ADDRESS__DOMAIN:
				setDomain((String)newValue);
				return;
			case DomainPackage.ADDRESS__BUS:
				setBus((String)newValue);
				return;
			case DomainPackage.ADDRESS__SLOT:
				setSlot((String)newValue);
				return;
			case DomainPackage.ADDRESS__FUNCTION:
				setFunction((String)newValue);
				return;
			case DomainPackage.ADDRESS__MULTIFUNCTION:
				setMultifunction((VirOnOff)newValue);
				return;
			case DomainPackage.ADDRESS__CONTROLLER:
				setController((String)newValue);
				return;
			case DomainPackage.ADDRESS__TARGET:
				setTarget((String)newValue);
				return;
			case DomainPackage.ADDRESS__UNIT:
				setUnit((String)newValue);
				return;
			case DomainPackage.ADDRESS__PORT:
				setPort((String)newValue);
				return;
			case DomainPackage.ADDRESS__REG:
				setReg((String)newValue);
				return;
			case DomainPackage.ADDRESS__CSSID:
				setCssid((String)newValue);
				return;
			case DomainPackage.ADDRESS__SSID:
				setSsid((String)newValue);
				return;
			case DomainPackage.ADDRESS__DEVNO:
				setDevno((String)newValue);
				return;
			case DomainPackage.ADDRESS__IOBASE:
				setIobase((String)newValue);
				return;
			case DomainPackage.ADDRESS__IRQ:
				setIrq((String)newValue);
				return;
			case DomainPackage.ADDRESS__BASE:
				setBase((String)newValue);
				return;
			case DomainPackage.ADDRESS__ANY:
				((FeatureMap.Internal)getAny()).set(newValue);
				return;
			case DomainPackage.ADDRESS__ANY_ATTRIBUTE:
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
			case DomainPackage.ADDRESS__MIXED:
				getMixed().clear();
				return;
			case DomainPackage.ADDRESS__ZPCI:
				setZpci((AddressZpci)null);
				return;
			case DomainPackage.ADDRESS__TYPE:
				unsetType();
				return;
			case DomainPackage.ADDRESS__DOMAIN:
				setDomain(DOMAIN_EDEFAULT);
				return;
			case DomainPackage.ADDRESS__BUS:
				setBus(BUS_EDEFAULT);
				return;
			case DomainPackage.ADDRESS__SLOT:
				setSlot(SLOT_EDEFAULT);
				return;
			case DomainPackage.ADDRESS__FUNCTION:
				setFunction(FUNCTION_EDEFAULT);
				return;
			case DomainPackage.ADDRESS__MULTIFUNCTION:
				unsetMultifunction();
				return;
			case DomainPackage.ADDRESS__CONTROLLER:
				setController(CONTROLLER_EDEFAULT);
				return;
			case DomainPackage.ADDRESS__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case DomainPackage.ADDRESS__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case DomainPackage.ADDRESS__PORT:
				setPort(PORT_EDEFAULT);
				return;
			case DomainPackage.ADDRESS__REG:
				setReg(REG_EDEFAULT);
				return;
			case DomainPackage.ADDRESS__CSSID:
				setCssid(CSSID_EDEFAULT);
				return;
			case DomainPackage.ADDRESS__SSID:
				setSsid(SSID_EDEFAULT);
				return;
			case DomainPackage.ADDRESS__DEVNO:
				setDevno(DEVNO_EDEFAULT);
				return;
			case DomainPackage.ADDRESS__IOBASE:
				setIobase(IOBASE_EDEFAULT);
				return;
			case DomainPackage.ADDRESS__IRQ:
				setIrq(IRQ_EDEFAULT);
				return;
			case DomainPackage.ADDRESS__BASE:
				setBase(BASE_EDEFAULT);
				return;
			case DomainPackage.ADDRESS__ANY:
				getAny().clear();
				return;
			case DomainPackage.ADDRESS__ANY_ATTRIBUTE:
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
			case DomainPackage.ADDRESS__MIXED:
				return mixed != null && !mixed.isEmpty();
			case DomainPackage.ADDRESS__ZPCI:
				return getZpci() != null;
			case DomainPackage.ADDRESS__TYPE:
				return isSetType();
			case DomainPackage.ADDRESS__DOMAIN:
				return DOMAIN_EDEFAULT == null ? domain != null : !DOMAIN_EDEFAULT.equals(domain);
			case DomainPackage.ADDRESS__BUS:
				return BUS_EDEFAULT == null ? bus != null : !BUS_EDEFAULT.equals(bus);
			case DomainPackage.ADDRESS__SLOT:
				return SLOT_EDEFAULT == null ? slot != null : !SLOT_EDEFAULT.equals(slot);
			case DomainPackage.ADDRESS__FUNCTION:
				return FUNCTION_EDEFAULT == null ? function != null : !FUNCTION_EDEFAULT.equals(function);
			case DomainPackage.ADDRESS__MULTIFUNCTION:
				return isSetMultifunction();
			case DomainPackage.ADDRESS__CONTROLLER:
				return CONTROLLER_EDEFAULT == null ? controller != null : !CONTROLLER_EDEFAULT.equals(controller);
			case DomainPackage.ADDRESS__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case DomainPackage.ADDRESS__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case DomainPackage.ADDRESS__PORT:
				return PORT_EDEFAULT == null ? port != null : !PORT_EDEFAULT.equals(port);
			case DomainPackage.ADDRESS__REG:
				return REG_EDEFAULT == null ? reg != null : !REG_EDEFAULT.equals(reg);
			case DomainPackage.ADDRESS__CSSID:
				return CSSID_EDEFAULT == null ? cssid != null : !CSSID_EDEFAULT.equals(cssid);
			case DomainPackage.ADDRESS__SSID:
				return SSID_EDEFAULT == null ? ssid != null : !SSID_EDEFAULT.equals(ssid);
			case DomainPackage.ADDRESS__DEVNO:
				return DEVNO_EDEFAULT == null ? devno != null : !DEVNO_EDEFAULT.equals(devno);
			case DomainPackage.ADDRESS__IOBASE:
				return IOBASE_EDEFAULT == null ? iobase != null : !IOBASE_EDEFAULT.equals(iobase);
			case DomainPackage.ADDRESS__IRQ:
				return IRQ_EDEFAULT == null ? irq != null : !IRQ_EDEFAULT.equals(irq);
			case DomainPackage.ADDRESS__BASE:
				return BASE_EDEFAULT == null ? base != null : !BASE_EDEFAULT.equals(base);
			case DomainPackage.ADDRESS__ANY:
				return !getAny().isEmpty();
			case DomainPackage.ADDRESS__ANY_ATTRIBUTE:
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
		result.append(", domain: ");
		result.append(domain);
		result.append(", bus: ");
		result.append(bus);
		result.append(", slot: ");
		result.append(slot);
		result.append(", function: ");
		result.append(function);
		result.append(", multifunction: ");
		if (multifunctionESet) result.append(multifunction); else result.append("<unset>");
		result.append(", controller: ");
		result.append(controller);
		result.append(", target: ");
		result.append(target);
		result.append(", unit: ");
		result.append(unit);
		result.append(", port: ");
		result.append(port);
		result.append(", reg: ");
		result.append(reg);
		result.append(", cssid: ");
		result.append(cssid);
		result.append(", ssid: ");
		result.append(ssid);
		result.append(", devno: ");
		result.append(devno);
		result.append(", iobase: ");
		result.append(iobase);
		result.append(", irq: ");
		result.append(irq);
		result.append(", base: ");
		result.append(base);
		result.append(", anyAttribute: ");
		result.append(anyAttribute);
		result.append(')');
		return result.toString();
	}

} //AddressImpl
