/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interface Driver Guest</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getCsum <em>Csum</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getTso4 <em>Tso4</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getTso6 <em>Tso6</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getEcn <em>Ecn</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getUfo <em>Ufo</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriverGuest()
 * @model extendedMetaData="name='InterfaceDriverGuest' kind='mixed'"
 * @generated
 */
public interface InterfaceDriverGuest extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriverGuest_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Csum</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirOnOff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Csum</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetCsum()
	 * @see #unsetCsum()
	 * @see #setCsum(VirOnOff)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriverGuest_Csum()
	 * @model unsettable="true"
	 *        extendedMetaData="name='csum' kind='attribute'"
	 * @generated
	 */
	VirOnOff getCsum();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getCsum <em>Csum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Csum</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetCsum()
	 * @see #unsetCsum()
	 * @see #getCsum()
	 * @generated
	 */
	void setCsum(VirOnOff value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getCsum <em>Csum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCsum()
	 * @see #getCsum()
	 * @see #setCsum(VirOnOff)
	 * @generated
	 */
	void unsetCsum();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getCsum <em>Csum</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Csum</em>' attribute is set.
	 * @see #unsetCsum()
	 * @see #getCsum()
	 * @see #setCsum(VirOnOff)
	 * @generated
	 */
	boolean isSetCsum();

	/**
	 * Returns the value of the '<em><b>Tso4</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirOnOff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tso4</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetTso4()
	 * @see #unsetTso4()
	 * @see #setTso4(VirOnOff)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriverGuest_Tso4()
	 * @model unsettable="true"
	 *        extendedMetaData="name='tso4' kind='attribute'"
	 * @generated
	 */
	VirOnOff getTso4();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getTso4 <em>Tso4</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tso4</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetTso4()
	 * @see #unsetTso4()
	 * @see #getTso4()
	 * @generated
	 */
	void setTso4(VirOnOff value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getTso4 <em>Tso4</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTso4()
	 * @see #getTso4()
	 * @see #setTso4(VirOnOff)
	 * @generated
	 */
	void unsetTso4();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getTso4 <em>Tso4</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Tso4</em>' attribute is set.
	 * @see #unsetTso4()
	 * @see #getTso4()
	 * @see #setTso4(VirOnOff)
	 * @generated
	 */
	boolean isSetTso4();

	/**
	 * Returns the value of the '<em><b>Tso6</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirOnOff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tso6</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetTso6()
	 * @see #unsetTso6()
	 * @see #setTso6(VirOnOff)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriverGuest_Tso6()
	 * @model unsettable="true"
	 *        extendedMetaData="name='tso6' kind='attribute'"
	 * @generated
	 */
	VirOnOff getTso6();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getTso6 <em>Tso6</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tso6</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetTso6()
	 * @see #unsetTso6()
	 * @see #getTso6()
	 * @generated
	 */
	void setTso6(VirOnOff value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getTso6 <em>Tso6</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTso6()
	 * @see #getTso6()
	 * @see #setTso6(VirOnOff)
	 * @generated
	 */
	void unsetTso6();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getTso6 <em>Tso6</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Tso6</em>' attribute is set.
	 * @see #unsetTso6()
	 * @see #getTso6()
	 * @see #setTso6(VirOnOff)
	 * @generated
	 */
	boolean isSetTso6();

	/**
	 * Returns the value of the '<em><b>Ecn</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirOnOff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ecn</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetEcn()
	 * @see #unsetEcn()
	 * @see #setEcn(VirOnOff)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriverGuest_Ecn()
	 * @model unsettable="true"
	 *        extendedMetaData="name='ecn' kind='attribute'"
	 * @generated
	 */
	VirOnOff getEcn();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getEcn <em>Ecn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ecn</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetEcn()
	 * @see #unsetEcn()
	 * @see #getEcn()
	 * @generated
	 */
	void setEcn(VirOnOff value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getEcn <em>Ecn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetEcn()
	 * @see #getEcn()
	 * @see #setEcn(VirOnOff)
	 * @generated
	 */
	void unsetEcn();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getEcn <em>Ecn</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Ecn</em>' attribute is set.
	 * @see #unsetEcn()
	 * @see #getEcn()
	 * @see #setEcn(VirOnOff)
	 * @generated
	 */
	boolean isSetEcn();

	/**
	 * Returns the value of the '<em><b>Ufo</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirOnOff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ufo</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetUfo()
	 * @see #unsetUfo()
	 * @see #setUfo(VirOnOff)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriverGuest_Ufo()
	 * @model unsettable="true"
	 *        extendedMetaData="name='ufo' kind='attribute'"
	 * @generated
	 */
	VirOnOff getUfo();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getUfo <em>Ufo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ufo</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetUfo()
	 * @see #unsetUfo()
	 * @see #getUfo()
	 * @generated
	 */
	void setUfo(VirOnOff value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getUfo <em>Ufo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetUfo()
	 * @see #getUfo()
	 * @see #setUfo(VirOnOff)
	 * @generated
	 */
	void unsetUfo();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getUfo <em>Ufo</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Ufo</em>' attribute is set.
	 * @see #unsetUfo()
	 * @see #getUfo()
	 * @see #setUfo(VirOnOff)
	 * @generated
	 */
	boolean isSetUfo();

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriverGuest_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriverGuest_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // InterfaceDriverGuest
