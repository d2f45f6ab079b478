/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interface Backend</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceBackend#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceBackend#getType <em>Type</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceBackend#getTap <em>Tap</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceBackend#getVhost <em>Vhost</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceBackend#getLogFile <em>Log File</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceBackend#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceBackend#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceBackend()
 * @model extendedMetaData="name='InterfaceBackend' kind='mixed'"
 * @generated
 */
public interface InterfaceBackend extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceBackend_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.InterfaceBackendType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.InterfaceBackendType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #setType(InterfaceBackendType)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceBackend_Type()
	 * @model unsettable="true"
	 *        extendedMetaData="name='type' kind='attribute'"
	 * @generated
	 */
	InterfaceBackendType getType();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceBackend#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.InterfaceBackendType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #getType()
	 * @generated
	 */
	void setType(InterfaceBackendType value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfaceBackend#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetType()
	 * @see #getType()
	 * @see #setType(InterfaceBackendType)
	 * @generated
	 */
	void unsetType();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfaceBackend#getType <em>Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Type</em>' attribute is set.
	 * @see #unsetType()
	 * @see #getType()
	 * @see #setType(InterfaceBackendType)
	 * @generated
	 */
	boolean isSetType();

	/**
	 * Returns the value of the '<em><b>Tap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tap</em>' attribute.
	 * @see #setTap(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceBackend_Tap()
	 * @model dataType="org.vdevstudio.model.domain.AbsFilePath"
	 *        extendedMetaData="name='tap' kind='attribute'"
	 * @generated
	 */
	String getTap();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceBackend#getTap <em>Tap</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tap</em>' attribute.
	 * @see #getTap()
	 * @generated
	 */
	void setTap(String value);

	/**
	 * Returns the value of the '<em><b>Vhost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vhost</em>' attribute.
	 * @see #setVhost(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceBackend_Vhost()
	 * @model dataType="org.vdevstudio.model.domain.AbsFilePath"
	 *        extendedMetaData="name='vhost' kind='attribute'"
	 * @generated
	 */
	String getVhost();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceBackend#getVhost <em>Vhost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vhost</em>' attribute.
	 * @see #getVhost()
	 * @generated
	 */
	void setVhost(String value);

	/**
	 * Returns the value of the '<em><b>Log File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Log File</em>' attribute.
	 * @see #setLogFile(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceBackend_LogFile()
	 * @model dataType="org.vdevstudio.model.domain.AbsFilePath"
	 *        extendedMetaData="name='logFile' kind='attribute'"
	 * @generated
	 */
	String getLogFile();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceBackend#getLogFile <em>Log File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Log File</em>' attribute.
	 * @see #getLogFile()
	 * @generated
	 */
	void setLogFile(String value);

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceBackend_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceBackend_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // InterfaceBackend
