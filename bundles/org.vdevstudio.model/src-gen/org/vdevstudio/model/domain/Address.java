/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Address</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.Address#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Address#getZpci <em>Zpci</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Address#getType <em>Type</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Address#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Address#getBus <em>Bus</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Address#getSlot <em>Slot</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Address#getFunction <em>Function</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Address#getMultifunction <em>Multifunction</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Address#getController <em>Controller</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Address#getTarget <em>Target</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Address#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Address#getPort <em>Port</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Address#getReg <em>Reg</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Address#getCssid <em>Cssid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Address#getSsid <em>Ssid</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Address#getDevno <em>Devno</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Address#getIobase <em>Iobase</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Address#getIrq <em>Irq</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Address#getBase <em>Base</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Address#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Address#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getAddress()
 * @model extendedMetaData="name='Address' kind='mixed'"
 * @generated
 */
public interface Address extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getAddress_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Zpci</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Zpci</em>' containment reference.
	 * @see #setZpci(AddressZpci)
	 * @see org.vdevstudio.model.domain.DomainPackage#getAddress_Zpci()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='zpci' kind='element'"
	 * @generated
	 */
	AddressZpci getZpci();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Address#getZpci <em>Zpci</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zpci</em>' containment reference.
	 * @see #getZpci()
	 * @generated
	 */
	void setZpci(AddressZpci value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.AddressType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.AddressType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #setType(AddressType)
	 * @see org.vdevstudio.model.domain.DomainPackage#getAddress_Type()
	 * @model unsettable="true"
	 *        extendedMetaData="name='type' kind='attribute'"
	 * @generated
	 */
	AddressType getType();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Address#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.AddressType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #getType()
	 * @generated
	 */
	void setType(AddressType value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.Address#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetType()
	 * @see #getType()
	 * @see #setType(AddressType)
	 * @generated
	 */
	void unsetType();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.Address#getType <em>Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Type</em>' attribute is set.
	 * @see #unsetType()
	 * @see #getType()
	 * @see #setType(AddressType)
	 * @generated
	 */
	boolean isSetType();

	/**
	 * Returns the value of the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domain</em>' attribute.
	 * @see #setDomain(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getAddress_Domain()
	 * @model dataType="org.vdevstudio.model.domain.PciDomain"
	 *        extendedMetaData="name='domain' kind='attribute'"
	 * @generated
	 */
	String getDomain();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Address#getDomain <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' attribute.
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(String value);

	/**
	 * Returns the value of the '<em><b>Bus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bus</em>' attribute.
	 * @see #setBus(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getAddress_Bus()
	 * @model dataType="org.vdevstudio.model.domain.AddressBus"
	 *        extendedMetaData="name='bus' kind='attribute'"
	 * @generated
	 */
	String getBus();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Address#getBus <em>Bus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bus</em>' attribute.
	 * @see #getBus()
	 * @generated
	 */
	void setBus(String value);

	/**
	 * Returns the value of the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Slot</em>' attribute.
	 * @see #setSlot(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getAddress_Slot()
	 * @model dataType="org.vdevstudio.model.domain.AddressSlot"
	 *        extendedMetaData="name='slot' kind='attribute'"
	 * @generated
	 */
	String getSlot();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Address#getSlot <em>Slot</em>}' attribute.
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getAddress_Function()
	 * @model dataType="org.vdevstudio.model.domain.PciFunc"
	 *        extendedMetaData="name='function' kind='attribute'"
	 * @generated
	 */
	String getFunction();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Address#getFunction <em>Function</em>}' attribute.
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getAddress_Multifunction()
	 * @model unsettable="true"
	 *        extendedMetaData="name='multifunction' kind='attribute'"
	 * @generated
	 */
	VirOnOff getMultifunction();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Address#getMultifunction <em>Multifunction</em>}' attribute.
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
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.Address#getMultifunction <em>Multifunction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMultifunction()
	 * @see #getMultifunction()
	 * @see #setMultifunction(VirOnOff)
	 * @generated
	 */
	void unsetMultifunction();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.Address#getMultifunction <em>Multifunction</em>}' attribute is set.
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
	 * Returns the value of the '<em><b>Controller</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Controller</em>' attribute.
	 * @see #setController(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getAddress_Controller()
	 * @model dataType="org.vdevstudio.model.domain.DriveController"
	 *        extendedMetaData="name='controller' kind='attribute'"
	 * @generated
	 */
	String getController();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Address#getController <em>Controller</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Controller</em>' attribute.
	 * @see #getController()
	 * @generated
	 */
	void setController(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getAddress_Target()
	 * @model dataType="org.vdevstudio.model.domain.DriveTarget"
	 *        extendedMetaData="name='target' kind='attribute'"
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Address#getTarget <em>Target</em>}' attribute.
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getAddress_Unit()
	 * @model dataType="org.vdevstudio.model.domain.DriveUnit"
	 *        extendedMetaData="name='unit' kind='attribute'"
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Address#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port</em>' attribute.
	 * @see #setPort(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getAddress_Port()
	 * @model dataType="org.vdevstudio.model.domain.AddressPort"
	 *        extendedMetaData="name='port' kind='attribute'"
	 * @generated
	 */
	String getPort();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Address#getPort <em>Port</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' attribute.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(String value);

	/**
	 * Returns the value of the '<em><b>Reg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reg</em>' attribute.
	 * @see #setReg(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getAddress_Reg()
	 * @model dataType="org.vdevstudio.model.domain.SpaprvioReg"
	 *        extendedMetaData="name='reg' kind='attribute'"
	 * @generated
	 */
	String getReg();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Address#getReg <em>Reg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reg</em>' attribute.
	 * @see #getReg()
	 * @generated
	 */
	void setReg(String value);

	/**
	 * Returns the value of the '<em><b>Cssid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cssid</em>' attribute.
	 * @see #setCssid(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getAddress_Cssid()
	 * @model dataType="org.vdevstudio.model.domain.CcwCssidRange"
	 *        extendedMetaData="name='cssid' kind='attribute'"
	 * @generated
	 */
	String getCssid();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Address#getCssid <em>Cssid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cssid</em>' attribute.
	 * @see #getCssid()
	 * @generated
	 */
	void setCssid(String value);

	/**
	 * Returns the value of the '<em><b>Ssid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ssid</em>' attribute.
	 * @see #setSsid(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getAddress_Ssid()
	 * @model dataType="org.vdevstudio.model.domain.CcwSsidRange"
	 *        extendedMetaData="name='ssid' kind='attribute'"
	 * @generated
	 */
	String getSsid();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Address#getSsid <em>Ssid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ssid</em>' attribute.
	 * @see #getSsid()
	 * @generated
	 */
	void setSsid(String value);

	/**
	 * Returns the value of the '<em><b>Devno</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Devno</em>' attribute.
	 * @see #setDevno(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getAddress_Devno()
	 * @model dataType="org.vdevstudio.model.domain.CcwDevnoRange"
	 *        extendedMetaData="name='devno' kind='attribute'"
	 * @generated
	 */
	String getDevno();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Address#getDevno <em>Devno</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Devno</em>' attribute.
	 * @see #getDevno()
	 * @generated
	 */
	void setDevno(String value);

	/**
	 * Returns the value of the '<em><b>Iobase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Iobase</em>' attribute.
	 * @see #setIobase(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getAddress_Iobase()
	 * @model dataType="org.vdevstudio.model.domain.AddressIobase"
	 *        extendedMetaData="name='iobase' kind='attribute'"
	 * @generated
	 */
	String getIobase();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Address#getIobase <em>Iobase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iobase</em>' attribute.
	 * @see #getIobase()
	 * @generated
	 */
	void setIobase(String value);

	/**
	 * Returns the value of the '<em><b>Irq</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Irq</em>' attribute.
	 * @see #setIrq(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getAddress_Irq()
	 * @model dataType="org.vdevstudio.model.domain.AddressIrq"
	 *        extendedMetaData="name='irq' kind='attribute'"
	 * @generated
	 */
	String getIrq();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Address#getIrq <em>Irq</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Irq</em>' attribute.
	 * @see #getIrq()
	 * @generated
	 */
	void setIrq(String value);

	/**
	 * Returns the value of the '<em><b>Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Base</em>' attribute.
	 * @see #setBase(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getAddress_Base()
	 * @model dataType="org.vdevstudio.model.domain.Hexuint"
	 *        extendedMetaData="name='base' kind='attribute'"
	 * @generated
	 */
	String getBase();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Address#getBase <em>Base</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base</em>' attribute.
	 * @see #getBase()
	 * @generated
	 */
	void setBase(String value);

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getAddress_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getAddress_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // Address
