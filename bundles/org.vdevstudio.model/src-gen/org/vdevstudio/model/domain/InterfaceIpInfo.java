/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interface Ip Info</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceIpInfo#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceIpInfo#getAddress <em>Address</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceIpInfo#getFamily <em>Family</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceIpInfo#getPrefix <em>Prefix</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceIpInfo#getPeer <em>Peer</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceIpInfo#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceIpInfo#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceIpInfo()
 * @model extendedMetaData="name='InterfaceIpInfo' kind='mixed'"
 * @generated
 */
public interface InterfaceIpInfo extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceIpInfo_Mixed()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceIpInfo_Address()
	 * @model dataType="org.vdevstudio.model.domain.IpAddr"
	 *        extendedMetaData="name='address' kind='attribute'"
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceIpInfo#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family</em>' attribute.
	 * @see #setFamily(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceIpInfo_Family()
	 * @model dataType="org.vdevstudio.model.domain.AddrFamily"
	 *        extendedMetaData="name='family' kind='attribute'"
	 * @generated
	 */
	String getFamily();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceIpInfo#getFamily <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family</em>' attribute.
	 * @see #getFamily()
	 * @generated
	 */
	void setFamily(String value);

	/**
	 * Returns the value of the '<em><b>Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prefix</em>' attribute.
	 * @see #setPrefix(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceIpInfo_Prefix()
	 * @model dataType="org.vdevstudio.model.domain.IpPrefix"
	 *        extendedMetaData="name='prefix' kind='attribute'"
	 * @generated
	 */
	String getPrefix();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceIpInfo#getPrefix <em>Prefix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prefix</em>' attribute.
	 * @see #getPrefix()
	 * @generated
	 */
	void setPrefix(String value);

	/**
	 * Returns the value of the '<em><b>Peer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Peer</em>' attribute.
	 * @see #setPeer(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceIpInfo_Peer()
	 * @model dataType="org.vdevstudio.model.domain.IpAddr"
	 *        extendedMetaData="name='peer' kind='attribute'"
	 * @generated
	 */
	String getPeer();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceIpInfo#getPeer <em>Peer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Peer</em>' attribute.
	 * @see #getPeer()
	 * @generated
	 */
	void setPeer(String value);

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceIpInfo_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceIpInfo_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // InterfaceIpInfo
