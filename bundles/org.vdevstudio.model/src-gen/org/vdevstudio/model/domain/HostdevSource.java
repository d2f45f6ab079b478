/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hostdev Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSource#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSource#getAddress <em>Address</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSource#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSource#getProduct <em>Product</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSource#getAdapter <em>Adapter</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSource#getHosts <em>Hosts</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSource#getAuth <em>Auth</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSource#getInitiator <em>Initiator</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSource#getBlock <em>Block</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSource#getChar_ <em>Char </em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSource#getInterface_ <em>Interface </em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSource#getStartupPolicy <em>Startup Policy</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSource#getWriteFiltering <em>Write Filtering</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSource#getGuestReset <em>Guest Reset</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSource#getProtocol <em>Protocol</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSource#getName <em>Name</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSource#getWwpn <em>Wwpn</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSource#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.HostdevSource#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSource()
 * @model extendedMetaData="name='HostdevSource' kind='mixed'"
 * @generated
 */
public interface HostdevSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSource_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' containment reference.
	 * @see #setAddress(SourceAddress)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSource_Address()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='address' kind='element'"
	 * @generated
	 */
	SourceAddress getAddress();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSource#getAddress <em>Address</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' containment reference.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(SourceAddress value);

	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vendor</em>' containment reference.
	 * @see #setVendor(SourceVendor)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSource_Vendor()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='vendor' kind='element'"
	 * @generated
	 */
	SourceVendor getVendor();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSource#getVendor <em>Vendor</em>}' containment reference.
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSource_Product()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='product' kind='element'"
	 * @generated
	 */
	SourceProduct getProduct();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSource#getProduct <em>Product</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product</em>' containment reference.
	 * @see #getProduct()
	 * @generated
	 */
	void setProduct(SourceProduct value);

	/**
	 * Returns the value of the '<em><b>Adapter</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adapter</em>' containment reference.
	 * @see #setAdapter(HostdevSourceAdapter)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSource_Adapter()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='adapter' kind='element'"
	 * @generated
	 */
	HostdevSourceAdapter getAdapter();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSource#getAdapter <em>Adapter</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adapter</em>' containment reference.
	 * @see #getAdapter()
	 * @generated
	 */
	void setAdapter(HostdevSourceAdapter value);

	/**
	 * Returns the value of the '<em><b>Hosts</b></em>' containment reference list.
	 * The list contents are of type {@link org.vdevstudio.model.domain.HostdevSourceHost}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hosts</em>' containment reference list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSource_Hosts()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='host' kind='element'"
	 * @generated
	 */
	EList<HostdevSourceHost> getHosts();

	/**
	 * Returns the value of the '<em><b>Auth</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Auth</em>' containment reference.
	 * @see #setAuth(DiskAuth)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSource_Auth()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='auth' kind='element'"
	 * @generated
	 */
	DiskAuth getAuth();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSource#getAuth <em>Auth</em>}' containment reference.
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSource_Initiator()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='initiator' kind='element'"
	 * @generated
	 */
	Initiatorinfo getInitiator();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSource#getInitiator <em>Initiator</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initiator</em>' containment reference.
	 * @see #getInitiator()
	 * @generated
	 */
	void setInitiator(Initiatorinfo value);

	/**
	 * Returns the value of the '<em><b>Block</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Block</em>' attribute.
	 * @see #setBlock(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSource_Block()
	 * @model dataType="org.vdevstudio.model.domain.AbsFilePath" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='block' kind='element'"
	 * @generated
	 */
	String getBlock();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSource#getBlock <em>Block</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Block</em>' attribute.
	 * @see #getBlock()
	 * @generated
	 */
	void setBlock(String value);

	/**
	 * Returns the value of the '<em><b>Char </b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Char </em>' attribute.
	 * @see #setChar_(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSource_Char_()
	 * @model dataType="org.vdevstudio.model.domain.AbsFilePath" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='char' kind='element'"
	 * @generated
	 */
	String getChar_();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSource#getChar_ <em>Char </em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Char </em>' attribute.
	 * @see #getChar_()
	 * @generated
	 */
	void setChar_(String value);

	/**
	 * Returns the value of the '<em><b>Interface </b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interface </em>' attribute.
	 * @see #setInterface_(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSource_Interface_()
	 * @model dataType="org.vdevstudio.model.domain.DeviceName" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='interface' kind='element'"
	 * @generated
	 */
	String getInterface_();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSource#getInterface_ <em>Interface </em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interface </em>' attribute.
	 * @see #getInterface_()
	 * @generated
	 */
	void setInterface_(String value);

	/**
	 * Returns the value of the '<em><b>Startup Policy</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.HostdevSourceStartupPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Startup Policy</em>' attribute.
	 * @see org.vdevstudio.model.domain.HostdevSourceStartupPolicy
	 * @see #isSetStartupPolicy()
	 * @see #unsetStartupPolicy()
	 * @see #setStartupPolicy(HostdevSourceStartupPolicy)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSource_StartupPolicy()
	 * @model unsettable="true"
	 *        extendedMetaData="name='startupPolicy' kind='attribute'"
	 * @generated
	 */
	HostdevSourceStartupPolicy getStartupPolicy();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSource#getStartupPolicy <em>Startup Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Startup Policy</em>' attribute.
	 * @see org.vdevstudio.model.domain.HostdevSourceStartupPolicy
	 * @see #isSetStartupPolicy()
	 * @see #unsetStartupPolicy()
	 * @see #getStartupPolicy()
	 * @generated
	 */
	void setStartupPolicy(HostdevSourceStartupPolicy value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.HostdevSource#getStartupPolicy <em>Startup Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStartupPolicy()
	 * @see #getStartupPolicy()
	 * @see #setStartupPolicy(HostdevSourceStartupPolicy)
	 * @generated
	 */
	void unsetStartupPolicy();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.HostdevSource#getStartupPolicy <em>Startup Policy</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Startup Policy</em>' attribute is set.
	 * @see #unsetStartupPolicy()
	 * @see #getStartupPolicy()
	 * @see #setStartupPolicy(HostdevSourceStartupPolicy)
	 * @generated
	 */
	boolean isSetStartupPolicy();

	/**
	 * Returns the value of the '<em><b>Write Filtering</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirYesNo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Write Filtering</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetWriteFiltering()
	 * @see #unsetWriteFiltering()
	 * @see #setWriteFiltering(VirYesNo)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSource_WriteFiltering()
	 * @model unsettable="true"
	 *        extendedMetaData="name='writeFiltering' kind='attribute'"
	 * @generated
	 */
	VirYesNo getWriteFiltering();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSource#getWriteFiltering <em>Write Filtering</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Write Filtering</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetWriteFiltering()
	 * @see #unsetWriteFiltering()
	 * @see #getWriteFiltering()
	 * @generated
	 */
	void setWriteFiltering(VirYesNo value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.HostdevSource#getWriteFiltering <em>Write Filtering</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetWriteFiltering()
	 * @see #getWriteFiltering()
	 * @see #setWriteFiltering(VirYesNo)
	 * @generated
	 */
	void unsetWriteFiltering();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.HostdevSource#getWriteFiltering <em>Write Filtering</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Write Filtering</em>' attribute is set.
	 * @see #unsetWriteFiltering()
	 * @see #getWriteFiltering()
	 * @see #setWriteFiltering(VirYesNo)
	 * @generated
	 */
	boolean isSetWriteFiltering();

	/**
	 * Returns the value of the '<em><b>Guest Reset</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.HostdevSourceGuestReset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guest Reset</em>' attribute.
	 * @see org.vdevstudio.model.domain.HostdevSourceGuestReset
	 * @see #isSetGuestReset()
	 * @see #unsetGuestReset()
	 * @see #setGuestReset(HostdevSourceGuestReset)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSource_GuestReset()
	 * @model unsettable="true"
	 *        extendedMetaData="name='guestReset' kind='attribute'"
	 * @generated
	 */
	HostdevSourceGuestReset getGuestReset();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSource#getGuestReset <em>Guest Reset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guest Reset</em>' attribute.
	 * @see org.vdevstudio.model.domain.HostdevSourceGuestReset
	 * @see #isSetGuestReset()
	 * @see #unsetGuestReset()
	 * @see #getGuestReset()
	 * @generated
	 */
	void setGuestReset(HostdevSourceGuestReset value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.HostdevSource#getGuestReset <em>Guest Reset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetGuestReset()
	 * @see #getGuestReset()
	 * @see #setGuestReset(HostdevSourceGuestReset)
	 * @generated
	 */
	void unsetGuestReset();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.HostdevSource#getGuestReset <em>Guest Reset</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Guest Reset</em>' attribute is set.
	 * @see #unsetGuestReset()
	 * @see #getGuestReset()
	 * @see #setGuestReset(HostdevSourceGuestReset)
	 * @generated
	 */
	boolean isSetGuestReset();

	/**
	 * Returns the value of the '<em><b>Protocol</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.HostdevSourceProtocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protocol</em>' attribute.
	 * @see org.vdevstudio.model.domain.HostdevSourceProtocol
	 * @see #isSetProtocol()
	 * @see #unsetProtocol()
	 * @see #setProtocol(HostdevSourceProtocol)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSource_Protocol()
	 * @model unsettable="true"
	 *        extendedMetaData="name='protocol' kind='attribute'"
	 * @generated
	 */
	HostdevSourceProtocol getProtocol();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSource#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protocol</em>' attribute.
	 * @see org.vdevstudio.model.domain.HostdevSourceProtocol
	 * @see #isSetProtocol()
	 * @see #unsetProtocol()
	 * @see #getProtocol()
	 * @generated
	 */
	void setProtocol(HostdevSourceProtocol value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.HostdevSource#getProtocol <em>Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetProtocol()
	 * @see #getProtocol()
	 * @see #setProtocol(HostdevSourceProtocol)
	 * @generated
	 */
	void unsetProtocol();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.HostdevSource#getProtocol <em>Protocol</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Protocol</em>' attribute is set.
	 * @see #unsetProtocol()
	 * @see #getProtocol()
	 * @see #setProtocol(HostdevSourceProtocol)
	 * @generated
	 */
	boolean isSetProtocol();

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSource_Name()
	 * @model extendedMetaData="name='name' kind='attribute'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSource#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Wwpn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Wwpn</em>' attribute.
	 * @see #setWwpn(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSource_Wwpn()
	 * @model dataType="org.vdevstudio.model.domain.HostdevSourceWwpn"
	 *        extendedMetaData="name='wwpn' kind='attribute'"
	 * @generated
	 */
	String getWwpn();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.HostdevSource#getWwpn <em>Wwpn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wwpn</em>' attribute.
	 * @see #getWwpn()
	 * @generated
	 */
	void setWwpn(String value);

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSource_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSource_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // HostdevSource
