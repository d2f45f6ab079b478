/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain.impl;

import java.math.BigInteger;

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
import org.vdevstudio.model.domain.HostdevSourceAdapterParentaddr;
import org.vdevstudio.model.domain.HostdevSourceAdapterParentaddrAddress;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hostdev Source Adapter Parentaddr</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceAdapterParentaddrImpl#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceAdapterParentaddrImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceAdapterParentaddrImpl#getUniqueId <em>Unique Id</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceAdapterParentaddrImpl#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceAdapterParentaddrImpl#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HostdevSourceAdapterParentaddrImpl extends EObjectImpl implements HostdevSourceAdapterParentaddr {
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
	 * The default value of the '{@link #getUniqueId() <em>Unique Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUniqueId()
	 * @generated
	 * @ordered
	 */
	protected static final BigInteger UNIQUE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUniqueId() <em>Unique Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUniqueId()
	 * @generated
	 * @ordered
	 */
	protected BigInteger uniqueId = UNIQUE_ID_EDEFAULT;

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
	protected HostdevSourceAdapterParentaddrImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DomainPackage.Literals.HOSTDEV_SOURCE_ADAPTER_PARENTADDR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getMixed() {
		if (mixed == null) {
			mixed = new BasicFeatureMap(this, DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__MIXED);
		}
		return mixed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostdevSourceAdapterParentaddrAddress getAddress() {
		return (HostdevSourceAdapterParentaddrAddress)getMixed().get(DomainPackage.Literals.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ADDRESS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAddress(HostdevSourceAdapterParentaddrAddress newAddress, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ADDRESS, newAddress, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(HostdevSourceAdapterParentaddrAddress newAddress) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ADDRESS, newAddress);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigInteger getUniqueId() {
		return uniqueId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUniqueId(BigInteger newUniqueId) {
		BigInteger oldUniqueId = uniqueId;
		uniqueId = newUniqueId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__UNIQUE_ID, oldUniqueId, uniqueId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAny() {
		return (FeatureMap)getMixed().<FeatureMap.Entry>list(DomainPackage.Literals.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ANY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAnyAttribute() {
		if (anyAttribute == null) {
			anyAttribute = new BasicFeatureMap(this, DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ANY_ATTRIBUTE);
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
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__MIXED:
				return ((InternalEList<?>)getMixed()).basicRemove(otherEnd, msgs);
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ADDRESS:
				return basicSetAddress(null, msgs);
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ANY:
				return ((InternalEList<?>)getAny()).basicRemove(otherEnd, msgs);
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ANY_ATTRIBUTE:
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
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__MIXED:
				if (coreType) return getMixed();
				return ((FeatureMap.Internal)getMixed()).getWrapper();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ADDRESS:
				return getAddress();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__UNIQUE_ID:
				return getUniqueId();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ANY:
				if (coreType) return getAny();
				return ((FeatureMap.Internal)getAny()).getWrapper();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ANY_ATTRIBUTE:
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
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__MIXED:
				((FeatureMap.Internal)getMixed()).set(newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ADDRESS:
				setAddress((HostdevSourceAdapterParentaddrAddress)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__UNIQUE_ID:
				setUniqueId((BigInteger)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ANY:
				((FeatureMap.Internal)getAny()).set(newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ANY_ATTRIBUTE:
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
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__MIXED:
				getMixed().clear();
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ADDRESS:
				setAddress((HostdevSourceAdapterParentaddrAddress)null);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__UNIQUE_ID:
				setUniqueId(UNIQUE_ID_EDEFAULT);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ANY:
				getAny().clear();
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ANY_ATTRIBUTE:
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
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__MIXED:
				return mixed != null && !mixed.isEmpty();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ADDRESS:
				return getAddress() != null;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__UNIQUE_ID:
				return UNIQUE_ID_EDEFAULT == null ? uniqueId != null : !UNIQUE_ID_EDEFAULT.equals(uniqueId);
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ANY:
				return !getAny().isEmpty();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ANY_ATTRIBUTE:
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
		result.append(", uniqueId: ");
		result.append(uniqueId);
		result.append(", anyAttribute: ");
		result.append(anyAttribute);
		result.append(')');
		return result.toString();
	}

} //HostdevSourceAdapterParentaddrImpl
