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
import org.vdevstudio.model.domain.InterfacePortForwardRange;
import org.vdevstudio.model.domain.VirYesNo;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interface Port Forward Range</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfacePortForwardRangeImpl#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfacePortForwardRangeImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfacePortForwardRangeImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfacePortForwardRangeImpl#getTo <em>To</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfacePortForwardRangeImpl#getExclude <em>Exclude</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfacePortForwardRangeImpl#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfacePortForwardRangeImpl#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterfacePortForwardRangeImpl extends EObjectImpl implements InterfacePortForwardRange {
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
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final String START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected String start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final String END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected String end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getTo() <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected static final String TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTo() <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected String to = TO_EDEFAULT;

	/**
	 * The default value of the '{@link #getExclude() <em>Exclude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExclude()
	 * @generated
	 * @ordered
	 */
	protected static final VirYesNo EXCLUDE_EDEFAULT = VirYesNo.YES;

	/**
	 * The cached value of the '{@link #getExclude() <em>Exclude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExclude()
	 * @generated
	 * @ordered
	 */
	protected VirYesNo exclude = EXCLUDE_EDEFAULT;

	/**
	 * This is true if the Exclude attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean excludeESet;

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
	protected InterfacePortForwardRangeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DomainPackage.Literals.INTERFACE_PORT_FORWARD_RANGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getMixed() {
		if (mixed == null) {
			mixed = new BasicFeatureMap(this, DomainPackage.INTERFACE_PORT_FORWARD_RANGE__MIXED);
		}
		return mixed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(String newStart) {
		String oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_PORT_FORWARD_RANGE__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(String newEnd) {
		String oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_PORT_FORWARD_RANGE__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTo() {
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTo(String newTo) {
		String oldTo = to;
		to = newTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_PORT_FORWARD_RANGE__TO, oldTo, to));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirYesNo getExclude() {
		return exclude;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExclude(VirYesNo newExclude) {
		VirYesNo oldExclude = exclude;
		exclude = newExclude == null ? EXCLUDE_EDEFAULT : newExclude;
		boolean oldExcludeESet = excludeESet;
		excludeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_PORT_FORWARD_RANGE__EXCLUDE, oldExclude, exclude, !oldExcludeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetExclude() {
		VirYesNo oldExclude = exclude;
		boolean oldExcludeESet = excludeESet;
		exclude = EXCLUDE_EDEFAULT;
		excludeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE_PORT_FORWARD_RANGE__EXCLUDE, oldExclude, EXCLUDE_EDEFAULT, oldExcludeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetExclude() {
		return excludeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAny() {
		return (FeatureMap)getMixed().<FeatureMap.Entry>list(DomainPackage.Literals.INTERFACE_PORT_FORWARD_RANGE__ANY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAnyAttribute() {
		if (anyAttribute == null) {
			anyAttribute = new BasicFeatureMap(this, DomainPackage.INTERFACE_PORT_FORWARD_RANGE__ANY_ATTRIBUTE);
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
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__MIXED:
				return ((InternalEList<?>)getMixed()).basicRemove(otherEnd, msgs);
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__ANY:
				return ((InternalEList<?>)getAny()).basicRemove(otherEnd, msgs);
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__MIXED:
				if (coreType) return getMixed();
				return ((FeatureMap.Internal)getMixed()).getWrapper();
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__START:
				return getStart();
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__END:
				return getEnd();
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__TO:
				return getTo();
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__EXCLUDE:
				return getExclude();
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__ANY:
				if (coreType) return getAny();
				return ((FeatureMap.Internal)getAny()).getWrapper();
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__MIXED:
				((FeatureMap.Internal)getMixed()).set(newValue);
				return;
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__START:
				setStart((String)newValue);
				return;
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__END:
				setEnd((String)newValue);
				return;
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__TO:
				setTo((String)newValue);
				return;
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__EXCLUDE:
				setExclude((VirYesNo)newValue);
				return;
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__ANY:
				((FeatureMap.Internal)getAny()).set(newValue);
				return;
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__MIXED:
				getMixed().clear();
				return;
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__START:
				setStart(START_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__END:
				setEnd(END_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__TO:
				setTo(TO_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__EXCLUDE:
				unsetExclude();
				return;
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__ANY:
				getAny().clear();
				return;
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__MIXED:
				return mixed != null && !mixed.isEmpty();
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__TO:
				return TO_EDEFAULT == null ? to != null : !TO_EDEFAULT.equals(to);
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__EXCLUDE:
				return isSetExclude();
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__ANY:
				return !getAny().isEmpty();
			case DomainPackage.INTERFACE_PORT_FORWARD_RANGE__ANY_ATTRIBUTE:
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
		result.append(", start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", to: ");
		result.append(to);
		result.append(", exclude: ");
		if (excludeESet) result.append(exclude); else result.append("<unset>");
		result.append(", anyAttribute: ");
		result.append(anyAttribute);
		result.append(')');
		return result.toString();
	}

} //InterfacePortForwardRangeImpl
