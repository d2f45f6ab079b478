/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interface Port Forward</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.InterfacePortForward#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfacePortForward#getRanges <em>Ranges</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfacePortForward#getProto <em>Proto</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfacePortForward#getAddress <em>Address</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfacePortForward#getDev <em>Dev</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfacePortForward#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfacePortForward#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getInterfacePortForward()
 * @model extendedMetaData="name='InterfacePortForward' kind='mixed'"
 * @generated
 */
public interface InterfacePortForward extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfacePortForward_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Ranges</b></em>' containment reference list.
	 * The list contents are of type {@link org.vdevstudio.model.domain.InterfacePortForwardRange}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ranges</em>' containment reference list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfacePortForward_Ranges()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='range' kind='element'"
	 * @generated
	 */
	EList<InterfacePortForwardRange> getRanges();

	/**
	 * Returns the value of the '<em><b>Proto</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.InterfacePortForwardProto}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Proto</em>' attribute.
	 * @see org.vdevstudio.model.domain.InterfacePortForwardProto
	 * @see #isSetProto()
	 * @see #unsetProto()
	 * @see #setProto(InterfacePortForwardProto)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfacePortForward_Proto()
	 * @model unsettable="true"
	 *        extendedMetaData="name='proto' kind='attribute'"
	 * @generated
	 */
	InterfacePortForwardProto getProto();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfacePortForward#getProto <em>Proto</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proto</em>' attribute.
	 * @see org.vdevstudio.model.domain.InterfacePortForwardProto
	 * @see #isSetProto()
	 * @see #unsetProto()
	 * @see #getProto()
	 * @generated
	 */
	void setProto(InterfacePortForwardProto value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfacePortForward#getProto <em>Proto</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetProto()
	 * @see #getProto()
	 * @see #setProto(InterfacePortForwardProto)
	 * @generated
	 */
	void unsetProto();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfacePortForward#getProto <em>Proto</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Proto</em>' attribute is set.
	 * @see #unsetProto()
	 * @see #getProto()
	 * @see #setProto(InterfacePortForwardProto)
	 * @generated
	 */
	boolean isSetProto();

	/**
	 * Returns the value of the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' attribute.
	 * @see #setAddress(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfacePortForward_Address()
	 * @model dataType="org.vdevstudio.model.domain.IpAddr"
	 *        extendedMetaData="name='address' kind='attribute'"
	 * @generated
	 */
	String getAddress();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfacePortForward#getAddress <em>Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' attribute.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(String value);

	/**
	 * Returns the value of the '<em><b>Dev</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dev</em>' attribute.
	 * @see #setDev(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfacePortForward_Dev()
	 * @model dataType="org.vdevstudio.model.domain.DeviceName"
	 *        extendedMetaData="name='dev' kind='attribute'"
	 * @generated
	 */
	String getDev();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfacePortForward#getDev <em>Dev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dev</em>' attribute.
	 * @see #getDev()
	 * @generated
	 */
	void setDev(String value);

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfacePortForward_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfacePortForward_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // InterfacePortForward
