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
import org.vdevstudio.model.domain.InterfaceBandwidth;
import org.vdevstudio.model.domain.InterfaceBandwidthInbound;
import org.vdevstudio.model.domain.InterfaceBandwidthOutbound;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interface Bandwidth</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceBandwidthImpl#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceBandwidthImpl#getInbound <em>Inbound</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceBandwidthImpl#getOutbound <em>Outbound</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceBandwidthImpl#getClassID <em>Class ID</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceBandwidthImpl#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceBandwidthImpl#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterfaceBandwidthImpl extends EObjectImpl implements InterfaceBandwidth {
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
	 * The default value of the '{@link #getClassID() <em>Class ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassID()
	 * @generated
	 * @ordered
	 */
	protected static final BigInteger CLASS_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClassID() <em>Class ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClassID()
	 * @generated
	 * @ordered
	 */
	protected BigInteger classID = CLASS_ID_EDEFAULT;

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
	protected InterfaceBandwidthImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DomainPackage.Literals.INTERFACE_BANDWIDTH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getMixed() {
		if (mixed == null) {
			mixed = new BasicFeatureMap(this, DomainPackage.INTERFACE_BANDWIDTH__MIXED);
		}
		return mixed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceBandwidthInbound getInbound() {
		return (InterfaceBandwidthInbound)getMixed().get(DomainPackage.Literals.INTERFACE_BANDWIDTH__INBOUND, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetInbound(InterfaceBandwidthInbound newInbound, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE_BANDWIDTH__INBOUND, newInbound, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInbound(InterfaceBandwidthInbound newInbound) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE_BANDWIDTH__INBOUND, newInbound);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfaceBandwidthOutbound getOutbound() {
		return (InterfaceBandwidthOutbound)getMixed().get(DomainPackage.Literals.INTERFACE_BANDWIDTH__OUTBOUND, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOutbound(InterfaceBandwidthOutbound newOutbound, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.INTERFACE_BANDWIDTH__OUTBOUND, newOutbound, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutbound(InterfaceBandwidthOutbound newOutbound) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.INTERFACE_BANDWIDTH__OUTBOUND, newOutbound);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigInteger getClassID() {
		return classID;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClassID(BigInteger newClassID) {
		BigInteger oldClassID = classID;
		classID = newClassID;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_BANDWIDTH__CLASS_ID, oldClassID, classID));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAny() {
		return (FeatureMap)getMixed().<FeatureMap.Entry>list(DomainPackage.Literals.INTERFACE_BANDWIDTH__ANY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAnyAttribute() {
		if (anyAttribute == null) {
			anyAttribute = new BasicFeatureMap(this, DomainPackage.INTERFACE_BANDWIDTH__ANY_ATTRIBUTE);
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
			case DomainPackage.INTERFACE_BANDWIDTH__MIXED:
				return ((InternalEList<?>)getMixed()).basicRemove(otherEnd, msgs);
			case DomainPackage.INTERFACE_BANDWIDTH__INBOUND:
				return basicSetInbound(null, msgs);
			case DomainPackage.INTERFACE_BANDWIDTH__OUTBOUND:
				return basicSetOutbound(null, msgs);
			case DomainPackage.INTERFACE_BANDWIDTH__ANY:
				return ((InternalEList<?>)getAny()).basicRemove(otherEnd, msgs);
			case DomainPackage.INTERFACE_BANDWIDTH__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_BANDWIDTH__MIXED:
				if (coreType) return getMixed();
				return ((FeatureMap.Internal)getMixed()).getWrapper();
			case DomainPackage.INTERFACE_BANDWIDTH__INBOUND:
				return getInbound();
			case DomainPackage.INTERFACE_BANDWIDTH__OUTBOUND:
				return getOutbound();
			case DomainPackage.INTERFACE_BANDWIDTH__CLASS_ID:
				return getClassID();
			case DomainPackage.INTERFACE_BANDWIDTH__ANY:
				if (coreType) return getAny();
				return ((FeatureMap.Internal)getAny()).getWrapper();
			case DomainPackage.INTERFACE_BANDWIDTH__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_BANDWIDTH__MIXED:
				((FeatureMap.Internal)getMixed()).set(newValue);
				return;
			case DomainPackage.INTERFACE_BANDWIDTH__INBOUND:
				setInbound((InterfaceBandwidthInbound)newValue);
				return;
			case DomainPackage.INTERFACE_BANDWIDTH__OUTBOUND:
				setOutbound((InterfaceBandwidthOutbound)newValue);
				return;
			case DomainPackage.INTERFACE_BANDWIDTH__CLASS_ID:
				setClassID((BigInteger)newValue);
				return;
			case DomainPackage.INTERFACE_BANDWIDTH__ANY:
				((FeatureMap.Internal)getAny()).set(newValue);
				return;
			case DomainPackage.INTERFACE_BANDWIDTH__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_BANDWIDTH__MIXED:
				getMixed().clear();
				return;
			case DomainPackage.INTERFACE_BANDWIDTH__INBOUND:
				setInbound((InterfaceBandwidthInbound)null);
				return;
			case DomainPackage.INTERFACE_BANDWIDTH__OUTBOUND:
				setOutbound((InterfaceBandwidthOutbound)null);
				return;
			case DomainPackage.INTERFACE_BANDWIDTH__CLASS_ID:
				setClassID(CLASS_ID_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_BANDWIDTH__ANY:
				getAny().clear();
				return;
			case DomainPackage.INTERFACE_BANDWIDTH__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_BANDWIDTH__MIXED:
				return mixed != null && !mixed.isEmpty();
			case DomainPackage.INTERFACE_BANDWIDTH__INBOUND:
				return getInbound() != null;
			case DomainPackage.INTERFACE_BANDWIDTH__OUTBOUND:
				return getOutbound() != null;
			case DomainPackage.INTERFACE_BANDWIDTH__CLASS_ID:
				return CLASS_ID_EDEFAULT == null ? classID != null : !CLASS_ID_EDEFAULT.equals(classID);
			case DomainPackage.INTERFACE_BANDWIDTH__ANY:
				return !getAny().isEmpty();
			case DomainPackage.INTERFACE_BANDWIDTH__ANY_ATTRIBUTE:
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
		result.append(", classID: ");
		result.append(classID);
		result.append(", anyAttribute: ");
		result.append(anyAttribute);
		result.append(')');
		return result.toString();
	}

} //InterfaceBandwidthImpl
