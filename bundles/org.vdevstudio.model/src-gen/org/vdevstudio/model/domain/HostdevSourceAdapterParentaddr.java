/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import java.math.BigInteger;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hostdev Source Adapter Parentaddr</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSourceAdapterParentaddr#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSourceAdapterParentaddr#getAddress <em>Address</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSourceAdapterParentaddr#getUniqueId <em>Unique Id</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSourceAdapterParentaddr#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSourceAdapterParentaddr#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSourceAdapterParentaddr()
 * @model extendedMetaData="name='HostdevSourceAdapterParentaddr' kind='mixed'"
 * @generated
 */
public interface HostdevSourceAdapterParentaddr extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSourceAdapterParentaddr_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' containment reference.
	 * @see #setAddress(HostdevSourceAdapterParentaddrAddress)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSourceAdapterParentaddr_Address()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='address' kind='element'"
	 * @generated
	 */
	HostdevSourceAdapterParentaddrAddress getAddress();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSourceAdapterParentaddr#getAddress <em>Address</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' containment reference.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(HostdevSourceAdapterParentaddrAddress value);

	/**
	 * Returns the value of the '<em><b>Unique Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unique Id</em>' attribute.
	 * @see #setUniqueId(BigInteger)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSourceAdapterParentaddr_UniqueId()
	 * @model dataType="org.vdevstudio.model.domain.PositiveInteger"
	 *        extendedMetaData="name='unique_id' kind='attribute'"
	 * @generated
	 */
	BigInteger getUniqueId();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSourceAdapterParentaddr#getUniqueId <em>Unique Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unique Id</em>' attribute.
	 * @see #getUniqueId()
	 * @generated
	 */
	void setUniqueId(BigInteger value);

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSourceAdapterParentaddr_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSourceAdapterParentaddr_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // HostdevSourceAdapterParentaddr
