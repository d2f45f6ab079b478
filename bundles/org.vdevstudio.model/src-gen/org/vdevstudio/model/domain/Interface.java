/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Interface</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getSource <em>Source</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getVirtualport <em>Virtualport</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getLink <em>Link</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getMtu <em>Mtu</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getCoalesce <em>Coalesce</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getTarget <em>Target</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getGuest <em>Guest</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getMac <em>Mac</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getIps <em>Ips</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getRoutes <em>Routes</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getPortForwards <em>Port Forwards</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getScript <em>Script</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getDownscript <em>Downscript</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getBackenddomain <em>Backenddomain</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getModel <em>Model</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getBackend <em>Backend</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getDriver <em>Driver</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getAlias <em>Alias</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getAcpi <em>Acpi</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getAddress <em>Address</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getFilterref <em>Filterref</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getTune <em>Tune</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getBoot <em>Boot</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getRom <em>Rom</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getBandwidth <em>Bandwidth</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getVlan <em>Vlan</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getPort <em>Port</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getTeaming <em>Teaming</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getType <em>Type</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getManaged <em>Managed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getTrustGuestRxFilters <em>Trust Guest Rx Filters</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Interface#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getInterface()
 * @model extendedMetaData="name='Interface' kind='mixed'"
 * @generated
 */
