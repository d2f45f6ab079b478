/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interface Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceTarget#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceTarget#getDev <em>Dev</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceTarget#getManaged <em>Managed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceTarget#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceTarget#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceTarget()
 * @model extendedMetaData="name='InterfaceTarget' kind='mixed'"
 * @generated
 */
public interface InterfaceTarget extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceTarget_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Dev</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dev</em>' attribute.
	 * @see #setDev(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceTarget_Dev()
	 * @model dataType="org.vdevstudio.model.domain.DeviceName"
	 *        extendedMetaData="name='dev' kind='attribute'"
	 * @generated
	 */
	String getDev();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceTarget#getDev <em>Dev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dev</em>' attribute.
	 * @see #getDev()
	 * @generated
	 */
	void setDev(String value);

	/**
	 * Returns the value of the '<em><b>Managed</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirYesNo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Managed</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetManaged()
	 * @see #unsetManaged()
	 * @see #setManaged(VirYesNo)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceTarget_Managed()
	 * @model unsettable="true"
	 *        extendedMetaData="name='managed' kind='attribute'"
	 * @generated
	 */
	VirYesNo getManaged();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceTarget#getManaged <em>Managed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Managed</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetManaged()
	 * @see #unsetManaged()
	 * @see #getManaged()
	 * @generated
	 */
	void setManaged(VirYesNo value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfaceTarget#getManaged <em>Managed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetManaged()
	 * @see #getManaged()
	 * @see #setManaged(VirYesNo)
	 * @generated
	 */
	void unsetManaged();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfaceTarget#getManaged <em>Managed</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Managed</em>' attribute is set.
	 * @see #unsetManaged()
	 * @see #getManaged()
	 * @see #setManaged(VirYesNo)
	 * @generated
	 */
	boolean isSetManaged();

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceTarget_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceTarget_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // InterfaceTarget
