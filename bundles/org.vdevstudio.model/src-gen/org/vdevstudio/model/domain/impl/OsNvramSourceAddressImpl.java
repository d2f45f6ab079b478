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

import org.vdevstudio.model.domain.DomainPackage;
import org.vdevstudio.model.domain.OsNvramSourceAddress;
import org.vdevstudio.model.domain.VirOnOff;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Os Nvram Source Address</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceAddressImpl#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceAddressImpl#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceAddressImpl#getBus <em>Bus</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceAddressImpl#getSlot <em>Slot</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceAddressImpl#getFunction <em>Function</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceAddressImpl#getMultifunction <em>Multifunction</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceAddressImpl#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceAddressImpl#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OsNvramSourceAddressImpl extends EObjectImpl implements OsNvramSourceAddress {
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
	protected OsNvramSourceAddressImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DomainPackage.Literals.OS_NVRAM_SOURCE_ADDRESS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getMixed() {
		if (mixed == null) {
			mixed = new BasicFeatureMap(this, DomainPackage.OS_NVRAM_SOURCE_ADDRESS__MIXED);
		}
		return mixed;
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
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE_ADDRESS__DOMAIN, oldDomain, domain));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE_ADDRESS__BUS, oldBus, bus));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE_ADDRESS__SLOT, oldSlot, slot));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE_ADDRESS__FUNCTION, oldFunction, function));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE_ADDRESS__MULTIFUNCTION, oldMultifunction, multifunction, !oldMultifunctionESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.OS_NVRAM_SOURCE_ADDRESS__MULTIFUNCTION, oldMultifunction, MULTIFUNCTION_EDEFAULT, oldMultifunctionESet));
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
	public FeatureMap getAny() {
		return (FeatureMap)getMixed().<FeatureMap.Entry>list(DomainPackage.Literals.OS_NVRAM_SOURCE_ADDRESS__ANY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAnyAttribute() {
		if (anyAttribute == null) {
			anyAttribute = new BasicFeatureMap(this, DomainPackage.OS_NVRAM_SOURCE_ADDRESS__ANY_ATTRIBUTE);
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
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__MIXED:
				return ((InternalEList<?>)getMixed()).basicRemove(otherEnd, msgs);
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__ANY:
				return ((InternalEList<?>)getAny()).basicRemove(otherEnd, msgs);
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__ANY_ATTRIBUTE:
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
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__MIXED:
				if (coreType) return getMixed();
				return ((FeatureMap.Internal)getMixed()).getWrapper();
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__DOMAIN:
				return getDomain();
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__BUS:
				return getBus();
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__SLOT:
				return getSlot();
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__FUNCTION:
				return getFunction();
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__MULTIFUNCTION:
				return getMultifunction();
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__ANY:
				if (coreType) return getAny();
				return ((FeatureMap.Internal)getAny()).getWrapper();
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__ANY_ATTRIBUTE:
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
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__MIXED:
				((FeatureMap.Internal)getMixed()).set(newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__DOMAIN:
				setDomain((String)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__BUS:
				setBus((String)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__SLOT:
				setSlot((String)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__FUNCTION:
				setFunction((String)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__MULTIFUNCTION:
				setMultifunction((VirOnOff)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__ANY:
				((FeatureMap.Internal)getAny()).set(newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__ANY_ATTRIBUTE:
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
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__MIXED:
				getMixed().clear();
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__DOMAIN:
				setDomain(DOMAIN_EDEFAULT);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__BUS:
				setBus(BUS_EDEFAULT);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__SLOT:
				setSlot(SLOT_EDEFAULT);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__FUNCTION:
				setFunction(FUNCTION_EDEFAULT);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__MULTIFUNCTION:
				unsetMultifunction();
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__ANY:
				getAny().clear();
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__ANY_ATTRIBUTE:
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
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__MIXED:
				return mixed != null && !mixed.isEmpty();
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__DOMAIN:
				return DOMAIN_EDEFAULT == null ? domain != null : !DOMAIN_EDEFAULT.equals(domain);
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__BUS:
				return BUS_EDEFAULT == null ? bus != null : !BUS_EDEFAULT.equals(bus);
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__SLOT:
				return SLOT_EDEFAULT == null ? slot != null : !SLOT_EDEFAULT.equals(slot);
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__FUNCTION:
				return FUNCTION_EDEFAULT == null ? function != null : !FUNCTION_EDEFAULT.equals(function);
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__MULTIFUNCTION:
				return isSetMultifunction();
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__ANY:
				return !getAny().isEmpty();
			case DomainPackage.OS_NVRAM_SOURCE_ADDRESS__ANY_ATTRIBUTE:
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
		result.append(", anyAttribute: ");
		result.append(anyAttribute);
		result.append(')');
		return result.toString();
	}

} //OsNvramSourceAddressImpl
