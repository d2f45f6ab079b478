/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Os Nvram Source Host</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceHost#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceHost#getTransport <em>Transport</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceHost#getName <em>Name</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceHost#getPort <em>Port</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceHost#getSocket <em>Socket</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceHost#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSourceHost#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceHost()
 * @model extendedMetaData="name='OsNvramSourceHost' kind='mixed'"
 * @generated
 */
public interface OsNvramSourceHost extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceHost_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Transport</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.OsNvramSourceHostTransport}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Transport</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsNvramSourceHostTransport
	 * @see #isSetTransport()
	 * @see #unsetTransport()
	 * @see #setTransport(OsNvramSourceHostTransport)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceHost_Transport()
	 * @model unsettable="true"
	 *        extendedMetaData="name='transport' kind='attribute'"
	 * @generated
	 */
	OsNvramSourceHostTransport getTransport();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceHost#getTransport <em>Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transport</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsNvramSourceHostTransport
	 * @see #isSetTransport()
	 * @see #unsetTransport()
	 * @see #getTransport()
	 * @generated
	 */
	void setTransport(OsNvramSourceHostTransport value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceHost#getTransport <em>Transport</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTransport()
	 * @see #getTransport()
	 * @see #setTransport(OsNvramSourceHostTransport)
	 * @generated
	 */
	void unsetTransport();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceHost#getTransport <em>Transport</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Transport</em>' attribute is set.
	 * @see #unsetTransport()
	 * @see #getTransport()
	 * @see #setTransport(OsNvramSourceHostTransport)
	 * @generated
	 */
	boolean isSetTransport();

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceHost_Name()
	 * @model dataType="org.vdevstudio.model.domain.OsNvramSourceHostName"
	 *        extendedMetaData="name='name' kind='attribute'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceHost#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(Long)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceHost_Port()
	 * @model dataType="org.vdevstudio.model.domain.UnsignedInt"
	 *        extendedMetaData="name='port' kind='attribute'"
	 * @generated
	 */
	Long getPort();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceHost#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(Long value);

	/**
	 * Returns the value of the '<em><b>Socket</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Socket</em>' attribute.
	 * @see #setSocket(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceHost_Socket()
	 * @model dataType="org.vdevstudio.model.domain.AbsFilePath"
	 *        extendedMetaData="name='socket' kind='attribute'"
	 * @generated
	 */
	String getSocket();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSourceHost#getSocket <em>Socket</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Socket</em>' attribute.
	 * @see #getSocket()
	 * @generated
	 */
	void setSocket(String value);

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceHost_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceHost_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // OsNvramSourceHost
