/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Os Type</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.OsType#getValue <em>Value</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsType#getArch <em>Arch</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsType#getMachine <em>Machine</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsType#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getOsType()
 * @model extendedMetaData="name='OsType' kind='simple'"
 * @generated
 */
public interface OsType extends EObject {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.OsTypeValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsTypeValue
	 * @see #isSetValue()
	 * @see #unsetValue()
	 * @see #setValue(OsTypeValue)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsType_Value()
	 * @model unsettable="true"
	 *        extendedMetaData="name=':0' kind='simple'"
	 * @generated
	 */
	OsTypeValue getValue();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsType#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsTypeValue
	 * @see #isSetValue()
	 * @see #unsetValue()
	 * @see #getValue()
	 * @generated
	 */
	void setValue(OsTypeValue value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.OsType#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetValue()
	 * @see #getValue()
	 * @see #setValue(OsTypeValue)
	 * @generated
	 */
	void unsetValue();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.OsType#getValue <em>Value</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Value</em>' attribute is set.
	 * @see #unsetValue()
	 * @see #getValue()
	 * @see #setValue(OsTypeValue)
	 * @generated
	 */
	boolean isSetValue();

	/**
	 * Returns the value of the '<em><b>Arch</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.OsTypeArch}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arch</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsTypeArch
	 * @see #isSetArch()
	 * @see #unsetArch()
	 * @see #setArch(OsTypeArch)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsType_Arch()
	 * @model unsettable="true"
	 *        extendedMetaData="name='arch' kind='attribute'"
	 * @generated
	 */
	OsTypeArch getArch();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsType#getArch <em>Arch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arch</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsTypeArch
	 * @see #isSetArch()
	 * @see #unsetArch()
	 * @see #getArch()
	 * @generated
	 */
	void setArch(OsTypeArch value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.OsType#getArch <em>Arch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetArch()
	 * @see #getArch()
	 * @see #setArch(OsTypeArch)
	 * @generated
	 */
	void unsetArch();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.OsType#getArch <em>Arch</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Arch</em>' attribute is set.
	 * @see #unsetArch()
	 * @see #getArch()
	 * @see #setArch(OsTypeArch)
	 * @generated
	 */
	boolean isSetArch();

	/**
	 * Returns the value of the '<em><b>Machine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Machine</em>' attribute.
	 * @see #setMachine(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsType_Machine()
	 * @model dataType="org.vdevstudio.model.domain.OsTypeMachine"
	 *        extendedMetaData="name='machine' kind='attribute'"
	 * @generated
	 */
	String getMachine();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsType#getMachine <em>Machine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Machine</em>' attribute.
	 * @see #getMachine()
	 * @generated
	 */
	void setMachine(String value);

	/**
	 * Returns the value of the '<em><b>Any Attribute</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any Attribute</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsType_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // OsType
