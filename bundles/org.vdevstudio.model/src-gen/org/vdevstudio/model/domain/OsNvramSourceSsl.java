/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Os Nvram Source Ssl</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceSsl#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceSsl#getVerify <em>Verify</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceSsl#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceSsl#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceSsl()
 * @model extendedMetaData="name='OsNvramSourceSsl' kind='mixed'"
 * @generated
 */
public interface OsNvramSourceSsl extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceSsl_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Verify</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirYesNo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Verify</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetVerify()
	 * @see #unsetVerify()
	 * @see #setVerify(VirYesNo)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceSsl_Verify()
	 * @model unsettable="true"
	 *        extendedMetaData="name='verify' kind='attribute'"
	 * @generated
	 */
	VirYesNo getVerify();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceSsl#getVerify <em>Verify</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verify</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetVerify()
	 * @see #unsetVerify()
	 * @see #getVerify()
	 * @generated
	 */
	void setVerify(VirYesNo value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceSsl#getVerify <em>Verify</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetVerify()
	 * @see #getVerify()
	 * @see #setVerify(VirYesNo)
	 * @generated
	 */
	void unsetVerify();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceSsl#getVerify <em>Verify</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Verify</em>' attribute is set.
	 * @see #unsetVerify()
	 * @see #getVerify()
	 * @see #setVerify(VirYesNo)
	 * @generated
	 */
	boolean isSetVerify();

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceSsl_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceSsl_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // OsNvramSourceSsl
