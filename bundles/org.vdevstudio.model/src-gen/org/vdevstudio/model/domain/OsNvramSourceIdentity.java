/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Os Nvram Source Identity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceIdentity#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceIdentity#getUser <em>User</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceIdentity#getGroup <em>Group</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceIdentity#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceIdentity#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceIdentity()
 * @model extendedMetaData="name='OsNvramSourceIdentity' kind='mixed'"
 * @generated
 */
public interface OsNvramSourceIdentity extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceIdentity_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User</em>' attribute.
	 * @see #setUser(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceIdentity_User()
	 * @model dataType="org.vdevstudio.model.domain.GenericName"
	 *        extendedMetaData="name='user' kind='attribute'"
	 * @generated
	 */
	String getUser();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceIdentity#getUser <em>User</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User</em>' attribute.
	 * @see #getUser()
	 * @generated
	 */
	void setUser(String value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceIdentity_Group()
	 * @model dataType="org.vdevstudio.model.domain.GenericName"
	 *        extendedMetaData="name='group' kind='attribute'"
	 * @generated
	 */
	String getGroup();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceIdentity#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(String value);

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceIdentity_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceIdentity_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // OsNvramSourceIdentity
