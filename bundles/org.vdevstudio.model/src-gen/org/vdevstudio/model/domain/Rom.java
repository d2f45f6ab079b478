/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rom</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.Rom#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Rom#getEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Rom#getBar <em>Bar</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Rom#getFile <em>File</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Rom#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Rom#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getRom()
 * @model extendedMetaData="name='Rom' kind='mixed'"
 * @generated
 */
public interface Rom extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getRom_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirYesNo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetEnabled()
	 * @see #unsetEnabled()
	 * @see #setEnabled(VirYesNo)
	 * @see org.vdevstudio.model.domain.DomainPackage#getRom_Enabled()
	 * @model unsettable="true"
	 *        extendedMetaData="name='enabled' kind='attribute'"
	 * @generated
	 */
	VirYesNo getEnabled();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Rom#getEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetEnabled()
	 * @see #unsetEnabled()
	 * @see #getEnabled()
	 * @generated
	 */
	void setEnabled(VirYesNo value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.Rom#getEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetEnabled()
	 * @see #getEnabled()
	 * @see #setEnabled(VirYesNo)
	 * @generated
	 */
	void unsetEnabled();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.Rom#getEnabled <em>Enabled</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Enabled</em>' attribute is set.
	 * @see #unsetEnabled()
	 * @see #getEnabled()
	 * @see #setEnabled(VirYesNo)
	 * @generated
	 */
	boolean isSetEnabled();

	/**
	 * Returns the value of the '<em><b>Bar</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirOnOff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bar</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetBar()
	 * @see #unsetBar()
	 * @see #setBar(VirOnOff)
	 * @see org.vdevstudio.model.domain.DomainPackage#getRom_Bar()
	 * @model unsettable="true"
	 *        extendedMetaData="name='bar' kind='attribute'"
	 * @generated
	 */
	VirOnOff getBar();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Rom#getBar <em>Bar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bar</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetBar()
	 * @see #unsetBar()
	 * @see #getBar()
	 * @generated
	 */
	void setBar(VirOnOff value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.Rom#getBar <em>Bar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBar()
	 * @see #getBar()
	 * @see #setBar(VirOnOff)
	 * @generated
	 */
	void unsetBar();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.Rom#getBar <em>Bar</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Bar</em>' attribute is set.
	 * @see #unsetBar()
	 * @see #getBar()
	 * @see #setBar(VirOnOff)
	 * @generated
	 */
	boolean isSetBar();

	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getRom_File()
	 * @model dataType="org.vdevstudio.model.domain.AbsFilePath"
	 *        extendedMetaData="name='file' kind='attribute'"
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Rom#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getRom_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getRom_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // Rom