public interface Interface extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' containment reference.
	 * @see #setSource(InterfaceSource)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Source()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='source' kind='element'"
	 * @generated
	 */
	InterfaceSource getSource();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getSource <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' containment reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(InterfaceSource value);

	/**
	 * Returns the value of the '<em><b>Virtualport</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Virtualport</em>' containment reference.
	 * @see #setVirtualport(InterfaceVirtualport)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Virtualport()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='virtualport' kind='element'"
	 * @generated
	 */
	InterfaceVirtualport getVirtualport();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getVirtualport <em>Virtualport</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Virtualport</em>' containment reference.
	 * @see #getVirtualport()
	 * @generated
	 */
	void setVirtualport(InterfaceVirtualport value);

	/**
	 * Returns the value of the '<em><b>Link</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Link</em>' containment reference.
	 * @see #setLink(InterfaceLink)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Link()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='link' kind='element'"
	 * @generated
	 */
	InterfaceLink getLink();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getLink <em>Link</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Link</em>' containment reference.
	 * @see #getLink()
	 * @generated
	 */
	void setLink(InterfaceLink value);

	/**
	 * Returns the value of the '<em><b>Mtu</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mtu</em>' containment reference.
	 * @see #setMtu(InterfaceMtu)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Mtu()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='mtu' kind='element'"
	 * @generated
	 */
	InterfaceMtu getMtu();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getMtu <em>Mtu</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mtu</em>' containment reference.
	 * @see #getMtu()
	 * @generated
	 */
	void setMtu(InterfaceMtu value);

	/**
	 * Returns the value of the '<em><b>Coalesce</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Coalesce</em>' containment reference.
	 * @see #setCoalesce(InterfaceCoalesce)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Coalesce()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='coalesce' kind='element'"
	 * @generated
	 */
	InterfaceCoalesce getCoalesce();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getCoalesce <em>Coalesce</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coalesce</em>' containment reference.
	 * @see #getCoalesce()
	 * @generated
	 */
	void setCoalesce(InterfaceCoalesce value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' containment reference.
	 * @see #setTarget(InterfaceTarget)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Target()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='target' kind='element'"
	 * @generated
	 */
	InterfaceTarget getTarget();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getTarget <em>Target</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' containment reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(InterfaceTarget value);

	/**
	 * Returns the value of the '<em><b>Guest</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guest</em>' containment reference.
	 * @see #setGuest(InterfaceGuest)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Guest()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='guest' kind='element'"
	 * @generated
	 */
	InterfaceGuest getGuest();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getGuest <em>Guest</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guest</em>' containment reference.
	 * @see #getGuest()
	 * @generated
	 */
	void setGuest(InterfaceGuest value);

	/**
	 * Returns the value of the '<em><b>Mac</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mac</em>' containment reference.
	 * @see #setMac(InterfaceMac)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Mac()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='mac' kind='element'"
	 * @generated
	 */
	InterfaceMac getMac();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getMac <em>Mac</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mac</em>' containment reference.
	 * @see #getMac()
	 * @generated
	 */
	void setMac(InterfaceMac value);

	/**
	 * Returns the value of the '<em><b>Ips</b></em>' containment reference list.
	 * The list contents are of type {@link org.vdevstudio.model.domain.InterfaceIpInfo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ips</em>' containment reference list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Ips()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Routes()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='route' kind='element'"
	 * @generated
	 */
	EList<Route> getRoutes();

	/**
	 * Returns the value of the '<em><b>Port Forwards</b></em>' containment reference list.
	 * The list contents are of type {@link org.vdevstudio.model.domain.InterfacePortForward}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port Forwards</em>' containment reference list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_PortForwards()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='portForward' kind='element'"
	 * @generated
	 */
	EList<InterfacePortForward> getPortForwards();

	/**
	 * Returns the value of the '<em><b>Script</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Script</em>' containment reference.
	 * @see #setScript(InterfaceScript)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Script()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='script' kind='element'"
	 * @generated
	 */
	InterfaceScript getScript();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getScript <em>Script</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Script</em>' containment reference.
	 * @see #getScript()
	 * @generated
	 */
	void setScript(InterfaceScript value);

	/**
	 * Returns the value of the '<em><b>Downscript</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Downscript</em>' containment reference.
	 * @see #setDownscript(InterfaceDownscript)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Downscript()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='downscript' kind='element'"
	 * @generated
	 */
	InterfaceDownscript getDownscript();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getDownscript <em>Downscript</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Downscript</em>' containment reference.
	 * @see #getDownscript()
	 * @generated
	 */
	void setDownscript(InterfaceDownscript value);

	/**
	 * Returns the value of the '<em><b>Backenddomain</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Backenddomain</em>' containment reference.
	 * @see #setBackenddomain(InterfaceBackenddomain)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Backenddomain()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='backenddomain' kind='element'"
	 * @generated
	 */
	InterfaceBackenddomain getBackenddomain();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getBackenddomain <em>Backenddomain</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backenddomain</em>' containment reference.
	 * @see #getBackenddomain()
	 * @generated
	 */
	void setBackenddomain(InterfaceBackenddomain value);

	/**
	 * Returns the value of the '<em><b>Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model</em>' containment reference.
	 * @see #setModel(InterfaceModel)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Model()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='model' kind='element'"
	 * @generated
	 */
	InterfaceModel getModel();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getModel <em>Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' containment reference.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(InterfaceModel value);

	/**
	 * Returns the value of the '<em><b>Backend</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Backend</em>' containment reference.
	 * @see #setBackend(InterfaceBackend)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Backend()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='backend' kind='element'"
	 * @generated
	 */
	InterfaceBackend getBackend();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getBackend <em>Backend</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backend</em>' containment reference.
	 * @see #getBackend()
	 * @generated
	 */
	void setBackend(InterfaceBackend value);

	/**
	 * Returns the value of the '<em><b>Driver</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver</em>' containment reference.
	 * @see #setDriver(InterfaceDriver)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Driver()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='driver' kind='element'"
	 * @generated
	 */
	InterfaceDriver getDriver();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getDriver <em>Driver</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver</em>' containment reference.
	 * @see #getDriver()
	 * @generated
	 */
	void setDriver(InterfaceDriver value);

	/**
	 * Returns the value of the '<em><b>Alias</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alias</em>' containment reference.
	 * @see #setAlias(Alias)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Alias()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='alias' kind='element'"
	 * @generated
	 */
	Alias getAlias();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getAlias <em>Alias</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alias</em>' containment reference.
	 * @see #getAlias()
	 * @generated
	 */
	void setAlias(Alias value);

	/**
	 * Returns the value of the '<em><b>Acpi</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acpi</em>' containment reference.
	 * @see #setAcpi(Acpi)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Acpi()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='acpi' kind='element'"
	 * @generated
	 */
	Acpi getAcpi();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getAcpi <em>Acpi</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acpi</em>' containment reference.
	 * @see #getAcpi()
	 * @generated
	 */
	void setAcpi(Acpi value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' containment reference.
	 * @see #setAddress(Address)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Address()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='address' kind='element'"
	 * @generated
	 */
	Address getAddress();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getAddress <em>Address</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' containment reference.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(Address value);

	/**
	 * Returns the value of the '<em><b>Filterref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Filterref</em>' containment reference.
	 * @see #setFilterref(InterfaceFilterref)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Filterref()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='filterref' kind='element'"
	 * @generated
	 */
	InterfaceFilterref getFilterref();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getFilterref <em>Filterref</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Filterref</em>' containment reference.
	 * @see #getFilterref()
	 * @generated
	 */
	void setFilterref(InterfaceFilterref value);

	/**
	 * Returns the value of the '<em><b>Tune</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tune</em>' containment reference.
	 * @see #setTune(InterfaceTune)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Tune()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='tune' kind='element'"
	 * @generated
	 */
	InterfaceTune getTune();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getTune <em>Tune</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tune</em>' containment reference.
	 * @see #getTune()
	 * @generated
	 */
	void setTune(InterfaceTune value);

	/**
	 * Returns the value of the '<em><b>Boot</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Boot</em>' containment reference.
	 * @see #setBoot(DeviceBoot)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Boot()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='boot' kind='element'"
	 * @generated
	 */
	DeviceBoot getBoot();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getBoot <em>Boot</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Boot</em>' containment reference.
	 * @see #getBoot()
	 * @generated
	 */
	void setBoot(DeviceBoot value);

	/**
	 * Returns the value of the '<em><b>Rom</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rom</em>' containment reference.
	 * @see #setRom(Rom)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Rom()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='rom' kind='element'"
	 * @generated
	 */
	Rom getRom();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getRom <em>Rom</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rom</em>' containment reference.
	 * @see #getRom()
	 * @generated
	 */
	void setRom(Rom value);

	/**
	 * Returns the value of the '<em><b>Bandwidth</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bandwidth</em>' containment reference.
	 * @see #setBandwidth(InterfaceBandwidth)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Bandwidth()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='bandwidth' kind='element'"
	 * @generated
	 */
	InterfaceBandwidth getBandwidth();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getBandwidth <em>Bandwidth</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bandwidth</em>' containment reference.
	 * @see #getBandwidth()
	 * @generated
	 */
	void setBandwidth(InterfaceBandwidth value);

	/**
	 * Returns the value of the '<em><b>Vlan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vlan</em>' containment reference.
	 * @see #setVlan(InterfaceVlan)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Vlan()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='vlan' kind='element'"
	 * @generated
	 */
	InterfaceVlan getVlan();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getVlan <em>Vlan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vlan</em>' containment reference.
	 * @see #getVlan()
	 * @generated
	 */
	void setVlan(InterfaceVlan value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' containment reference.
	 * @see #setPort(InterfacePort)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Port()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='port' kind='element'"
	 * @generated
	 */
	InterfacePort getPort();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getPort <em>Port</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' containment reference.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(InterfacePort value);

	/**
	 * Returns the value of the '<em><b>Teaming</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Teaming</em>' containment reference.
	 * @see #setTeaming(Teaming)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Teaming()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='teaming' kind='element'"
	 * @generated
	 */
	Teaming getTeaming();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getTeaming <em>Teaming</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Teaming</em>' containment reference.
	 * @see #getTeaming()
	 * @generated
	 */
	void setTeaming(Teaming value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.InterfaceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.InterfaceType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #setType(InterfaceType)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Type()
	 * @model unsettable="true"
	 *        extendedMetaData="name='type' kind='attribute'"
	 * @generated
	 */
	InterfaceType getType();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.InterfaceType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #getType()
	 * @generated
	 */
	void setType(InterfaceType value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.Interface#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetType()
	 * @see #getType()
	 * @see #setType(InterfaceType)
	 * @generated
	 */
	void unsetType();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.Interface#getType <em>Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Type</em>' attribute is set.
	 * @see #unsetType()
	 * @see #getType()
	 * @see #setType(InterfaceType)
	 * @generated
	 */
	boolean isSetType();

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
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Managed()
	 * @model unsettable="true"
	 *        extendedMetaData="name='managed' kind='attribute'"
	 * @generated
	 */
	VirYesNo getManaged();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getManaged <em>Managed</em>}' attribute.
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
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.Interface#getManaged <em>Managed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetManaged()
	 * @see #getManaged()
	 * @see #setManaged(VirYesNo)
	 * @generated
	 */
	void unsetManaged();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.Interface#getManaged <em>Managed</em>}' attribute is set.
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
	 * Returns the value of the '<em><b>Trust Guest Rx Filters</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirYesNo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trust Guest Rx Filters</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetTrustGuestRxFilters()
	 * @see #unsetTrustGuestRxFilters()
	 * @see #setTrustGuestRxFilters(VirYesNo)
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_TrustGuestRxFilters()
	 * @model unsettable="true"
	 *        extendedMetaData="name='trustGuestRxFilters' kind='attribute'"
	 * @generated
	 */
	VirYesNo getTrustGuestRxFilters();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Interface#getTrustGuestRxFilters <em>Trust Guest Rx Filters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trust Guest Rx Filters</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetTrustGuestRxFilters()
	 * @see #unsetTrustGuestRxFilters()
	 * @see #getTrustGuestRxFilters()
	 * @generated
	 */
	void setTrustGuestRxFilters(VirYesNo value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.Interface#getTrustGuestRxFilters <em>Trust Guest Rx Filters</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTrustGuestRxFilters()
	 * @see #getTrustGuestRxFilters()
	 * @see #setTrustGuestRxFilters(VirYesNo)
	 * @generated
	 */
	void unsetTrustGuestRxFilters();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.Interface#getTrustGuestRxFilters <em>Trust Guest Rx Filters</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Trust Guest Rx Filters</em>' attribute is set.
	 * @see #unsetTrustGuestRxFilters()
	 * @see #getTrustGuestRxFilters()
	 * @see #setTrustGuestRxFilters(VirYesNo)
	 * @generated
	 */
	boolean isSetTrustGuestRxFilters();

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getInterface_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // Interface
