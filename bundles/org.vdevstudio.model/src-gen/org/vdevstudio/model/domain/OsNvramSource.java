/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import java.math.BigInteger;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Os Nvram Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getSlices <em>Slices</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getPrivateData <em>Private Data</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getEncryption <em>Encryption</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getSeclabels <em>Seclabels</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getReservations <em>Reservations</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getHosts <em>Hosts</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getSnapshot <em>Snapshot</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getConfig <em>Config</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getAuth <em>Auth</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getInitiator <em>Initiator</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getCookies <em>Cookies</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getReadahead <em>Readahead</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getTimeout <em>Timeout</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getSsl <em>Ssl</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getIdentity <em>Identity</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getAddress <em>Address</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getReconnect <em>Reconnect</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getFile <em>File</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getFdgroup <em>Fdgroup</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getIndex <em>Index</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getStartupPolicy <em>Startup Policy</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getDev <em>Dev</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getDir <em>Dir</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getName <em>Name</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getTls <em>Tls</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getTlsHostname <em>Tls Hostname</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getQuery <em>Query</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getPool <em>Pool</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getVolume <em>Volume</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getMode <em>Mode</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getType <em>Type</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getNamespace <em>Namespace</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getManaged <em>Managed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getPath <em>Path</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsNvramSource#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource()
 * @model extendedMetaData="name='OsNvramSource' kind='mixed'"
 * @generated
 */
