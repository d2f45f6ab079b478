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
import org.vdevstudio.model.domain.OsNvramSourceEncryption;
import org.vdevstudio.model.domain.OsNvramSourceEncryptionCipher;
import org.vdevstudio.model.domain.OsNvramSourceEncryptionEngine;
import org.vdevstudio.model.domain.OsNvramSourceEncryptionFormat;
import org.vdevstudio.model.domain.OsNvramSourceEncryptionIvgen;
import org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Os Nvram Source Encryption</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceEncryptionImpl#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceEncryptionImpl#getSecret <em>Secret</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceEncryptionImpl#getCipher <em>Cipher</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceEncryptionImpl#getIvgen <em>Ivgen</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceEncryptionImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceEncryptionImpl#getEngine <em>Engine</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceEncryptionImpl#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsNvramSourceEncryptionImpl#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OsNvramSourceEncryptionImpl extends EObjectImpl implements OsNvramSourceEncryption {
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
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final OsNvramSourceEncryptionFormat FORMAT_EDEFAULT = OsNvramSourceEncryptionFormat.DEFAULT_;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected OsNvramSourceEncryptionFormat format = FORMAT_EDEFAULT;

	/**
	 * This is true if the Format attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean formatESet;

	/**
	 * The default value of the '{@link #getEngine() <em>Engine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngine()
	 * @generated
	 * @ordered
	 */
	protected static final OsNvramSourceEncryptionEngine ENGINE_EDEFAULT = OsNvramSourceEncryptionEngine.QEMU;

	/**
	 * The cached value of the '{@link #getEngine() <em>Engine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngine()
	 * @generated
	 * @ordered
	 */
	protected OsNvramSourceEncryptionEngine engine = ENGINE_EDEFAULT;

	/**
	 * This is true if the Engine attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean engineESet;

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
	protected OsNvramSourceEncryptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DomainPackage.Literals.OS_NVRAM_SOURCE_ENCRYPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getMixed() {
		if (mixed == null) {
			mixed = new BasicFeatureMap(this, DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__MIXED);
		}
		return mixed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceEncryptionSecret getSecret() {
		return (OsNvramSourceEncryptionSecret)getMixed().get(DomainPackage.Literals.OS_NVRAM_SOURCE_ENCRYPTION__SECRET, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSecret(OsNvramSourceEncryptionSecret newSecret, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS_NVRAM_SOURCE_ENCRYPTION__SECRET, newSecret, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecret(OsNvramSourceEncryptionSecret newSecret) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS_NVRAM_SOURCE_ENCRYPTION__SECRET, newSecret);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceEncryptionCipher getCipher() {
		return (OsNvramSourceEncryptionCipher)getMixed().get(DomainPackage.Literals.OS_NVRAM_SOURCE_ENCRYPTION__CIPHER, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCipher(OsNvramSourceEncryptionCipher newCipher, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS_NVRAM_SOURCE_ENCRYPTION__CIPHER, newCipher, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCipher(OsNvramSourceEncryptionCipher newCipher) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS_NVRAM_SOURCE_ENCRYPTION__CIPHER, newCipher);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceEncryptionIvgen getIvgen() {
		return (OsNvramSourceEncryptionIvgen)getMixed().get(DomainPackage.Literals.OS_NVRAM_SOURCE_ENCRYPTION__IVGEN, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIvgen(OsNvramSourceEncryptionIvgen newIvgen, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS_NVRAM_SOURCE_ENCRYPTION__IVGEN, newIvgen, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIvgen(OsNvramSourceEncryptionIvgen newIvgen) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS_NVRAM_SOURCE_ENCRYPTION__IVGEN, newIvgen);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceEncryptionFormat getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(OsNvramSourceEncryptionFormat newFormat) {
		OsNvramSourceEncryptionFormat oldFormat = format;
		format = newFormat == null ? FORMAT_EDEFAULT : newFormat;
		boolean oldFormatESet = formatESet;
		formatESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__FORMAT, oldFormat, format, !oldFormatESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFormat() {
		OsNvramSourceEncryptionFormat oldFormat = format;
		boolean oldFormatESet = formatESet;
		format = FORMAT_EDEFAULT;
		formatESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__FORMAT, oldFormat, FORMAT_EDEFAULT, oldFormatESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFormat() {
		return formatESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvramSourceEncryptionEngine getEngine() {
		return engine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEngine(OsNvramSourceEncryptionEngine newEngine) {
		OsNvramSourceEncryptionEngine oldEngine = engine;
		engine = newEngine == null ? ENGINE_EDEFAULT : newEngine;
		boolean oldEngineESet = engineESet;
		engineESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__ENGINE, oldEngine, engine, !oldEngineESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetEngine() {
		OsNvramSourceEncryptionEngine oldEngine = engine;
		boolean oldEngineESet = engineESet;
		engine = ENGINE_EDEFAULT;
		engineESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__ENGINE, oldEngine, ENGINE_EDEFAULT, oldEngineESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetEngine() {
		return engineESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAny() {
		return (FeatureMap)getMixed().<FeatureMap.Entry>list(DomainPackage.Literals.OS_NVRAM_SOURCE_ENCRYPTION__ANY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAnyAttribute() {
		if (anyAttribute == null) {
			anyAttribute = new BasicFeatureMap(this, DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__ANY_ATTRIBUTE);
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
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__MIXED:
				return ((InternalEList<?>)getMixed()).basicRemove(otherEnd, msgs);
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__SECRET:
				return basicSetSecret(null, msgs);
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__CIPHER:
				return basicSetCipher(null, msgs);
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__IVGEN:
				return basicSetIvgen(null, msgs);
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__ANY:
				return ((InternalEList<?>)getAny()).basicRemove(otherEnd, msgs);
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__ANY_ATTRIBUTE:
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
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__MIXED:
				if (coreType) return getMixed();
				return ((FeatureMap.Internal)getMixed()).getWrapper();
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__SECRET:
				return getSecret();
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__CIPHER:
				return getCipher();
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__IVGEN:
				return getIvgen();
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__FORMAT:
				return getFormat();
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__ENGINE:
				return getEngine();
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__ANY:
				if (coreType) return getAny();
				return ((FeatureMap.Internal)getAny()).getWrapper();
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__ANY_ATTRIBUTE:
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
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__MIXED:
				((FeatureMap.Internal)getMixed()).set(newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__SECRET:
				setSecret((OsNvramSourceEncryptionSecret)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__CIPHER:
				setCipher((OsNvramSourceEncryptionCipher)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__IVGEN:
				setIvgen((OsNvramSourceEncryptionIvgen)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__FORMAT:
				setFormat((OsNvramSourceEncryptionFormat)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__ENGINE:
				setEngine((OsNvramSourceEncryptionEngine)newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__ANY:
				((FeatureMap.Internal)getAny()).set(newValue);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__ANY_ATTRIBUTE:
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
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__MIXED:
				getMixed().clear();
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__SECRET:
				setSecret((OsNvramSourceEncryptionSecret)null);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__CIPHER:
				setCipher((OsNvramSourceEncryptionCipher)null);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__IVGEN:
				setIvgen((OsNvramSourceEncryptionIvgen)null);
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__FORMAT:
				unsetFormat();
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__ENGINE:
				unsetEngine();
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__ANY:
				getAny().clear();
				return;
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__ANY_ATTRIBUTE:
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
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__MIXED:
				return mixed != null && !mixed.isEmpty();
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__SECRET:
				return getSecret() != null;
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__CIPHER:
				return getCipher() != null;
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__IVGEN:
				return getIvgen() != null;
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__FORMAT:
				return isSetFormat();
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__ENGINE:
				return isSetEngine();
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__ANY:
				return !getAny().isEmpty();
			case DomainPackage.OS_NVRAM_SOURCE_ENCRYPTION__ANY_ATTRIBUTE:
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
		result.append(", format: ");
		if (formatESet) result.append(format); else result.append("<unset>");
		result.append(", engine: ");
		if (engineESet) result.append(engine); else result.append("<unset>");
		result.append(", anyAttribute: ");
		result.append(anyAttribute);
		result.append(')');
		return result.toString();
	}

} //OsNvramSourceEncryptionImpl
