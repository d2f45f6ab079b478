/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Os</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.Os#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Os#getType <em>Type</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Os#getKernel <em>Kernel</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Os#getInitrd <em>Initrd</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Os#getRoot <em>Root</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Os#getCmdline <em>Cmdline</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Os#getDtb <em>Dtb</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Os#getFirmware <em>Firmware</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Os#getLoader <em>Loader</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Os#getNvram <em>Nvram</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Os#getBoots <em>Boots</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Os#getBootmenu <em>Bootmenu</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Os#getSmbios <em>Smbios</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Os#getBios <em>Bios</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Os#getAcpi <em>Acpi</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Os#getInit <em>Init</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Os#getInitargs <em>Initargs</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Os#getInitenvs <em>Initenvs</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Os#getInitdir <em>Initdir</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Os#getInituser <em>Inituser</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Os#getInitgroup <em>Initgroup</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Os#getFirmwareAttribute <em>Firmware Attribute</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Os#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.Os#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getOs()
 * @model extendedMetaData="name='Os' kind='mixed'"
 * @generated
 */
public interface Os extends EObject {
	/**
	 * Returns the value of the '<em><b>Mixed</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mixed</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOs_Mixed()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name=':mixed' kind='elementWildcard'"
	 * @generated
	 */
	FeatureMap getMixed();

	/**
	 * Returns the value of the '<em><b>Type</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' containment reference.
	 * @see #setType(OsType)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOs_Type()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='type' kind='element'"
	 * @generated
	 */
	OsType getType();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Os#getType <em>Type</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' containment reference.
	 * @see #getType()
	 * @generated
	 */
	void setType(OsType value);

	/**
	 * Returns the value of the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kernel</em>' attribute.
	 * @see #setKernel(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOs_Kernel()
	 * @model dataType="org.vdevstudio.model.domain.AbsFilePath" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='kernel' kind='element'"
	 * @generated
	 */
	String getKernel();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Os#getKernel <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel</em>' attribute.
	 * @see #getKernel()
	 * @generated
	 */
	void setKernel(String value);

	/**
	 * Returns the value of the '<em><b>Initrd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initrd</em>' attribute.
	 * @see #setInitrd(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOs_Initrd()
	 * @model dataType="org.vdevstudio.model.domain.AbsFilePath" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='initrd' kind='element'"
	 * @generated
	 */
	String getInitrd();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Os#getInitrd <em>Initrd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initrd</em>' attribute.
	 * @see #getInitrd()
	 * @generated
	 */
	void setInitrd(String value);

	/**
	 * Returns the value of the '<em><b>Root</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Root</em>' attribute.
	 * @see #setRoot(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOs_Root()
	 * @model dataType="org.vdevstudio.model.domain.AbsFilePath" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='root' kind='element'"
	 * @generated
	 */
	String getRoot();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Os#getRoot <em>Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root</em>' attribute.
	 * @see #getRoot()
	 * @generated
	 */
	void setRoot(String value);

	/**
	 * Returns the value of the '<em><b>Cmdline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cmdline</em>' attribute.
	 * @see #setCmdline(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOs_Cmdline()
	 * @model transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='cmdline' kind='element'"
	 * @generated
	 */
	String getCmdline();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Os#getCmdline <em>Cmdline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cmdline</em>' attribute.
	 * @see #getCmdline()
	 * @generated
	 */
	void setCmdline(String value);

	/**
	 * Returns the value of the '<em><b>Dtb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dtb</em>' attribute.
	 * @see #setDtb(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOs_Dtb()
	 * @model dataType="org.vdevstudio.model.domain.AbsFilePath" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='dtb' kind='element'"
	 * @generated
	 */
	String getDtb();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Os#getDtb <em>Dtb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dtb</em>' attribute.
	 * @see #getDtb()
	 * @generated
	 */
	void setDtb(String value);

	/**
	 * Returns the value of the '<em><b>Firmware</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Firmware</em>' containment reference.
	 * @see #setFirmware(OsFirmware)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOs_Firmware()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='firmware' kind='element'"
	 * @generated
	 */
	OsFirmware getFirmware();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Os#getFirmware <em>Firmware</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Firmware</em>' containment reference.
	 * @see #getFirmware()
	 * @generated
	 */
	void setFirmware(OsFirmware value);

	/**
	 * Returns the value of the '<em><b>Loader</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Loader</em>' containment reference.
	 * @see #setLoader(OsLoader)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOs_Loader()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='loader' kind='element'"
	 * @generated
	 */
	OsLoader getLoader();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Os#getLoader <em>Loader</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loader</em>' containment reference.
	 * @see #getLoader()
	 * @generated
	 */
	void setLoader(OsLoader value);

	/**
	 * Returns the value of the '<em><b>Nvram</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nvram</em>' containment reference.
	 * @see #setNvram(OsNvram)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOs_Nvram()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='nvram' kind='element'"
	 * @generated
	 */
	OsNvram getNvram();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Os#getNvram <em>Nvram</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nvram</em>' containment reference.
	 * @see #getNvram()
	 * @generated
	 */
	void setNvram(OsNvram value);

	/**
	 * Returns the value of the '<em><b>Boots</b></em>' containment reference list.
	 * The list contents are of type {@link org.vdevstudio.model.domain.OsBoot}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Boots</em>' containment reference list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOs_Boots()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='boot' kind='element'"
	 * @generated
	 */
	EList<OsBoot> getBoots();

