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
import org.vdevstudio.model.domain.HostdevSourceAdapter;
import org.vdevstudio.model.domain.HostdevSourceAdapterParentaddr;
import org.vdevstudio.model.domain.HostdevSourceAdapterType;
import org.vdevstudio.model.domain.VirYesNo;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hostdev Source Adapter</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceAdapterImpl#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceAdapterImpl#getParentaddr <em>Parentaddr</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceAdapterImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceAdapterImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceAdapterImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceAdapterImpl#getManaged <em>Managed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceAdapterImpl#getParentWwnn <em>Parent Wwnn</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceAdapterImpl#getParentWwpn <em>Parent Wwpn</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceAdapterImpl#getParentFabricWwn <em>Parent Fabric Wwn</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceAdapterImpl#getWwnn <em>Wwnn</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceAdapterImpl#getWwpn <em>Wwpn</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceAdapterImpl#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.HostdevSourceAdapterImpl#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HostdevSourceAdapterImpl extends EObjectImpl implements HostdevSourceAdapter {
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
	protected static final HostdevSourceAdapterType TYPE_EDEFAULT = HostdevSourceAdapterType.SCSI_HOST;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected HostdevSourceAdapterType type = TYPE_EDEFAULT;

	/**
	 * This is true if the Type attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean typeESet;

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
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getParent() <em>Parent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected static final String PARENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParent() <em>Parent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected String parent = PARENT_EDEFAULT;

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
	 * The default value of the '{@link #getParentWwnn() <em>Parent Wwnn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentWwnn()
	 * @generated
	 * @ordered
	 */
	protected static final String PARENT_WWNN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParentWwnn() <em>Parent Wwnn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentWwnn()
	 * @generated
	 * @ordered
	 */
	protected String parentWwnn = PARENT_WWNN_EDEFAULT;

	/**
	 * The default value of the '{@link #getParentWwpn() <em>Parent Wwpn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentWwpn()
	 * @generated
	 * @ordered
	 */
	protected static final String PARENT_WWPN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParentWwpn() <em>Parent Wwpn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentWwpn()
	 * @generated
	 * @ordered
	 */
	protected String parentWwpn = PARENT_WWPN_EDEFAULT;

	/**
	 * The default value of the '{@link #getParentFabricWwn() <em>Parent Fabric Wwn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentFabricWwn()
	 * @generated
	 * @ordered
	 */
	protected static final String PARENT_FABRIC_WWN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getParentFabricWwn() <em>Parent Fabric Wwn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParentFabricWwn()
	 * @generated
	 * @ordered
	 */
	protected String parentFabricWwn = PARENT_FABRIC_WWN_EDEFAULT;

	/**
	 * The default value of the '{@link #getWwnn() <em>Wwnn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWwnn()
	 * @generated
	 * @ordered
	 */
	protected static final String WWNN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWwnn() <em>Wwnn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWwnn()
	 * @generated
	 * @ordered
	 */
	protected String wwnn = WWNN_EDEFAULT;

	/**
	 * The default value of the '{@link #getWwpn() <em>Wwpn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWwpn()
	 * @generated
	 * @ordered
	 */
	protected static final String WWPN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWwpn() <em>Wwpn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWwpn()
	 * @generated
	 * @ordered
	 */
	protected String wwpn = WWPN_EDEFAULT;

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
	protected HostdevSourceAdapterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DomainPackage.Literals.HOSTDEV_SOURCE_ADAPTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getMixed() {
		if (mixed == null) {
			mixed = new BasicFeatureMap(this, DomainPackage.HOSTDEV_SOURCE_ADAPTER__MIXED);
		}
		return mixed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostdevSourceAdapterParentaddr getParentaddr() {
		return (HostdevSourceAdapterParentaddr)getMixed().get(DomainPackage.Literals.HOSTDEV_SOURCE_ADAPTER__PARENTADDR, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParentaddr(HostdevSourceAdapterParentaddr newParentaddr, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.HOSTDEV_SOURCE_ADAPTER__PARENTADDR, newParentaddr, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParentaddr(HostdevSourceAdapterParentaddr newParentaddr) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.HOSTDEV_SOURCE_ADAPTER__PARENTADDR, newParentaddr);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HostdevSourceAdapterType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(HostdevSourceAdapterType newType) {
		HostdevSourceAdapterType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		boolean oldTypeESet = typeESet;
		typeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.HOSTDEV_SOURCE_ADAPTER__TYPE, oldType, type, !oldTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetType() {
		HostdevSourceAdapterType oldType = type;
		boolean oldTypeESet = typeESet;
		type = TYPE_EDEFAULT;
		typeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.HOSTDEV_SOURCE_ADAPTER__TYPE, oldType, TYPE_EDEFAULT, oldTypeESet));
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
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.HOSTDEV_SOURCE_ADAPTER__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParent() {
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(String newParent) {
		String oldParent = parent;
		parent = newParent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENT, oldParent, parent));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.HOSTDEV_SOURCE_ADAPTER__MANAGED, oldManaged, managed, !oldManagedESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.HOSTDEV_SOURCE_ADAPTER__MANAGED, oldManaged, MANAGED_EDEFAULT, oldManagedESet));
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
	public String getParentWwnn() {
		return parentWwnn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParentWwnn(String newParentWwnn) {
		String oldParentWwnn = parentWwnn;
		parentWwnn = newParentWwnn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENT_WWNN, oldParentWwnn, parentWwnn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParentWwpn() {
		return parentWwpn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParentWwpn(String newParentWwpn) {
		String oldParentWwpn = parentWwpn;
		parentWwpn = newParentWwpn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENT_WWPN, oldParentWwpn, parentWwpn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getParentFabricWwn() {
		return parentFabricWwn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParentFabricWwn(String newParentFabricWwn) {
		String oldParentFabricWwn = parentFabricWwn;
		parentFabricWwn = newParentFabricWwn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENT_FABRIC_WWN, oldParentFabricWwn, parentFabricWwn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWwnn() {
		return wwnn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWwnn(String newWwnn) {
		String oldWwnn = wwnn;
		wwnn = newWwnn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.HOSTDEV_SOURCE_ADAPTER__WWNN, oldWwnn, wwnn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWwpn() {
		return wwpn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWwpn(String newWwpn) {
		String oldWwpn = wwpn;
		wwpn = newWwpn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.HOSTDEV_SOURCE_ADAPTER__WWPN, oldWwpn, wwpn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAny() {
		return (FeatureMap)getMixed().<FeatureMap.Entry>list(DomainPackage.Literals.HOSTDEV_SOURCE_ADAPTER__ANY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAnyAttribute() {
		if (anyAttribute == null) {
			anyAttribute = new BasicFeatureMap(this, DomainPackage.HOSTDEV_SOURCE_ADAPTER__ANY_ATTRIBUTE);
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
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__MIXED:
				return ((InternalEList<?>)getMixed()).basicRemove(otherEnd, msgs);
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENTADDR:
				return basicSetParentaddr(null, msgs);
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__ANY:
				return ((InternalEList<?>)getAny()).basicRemove(otherEnd, msgs);
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__ANY_ATTRIBUTE:
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
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__MIXED:
				if (coreType) return getMixed();
				return ((FeatureMap.Internal)getMixed()).getWrapper();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENTADDR:
				return getParentaddr();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__TYPE:
				return getType();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__NAME:
				return getName();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENT:
				return getParent();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__MANAGED:
				return getManaged();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENT_WWNN:
				return getParentWwnn();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENT_WWPN:
				return getParentWwpn();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENT_FABRIC_WWN:
				return getParentFabricWwn();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__WWNN:
				return getWwnn();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__WWPN:
				return getWwpn();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__ANY:
				if (coreType) return getAny();
				return ((FeatureMap.Internal)getAny()).getWrapper();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__ANY_ATTRIBUTE:
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
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__MIXED:
				((FeatureMap.Internal)getMixed()).set(newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENTADDR:
				setParentaddr((HostdevSourceAdapterParentaddr)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__TYPE:
				setType((HostdevSourceAdapterType)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__NAME:
				setName((String)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENT:
				setParent((String)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__MANAGED:
				setManaged((VirYesNo)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENT_WWNN:
				setParentWwnn((String)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENT_WWPN:
				setParentWwpn((String)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENT_FABRIC_WWN:
				setParentFabricWwn((String)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__WWNN:
				setWwnn((String)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__WWPN:
				setWwpn((String)newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__ANY:
				((FeatureMap.Internal)getAny()).set(newValue);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__ANY_ATTRIBUTE:
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
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__MIXED:
				getMixed().clear();
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENTADDR:
				setParentaddr((HostdevSourceAdapterParentaddr)null);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__TYPE:
				unsetType();
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENT:
				setParent(PARENT_EDEFAULT);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__MANAGED:
				unsetManaged();
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENT_WWNN:
				setParentWwnn(PARENT_WWNN_EDEFAULT);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENT_WWPN:
				setParentWwpn(PARENT_WWPN_EDEFAULT);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENT_FABRIC_WWN:
				setParentFabricWwn(PARENT_FABRIC_WWN_EDEFAULT);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__WWNN:
				setWwnn(WWNN_EDEFAULT);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__WWPN:
				setWwpn(WWPN_EDEFAULT);
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__ANY:
				getAny().clear();
				return;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__ANY_ATTRIBUTE:
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
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__MIXED:
				return mixed != null && !mixed.isEmpty();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENTADDR:
				return getParentaddr() != null;
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__TYPE:
				return isSetType();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENT:
				return PARENT_EDEFAULT == null ? parent != null : !PARENT_EDEFAULT.equals(parent);
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__MANAGED:
				return isSetManaged();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENT_WWNN:
				return PARENT_WWNN_EDEFAULT == null ? parentWwnn != null : !PARENT_WWNN_EDEFAULT.equals(parentWwnn);
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENT_WWPN:
				return PARENT_WWPN_EDEFAULT == null ? parentWwpn != null : !PARENT_WWPN_EDEFAULT.equals(parentWwpn);
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__PARENT_FABRIC_WWN:
				return PARENT_FABRIC_WWN_EDEFAULT == null ? parentFabricWwn != null : !PARENT_FABRIC_WWN_EDEFAULT.equals(parentFabricWwn);
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__WWNN:
				return WWNN_EDEFAULT == null ? wwnn != null : !WWNN_EDEFAULT.equals(wwnn);
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__WWPN:
				return WWPN_EDEFAULT == null ? wwpn != null : !WWPN_EDEFAULT.equals(wwpn);
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__ANY:
				return !getAny().isEmpty();
			case DomainPackage.HOSTDEV_SOURCE_ADAPTER__ANY_ATTRIBUTE:
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
		result.append(", name: ");
		result.append(name);
		result.append(", parent: ");
		result.append(parent);
		result.append(", managed: ");
		if (managedESet) result.append(managed); else result.append("<unset>");
		result.append(", parentWwnn: ");
		result.append(parentWwnn);
		result.append(", parentWwpn: ");
		result.append(parentWwpn);
		result.append(", parentFabricWwn: ");
		result.append(parentFabricWwn);
		result.append(", wwnn: ");
		result.append(wwnn);
		result.append(", wwpn: ");
		result.append(wwpn);
		result.append(", anyAttribute: ");
		result.append(anyAttribute);
		result.append(')');
		return result.toString();
	}

} //HostdevSourceAdapterImpl