public interface OsNvramSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Slices</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Slices</em>' containment reference.
	 * @see #setSlices(OsNvramSourceSlices)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Slices()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='slices' kind='element'"
	 * @generated
	 */
	OsNvramSourceSlices getSlices();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getSlices <em>Slices</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slices</em>' containment reference.
	 * @see #getSlices()
	 * @generated
	 */
	void setSlices(OsNvramSourceSlices value);

	/**
	 * Returns the value of the '<em><b>Private Data</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Private Data</em>' containment reference.
	 * @see #setPrivateData(EmptyElement)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_PrivateData()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='privateData' kind='element'"
	 * @generated
	 */
	EmptyElement getPrivateData();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getPrivateData <em>Private Data</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Private Data</em>' containment reference.
	 * @see #getPrivateData()
	 * @generated
	 */
	void setPrivateData(EmptyElement value);

	/**
	 * Returns the value of the '<em><b>Encryption</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Encryption</em>' containment reference.
	 * @see #setEncryption(OsNvramSourceEncryption)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Encryption()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='encryption' kind='element'"
	 * @generated
	 */
	OsNvramSourceEncryption getEncryption();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getEncryption <em>Encryption</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Encryption</em>' containment reference.
	 * @see #getEncryption()
	 * @generated
	 */
	void setEncryption(OsNvramSourceEncryption value);

	/**
	 * Returns the value of the '<em><b>Seclabels</b></em>' containment reference list.
	 * The list contents are of type {@link org.vdevstudio.model.domain.OsNvramSourceSeclabel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seclabels</em>' containment reference list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Seclabels()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='seclabel' kind='element'"
	 * @generated
	 */
	EList<OsNvramSourceSeclabel> getSeclabels();

	/**
	 * Returns the value of the '<em><b>Reservations</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reservations</em>' containment reference.
	 * @see #setReservations(OsNvramSourceReservations)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Reservations()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='reservations' kind='element'"
	 * @generated
	 */
	OsNvramSourceReservations getReservations();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getReservations <em>Reservations</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reservations</em>' containment reference.
	 * @see #getReservations()
	 * @generated
	 */
	void setReservations(OsNvramSourceReservations value);

	/**
	 * Returns the value of the '<em><b>Hosts</b></em>' containment reference list.
	 * The list contents are of type {@link org.vdevstudio.model.domain.OsNvramSourceHost}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hosts</em>' containment reference list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Hosts()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='host' kind='element'"
	 * @generated
	 */
	EList<OsNvramSourceHost> getHosts();

	/**
	 * Returns the value of the '<em><b>Snapshot</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Snapshot</em>' containment reference.
	 * @see #setSnapshot(OsNvramSourceSnapshot)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Snapshot()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='snapshot' kind='element'"
	 * @generated
	 */
	OsNvramSourceSnapshot getSnapshot();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getSnapshot <em>Snapshot</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Snapshot</em>' containment reference.
	 * @see #getSnapshot()
	 * @generated
	 */
	void setSnapshot(OsNvramSourceSnapshot value);

	/**
	 * Returns the value of the '<em><b>Config</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Config</em>' containment reference.
	 * @see #setConfig(OsNvramSourceConfig)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Config()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='config' kind='element'"
	 * @generated
	 */
	OsNvramSourceConfig getConfig();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getConfig <em>Config</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Config</em>' containment reference.
	 * @see #getConfig()
	 * @generated
	 */
	void setConfig(OsNvramSourceConfig value);

	/**
	 * Returns the value of the '<em><b>Auth</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Auth</em>' containment reference.
	 * @see #setAuth(DiskAuth)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Auth()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='auth' kind='element'"
	 * @generated
	 */
	DiskAuth getAuth();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getAuth <em>Auth</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Auth</em>' containment reference.
	 * @see #getAuth()
	 * @generated
	 */
	void setAuth(DiskAuth value);

	/**
	 * Returns the value of the '<em><b>Initiator</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initiator</em>' containment reference.
	 * @see #setInitiator(Initiatorinfo)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Initiator()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='initiator' kind='element'"
	 * @generated
	 */
	Initiatorinfo getInitiator();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getInitiator <em>Initiator</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initiator</em>' containment reference.
	 * @see #getInitiator()
	 * @generated
	 */
	void setInitiator(Initiatorinfo value);

	/**
	 * Returns the value of the '<em><b>Cookies</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cookies</em>' containment reference.
	 * @see #setCookies(OsNvramSourceCookies)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Cookies()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='cookies' kind='element'"
	 * @generated
	 */
	OsNvramSourceCookies getCookies();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getCookies <em>Cookies</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cookies</em>' containment reference.
	 * @see #getCookies()
	 * @generated
	 */
	void setCookies(OsNvramSourceCookies value);

	/**
	 * Returns the value of the '<em><b>Readahead</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Readahead</em>' containment reference.
	 * @see #setReadahead(OsNvramSourceReadahead)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Readahead()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='readahead' kind='element'"
	 * @generated
	 */
	OsNvramSourceReadahead getReadahead();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getReadahead <em>Readahead</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Readahead</em>' containment reference.
	 * @see #getReadahead()
	 * @generated
	 */
	void setReadahead(OsNvramSourceReadahead value);

	/**
	 * Returns the value of the '<em><b>Timeout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timeout</em>' containment reference.
	 * @see #setTimeout(OsNvramSourceTimeout)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Timeout()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='timeout' kind='element'"
	 * @generated
	 */
	OsNvramSourceTimeout getTimeout();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getTimeout <em>Timeout</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timeout</em>' containment reference.
	 * @see #getTimeout()
	 * @generated
	 */
	void setTimeout(OsNvramSourceTimeout value);

	/**
	 * Returns the value of the '<em><b>Ssl</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ssl</em>' containment reference.
	 * @see #setSsl(OsNvramSourceSsl)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Ssl()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='ssl' kind='element'"
	 * @generated
	 */
	OsNvramSourceSsl getSsl();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getSsl <em>Ssl</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ssl</em>' containment reference.
	 * @see #getSsl()
	 * @generated
	 */
	void setSsl(OsNvramSourceSsl value);

	/**
	 * Returns the value of the '<em><b>Identity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Identity</em>' containment reference.
	 * @see #setIdentity(OsNvramSourceIdentity)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Identity()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='identity' kind='element'"
	 * @generated
	 */
	OsNvramSourceIdentity getIdentity();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getIdentity <em>Identity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identity</em>' containment reference.
	 * @see #getIdentity()
	 * @generated
	 */
	void setIdentity(OsNvramSourceIdentity value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' containment reference.
	 * @see #setAddress(OsNvramSourceAddress)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Address()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='address' kind='element'"
	 * @generated
	 */
	OsNvramSourceAddress getAddress();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getAddress <em>Address</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' containment reference.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(OsNvramSourceAddress value);

	/**
	 * Returns the value of the '<em><b>Reconnect</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reconnect</em>' containment reference.
	 * @see #setReconnect(Reconnect)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Reconnect()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='reconnect' kind='element'"
	 * @generated
	 */
	Reconnect getReconnect();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getReconnect <em>Reconnect</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reconnect</em>' containment reference.
	 * @see #getReconnect()
	 * @generated
	 */
	void setReconnect(Reconnect value);

	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_File()
	 * @model dataType="org.vdevstudio.model.domain.OsNvramSourceFile"
	 *        extendedMetaData="name='file' kind='attribute'"
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Fdgroup</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fdgroup</em>' attribute.
	 * @see #setFdgroup(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Fdgroup()
	 * @model extendedMetaData="name='fdgroup' kind='attribute'"
	 * @generated
	 */
	String getFdgroup();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getFdgroup <em>Fdgroup</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fdgroup</em>' attribute.
	 * @see #getFdgroup()
	 * @generated
	 */
	void setFdgroup(String value);

	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(BigInteger)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Index()
	 * @model dataType="org.vdevstudio.model.domain.PositiveInteger"
	 *        extendedMetaData="name='index' kind='attribute'"
	 * @generated
	 */
	BigInteger getIndex();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(BigInteger value);

	/**
	 * Returns the value of the '<em><b>Startup Policy</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.OsNvramSourceStartupPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Startup Policy</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsNvramSourceStartupPolicy
	 * @see #isSetStartupPolicy()
	 * @see #unsetStartupPolicy()
	 * @see #setStartupPolicy(OsNvramSourceStartupPolicy)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_StartupPolicy()
	 * @model unsettable="true"
	 *        extendedMetaData="name='startupPolicy' kind='attribute'"
	 * @generated
	 */
	OsNvramSourceStartupPolicy getStartupPolicy();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getStartupPolicy <em>Startup Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Startup Policy</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsNvramSourceStartupPolicy
	 * @see #isSetStartupPolicy()
	 * @see #unsetStartupPolicy()
	 * @see #getStartupPolicy()
	 * @generated
	 */
	void setStartupPolicy(OsNvramSourceStartupPolicy value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getStartupPolicy <em>Startup Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStartupPolicy()
	 * @see #getStartupPolicy()
	 * @see #setStartupPolicy(OsNvramSourceStartupPolicy)
	 * @generated
	 */
	void unsetStartupPolicy();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getStartupPolicy <em>Startup Policy</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Startup Policy</em>' attribute is set.
	 * @see #unsetStartupPolicy()
	 * @see #getStartupPolicy()
	 * @see #setStartupPolicy(OsNvramSourceStartupPolicy)
	 * @generated
	 */
	boolean isSetStartupPolicy();

	/**
	 * Returns the value of the '<em><b>Dev</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dev</em>' attribute.
	 * @see #setDev(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Dev()
	 * @model dataType="org.vdevstudio.model.domain.OsNvramSourceDev"
	 *        extendedMetaData="name='dev' kind='attribute'"
	 * @generated
	 */
	String getDev();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getDev <em>Dev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dev</em>' attribute.
	 * @see #getDev()
	 * @generated
	 */
	void setDev(String value);

	/**
	 * Returns the value of the '<em><b>Dir</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dir</em>' attribute.
	 * @see #setDir(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Dir()
	 * @model dataType="org.vdevstudio.model.domain.AbsFilePath"
	 *        extendedMetaData="name='dir' kind='attribute'"
	 * @generated
	 */
	String getDir();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getDir <em>Dir</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dir</em>' attribute.
	 * @see #getDir()
	 * @generated
	 */
	void setDir(String value);

	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.OsNvramSourceProtocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsNvramSourceProtocol
	 * @see #isSetProtocol()
	 * @see #unsetProtocol()
	 * @see #setProtocol(OsNvramSourceProtocol)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Protocol()
	 * @model unsettable="true"
	 *        extendedMetaData="name='protocol' kind='attribute'"
	 * @generated
	 */
	OsNvramSourceProtocol getProtocol();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsNvramSourceProtocol
	 * @see #isSetProtocol()
	 * @see #unsetProtocol()
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(OsNvramSourceProtocol value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetProtocol()
	 * @see #getProtocol()
	 * @see #setProtocol(OsNvramSourceProtocol)
	 * @generated
	 */
	void unsetProtocol();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getProtocol <em>Protocol</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Protocol</em>' attribute is set.
	 * @see #unsetProtocol()
	 * @see #getProtocol()
	 * @see #setProtocol(OsNvramSourceProtocol)
	 * @generated
	 */
	boolean isSetProtocol();

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Name()
	 * @model extendedMetaData="name='name' kind='attribute'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Tls</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirYesNo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tls</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetTls()
	 * @see #unsetTls()
	 * @see #setTls(VirYesNo)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Tls()
	 * @model unsettable="true"
	 *        extendedMetaData="name='tls' kind='attribute'"
	 * @generated
	 */
	VirYesNo getTls();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getTls <em>Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tls</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetTls()
	 * @see #unsetTls()
	 * @see #getTls()
	 * @generated
	 */
	void setTls(VirYesNo value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getTls <em>Tls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTls()
	 * @see #getTls()
	 * @see #setTls(VirYesNo)
	 * @generated
	 */
	void unsetTls();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getTls <em>Tls</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Tls</em>' attribute is set.
	 * @see #unsetTls()
	 * @see #getTls()
	 * @see #setTls(VirYesNo)
	 * @generated
	 */
	boolean isSetTls();

	/**
	 * Returns the value of the '<em><b>Tls Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tls Hostname</em>' attribute.
	 * @see #setTlsHostname(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_TlsHostname()
	 * @model extendedMetaData="name='tlsHostname' kind='attribute'"
	 * @generated
	 */
	String getTlsHostname();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getTlsHostname <em>Tls Hostname</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tls Hostname</em>' attribute.
	 * @see #getTlsHostname()
	 * @generated
	 */
	void setTlsHostname(String value);

	/**
	 * Returns the value of the '<em><b>Query</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Query</em>' attribute.
	 * @see #setQuery(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Query()
	 * @model extendedMetaData="name='query' kind='attribute'"
	 * @generated
	 */
	String getQuery();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getQuery <em>Query</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Query</em>' attribute.
	 * @see #getQuery()
	 * @generated
	 */
	void setQuery(String value);

	/**
	 * Returns the value of the '<em><b>Pool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pool</em>' attribute.
	 * @see #setPool(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Pool()
	 * @model dataType="org.vdevstudio.model.domain.ObjectName"
	 *        extendedMetaData="name='pool' kind='attribute'"
	 * @generated
	 */
	String getPool();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getPool <em>Pool</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pool</em>' attribute.
	 * @see #getPool()
	 * @generated
	 */
	void setPool(String value);

	/**
	 * Returns the value of the '<em><b>Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume</em>' attribute.
	 * @see #setVolume(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Volume()
	 * @model dataType="org.vdevstudio.model.domain.VolName"
	 *        extendedMetaData="name='volume' kind='attribute'"
	 * @generated
	 */
	String getVolume();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getVolume <em>Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume</em>' attribute.
	 * @see #getVolume()
	 * @generated
	 */
	void setVolume(String value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.OsNvramSourceMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsNvramSourceMode
	 * @see #isSetMode()
	 * @see #unsetMode()
	 * @see #setMode(OsNvramSourceMode)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Mode()
	 * @model unsettable="true"
	 *        extendedMetaData="name='mode' kind='attribute'"
	 * @generated
	 */
	OsNvramSourceMode getMode();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsNvramSourceMode
	 * @see #isSetMode()
	 * @see #unsetMode()
	 * @see #getMode()
	 * @generated
	 */
	void setMode(OsNvramSourceMode value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMode()
	 * @see #getMode()
	 * @see #setMode(OsNvramSourceMode)
	 * @generated
	 */
	void unsetMode();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getMode <em>Mode</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Mode</em>' attribute is set.
	 * @see #unsetMode()
	 * @see #getMode()
	 * @see #setMode(OsNvramSourceMode)
	 * @generated
	 */
	boolean isSetMode();

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.OsNvramSourceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsNvramSourceType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #setType(OsNvramSourceType)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Type()
	 * @model unsettable="true"
	 *        extendedMetaData="name='type' kind='attribute'"
	 * @generated
	 */
	OsNvramSourceType getType();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsNvramSourceType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #getType()
	 * @generated
	 */
	void setType(OsNvramSourceType value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetType()
	 * @see #getType()
	 * @see #setType(OsNvramSourceType)
	 * @generated
	 */
	void unsetType();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getType <em>Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Type</em>' attribute is set.
	 * @see #unsetType()
	 * @see #getType()
	 * @see #setType(OsNvramSourceType)
	 * @generated
	 */
	boolean isSetType();

	/**
	 * Returns the value of the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Namespace</em>' attribute.
	 * @see #setNamespace(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Namespace()
	 * @model dataType="org.vdevstudio.model.domain.Uint32"
	 *        extendedMetaData="name='namespace' kind='attribute'"
	 * @generated
	 */
	String getNamespace();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getNamespace <em>Namespace</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Namespace</em>' attribute.
	 * @see #getNamespace()
	 * @generated
	 */
	void setNamespace(String value);

	/**
	 * Returns the value of the '<em><b>Managed</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirYesNo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Managed</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetManaged()
	 * @see #unsetManaged()
	 * @see #setManaged(VirYesNo)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Managed()
	 * @model unsettable="true"
	 *        extendedMetaData="name='managed' kind='attribute'"
	 * @generated
	 */
	VirYesNo getManaged();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getManaged <em>Managed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Managed</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetManaged()
	 * @see #unsetManaged()
	 * @see #getManaged()
	 * @generated
	 */
	void setManaged(VirYesNo value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getManaged <em>Managed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetManaged()
	 * @see #getManaged()
	 * @see #setManaged(VirYesNo)
	 * @generated
	 */
	void unsetManaged();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getManaged <em>Managed</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Managed</em>' attribute is set.
	 * @see #unsetManaged()
	 * @see #getManaged()
	 * @see #setManaged(VirYesNo)
	 * @generated
	 */
	boolean isSetManaged();

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Path()
	 * @model dataType="org.vdevstudio.model.domain.AbsFilePath"
	 *        extendedMetaData="name='path' kind='attribute'"
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsNvramSource#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSource_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // OsNvramSource