	/**
	 * Returns the value of the '<em><b>Bootmenu</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bootmenu</em>' containment reference.
	 * @see #setBootmenu(OsBootmenu)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOs_Bootmenu()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='bootmenu' kind='element'"
	 * @generated
	 */
	OsBootmenu getBootmenu();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Os#getBootmenu <em>Bootmenu</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bootmenu</em>' containment reference.
	 * @see #getBootmenu()
	 * @generated
	 */
	void setBootmenu(OsBootmenu value);

	/**
	 * Returns the value of the '<em><b>Smbios</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Smbios</em>' containment reference.
	 * @see #setSmbios(OsSmbios)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOs_Smbios()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='smbios' kind='element'"
	 * @generated
	 */
	OsSmbios getSmbios();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Os#getSmbios <em>Smbios</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Smbios</em>' containment reference.
	 * @see #getSmbios()
	 * @generated
	 */
	void setSmbios(OsSmbios value);

	/**
	 * Returns the value of the '<em><b>Bios</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bios</em>' containment reference.
	 * @see #setBios(OsBios)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOs_Bios()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='bios' kind='element'"
	 * @generated
	 */
	OsBios getBios();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Os#getBios <em>Bios</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bios</em>' containment reference.
	 * @see #getBios()
	 * @generated
	 */
	void setBios(OsBios value);

	/**
	 * Returns the value of the '<em><b>Acpi</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acpi</em>' containment reference.
	 * @see #setAcpi(OsAcpi)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOs_Acpi()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='acpi' kind='element'"
	 * @generated
	 */
	OsAcpi getAcpi();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Os#getAcpi <em>Acpi</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acpi</em>' containment reference.
	 * @see #getAcpi()
	 * @generated
	 */
	void setAcpi(OsAcpi value);

	/**
	 * Returns the value of the '<em><b>Init</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Init</em>' attribute.
	 * @see #setInit(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOs_Init()
	 * @model dataType="org.vdevstudio.model.domain.AbsFilePath" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='init' kind='element'"
	 * @generated
	 */
	String getInit();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Os#getInit <em>Init</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Init</em>' attribute.
	 * @see #getInit()
	 * @generated
	 */
	void setInit(String value);

	/**
	 * Returns the value of the '<em><b>Initargs</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initargs</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOs_Initargs()
	 * @model transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='initarg' kind='element'"
	 * @generated
	 */
	EList<String> getInitargs();

	/**
	 * Returns the value of the '<em><b>Initenvs</b></em>' containment reference list.
	 * The list contents are of type {@link org.vdevstudio.model.domain.OsInitenv}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initenvs</em>' containment reference list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOs_Initenvs()
	 * @model containment="true" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='initenv' kind='element'"
	 * @generated
	 */
	EList<OsInitenv> getInitenvs();

	/**
	 * Returns the value of the '<em><b>Initdir</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initdir</em>' attribute.
	 * @see #setInitdir(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOs_Initdir()
	 * @model dataType="org.vdevstudio.model.domain.AbsFilePath" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='initdir' kind='element'"
	 * @generated
	 */
	String getInitdir();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Os#getInitdir <em>Initdir</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initdir</em>' attribute.
	 * @see #getInitdir()
	 * @generated
	 */
	void setInitdir(String value);

	/**
	 * Returns the value of the '<em><b>Inituser</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inituser</em>' attribute.
	 * @see #setInituser(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOs_Inituser()
	 * @model dataType="org.vdevstudio.model.domain.GenericName" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='inituser' kind='element'"
	 * @generated
	 */
	String getInituser();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Os#getInituser <em>Inituser</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Inituser</em>' attribute.
	 * @see #getInituser()
	 * @generated
	 */
	void setInituser(String value);

	/**
	 * Returns the value of the '<em><b>Initgroup</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initgroup</em>' attribute.
	 * @see #setInitgroup(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOs_Initgroup()
	 * @model dataType="org.vdevstudio.model.domain.GenericName" transient="true" volatile="true" derived="true"
	 *        extendedMetaData="name='initgroup' kind='element'"
	 * @generated
	 */
	String getInitgroup();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Os#getInitgroup <em>Initgroup</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initgroup</em>' attribute.
	 * @see #getInitgroup()
	 * @generated
	 */
	void setInitgroup(String value);

	/**
	 * Returns the value of the '<em><b>Firmware Attribute</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.OsFirmware2}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Firmware Attribute</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsFirmware2
	 * @see #isSetFirmwareAttribute()
	 * @see #unsetFirmwareAttribute()
	 * @see #setFirmwareAttribute(OsFirmware2)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOs_FirmwareAttribute()
	 * @model unsettable="true"
	 *        extendedMetaData="name='firmware' kind='attribute'"
	 * @generated
	 */
	OsFirmware2 getFirmwareAttribute();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.Os#getFirmwareAttribute <em>Firmware Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Firmware Attribute</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsFirmware2
	 * @see #isSetFirmwareAttribute()
	 * @see #unsetFirmwareAttribute()
	 * @see #getFirmwareAttribute()
	 * @generated
	 */
	void setFirmwareAttribute(OsFirmware2 value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.Os#getFirmwareAttribute <em>Firmware Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFirmwareAttribute()
	 * @see #getFirmwareAttribute()
	 * @see #setFirmwareAttribute(OsFirmware2)
	 * @generated
	 */
	void unsetFirmwareAttribute();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.Os#getFirmwareAttribute <em>Firmware Attribute</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Firmware Attribute</em>' attribute is set.
	 * @see #unsetFirmwareAttribute()
	 * @see #getFirmwareAttribute()
	 * @see #setFirmwareAttribute(OsFirmware2)
	 * @generated
	 */
	boolean isSetFirmwareAttribute();

	/**
	 * Returns the value of the '<em><b>Any</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOs_Any()
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
	 * @see org.vdevstudio.model.domain.DomainPackage#getOs_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // Os
