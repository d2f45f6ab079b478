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
import org.vdevstudio.model.domain.InterfaceDriverHost;
import org.vdevstudio.model.domain.VirOnOff;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Interface Driver Host</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverHostImpl#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverHostImpl#getCsum <em>Csum</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverHostImpl#getGso <em>Gso</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverHostImpl#getTso4 <em>Tso4</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverHostImpl#getTso6 <em>Tso6</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverHostImpl#getEcn <em>Ecn</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverHostImpl#getUfo <em>Ufo</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverHostImpl#getMrgRxbuf <em>Mrg Rxbuf</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverHostImpl#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.InterfaceDriverHostImpl#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InterfaceDriverHostImpl extends EObjectImpl implements InterfaceDriverHost {
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
	 * The default value of the '{@link #getCsum() <em>Csum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCsum()
	 * @generated
	 * @ordered
	 */
	protected static final VirOnOff CSUM_EDEFAULT = VirOnOff.ON;

	/**
	 * The cached value of the '{@link #getCsum() <em>Csum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCsum()
	 * @generated
	 * @ordered
	 */
	protected VirOnOff csum = CSUM_EDEFAULT;

	/**
	 * This is true if the Csum attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean csumESet;

	/**
	 * The default value of the '{@link #getGso() <em>Gso</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGso()
	 * @generated
	 * @ordered
	 */
	protected static final VirOnOff GSO_EDEFAULT = VirOnOff.ON;

	/**
	 * The cached value of the '{@link #getGso() <em>Gso</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGso()
	 * @generated
	 * @ordered
	 */
	protected VirOnOff gso = GSO_EDEFAULT;

	/**
	 * This is true if the Gso attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean gsoESet;

	/**
	 * The default value of the '{@link #getTso4() <em>Tso4</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTso4()
	 * @generated
	 * @ordered
	 */
	protected static final VirOnOff TSO4_EDEFAULT = VirOnOff.ON;

	/**
	 * The cached value of the '{@link #getTso4() <em>Tso4</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTso4()
	 * @generated
	 * @ordered
	 */
	protected VirOnOff tso4 = TSO4_EDEFAULT;

	/**
	 * This is true if the Tso4 attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean tso4ESet;

	/**
	 * The default value of the '{@link #getTso6() <em>Tso6</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTso6()
	 * @generated
	 * @ordered
	 */
	protected static final VirOnOff TSO6_EDEFAULT = VirOnOff.ON;

	/**
	 * The cached value of the '{@link #getTso6() <em>Tso6</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTso6()
	 * @generated
	 * @ordered
	 */
	protected VirOnOff tso6 = TSO6_EDEFAULT;

	/**
	 * This is true if the Tso6 attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean tso6ESet;

	/**
	 * The default value of the '{@link #getEcn() <em>Ecn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEcn()
	 * @generated
	 * @ordered
	 */
	protected static final VirOnOff ECN_EDEFAULT = VirOnOff.ON;

	/**
	 * The cached value of the '{@link #getEcn() <em>Ecn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEcn()
	 * @generated
	 * @ordered
	 */
	protected VirOnOff ecn = ECN_EDEFAULT;

	/**
	 * This is true if the Ecn attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean ecnESet;

	/**
	 * The default value of the '{@link #getUfo() <em>Ufo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUfo()
	 * @generated
	 * @ordered
	 */
	protected static final VirOnOff UFO_EDEFAULT = VirOnOff.ON;

	/**
	 * The cached value of the '{@link #getUfo() <em>Ufo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUfo()
	 * @generated
	 * @ordered
	 */
	protected VirOnOff ufo = UFO_EDEFAULT;

	/**
	 * This is true if the Ufo attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean ufoESet;

	/**
	 * The default value of the '{@link #getMrgRxbuf() <em>Mrg Rxbuf</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMrgRxbuf()
	 * @generated
	 * @ordered
	 */
	protected static final VirOnOff MRG_RXBUF_EDEFAULT = VirOnOff.ON;

	/**
	 * The cached value of the '{@link #getMrgRxbuf() <em>Mrg Rxbuf</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMrgRxbuf()
	 * @generated
	 * @ordered
	 */
	protected VirOnOff mrgRxbuf = MRG_RXBUF_EDEFAULT;

	/**
	 * This is true if the Mrg Rxbuf attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean mrgRxbufESet;

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
	protected InterfaceDriverHostImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DomainPackage.Literals.INTERFACE_DRIVER_HOST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getMixed() {
		if (mixed == null) {
			mixed = new BasicFeatureMap(this, DomainPackage.INTERFACE_DRIVER_HOST__MIXED);
		}
		return mixed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirOnOff getCsum() {
		return csum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCsum(VirOnOff newCsum) {
		VirOnOff oldCsum = csum;
		csum = newCsum == null ? CSUM_EDEFAULT : newCsum;
		boolean oldCsumESet = csumESet;
		csumESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_DRIVER_HOST__CSUM, oldCsum, csum, !oldCsumESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCsum() {
		VirOnOff oldCsum = csum;
		boolean oldCsumESet = csumESet;
		csum = CSUM_EDEFAULT;
		csumESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE_DRIVER_HOST__CSUM, oldCsum, CSUM_EDEFAULT, oldCsumESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCsum() {
		return csumESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirOnOff getGso() {
		return gso;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGso(VirOnOff newGso) {
		VirOnOff oldGso = gso;
		gso = newGso == null ? GSO_EDEFAULT : newGso;
		boolean oldGsoESet = gsoESet;
		gsoESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_DRIVER_HOST__GSO, oldGso, gso, !oldGsoESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetGso() {
		VirOnOff oldGso = gso;
		boolean oldGsoESet = gsoESet;
		gso = GSO_EDEFAULT;
		gsoESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE_DRIVER_HOST__GSO, oldGso, GSO_EDEFAULT, oldGsoESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetGso() {
		return gsoESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirOnOff getTso4() {
		return tso4;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTso4(VirOnOff newTso4) {
		VirOnOff oldTso4 = tso4;
		tso4 = newTso4 == null ? TSO4_EDEFAULT : newTso4;
		boolean oldTso4ESet = tso4ESet;
		tso4ESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_DRIVER_HOST__TSO4, oldTso4, tso4, !oldTso4ESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTso4() {
		VirOnOff oldTso4 = tso4;
		boolean oldTso4ESet = tso4ESet;
		tso4 = TSO4_EDEFAULT;
		tso4ESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE_DRIVER_HOST__TSO4, oldTso4, TSO4_EDEFAULT, oldTso4ESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTso4() {
		return tso4ESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirOnOff getTso6() {
		return tso6;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTso6(VirOnOff newTso6) {
		VirOnOff oldTso6 = tso6;
		tso6 = newTso6 == null ? TSO6_EDEFAULT : newTso6;
		boolean oldTso6ESet = tso6ESet;
		tso6ESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_DRIVER_HOST__TSO6, oldTso6, tso6, !oldTso6ESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTso6() {
		VirOnOff oldTso6 = tso6;
		boolean oldTso6ESet = tso6ESet;
		tso6 = TSO6_EDEFAULT;
		tso6ESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE_DRIVER_HOST__TSO6, oldTso6, TSO6_EDEFAULT, oldTso6ESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTso6() {
		return tso6ESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirOnOff getEcn() {
		return ecn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEcn(VirOnOff newEcn) {
		VirOnOff oldEcn = ecn;
		ecn = newEcn == null ? ECN_EDEFAULT : newEcn;
		boolean oldEcnESet = ecnESet;
		ecnESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_DRIVER_HOST__ECN, oldEcn, ecn, !oldEcnESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetEcn() {
		VirOnOff oldEcn = ecn;
		boolean oldEcnESet = ecnESet;
		ecn = ECN_EDEFAULT;
		ecnESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE_DRIVER_HOST__ECN, oldEcn, ECN_EDEFAULT, oldEcnESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetEcn() {
		return ecnESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirOnOff getUfo() {
		return ufo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUfo(VirOnOff newUfo) {
		VirOnOff oldUfo = ufo;
		ufo = newUfo == null ? UFO_EDEFAULT : newUfo;
		boolean oldUfoESet = ufoESet;
		ufoESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_DRIVER_HOST__UFO, oldUfo, ufo, !oldUfoESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetUfo() {
		VirOnOff oldUfo = ufo;
		boolean oldUfoESet = ufoESet;
		ufo = UFO_EDEFAULT;
		ufoESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE_DRIVER_HOST__UFO, oldUfo, UFO_EDEFAULT, oldUfoESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetUfo() {
		return ufoESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirOnOff getMrgRxbuf() {
		return mrgRxbuf;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMrgRxbuf(VirOnOff newMrgRxbuf) {
		VirOnOff oldMrgRxbuf = mrgRxbuf;
		mrgRxbuf = newMrgRxbuf == null ? MRG_RXBUF_EDEFAULT : newMrgRxbuf;
		boolean oldMrgRxbufESet = mrgRxbufESet;
		mrgRxbufESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.INTERFACE_DRIVER_HOST__MRG_RXBUF, oldMrgRxbuf, mrgRxbuf, !oldMrgRxbufESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMrgRxbuf() {
		VirOnOff oldMrgRxbuf = mrgRxbuf;
		boolean oldMrgRxbufESet = mrgRxbufESet;
		mrgRxbuf = MRG_RXBUF_EDEFAULT;
		mrgRxbufESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.INTERFACE_DRIVER_HOST__MRG_RXBUF, oldMrgRxbuf, MRG_RXBUF_EDEFAULT, oldMrgRxbufESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMrgRxbuf() {
		return mrgRxbufESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAny() {
		return (FeatureMap)getMixed().<FeatureMap.Entry>list(DomainPackage.Literals.INTERFACE_DRIVER_HOST__ANY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAnyAttribute() {
		if (anyAttribute == null) {
			anyAttribute = new BasicFeatureMap(this, DomainPackage.INTERFACE_DRIVER_HOST__ANY_ATTRIBUTE);
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
			case DomainPackage.INTERFACE_DRIVER_HOST__MIXED:
				return ((InternalEList<?>)getMixed()).basicRemove(otherEnd, msgs);
			case DomainPackage.INTERFACE_DRIVER_HOST__ANY:
				return ((InternalEList<?>)getAny()).basicRemove(otherEnd, msgs);
			case DomainPackage.INTERFACE_DRIVER_HOST__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_DRIVER_HOST__MIXED:
				if (coreType) return getMixed();
				return ((FeatureMap.Internal)getMixed()).getWrapper();
			case DomainPackage.INTERFACE_DRIVER_HOST__CSUM:
				return getCsum();
			case DomainPackage.INTERFACE_DRIVER_HOST__GSO:
				return getGso();
			case DomainPackage.INTERFACE_DRIVER_HOST__TSO4:
				return getTso4();
			case DomainPackage.INTERFACE_DRIVER_HOST__TSO6:
				return getTso6();
			case DomainPackage.INTERFACE_DRIVER_HOST__ECN:
				return getEcn();
			case DomainPackage.INTERFACE_DRIVER_HOST__UFO:
				return getUfo();
			case DomainPackage.INTERFACE_DRIVER_HOST__MRG_RXBUF:
				return getMrgRxbuf();
			case DomainPackage.INTERFACE_DRIVER_HOST__ANY:
				if (coreType) return getAny();
				return ((FeatureMap.Internal)getAny()).getWrapper();
			case DomainPackage.INTERFACE_DRIVER_HOST__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_DRIVER_HOST__MIXED:
				((FeatureMap.Internal)getMixed()).set(newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER_HOST__CSUM:
				setCsum((VirOnOff)newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER_HOST__GSO:
				setGso((VirOnOff)newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER_HOST__TSO4:
				setTso4((VirOnOff)newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER_HOST__TSO6:
				setTso6((VirOnOff)newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER_HOST__ECN:
				setEcn((VirOnOff)newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER_HOST__UFO:
				setUfo((VirOnOff)newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER_HOST__MRG_RXBUF:
				setMrgRxbuf((VirOnOff)newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER_HOST__ANY:
				((FeatureMap.Internal)getAny()).set(newValue);
				return;
			case DomainPackage.INTERFACE_DRIVER_HOST__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_DRIVER_HOST__MIXED:
				getMixed().clear();
				return;
			case DomainPackage.INTERFACE_DRIVER_HOST__CSUM:
				unsetCsum();
				return;
			case DomainPackage.INTERFACE_DRIVER_HOST__GSO:
				unsetGso();
				return;
			case DomainPackage.INTERFACE_DRIVER_HOST__TSO4:
				unsetTso4();
				return;
			case DomainPackage.INTERFACE_DRIVER_HOST__TSO6:
				unsetTso6();
				return;
			case DomainPackage.INTERFACE_DRIVER_HOST__ECN:
				unsetEcn();
				return;
			case DomainPackage.INTERFACE_DRIVER_HOST__UFO:
				unsetUfo();
				return;
			case DomainPackage.INTERFACE_DRIVER_HOST__MRG_RXBUF:
				unsetMrgRxbuf();
				return;
			case DomainPackage.INTERFACE_DRIVER_HOST__ANY:
				getAny().clear();
				return;
			case DomainPackage.INTERFACE_DRIVER_HOST__ANY_ATTRIBUTE:
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
			case DomainPackage.INTERFACE_DRIVER_HOST__MIXED:
				return mixed != null && !mixed.isEmpty();
			case DomainPackage.INTERFACE_DRIVER_HOST__CSUM:
				return isSetCsum();
			case DomainPackage.INTERFACE_DRIVER_HOST__GSO:
				return isSetGso();
			case DomainPackage.INTERFACE_DRIVER_HOST__TSO4:
				return isSetTso4();
			case DomainPackage.INTERFACE_DRIVER_HOST__TSO6:
				return isSetTso6();
			case DomainPackage.INTERFACE_DRIVER_HOST__ECN:
				return isSetEcn();
			case DomainPackage.INTERFACE_DRIVER_HOST__UFO:
				return isSetUfo();
			case DomainPackage.INTERFACE_DRIVER_HOST__MRG_RXBUF:
				return isSetMrgRxbuf();
			case DomainPackage.INTERFACE_DRIVER_HOST__ANY:
				return !getAny().isEmpty();
			case DomainPackage.INTERFACE_DRIVER_HOST__ANY_ATTRIBUTE:
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
		result.append(", csum: ");
		if (csumESet) result.append(csum); else result.append("<unset>");
		result.append(", gso: ");
		if (gsoESet) result.append(gso); else result.append("<unset>");
		result.append(", tso4: ");
		if (tso4ESet) result.append(tso4); else result.append("<unset>");
		result.append(", tso6: ");
		if (tso6ESet) result.append(tso6); else result.append("<unset>");
		result.append(", ecn: ");
		if (ecnESet) result.append(ecn); else result.append("<unset>");
		result.append(", ufo: ");
		if (ufoESet) result.append(ufo); else result.append("<unset>");
		result.append(", mrgRxbuf: ");
		if (mrgRxbufESet) result.append(mrgRxbuf); else result.append("<unset>");
		result.append(", anyAttribute: ");
		result.append(anyAttribute);
		result.append(')');
		return result.toString();
	}

} //InterfaceDriverHostImpl
