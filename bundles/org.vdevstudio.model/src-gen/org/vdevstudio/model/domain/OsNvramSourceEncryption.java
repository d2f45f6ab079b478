/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Os Nvram Source Encryption</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getSecret <em>Secret</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getCipher <em>Cipher</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getIvgen <em>Ivgen</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getFormat <em>Format</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getEngine <em>Engine</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceEncryption()
 * @model extendedMetaData="name='OsNvramSourceEncryption' kind='mixed'"
 * @generated
 */
public interface OsNvramSourceEncryption extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceEncryption_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Secret</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Secret</em>' containment reference.
	 * @see #setSecret(OsNvramSourceEncryptionSecret)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceEncryption_Secret()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='secret' kind='element'"
	 * @generated
	 */
	OsNvramSourceEncryptionSecret getSecret();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getSecret <em>Secret</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secret</em>' containment reference.
	 * @see #getSecret()
	 * @generated
	 */
	void setSecret(OsNvramSourceEncryptionSecret value);

	/**
	 * Returns the value of the '<em><b>Cipher</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cipher</em>' containment reference.
	 * @see #setCipher(OsNvramSourceEncryptionCipher)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceEncryption_Cipher()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='cipher' kind='element'"
	 * @generated
	 */
	OsNvramSourceEncryptionCipher getCipher();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getCipher <em>Cipher</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cipher</em>' containment reference.
	 * @see #getCipher()
	 * @generated
	 */
	void setCipher(OsNvramSourceEncryptionCipher value);

	/**
	 * Returns the value of the '<em><b>Ivgen</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ivgen</em>' containment reference.
	 * @see #setIvgen(OsNvramSourceEncryptionIvgen)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceEncryption_Ivgen()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='ivgen' kind='element'"
	 * @generated
	 */
	OsNvramSourceEncryptionIvgen getIvgen();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getIvgen <em>Ivgen</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ivgen</em>' containment reference.
	 * @see #getIvgen()
	 * @generated
	 */
	void setIvgen(OsNvramSourceEncryptionIvgen value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.OsNvramSourceEncryptionFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionFormat
	 * @see #isSetFormat()
	 * @see #unsetFormat()
	 * @see #setFormat(OsNvramSourceEncryptionFormat)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceEncryption_Format()
	 * @model unsettable="true"
	 *        extendedMetaData="name='format' kind='attribute'"
	 * @generated
	 */
	OsNvramSourceEncryptionFormat getFormat();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionFormat
	 * @see #isSetFormat()
	 * @see #unsetFormat()
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(OsNvramSourceEncryptionFormat value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFormat()
	 * @see #getFormat()
	 * @see #setFormat(OsNvramSourceEncryptionFormat)
	 * @generated
	 */
	void unsetFormat();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getFormat <em>Format</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Format</em>' attribute is set.
	 * @see #unsetFormat()
	 * @see #getFormat()
	 * @see #setFormat(OsNvramSourceEncryptionFormat)
	 * @generated
	 */
	boolean isSetFormat();

	/**
	 * Returns the value of the '<em><b>Engine</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.OsNvramSourceEncryptionEngine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Engine</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionEngine
	 * @see #isSetEngine()
	 * @see #unsetEngine()
	 * @see #setEngine(OsNvramSourceEncryptionEngine)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceEncryption_Engine()
	 * @model unsettable="true"
	 *        extendedMetaData="name='engine' kind='attribute'"
	 * @generated
	 */
	OsNvramSourceEncryptionEngine getEngine();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getEngine <em>Engine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engine</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionEngine
	 * @see #isSetEngine()
	 * @see #unsetEngine()
	 * @see #getEngine()
	 * @generated
	 */
	void setEngine(OsNvramSourceEncryptionEngine value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getEngine <em>Engine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetEngine()
	 * @see #getEngine()
	 * @see #setEngine(OsNvramSourceEncryptionEngine)
	 * @generated
	 */
	void unsetEngine();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getEngine <em>Engine</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Engine</em>' attribute is set.
	 * @see #unsetEngine()
	 * @see #getEngine()
	 * @see #setEngine(OsNvramSourceEncryptionEngine)
	 * @generated
	 */
	boolean isSetEngine();

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceEncryption_Any()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='' kind='elementWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAny();

	/**
	 * Returns the value of the '<em><b>Any Attribute</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any Attribute</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceEncryption_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // OsNvramSourceEncryption
