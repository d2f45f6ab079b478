/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vcpu</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.Vcpu#getValue <em>Value</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Vcpu#getPlacement <em>Placement</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Vcpu#getCpuset <em>Cpuset</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Vcpu#getCurrent <em>Current</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Vcpu#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getVcpu()
 * @model extendedMetaData="name='Vcpu' kind='simple'"
 * @generated
 */
public interface Vcpu extends EObject {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(Integer)
	 * @see org.vdevstudio.model.domain.DomainPackage#getVcpu_Value()
	 * @model dataType="org.vdevstudio.model.domain.VcpuValue"
	 *        extendedMetaData="name=':0' kind='simple'"
	 * @generated
	 */
	Integer getValue();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Vcpu#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Integer value);

	/**
	 * Returns the value of the '<em><b>Placement</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VcpuPlacement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Placement</em>' attribute.
	 * @see org.vdevstudio.model.domain.VcpuPlacement
	 * @see #isSetPlacement()
	 * @see #unsetPlacement()
	 * @see #setPlacement(VcpuPlacement)
	 * @see org.vdevstudio.model.domain.DomainPackage#getVcpu_Placement()
	 * @model unsettable="true"
	 *        extendedMetaData="name='placement' kind='attribute'"
	 * @generated
	 */
	VcpuPlacement getPlacement();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Vcpu#getPlacement <em>Placement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Placement</em>' attribute.
	 * @see org.vdevstudio.model.domain.VcpuPlacement
	 * @see #isSetPlacement()
	 * @see #unsetPlacement()
	 * @see #getPlacement()
	 * @generated
	 */
	void setPlacement(VcpuPlacement value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.Vcpu#getPlacement <em>Placement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPlacement()
	 * @see #getPlacement()
	 * @see #setPlacement(VcpuPlacement)
	 * @generated
	 */
	void unsetPlacement();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.Vcpu#getPlacement <em>Placement</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Placement</em>' attribute is set.
	 * @see #unsetPlacement()
	 * @see #getPlacement()
	 * @see #setPlacement(VcpuPlacement)
	 * @generated
	 */
	boolean isSetPlacement();

	/**
	 * Returns the value of the '<em><b>Cpuset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpuset</em>' attribute.
	 * @see #setCpuset(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getVcpu_Cpuset()
	 * @model dataType="org.vdevstudio.model.domain.Cpuset"
	 *        extendedMetaData="name='cpuset' kind='attribute'"
	 * @generated
	 */
	String getCpuset();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Vcpu#getCpuset <em>Cpuset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpuset</em>' attribute.
	 * @see #getCpuset()
	 * @generated
	 */
	void setCpuset(String value);

	/**
	 * Returns the value of the '<em><b>Current</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Current</em>' attribute.
	 * @see #setCurrent(Integer)
	 * @see org.vdevstudio.model.domain.DomainPackage#getVcpu_Current()
	 * @model dataType="org.vdevstudio.model.domain.CountCPU"
	 *        extendedMetaData="name='current' kind='attribute'"
	 * @generated
	 */
	Integer getCurrent();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Vcpu#getCurrent <em>Current</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current</em>' attribute.
	 * @see #getCurrent()
	 * @generated
	 */
	void setCurrent(Integer value);

	/**
	 * Returns the value of the '<em><b>Any Attribute</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any Attribute</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getVcpu_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // Vcpu
