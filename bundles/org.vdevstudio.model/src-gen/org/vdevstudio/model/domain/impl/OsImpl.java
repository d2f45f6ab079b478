/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.BasicFeatureMap;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.InternalEList;

import org.vdevstudio.model.domain.DomainPackage;
import org.vdevstudio.model.domain.Os;
import org.vdevstudio.model.domain.OsAcpi;
import org.vdevstudio.model.domain.OsBios;
import org.vdevstudio.model.domain.OsBoot;
import org.vdevstudio.model.domain.OsBootmenu;
import org.vdevstudio.model.domain.OsFirmware;
import org.vdevstudio.model.domain.OsFirmware2;
import org.vdevstudio.model.domain.OsInitenv;
import org.vdevstudio.model.domain.OsLoader;
import org.vdevstudio.model.domain.OsNvram;
import org.vdevstudio.model.domain.OsSmbios;
import org.vdevstudio.model.domain.OsType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Os</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsImpl#getMixed <em>Mixed</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsImpl#getKernel <em>Kernel</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsImpl#getInitrd <em>Initrd</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsImpl#getRoot <em>Root</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsImpl#getCmdline <em>Cmdline</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsImpl#getDtb <em>Dtb</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsImpl#getFirmware <em>Firmware</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsImpl#getLoader <em>Loader</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsImpl#getNvram <em>Nvram</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsImpl#getBoots <em>Boots</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsImpl#getBootmenu <em>Bootmenu</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsImpl#getSmbios <em>Smbios</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsImpl#getBios <em>Bios</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsImpl#getAcpi <em>Acpi</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsImpl#getInit <em>Init</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsImpl#getInitargs <em>Initargs</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsImpl#getInitenvs <em>Initenvs</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsImpl#getInitdir <em>Initdir</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsImpl#getInituser <em>Inituser</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsImpl#getInitgroup <em>Initgroup</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsImpl#getFirmwareAttribute <em>Firmware Attribute</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsImpl#getAny <em>Any</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.impl.OsImpl#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OsImpl extends EObjectImpl implements Os {
	/**
	 * The cached value of the '{@link #getMixed() <em>Mixed</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMixed()
	 * @generated
	 * @ordered
	 */
	protected FeatureMap mixed;

	/**
	 * The default value of the '{@link #getKernel() <em>Kernel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKernel()
	 * @generated
	 * @ordered
	 */
	protected static final String KERNEL_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getInitrd() <em>Initrd</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitrd()
	 * @generated
	 * @ordered
	 */
	protected static final String INITRD_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getRoot() <em>Root</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoot()
	 * @generated
	 * @ordered
	 */
	protected static final String ROOT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getCmdline() <em>Cmdline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCmdline()
	 * @generated
	 * @ordered
	 */
	protected static final String CMDLINE_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getDtb() <em>Dtb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDtb()
	 * @generated
	 * @ordered
	 */
	protected static final String DTB_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getInit() <em>Init</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInit()
	 * @generated
	 * @ordered
	 */
	protected static final String INIT_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getInitdir() <em>Initdir</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitdir()
	 * @generated
	 * @ordered
	 */
	protected static final String INITDIR_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getInituser() <em>Inituser</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInituser()
	 * @generated
	 * @ordered
	 */
	protected static final String INITUSER_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getInitgroup() <em>Initgroup</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitgroup()
	 * @generated
	 * @ordered
	 */
	protected static final String INITGROUP_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getFirmwareAttribute() <em>Firmware Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmwareAttribute()
	 * @generated
	 * @ordered
	 */
	protected static final OsFirmware2 FIRMWARE_ATTRIBUTE_EDEFAULT = OsFirmware2.BIOS;

	/**
	 * The cached value of the '{@link #getFirmwareAttribute() <em>Firmware Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmwareAttribute()
	 * @generated
	 * @ordered
	 */
	protected OsFirmware2 firmwareAttribute = FIRMWARE_ATTRIBUTE_EDEFAULT;

	/**
	 * This is true if the Firmware Attribute attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean firmwareAttributeESet;

	/**
	 * The cached value of the '{@link #getAnyAttribute() <em>Any Attribute</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnyAttribute()
	 * @generated
	 * @ordered
	 */
	protected FeatureMap anyAttribute;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DomainPackage.Literals.OS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getMixed() {
		if (mixed == null) {
			mixed = new BasicFeatureMap(this, DomainPackage.OS__MIXED);
		}
		return mixed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsType getType() {
		return (OsType)getMixed().get(DomainPackage.Literals.OS__TYPE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetType(OsType newType, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS__TYPE, newType, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(OsType newType) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS__TYPE, newType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKernel() {
		return (String)getMixed().get(DomainPackage.Literals.OS__KERNEL, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKernel(String newKernel) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS__KERNEL, newKernel);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInitrd() {
		return (String)getMixed().get(DomainPackage.Literals.OS__INITRD, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitrd(String newInitrd) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS__INITRD, newInitrd);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRoot() {
		return (String)getMixed().get(DomainPackage.Literals.OS__ROOT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoot(String newRoot) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS__ROOT, newRoot);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCmdline() {
		return (String)getMixed().get(DomainPackage.Literals.OS__CMDLINE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCmdline(String newCmdline) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS__CMDLINE, newCmdline);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDtb() {
		return (String)getMixed().get(DomainPackage.Literals.OS__DTB, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDtb(String newDtb) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS__DTB, newDtb);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsFirmware getFirmware() {
		return (OsFirmware)getMixed().get(DomainPackage.Literals.OS__FIRMWARE, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFirmware(OsFirmware newFirmware, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS__FIRMWARE, newFirmware, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirmware(OsFirmware newFirmware) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS__FIRMWARE, newFirmware);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsLoader getLoader() {
		return (OsLoader)getMixed().get(DomainPackage.Literals.OS__LOADER, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLoader(OsLoader newLoader, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS__LOADER, newLoader, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLoader(OsLoader newLoader) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS__LOADER, newLoader);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsNvram getNvram() {
		return (OsNvram)getMixed().get(DomainPackage.Literals.OS__NVRAM, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetNvram(OsNvram newNvram, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS__NVRAM, newNvram, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNvram(OsNvram newNvram) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS__NVRAM, newNvram);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OsBoot> getBoots() {
		return getMixed().list(DomainPackage.Literals.OS__BOOTS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsBootmenu getBootmenu() {
		return (OsBootmenu)getMixed().get(DomainPackage.Literals.OS__BOOTMENU, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBootmenu(OsBootmenu newBootmenu, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS__BOOTMENU, newBootmenu, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBootmenu(OsBootmenu newBootmenu) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS__BOOTMENU, newBootmenu);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsSmbios getSmbios() {
		return (OsSmbios)getMixed().get(DomainPackage.Literals.OS__SMBIOS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSmbios(OsSmbios newSmbios, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS__SMBIOS, newSmbios, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSmbios(OsSmbios newSmbios) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS__SMBIOS, newSmbios);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsBios getBios() {
		return (OsBios)getMixed().get(DomainPackage.Literals.OS__BIOS, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBios(OsBios newBios, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS__BIOS, newBios, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBios(OsBios newBios) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS__BIOS, newBios);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsAcpi getAcpi() {
		return (OsAcpi)getMixed().get(DomainPackage.Literals.OS__ACPI, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAcpi(OsAcpi newAcpi, NotificationChain msgs) {
		return ((FeatureMap.Internal)getMixed()).basicAdd(DomainPackage.Literals.OS__ACPI, newAcpi, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAcpi(OsAcpi newAcpi) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS__ACPI, newAcpi);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInit() {
		return (String)getMixed().get(DomainPackage.Literals.OS__INIT, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInit(String newInit) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS__INIT, newInit);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getInitargs() {
		return getMixed().list(DomainPackage.Literals.OS__INITARGS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OsInitenv> getInitenvs() {
		return getMixed().list(DomainPackage.Literals.OS__INITENVS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInitdir() {
		return (String)getMixed().get(DomainPackage.Literals.OS__INITDIR, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitdir(String newInitdir) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS__INITDIR, newInitdir);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInituser() {
		return (String)getMixed().get(DomainPackage.Literals.OS__INITUSER, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInituser(String newInituser) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS__INITUSER, newInituser);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInitgroup() {
		return (String)getMixed().get(DomainPackage.Literals.OS__INITGROUP, true);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitgroup(String newInitgroup) {
		((FeatureMap.Internal)getMixed()).set(DomainPackage.Literals.OS__INITGROUP, newInitgroup);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OsFirmware2 getFirmwareAttribute() {
		return firmwareAttribute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirmwareAttribute(OsFirmware2 newFirmwareAttribute) {
		OsFirmware2 oldFirmwareAttribute = firmwareAttribute;
		firmwareAttribute = newFirmwareAttribute == null ? FIRMWARE_ATTRIBUTE_EDEFAULT : newFirmwareAttribute;
		boolean oldFirmwareAttributeESet = firmwareAttributeESet;
		firmwareAttributeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.OS__FIRMWARE_ATTRIBUTE, oldFirmwareAttribute, firmwareAttribute, !oldFirmwareAttributeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFirmwareAttribute() {
		OsFirmware2 oldFirmwareAttribute = firmwareAttribute;
		boolean oldFirmwareAttributeESet = firmwareAttributeESet;
		firmwareAttribute = FIRMWARE_ATTRIBUTE_EDEFAULT;
		firmwareAttributeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.OS__FIRMWARE_ATTRIBUTE, oldFirmwareAttribute, FIRMWARE_ATTRIBUTE_EDEFAULT, oldFirmwareAttributeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFirmwareAttribute() {
		return firmwareAttributeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAny() {
		return (FeatureMap)getMixed().<FeatureMap.Entry>list(DomainPackage.Literals.OS__ANY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureMap getAnyAttribute() {
		if (anyAttribute == null) {
			anyAttribute = new BasicFeatureMap(this, DomainPackage.OS__ANY_ATTRIBUTE);
		}
		return anyAttribute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DomainPackage.OS__MIXED:
				return ((InternalEList<?>)getMixed()).basicRemove(otherEnd, msgs);
			case DomainPackage.OS__TYPE:
				return basicSetType(null, msgs);
			case DomainPackage.OS__FIRMWARE:
				return basicSetFirmware(null, msgs);
			case DomainPackage.OS__LOADER:
				return basicSetLoader(null, msgs);
			case DomainPackage.OS__NVRAM:
				return basicSetNvram(null, msgs);
			case DomainPackage.OS__BOOTS:
				return ((InternalEList<?>)getBoots()).basicRemove(otherEnd, msgs);
			case DomainPackage.OS__BOOTMENU:
				return basicSetBootmenu(null, msgs);
			case DomainPackage.OS__SMBIOS:
				return basicSetSmbios(null, msgs);
			case DomainPackage.OS__BIOS:
				return basicSetBios(null, msgs);
			case DomainPackage.OS__ACPI:
				return basicSetAcpi(null, msgs);
			case DomainPackage.OS__INITENVS:
				return ((InternalEList<?>)getInitenvs()).basicRemove(otherEnd, msgs);
			case DomainPackage.OS__ANY:
				return ((InternalEList<?>)getAny()).basicRemove(otherEnd, msgs);
			case DomainPackage.OS__ANY_ATTRIBUTE:
				return ((InternalEList<?>)getAnyAttribute()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DomainPackage.OS__MIXED:
				if (coreType) return getMixed();
				return ((FeatureMap.Internal)getMixed()).getWrapper();
			case DomainPackage.OS__TYPE:
				return getType();
			case DomainPackage.OS__KERNEL:
				return getKernel();
			case DomainPackage.OS__INITRD:
				return getInitrd();
			case DomainPackage.OS__ROOT:
				return getRoot();
			case DomainPackage.OS__CMDLINE:
				return getCmdline();
			case DomainPackage.OS__DTB:
				return getDtb();
			case DomainPackage.OS__FIRMWARE:
				return getFirmware();
			case DomainPackage.OS__LOADER:
				return getLoader();
			case DomainPackage.OS__NVRAM:
				return getNvram();
			case DomainPackage.OS__BOOTS:
				return getBoots();
			case DomainPackage.OS__BOOTMENU:
				return getBootmenu();
			case DomainPackage.OS__SMBIOS:
				return getSmbios();
			case DomainPackage.OS__BIOS:
				return getBios();
			case DomainPackage.OS__ACPI:
				return getAcpi();
			case DomainPackage.OS__INIT:
				return getInit();
			case DomainPackage.OS__INITARGS:
				return getInitargs();
			case DomainPackage.OS__INITENVS:
				return getInitenvs();
			case DomainPackage.OS__INITDIR:
				return getInitdir();
			case DomainPackage.OS__INITUSER:
				return getInituser();
			case DomainPackage.OS__INITGROUP:
				return getInitgroup();
			case DomainPackage.OS__FIRMWARE_ATTRIBUTE:
				return getFirmwareAttribute();
			case DomainPackage.OS__ANY:
				if (coreType) return getAny();
				return ((FeatureMap.Internal)getAny()).getWrapper();
			case DomainPackage.OS__ANY_ATTRIBUTE:
				if (coreType) return getAnyAttribute();
				return ((FeatureMap.Internal)getAnyAttribute()).getWrapper();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DomainPackage.OS__MIXED:
				((FeatureMap.Internal)getMixed()).set(newValue);
				return;
			case DomainPackage.OS__TYPE:
				setType((OsType)newValue);
				return;
			case DomainPackage.OS__KERNEL:
				setKernel((String)newValue);
				return;
			case DomainPackage.OS__INITRD:
				setInitrd((String)newValue);
				return;
			case DomainPackage.OS__ROOT:
				setRoot((String)newValue);
				return;
			case DomainPackage.OS__CMDLINE:
				setCmdline((String)newValue);
				return;
			case DomainPackage.OS__DTB:
				setDtb((String)newValue);
				return;
			case DomainPackage.OS__FIRMWARE:
				setFirmware((OsFirmware)newValue);
				return;
			case DomainPackage.OS__LOADER:
				setLoader((OsLoader)newValue);
				return;
			case DomainPackage.OS__NVRAM:
				setNvram((OsNvram)newValue);
				return;
			case DomainPackage.OS__BOOTS:
				getBoots().clear();
				getBoots().addAll((Collection<? extends OsBoot>)newValue);
				return;
			case DomainPackage.OS__BOOTMENU:
				setBootmenu((OsBootmenu)newValue);
				return;
			case DomainPackage.OS__SMBIOS:
				setSmbios((OsSmbios)newValue);
				return;
			case DomainPackage.OS__BIOS:
				setBios((OsBios)newValue);
				return;
			case DomainPackage.OS__ACPI:
				setAcpi((OsAcpi)newValue);
				return;
			case DomainPackage.OS__INIT:
				setInit((String)newValue);
				return;
			case DomainPackage.OS__INITARGS:
				getInitargs().clear();
				getInitargs().addAll((Collection<? extends String>)newValue);
				return;
			case DomainPackage.OS__INITENVS:
				getInitenvs().clear();
				getInitenvs().addAll((Collection<? extends OsInitenv>)newValue);
				return;
			case DomainPackage.OS__INITDIR:
				setInitdir((String)newValue);
				return;
			case DomainPackage.OS__INITUSER:
				setInituser((String)newValue);
				return;
			case DomainPackage.OS__INITGROUP:
				setInitgroup((String)newValue);
				return;
			case DomainPackage.OS__FIRMWARE_ATTRIBUTE:
				setFirmwareAttribute((OsFirmware2)newValue);
				return;
			case DomainPackage.OS__ANY:
				((FeatureMap.Internal)getAny()).set(newValue);
				return;
			case DomainPackage.OS__ANY_ATTRIBUTE:
				((FeatureMap.Internal)getAnyAttribute()).set(newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DomainPackage.OS__MIXED:
				getMixed().clear();
				return;
			case DomainPackage.OS__TYPE:
				setType((OsType)null);
				return;
			case DomainPackage.OS__KERNEL:
				setKernel(KERNEL_EDEFAULT);
				return;
			case DomainPackage.OS__INITRD:
				setInitrd(INITRD_EDEFAULT);
				return;
			case DomainPackage.OS__ROOT:
				setRoot(ROOT_EDEFAULT);
				return;
			case DomainPackage.OS__CMDLINE:
				setCmdline(CMDLINE_EDEFAULT);
				return;
			case DomainPackage.OS__DTB:
				setDtb(DTB_EDEFAULT);
				return;
			case DomainPackage.OS__FIRMWARE:
				setFirmware((OsFirmware)null);
				return;
			case DomainPackage.OS__LOADER:
				setLoader((OsLoader)null);
				return;
			case DomainPackage.OS__NVRAM:
				setNvram((OsNvram)null);
				return;
			case DomainPackage.OS__BOOTS:
				getBoots().clear();
				return;
			case DomainPackage.OS__BOOTMENU:
				setBootmenu((OsBootmenu)null);
				return;
			case DomainPackage.OS__SMBIOS:
				setSmbios((OsSmbios)null);
				return;
			case DomainPackage.OS__BIOS:
				setBios((OsBios)null);
				return;
			case DomainPackage.OS__ACPI:
				setAcpi((OsAcpi)null);
				return;
			case DomainPackage.OS__INIT:
				setInit(INIT_EDEFAULT);
				return;
			case DomainPackage.OS__INITARGS:
				getInitargs().clear();
				return;
			case DomainPackage.OS__INITENVS:
				getInitenvs().clear();
				return;
			case DomainPackage.OS__INITDIR:
				setInitdir(INITDIR_EDEFAULT);
				return;
			case DomainPackage.OS__INITUSER:
				setInituser(INITUSER_EDEFAULT);
				return;
			case DomainPackage.OS__INITGROUP:
				setInitgroup(INITGROUP_EDEFAULT);
				return;
			case DomainPackage.OS__FIRMWARE_ATTRIBUTE:
				unsetFirmwareAttribute();
				return;
			case DomainPackage.OS__ANY:
				getAny().clear();
				return;
			case DomainPackage.OS__ANY_ATTRIBUTE:
				getAnyAttribute().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DomainPackage.OS__MIXED:
				return mixed != null && !mixed.isEmpty();
			case DomainPackage.OS__TYPE:
				return getType() != null;
			case DomainPackage.OS__KERNEL:
				return KERNEL_EDEFAULT == null ? getKernel() != null : !KERNEL_EDEFAULT.equals(getKernel());
			case DomainPackage.OS__INITRD:
				return INITRD_EDEFAULT == null ? getInitrd() != null : !INITRD_EDEFAULT.equals(getInitrd());
			case DomainPackage.OS__ROOT:
				return ROOT_EDEFAULT == null ? getRoot() != null : !ROOT_EDEFAULT.equals(getRoot());
			case DomainPackage.OS__CMDLINE:
				return CMDLINE_EDEFAULT == null ? getCmdline() != null : !CMDLINE_EDEFAULT.equals(getCmdline());
			case DomainPackage.OS__DTB:
				return DTB_EDEFAULT == null ? getDtb() != null : !DTB_EDEFAULT.equals(getDtb());
			case DomainPackage.OS__FIRMWARE:
				return getFirmware() != null;
			case DomainPackage.OS__LOADER:
				return getLoader() != null;
			case DomainPackage.OS__NVRAM:
				return getNvram() != null;
			case DomainPackage.OS__BOOTS:
				return !getBoots().isEmpty();
			case DomainPackage.OS__BOOTMENU:
				return getBootmenu() != null;
			case DomainPackage.OS__SMBIOS:
				return getSmbios() != null;
			case DomainPackage.OS__BIOS:
				return getBios() != null;
			case DomainPackage.OS__ACPI:
				return getAcpi() != null;
			case DomainPackage.OS__INIT:
				return INIT_EDEFAULT == null ? getInit() != null : !INIT_EDEFAULT.equals(getInit());
			case DomainPackage.OS__INITARGS:
				return !getInitargs().isEmpty();
			case DomainPackage.OS__INITENVS:
				return !getInitenvs().isEmpty();
			case DomainPackage.OS__INITDIR:
				return INITDIR_EDEFAULT == null ? getInitdir() != null : !INITDIR_EDEFAULT.equals(getInitdir());
			case DomainPackage.OS__INITUSER:
				return INITUSER_EDEFAULT == null ? getInituser() != null : !INITUSER_EDEFAULT.equals(getInituser());
			case DomainPackage.OS__INITGROUP:
				return INITGROUP_EDEFAULT == null ? getInitgroup() != null : !INITGROUP_EDEFAULT.equals(getInitgroup());
			case DomainPackage.OS__FIRMWARE_ATTRIBUTE:
				return isSetFirmwareAttribute();
			case DomainPackage.OS__ANY:
				return !getAny().isEmpty();
			case DomainPackage.OS__ANY_ATTRIBUTE:
				return anyAttribute != null && !anyAttribute.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (mixed: ");
		result.append(mixed);
		result.append(", firmwareAttribute: ");
		if (firmwareAttributeESet) result.append(firmwareAttribute); else result.append("<unset>");
		result.append(", anyAttribute: ");
		result.append(anyAttribute);
		result.append(')');
		return result.toString();
	}

} //OsImpl
