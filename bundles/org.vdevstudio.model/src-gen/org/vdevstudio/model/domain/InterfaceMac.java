/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interface Mac</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceMac#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceMac#getAddress <em>Address</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceMac#getType <em>Type</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceMac#getCheck <em>Check</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceMac#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceMac#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceMac()
 * @model extendedMetaData="name='InterfaceMac' kind='mixed'"
 * @generated
 */
public interface InterfaceMac extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceMac_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceMac_Address()
	 * @model dataType="org.vdevstudio.model.domain.UniMacAddr"
	 *        extendedMetaData="name='address' kind='attribute'"
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceMac#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.InterfaceMacType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.InterfaceMacType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #setType(InterfaceMacType)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceMac_Type()
	 * @model unsettable="true"
	 *        extendedMetaData="name='type' kind='attribute'"
	 * @generated
	 */
	InterfaceMacType getType();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceMac#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.InterfaceMacType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #getType()
	 * @generated
	 */
	void setType(InterfaceMacType value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfaceMac#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetType()
	 * @see #getType()
	 * @see #setType(InterfaceMacType)
	 * @generated
	 */
	void unsetType();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfaceMac#getType <em>Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Type</em>' attribute is set.
	 * @see #unsetType()
	 * @see #getType()
	 * @see #setType(InterfaceMacType)
	 * @generated
	 */
	boolean isSetType();

	/**
	 * Returns the value of the '<em><b>Check</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirYesNo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Check</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetCheck()
	 * @see #unsetCheck()
	 * @see #setCheck(VirYesNo)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceMac_Check()
	 * @model unsettable="true"
	 *        extendedMetaData="name='check' kind='attribute'"
	 * @generated
	 */
	VirYesNo getCheck();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceMac#getCheck <em>Check</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Check</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetCheck()
	 * @see #unsetCheck()
	 * @see #getCheck()
	 * @generated
	 */
	void setCheck(VirYesNo value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfaceMac#getCheck <em>Check</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCheck()
	 * @see #getCheck()
	 * @see #setCheck(VirYesNo)
	 * @generated
	 */
	void unsetCheck();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfaceMac#getCheck <em>Check</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Check</em>' attribute is set.
	 * @see #unsetCheck()
	 * @see #getCheck()
	 * @see #setCheck(VirYesNo)
	 * @generated
	 */
	boolean isSetCheck();

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceMac_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceMac_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // InterfaceMac
