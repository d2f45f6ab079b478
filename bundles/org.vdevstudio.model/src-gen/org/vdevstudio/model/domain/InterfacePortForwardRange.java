/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interface Port Forward Range</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.InterfacePortForwardRange#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfacePortForwardRange#getStart <em>Start</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfacePortForwardRange#getEnd <em>End</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfacePortForwardRange#getTo <em>To</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfacePortForwardRange#getExclude <em>Exclude</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfacePortForwardRange#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfacePortForwardRange#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getInterfacePortForwardRange()
 * @model extendedMetaData="name='InterfacePortForwardRange' kind='mixed'"
 * @generated
 */
public interface InterfacePortForwardRange extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfacePortForwardRange_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfacePortForwardRange_Start()
	 * @model dataType="org.vdevstudio.model.domain.PortNumber"
	 *        extendedMetaData="name='start' kind='attribute'"
	 * @generated
	 */
	String getStart();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfacePortForwardRange#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(String value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfacePortForwardRange_End()
	 * @model dataType="org.vdevstudio.model.domain.PortNumber"
	 *        extendedMetaData="name='end' kind='attribute'"
	 * @generated
	 */
	String getEnd();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfacePortForwardRange#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(String value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' attribute.
	 * @see #setTo(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfacePortForwardRange_To()
	 * @model dataType="org.vdevstudio.model.domain.PortNumber"
	 *        extendedMetaData="name='to' kind='attribute'"
	 * @generated
	 */
	String getTo();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfacePortForwardRange#getTo <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' attribute.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(String value);

	/**
	 * Returns the value of the '<em><b>Exclude</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirYesNo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exclude</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetExclude()
	 * @see #unsetExclude()
	 * @see #setExclude(VirYesNo)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfacePortForwardRange_Exclude()
	 * @model unsettable="true"
	 *        extendedMetaData="name='exclude' kind='attribute'"
	 * @generated
	 */
	VirYesNo getExclude();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfacePortForwardRange#getExclude <em>Exclude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclude</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetExclude()
	 * @see #unsetExclude()
	 * @see #getExclude()
	 * @generated
	 */
	void setExclude(VirYesNo value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfacePortForwardRange#getExclude <em>Exclude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetExclude()
	 * @see #getExclude()
	 * @see #setExclude(VirYesNo)
	 * @generated
	 */
	void unsetExclude();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfacePortForwardRange#getExclude <em>Exclude</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Exclude</em>' attribute is set.
	 * @see #unsetExclude()
	 * @see #getExclude()
	 * @see #setExclude(VirYesNo)
	 * @generated
	 */
	boolean isSetExclude();

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfacePortForwardRange_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfacePortForwardRange_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // InterfacePortForwardRange
