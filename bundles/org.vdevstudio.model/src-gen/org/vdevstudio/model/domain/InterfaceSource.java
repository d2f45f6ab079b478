/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interface Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getIps <em>Ips</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getRoutes <em>Routes</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getReconnect <em>Reconnect</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getLocal <em>Local</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getProduct <em>Product</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getAddress <em>Address</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getBridge <em>Bridge</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getMacTableManager <em>Mac Table Manager</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getNetwork <em>Network</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getPortgroup <em>Portgroup</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getPortid <em>Portid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getType <em>Type</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getPath <em>Path</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getMode <em>Mode</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getDev <em>Dev</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getName <em>Name</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getAddressAttribute <em>Address Attribute</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getPort <em>Port</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getMissing <em>Missing</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getSwitchid <em>Switchid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getPortgroupid <em>Portgroupid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getConnectionid <em>Connectionid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.InterfaceSource#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource()
 * @model extendedMetaData="name='InterfaceSource' kind='mixed'"
 * @generated
 */
public interface InterfaceSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Ips</b></em>' containment reference list.
	 * The list contents are of type {@link org.vdevstudio.model.domain.InterfaceIpInfo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ips</em>' containment reference list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_Ips()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='ip' kind='element'"
	 * @generated
	 */
	EList<InterfaceIpInfo> getIps();

	/**
	 * Returns the value of the '<em><b>Routes</b></em>' containment reference list.
	 * The list contents are of type {@link org.vdevstudio.model.domain.Route}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Routes</em>' containment reference list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_Routes()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='route' kind='element'"
	 * @generated
	 */
	EList<Route> getRoutes();

	/**
	 * Returns the value of the '<em><b>Reconnect</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reconnect</em>' containment reference.
	 * @see #setReconnect(Reconnect)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_Reconnect()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='reconnect' kind='element'"
	 * @generated
	 */
	Reconnect getReconnect();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getReconnect <em>Reconnect</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reconnect</em>' containment reference.
	 * @see #getReconnect()
	 * @generated
	 */
	void setReconnect(Reconnect value);

	/**
	 * Returns the value of the '<em><b>Local</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Local</em>' containment reference.
	 * @see #setLocal(InterfaceSourceLocal)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_Local()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='local' kind='element'"
	 * @generated
	 */
	InterfaceSourceLocal getLocal();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getLocal <em>Local</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local</em>' containment reference.
	 * @see #getLocal()
	 * @generated
	 */
	void setLocal(InterfaceSourceLocal value);

	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vendor</em>' containment reference.
	 * @see #setVendor(SourceVendor)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_Vendor()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='vendor' kind='element'"
	 * @generated
	 */
	SourceVendor getVendor();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getVendor <em>Vendor</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor</em>' containment reference.
	 * @see #getVendor()
	 * @generated
	 */
	void setVendor(SourceVendor value);

	/**
	 * Returns the value of the '<em><b>Product</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Product</em>' containment reference.
	 * @see #setProduct(SourceProduct)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_Product()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='product' kind='element'"
	 * @generated
	 */
	SourceProduct getProduct();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getProduct <em>Product</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product</em>' containment reference.
	 * @see #getProduct()
	 * @generated
	 */
	void setProduct(SourceProduct value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' containment reference.
	 * @see #setAddress(SourceAddress)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_Address()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='address' kind='element'"
	 * @generated
	 */
	SourceAddress getAddress();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getAddress <em>Address</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' containment reference.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(SourceAddress value);

	/**
	 * Returns the value of the '<em><b>Bridge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bridge</em>' attribute.
	 * @see #setBridge(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_Bridge()
	 * @model dataType="org.vdevstudio.model.domain.InterfaceSourceBridge"
	 *        extendedMetaData="name='bridge' kind='attribute'"
	 * @generated
	 */
	String getBridge();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getBridge <em>Bridge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bridge</em>' attribute.
	 * @see #getBridge()
	 * @generated
	 */
	void setBridge(String value);

	/**
	 * Returns the value of the '<em><b>Mac Table Manager</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.MacTableManager}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mac Table Manager</em>' attribute.
	 * @see org.vdevstudio.model.domain.MacTableManager
	 * @see #isSetMacTableManager()
	 * @see #unsetMacTableManager()
	 * @see #setMacTableManager(MacTableManager)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_MacTableManager()
	 * @model unsettable="true"
	 *        extendedMetaData="name='macTableManager' kind='attribute'"
	 * @generated
	 */
	MacTableManager getMacTableManager();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getMacTableManager <em>Mac Table Manager</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mac Table Manager</em>' attribute.
	 * @see org.vdevstudio.model.domain.MacTableManager
	 * @see #isSetMacTableManager()
	 * @see #unsetMacTableManager()
	 * @see #getMacTableManager()
	 * @generated
	 */
	void setMacTableManager(MacTableManager value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getMacTableManager <em>Mac Table Manager</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMacTableManager()
	 * @see #getMacTableManager()
	 * @see #setMacTableManager(MacTableManager)
	 * @generated
	 */
	void unsetMacTableManager();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getMacTableManager <em>Mac Table Manager</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Mac Table Manager</em>' attribute is set.
	 * @see #unsetMacTableManager()
	 * @see #getMacTableManager()
	 * @see #setMacTableManager(MacTableManager)
	 * @generated
	 */
	boolean isSetMacTableManager();

	/**
	 * Returns the value of the '<em><b>Network</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Network</em>' attribute.
	 * @see #setNetwork(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_Network()
	 * @model extendedMetaData="name='network' kind='attribute'"
	 * @generated
	 */
	String getNetwork();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getNetwork <em>Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network</em>' attribute.
	 * @see #getNetwork()
	 * @generated
	 */
	void setNetwork(String value);

	/**
	 * Returns the value of the '<em><b>Portgroup</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Portgroup</em>' attribute.
	 * @see #setPortgroup(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_Portgroup()
	 * @model dataType="org.vdevstudio.model.domain.DeviceName"
	 *        extendedMetaData="name='portgroup' kind='attribute'"
	 * @generated
	 */
	String getPortgroup();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getPortgroup <em>Portgroup</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Portgroup</em>' attribute.
	 * @see #getPortgroup()
	 * @generated
	 */
	void setPortgroup(String value);

	/**
	 * Returns the value of the '<em><b>Portid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Portid</em>' attribute.
	 * @see #setPortid(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_Portid()
	 * @model dataType="org.vdevstudio.model.domain.InterfaceSourcePortid"
	 *        extendedMetaData="name='portid' kind='attribute'"
	 * @generated
	 */
	String getPortid();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getPortid <em>Portid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Portid</em>' attribute.
	 * @see #getPortid()
	 * @generated
	 */
	void setPortid(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.InterfaceSourceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.InterfaceSourceType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #setType(InterfaceSourceType)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_Type()
	 * @model unsettable="true"
	 *        extendedMetaData="name='type' kind='attribute'"
	 * @generated
	 */
	InterfaceSourceType getType();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.InterfaceSourceType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #getType()
	 * @generated
	 */
	void setType(InterfaceSourceType value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetType()
	 * @see #getType()
	 * @see #setType(InterfaceSourceType)
	 * @generated
	 */
	void unsetType();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getType <em>Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Type</em>' attribute is set.
	 * @see #unsetType()
	 * @see #getType()
	 * @see #setType(InterfaceSourceType)
	 * @generated
	 */
	boolean isSetType();

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_Path()
	 * @model dataType="org.vdevstudio.model.domain.AbsFilePath"
	 *        extendedMetaData="name='path' kind='attribute'"
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see #setMode(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_Mode()
	 * @model dataType="org.vdevstudio.model.domain.InterfaceSourceMode"
	 *        extendedMetaData="name='mode' kind='attribute'"
	 * @generated
	 */
	String getMode();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see #getMode()
	 * @generated
	 */
	void setMode(String value);

	/**
	 * Returns the value of the '<em><b>Dev</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dev</em>' attribute.
	 * @see #setDev(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_Dev()
	 * @model dataType="org.vdevstudio.model.domain.DeviceName"
	 *        extendedMetaData="name='dev' kind='attribute'"
	 * @generated
	 */
	String getDev();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getDev <em>Dev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dev</em>' attribute.
	 * @see #getDev()
	 * @generated
	 */
	void setDev(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_Name()
	 * @model dataType="org.vdevstudio.model.domain.DeviceName"
	 *        extendedMetaData="name='name' kind='attribute'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Address Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address Attribute</em>' attribute.
	 * @see #setAddressAttribute(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_AddressAttribute()
	 * @model dataType="org.vdevstudio.model.domain.Ipv4Addr"
	 *        extendedMetaData="name='address' kind='attribute'"
	 * @generated
	 */
	String getAddressAttribute();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getAddressAttribute <em>Address Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address Attribute</em>' attribute.
	 * @see #getAddressAttribute()
	 * @generated
	 */
	void setAddressAttribute(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_Port()
	 * @model dataType="org.vdevstudio.model.domain.PortNumber"
	 *        extendedMetaData="name='port' kind='attribute'"
	 * @generated
	 */
	String getPort();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(String value);

	/**
	 * Returns the value of the '<em><b>Missing</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirYesNo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Missing</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetMissing()
	 * @see #unsetMissing()
	 * @see #setMissing(VirYesNo)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_Missing()
	 * @model unsettable="true"
	 *        extendedMetaData="name='missing' kind='attribute'"
	 * @generated
	 */
	VirYesNo getMissing();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getMissing <em>Missing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Missing</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetMissing()
	 * @see #unsetMissing()
	 * @see #getMissing()
	 * @generated
	 */
	void setMissing(VirYesNo value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getMissing <em>Missing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMissing()
	 * @see #getMissing()
	 * @see #setMissing(VirYesNo)
	 * @generated
	 */
	void unsetMissing();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getMissing <em>Missing</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Missing</em>' attribute is set.
	 * @see #unsetMissing()
	 * @see #getMissing()
	 * @see #setMissing(VirYesNo)
	 * @generated
	 */
	boolean isSetMissing();

	/**
	 * Returns the value of the '<em><b>Switchid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Switchid</em>' attribute.
	 * @see #setSwitchid(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_Switchid()
	 * @model dataType="org.vdevstudio.model.domain.UUID"
	 *        extendedMetaData="name='switchid' kind='attribute'"
	 * @generated
	 */
	String getSwitchid();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getSwitchid <em>Switchid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Switchid</em>' attribute.
	 * @see #getSwitchid()
	 * @generated
	 */
	void setSwitchid(String value);

	/**
	 * Returns the value of the '<em><b>Portgroupid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Portgroupid</em>' attribute.
	 * @see #setPortgroupid(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_Portgroupid()
	 * @model extendedMetaData="name='portgroupid' kind='attribute'"
	 * @generated
	 */
	String getPortgroupid();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getPortgroupid <em>Portgroupid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Portgroupid</em>' attribute.
	 * @see #getPortgroupid()
	 * @generated
	 */
	void setPortgroupid(String value);

	/**
	 * Returns the value of the '<em><b>Connectionid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Connectionid</em>' attribute.
	 * @see #setConnectionid(Long)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_Connectionid()
	 * @model extendedMetaData="name='connectionid' kind='attribute'"
	 * @generated
	 */
	Long getConnectionid();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.InterfaceSource#getConnectionid <em>Connectionid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connectionid</em>' attribute.
	 * @see #getConnectionid()
	 * @generated
	 */
	void setConnectionid(Long value);

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceSource_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // InterfaceSource
