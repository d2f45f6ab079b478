/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Os Nvram Source Seclabel</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceSeclabel#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceSeclabel#getLabels <em>Labels</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceSeclabel#getModel <em>Model</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceSeclabel#getRelabel <em>Relabel</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceSeclabel#getLabelskip <em>Labelskip</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceSeclabel#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceSeclabel#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceSeclabel()
 * @model extendedMetaData="name='OsNvramSourceSeclabel' kind='mixed'"
 * @generated
 */
public interface OsNvramSourceSeclabel extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceSeclabel_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labels</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceSeclabel_Labels()
	 * @model transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='label' kind='element'"
	 * @generated
	 */
	EList<String> getLabels();

	/**
	 * Returns the value of the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model</em>' attribute.
	 * @see #setModel(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceSeclabel_Model()
	 * @model extendedMetaData="name='model' kind='attribute'"
	 * @generated
	 */
	String getModel();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceSeclabel#getModel <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' attribute.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(String value);

	/**
	 * Returns the value of the '<em><b>Relabel</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.OsNvramSourceSeclabelRelabel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relabel</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSeclabelRelabel
	 * @see #isSetRelabel()
	 * @see #unsetRelabel()
	 * @see #setRelabel(OsNvramSourceSeclabelRelabel)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceSeclabel_Relabel()
	 * @model unsettable="true"
	 *        extendedMetaData="name='relabel' kind='attribute'"
	 * @generated
	 */
	OsNvramSourceSeclabelRelabel getRelabel();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceSeclabel#getRelabel <em>Relabel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relabel</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSeclabelRelabel
	 * @see #isSetRelabel()
	 * @see #unsetRelabel()
	 * @see #getRelabel()
	 * @generated
	 */
	void setRelabel(OsNvramSourceSeclabelRelabel value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceSeclabel#getRelabel <em>Relabel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRelabel()
	 * @see #getRelabel()
	 * @see #setRelabel(OsNvramSourceSeclabelRelabel)
	 * @generated
	 */
	void unsetRelabel();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceSeclabel#getRelabel <em>Relabel</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Relabel</em>' attribute is set.
	 * @see #unsetRelabel()
	 * @see #getRelabel()
	 * @see #setRelabel(OsNvramSourceSeclabelRelabel)
	 * @generated
	 */
	boolean isSetRelabel();

	/**
	 * Returns the value of the '<em><b>Labelskip</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.OsNvramSourceSeclabelLabelskip}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labelskip</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSeclabelLabelskip
	 * @see #isSetLabelskip()
	 * @see #unsetLabelskip()
	 * @see #setLabelskip(OsNvramSourceSeclabelLabelskip)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceSeclabel_Labelskip()
	 * @model unsettable="true"
	 *        extendedMetaData="name='labelskip' kind='attribute'"
	 * @generated
	 */
	OsNvramSourceSeclabelLabelskip getLabelskip();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceSeclabel#getLabelskip <em>Labelskip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Labelskip</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSeclabelLabelskip
	 * @see #isSetLabelskip()
	 * @see #unsetLabelskip()
	 * @see #getLabelskip()
	 * @generated
	 */
	void setLabelskip(OsNvramSourceSeclabelLabelskip value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceSeclabel#getLabelskip <em>Labelskip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLabelskip()
	 * @see #getLabelskip()
	 * @see #setLabelskip(OsNvramSourceSeclabelLabelskip)
	 * @generated
	 */
	void unsetLabelskip();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceSeclabel#getLabelskip <em>Labelskip</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Labelskip</em>' attribute is set.
	 * @see #unsetLabelskip()
	 * @see #getLabelskip()
	 * @see #setLabelskip(OsNvramSourceSeclabelLabelskip)
	 * @generated
	 */
	boolean isSetLabelskip();

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceSeclabel_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceSeclabel_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // OsNvramSourceSeclabel
