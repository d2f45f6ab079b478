/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Os Boot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.OsBoot#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsBoot#getDev <em>Dev</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsBoot#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsBoot#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getOsBoot()
 * @model extendedMetaData="name='OsBoot' kind='mixed'"
 * @generated
 */
public interface OsBoot extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsBoot_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Dev</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.OsBootDev}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dev</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsBootDev
	 * @see #isSetDev()
	 * @see #unsetDev()
	 * @see #setDev(OsBootDev)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsBoot_Dev()
	 * @model unsettable="true"
	 *        extendedMetaData="name='dev' kind='attribute'"
	 * @generated
	 */
	OsBootDev getDev();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsBoot#getDev <em>Dev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dev</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsBootDev
	 * @see #isSetDev()
	 * @see #unsetDev()
	 * @see #getDev()
	 * @generated
	 */
	void setDev(OsBootDev value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.OsBoot#getDev <em>Dev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDev()
	 * @see #getDev()
	 * @see #setDev(OsBootDev)
	 * @generated
	 */
	void unsetDev();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.OsBoot#getDev <em>Dev</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Dev</em>' attribute is set.
	 * @see #unsetDev()
	 * @see #getDev()
	 * @see #setDev(OsBootDev)
	 * @generated
	 */
	boolean isSetDev();

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsBoot_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsBoot_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // OsBoot
