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
import org.vdevstudio.model.domain.InterfaceVirtualportParameters;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interface Virtualport Parameters</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceVirtualportParametersImpl#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceVirtualportParametersImpl#getManagerid <em>Managerid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceVirtualportParametersImpl#getTypeid <em>Typeid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceVirtualportParametersImpl#getTypeidversion <em>Typeidversion</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceVirtualportParametersImpl#getInstanceid <em>Instanceid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceVirtualportParametersImpl#getProfileid <em>Profileid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceVirtualportParametersImpl#getInterfaceid <em>Interfaceid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceVirtualportParametersImpl#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceVirtualportParametersImpl#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterfaceVirtualportParametersImpl extends EObjectImpl implements InterfaceVirtualportParameters {
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
	 * The default value of the '{@link #getManagerid() <em>Managerid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManagerid()
	 * @generated
	 * @ordered
	 */
	protected static final String MANAGERID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getManagerid() <em>Managerid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getManagerid()
	 * @generated
	 * @ordered
	 */
	protected String managerid = MANAGERID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTypeid() <em>Typeid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypeid()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPEID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTypeid() <em>Typeid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypeid()
	 * @generated
	 * @ordered
	 */
	protected String typeid = TYPEID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTypeidversion() <em>Typeidversion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypeidversion()
	 * @generated
	 * @ordered
	 */
	protected static final String TYPEIDVERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTypeidversion() <em>Typeidversion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTypeidversion()
	 * @generated
	 * @ordered
	 */
	protected String typeidversion = TYPEIDVERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstanceid() <em>Instanceid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstanceid()
	 * @generated
	 * @ordered
	 */
	protected static final String INSTANCEID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstanceid() <em>Instanceid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstanceid()
	 * @generated
	 * @ordered
	 */
	protected String instanceid = INSTANCEID_EDEFAULT;

	/**
	 * The default value of the '{@link #getProfileid() <em>Profileid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfileid()
	 * @generated
	 * @ordered
	 */
	protected static final String PROFILEID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProfileid() <em>Profileid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfileid()
	 * @generated
	 * @ordered
	 */
	protected String profileid = PROFILEID_EDEFAULT;

	/**
	 * The default value of the '{@link #getInterfaceid() <em>Interfaceid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterfaceid()
	 * @generated
	 * @ordered
	 */
	protected static final String INTERFACEID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInterfaceid() <em>Interfaceid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterfaceid()
	 * @generated
	 * @ordered
	 */
	protected String interfaceid = INTERFACEID_EDEFAULT;

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
	protected InterfaceVirtualportParametersImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DomainPackage.Literals.INTERFACE_VIRTUALPORT_PARAMETERS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getMixed() {
		if (mixed == null) {
			mixed = new BasicFeatureMap(this, DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__MIXED);
		}
		return mixed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getManagerid() {
		return managerid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManagerid(String newManagerid) {
		String oldManagerid = managerid;
		managerid = newManagerid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__MANAGERID, oldManagerid, managerid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTypeid() {
		return typeid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTypeid(String newTypeid) {
		String oldTypeid = typeid;
		typeid = newTypeid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__TYPEID, oldTypeid, typeid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTypeidversion() {
		return typeidversion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTypeidversion(String newTypeidversion) {
		String oldTypeidversion = typeidversion;
		typeidversion = newTypeidversion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__TYPEIDVERSION, oldTypeidversion, typeidversion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInstanceid() {
		return instanceid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstanceid(String newInstanceid) {
		String oldInstanceid = instanceid;
		instanceid = newInstanceid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__INSTANCEID, oldInstanceid, instanceid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProfileid() {
		return profileid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProfileid(String newProfileid) {
		String oldProfileid = profileid;
		profileid = newProfileid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__PROFILEID, oldProfileid, profileid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInterfaceid() {
		return interfaceid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterfaceid(String newInterfaceid) {
		String oldInterfaceid = interfaceid;
		interfaceid = newInterfaceid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__INTERFACEID, oldInterfaceid, interfaceid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAny() {
		return (FeatureMap)getMixed().<FeatureMap.Entry>list(DomainPackage.Literals.INTERFACE_VIRTUALPORT_PARAMETERS__ANY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAnyAttribute() {
		if (anyAttribute == null) {
			anyAttribute = new BasicFeatureMap(this, DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__ANY_ATTRIBUTE);
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
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__MIXED:
				return ((InternalEList<?>)getMixed()).basicRemove(otherEnd, msgs);
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__ANY:
				return ((InternalEList<?>)getAny()).basicRemove(otherEnd, msgs);
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__MIXED:
				if (coreType) return getMixed();
				return ((FeatureMap.Internal)getMixed()).getWrapper();
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__MANAGERID:
				return getManagerid();
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__TYPEID:
				return getTypeid();
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__TYPEIDVERSION:
				return getTypeidversion();
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__INSTANCEID:
				return getInstanceid();
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__PROFILEID:
				return getProfileid();
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__INTERFACEID:
				return getInterfaceid();
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__ANY:
				if (coreType) return getAny();
				return ((FeatureMap.Internal)getAny()).getWrapper();
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__MIXED:
				((FeatureMap.Internal)getMixed()).set(newValue);
				return;
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__MANAGERID:
				setManagerid((String)newValue);
				return;
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__TYPEID:
				setTypeid((String)newValue);
				return;
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__TYPEIDVERSION:
				setTypeidversion((String)newValue);
				return;
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__INSTANCEID:
				setInstanceid((String)newValue);
				return;
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__PROFILEID:
				setProfileid((String)newValue);
				return;
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__INTERFACEID:
				setInterfaceid((String)newValue);
				return;
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__ANY:
				((FeatureMap.Internal)getAny()).set(newValue);
				return;
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__MIXED:
				getMixed().clear();
				return;
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__MANAGERID:
				setManagerid(MANAGERID_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__TYPEID:
				setTypeid(TYPEID_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__TYPEIDVERSION:
				setTypeidversion(TYPEIDVERSION_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__INSTANCEID:
				setInstanceid(INSTANCEID_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__PROFILEID:
				setProfileid(PROFILEID_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__INTERFACEID:
				setInterfaceid(INTERFACEID_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__ANY:
				getAny().clear();
				return;
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__MIXED:
				return mixed != null && !mixed.isEmpty();
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__MANAGERID:
				return MANAGERID_EDEFAULT == null ? managerid != null : !MANAGERID_EDEFAULT.equals(managerid);
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__TYPEID:
				return TYPEID_EDEFAULT == null ? typeid != null : !TYPEID_EDEFAULT.equals(typeid);
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__TYPEIDVERSION:
				return TYPEIDVERSION_EDEFAULT == null ? typeidversion != null : !TYPEIDVERSION_EDEFAULT.equals(typeidversion);
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__INSTANCEID:
				return INSTANCEID_EDEFAULT == null ? instanceid != null : !INSTANCEID_EDEFAULT.equals(instanceid);
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__PROFILEID:
				return PROFILEID_EDEFAULT == null ? profileid != null : !PROFILEID_EDEFAULT.equals(profileid);
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__INTERFACEID:
				return INTERFACEID_EDEFAULT == null ? interfaceid != null : !INTERFACEID_EDEFAULT.equals(interfaceid);
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__ANY:
				return !getAny().isEmpty();
			case DomainPackage.INTERFACE_VIRTUALPORT_PARAMETERS__ANY_ATTRIBUTE:
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
		result.append(", managerid: ");
		result.append(managerid);
		result.append(", typeid: ");
		result.append(typeid);
		result.append(", typeidversion: ");
		result.append(typeidversion);
		result.append(", instanceid: ");
		result.append(instanceid);
		result.append(", profileid: ");
		result.append(profileid);
		result.append(", interfaceid: ");
		result.append(interfaceid);
		result.append(", anyAttribute: ");
		result.append(anyAttribute);
		result.append(')');
		return result.toString();
	}

} //InterfaceVirtualportParametersImpl
