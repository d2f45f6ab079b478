/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interface Vlan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceVlan#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceVlan#getTags <em>Tags</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceVlan#getTrunk <em>Trunk</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceVlan#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceVlan#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceVlan()
 * @model extendedMetaData="name='InterfaceVlan' kind='mixed'"
 * @generated
 */
public interface InterfaceVlan extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceVlan_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' containment reference list.
	 * The list contents are of type {@link org.vdevstudio.model.domain.InterfaceVlanTag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' containment reference list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceVlan_Tags()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='tag' kind='element'"
	 * @generated
	 */
	EList<InterfaceVlanTag> getTags();

	/**
	 * Returns the value of the '<em><b>Trunk</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.InterfaceVlanTrunk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trunk</em>' attribute.
	 * @see org.vdevstudio.model.domain.InterfaceVlanTrunk
	 * @see #isSetTrunk()
	 * @see #unsetTrunk()
	 * @see #setTrunk(InterfaceVlanTrunk)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceVlan_Trunk()
	 * @model unsettable="true"
	 *        extendedMetaData="name='trunk' kind='attribute'"
	 * @generated
	 */
	InterfaceVlanTrunk getTrunk();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceVlan#getTrunk <em>Trunk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trunk</em>' attribute.
	 * @see org.vdevstudio.model.domain.InterfaceVlanTrunk
	 * @see #isSetTrunk()
	 * @see #unsetTrunk()
	 * @see #getTrunk()
	 * @generated
	 */
	void setTrunk(InterfaceVlanTrunk value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfaceVlan#getTrunk <em>Trunk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTrunk()
	 * @see #getTrunk()
	 * @see #setTrunk(InterfaceVlanTrunk)
	 * @generated
	 */
	void unsetTrunk();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfaceVlan#getTrunk <em>Trunk</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Trunk</em>' attribute is set.
	 * @see #unsetTrunk()
	 * @see #getTrunk()
	 * @see #setTrunk(InterfaceVlanTrunk)
	 * @generated
	 */
	boolean isSetTrunk();

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceVlan_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceVlan_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // InterfaceVlan
