/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Domain</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.Domain#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Domain#getName <em>Name</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Domain#getUuid <em>Uuid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Domain#getTitle <em>Title</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Domain#getDescription <em>Description</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Domain#getOs <em>Os</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Domain#getMemory <em>Memory</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Domain#getCurrentMemory <em>Current Memory</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Domain#getVcpu <em>Vcpu</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Domain#getDevices <em>Devices</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Domain#getType <em>Type</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Domain#getId <em>Id</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Domain#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Domain#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getDomain()
 * @model extendedMetaData="name='Domain' kind='mixed'"
 * @generated
 */
public interface Domain extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getDomain_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getDomain_Name()
	 * @model dataType="org.vdevstudio.model.domain.ObjectNameWithSlash" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='name' kind='element'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Domain#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uuid</em>' attribute.
	 * @see #setUuid(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getDomain_Uuid()
	 * @model dataType="org.vdevstudio.model.domain.UUID" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='uuid' kind='element'"
	 * @generated
	 */
	String getUuid();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Domain#getUuid <em>Uuid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uuid</em>' attribute.
	 * @see #getUuid()
	 * @generated
	 */
	void setUuid(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getDomain_Title()
	 * @model dataType="org.vdevstudio.model.domain.ObjectNameWithSlash" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='title' kind='element'"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Domain#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getDomain_Description()
	 * @model transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='description' kind='element'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Domain#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Os</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Os</em>' containment reference.
	 * @see #setOs(Os)
	 * @see org.vdevstudio.model.domain.DomainPackage#getDomain_Os()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='os' kind='element'"
	 * @generated
	 */
	Os getOs();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Domain#getOs <em>Os</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Os</em>' containment reference.
	 * @see #getOs()
	 * @generated
	 */
	void setOs(Os value);

	/**
	 * Returns the value of the '<em><b>Memory</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory</em>' containment reference.
	 * @see #setMemory(Memory)
	 * @see org.vdevstudio.model.domain.DomainPackage#getDomain_Memory()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='memory' kind='element'"
	 * @generated
	 */
	Memory getMemory();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Domain#getMemory <em>Memory</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory</em>' containment reference.
	 * @see #getMemory()
	 * @generated
	 */
	void setMemory(Memory value);

	/**
	 * Returns the value of the '<em><b>Current Memory</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Current Memory</em>' containment reference.
	 * @see #setCurrentMemory(CurrentMemory)
	 * @see org.vdevstudio.model.domain.DomainPackage#getDomain_CurrentMemory()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='currentMemory' kind='element'"
	 * @generated
	 */
	CurrentMemory getCurrentMemory();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Domain#getCurrentMemory <em>Current Memory</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Memory</em>' containment reference.
	 * @see #getCurrentMemory()
	 * @generated
	 */
	void setCurrentMemory(CurrentMemory value);

	/**
	 * Returns the value of the '<em><b>Vcpu</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vcpu</em>' containment reference.
	 * @see #setVcpu(Vcpu)
	 * @see org.vdevstudio.model.domain.DomainPackage#getDomain_Vcpu()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='vcpu' kind='element'"
	 * @generated
	 */
	Vcpu getVcpu();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Domain#getVcpu <em>Vcpu</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vcpu</em>' containment reference.
	 * @see #getVcpu()
	 * @generated
	 */
	void setVcpu(Vcpu value);

	/**
	 * Returns the value of the '<em><b>Devices</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Devices</em>' containment reference.
	 * @see #setDevices(Devices)
	 * @see org.vdevstudio.model.domain.DomainPackage#getDomain_Devices()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='devices' kind='element'"
	 * @generated
	 */
	Devices getDevices();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Domain#getDevices <em>Devices</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Devices</em>' containment reference.
	 * @see #getDevices()
	 * @generated
	 */
	void setDevices(Devices value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.DomainType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.DomainType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #setType(DomainType)
	 * @see org.vdevstudio.model.domain.DomainPackage#getDomain_Type()
	 * @model unsettable="true"
	 *        extendedMetaData="name='type' kind='attribute'"
	 * @generated
	 */
	DomainType getType();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Domain#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.DomainType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #getType()
	 * @generated
	 */
	void setType(DomainType value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.Domain#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetType()
	 * @see #getType()
	 * @see #setType(DomainType)
	 * @generated
	 */
	void unsetType();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.Domain#getType <em>Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Type</em>' attribute is set.
	 * @see #unsetType()
	 * @see #getType()
	 * @see #setType(DomainType)
	 * @generated
	 */
	boolean isSetType();

	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(Long)
	 * @see org.vdevstudio.model.domain.DomainPackage#getDomain_Id()
	 * @model dataType="org.vdevstudio.model.domain.UnsignedInt"
	 *        extendedMetaData="name='id' kind='attribute'"
	 * @generated
	 */
	Long getId();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Domain#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(Long value);

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getDomain_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getDomain_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // Domain
