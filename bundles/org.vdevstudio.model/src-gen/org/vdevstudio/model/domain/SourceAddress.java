/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source Address</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.SourceAddress#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.SourceAddress#getBus <em>Bus</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.SourceAddress#getDevice <em>Device</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.SourceAddress#getType <em>Type</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.SourceAddress#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.SourceAddress#getSlot <em>Slot</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.SourceAddress#getFunction <em>Function</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.SourceAddress#getMultifunction <em>Multifunction</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.SourceAddress#getTarget <em>Target</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.SourceAddress#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.SourceAddress#getUuid <em>Uuid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.SourceAddress#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.SourceAddress#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getSourceAddress()
 * @model extendedMetaData="name='SourceAddress' kind='mixed'"
 * @generated
 */
public interface SourceAddress extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getSourceAddress_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Bus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bus</em>' attribute.
	 * @see #setBus(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getSourceAddress_Bus()
	 * @model dataType="org.vdevstudio.model.domain.SourceAddressBus"
	 *        extendedMetaData="name='bus' kind='attribute'"
	 * @generated
	 */
	String getBus();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.SourceAddress#getBus <em>Bus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bus</em>' attribute.
	 * @see #getBus()
	 * @generated
	 */
	void setBus(String value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device</em>' attribute.
	 * @see #setDevice(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getSourceAddress_Device()
	 * @model dataType="org.vdevstudio.model.domain.UsbAddr"
	 *        extendedMetaData="name='device' kind='attribute'"
	 * @generated
	 */
	String getDevice();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.SourceAddress#getDevice <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' attribute.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.SourceAddressType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.SourceAddressType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #setType(SourceAddressType)
	 * @see org.vdevstudio.model.domain.DomainPackage#getSourceAddress_Type()
	 * @model unsettable="true"
	 *        extendedMetaData="name='type' kind='attribute'"
	 * @generated
	 */
	SourceAddressType getType();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.SourceAddress#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.SourceAddressType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #getType()
	 * @generated
	 */
	void setType(SourceAddressType value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.SourceAddress#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetType()
	 * @see #getType()
	 * @see #setType(SourceAddressType)
	 * @generated
	 */
	void unsetType();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.SourceAddress#getType <em>Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Type</em>' attribute is set.
	 * @see #unsetType()
	 * @see #getType()
	 * @see #setType(SourceAddressType)
	 * @generated
	 */
	boolean isSetType();

	/**
	 * Returns the value of the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domain</em>' attribute.
	 * @see #setDomain(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getSourceAddress_Domain()
	 * @model dataType="org.vdevstudio.model.domain.PciDomain"
	 *        extendedMetaData="name='domain' kind='attribute'"
	 * @generated
	 */
	String getDomain();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.SourceAddress#getDomain <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' attribute.
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(String value);

	/**
	 * Returns the value of the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Slot</em>' attribute.
	 * @see #setSlot(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getSourceAddress_Slot()
	 * @model dataType="org.vdevstudio.model.domain.PciSlot"
	 *        extendedMetaData="name='slot' kind='attribute'"
	 * @generated
	 */
	String getSlot();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.SourceAddress#getSlot <em>Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slot</em>' attribute.
	 * @see #getSlot()
	 * @generated
	 */
	void setSlot(String value);

	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see #setFunction(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getSourceAddress_Function()
	 * @model dataType="org.vdevstudio.model.domain.PciFunc"
	 *        extendedMetaData="name='function' kind='attribute'"
	 * @generated
	 */
	String getFunction();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.SourceAddress#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(String value);

	/**
	 * Returns the value of the '<em><b>Multifunction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirOnOff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Multifunction</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetMultifunction()
	 * @see #unsetMultifunction()
	 * @see #setMultifunction(VirOnOff)
	 * @see org.vdevstudio.model.domain.DomainPackage#getSourceAddress_Multifunction()
	 * @model unsettable="true"
	 *        extendedMetaData="name='multifunction' kind='attribute'"
	 * @generated
	 */
	VirOnOff getMultifunction();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.SourceAddress#getMultifunction <em>Multifunction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Multifunction</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetMultifunction()
	 * @see #unsetMultifunction()
	 * @see #getMultifunction()
	 * @generated
	 */
	void setMultifunction(VirOnOff value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.SourceAddress#getMultifunction <em>Multifunction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMultifunction()
	 * @see #getMultifunction()
	 * @see #setMultifunction(VirOnOff)
	 * @generated
	 */
	void unsetMultifunction();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.SourceAddress#getMultifunction <em>Multifunction</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Multifunction</em>' attribute is set.
	 * @see #unsetMultifunction()
	 * @see #getMultifunction()
	 * @see #setMultifunction(VirOnOff)
	 * @generated
	 */
	boolean isSetMultifunction();

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getSourceAddress_Target()
	 * @model dataType="org.vdevstudio.model.domain.DriveSCSITarget"
	 *        extendedMetaData="name='target' kind='attribute'"
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.SourceAddress#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getSourceAddress_Unit()
	 * @model dataType="org.vdevstudio.model.domain.DriveSCSIUnit"
	 *        extendedMetaData="name='unit' kind='attribute'"
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.SourceAddress#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uuid</em>' attribute.
	 * @see #setUuid(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getSourceAddress_Uuid()
	 * @model dataType="org.vdevstudio.model.domain.UUID"
	 *        extendedMetaData="name='uuid' kind='attribute'"
	 * @generated
	 */
	String getUuid();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.SourceAddress#getUuid <em>Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uuid</em>' attribute.
	 * @see #getUuid()
	 * @generated
	 */
	void setUuid(String value);

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getSourceAddress_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getSourceAddress_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // SourceAddress
