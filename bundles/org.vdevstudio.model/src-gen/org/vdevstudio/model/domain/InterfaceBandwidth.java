/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import java.math.BigInteger;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interface Bandwidth</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceBandwidth#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceBandwidth#getInbound <em>Inbound</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceBandwidth#getOutbound <em>Outbound</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceBandwidth#getClassID <em>Class ID</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceBandwidth#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceBandwidth#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceBandwidth()
 * @model extendedMetaData="name='InterfaceBandwidth' kind='mixed'"
 * @generated
 */
public interface InterfaceBandwidth extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceBandwidth_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Inbound</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inbound</em>' containment reference.
	 * @see #setInbound(InterfaceBandwidthInbound)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceBandwidth_Inbound()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='inbound' kind='element'"
	 * @generated
	 */
	InterfaceBandwidthInbound getInbound();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceBandwidth#getInbound <em>Inbound</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inbound</em>' containment reference.
	 * @see #getInbound()
	 * @generated
	 */
	void setInbound(InterfaceBandwidthInbound value);

	/**
	 * Returns the value of the '<em><b>Outbound</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outbound</em>' containment reference.
	 * @see #setOutbound(InterfaceBandwidthOutbound)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceBandwidth_Outbound()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='outbound' kind='element'"
	 * @generated
	 */
	InterfaceBandwidthOutbound getOutbound();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceBandwidth#getOutbound <em>Outbound</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outbound</em>' containment reference.
	 * @see #getOutbound()
	 * @generated
	 */
	void setOutbound(InterfaceBandwidthOutbound value);

	/**
	 * Returns the value of the '<em><b>Class ID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Class ID</em>' attribute.
	 * @see #setClassID(BigInteger)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceBandwidth_ClassID()
	 * @model dataType="org.vdevstudio.model.domain.PositiveInteger"
	 *        extendedMetaData="name='classID' kind='attribute'"
	 * @generated
	 */
	BigInteger getClassID();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceBandwidth#getClassID <em>Class ID</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Class ID</em>' attribute.
	 * @see #getClassID()
	 * @generated
	 */
	void setClassID(BigInteger value);

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceBandwidth_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceBandwidth_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // InterfaceBandwidth
