/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interface Guest</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceGuest#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceGuest#getDev <em>Dev</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceGuest#getActual <em>Actual</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceGuest#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceGuest#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceGuest()
 * @model extendedMetaData="name='InterfaceGuest' kind='mixed'"
 * @generated
 */
public interface InterfaceGuest extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceGuest_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Dev</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dev</em>' attribute.
	 * @see #setDev(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceGuest_Dev()
	 * @model dataType="org.vdevstudio.model.domain.DeviceName"
	 *        extendedMetaData="name='dev' kind='attribute'"
	 * @generated
	 */
	String getDev();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceGuest#getDev <em>Dev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dev</em>' attribute.
	 * @see #getDev()
	 * @generated
	 */
	void setDev(String value);

	/**
	 * Returns the value of the '<em><b>Actual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actual</em>' attribute.
	 * @see #setActual(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceGuest_Actual()
	 * @model dataType="org.vdevstudio.model.domain.DeviceName"
	 *        extendedMetaData="name='actual' kind='attribute'"
	 * @generated
	 */
	String getActual();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceGuest#getActual <em>Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual</em>' attribute.
	 * @see #getActual()
	 * @generated
	 */
	void setActual(String value);

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceGuest_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceGuest_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // InterfaceGuest
