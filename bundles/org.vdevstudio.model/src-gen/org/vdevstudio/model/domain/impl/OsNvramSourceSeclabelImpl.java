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
import org.vdevstudio.model.domain.OsNvramSourceSeclabel;
import org.vdevstudio.model.domain.OsNvramSourceSeclabelLabelskip;
import org.vdevstudio.model.domain.OsNvramSourceSeclabelRelabel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Os Nvram Source Seclabel</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceSeclabelImpl#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceSeclabelImpl#getLabels <em>Labels</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceSeclabelImpl#getModel <em>Model</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceSeclabelImpl#getRelabel <em>Relabel</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceSeclabelImpl#getLabelskip <em>Labelskip</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceSeclabelImpl#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceSeclabelImpl#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OsNvramSourceSeclabelImpl extends EObjectImpl implements OsNvramSourceSeclabel {
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
	 * The default value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected String model = MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getRelabel() <em>Relabel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelabel()
	 * @generated
	 * @ordered
	 */
	protected static final OsNvramSourceSeclabelRelabel RELABEL_EDEFAULT = OsNvramSourceSeclabelRelabel.NO;

	/**
	 * The cached value of the '{@link #getRelabel() <em>Relabel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelabel()
	 * @generated
	 * @ordered
	 */
	protected OsNvramSourceSeclabelRelabel relabel = RELABEL_EDEFAULT;

	/**
	 * This is true if the Relabel attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean relabelESet;

	/**
	 * The default value of the '{@link #getLabelskip() <em>Labelskip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelskip()
	 * @generated
	 * @ordered
	 */
	protected static final OsNvramSourceSeclabelLabelskip LABELSKIP_EDEFAULT = OsNvramSourceSeclabelLabelskip.YES;

	/**
	 * The cached value of the '{@link #getLabelskip() <em>Labelskip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelskip()
	 * @generated
	 * @ordered
	 */
	protected OsNvramSourceSeclabelLabelskip labelskip = LABELSKIP_EDEFAULT;

	/**
	 * This is true if the Labelskip attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean labelskipESet;

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
	protected OsNvramSourceSeclabelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DomainPackage.Literals.OS_NVRAM_SOURCE_SECLABEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getMixed() {
		if (mixed == null) {
			mixed = new BasicFeatureMap(this, DomainPackage.OS_NVRAM_SOURCE_SECLABEL__MIXED);
		}
		return mixed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLabels() {
		return getMixed().list(DomainPackage.Literals.OS_NVRAM_SOURCE_SECLABEL__LABELS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModel() {
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModel(String newModel) {
		String oldModel = model;
		model = newModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE_SECLABEL__MODEL, oldModel, model));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceSeclabelRelabel getRelabel() {
		return relabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelabel(OsNvramSourceSeclabelRelabel newRelabel) {
		OsNvramSourceSeclabelRelabel oldRelabel = relabel;
		relabel = newRelabel == null ? RELABEL_EDEFAULT : newRelabel;
		boolean oldRelabelESet = relabelESet;
		relabelESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE_SECLABEL__RELABEL, oldRelabel, relabel, !oldRelabelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRelabel() {
		OsNvramSourceSeclabelRelabel oldRelabel = relabel;
		boolean oldRelabelESet = relabelESet;
		relabel = RELABEL_EDEFAULT;
		relabelESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.OS_NVRAM_SOURCE_SECLABEL__RELABEL, oldRelabel, RELABEL_EDEFAULT, oldRelabelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRelabel() {
		return relabelESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceSeclabelLabelskip getLabelskip() {
		return labelskip;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelskip(OsNvramSourceSeclabelLabelskip newLabelskip) {
		OsNvramSourceSeclabelLabelskip oldLabelskip = labelskip;
		labelskip = newLabelskip == null ? LABELSKIP_EDEFAULT : newLabelskip;
		boolean oldLabelskipESet = labelskipESet;
		labelskipESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE_SECLABEL__LABELSKIP, oldLabelskip, labelskip, !oldLabelskipESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLabelskip() {
		OsNvramSourceSeclabelLabelskip oldLabelskip = labelskip;
		boolean oldLabelskipESet = labelskipESet;
		labelskip = LABELSKIP_EDEFAULT;
		labelskipESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.OS_NVRAM_SOURCE_SECLABEL__LABELSKIP, oldLabelskip, LABELSKIP_EDEFAULT, oldLabelskipESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLabelskip() {
		return labelskipESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAny() {
		return (FeatureMap)getMixed().<FeatureMap.Entry>list(DomainPackage.Literals.OS_NVRAM_SOURCE_SECLABEL__ANY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAnyAttribute() {
		if (anyAttribute == null) {
			anyAttribute = new BasicFeatureMap(this, DomainPackage.OS_NVRAM_SOURCE_SECLABEL__ANY_ATTRIBUTE);
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
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__MIXED:
				return ((InternalEList<?>)getMixed()).basicRemove(otherEnd, msgs);
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__ANY:
				return ((InternalEList<?>)getAny()).basicRemove(otherEnd, msgs);
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__ANY_ATTRIBUTE:
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
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__MIXED:
				if (coreType) return getMixed();
				return ((FeatureMap.Internal)getMixed()).getWrapper();
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__LABELS:
				return getLabels();
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__MODEL:
				return getModel();
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__RELABEL:
				return getRelabel();
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__LABELSKIP:
				return getLabelskip();
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__ANY:
				if (coreType) return getAny();
				return ((FeatureMap.Internal)getAny()).getWrapper();
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__ANY_ATTRIBUTE:
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
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__MIXED:
				((FeatureMap.Internal)getMixed()).set(newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__LABELS:
				getLabels().clear();
				getLabels().addAll((Collection<? extends String>)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__MODEL:
				setModel((String)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__RELABEL:
				setRelabel((OsNvramSourceSeclabelRelabel)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__LABELSKIP:
				setLabelskip((OsNvramSourceSeclabelLabelskip)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__ANY:
				((FeatureMap.Internal)getAny()).set(newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__ANY_ATTRIBUTE:
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
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__MIXED:
				getMixed().clear();
				return;
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__LABELS:
				getLabels().clear();
				return;
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__MODEL:
				setModel(MODEL_EDEFAULT);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__RELABEL:
				unsetRelabel();
				return;
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__LABELSKIP:
				unsetLabelskip();
				return;
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__ANY:
				getAny().clear();
				return;
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__ANY_ATTRIBUTE:
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
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__MIXED:
				return mixed != null && !mixed.isEmpty();
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__LABELS:
				return !getLabels().isEmpty();
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__MODEL:
				return MODEL_EDEFAULT == null ? model != null : !MODEL_EDEFAULT.equals(model);
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__RELABEL:
				return isSetRelabel();
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__LABELSKIP:
				return isSetLabelskip();
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__ANY:
				return !getAny().isEmpty();
			case DomainPackage.OS_NVRAM_SOURCE_SECLABEL__ANY_ATTRIBUTE:
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
		result.append(", model: ");
		result.append(model);
		result.append(", relabel: ");
		if (relabelESet) result.append(relabel); else result.append("<unset>");
		result.append(", labelskip: ");
		if (labelskipESet) result.append(labelskip); else result.append("<unset>");
		result.append(", anyAttribute: ");
		result.append(anyAttribute);
		result.append(')');
		return result.toString();
	}

} //OsNvramSourceSeclabelImpl
