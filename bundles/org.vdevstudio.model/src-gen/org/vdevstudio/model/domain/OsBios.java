/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Os Bios</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.OsBios#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsBios#getUseserial <em>Useserial</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsBios#getRebootTimeout <em>Reboot Timeout</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsBios#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsBios#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getOsBios()
 * @model extendedMetaData="name='OsBios' kind='mixed'"
 * @generated
 */
public interface OsBios extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsBios_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Useserial</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirYesNo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Useserial</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetUseserial()
	 * @see #unsetUseserial()
	 * @see #setUseserial(VirYesNo)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsBios_Useserial()
	 * @model unsettable="true"
	 *        extendedMetaData="name='useserial' kind='attribute'"
	 * @generated
	 */
	VirYesNo getUseserial();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsBios#getUseserial <em>Useserial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Useserial</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetUseserial()
	 * @see #unsetUseserial()
	 * @see #getUseserial()
	 * @generated
	 */
	void setUseserial(VirYesNo value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.OsBios#getUseserial <em>Useserial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetUseserial()
	 * @see #getUseserial()
	 * @see #setUseserial(VirYesNo)
	 * @generated
	 */
	void unsetUseserial();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.OsBios#getUseserial <em>Useserial</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Useserial</em>' attribute is set.
	 * @see #unsetUseserial()
	 * @see #getUseserial()
	 * @see #setUseserial(VirYesNo)
	 * @generated
	 */
	boolean isSetUseserial();

	/**
	 * Returns the value of the '<em><b>Reboot Timeout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reboot Timeout</em>' attribute.
	 * @see #setRebootTimeout(Integer)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsBios_RebootTimeout()
	 * @model dataType="org.vdevstudio.model.domain.RebootTimeoutDelay"
	 *        extendedMetaData="name='rebootTimeout' kind='attribute'"
	 * @generated
	 */
	Integer getRebootTimeout();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsBios#getRebootTimeout <em>Reboot Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reboot Timeout</em>' attribute.
	 * @see #getRebootTimeout()
	 * @generated
	 */
	void setRebootTimeout(Integer value);

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsBios_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsBios_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // OsBios
