/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Os Nvram Source Slices</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceSlices#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceSlices#getSlice <em>Slice</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceSlices#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceSlices#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceSlices()
 * @model extendedMetaData="name='OsNvramSourceSlices' kind='mixed'"
 * @generated
 */
public interface OsNvramSourceSlices extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceSlices_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Slice</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Slice</em>' containment reference.
	 * @see #setSlice(OsNvramSourceSlicesSlice)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceSlices_Slice()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='slice' kind='element'"
	 * @generated
	 */
	OsNvramSourceSlicesSlice getSlice();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceSlices#getSlice <em>Slice</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slice</em>' containment reference.
	 * @see #getSlice()
	 * @generated
	 */
	void setSlice(OsNvramSourceSlicesSlice value);

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceSlices_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceSlices_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // OsNvramSourceSlices
