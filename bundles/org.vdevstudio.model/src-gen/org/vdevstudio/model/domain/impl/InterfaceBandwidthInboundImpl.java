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
import org.vdevstudio.model.domain.InterfaceBandwidthInbound;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interface Bandwidth Inbound</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceBandwidthInboundImpl#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceBandwidthInboundImpl#getAverage <em>Average</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceBandwidthInboundImpl#getPeak <em>Peak</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceBandwidthInboundImpl#getFloor <em>Floor</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceBandwidthInboundImpl#getBurst <em>Burst</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceBandwidthInboundImpl#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceBandwidthInboundImpl#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterfaceBandwidthInboundImpl extends EObjectImpl implements InterfaceBandwidthInbound {
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
	 * The default value of the '{@link #getAverage() <em>Average</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAverage()
	 * @generated
	 * @ordered
	 */
	protected static final Long AVERAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAverage() <em>Average</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAverage()
	 * @generated
	 * @ordered
	 */
	protected Long average = AVERAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeak() <em>Peak</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeak()
	 * @generated
	 * @ordered
	 */
	protected static final Long PEAK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeak() <em>Peak</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeak()
	 * @generated
	 * @ordered
	 */
	protected Long peak = PEAK_EDEFAULT;

	/**
	 * The default value of the '{@link #getFloor() <em>Floor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFloor()
	 * @generated
	 * @ordered
	 */
	protected static final Long FLOOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFloor() <em>Floor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFloor()
	 * @generated
	 * @ordered
	 */
	protected Long floor = FLOOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getBurst() <em>Burst</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBurst()
	 * @generated
	 * @ordered
	 */
	protected static final Long BURST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBurst() <em>Burst</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBurst()
	 * @generated
	 * @ordered
	 */
	protected Long burst = BURST_EDEFAULT;

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
	protected InterfaceBandwidthInboundImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DomainPackage.Literals.INTERFACE_BANDWIDTH_INBOUND;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getMixed() {
		if (mixed == null) {
			mixed = new BasicFeatureMap(this, DomainPackage.INTERFACE_BANDWIDTH_INBOUND__MIXED);
		}
		return mixed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getAverage() {
		return average;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAverage(Long newAverage) {
		Long oldAverage = average;
		average = newAverage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_BANDWIDTH_INBOUND__AVERAGE, oldAverage, average));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getPeak() {
		return peak;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeak(Long newPeak) {
		Long oldPeak = peak;
		peak = newPeak;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_BANDWIDTH_INBOUND__PEAK, oldPeak, peak));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getFloor() {
		return floor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFloor(Long newFloor) {
		Long oldFloor = floor;
		floor = newFloor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_BANDWIDTH_INBOUND__FLOOR, oldFloor, floor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Long getBurst() {
		return burst;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBurst(Long newBurst) {
		Long oldBurst = burst;
		burst = newBurst;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_BANDWIDTH_INBOUND__BURST, oldBurst, burst));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAny() {
		return (FeatureMap)getMixed().<FeatureMap.Entry>list(DomainPackage.Literals.INTERFACE_BANDWIDTH_INBOUND__ANY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAnyAttribute() {
		if (anyAttribute == null) {
			anyAttribute = new BasicFeatureMap(this, DomainPackage.INTERFACE_BANDWIDTH_INBOUND__ANY_ATTRIBUTE);
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
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__MIXED:
				return ((InternalEList<?>)getMixed()).basicRemove(otherEnd, msgs);
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__ANY:
				return ((InternalEList<?>)getAny()).basicRemove(otherEnd, msgs);
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__MIXED:
				if (coreType) return getMixed();
				return ((FeatureMap.Internal)getMixed()).getWrapper();
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__AVERAGE:
				return getAverage();
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__PEAK:
				return getPeak();
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__FLOOR:
				return getFloor();
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__BURST:
				return getBurst();
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__ANY:
				if (coreType) return getAny();
				return ((FeatureMap.Internal)getAny()).getWrapper();
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__MIXED:
				((FeatureMap.Internal)getMixed()).set(newValue);
				return;
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__AVERAGE:
				setAverage((Long)newValue);
				return;
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__PEAK:
				setPeak((Long)newValue);
				return;
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__FLOOR:
				setFloor((Long)newValue);
				return;
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__BURST:
				setBurst((Long)newValue);
				return;
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__ANY:
				((FeatureMap.Internal)getAny()).set(newValue);
				return;
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__MIXED:
				getMixed().clear();
				return;
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__AVERAGE:
				setAverage(AVERAGE_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__PEAK:
				setPeak(PEAK_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__FLOOR:
				setFloor(FLOOR_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__BURST:
				setBurst(BURST_EDEFAULT);
				return;
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__ANY:
				getAny().clear();
				return;
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__MIXED:
				return mixed != null && !mixed.isEmpty();
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__AVERAGE:
				return AVERAGE_EDEFAULT == null ? average != null : !AVERAGE_EDEFAULT.equals(average);
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__PEAK:
				return PEAK_EDEFAULT == null ? peak != null : !PEAK_EDEFAULT.equals(peak);
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__FLOOR:
				return FLOOR_EDEFAULT == null ? floor != null : !FLOOR_EDEFAULT.equals(floor);
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__BURST:
				return BURST_EDEFAULT == null ? burst != null : !BURST_EDEFAULT.equals(burst);
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__ANY:
				return !getAny().isEmpty();
			case DomainPackage.INTERFACE_BANDWIDTH_INBOUND__ANY_ATTRIBUTE:
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
		result.append(", average: ");
		result.append(average);
		result.append(", peak: ");
		result.append(peak);
		result.append(", floor: ");
		result.append(floor);
		result.append(", burst: ");
		result.append(burst);
		result.append(", anyAttribute: ");
		result.append(anyAttribute);
		result.append(')');
		return result.toString();
	}

} //InterfaceBandwidthInboundImpl
