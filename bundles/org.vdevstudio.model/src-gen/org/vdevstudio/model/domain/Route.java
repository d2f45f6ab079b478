/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Route</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.Route#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Route#getFamily <em>Family</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Route#getAddress <em>Address</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Route#getNetmask <em>Netmask</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Route#getPrefix <em>Prefix</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Route#getGateway <em>Gateway</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Route#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Route#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Route#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getRoute()
 * @model extendedMetaData="name='Route' kind='mixed'"
 * @generated
 */
public interface Route extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getRoute_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family</em>' attribute.
	 * @see #setFamily(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getRoute_Family()
	 * @model dataType="org.vdevstudio.model.domain.AddrFamily"
	 *        extendedMetaData="name='family' kind='attribute'"
	 * @generated
	 */
	String getFamily();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Route#getFamily <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family</em>' attribute.
	 * @see #getFamily()
	 * @generated
	 */
	void setFamily(String value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getRoute_Address()
	 * @model dataType="org.vdevstudio.model.domain.IpAddr"
	 *        extendedMetaData="name='address' kind='attribute'"
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Route#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Netmask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Netmask</em>' attribute.
	 * @see #setNetmask(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getRoute_Netmask()
	 * @model dataType="org.vdevstudio.model.domain.Ipv4Addr"
	 *        extendedMetaData="name='netmask' kind='attribute'"
	 * @generated
	 */
	String getNetmask();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Route#getNetmask <em>Netmask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Netmask</em>' attribute.
	 * @see #getNetmask()
	 * @generated
	 */
	void setNetmask(String value);

	/**
	 * Returns the value of the '<em><b>Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prefix</em>' attribute.
	 * @see #setPrefix(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getRoute_Prefix()
	 * @model dataType="org.vdevstudio.model.domain.IpPrefix"
	 *        extendedMetaData="name='prefix' kind='attribute'"
	 * @generated
	 */
	String getPrefix();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Route#getPrefix <em>Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prefix</em>' attribute.
	 * @see #getPrefix()
	 * @generated
	 */
	void setPrefix(String value);

	/**
	 * Returns the value of the '<em><b>Gateway</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gateway</em>' attribute.
	 * @see #setGateway(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getRoute_Gateway()
	 * @model dataType="org.vdevstudio.model.domain.IpAddr"
	 *        extendedMetaData="name='gateway' kind='attribute'"
	 * @generated
	 */
	String getGateway();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Route#getGateway <em>Gateway</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gateway</em>' attribute.
	 * @see #getGateway()
	 * @generated
	 */
	void setGateway(String value);

	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see #setMetric(Long)
	 * @see org.vdevstudio.model.domain.DomainPackage#getRoute_Metric()
	 * @model dataType="org.vdevstudio.model.domain.UnsignedInt"
	 *        extendedMetaData="name='metric' kind='attribute'"
	 * @generated
	 */
	Long getMetric();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Route#getMetric <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' attribute.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(Long value);

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getRoute_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getRoute_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // Route
