/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Disk Auth Secret</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.DiskAuthSecret#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.DiskAuthSecret#getType <em>Type</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.DiskAuthSecret#getUuid <em>Uuid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.DiskAuthSecret#getUsage <em>Usage</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.DiskAuthSecret#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.DiskAuthSecret#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getDiskAuthSecret()
 * @model extendedMetaData="name='DiskAuthSecret' kind='mixed'"
 * @generated
 */
public interface DiskAuthSecret extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getDiskAuthSecret_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.DiskAuthSecretType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.DiskAuthSecretType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #setType(DiskAuthSecretType)
	 * @see org.vdevstudio.model.domain.DomainPackage#getDiskAuthSecret_Type()
	 * @model unsettable="true"
	 *        extendedMetaData="name='type' kind='attribute'"
	 * @generated
	 */
	DiskAuthSecretType getType();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.DiskAuthSecret#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.DiskAuthSecretType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #getType()
	 * @generated
	 */
	void setType(DiskAuthSecretType value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.DiskAuthSecret#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetType()
	 * @see #getType()
	 * @see #setType(DiskAuthSecretType)
	 * @generated
	 */
	void unsetType();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.DiskAuthSecret#getType <em>Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Type</em>' attribute is set.
	 * @see #unsetType()
	 * @see #getType()
	 * @see #setType(DiskAuthSecretType)
	 * @generated
	 */
	boolean isSetType();

	/**
	 * Returns the value of the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uuid</em>' attribute.
	 * @see #setUuid(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getDiskAuthSecret_Uuid()
	 * @model dataType="org.vdevstudio.model.domain.UUID"
	 *        extendedMetaData="name='uuid' kind='attribute'"
	 * @generated
	 */
	String getUuid();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.DiskAuthSecret#getUuid <em>Uuid</em>}' attribute.
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getDiskAuthSecret_Usage()
	 * @model dataType="org.vdevstudio.model.domain.ObjectName"
	 *        extendedMetaData="name='usage' kind='attribute'"
	 * @generated
	 */
	String getUsage();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.DiskAuthSecret#getUsage <em>Usage</em>}' attribute.
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getDiskAuthSecret_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getDiskAuthSecret_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // DiskAuthSecret
