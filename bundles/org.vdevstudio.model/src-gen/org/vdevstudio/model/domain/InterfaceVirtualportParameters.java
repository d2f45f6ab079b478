/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interface Virtualport Parameters</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters#getManagerid <em>Managerid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters#getTypeid <em>Typeid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters#getTypeidversion <em>Typeidversion</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters#getInstanceid <em>Instanceid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters#getProfileid <em>Profileid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters#getInterfaceid <em>Interfaceid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceVirtualportParameters()
 * @model extendedMetaData="name='InterfaceVirtualportParameters' kind='mixed'"
 * @generated
 */
public interface InterfaceVirtualportParameters extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceVirtualportParameters_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Managerid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Managerid</em>' attribute.
	 * @see #setManagerid(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceVirtualportParameters_Managerid()
	 * @model dataType="org.vdevstudio.model.domain.Uint8"
	 *        extendedMetaData="name='managerid' kind='attribute'"
	 * @generated
	 */
	String getManagerid();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters#getManagerid <em>Managerid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Managerid</em>' attribute.
	 * @see #getManagerid()
	 * @generated
	 */
	void setManagerid(String value);

	/**
	 * Returns the value of the '<em><b>Typeid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Typeid</em>' attribute.
	 * @see #setTypeid(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceVirtualportParameters_Typeid()
	 * @model dataType="org.vdevstudio.model.domain.Uint24"
	 *        extendedMetaData="name='typeid' kind='attribute'"
	 * @generated
	 */
	String getTypeid();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters#getTypeid <em>Typeid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Typeid</em>' attribute.
	 * @see #getTypeid()
	 * @generated
	 */
	void setTypeid(String value);

	/**
	 * Returns the value of the '<em><b>Typeidversion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Typeidversion</em>' attribute.
	 * @see #setTypeidversion(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceVirtualportParameters_Typeidversion()
	 * @model dataType="org.vdevstudio.model.domain.Uint8"
	 *        extendedMetaData="name='typeidversion' kind='attribute'"
	 * @generated
	 */
	String getTypeidversion();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters#getTypeidversion <em>Typeidversion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Typeidversion</em>' attribute.
	 * @see #getTypeidversion()
	 * @generated
	 */
	void setTypeidversion(String value);

	/**
	 * Returns the value of the '<em><b>Instanceid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instanceid</em>' attribute.
	 * @see #setInstanceid(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceVirtualportParameters_Instanceid()
	 * @model dataType="org.vdevstudio.model.domain.UUID"
	 *        extendedMetaData="name='instanceid' kind='attribute'"
	 * @generated
	 */
	String getInstanceid();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters#getInstanceid <em>Instanceid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instanceid</em>' attribute.
	 * @see #getInstanceid()
	 * @generated
	 */
	void setInstanceid(String value);

	/**
	 * Returns the value of the '<em><b>Profileid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Profileid</em>' attribute.
	 * @see #setProfileid(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceVirtualportParameters_Profileid()
	 * @model extendedMetaData="name='profileid' kind='attribute'"
	 * @generated
	 */
	String getProfileid();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters#getProfileid <em>Profileid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Profileid</em>' attribute.
	 * @see #getProfileid()
	 * @generated
	 */
	void setProfileid(String value);

	/**
	 * Returns the value of the '<em><b>Interfaceid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interfaceid</em>' attribute.
	 * @see #setInterfaceid(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceVirtualportParameters_Interfaceid()
	 * @model dataType="org.vdevstudio.model.domain.UUID"
	 *        extendedMetaData="name='interfaceid' kind='attribute'"
	 * @generated
	 */
	String getInterfaceid();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters#getInterfaceid <em>Interfaceid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interfaceid</em>' attribute.
	 * @see #getInterfaceid()
	 * @generated
	 */
	void setInterfaceid(String value);

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceVirtualportParameters_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceVirtualportParameters_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // InterfaceVirtualportParameters
