/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interface Port</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.InterfacePort#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfacePort#getIsolated <em>Isolated</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfacePort#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfacePort#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getInterfacePort()
 * @model extendedMetaData="name='InterfacePort' kind='mixed'"
 * @generated
 */
public interface InterfacePort extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfacePort_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Isolated</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirYesNo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Isolated</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetIsolated()
	 * @see #unsetIsolated()
	 * @see #setIsolated(VirYesNo)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfacePort_Isolated()
	 * @model unsettable="true"
	 *        extendedMetaData="name='isolated' kind='attribute'"
	 * @generated
	 */
	VirYesNo getIsolated();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfacePort#getIsolated <em>Isolated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Isolated</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetIsolated()
	 * @see #unsetIsolated()
	 * @see #getIsolated()
	 * @generated
	 */
	void setIsolated(VirYesNo value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfacePort#getIsolated <em>Isolated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetIsolated()
	 * @see #getIsolated()
	 * @see #setIsolated(VirYesNo)
	 * @generated
	 */
	void unsetIsolated();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfacePort#getIsolated <em>Isolated</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Isolated</em>' attribute is set.
	 * @see #unsetIsolated()
	 * @see #getIsolated()
	 * @see #setIsolated(VirYesNo)
	 * @generated
	 */
	boolean isSetIsolated();

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfacePort_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfacePort_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // InterfacePort
