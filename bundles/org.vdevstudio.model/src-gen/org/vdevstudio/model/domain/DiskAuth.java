/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Disk Auth</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.DiskAuth#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.DiskAuth#getSecret <em>Secret</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.DiskAuth#getUsername <em>Username</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.DiskAuth#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.DiskAuth#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getDiskAuth()
 * @model extendedMetaData="name='DiskAuth' kind='mixed'"
 * @generated
 */
public interface DiskAuth extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getDiskAuth_Mixed()
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
	 * @see #setSecret(DiskAuthSecret)
	 * @see org.vdevstudio.model.domain.DomainPackage#getDiskAuth_Secret()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='secret' kind='element'"
	 * @generated
	 */
	DiskAuthSecret getSecret();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.DiskAuth#getSecret <em>Secret</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secret</em>' containment reference.
	 * @see #getSecret()
	 * @generated
	 */
	void setSecret(DiskAuthSecret value);

	/**
	 * Returns the value of the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Username</em>' attribute.
	 * @see #setUsername(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getDiskAuth_Username()
	 * @model dataType="org.vdevstudio.model.domain.GenericName"
	 *        extendedMetaData="name='username' kind='attribute'"
	 * @generated
	 */
	String getUsername();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.DiskAuth#getUsername <em>Username</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Username</em>' attribute.
	 * @see #getUsername()
	 * @generated
	 */
	void setUsername(String value);

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getDiskAuth_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getDiskAuth_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // DiskAuth
