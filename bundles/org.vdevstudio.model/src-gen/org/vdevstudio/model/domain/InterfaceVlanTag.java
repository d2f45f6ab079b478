/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interface Vlan Tag</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceVlanTag#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceVlanTag#getId <em>Id</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceVlanTag#getNativeMode <em>Native Mode</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceVlanTag#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceVlanTag#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceVlanTag()
 * @model extendedMetaData="name='InterfaceVlanTag' kind='mixed'"
 * @generated
 */
public interface InterfaceVlanTag extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceVlanTag_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(Long)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceVlanTag_Id()
	 * @model dataType="org.vdevstudio.model.domain.InterfaceVlanTagId"
	 *        extendedMetaData="name='id' kind='attribute'"
	 * @generated
	 */
	Long getId();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceVlanTag#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(Long value);

	/**
	 * Returns the value of the '<em><b>Native Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.InterfaceVlanTagNativeMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Native Mode</em>' attribute.
	 * @see org.vdevstudio.model.domain.InterfaceVlanTagNativeMode
	 * @see #isSetNativeMode()
	 * @see #unsetNativeMode()
	 * @see #setNativeMode(InterfaceVlanTagNativeMode)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceVlanTag_NativeMode()
	 * @model unsettable="true"
	 *        extendedMetaData="name='nativeMode' kind='attribute'"
	 * @generated
	 */
	InterfaceVlanTagNativeMode getNativeMode();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceVlanTag#getNativeMode <em>Native Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Native Mode</em>' attribute.
	 * @see org.vdevstudio.model.domain.InterfaceVlanTagNativeMode
	 * @see #isSetNativeMode()
	 * @see #unsetNativeMode()
	 * @see #getNativeMode()
	 * @generated
	 */
	void setNativeMode(InterfaceVlanTagNativeMode value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfaceVlanTag#getNativeMode <em>Native Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetNativeMode()
	 * @see #getNativeMode()
	 * @see #setNativeMode(InterfaceVlanTagNativeMode)
	 * @generated
	 */
	void unsetNativeMode();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfaceVlanTag#getNativeMode <em>Native Mode</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Native Mode</em>' attribute is set.
	 * @see #unsetNativeMode()
	 * @see #getNativeMode()
	 * @see #setNativeMode(InterfaceVlanTagNativeMode)
	 * @generated
	 */
	boolean isSetNativeMode();

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceVlanTag_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceVlanTag_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // InterfaceVlanTag
