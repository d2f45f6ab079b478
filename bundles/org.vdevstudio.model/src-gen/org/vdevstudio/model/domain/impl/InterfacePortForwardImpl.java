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

import org.vdevstudio.model.domain.DomainPackage;
import org.vdevstudio.model.domain.InterfacePortForward;
import org.vdevstudio.model.domain.InterfacePortForwardProto;
import org.vdevstudio.model.domain.InterfacePortForwardRange;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interface Port Forward</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfacePortForwardImpl#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfacePortForwardImpl#getRanges <em>Ranges</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfacePortForwardImpl#getProto <em>Proto</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfacePortForwardImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfacePortForwardImpl#getDev <em>Dev</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfacePortForwardImpl#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfacePortForwardImpl#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterfacePortForwardImpl extends EObjectImpl implements InterfacePortForward {
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
	 * The default value of the '{@link #getProto() <em>Proto</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProto()
	 * @generated
	 * @ordered
	 */
	protected static final InterfacePortForwardProto PROTO_EDEFAULT = InterfacePortForwardProto.TCP;

	/**
	 * The cached value of the '{@link #getProto() <em>Proto</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProto()
	 * @generated
	 * @ordered
	 */
	protected InterfacePortForwardProto proto = PROTO_EDEFAULT;

	/**
	 * This is true if the Proto attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean protoESet;

	/**
	 * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected String address = ADDRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDev() <em>Dev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDev()
	 * @generated
	 * @ordered
	 */
	protected static final String DEV_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDev() <em>Dev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDev()
	 * @generated
	 * @ordered
	 */
	protected String dev = DEV_EDEFAULT;

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
	protected InterfacePortForwardImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DomainPackage.Literals.INTERFACE_PORT_FORWARD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getMixed() {
		if (mixed == null) {
			mixed = new BasicFeatureMap(this, DomainPackage.INTERFACE_PORT_FORWARD__MIXED);
		}
		return mixed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InterfacePortForwardRange> getRanges() {
		return getMixed().list(DomainPackage.Literals.INTERFACE_PORT_FORWARD__RANGES);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InterfacePortForwardProto getProto() {
		return proto;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProto(InterfacePortForwardProto newProto) {
		InterfacePortForwardProto oldProto = proto;
		proto = newProto == null ? PROTO_EDEFAULT : newProto;
		boolean oldProtoESet = protoESet;
		protoESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_PORT_FORWARD__PROTO, oldProto, proto, !oldProtoESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetProto() {
		InterfacePortForwardProto oldProto = proto;
		boolean oldProtoESet = protoESet;
		proto = PROTO_EDEFAULT;
		protoESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE_PORT_FORWARD__PROTO, oldProto, PROTO_EDEFAULT, oldProtoESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetProto() {
		return protoESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(String newAddress) {
		String oldAddress = address;
		address = newAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_PORT_FORWARD__ADDRESS, oldAddress, address));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDev() {
		return dev;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDev(String newDev) {
		String oldDev = dev;
		dev = newDev;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_PORT_FORWARD__DEV, oldDev, dev));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAny() {
		return (FeatureMap)getMixed().<FeatureMap.Entry>list(DomainPackage.Literals.INTERFACE_PORT_FORWARD__ANY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAnyAttribute() {
		if (anyAttribute == null) {
			anyAttribute = new BasicFeatureMap(this, DomainPackage.INTERFACE_PORT_FORWARD__ANY_ATTRIBUTE);
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
			case DomainPackage.INTERFACE_PORT_FORWARD__MIXED:
				return ((InternalEList<?>)getMixed()).basicRemove(otherEnd, msgs);
			case DomainPackage.INTERFACE_PORT_FORWARD__RANGES:
				return ((InternalEList<?>)getRanges()).basicRemove(otherEnd, msgs);
			case DomainPackage.INTERFACE_PORT_FORWARD__ANY:
				return ((InternalEList<?>)getAny()).basicRemove(otherEnd, msgs);
			case DomainPackage.INTERFACE_PORT_FORWARD__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_PORT_FORWARD__MIXED:
				if (coreType) return getMixed();
				return ((FeatureMap.Internal)getMixed()).getWrapper();
			case DomainPackage.INTERFACE_PORT_FORWARD__RANGES:
				return getRanges();
			case DomainPackage.INTERFACE_PORT_FORWARD__PROTO:
				return getProto();
			case DomainPackage.INTERFACE_PORT_FORWARD__ADDRESS:
				return getAddress();
			case DomainPackage.INTERFACE_PORT_FORWARD__DEV:
				return getDev();
			case DomainPackage.INTERFACE_PORT_FORWARD__ANY:
				if (coreType) return getAny();
				return ((FeatureMap.Internal)getAny()).getWrapper();
			case DomainPackage.INTERFACE_PORT_FORWARD__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_PORT_FORWARD__MIXED:
				((FeatureMap.Internal)getMixed()).set(newValue);
				return;
			case DomainPackage.INTERFACE_PORT_FORWARD__RANGES:
				getRanges().clear();
				getRanges().addAll((Collection<? extends InterfacePortForwardRange>)newValue);
				return;
			case DomainPackage.INTERFACE_PORT_FORWARD__PROTO:
				setProto((InterfacePortForwardProto)newValue);
				return;
			case DomainPackage.INTERFACE_PORT_FORWARD__ADDRESS:
				setAddress((String)newValue);
				return;
			case DomainPackage.INTERFACE_PORT_FORWARD__DEV:
				setDev((String)newValue);
				return;
			case DomainPackage.INTERFACE_PORT_FORWARD__ANY:
				((FeatureMap.Internal)getAny()).set(newValue);
				return;
			case DomainPackage.INTERFACE_PORT_FORWARD__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_PORT_FORWARD__MIXED:
				getMixed().clear();
				return;
			case DomainPackage.INTERFACE_PORT_FORWARD__RANGES:
				getRanges().clear();
				return;
			case DomainPackage.INTERFACE_PORT_FORWARD__PROTO:
				unsetProto();
				return;
			case DomainPackage.INTERFACE_PORT_FORWARD__ADDRESS:
				setAddress(ADDRESS_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_PORT_FORWARD__DEV:
				setDev(DEV_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_PORT_FORWARD__ANY:
				getAny().clear();
				return;
			case DomainPackage.INTERFACE_PORT_FORWARD__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_PORT_FORWARD__MIXED:
				return mixed != null && !mixed.isEmpty();
			case DomainPackage.INTERFACE_PORT_FORWARD__RANGES:
				return !getRanges().isEmpty();
			case DomainPackage.INTERFACE_PORT_FORWARD__PROTO:
				return isSetProto();
			case DomainPackage.INTERFACE_PORT_FORWARD__ADDRESS:
				return ADDRESS_EDEFAULT == null ? address != null : !ADDRESS_EDEFAULT.equals(address);
			case DomainPackage.INTERFACE_PORT_FORWARD__DEV:
				return DEV_EDEFAULT == null ? dev != null : !DEV_EDEFAULT.equals(dev);
			case DomainPackage.INTERFACE_PORT_FORWARD__ANY:
				return !getAny().isEmpty();
			case DomainPackage.INTERFACE_PORT_FORWARD__ANY_ATTRIBUTE:
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
		result.append(", proto: ");
		if (protoESet) result.append(proto); else result.append("<unset>");
		result.append(", address: ");
		result.append(address);
		result.append(", dev: ");
		result.append(dev);
		result.append(", anyAttribute: ");
		result.append(anyAttribute);
		result.append(')');
		return result.toString();
	}

} //InterfacePortForwardImpl
