/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hostdev</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.Hostdev#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Hostdev#getDriver <em>Driver</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Hostdev#getTeaming <em>Teaming</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Hostdev#getSource <em>Source</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Hostdev#getIps <em>Ips</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Hostdev#getRoutes <em>Routes</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Hostdev#getAlias <em>Alias</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Hostdev#getAcpi <em>Acpi</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Hostdev#getBoot <em>Boot</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Hostdev#getRom <em>Rom</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Hostdev#getAddress <em>Address</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Hostdev#getReadonly <em>Readonly</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Hostdev#getShareable <em>Shareable</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Hostdev#getMode <em>Mode</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Hostdev#getManaged <em>Managed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Hostdev#getType <em>Type</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Hostdev#getSgio <em>Sgio</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Hostdev#getRawio <em>Rawio</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Hostdev#getModel <em>Model</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Hostdev#getRamfb <em>Ramfb</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Hostdev#getDisplay <em>Display</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Hostdev#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Hostdev#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getHostdev()
 * @model extendedMetaData="name='Hostdev' kind='mixed'"
 * @generated
 */
public interface Hostdev extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdev_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Driver</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver</em>' containment reference.
	 * @see #setDriver(HostdevDriver)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdev_Driver()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='driver' kind='element'"
	 * @generated
	 */
	HostdevDriver getDriver();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getDriver <em>Driver</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver</em>' containment reference.
	 * @see #getDriver()
	 * @generated
	 */
	void setDriver(HostdevDriver value);

	/**
	 * Returns the value of the '<em><b>Teaming</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Teaming</em>' containment reference.
	 * @see #setTeaming(Teaming)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdev_Teaming()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='teaming' kind='element'"
	 * @generated
	 */
	Teaming getTeaming();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getTeaming <em>Teaming</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Teaming</em>' containment reference.
	 * @see #getTeaming()
	 * @generated
	 */
	void setTeaming(Teaming value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' containment reference.
	 * @see #setSource(HostdevSource)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdev_Source()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='source' kind='element'"
	 * @generated
	 */
	HostdevSource getSource();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getSource <em>Source</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' containment reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(HostdevSource value);

	/**
	 * Returns the value of the '<em><b>Ips</b></em>' containment reference list.
	 * The list contents are of type {@link org.vdevstudio.model.domain.InterfaceIpInfo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ips</em>' containment reference list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdev_Ips()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdev_Routes()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='route' kind='element'"
	 * @generated
	 */
	EList<Route> getRoutes();

	/**
	 * Returns the value of the '<em><b>Alias</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alias</em>' containment reference.
	 * @see #setAlias(Alias)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdev_Alias()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='alias' kind='element'"
	 * @generated
	 */
	Alias getAlias();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getAlias <em>Alias</em>}' containment reference.
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdev_Acpi()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='acpi' kind='element'"
	 * @generated
	 */
	Acpi getAcpi();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getAcpi <em>Acpi</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acpi</em>' containment reference.
	 * @see #getAcpi()
	 * @generated
	 */
	void setAcpi(Acpi value);

	/**
	 * Returns the value of the '<em><b>Boot</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Boot</em>' containment reference.
	 * @see #setBoot(DeviceBoot)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdev_Boot()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='boot' kind='element'"
	 * @generated
	 */
	DeviceBoot getBoot();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getBoot <em>Boot</em>}' containment reference.
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdev_Rom()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='rom' kind='element'"
	 * @generated
	 */
	Rom getRom();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getRom <em>Rom</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rom</em>' containment reference.
	 * @see #getRom()
	 * @generated
	 */
	void setRom(Rom value);

	/**
	 * Returns the value of the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' containment reference.
	 * @see #setAddress(Address)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdev_Address()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='address' kind='element'"
	 * @generated
	 */
	Address getAddress();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getAddress <em>Address</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' containment reference.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(Address value);

	/**
	 * Returns the value of the '<em><b>Readonly</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Readonly</em>' containment reference.
	 * @see #setReadonly(EmptyElement)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdev_Readonly()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='readonly' kind='element'"
	 * @generated
	 */
	EmptyElement getReadonly();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getReadonly <em>Readonly</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Readonly</em>' containment reference.
	 * @see #getReadonly()
	 * @generated
	 */
	void setReadonly(EmptyElement value);

	/**
	 * Returns the value of the '<em><b>Shareable</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shareable</em>' containment reference.
	 * @see #setShareable(EmptyElement)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdev_Shareable()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='shareable' kind='element'"
	 * @generated
	 */
	EmptyElement getShareable();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getShareable <em>Shareable</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shareable</em>' containment reference.
	 * @see #getShareable()
	 * @generated
	 */
	void setShareable(EmptyElement value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.HostdevMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.vdevstudio.model.domain.HostdevMode
	 * @see #isSetMode()
	 * @see #unsetMode()
	 * @see #setMode(HostdevMode)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdev_Mode()
	 * @model unsettable="true"
	 *        extendedMetaData="name='mode' kind='attribute'"
	 * @generated
	 */
	HostdevMode getMode();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.vdevstudio.model.domain.HostdevMode
	 * @see #isSetMode()
	 * @see #unsetMode()
	 * @see #getMode()
	 * @generated
	 */
	void setMode(HostdevMode value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMode()
	 * @see #getMode()
	 * @see #setMode(HostdevMode)
	 * @generated
	 */
	void unsetMode();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.Hostdev#getMode <em>Mode</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Mode</em>' attribute is set.
	 * @see #unsetMode()
	 * @see #getMode()
	 * @see #setMode(HostdevMode)
	 * @generated
	 */
	boolean isSetMode();

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
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdev_Managed()
	 * @model unsettable="true"
	 *        extendedMetaData="name='managed' kind='attribute'"
	 * @generated
	 */
	VirYesNo getManaged();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getManaged <em>Managed</em>}' attribute.
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
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getManaged <em>Managed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetManaged()
	 * @see #getManaged()
	 * @see #setManaged(VirYesNo)
	 * @generated
	 */
	void unsetManaged();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.Hostdev#getManaged <em>Managed</em>}' attribute is set.
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
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.HostdevType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.HostdevType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #setType(HostdevType)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdev_Type()
	 * @model unsettable="true"
	 *        extendedMetaData="name='type' kind='attribute'"
	 * @generated
	 */
	HostdevType getType();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.HostdevType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #getType()
	 * @generated
	 */
	void setType(HostdevType value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetType()
	 * @see #getType()
	 * @see #setType(HostdevType)
	 * @generated
	 */
	void unsetType();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.Hostdev#getType <em>Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Type</em>' attribute is set.
	 * @see #unsetType()
	 * @see #getType()
	 * @see #setType(HostdevType)
	 * @generated
	 */
	boolean isSetType();

	/**
	 * Returns the value of the '<em><b>Sgio</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.HostdevSgio}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sgio</em>' attribute.
	 * @see org.vdevstudio.model.domain.HostdevSgio
	 * @see #isSetSgio()
	 * @see #unsetSgio()
	 * @see #setSgio(HostdevSgio)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdev_Sgio()
	 * @model unsettable="true"
	 *        extendedMetaData="name='sgio' kind='attribute'"
	 * @generated
	 */
	HostdevSgio getSgio();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getSgio <em>Sgio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sgio</em>' attribute.
	 * @see org.vdevstudio.model.domain.HostdevSgio
	 * @see #isSetSgio()
	 * @see #unsetSgio()
	 * @see #getSgio()
	 * @generated
	 */
	void setSgio(HostdevSgio value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getSgio <em>Sgio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSgio()
	 * @see #getSgio()
	 * @see #setSgio(HostdevSgio)
	 * @generated
	 */
	void unsetSgio();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.Hostdev#getSgio <em>Sgio</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Sgio</em>' attribute is set.
	 * @see #unsetSgio()
	 * @see #getSgio()
	 * @see #setSgio(HostdevSgio)
	 * @generated
	 */
	boolean isSetSgio();

	/**
	 * Returns the value of the '<em><b>Rawio</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirYesNo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rawio</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetRawio()
	 * @see #unsetRawio()
	 * @see #setRawio(VirYesNo)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdev_Rawio()
	 * @model unsettable="true"
	 *        extendedMetaData="name='rawio' kind='attribute'"
	 * @generated
	 */
	VirYesNo getRawio();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getRawio <em>Rawio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rawio</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetRawio()
	 * @see #unsetRawio()
	 * @see #getRawio()
	 * @generated
	 */
	void setRawio(VirYesNo value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getRawio <em>Rawio</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRawio()
	 * @see #getRawio()
	 * @see #setRawio(VirYesNo)
	 * @generated
	 */
	void unsetRawio();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.Hostdev#getRawio <em>Rawio</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Rawio</em>' attribute is set.
	 * @see #unsetRawio()
	 * @see #getRawio()
	 * @see #setRawio(VirYesNo)
	 * @generated
	 */
	boolean isSetRawio();

	/**
	 * Returns the value of the '<em><b>Model</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.HostdevModel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model</em>' attribute.
	 * @see org.vdevstudio.model.domain.HostdevModel
	 * @see #isSetModel()
	 * @see #unsetModel()
	 * @see #setModel(HostdevModel)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdev_Model()
	 * @model unsettable="true"
	 *        extendedMetaData="name='model' kind='attribute'"
	 * @generated
	 */
	HostdevModel getModel();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getModel <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' attribute.
	 * @see org.vdevstudio.model.domain.HostdevModel
	 * @see #isSetModel()
	 * @see #unsetModel()
	 * @see #getModel()
	 * @generated
	 */
	void setModel(HostdevModel value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getModel <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetModel()
	 * @see #getModel()
	 * @see #setModel(HostdevModel)
	 * @generated
	 */
	void unsetModel();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.Hostdev#getModel <em>Model</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Model</em>' attribute is set.
	 * @see #unsetModel()
	 * @see #getModel()
	 * @see #setModel(HostdevModel)
	 * @generated
	 */
	boolean isSetModel();

	/**
	 * Returns the value of the '<em><b>Ramfb</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirOnOff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ramfb</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetRamfb()
	 * @see #unsetRamfb()
	 * @see #setRamfb(VirOnOff)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdev_Ramfb()
	 * @model unsettable="true"
	 *        extendedMetaData="name='ramfb' kind='attribute'"
	 * @generated
	 */
	VirOnOff getRamfb();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getRamfb <em>Ramfb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ramfb</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetRamfb()
	 * @see #unsetRamfb()
	 * @see #getRamfb()
	 * @generated
	 */
	void setRamfb(VirOnOff value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getRamfb <em>Ramfb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRamfb()
	 * @see #getRamfb()
	 * @see #setRamfb(VirOnOff)
	 * @generated
	 */
	void unsetRamfb();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.Hostdev#getRamfb <em>Ramfb</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Ramfb</em>' attribute is set.
	 * @see #unsetRamfb()
	 * @see #getRamfb()
	 * @see #setRamfb(VirOnOff)
	 * @generated
	 */
	boolean isSetRamfb();

	/**
	 * Returns the value of the '<em><b>Display</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirOnOff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Display</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetDisplay()
	 * @see #unsetDisplay()
	 * @see #setDisplay(VirOnOff)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdev_Display()
	 * @model unsettable="true"
	 *        extendedMetaData="name='display' kind='attribute'"
	 * @generated
	 */
	VirOnOff getDisplay();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getDisplay <em>Display</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see #isSetDisplay()
	 * @see #unsetDisplay()
	 * @see #getDisplay()
	 * @generated
	 */
	void setDisplay(VirOnOff value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.Hostdev#getDisplay <em>Display</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDisplay()
	 * @see #getDisplay()
	 * @see #setDisplay(VirOnOff)
	 * @generated
	 */
	void unsetDisplay();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.Hostdev#getDisplay <em>Display</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Display</em>' attribute is set.
	 * @see #unsetDisplay()
	 * @see #getDisplay()
	 * @see #setDisplay(VirOnOff)
	 * @generated
	 */
	boolean isSetDisplay();

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdev_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdev_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // Hostdev
