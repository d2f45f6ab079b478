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
import org.vdevstudio.model.domain.OsBios;
import org.vdevstudio.model.domain.VirYesNo;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Os Bios</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsBiosImpl#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsBiosImpl#getUseserial <em>Useserial</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsBiosImpl#getRebootTimeout <em>Reboot Timeout</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsBiosImpl#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsBiosImpl#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OsBiosImpl extends EObjectImpl implements OsBios {
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
	 * The default value of the '{@link #getUseserial() <em>Useserial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUseserial()
	 * @generated
	 * @ordered
	 */
	protected static final VirYesNo USESERIAL_EDEFAULT = VirYesNo.YES;

	/**
	 * The cached value of the '{@link #getUseserial() <em>Useserial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUseserial()
	 * @generated
	 * @ordered
	 */
	protected VirYesNo useserial = USESERIAL_EDEFAULT;

	/**
	 * This is true if the Useserial attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean useserialESet;

	/**
	 * The default value of the '{@link #getRebootTimeout() <em>Reboot Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRebootTimeout()
	 * @generated
	 * @ordered
	 */
	protected static final Integer REBOOT_TIMEOUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRebootTimeout() <em>Reboot Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRebootTimeout()
	 * @generated
	 * @ordered
	 */
	protected Integer rebootTimeout = REBOOT_TIMEOUT_EDEFAULT;

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
	protected OsBiosImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DomainPackage.Literals.OS_BIOS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getMixed() {
		if (mixed == null) {
			mixed = new BasicFeatureMap(this, DomainPackage.OS_BIOS__MIXED);
		}
		return mixed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirYesNo getUseserial() {
		return useserial;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUseserial(VirYesNo newUseserial) {
		VirYesNo oldUseserial = useserial;
		useserial = newUseserial == null ? USESERIAL_EDEFAULT : newUseserial;
		boolean oldUseserialESet = useserialESet;
		useserialESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_BIOS__USESERIAL, oldUseserial, useserial, !oldUseserialESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetUseserial() {
		VirYesNo oldUseserial = useserial;
		boolean oldUseserialESet = useserialESet;
		useserial = USESERIAL_EDEFAULT;
		useserialESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.OS_BIOS__USESERIAL, oldUseserial, USESERIAL_EDEFAULT, oldUseserialESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetUseserial() {
		return useserialESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getRebootTimeout() {
		return rebootTimeout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRebootTimeout(Integer newRebootTimeout) {
		Integer oldRebootTimeout = rebootTimeout;
		rebootTimeout = newRebootTimeout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_BIOS__REBOOT_TIMEOUT, oldRebootTimeout, rebootTimeout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAny() {
		return (FeatureMap)getMixed().<FeatureMap.Entry>list(DomainPackage.Literals.OS_BIOS__ANY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAnyAttribute() {
		if (anyAttribute == null) {
			anyAttribute = new BasicFeatureMap(this, DomainPackage.OS_BIOS__ANY_ATTRIBUTE);
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
			case DomainPackage.OS_BIOS__MIXED:
				return ((InternalEList<?>)getMixed()).basicRemove(otherEnd, msgs);
			case DomainPackage.OS_BIOS__ANY:
				return ((InternalEList<?>)getAny()).basicRemove(otherEnd, msgs);
			case DomainPackage.OS_BIOS__ANY_ATTRIBUTE:
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
			case DomainPackage.OS_BIOS__MIXED:
				if (coreType) return getMixed();
				return ((FeatureMap.Internal)getMixed()).getWrapper();
			case DomainPackage.OS_BIOS__USESERIAL:
				return getUseserial();
			case DomainPackage.OS_BIOS__REBOOT_TIMEOUT:
				return getRebootTimeout();
			case DomainPackage.OS_BIOS__ANY:
				if (coreType) return getAny();
				return ((FeatureMap.Internal)getAny()).getWrapper();
			case DomainPackage.OS_BIOS__ANY_ATTRIBUTE:
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
			case DomainPackage.OS_BIOS__MIXED:
				((FeatureMap.Internal)getMixed()).set(newValue);
				return;
			case DomainPackage.OS_BIOS__USESERIAL:
				setUseserial((VirYesNo)newValue);
				return;
			case DomainPackage.OS_BIOS__REBOOT_TIMEOUT:
				setRebootTimeout((Integer)newValue);
				return;
			case DomainPackage.OS_BIOS__ANY:
				((FeatureMap.Internal)getAny()).set(newValue);
				return;
			case DomainPackage.OS_BIOS__ANY_ATTRIBUTE:
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
			case DomainPackage.OS_BIOS__MIXED:
				getMixed().clear();
				return;
			case DomainPackage.OS_BIOS__USESERIAL:
				unsetUseserial();
				return;
			case DomainPackage.OS_BIOS__REBOOT_TIMEOUT:
				setRebootTimeout(REBOOT_TIMEOUT_EDEFAULT);
				return;
			case DomainPackage.OS_BIOS__ANY:
				getAny().clear();
				return;
			case DomainPackage.OS_BIOS__ANY_ATTRIBUTE:
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
			case DomainPackage.OS_BIOS__MIXED:
				return mixed != null && !mixed.isEmpty();
			case DomainPackage.OS_BIOS__USESERIAL:
				return isSetUseserial();
			case DomainPackage.OS_BIOS__REBOOT_TIMEOUT:
				return REBOOT_TIMEOUT_EDEFAULT == null ? rebootTimeout != null : !REBOOT_TIMEOUT_EDEFAULT.equals(rebootTimeout);
			case DomainPackage.OS_BIOS__ANY:
				return !getAny().isEmpty();
			case DomainPackage.OS_BIOS__ANY_ATTRIBUTE:
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
		result.append(", useserial: ");
		if (useserialESet) result.append(useserial); else result.append("<unset>");
		result.append(", rebootTimeout: ");
		result.append(rebootTimeout);
		result.append(", anyAttribute: ");
		result.append(anyAttribute);
		result.append(')');
		return result.toString();
	}

} //OsBiosImpl
