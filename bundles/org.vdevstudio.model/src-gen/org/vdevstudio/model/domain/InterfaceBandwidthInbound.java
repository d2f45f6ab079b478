/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interface Bandwidth Inbound</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceBandwidthInbound#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceBandwidthInbound#getAverage <em>Average</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceBandwidthInbound#getPeak <em>Peak</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceBandwidthInbound#getFloor <em>Floor</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceBandwidthInbound#getBurst <em>Burst</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceBandwidthInbound#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceBandwidthInbound#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceBandwidthInbound()
 * @model extendedMetaData="name='InterfaceBandwidthInbound' kind='mixed'"
 * @generated
 */
public interface InterfaceBandwidthInbound extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceBandwidthInbound_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Average</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Average</em>' attribute.
	 * @see #setAverage(Long)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceBandwidthInbound_Average()
	 * @model dataType="org.vdevstudio.model.domain.Speed"
	 *        extendedMetaData="name='average' kind='attribute'"
	 * @generated
	 */
	Long getAverage();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceBandwidthInbound#getAverage <em>Average</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Average</em>' attribute.
	 * @see #getAverage()
	 * @generated
	 */
	void setAverage(Long value);

	/**
	 * Returns the value of the '<em><b>Peak</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Peak</em>' attribute.
	 * @see #setPeak(Long)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceBandwidthInbound_Peak()
	 * @model dataType="org.vdevstudio.model.domain.Speed"
	 *        extendedMetaData="name='peak' kind='attribute'"
	 * @generated
	 */
	Long getPeak();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceBandwidthInbound#getPeak <em>Peak</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Peak</em>' attribute.
	 * @see #getPeak()
	 * @generated
	 */
	void setPeak(Long value);

	/**
	 * Returns the value of the '<em><b>Floor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Floor</em>' attribute.
	 * @see #setFloor(Long)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceBandwidthInbound_Floor()
	 * @model dataType="org.vdevstudio.model.domain.Speed"
	 *        extendedMetaData="name='floor' kind='attribute'"
	 * @generated
	 */
	Long getFloor();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceBandwidthInbound#getFloor <em>Floor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Floor</em>' attribute.
	 * @see #getFloor()
	 * @generated
	 */
	void setFloor(Long value);

	/**
	 * Returns the value of the '<em><b>Burst</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Burst</em>' attribute.
	 * @see #setBurst(Long)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceBandwidthInbound_Burst()
	 * @model dataType="org.vdevstudio.model.domain.BurstSize"
	 *        extendedMetaData="name='burst' kind='attribute'"
	 * @generated
	 */
	Long getBurst();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceBandwidthInbound#getBurst <em>Burst</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Burst</em>' attribute.
	 * @see #getBurst()
	 * @generated
	 */
	void setBurst(Long value);

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceBandwidthInbound_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceBandwidthInbound_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // InterfaceBandwidthInbound
