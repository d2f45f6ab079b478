/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Os Nvram Source Encryption Secret</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret#getType <em>Type</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret#getUuid <em>Uuid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret#getUsage <em>Usage</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceEncryptionSecret()
 * @model extendedMetaData="name='OsNvramSourceEncryptionSecret' kind='mixed'"
 * @generated
 */
public interface OsNvramSourceEncryptionSecret extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceEncryptionSecret_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.OsNvramSourceEncryptionSecretType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionSecretType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #setType(OsNvramSourceEncryptionSecretType)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceEncryptionSecret_Type()
	 * @model unsettable="true"
	 *        extendedMetaData="name='type' kind='attribute'"
	 * @generated
	 */
	OsNvramSourceEncryptionSecretType getType();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionSecretType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #getType()
	 * @generated
	 */
	void setType(OsNvramSourceEncryptionSecretType value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetType()
	 * @see #getType()
	 * @see #setType(OsNvramSourceEncryptionSecretType)
	 * @generated
	 */
	void unsetType();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret#getType <em>Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Type</em>' attribute is set.
	 * @see #unsetType()
	 * @see #getType()
	 * @see #setType(OsNvramSourceEncryptionSecretType)
	 * @generated
	 */
	boolean isSetType();

	/**
	 * Returns the value of the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uuid</em>' attribute.
	 * @see #setUuid(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceEncryptionSecret_Uuid()
	 * @model dataType="org.vdevstudio.model.domain.UUID"
	 *        extendedMetaData="name='uuid' kind='attribute'"
	 * @generated
	 */
	String getUuid();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret#getUuid <em>Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uuid</em>' attribute.
	 * @see #getUuid()
	 * @generated
	 */
	void setUuid(String value);

	/**
	 * Returns the value of the '<em><b>Usage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Usage</em>' attribute.
	 * @see #setUsage(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceEncryptionSecret_Usage()
	 * @model extendedMetaData="name='usage' kind='attribute'"
	 * @generated
	 */
	String getUsage();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret#getUsage <em>Usage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Usage</em>' attribute.
	 * @see #getUsage()
	 * @generated
	 */
	void setUsage(String value);

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceEncryptionSecret_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceEncryptionSecret_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // OsNvramSourceEncryptionSecret
