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

import org.vdevstudio.model.domain.CurrentMemory;
import org.vdevstudio.model.domain.Devices;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.DomainPackage;
import org.vdevstudio.model.domain.DomainType;
import org.vdevstudio.model.domain.Memory;
import org.vdevstudio.model.domain.Os;
import org.vdevstudio.model.domain.Vcpu;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Domain</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.impl.DomainImpl#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.DomainImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.DomainImpl#getUuid <em>Uuid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.DomainImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.DomainImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.DomainImpl#getOs <em>Os</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.DomainImpl#getMemory <em>Memory</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.DomainImpl#getCurrentMemory <em>Current Memory</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.DomainImpl#getVcpu <em>Vcpu</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.DomainImpl#getDevices <em>Devices</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.DomainImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.DomainImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.DomainImpl#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.DomainImpl#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DomainImpl extends EObjectImpl implements Domain {
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
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getUuid() <em>Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUuid()
	 * @generated
	 * @ordered
	 */
	protected static final String UUID_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final DomainType TYPE_EDEFAULT = DomainType.QEMU;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected DomainType type = TYPE_EDEFAULT;

	/**
	 * This is true if the Type attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean typeESet;

	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final Long ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected Long id = ID_EDEFAULT;

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
	protected DomainImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DomainPackage.Literals.DOMAIN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getMixed() {
		if (mixed == null) {
			mixed = new BasicFeatureMap(this, DomainPackage.DOMAIN__MIXED);
		}
		return mixed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return (String)getMixed().get(DomainPackage.Literals.DOMAIN__NAME, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.DOMAIN__NAME, newName);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUuid() {
		return (String)getMixed().get(DomainPackage.Literals.DOMAIN__UUID, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUuid(String newUuid) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.DOMAIN__UUID, newUuid);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return (String)getMixed().get(DomainPackage.Literals.DOMAIN__TITLE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.DOMAIN__TITLE, newTitle);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return (String)getMixed().get(DomainPackage.Literals.DOMAIN__DESCRIPTION, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.DOMAIN__DESCRIPTION, newDescription);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Os getOs() {
		return (Os)getMixed().get(DomainPackage.Literals.DOMAIN__OS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOs(Os newOs, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.DOMAIN__OS, newOs, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOs(Os newOs) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.DOMAIN__OS, newOs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Memory getMemory() {
		return (Memory)getMixed().get(DomainPackage.Literals.DOMAIN__MEMORY, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMemory(Memory newMemory, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.DOMAIN__MEMORY, newMemory, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemory(Memory newMemory) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.DOMAIN__MEMORY, newMemory);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CurrentMemory getCurrentMemory() {
		return (CurrentMemory)getMixed().get(DomainPackage.Literals.DOMAIN__CURRENT_MEMORY, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCurrentMemory(CurrentMemory newCurrentMemory, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.DOMAIN__CURRENT_MEMORY, newCurrentMemory, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrentMemory(CurrentMemory newCurrentMemory) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.DOMAIN__CURRENT_MEMORY, newCurrentMemory);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Vcpu getVcpu() {
		return (Vcpu)getMixed().get(DomainPackage.Literals.DOMAIN__VCPU, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetVcpu(Vcpu newVcpu, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.DOMAIN__VCPU, newVcpu, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVcpu(Vcpu newVcpu) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.DOMAIN__VCPU, newVcpu);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Devices getDevices() {
		return (Devices)getMixed().get(DomainPackage.Literals.DOMAIN__DEVICES, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDevices(Devices newDevices, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.DOMAIN__DEVICES, newDevices, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevices(Devices newDevices) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.DOMAIN__DEVICES, newDevices);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DomainType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(DomainType newType) {
		DomainType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		boolean oldTypeESet = typeESet;
		typeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__TYPE, oldType, type, !oldTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetType() {
		DomainType oldType = type;
		boolean oldTypeESet = typeESet;
		type = TYPE_EDEFAULT;
		typeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.DOMAIN__TYPE, oldType, TYPE_EDEFAULT, oldTypeESet));
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
	public Long getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(Long newId) {
		Long oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DOMAIN__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAny() {
		return (FeatureMap)getMixed().<FeatureMap.Entry>list(DomainPackage.Literals.DOMAIN__ANY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAnyAttribute() {
		if (anyAttribute == null) {
			anyAttribute = new BasicFeatureMap(this, DomainPackage.DOMAIN__ANY_ATTRIBUTE);
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
			case DomainPackage.DOMAIN__MIXED:
				return ((InternalEList<?>)getMixed()).basicRemove(otherEnd, msgs);
			case DomainPackage.DOMAIN__OS:
				return basicSetOs(null, msgs);
			case DomainPackage.DOMAIN__MEMORY:
				return basicSetMemory(null, msgs);
			case DomainPackage.DOMAIN__CURRENT_MEMORY:
				return basicSetCurrentMemory(null, msgs);
			case DomainPackage.DOMAIN__VCPU:
				return basicSetVcpu(null, msgs);
			case DomainPackage.DOMAIN__DEVICES:
				return basicSetDevices(null, msgs);
			case DomainPackage.DOMAIN__ANY:
				return ((InternalEList<?>)getAny()).basicRemove(otherEnd, msgs);
			case DomainPackage.DOMAIN__ANY_ATTRIBUTE:
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
			case DomainPackage.DOMAIN__MIXED:
				if (coreType) return getMixed();
				return ((FeatureMap.Internal)getMixed()).getWrapper();
			case DomainPackage.DOMAIN__NAME:
				return getName();
			case DomainPackage.DOMAIN__UUID:
				return getUuid();
			case DomainPackage.DOMAIN__TITLE:
				return getTitle();
			case DomainPackage.DOMAIN__DESCRIPTION:
				return getDescription();
			case DomainPackage.DOMAIN__OS:
				return getOs();
			case DomainPackage.DOMAIN__MEMORY:
				return getMemory();
			case DomainPackage.DOMAIN__CURRENT_MEMORY:
				return getCurrentMemory();
			case DomainPackage.DOMAIN__VCPU:
				return getVcpu();
			case DomainPackage.DOMAIN__DEVICES:
				return getDevices();
			case DomainPackage.DOMAIN__TYPE:
				return getType();
			case DomainPackage.DOMAIN__ID:
				return getId();
			case DomainPackage.DOMAIN__ANY:
				if (coreType) return getAny();
				return ((FeatureMap.Internal)getAny()).getWrapper();
			case DomainPackage.DOMAIN__ANY_ATTRIBUTE:
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
			case DomainPackage.DOMAIN__MIXED:
				((FeatureMap.Internal)getMixed()).set(newValue);
				return;
			case DomainPackage.DOMAIN__NAME:
				setName((String)newValue);
				return;
			case DomainPackage.DOMAIN__UUID:
				setUuid((String)newValue);
				return;
			case DomainPackage.DOMAIN__TITLE:
				setTitle((String)newValue);
				return;
			case DomainPackage.DOMAIN__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case DomainPackage.DOMAIN__OS:
				setOs((Os)newValue);
				return;
			case DomainPackage.DOMAIN__MEMORY:
				setMemory((Memory)newValue);
				return;
			case DomainPackage.DOMAIN__CURRENT_MEMORY:
				setCurrentMemory((CurrentMemory)newValue);
				return;
			case DomainPackage.DOMAIN__VCPU:
				setVcpu((Vcpu)newValue);
				return;
			case DomainPackage.DOMAIN__DEVICES:
				setDevices((Devices)newValue);
				return;
			case DomainPackage.DOMAIN__TYPE:
				setType((DomainType)newValue);
				return;
			case DomainPackage.DOMAIN__ID:
				setId((Long)newValue);
				return;
			case DomainPackage.DOMAIN__ANY:
				((FeatureMap.Internal)getAny()).set(newValue);
				return;
			case DomainPackage.DOMAIN__ANY_ATTRIBUTE:
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
			case DomainPackage.DOMAIN__MIXED:
				getMixed().clear();
				return;
			case DomainPackage.DOMAIN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case DomainPackage.DOMAIN__UUID:
				setUuid(UUID_EDEFAULT);
				return;
			case DomainPackage.DOMAIN__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case DomainPackage.DOMAIN__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case DomainPackage.DOMAIN__OS:
				setOs((Os)null);
				return;
			case DomainPackage.DOMAIN__MEMORY:
				setMemory((Memory)null);
				return;
			case DomainPackage.DOMAIN__CURRENT_MEMORY:
				setCurrentMemory((CurrentMemory)null);
				return;
			case DomainPackage.DOMAIN__VCPU:
				setVcpu((Vcpu)null);
				return;
			case DomainPackage.DOMAIN__DEVICES:
				setDevices((Devices)null);
				return;
			case DomainPackage.DOMAIN__TYPE:
				unsetType();
				return;
			case DomainPackage.DOMAIN__ID:
				setId(ID_EDEFAULT);
				return;
			case DomainPackage.DOMAIN__ANY:
				getAny().clear();
				return;
			case DomainPackage.DOMAIN__ANY_ATTRIBUTE:
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
			case DomainPackage.DOMAIN__MIXED:
				return mixed != null && !mixed.isEmpty();
			case DomainPackage.DOMAIN__NAME:
				return NAME_EDEFAULT == null ? getName() != null : !NAME_EDEFAULT.equals(getName());
			case DomainPackage.DOMAIN__UUID:
				return UUID_EDEFAULT == null ? getUuid() != null : !UUID_EDEFAULT.equals(getUuid());
			case DomainPackage.DOMAIN__TITLE:
				return TITLE_EDEFAULT == null ? getTitle() != null : !TITLE_EDEFAULT.equals(getTitle());
			case DomainPackage.DOMAIN__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? getDescription() != null : !DESCRIPTION_EDEFAULT.equals(getDescription());
			case DomainPackage.DOMAIN__OS:
				return getOs() != null;
			case DomainPackage.DOMAIN__MEMORY:
				return getMemory() != null;
			case DomainPackage.DOMAIN__CURRENT_MEMORY:
				return getCurrentMemory() != null;
			case DomainPackage.DOMAIN__VCPU:
				return getVcpu() != null;
			case DomainPackage.DOMAIN__DEVICES:
				return getDevices() != null;
			case DomainPackage.DOMAIN__TYPE:
				return isSetType();
			case DomainPackage.DOMAIN__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case DomainPackage.DOMAIN__ANY:
				return !getAny().isEmpty();
			case DomainPackage.DOMAIN__ANY_ATTRIBUTE:
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
		result.append(", id: ");
		result.append(id);
		result.append(", anyAttribute: ");
		result.append(anyAttribute);
		result.append(')');
		return result.toString();
	}

} //DomainImpl
