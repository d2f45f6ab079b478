/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see org.vdevstudio.model.domain.DomainFactory
 * @model kind="package"
 *        extendedMetaData="qualified='false'"
 * @generated
 */
public interface DomainPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "domain";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://vdevstudio.org/schemas/libvirt/domain";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "domain";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DomainPackage eINSTANCE = org.vdevstudio.model.domain.impl.DomainPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.DocumentRootImpl <em>Document Root</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.DocumentRootImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDocumentRoot()
	 * @generated
	 */
	int DOCUMENT_ROOT = 0;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ROOT__MIXED = 0;

	/**
	 * The feature id for the '<em><b>XMLNS Prefix Map</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ROOT__XMLNS_PREFIX_MAP = 1;

	/**
	 * The feature id for the '<em><b>XSI Schema Location</b></em>' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ROOT__XSI_SCHEMA_LOCATION = 2;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ROOT__DOMAIN = 3;

	/**
	 * The number of structural features of the '<em>Document Root</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ROOT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Document Root</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_ROOT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.DomainImpl <em>Domain</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.DomainImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDomain()
	 * @generated
	 */
	int DOMAIN = 1;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__NAME = 1;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__UUID = 2;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__TITLE = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__DESCRIPTION = 4;

	/**
	 * The feature id for the '<em><b>Os</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__OS = 5;

	/**
	 * The feature id for the '<em><b>Memory</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__MEMORY = 6;

	/**
	 * The feature id for the '<em><b>Current Memory</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__CURRENT_MEMORY = 7;

	/**
	 * The feature id for the '<em><b>Vcpu</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__VCPU = 8;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__DEVICES = 9;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__TYPE = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__ID = 11;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__ANY = 12;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__ANY_ATTRIBUTE = 13;

	/**
	 * The number of structural features of the '<em>Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsImpl <em>Os</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOs()
	 * @generated
	 */
	int OS = 2;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Kernel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS__KERNEL = 2;

	/**
	 * The feature id for the '<em><b>Initrd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS__INITRD = 3;

	/**
	 * The feature id for the '<em><b>Root</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS__ROOT = 4;

	/**
	 * The feature id for the '<em><b>Cmdline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS__CMDLINE = 5;

	/**
	 * The feature id for the '<em><b>Dtb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS__DTB = 6;

	/**
	 * The feature id for the '<em><b>Firmware</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS__FIRMWARE = 7;

	/**
	 * The feature id for the '<em><b>Loader</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS__LOADER = 8;

	/**
	 * The feature id for the '<em><b>Nvram</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS__NVRAM = 9;

	/**
	 * The feature id for the '<em><b>Boots</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS__BOOTS = 10;

	/**
	 * The feature id for the '<em><b>Bootmenu</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS__BOOTMENU = 11;

	/**
	 * The feature id for the '<em><b>Smbios</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS__SMBIOS = 12;

	/**
	 * The feature id for the '<em><b>Bios</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS__BIOS = 13;

	/**
	 * The feature id for the '<em><b>Acpi</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS__ACPI = 14;

	/**
	 * The feature id for the '<em><b>Init</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS__INIT = 15;

	/**
	 * The feature id for the '<em><b>Initargs</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS__INITARGS = 16;

	/**
	 * The feature id for the '<em><b>Initenvs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS__INITENVS = 17;

	/**
	 * The feature id for the '<em><b>Initdir</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS__INITDIR = 18;

	/**
	 * The feature id for the '<em><b>Inituser</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS__INITUSER = 19;

	/**
	 * The feature id for the '<em><b>Initgroup</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS__INITGROUP = 20;

	/**
	 * The feature id for the '<em><b>Firmware Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS__FIRMWARE_ATTRIBUTE = 21;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS__ANY = 22;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS__ANY_ATTRIBUTE = 23;

	/**
	 * The number of structural features of the '<em>Os</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_FEATURE_COUNT = 24;

	/**
	 * The number of operations of the '<em>Os</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.MemoryImpl <em>Memory</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.MemoryImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getMemory()
	 * @generated
	 */
	int MEMORY = 3;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY__UNIT = 1;

	/**
	 * The feature id for the '<em><b>Dump Core</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY__DUMP_CORE = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Memory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Memory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMORY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.CurrentMemoryImpl <em>Current Memory</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.CurrentMemoryImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getCurrentMemory()
	 * @generated
	 */
	int CURRENT_MEMORY = 4;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRENT_MEMORY__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRENT_MEMORY__UNIT = 1;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRENT_MEMORY__ANY_ATTRIBUTE = 2;

	/**
	 * The number of structural features of the '<em>Current Memory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRENT_MEMORY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Current Memory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CURRENT_MEMORY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.VcpuImpl <em>Vcpu</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.VcpuImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getVcpu()
	 * @generated
	 */
	int VCPU = 5;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VCPU__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Placement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VCPU__PLACEMENT = 1;

	/**
	 * The feature id for the '<em><b>Cpuset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VCPU__CPUSET = 2;

	/**
	 * The feature id for the '<em><b>Current</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VCPU__CURRENT = 3;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VCPU__ANY_ATTRIBUTE = 4;

	/**
	 * The number of structural features of the '<em>Vcpu</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VCPU_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Vcpu</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VCPU_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.DevicesImpl <em>Devices</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.DevicesImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDevices()
	 * @generated
	 */
	int DEVICES = 6;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICES__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Interfaces</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICES__INTERFACES = 1;

	/**
	 * The feature id for the '<em><b>Hostdevs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICES__HOSTDEVS = 2;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICES__ANY = 3;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICES__ANY_ATTRIBUTE = 4;

	/**
	 * The number of structural features of the '<em>Devices</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICES_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Devices</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsTypeImpl <em>Os Type</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsTypeImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsType()
	 * @generated
	 */
	int OS_TYPE = 7;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_TYPE__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Arch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_TYPE__ARCH = 1;

	/**
	 * The feature id for the '<em><b>Machine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_TYPE__MACHINE = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_TYPE__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Os Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_TYPE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Os Type</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_TYPE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsFirmwareImpl <em>Os Firmware</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsFirmwareImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsFirmware()
	 * @generated
	 */
	int OS_FIRMWARE = 8;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_FIRMWARE__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Features</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_FIRMWARE__FEATURES = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_FIRMWARE__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_FIRMWARE__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Os Firmware</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_FIRMWARE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Os Firmware</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_FIRMWARE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsLoaderImpl <em>Os Loader</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsLoaderImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsLoader()
	 * @generated
	 */
	int OS_LOADER = 9;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_LOADER__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Readonly</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_LOADER__READONLY = 1;

	/**
	 * The feature id for the '<em><b>Secure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_LOADER__SECURE = 2;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_LOADER__TYPE = 3;

	/**
	 * The feature id for the '<em><b>Stateless</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_LOADER__STATELESS = 4;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_LOADER__ANY_ATTRIBUTE = 5;

	/**
	 * The number of structural features of the '<em>Os Loader</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_LOADER_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Os Loader</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_LOADER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsNvramImpl <em>Os Nvram</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsNvramImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvram()
	 * @generated
	 */
	int OS_NVRAM = 10;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM__SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM__TEMPLATE = 2;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM__TYPE = 3;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM__ANY = 4;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM__ANY_ATTRIBUTE = 5;

	/**
	 * The number of structural features of the '<em>Os Nvram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Os Nvram</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsBootImpl <em>Os Boot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsBootImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsBoot()
	 * @generated
	 */
	int OS_BOOT = 11;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_BOOT__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Dev</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_BOOT__DEV = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_BOOT__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_BOOT__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Os Boot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_BOOT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Os Boot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_BOOT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsBootmenuImpl <em>Os Bootmenu</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsBootmenuImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsBootmenu()
	 * @generated
	 */
	int OS_BOOTMENU = 12;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_BOOTMENU__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Enable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_BOOTMENU__ENABLE = 1;

	/**
	 * The feature id for the '<em><b>Timeout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_BOOTMENU__TIMEOUT = 2;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_BOOTMENU__ANY = 3;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_BOOTMENU__ANY_ATTRIBUTE = 4;

	/**
	 * The number of structural features of the '<em>Os Bootmenu</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_BOOTMENU_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Os Bootmenu</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_BOOTMENU_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsSmbiosImpl <em>Os Smbios</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsSmbiosImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsSmbios()
	 * @generated
	 */
	int OS_SMBIOS = 13;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_SMBIOS__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_SMBIOS__MODE = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_SMBIOS__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_SMBIOS__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Os Smbios</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_SMBIOS_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Os Smbios</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_SMBIOS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsBiosImpl <em>Os Bios</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsBiosImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsBios()
	 * @generated
	 */
	int OS_BIOS = 14;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_BIOS__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Useserial</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_BIOS__USESERIAL = 1;

	/**
	 * The feature id for the '<em><b>Reboot Timeout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_BIOS__REBOOT_TIMEOUT = 2;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_BIOS__ANY = 3;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_BIOS__ANY_ATTRIBUTE = 4;

	/**
	 * The number of structural features of the '<em>Os Bios</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_BIOS_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Os Bios</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_BIOS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsAcpiImpl <em>Os Acpi</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsAcpiImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsAcpi()
	 * @generated
	 */
	int OS_ACPI = 15;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_ACPI__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Tables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_ACPI__TABLES = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_ACPI__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_ACPI__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Os Acpi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_ACPI_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Os Acpi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_ACPI_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsInitenvImpl <em>Os Initenv</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsInitenvImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsInitenv()
	 * @generated
	 */
	int OS_INITENV = 16;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_INITENV__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_INITENV__NAME = 1;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_INITENV__ANY_ATTRIBUTE = 2;

	/**
	 * The number of structural features of the '<em>Os Initenv</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_INITENV_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Os Initenv</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_INITENV_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceImpl <em>Interface</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterface()
	 * @generated
	 */
	int INTERFACE = 17;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Virtualport</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__VIRTUALPORT = 2;

	/**
	 * The feature id for the '<em><b>Link</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__LINK = 3;

	/**
	 * The feature id for the '<em><b>Mtu</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__MTU = 4;

	/**
	 * The feature id for the '<em><b>Coalesce</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__COALESCE = 5;

	/**
	 * The feature id for the '<em><b>Target</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__TARGET = 6;

	/**
	 * The feature id for the '<em><b>Guest</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__GUEST = 7;

	/**
	 * The feature id for the '<em><b>Mac</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__MAC = 8;

	/**
	 * The feature id for the '<em><b>Ips</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__IPS = 9;

	/**
	 * The feature id for the '<em><b>Routes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__ROUTES = 10;

	/**
	 * The feature id for the '<em><b>Port Forwards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__PORT_FORWARDS = 11;

	/**
	 * The feature id for the '<em><b>Script</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__SCRIPT = 12;

	/**
	 * The feature id for the '<em><b>Downscript</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__DOWNSCRIPT = 13;

	/**
	 * The feature id for the '<em><b>Backenddomain</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__BACKENDDOMAIN = 14;

	/**
	 * The feature id for the '<em><b>Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__MODEL = 15;

	/**
	 * The feature id for the '<em><b>Backend</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__BACKEND = 16;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__DRIVER = 17;

	/**
	 * The feature id for the '<em><b>Alias</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__ALIAS = 18;

	/**
	 * The feature id for the '<em><b>Acpi</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__ACPI = 19;

	/**
	 * The feature id for the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__ADDRESS = 20;

	/**
	 * The feature id for the '<em><b>Filterref</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__FILTERREF = 21;

	/**
	 * The feature id for the '<em><b>Tune</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__TUNE = 22;

	/**
	 * The feature id for the '<em><b>Boot</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__BOOT = 23;

	/**
	 * The feature id for the '<em><b>Rom</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__ROM = 24;

	/**
	 * The feature id for the '<em><b>Bandwidth</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__BANDWIDTH = 25;

	/**
	 * The feature id for the '<em><b>Vlan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__VLAN = 26;

	/**
	 * The feature id for the '<em><b>Port</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__PORT = 27;

	/**
	 * The feature id for the '<em><b>Teaming</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__TEAMING = 28;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__TYPE = 29;

	/**
	 * The feature id for the '<em><b>Managed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__MANAGED = 30;

	/**
	 * The feature id for the '<em><b>Trust Guest Rx Filters</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__TRUST_GUEST_RX_FILTERS = 31;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__ANY = 32;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE__ANY_ATTRIBUTE = 33;

	/**
	 * The number of structural features of the '<em>Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_FEATURE_COUNT = 34;

	/**
	 * The number of operations of the '<em>Interface</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.HostdevImpl <em>Hostdev</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.HostdevImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdev()
	 * @generated
	 */
	int HOSTDEV = 18;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Driver</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV__DRIVER = 1;

	/**
	 * The feature id for the '<em><b>Teaming</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV__TEAMING = 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV__SOURCE = 3;

	/**
	 * The feature id for the '<em><b>Ips</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV__IPS = 4;

	/**
	 * The feature id for the '<em><b>Routes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV__ROUTES = 5;

	/**
	 * The feature id for the '<em><b>Alias</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV__ALIAS = 6;

	/**
	 * The feature id for the '<em><b>Acpi</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV__ACPI = 7;

	/**
	 * The feature id for the '<em><b>Boot</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV__BOOT = 8;

	/**
	 * The feature id for the '<em><b>Rom</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV__ROM = 9;

	/**
	 * The feature id for the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV__ADDRESS = 10;

	/**
	 * The feature id for the '<em><b>Readonly</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV__READONLY = 11;

	/**
	 * The feature id for the '<em><b>Shareable</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV__SHAREABLE = 12;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV__MODE = 13;

	/**
	 * The feature id for the '<em><b>Managed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV__MANAGED = 14;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV__TYPE = 15;

	/**
	 * The feature id for the '<em><b>Sgio</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV__SGIO = 16;

	/**
	 * The feature id for the '<em><b>Rawio</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV__RAWIO = 17;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV__MODEL = 18;

	/**
	 * The feature id for the '<em><b>Ramfb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV__RAMFB = 19;

	/**
	 * The feature id for the '<em><b>Display</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV__DISPLAY = 20;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV__ANY = 21;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV__ANY_ATTRIBUTE = 22;

	/**
	 * The number of structural features of the '<em>Hostdev</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_FEATURE_COUNT = 23;

	/**
	 * The number of operations of the '<em>Hostdev</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsFirmwareFeatureImpl <em>Os Firmware Feature</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsFirmwareFeatureImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsFirmwareFeature()
	 * @generated
	 */
	int OS_FIRMWARE_FEATURE = 19;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_FIRMWARE_FEATURE__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_FIRMWARE_FEATURE__ENABLED = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_FIRMWARE_FEATURE__NAME = 2;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_FIRMWARE_FEATURE__ANY = 3;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_FIRMWARE_FEATURE__ANY_ATTRIBUTE = 4;

	/**
	 * The number of structural features of the '<em>Os Firmware Feature</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_FIRMWARE_FEATURE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Os Firmware Feature</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_FIRMWARE_FEATURE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl <em>Os Nvram Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsNvramSourceImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSource()
	 * @generated
	 */
	int OS_NVRAM_SOURCE = 20;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Slices</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__SLICES = 1;

	/**
	 * The feature id for the '<em><b>Private Data</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__PRIVATE_DATA = 2;

	/**
	 * The feature id for the '<em><b>Encryption</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__ENCRYPTION = 3;

	/**
	 * The feature id for the '<em><b>Seclabels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__SECLABELS = 4;

	/**
	 * The feature id for the '<em><b>Reservations</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__RESERVATIONS = 5;

	/**
	 * The feature id for the '<em><b>Hosts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__HOSTS = 6;

	/**
	 * The feature id for the '<em><b>Snapshot</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__SNAPSHOT = 7;

	/**
	 * The feature id for the '<em><b>Config</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__CONFIG = 8;

	/**
	 * The feature id for the '<em><b>Auth</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__AUTH = 9;

	/**
	 * The feature id for the '<em><b>Initiator</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__INITIATOR = 10;

	/**
	 * The feature id for the '<em><b>Cookies</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__COOKIES = 11;

	/**
	 * The feature id for the '<em><b>Readahead</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__READAHEAD = 12;

	/**
	 * The feature id for the '<em><b>Timeout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__TIMEOUT = 13;

	/**
	 * The feature id for the '<em><b>Ssl</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__SSL = 14;

	/**
	 * The feature id for the '<em><b>Identity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__IDENTITY = 15;

	/**
	 * The feature id for the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__ADDRESS = 16;

	/**
	 * The feature id for the '<em><b>Reconnect</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__RECONNECT = 17;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__FILE = 18;

	/**
	 * The feature id for the '<em><b>Fdgroup</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__FDGROUP = 19;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__INDEX = 20;

	/**
	 * The feature id for the '<em><b>Startup Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__STARTUP_POLICY = 21;

	/**
	 * The feature id for the '<em><b>Dev</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__DEV = 22;

	/**
	 * The feature id for the '<em><b>Dir</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__DIR = 23;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__PROTOCOL = 24;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__NAME = 25;

	/**
	 * The feature id for the '<em><b>Tls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__TLS = 26;

	/**
	 * The feature id for the '<em><b>Tls Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__TLS_HOSTNAME = 27;

	/**
	 * The feature id for the '<em><b>Query</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__QUERY = 28;

	/**
	 * The feature id for the '<em><b>Pool</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__POOL = 29;

	/**
	 * The feature id for the '<em><b>Volume</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__VOLUME = 30;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__MODE = 31;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__TYPE = 32;

	/**
	 * The feature id for the '<em><b>Namespace</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__NAMESPACE = 33;

	/**
	 * The feature id for the '<em><b>Managed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__MANAGED = 34;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__PATH = 35;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__ANY = 36;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE__ANY_ATTRIBUTE = 37;

	/**
	 * The number of structural features of the '<em>Os Nvram Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_FEATURE_COUNT = 38;

	/**
	 * The number of operations of the '<em>Os Nvram Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsAcpiTableImpl <em>Os Acpi Table</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsAcpiTableImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsAcpiTable()
	 * @generated
	 */
	int OS_ACPI_TABLE = 21;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_ACPI_TABLE__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_ACPI_TABLE__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_ACPI_TABLE__ANY_ATTRIBUTE = 2;

	/**
	 * The number of structural features of the '<em>Os Acpi Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_ACPI_TABLE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Os Acpi Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_ACPI_TABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl <em>Interface Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceSourceImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceSource()
	 * @generated
	 */
	int INTERFACE_SOURCE = 22;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Ips</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__IPS = 1;

	/**
	 * The feature id for the '<em><b>Routes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__ROUTES = 2;

	/**
	 * The feature id for the '<em><b>Reconnect</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__RECONNECT = 3;

	/**
	 * The feature id for the '<em><b>Local</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__LOCAL = 4;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__VENDOR = 5;

	/**
	 * The feature id for the '<em><b>Product</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__PRODUCT = 6;

	/**
	 * The feature id for the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__ADDRESS = 7;

	/**
	 * The feature id for the '<em><b>Bridge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__BRIDGE = 8;

	/**
	 * The feature id for the '<em><b>Mac Table Manager</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__MAC_TABLE_MANAGER = 9;

	/**
	 * The feature id for the '<em><b>Network</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__NETWORK = 10;

	/**
	 * The feature id for the '<em><b>Portgroup</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__PORTGROUP = 11;

	/**
	 * The feature id for the '<em><b>Portid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__PORTID = 12;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__TYPE = 13;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__PATH = 14;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__MODE = 15;

	/**
	 * The feature id for the '<em><b>Dev</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__DEV = 16;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__NAME = 17;

	/**
	 * The feature id for the '<em><b>Address Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__ADDRESS_ATTRIBUTE = 18;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__PORT = 19;

	/**
	 * The feature id for the '<em><b>Missing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__MISSING = 20;

	/**
	 * The feature id for the '<em><b>Switchid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__SWITCHID = 21;

	/**
	 * The feature id for the '<em><b>Portgroupid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__PORTGROUPID = 22;

	/**
	 * The feature id for the '<em><b>Connectionid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__CONNECTIONID = 23;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__ANY = 24;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE__ANY_ATTRIBUTE = 25;

	/**
	 * The number of structural features of the '<em>Interface Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE_FEATURE_COUNT = 26;

	/**
	 * The number of operations of the '<em>Interface Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceVirtualportImpl <em>Interface Virtualport</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceVirtualportImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceVirtualport()
	 * @generated
	 */
	int INTERFACE_VIRTUALPORT = 23;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VIRTUALPORT__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VIRTUALPORT__PARAMETERS = 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VIRTUALPORT__TYPE = 2;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VIRTUALPORT__ANY = 3;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VIRTUALPORT__ANY_ATTRIBUTE = 4;

	/**
	 * The number of structural features of the '<em>Interface Virtualport</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VIRTUALPORT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Interface Virtualport</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VIRTUALPORT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceLinkImpl <em>Interface Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceLinkImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceLink()
	 * @generated
	 */
	int INTERFACE_LINK = 24;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_LINK__MIXED = 0;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_LINK__STATE = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_LINK__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_LINK__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Interface Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_LINK_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Interface Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceMtuImpl <em>Interface Mtu</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceMtuImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceMtu()
	 * @generated
	 */
	int INTERFACE_MTU = 25;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_MTU__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_MTU__SIZE = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_MTU__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_MTU__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Interface Mtu</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_MTU_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Interface Mtu</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_MTU_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceCoalesceImpl <em>Interface Coalesce</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceCoalesceImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceCoalesce()
	 * @generated
	 */
	int INTERFACE_COALESCE = 26;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_COALESCE__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Rx</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_COALESCE__RX = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_COALESCE__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_COALESCE__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Interface Coalesce</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_COALESCE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Interface Coalesce</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_COALESCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceTargetImpl <em>Interface Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceTargetImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceTarget()
	 * @generated
	 */
	int INTERFACE_TARGET = 27;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_TARGET__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Dev</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_TARGET__DEV = 1;

	/**
	 * The feature id for the '<em><b>Managed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_TARGET__MANAGED = 2;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_TARGET__ANY = 3;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_TARGET__ANY_ATTRIBUTE = 4;

	/**
	 * The number of structural features of the '<em>Interface Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_TARGET_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Interface Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_TARGET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceGuestImpl <em>Interface Guest</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceGuestImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceGuest()
	 * @generated
	 */
	int INTERFACE_GUEST = 28;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_GUEST__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Dev</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_GUEST__DEV = 1;

	/**
	 * The feature id for the '<em><b>Actual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_GUEST__ACTUAL = 2;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_GUEST__ANY = 3;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_GUEST__ANY_ATTRIBUTE = 4;

	/**
	 * The number of structural features of the '<em>Interface Guest</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_GUEST_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Interface Guest</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_GUEST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceMacImpl <em>Interface Mac</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceMacImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceMac()
	 * @generated
	 */
	int INTERFACE_MAC = 29;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_MAC__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_MAC__ADDRESS = 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_MAC__TYPE = 2;

	/**
	 * The feature id for the '<em><b>Check</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_MAC__CHECK = 3;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_MAC__ANY = 4;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_MAC__ANY_ATTRIBUTE = 5;

	/**
	 * The number of structural features of the '<em>Interface Mac</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_MAC_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Interface Mac</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_MAC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceIpInfoImpl <em>Interface Ip Info</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceIpInfoImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceIpInfo()
	 * @generated
	 */
	int INTERFACE_IP_INFO = 30;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_IP_INFO__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_IP_INFO__ADDRESS = 1;

	/**
	 * The feature id for the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_IP_INFO__FAMILY = 2;

	/**
	 * The feature id for the '<em><b>Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_IP_INFO__PREFIX = 3;

	/**
	 * The feature id for the '<em><b>Peer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_IP_INFO__PEER = 4;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_IP_INFO__ANY = 5;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_IP_INFO__ANY_ATTRIBUTE = 6;

	/**
	 * The number of structural features of the '<em>Interface Ip Info</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_IP_INFO_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Interface Ip Info</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_IP_INFO_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.RouteImpl <em>Route</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.RouteImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getRoute()
	 * @generated
	 */
	int ROUTE = 31;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE__FAMILY = 1;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE__ADDRESS = 2;

	/**
	 * The feature id for the '<em><b>Netmask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE__NETMASK = 3;

	/**
	 * The feature id for the '<em><b>Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE__PREFIX = 4;

	/**
	 * The feature id for the '<em><b>Gateway</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE__GATEWAY = 5;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE__METRIC = 6;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE__ANY = 7;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE__ANY_ATTRIBUTE = 8;

	/**
	 * The number of structural features of the '<em>Route</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Route</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfacePortForwardImpl <em>Interface Port Forward</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfacePortForwardImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfacePortForward()
	 * @generated
	 */
	int INTERFACE_PORT_FORWARD = 32;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_PORT_FORWARD__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Ranges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_PORT_FORWARD__RANGES = 1;

	/**
	 * The feature id for the '<em><b>Proto</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_PORT_FORWARD__PROTO = 2;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_PORT_FORWARD__ADDRESS = 3;

	/**
	 * The feature id for the '<em><b>Dev</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_PORT_FORWARD__DEV = 4;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_PORT_FORWARD__ANY = 5;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_PORT_FORWARD__ANY_ATTRIBUTE = 6;

	/**
	 * The number of structural features of the '<em>Interface Port Forward</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_PORT_FORWARD_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Interface Port Forward</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_PORT_FORWARD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceScriptImpl <em>Interface Script</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceScriptImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceScript()
	 * @generated
	 */
	int INTERFACE_SCRIPT = 33;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SCRIPT__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SCRIPT__PATH = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SCRIPT__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SCRIPT__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Interface Script</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SCRIPT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Interface Script</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SCRIPT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceDownscriptImpl <em>Interface Downscript</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceDownscriptImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceDownscript()
	 * @generated
	 */
	int INTERFACE_DOWNSCRIPT = 34;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DOWNSCRIPT__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DOWNSCRIPT__PATH = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DOWNSCRIPT__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DOWNSCRIPT__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Interface Downscript</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DOWNSCRIPT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Interface Downscript</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DOWNSCRIPT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceBackenddomainImpl <em>Interface Backenddomain</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceBackenddomainImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceBackenddomain()
	 * @generated
	 */
	int INTERFACE_BACKENDDOMAIN = 35;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BACKENDDOMAIN__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BACKENDDOMAIN__NAME = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BACKENDDOMAIN__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BACKENDDOMAIN__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Interface Backenddomain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BACKENDDOMAIN_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Interface Backenddomain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BACKENDDOMAIN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceModelImpl <em>Interface Model</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceModelImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceModel()
	 * @generated
	 */
	int INTERFACE_MODEL = 36;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_MODEL__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_MODEL__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_MODEL__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_MODEL__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Interface Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_MODEL_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Interface Model</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_MODEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceBackendImpl <em>Interface Backend</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceBackendImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceBackend()
	 * @generated
	 */
	int INTERFACE_BACKEND = 37;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BACKEND__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BACKEND__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Tap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BACKEND__TAP = 2;

	/**
	 * The feature id for the '<em><b>Vhost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BACKEND__VHOST = 3;

	/**
	 * The feature id for the '<em><b>Log File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BACKEND__LOG_FILE = 4;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BACKEND__ANY = 5;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BACKEND__ANY_ATTRIBUTE = 6;

	/**
	 * The number of structural features of the '<em>Interface Backend</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BACKEND_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Interface Backend</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BACKEND_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceDriverImpl <em>Interface Driver</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceDriverImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceDriver()
	 * @generated
	 */
	int INTERFACE_DRIVER = 38;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Host</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER__HOST = 1;

	/**
	 * The feature id for the '<em><b>Guest</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER__GUEST = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER__NAME = 3;

	/**
	 * The feature id for the '<em><b>Queues</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER__QUEUES = 4;

	/**
	 * The feature id for the '<em><b>Rx Queue Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER__RX_QUEUE_SIZE = 5;

	/**
	 * The feature id for the '<em><b>Tx Queue Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER__TX_QUEUE_SIZE = 6;

	/**
	 * The feature id for the '<em><b>Txmode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER__TXMODE = 7;

	/**
	 * The feature id for the '<em><b>Ioeventfd</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER__IOEVENTFD = 8;

	/**
	 * The feature id for the '<em><b>Event Idx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER__EVENT_IDX = 9;

	/**
	 * The feature id for the '<em><b>Iommu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER__IOMMU = 10;

	/**
	 * The feature id for the '<em><b>Ats</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER__ATS = 11;

	/**
	 * The feature id for the '<em><b>Packed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER__PACKED = 12;

	/**
	 * The feature id for the '<em><b>Page Per Vq</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER__PAGE_PER_VQ = 13;

	/**
	 * The feature id for the '<em><b>Rss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER__RSS = 14;

	/**
	 * The feature id for the '<em><b>Rss Hash Report</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER__RSS_HASH_REPORT = 15;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER__ANY = 16;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER__ANY_ATTRIBUTE = 17;

	/**
	 * The number of structural features of the '<em>Interface Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER_FEATURE_COUNT = 18;

	/**
	 * The number of operations of the '<em>Interface Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.AliasImpl <em>Alias</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.AliasImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAlias()
	 * @generated
	 */
	int ALIAS = 39;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIAS__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIAS__NAME = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIAS__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIAS__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Alias</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIAS_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Alias</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALIAS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.AcpiImpl <em>Acpi</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.AcpiImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAcpi()
	 * @generated
	 */
	int ACPI = 40;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACPI__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACPI__INDEX = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACPI__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACPI__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Acpi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACPI_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Acpi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACPI_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.AddressImpl <em>Address</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.AddressImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAddress()
	 * @generated
	 */
	int ADDRESS = 41;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Zpci</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__ZPCI = 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__TYPE = 2;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__DOMAIN = 3;

	/**
	 * The feature id for the '<em><b>Bus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__BUS = 4;

	/**
	 * The feature id for the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__SLOT = 5;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__FUNCTION = 6;

	/**
	 * The feature id for the '<em><b>Multifunction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__MULTIFUNCTION = 7;

	/**
	 * The feature id for the '<em><b>Controller</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__CONTROLLER = 8;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__TARGET = 9;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__UNIT = 10;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__PORT = 11;

	/**
	 * The feature id for the '<em><b>Reg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__REG = 12;

	/**
	 * The feature id for the '<em><b>Cssid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__CSSID = 13;

	/**
	 * The feature id for the '<em><b>Ssid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__SSID = 14;

	/**
	 * The feature id for the '<em><b>Devno</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__DEVNO = 15;

	/**
	 * The feature id for the '<em><b>Iobase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__IOBASE = 16;

	/**
	 * The feature id for the '<em><b>Irq</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__IRQ = 17;

	/**
	 * The feature id for the '<em><b>Base</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__BASE = 18;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__ANY = 19;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__ANY_ATTRIBUTE = 20;

	/**
	 * The number of structural features of the '<em>Address</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_FEATURE_COUNT = 21;

	/**
	 * The number of operations of the '<em>Address</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceFilterrefImpl <em>Interface Filterref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceFilterrefImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceFilterref()
	 * @generated
	 */
	int INTERFACE_FILTERREF = 42;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_FILTERREF__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_FILTERREF__PARAMETERS = 1;

	/**
	 * The feature id for the '<em><b>Filter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_FILTERREF__FILTER = 2;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_FILTERREF__ANY = 3;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_FILTERREF__ANY_ATTRIBUTE = 4;

	/**
	 * The number of structural features of the '<em>Interface Filterref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_FILTERREF_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Interface Filterref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_FILTERREF_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceTuneImpl <em>Interface Tune</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceTuneImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceTune()
	 * @generated
	 */
	int INTERFACE_TUNE = 43;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_TUNE__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Sndbuf</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_TUNE__SNDBUF = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_TUNE__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_TUNE__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Interface Tune</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_TUNE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Interface Tune</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_TUNE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.DeviceBootImpl <em>Device Boot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.DeviceBootImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDeviceBoot()
	 * @generated
	 */
	int DEVICE_BOOT = 44;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_BOOT__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_BOOT__ORDER = 1;

	/**
	 * The feature id for the '<em><b>Loadparm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_BOOT__LOADPARM = 2;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_BOOT__ANY = 3;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_BOOT__ANY_ATTRIBUTE = 4;

	/**
	 * The number of structural features of the '<em>Device Boot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_BOOT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Device Boot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_BOOT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.RomImpl <em>Rom</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.RomImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getRom()
	 * @generated
	 */
	int ROM = 45;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROM__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROM__ENABLED = 1;

	/**
	 * The feature id for the '<em><b>Bar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROM__BAR = 2;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROM__FILE = 3;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROM__ANY = 4;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROM__ANY_ATTRIBUTE = 5;

	/**
	 * The number of structural features of the '<em>Rom</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROM_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Rom</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceBandwidthImpl <em>Interface Bandwidth</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceBandwidthImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceBandwidth()
	 * @generated
	 */
	int INTERFACE_BANDWIDTH = 46;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Inbound</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH__INBOUND = 1;

	/**
	 * The feature id for the '<em><b>Outbound</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH__OUTBOUND = 2;

	/**
	 * The feature id for the '<em><b>Class ID</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH__CLASS_ID = 3;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH__ANY = 4;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH__ANY_ATTRIBUTE = 5;

	/**
	 * The number of structural features of the '<em>Interface Bandwidth</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Interface Bandwidth</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceVlanImpl <em>Interface Vlan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceVlanImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceVlan()
	 * @generated
	 */
	int INTERFACE_VLAN = 47;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VLAN__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VLAN__TAGS = 1;

	/**
	 * The feature id for the '<em><b>Trunk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VLAN__TRUNK = 2;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VLAN__ANY = 3;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VLAN__ANY_ATTRIBUTE = 4;

	/**
	 * The number of structural features of the '<em>Interface Vlan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VLAN_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Interface Vlan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VLAN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfacePortImpl <em>Interface Port</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfacePortImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfacePort()
	 * @generated
	 */
	int INTERFACE_PORT = 48;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_PORT__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Isolated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_PORT__ISOLATED = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_PORT__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_PORT__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Interface Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_PORT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Interface Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_PORT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.TeamingImpl <em>Teaming</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.TeamingImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getTeaming()
	 * @generated
	 */
	int TEAMING = 49;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAMING__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAMING__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Persistent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAMING__PERSISTENT = 2;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAMING__ANY = 3;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAMING__ANY_ATTRIBUTE = 4;

	/**
	 * The number of structural features of the '<em>Teaming</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAMING_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Teaming</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAMING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.HostdevDriverImpl <em>Hostdev Driver</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.HostdevDriverImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevDriver()
	 * @generated
	 */
	int HOSTDEV_DRIVER = 50;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_DRIVER__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_DRIVER__NAME = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_DRIVER__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_DRIVER__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Hostdev Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_DRIVER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Hostdev Driver</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_DRIVER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.HostdevSourceImpl <em>Hostdev Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.HostdevSourceImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevSource()
	 * @generated
	 */
	int HOSTDEV_SOURCE = 51;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE__ADDRESS = 1;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE__VENDOR = 2;

	/**
	 * The feature id for the '<em><b>Product</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE__PRODUCT = 3;

	/**
	 * The feature id for the '<em><b>Adapter</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE__ADAPTER = 4;

	/**
	 * The feature id for the '<em><b>Hosts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE__HOSTS = 5;

	/**
	 * The feature id for the '<em><b>Auth</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE__AUTH = 6;

	/**
	 * The feature id for the '<em><b>Initiator</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE__INITIATOR = 7;

	/**
	 * The feature id for the '<em><b>Block</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE__BLOCK = 8;

	/**
	 * The feature id for the '<em><b>Char </b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE__CHAR_ = 9;

	/**
	 * The feature id for the '<em><b>Interface </b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE__INTERFACE_ = 10;

	/**
	 * The feature id for the '<em><b>Startup Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE__STARTUP_POLICY = 11;

	/**
	 * The feature id for the '<em><b>Write Filtering</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE__WRITE_FILTERING = 12;

	/**
	 * The feature id for the '<em><b>Guest Reset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE__GUEST_RESET = 13;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE__PROTOCOL = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE__NAME = 15;

	/**
	 * The feature id for the '<em><b>Wwpn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE__WWPN = 16;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE__ANY = 17;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE__ANY_ATTRIBUTE = 18;

	/**
	 * The number of structural features of the '<em>Hostdev Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_FEATURE_COUNT = 19;

	/**
	 * The number of operations of the '<em>Hostdev Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceSlicesImpl <em>Os Nvram Source Slices</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsNvramSourceSlicesImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceSlices()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_SLICES = 52;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SLICES__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Slice</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SLICES__SLICE = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SLICES__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SLICES__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Os Nvram Source Slices</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SLICES_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Os Nvram Source Slices</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SLICES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceEncryptionImpl <em>Os Nvram Source Encryption</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsNvramSourceEncryptionImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceEncryption()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION = 53;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Secret</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION__SECRET = 1;

	/**
	 * The feature id for the '<em><b>Cipher</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION__CIPHER = 2;

	/**
	 * The feature id for the '<em><b>Ivgen</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION__IVGEN = 3;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION__FORMAT = 4;

	/**
	 * The feature id for the '<em><b>Engine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION__ENGINE = 5;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION__ANY = 6;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION__ANY_ATTRIBUTE = 7;

	/**
	 * The number of structural features of the '<em>Os Nvram Source Encryption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Os Nvram Source Encryption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceSeclabelImpl <em>Os Nvram Source Seclabel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsNvramSourceSeclabelImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceSeclabel()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_SECLABEL = 54;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SECLABEL__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SECLABEL__LABELS = 1;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SECLABEL__MODEL = 2;

	/**
	 * The feature id for the '<em><b>Relabel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SECLABEL__RELABEL = 3;

	/**
	 * The feature id for the '<em><b>Labelskip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SECLABEL__LABELSKIP = 4;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SECLABEL__ANY = 5;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SECLABEL__ANY_ATTRIBUTE = 6;

	/**
	 * The number of structural features of the '<em>Os Nvram Source Seclabel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SECLABEL_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Os Nvram Source Seclabel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SECLABEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceReservationsImpl <em>Os Nvram Source Reservations</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsNvramSourceReservationsImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceReservations()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_RESERVATIONS = 55;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_RESERVATIONS__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_RESERVATIONS__SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Managed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_RESERVATIONS__MANAGED = 2;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_RESERVATIONS__ANY = 3;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_RESERVATIONS__ANY_ATTRIBUTE = 4;

	/**
	 * The number of structural features of the '<em>Os Nvram Source Reservations</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_RESERVATIONS_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Os Nvram Source Reservations</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_RESERVATIONS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceHostImpl <em>Os Nvram Source Host</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsNvramSourceHostImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceHost()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_HOST = 56;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_HOST__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Transport</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_HOST__TRANSPORT = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_HOST__NAME = 2;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_HOST__PORT = 3;

	/**
	 * The feature id for the '<em><b>Socket</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_HOST__SOCKET = 4;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_HOST__ANY = 5;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_HOST__ANY_ATTRIBUTE = 6;

	/**
	 * The number of structural features of the '<em>Os Nvram Source Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_HOST_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Os Nvram Source Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_HOST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceSnapshotImpl <em>Os Nvram Source Snapshot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsNvramSourceSnapshotImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceSnapshot()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_SNAPSHOT = 57;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SNAPSHOT__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SNAPSHOT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SNAPSHOT__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SNAPSHOT__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Os Nvram Source Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SNAPSHOT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Os Nvram Source Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SNAPSHOT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceConfigImpl <em>Os Nvram Source Config</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsNvramSourceConfigImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceConfig()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_CONFIG = 58;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_CONFIG__MIXED = 0;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_CONFIG__FILE = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_CONFIG__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_CONFIG__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Os Nvram Source Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_CONFIG_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Os Nvram Source Config</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_CONFIG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.DiskAuthImpl <em>Disk Auth</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.DiskAuthImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDiskAuth()
	 * @generated
	 */
	int DISK_AUTH = 59;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_AUTH__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Secret</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_AUTH__SECRET = 1;

	/**
	 * The feature id for the '<em><b>Username</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_AUTH__USERNAME = 2;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_AUTH__ANY = 3;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_AUTH__ANY_ATTRIBUTE = 4;

	/**
	 * The number of structural features of the '<em>Disk Auth</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_AUTH_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Disk Auth</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_AUTH_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InitiatorinfoImpl <em>Initiatorinfo</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InitiatorinfoImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInitiatorinfo()
	 * @generated
	 */
	int INITIATORINFO = 60;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATORINFO__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Iqn</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATORINFO__IQN = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATORINFO__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATORINFO__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Initiatorinfo</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATORINFO_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Initiatorinfo</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATORINFO_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceCookiesImpl <em>Os Nvram Source Cookies</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsNvramSourceCookiesImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceCookies()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_COOKIES = 61;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_COOKIES__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Cookies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_COOKIES__COOKIES = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_COOKIES__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_COOKIES__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Os Nvram Source Cookies</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_COOKIES_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Os Nvram Source Cookies</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_COOKIES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceReadaheadImpl <em>Os Nvram Source Readahead</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsNvramSourceReadaheadImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceReadahead()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_READAHEAD = 62;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_READAHEAD__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_READAHEAD__SIZE = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_READAHEAD__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_READAHEAD__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Os Nvram Source Readahead</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_READAHEAD_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Os Nvram Source Readahead</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_READAHEAD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceTimeoutImpl <em>Os Nvram Source Timeout</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsNvramSourceTimeoutImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceTimeout()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_TIMEOUT = 63;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_TIMEOUT__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_TIMEOUT__SECONDS = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_TIMEOUT__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_TIMEOUT__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Os Nvram Source Timeout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_TIMEOUT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Os Nvram Source Timeout</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_TIMEOUT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceSslImpl <em>Os Nvram Source Ssl</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsNvramSourceSslImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceSsl()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_SSL = 64;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SSL__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Verify</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SSL__VERIFY = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SSL__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SSL__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Os Nvram Source Ssl</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SSL_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Os Nvram Source Ssl</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SSL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceIdentityImpl <em>Os Nvram Source Identity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsNvramSourceIdentityImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceIdentity()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_IDENTITY = 65;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_IDENTITY__MIXED = 0;

	/**
	 * The feature id for the '<em><b>User</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_IDENTITY__USER = 1;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_IDENTITY__GROUP = 2;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_IDENTITY__ANY = 3;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_IDENTITY__ANY_ATTRIBUTE = 4;

	/**
	 * The number of structural features of the '<em>Os Nvram Source Identity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_IDENTITY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Os Nvram Source Identity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_IDENTITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceAddressImpl <em>Os Nvram Source Address</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsNvramSourceAddressImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceAddress()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_ADDRESS = 66;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ADDRESS__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ADDRESS__DOMAIN = 1;

	/**
	 * The feature id for the '<em><b>Bus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ADDRESS__BUS = 2;

	/**
	 * The feature id for the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ADDRESS__SLOT = 3;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ADDRESS__FUNCTION = 4;

	/**
	 * The feature id for the '<em><b>Multifunction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ADDRESS__MULTIFUNCTION = 5;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ADDRESS__ANY = 6;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ADDRESS__ANY_ATTRIBUTE = 7;

	/**
	 * The number of structural features of the '<em>Os Nvram Source Address</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ADDRESS_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Os Nvram Source Address</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ADDRESS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.ReconnectImpl <em>Reconnect</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.ReconnectImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getReconnect()
	 * @generated
	 */
	int RECONNECT = 67;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT__ENABLED = 1;

	/**
	 * The feature id for the '<em><b>Timeout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT__TIMEOUT = 2;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT__ANY = 3;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT__ANY_ATTRIBUTE = 4;

	/**
	 * The number of structural features of the '<em>Reconnect</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Reconnect</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECONNECT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceSourceLocalImpl <em>Interface Source Local</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceSourceLocalImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceSourceLocal()
	 * @generated
	 */
	int INTERFACE_SOURCE_LOCAL = 68;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE_LOCAL__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE_LOCAL__ADDRESS = 1;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE_LOCAL__PORT = 2;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE_LOCAL__ANY = 3;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE_LOCAL__ANY_ATTRIBUTE = 4;

	/**
	 * The number of structural features of the '<em>Interface Source Local</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE_LOCAL_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Interface Source Local</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_SOURCE_LOCAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.SourceVendorImpl <em>Source Vendor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.SourceVendorImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getSourceVendor()
	 * @generated
	 */
	int SOURCE_VENDOR = 69;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_VENDOR__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_VENDOR__ID = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_VENDOR__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_VENDOR__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Source Vendor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_VENDOR_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Source Vendor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_VENDOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.SourceProductImpl <em>Source Product</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.SourceProductImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getSourceProduct()
	 * @generated
	 */
	int SOURCE_PRODUCT = 70;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_PRODUCT__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_PRODUCT__ID = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_PRODUCT__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_PRODUCT__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Source Product</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_PRODUCT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Source Product</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_PRODUCT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.SourceAddressImpl <em>Source Address</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.SourceAddressImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getSourceAddress()
	 * @generated
	 */
	int SOURCE_ADDRESS = 71;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_ADDRESS__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Bus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_ADDRESS__BUS = 1;

	/**
	 * The feature id for the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_ADDRESS__DEVICE = 2;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_ADDRESS__TYPE = 3;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_ADDRESS__DOMAIN = 4;

	/**
	 * The feature id for the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_ADDRESS__SLOT = 5;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_ADDRESS__FUNCTION = 6;

	/**
	 * The feature id for the '<em><b>Multifunction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_ADDRESS__MULTIFUNCTION = 7;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_ADDRESS__TARGET = 8;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_ADDRESS__UNIT = 9;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_ADDRESS__UUID = 10;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_ADDRESS__ANY = 11;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_ADDRESS__ANY_ATTRIBUTE = 12;

	/**
	 * The number of structural features of the '<em>Source Address</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_ADDRESS_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Source Address</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_ADDRESS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceVirtualportParametersImpl <em>Interface Virtualport Parameters</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceVirtualportParametersImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceVirtualportParameters()
	 * @generated
	 */
	int INTERFACE_VIRTUALPORT_PARAMETERS = 72;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VIRTUALPORT_PARAMETERS__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Managerid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VIRTUALPORT_PARAMETERS__MANAGERID = 1;

	/**
	 * The feature id for the '<em><b>Typeid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VIRTUALPORT_PARAMETERS__TYPEID = 2;

	/**
	 * The feature id for the '<em><b>Typeidversion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VIRTUALPORT_PARAMETERS__TYPEIDVERSION = 3;

	/**
	 * The feature id for the '<em><b>Instanceid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VIRTUALPORT_PARAMETERS__INSTANCEID = 4;

	/**
	 * The feature id for the '<em><b>Profileid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VIRTUALPORT_PARAMETERS__PROFILEID = 5;

	/**
	 * The feature id for the '<em><b>Interfaceid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VIRTUALPORT_PARAMETERS__INTERFACEID = 6;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VIRTUALPORT_PARAMETERS__ANY = 7;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VIRTUALPORT_PARAMETERS__ANY_ATTRIBUTE = 8;

	/**
	 * The number of structural features of the '<em>Interface Virtualport Parameters</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VIRTUALPORT_PARAMETERS_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Interface Virtualport Parameters</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VIRTUALPORT_PARAMETERS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceCoalesceRxImpl <em>Interface Coalesce Rx</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceCoalesceRxImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceCoalesceRx()
	 * @generated
	 */
	int INTERFACE_COALESCE_RX = 73;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_COALESCE_RX__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Frames</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_COALESCE_RX__FRAMES = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_COALESCE_RX__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_COALESCE_RX__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Interface Coalesce Rx</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_COALESCE_RX_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Interface Coalesce Rx</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_COALESCE_RX_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfacePortForwardRangeImpl <em>Interface Port Forward Range</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfacePortForwardRangeImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfacePortForwardRange()
	 * @generated
	 */
	int INTERFACE_PORT_FORWARD_RANGE = 74;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_PORT_FORWARD_RANGE__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_PORT_FORWARD_RANGE__START = 1;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_PORT_FORWARD_RANGE__END = 2;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_PORT_FORWARD_RANGE__TO = 3;

	/**
	 * The feature id for the '<em><b>Exclude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_PORT_FORWARD_RANGE__EXCLUDE = 4;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_PORT_FORWARD_RANGE__ANY = 5;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_PORT_FORWARD_RANGE__ANY_ATTRIBUTE = 6;

	/**
	 * The number of structural features of the '<em>Interface Port Forward Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_PORT_FORWARD_RANGE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Interface Port Forward Range</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_PORT_FORWARD_RANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceDriverHostImpl <em>Interface Driver Host</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceDriverHostImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceDriverHost()
	 * @generated
	 */
	int INTERFACE_DRIVER_HOST = 75;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER_HOST__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Csum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER_HOST__CSUM = 1;

	/**
	 * The feature id for the '<em><b>Gso</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER_HOST__GSO = 2;

	/**
	 * The feature id for the '<em><b>Tso4</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER_HOST__TSO4 = 3;

	/**
	 * The feature id for the '<em><b>Tso6</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER_HOST__TSO6 = 4;

	/**
	 * The feature id for the '<em><b>Ecn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER_HOST__ECN = 5;

	/**
	 * The feature id for the '<em><b>Ufo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER_HOST__UFO = 6;

	/**
	 * The feature id for the '<em><b>Mrg Rxbuf</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER_HOST__MRG_RXBUF = 7;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER_HOST__ANY = 8;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER_HOST__ANY_ATTRIBUTE = 9;

	/**
	 * The number of structural features of the '<em>Interface Driver Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER_HOST_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Interface Driver Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER_HOST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceDriverGuestImpl <em>Interface Driver Guest</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceDriverGuestImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceDriverGuest()
	 * @generated
	 */
	int INTERFACE_DRIVER_GUEST = 76;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER_GUEST__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Csum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER_GUEST__CSUM = 1;

	/**
	 * The feature id for the '<em><b>Tso4</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER_GUEST__TSO4 = 2;

	/**
	 * The feature id for the '<em><b>Tso6</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER_GUEST__TSO6 = 3;

	/**
	 * The feature id for the '<em><b>Ecn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER_GUEST__ECN = 4;

	/**
	 * The feature id for the '<em><b>Ufo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER_GUEST__UFO = 5;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER_GUEST__ANY = 6;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER_GUEST__ANY_ATTRIBUTE = 7;

	/**
	 * The number of structural features of the '<em>Interface Driver Guest</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER_GUEST_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Interface Driver Guest</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_DRIVER_GUEST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.AddressZpciImpl <em>Address Zpci</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.AddressZpciImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAddressZpci()
	 * @generated
	 */
	int ADDRESS_ZPCI = 77;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_ZPCI__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_ZPCI__UID = 1;

	/**
	 * The feature id for the '<em><b>Fid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_ZPCI__FID = 2;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_ZPCI__ANY = 3;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_ZPCI__ANY_ATTRIBUTE = 4;

	/**
	 * The number of structural features of the '<em>Address Zpci</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_ZPCI_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Address Zpci</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_ZPCI_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceFilterrefParameterImpl <em>Interface Filterref Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceFilterrefParameterImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceFilterrefParameter()
	 * @generated
	 */
	int INTERFACE_FILTERREF_PARAMETER = 78;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_FILTERREF_PARAMETER__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_FILTERREF_PARAMETER__NAME = 1;

	/**
	 * The feature id for the '<em><b>Value Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_FILTERREF_PARAMETER__VALUE_ATTRIBUTE = 2;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_FILTERREF_PARAMETER__ANY = 3;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_FILTERREF_PARAMETER__ANY_ATTRIBUTE = 4;

	/**
	 * The number of structural features of the '<em>Interface Filterref Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_FILTERREF_PARAMETER_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Interface Filterref Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_FILTERREF_PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceBandwidthInboundImpl <em>Interface Bandwidth Inbound</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceBandwidthInboundImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceBandwidthInbound()
	 * @generated
	 */
	int INTERFACE_BANDWIDTH_INBOUND = 79;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH_INBOUND__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Average</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH_INBOUND__AVERAGE = 1;

	/**
	 * The feature id for the '<em><b>Peak</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH_INBOUND__PEAK = 2;

	/**
	 * The feature id for the '<em><b>Floor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH_INBOUND__FLOOR = 3;

	/**
	 * The feature id for the '<em><b>Burst</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH_INBOUND__BURST = 4;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH_INBOUND__ANY = 5;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH_INBOUND__ANY_ATTRIBUTE = 6;

	/**
	 * The number of structural features of the '<em>Interface Bandwidth Inbound</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH_INBOUND_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Interface Bandwidth Inbound</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH_INBOUND_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceBandwidthOutboundImpl <em>Interface Bandwidth Outbound</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceBandwidthOutboundImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceBandwidthOutbound()
	 * @generated
	 */
	int INTERFACE_BANDWIDTH_OUTBOUND = 80;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH_OUTBOUND__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Average</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH_OUTBOUND__AVERAGE = 1;

	/**
	 * The feature id for the '<em><b>Peak</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH_OUTBOUND__PEAK = 2;

	/**
	 * The feature id for the '<em><b>Floor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH_OUTBOUND__FLOOR = 3;

	/**
	 * The feature id for the '<em><b>Burst</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH_OUTBOUND__BURST = 4;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH_OUTBOUND__ANY = 5;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH_OUTBOUND__ANY_ATTRIBUTE = 6;

	/**
	 * The number of structural features of the '<em>Interface Bandwidth Outbound</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH_OUTBOUND_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Interface Bandwidth Outbound</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_BANDWIDTH_OUTBOUND_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceVlanTagImpl <em>Interface Vlan Tag</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceVlanTagImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceVlanTag()
	 * @generated
	 */
	int INTERFACE_VLAN_TAG = 81;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VLAN_TAG__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VLAN_TAG__ID = 1;

	/**
	 * The feature id for the '<em><b>Native Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VLAN_TAG__NATIVE_MODE = 2;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VLAN_TAG__ANY = 3;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VLAN_TAG__ANY_ATTRIBUTE = 4;

	/**
	 * The number of structural features of the '<em>Interface Vlan Tag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VLAN_TAG_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Interface Vlan Tag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_VLAN_TAG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.HostdevSourceAdapterImpl <em>Hostdev Source Adapter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.HostdevSourceAdapterImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevSourceAdapter()
	 * @generated
	 */
	int HOSTDEV_SOURCE_ADAPTER = 82;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Parentaddr</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER__PARENTADDR = 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER__TYPE = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER__NAME = 3;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER__PARENT = 4;

	/**
	 * The feature id for the '<em><b>Managed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER__MANAGED = 5;

	/**
	 * The feature id for the '<em><b>Parent Wwnn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER__PARENT_WWNN = 6;

	/**
	 * The feature id for the '<em><b>Parent Wwpn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER__PARENT_WWPN = 7;

	/**
	 * The feature id for the '<em><b>Parent Fabric Wwn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER__PARENT_FABRIC_WWN = 8;

	/**
	 * The feature id for the '<em><b>Wwnn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER__WWNN = 9;

	/**
	 * The feature id for the '<em><b>Wwpn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER__WWPN = 10;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER__ANY = 11;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER__ANY_ATTRIBUTE = 12;

	/**
	 * The number of structural features of the '<em>Hostdev Source Adapter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Hostdev Source Adapter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.HostdevSourceHostImpl <em>Hostdev Source Host</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.HostdevSourceHostImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevSourceHost()
	 * @generated
	 */
	int HOSTDEV_SOURCE_HOST = 83;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_HOST__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_HOST__NAME = 1;

	/**
	 * The feature id for the '<em><b>Port</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_HOST__PORT = 2;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_HOST__ANY = 3;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_HOST__ANY_ATTRIBUTE = 4;

	/**
	 * The number of structural features of the '<em>Hostdev Source Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_HOST_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Hostdev Source Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_HOST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceSlicesSliceImpl <em>Os Nvram Source Slices Slice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsNvramSourceSlicesSliceImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceSlicesSlice()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_SLICES_SLICE = 84;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SLICES_SLICE__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SLICES_SLICE__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Offset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SLICES_SLICE__OFFSET = 2;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SLICES_SLICE__SIZE = 3;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SLICES_SLICE__ANY = 4;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SLICES_SLICE__ANY_ATTRIBUTE = 5;

	/**
	 * The number of structural features of the '<em>Os Nvram Source Slices Slice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SLICES_SLICE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Os Nvram Source Slices Slice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_SLICES_SLICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceEncryptionSecretImpl <em>Os Nvram Source Encryption Secret</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsNvramSourceEncryptionSecretImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceEncryptionSecret()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_SECRET = 85;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_SECRET__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_SECRET__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_SECRET__UUID = 2;

	/**
	 * The feature id for the '<em><b>Usage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_SECRET__USAGE = 3;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_SECRET__ANY = 4;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_SECRET__ANY_ATTRIBUTE = 5;

	/**
	 * The number of structural features of the '<em>Os Nvram Source Encryption Secret</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_SECRET_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Os Nvram Source Encryption Secret</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_SECRET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceEncryptionCipherImpl <em>Os Nvram Source Encryption Cipher</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsNvramSourceEncryptionCipherImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceEncryptionCipher()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_CIPHER = 86;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_CIPHER__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_CIPHER__NAME = 1;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_CIPHER__SIZE = 2;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_CIPHER__MODE = 3;

	/**
	 * The feature id for the '<em><b>Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_CIPHER__HASH = 4;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_CIPHER__ANY = 5;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_CIPHER__ANY_ATTRIBUTE = 6;

	/**
	 * The number of structural features of the '<em>Os Nvram Source Encryption Cipher</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_CIPHER_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Os Nvram Source Encryption Cipher</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_CIPHER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceEncryptionIvgenImpl <em>Os Nvram Source Encryption Ivgen</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsNvramSourceEncryptionIvgenImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceEncryptionIvgen()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_IVGEN = 87;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_IVGEN__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_IVGEN__NAME = 1;

	/**
	 * The feature id for the '<em><b>Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_IVGEN__HASH = 2;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_IVGEN__ANY = 3;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_IVGEN__ANY_ATTRIBUTE = 4;

	/**
	 * The number of structural features of the '<em>Os Nvram Source Encryption Ivgen</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_IVGEN_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Os Nvram Source Encryption Ivgen</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_IVGEN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.DiskAuthSecretImpl <em>Disk Auth Secret</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.DiskAuthSecretImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDiskAuthSecret()
	 * @generated
	 */
	int DISK_AUTH_SECRET = 88;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_AUTH_SECRET__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_AUTH_SECRET__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Uuid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_AUTH_SECRET__UUID = 2;

	/**
	 * The feature id for the '<em><b>Usage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_AUTH_SECRET__USAGE = 3;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_AUTH_SECRET__ANY = 4;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_AUTH_SECRET__ANY_ATTRIBUTE = 5;

	/**
	 * The number of structural features of the '<em>Disk Auth Secret</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_AUTH_SECRET_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Disk Auth Secret</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_AUTH_SECRET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InitiatorinfoIqnImpl <em>Initiatorinfo Iqn</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InitiatorinfoIqnImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInitiatorinfoIqn()
	 * @generated
	 */
	int INITIATORINFO_IQN = 89;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATORINFO_IQN__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATORINFO_IQN__NAME = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATORINFO_IQN__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATORINFO_IQN__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Initiatorinfo Iqn</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATORINFO_IQN_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Initiatorinfo Iqn</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIATORINFO_IQN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceCookiesCookieImpl <em>Os Nvram Source Cookies Cookie</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.OsNvramSourceCookiesCookieImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceCookiesCookie()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_COOKIES_COOKIE = 90;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_COOKIES_COOKIE__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_COOKIES_COOKIE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_COOKIES_COOKIE__ANY_ATTRIBUTE = 2;

	/**
	 * The number of structural features of the '<em>Os Nvram Source Cookies Cookie</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_COOKIES_COOKIE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Os Nvram Source Cookies Cookie</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OS_NVRAM_SOURCE_COOKIES_COOKIE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.InterfaceCoalesceRxFramesImpl <em>Interface Coalesce Rx Frames</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.InterfaceCoalesceRxFramesImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceCoalesceRxFrames()
	 * @generated
	 */
	int INTERFACE_COALESCE_RX_FRAMES = 91;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_COALESCE_RX_FRAMES__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_COALESCE_RX_FRAMES__MAX = 1;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_COALESCE_RX_FRAMES__ANY = 2;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_COALESCE_RX_FRAMES__ANY_ATTRIBUTE = 3;

	/**
	 * The number of structural features of the '<em>Interface Coalesce Rx Frames</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_COALESCE_RX_FRAMES_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Interface Coalesce Rx Frames</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERFACE_COALESCE_RX_FRAMES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.HostdevSourceAdapterParentaddrImpl <em>Hostdev Source Adapter Parentaddr</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.HostdevSourceAdapterParentaddrImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevSourceAdapterParentaddr()
	 * @generated
	 */
	int HOSTDEV_SOURCE_ADAPTER_PARENTADDR = 92;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER_PARENTADDR__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ADDRESS = 1;

	/**
	 * The feature id for the '<em><b>Unique Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER_PARENTADDR__UNIQUE_ID = 2;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ANY = 3;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ANY_ATTRIBUTE = 4;

	/**
	 * The number of structural features of the '<em>Hostdev Source Adapter Parentaddr</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER_PARENTADDR_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Hostdev Source Adapter Parentaddr</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER_PARENTADDR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.HostdevSourceAdapterParentaddrAddressImpl <em>Hostdev Source Adapter Parentaddr Address</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.HostdevSourceAdapterParentaddrAddressImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevSourceAdapterParentaddrAddress()
	 * @generated
	 */
	int HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS = 93;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS__DOMAIN = 1;

	/**
	 * The feature id for the '<em><b>Bus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS__BUS = 2;

	/**
	 * The feature id for the '<em><b>Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS__SLOT = 3;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS__FUNCTION = 4;

	/**
	 * The feature id for the '<em><b>Multifunction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS__MULTIFUNCTION = 5;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS__ANY = 6;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS__ANY_ATTRIBUTE = 7;

	/**
	 * The number of structural features of the '<em>Hostdev Source Adapter Parentaddr Address</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Hostdev Source Adapter Parentaddr Address</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.impl.EmptyElementImpl <em>Empty Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.impl.EmptyElementImpl
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getEmptyElement()
	 * @generated
	 */
	int EMPTY_ELEMENT = 94;

	/**
	 * The feature id for the '<em><b>Mixed</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPTY_ELEMENT__MIXED = 0;

	/**
	 * The feature id for the '<em><b>Any</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPTY_ELEMENT__ANY = 1;

	/**
	 * The feature id for the '<em><b>Any Attribute</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPTY_ELEMENT__ANY_ATTRIBUTE = 2;

	/**
	 * The number of structural features of the '<em>Empty Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPTY_ELEMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Empty Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EMPTY_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.DomainType <em>Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.DomainType
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDomainType()
	 * @generated
	 */
	int DOMAIN_TYPE = 95;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.OsFirmware2 <em>Os Firmware2</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.OsFirmware2
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsFirmware2()
	 * @generated
	 */
	int OS_FIRMWARE2 = 96;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.VirOnOff <em>Vir On Off</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getVirOnOff()
	 * @generated
	 */
	int VIR_ON_OFF = 97;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.VcpuPlacement <em>Vcpu Placement</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.VcpuPlacement
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getVcpuPlacement()
	 * @generated
	 */
	int VCPU_PLACEMENT = 98;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.OsTypeValue <em>Os Type Value</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.OsTypeValue
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsTypeValue()
	 * @generated
	 */
	int OS_TYPE_VALUE = 99;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.OsTypeArch <em>Os Type Arch</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.OsTypeArch
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsTypeArch()
	 * @generated
	 */
	int OS_TYPE_ARCH = 100;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.VirYesNo <em>Vir Yes No</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getVirYesNo()
	 * @generated
	 */
	int VIR_YES_NO = 101;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.OsLoaderType <em>Os Loader Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.OsLoaderType
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsLoaderType()
	 * @generated
	 */
	int OS_LOADER_TYPE = 102;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.OsNvramType <em>Os Nvram Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.OsNvramType
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramType()
	 * @generated
	 */
	int OS_NVRAM_TYPE = 103;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.OsBootDev <em>Os Boot Dev</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.OsBootDev
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsBootDev()
	 * @generated
	 */
	int OS_BOOT_DEV = 104;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.OsSmbiosMode <em>Os Smbios Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.OsSmbiosMode
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsSmbiosMode()
	 * @generated
	 */
	int OS_SMBIOS_MODE = 105;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.InterfaceType <em>Interface Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.InterfaceType
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceType()
	 * @generated
	 */
	int INTERFACE_TYPE = 106;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.HostdevMode <em>Hostdev Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.HostdevMode
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevMode()
	 * @generated
	 */
	int HOSTDEV_MODE = 107;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.HostdevType <em>Hostdev Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.HostdevType
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevType()
	 * @generated
	 */
	int HOSTDEV_TYPE = 108;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.HostdevSgio <em>Hostdev Sgio</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.HostdevSgio
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevSgio()
	 * @generated
	 */
	int HOSTDEV_SGIO = 109;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.HostdevModel <em>Hostdev Model</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.HostdevModel
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevModel()
	 * @generated
	 */
	int HOSTDEV_MODEL = 110;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.OsFirmwareFeatureName <em>Os Firmware Feature Name</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.OsFirmwareFeatureName
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsFirmwareFeatureName()
	 * @generated
	 */
	int OS_FIRMWARE_FEATURE_NAME = 111;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.OsNvramSourceStartupPolicy <em>Os Nvram Source Startup Policy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.OsNvramSourceStartupPolicy
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceStartupPolicy()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_STARTUP_POLICY = 112;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.OsNvramSourceProtocol <em>Os Nvram Source Protocol</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.OsNvramSourceProtocol
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceProtocol()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_PROTOCOL = 113;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.OsNvramSourceMode <em>Os Nvram Source Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.OsNvramSourceMode
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceMode()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_MODE = 114;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.OsNvramSourceType <em>Os Nvram Source Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.OsNvramSourceType
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceType()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_TYPE = 115;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.OsAcpiTableType <em>Os Acpi Table Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.OsAcpiTableType
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsAcpiTableType()
	 * @generated
	 */
	int OS_ACPI_TABLE_TYPE = 116;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.MacTableManager <em>Mac Table Manager</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.MacTableManager
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getMacTableManager()
	 * @generated
	 */
	int MAC_TABLE_MANAGER = 117;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.InterfaceSourceType <em>Interface Source Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.InterfaceSourceType
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceSourceType()
	 * @generated
	 */
	int INTERFACE_SOURCE_TYPE = 118;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.InterfaceVirtualportType <em>Interface Virtualport Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.InterfaceVirtualportType
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceVirtualportType()
	 * @generated
	 */
	int INTERFACE_VIRTUALPORT_TYPE = 119;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.InterfaceLinkState <em>Interface Link State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.InterfaceLinkState
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceLinkState()
	 * @generated
	 */
	int INTERFACE_LINK_STATE = 120;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.InterfaceMacType <em>Interface Mac Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.InterfaceMacType
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceMacType()
	 * @generated
	 */
	int INTERFACE_MAC_TYPE = 121;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.InterfacePortForwardProto <em>Interface Port Forward Proto</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.InterfacePortForwardProto
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfacePortForwardProto()
	 * @generated
	 */
	int INTERFACE_PORT_FORWARD_PROTO = 122;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.InterfaceBackendType <em>Interface Backend Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.InterfaceBackendType
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceBackendType()
	 * @generated
	 */
	int INTERFACE_BACKEND_TYPE = 123;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.InterfaceDriverName <em>Interface Driver Name</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.InterfaceDriverName
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceDriverName()
	 * @generated
	 */
	int INTERFACE_DRIVER_NAME = 124;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.InterfaceDriverTxmode <em>Interface Driver Txmode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.InterfaceDriverTxmode
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceDriverTxmode()
	 * @generated
	 */
	int INTERFACE_DRIVER_TXMODE = 125;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.AddressType <em>Address Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.AddressType
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAddressType()
	 * @generated
	 */
	int ADDRESS_TYPE = 126;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.InterfaceVlanTrunk <em>Interface Vlan Trunk</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.InterfaceVlanTrunk
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceVlanTrunk()
	 * @generated
	 */
	int INTERFACE_VLAN_TRUNK = 127;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.TeamingType <em>Teaming Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.TeamingType
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getTeamingType()
	 * @generated
	 */
	int TEAMING_TYPE = 128;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.HostdevDriverName <em>Hostdev Driver Name</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.HostdevDriverName
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevDriverName()
	 * @generated
	 */
	int HOSTDEV_DRIVER_NAME = 129;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.HostdevSourceStartupPolicy <em>Hostdev Source Startup Policy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.HostdevSourceStartupPolicy
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevSourceStartupPolicy()
	 * @generated
	 */
	int HOSTDEV_SOURCE_STARTUP_POLICY = 130;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.HostdevSourceGuestReset <em>Hostdev Source Guest Reset</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.HostdevSourceGuestReset
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevSourceGuestReset()
	 * @generated
	 */
	int HOSTDEV_SOURCE_GUEST_RESET = 131;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.HostdevSourceProtocol <em>Hostdev Source Protocol</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.HostdevSourceProtocol
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevSourceProtocol()
	 * @generated
	 */
	int HOSTDEV_SOURCE_PROTOCOL = 132;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionFormat <em>Os Nvram Source Encryption Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionFormat
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceEncryptionFormat()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_FORMAT = 133;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionEngine <em>Os Nvram Source Encryption Engine</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionEngine
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceEncryptionEngine()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_ENGINE = 134;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.OsNvramSourceSeclabelRelabel <em>Os Nvram Source Seclabel Relabel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.OsNvramSourceSeclabelRelabel
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceSeclabelRelabel()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_SECLABEL_RELABEL = 135;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.OsNvramSourceSeclabelLabelskip <em>Os Nvram Source Seclabel Labelskip</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.OsNvramSourceSeclabelLabelskip
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceSeclabelLabelskip()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_SECLABEL_LABELSKIP = 136;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.OsNvramSourceHostTransport <em>Os Nvram Source Host Transport</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.OsNvramSourceHostTransport
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceHostTransport()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_HOST_TRANSPORT = 137;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.SourceAddressType <em>Source Address Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.SourceAddressType
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getSourceAddressType()
	 * @generated
	 */
	int SOURCE_ADDRESS_TYPE = 138;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.InterfaceVlanTagNativeMode <em>Interface Vlan Tag Native Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.InterfaceVlanTagNativeMode
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceVlanTagNativeMode()
	 * @generated
	 */
	int INTERFACE_VLAN_TAG_NATIVE_MODE = 139;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.HostdevSourceAdapterType <em>Hostdev Source Adapter Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapterType
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevSourceAdapterType()
	 * @generated
	 */
	int HOSTDEV_SOURCE_ADAPTER_TYPE = 140;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.OsNvramSourceSlicesSliceType <em>Os Nvram Source Slices Slice Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.OsNvramSourceSlicesSliceType
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceSlicesSliceType()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_SLICES_SLICE_TYPE = 141;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionSecretType <em>Os Nvram Source Encryption Secret Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionSecretType
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceEncryptionSecretType()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_ENCRYPTION_SECRET_TYPE = 142;

	/**
	 * The meta object id for the '{@link org.vdevstudio.model.domain.DiskAuthSecretType <em>Disk Auth Secret Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.vdevstudio.model.domain.DiskAuthSecretType
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDiskAuthSecretType()
	 * @generated
	 */
	int DISK_AUTH_SECRET_TYPE = 143;

	/**
	 * The meta object id for the '<em>Object Name With Slash</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getObjectNameWithSlash()
	 * @generated
	 */
	int OBJECT_NAME_WITH_SLASH = 144;

	/**
	 * The meta object id for the '<em>UUID</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getUUID()
	 * @generated
	 */
	int UUID = 145;

	/**
	 * The meta object id for the '<em>Unsigned Int</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.Long
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getUnsignedInt()
	 * @generated
	 */
	int UNSIGNED_INT = 146;

	/**
	 * The meta object id for the '<em>Abs File Path</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAbsFilePath()
	 * @generated
	 */
	int ABS_FILE_PATH = 147;

	/**
	 * The meta object id for the '<em>Generic Name</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getGenericName()
	 * @generated
	 */
	int GENERIC_NAME = 148;

	/**
	 * The meta object id for the '<em>Memory Value</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.math.BigInteger
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getMemoryValue()
	 * @generated
	 */
	int MEMORY_VALUE = 149;

	/**
	 * The meta object id for the '<em>Unit</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getUnit()
	 * @generated
	 */
	int UNIT = 150;

	/**
	 * The meta object id for the '<em>Current Memory Value</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.math.BigInteger
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getCurrentMemoryValue()
	 * @generated
	 */
	int CURRENT_MEMORY_VALUE = 151;

	/**
	 * The meta object id for the '<em>Vcpu Value</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.Integer
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getVcpuValue()
	 * @generated
	 */
	int VCPU_VALUE = 152;

	/**
	 * The meta object id for the '<em>Cpuset</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getCpuset()
	 * @generated
	 */
	int CPUSET = 153;

	/**
	 * The meta object id for the '<em>Count CPU</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.Integer
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getCountCPU()
	 * @generated
	 */
	int COUNT_CPU = 154;

	/**
	 * The meta object id for the '<em>Os Type Machine</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsTypeMachine()
	 * @generated
	 */
	int OS_TYPE_MACHINE = 155;

	/**
	 * The meta object id for the '<em>Os Loader Value</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsLoaderValue()
	 * @generated
	 */
	int OS_LOADER_VALUE = 156;

	/**
	 * The meta object id for the '<em>Unsigned Short</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.Long
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getUnsignedShort()
	 * @generated
	 */
	int UNSIGNED_SHORT = 157;

	/**
	 * The meta object id for the '<em>Reboot Timeout Delay</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.Integer
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getRebootTimeoutDelay()
	 * @generated
	 */
	int REBOOT_TIMEOUT_DELAY = 158;

	/**
	 * The meta object id for the '<em>Os Initenv Name</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsInitenvName()
	 * @generated
	 */
	int OS_INITENV_NAME = 159;

	/**
	 * The meta object id for the '<em>Os Nvram Source File</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceFile()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_FILE = 160;

	/**
	 * The meta object id for the '<em>Positive Integer</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.math.BigInteger
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getPositiveInteger()
	 * @generated
	 */
	int POSITIVE_INTEGER = 161;

	/**
	 * The meta object id for the '<em>Os Nvram Source Dev</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceDev()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_DEV = 162;

	/**
	 * The meta object id for the '<em>Object Name</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getObjectName()
	 * @generated
	 */
	int OBJECT_NAME = 163;

	/**
	 * The meta object id for the '<em>Vol Name</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getVolName()
	 * @generated
	 */
	int VOL_NAME = 164;

	/**
	 * The meta object id for the '<em>Uint32</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getUint32()
	 * @generated
	 */
	int UINT32 = 165;

	/**
	 * The meta object id for the '<em>Os Acpi Table Value</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsAcpiTableValue()
	 * @generated
	 */
	int OS_ACPI_TABLE_VALUE = 166;

	/**
	 * The meta object id for the '<em>Interface Source Bridge</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceSourceBridge()
	 * @generated
	 */
	int INTERFACE_SOURCE_BRIDGE = 167;

	/**
	 * The meta object id for the '<em>Device Name</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDeviceName()
	 * @generated
	 */
	int DEVICE_NAME = 168;

	/**
	 * The meta object id for the '<em>Interface Source Portid</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceSourcePortid()
	 * @generated
	 */
	int INTERFACE_SOURCE_PORTID = 169;

	/**
	 * The meta object id for the '<em>Interface Source Mode</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceSourceMode()
	 * @generated
	 */
	int INTERFACE_SOURCE_MODE = 170;

	/**
	 * The meta object id for the '<em>Ipv4 Addr</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getIpv4Addr()
	 * @generated
	 */
	int IPV4_ADDR = 171;

	/**
	 * The meta object id for the '<em>Port Number</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getPortNumber()
	 * @generated
	 */
	int PORT_NUMBER = 172;

	/**
	 * The meta object id for the '<em>Uni Mac Addr</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getUniMacAddr()
	 * @generated
	 */
	int UNI_MAC_ADDR = 173;

	/**
	 * The meta object id for the '<em>Ip Addr</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getIpAddr()
	 * @generated
	 */
	int IP_ADDR = 174;

	/**
	 * The meta object id for the '<em>Addr Family</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAddrFamily()
	 * @generated
	 */
	int ADDR_FAMILY = 175;

	/**
	 * The meta object id for the '<em>Ip Prefix</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getIpPrefix()
	 * @generated
	 */
	int IP_PREFIX = 176;

	/**
	 * The meta object id for the '<em>File Path</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getFilePath()
	 * @generated
	 */
	int FILE_PATH = 177;

	/**
	 * The meta object id for the '<em>Interface Model Type</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceModelType()
	 * @generated
	 */
	int INTERFACE_MODEL_TYPE = 178;

	/**
	 * The meta object id for the '<em>Alias Name</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAliasName()
	 * @generated
	 */
	int ALIAS_NAME = 179;

	/**
	 * The meta object id for the '<em>Pci Domain</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getPciDomain()
	 * @generated
	 */
	int PCI_DOMAIN = 180;

	/**
	 * The meta object id for the '<em>Address Bus</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAddressBus()
	 * @generated
	 */
	int ADDRESS_BUS = 181;

	/**
	 * The meta object id for the '<em>Address Slot</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAddressSlot()
	 * @generated
	 */
	int ADDRESS_SLOT = 182;

	/**
	 * The meta object id for the '<em>Pci Func</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getPciFunc()
	 * @generated
	 */
	int PCI_FUNC = 183;

	/**
	 * The meta object id for the '<em>Drive Controller</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDriveController()
	 * @generated
	 */
	int DRIVE_CONTROLLER = 184;

	/**
	 * The meta object id for the '<em>Drive Target</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDriveTarget()
	 * @generated
	 */
	int DRIVE_TARGET = 185;

	/**
	 * The meta object id for the '<em>Drive Unit</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDriveUnit()
	 * @generated
	 */
	int DRIVE_UNIT = 186;

	/**
	 * The meta object id for the '<em>Address Port</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAddressPort()
	 * @generated
	 */
	int ADDRESS_PORT = 187;

	/**
	 * The meta object id for the '<em>Spaprvio Reg</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getSpaprvioReg()
	 * @generated
	 */
	int SPAPRVIO_REG = 188;

	/**
	 * The meta object id for the '<em>Ccw Cssid Range</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getCcwCssidRange()
	 * @generated
	 */
	int CCW_CSSID_RANGE = 189;

	/**
	 * The meta object id for the '<em>Ccw Ssid Range</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getCcwSsidRange()
	 * @generated
	 */
	int CCW_SSID_RANGE = 190;

	/**
	 * The meta object id for the '<em>Ccw Devno Range</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getCcwDevnoRange()
	 * @generated
	 */
	int CCW_DEVNO_RANGE = 191;

	/**
	 * The meta object id for the '<em>Address Iobase</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAddressIobase()
	 * @generated
	 */
	int ADDRESS_IOBASE = 192;

	/**
	 * The meta object id for the '<em>Address Irq</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAddressIrq()
	 * @generated
	 */
	int ADDRESS_IRQ = 193;

	/**
	 * The meta object id for the '<em>Hexuint</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHexuint()
	 * @generated
	 */
	int HEXUINT = 194;

	/**
	 * The meta object id for the '<em>Device Boot Loadparm</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDeviceBootLoadparm()
	 * @generated
	 */
	int DEVICE_BOOT_LOADPARM = 195;

	/**
	 * The meta object id for the '<em>Hostdev Source Wwpn</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevSourceWwpn()
	 * @generated
	 */
	int HOSTDEV_SOURCE_WWPN = 196;

	/**
	 * The meta object id for the '<em>Os Nvram Source Host Name</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceHostName()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_HOST_NAME = 197;

	/**
	 * The meta object id for the '<em>Pci Bus</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getPciBus()
	 * @generated
	 */
	int PCI_BUS = 198;

	/**
	 * The meta object id for the '<em>Pci Slot</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getPciSlot()
	 * @generated
	 */
	int PCI_SLOT = 199;

	/**
	 * The meta object id for the '<em>Usb Id</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getUsbId()
	 * @generated
	 */
	int USB_ID = 200;

	/**
	 * The meta object id for the '<em>Source Address Bus</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getSourceAddressBus()
	 * @generated
	 */
	int SOURCE_ADDRESS_BUS = 201;

	/**
	 * The meta object id for the '<em>Usb Addr</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getUsbAddr()
	 * @generated
	 */
	int USB_ADDR = 202;

	/**
	 * The meta object id for the '<em>Drive SCSI Target</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDriveSCSITarget()
	 * @generated
	 */
	int DRIVE_SCSI_TARGET = 203;

	/**
	 * The meta object id for the '<em>Drive SCSI Unit</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDriveSCSIUnit()
	 * @generated
	 */
	int DRIVE_SCSI_UNIT = 204;

	/**
	 * The meta object id for the '<em>Uint8</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getUint8()
	 * @generated
	 */
	int UINT8 = 205;

	/**
	 * The meta object id for the '<em>Uint24</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getUint24()
	 * @generated
	 */
	int UINT24 = 206;

	/**
	 * The meta object id for the '<em>Uint16</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getUint16()
	 * @generated
	 */
	int UINT16 = 207;

	/**
	 * The meta object id for the '<em>Filter Param Name</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getFilterParamName()
	 * @generated
	 */
	int FILTER_PARAM_NAME = 208;

	/**
	 * The meta object id for the '<em>Filter Param Value</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getFilterParamValue()
	 * @generated
	 */
	int FILTER_PARAM_VALUE = 209;

	/**
	 * The meta object id for the '<em>Speed</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.Long
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getSpeed()
	 * @generated
	 */
	int SPEED = 210;

	/**
	 * The meta object id for the '<em>Burst Size</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.Long
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getBurstSize()
	 * @generated
	 */
	int BURST_SIZE = 211;

	/**
	 * The meta object id for the '<em>Interface Vlan Tag Id</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.Long
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceVlanTagId()
	 * @generated
	 */
	int INTERFACE_VLAN_TAG_ID = 212;

	/**
	 * The meta object id for the '<em>Wwn</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getWwn()
	 * @generated
	 */
	int WWN = 213;

	/**
	 * The meta object id for the '<em>Os Nvram Source Cookies Cookie Value</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceCookiesCookieValue()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_COOKIES_COOKIE_VALUE = 214;

	/**
	 * The meta object id for the '<em>Os Nvram Source Cookies Cookie Name</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.lang.String
	 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceCookiesCookieName()
	 * @generated
	 */
	int OS_NVRAM_SOURCE_COOKIES_COOKIE_NAME = 215;


	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.DocumentRoot <em>Document Root</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document Root</em>'.
	 * @see org.vdevstudio.model.domain.DocumentRoot
	 * @generated
	 */
	EClass getDocumentRoot();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.DocumentRoot#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.DocumentRoot#getMixed()
	 * @see #getDocumentRoot()
	 * @generated
	 */
	EAttribute getDocumentRoot_Mixed();

	/**
	 * Returns the meta object for the map '{@link org.vdevstudio.model.domain.DocumentRoot#getXMLNSPrefixMap <em>XMLNS Prefix Map</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>XMLNS Prefix Map</em>'.
	 * @see org.vdevstudio.model.domain.DocumentRoot#getXMLNSPrefixMap()
	 * @see #getDocumentRoot()
	 * @generated
	 */
	EReference getDocumentRoot_XMLNSPrefixMap();

	/**
	 * Returns the meta object for the map '{@link org.vdevstudio.model.domain.DocumentRoot#getXSISchemaLocation <em>XSI Schema Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the map '<em>XSI Schema Location</em>'.
	 * @see org.vdevstudio.model.domain.DocumentRoot#getXSISchemaLocation()
	 * @see #getDocumentRoot()
	 * @generated
	 */
	EReference getDocumentRoot_XSISchemaLocation();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.DocumentRoot#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Domain</em>'.
	 * @see org.vdevstudio.model.domain.DocumentRoot#getDomain()
	 * @see #getDocumentRoot()
	 * @generated
	 */
	EReference getDocumentRoot_Domain();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.Domain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Domain</em>'.
	 * @see org.vdevstudio.model.domain.Domain
	 * @generated
	 */
	EClass getDomain();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Domain#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.Domain#getMixed()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Domain#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vdevstudio.model.domain.Domain#getName()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Domain#getUuid <em>Uuid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uuid</em>'.
	 * @see org.vdevstudio.model.domain.Domain#getUuid()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Uuid();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Domain#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.vdevstudio.model.domain.Domain#getTitle()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Domain#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.vdevstudio.model.domain.Domain#getDescription()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Description();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Domain#getOs <em>Os</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Os</em>'.
	 * @see org.vdevstudio.model.domain.Domain#getOs()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_Os();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Domain#getMemory <em>Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Memory</em>'.
	 * @see org.vdevstudio.model.domain.Domain#getMemory()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_Memory();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Domain#getCurrentMemory <em>Current Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Current Memory</em>'.
	 * @see org.vdevstudio.model.domain.Domain#getCurrentMemory()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_CurrentMemory();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Domain#getVcpu <em>Vcpu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Vcpu</em>'.
	 * @see org.vdevstudio.model.domain.Domain#getVcpu()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_Vcpu();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Domain#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Devices</em>'.
	 * @see org.vdevstudio.model.domain.Domain#getDevices()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_Devices();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Domain#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.vdevstudio.model.domain.Domain#getType()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Domain#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.vdevstudio.model.domain.Domain#getId()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Id();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Domain#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.Domain#getAny()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Domain#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.Domain#getAnyAttribute()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.Os <em>Os</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os</em>'.
	 * @see org.vdevstudio.model.domain.Os
	 * @generated
	 */
	EClass getOs();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Os#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.Os#getMixed()
	 * @see #getOs()
	 * @generated
	 */
	EAttribute getOs_Mixed();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Os#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Type</em>'.
	 * @see org.vdevstudio.model.domain.Os#getType()
	 * @see #getOs()
	 * @generated
	 */
	EReference getOs_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Os#getKernel <em>Kernel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel</em>'.
	 * @see org.vdevstudio.model.domain.Os#getKernel()
	 * @see #getOs()
	 * @generated
	 */
	EAttribute getOs_Kernel();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Os#getInitrd <em>Initrd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initrd</em>'.
	 * @see org.vdevstudio.model.domain.Os#getInitrd()
	 * @see #getOs()
	 * @generated
	 */
	EAttribute getOs_Initrd();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Os#getRoot <em>Root</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Root</em>'.
	 * @see org.vdevstudio.model.domain.Os#getRoot()
	 * @see #getOs()
	 * @generated
	 */
	EAttribute getOs_Root();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Os#getCmdline <em>Cmdline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cmdline</em>'.
	 * @see org.vdevstudio.model.domain.Os#getCmdline()
	 * @see #getOs()
	 * @generated
	 */
	EAttribute getOs_Cmdline();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Os#getDtb <em>Dtb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dtb</em>'.
	 * @see org.vdevstudio.model.domain.Os#getDtb()
	 * @see #getOs()
	 * @generated
	 */
	EAttribute getOs_Dtb();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Os#getFirmware <em>Firmware</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Firmware</em>'.
	 * @see org.vdevstudio.model.domain.Os#getFirmware()
	 * @see #getOs()
	 * @generated
	 */
	EReference getOs_Firmware();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Os#getLoader <em>Loader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Loader</em>'.
	 * @see org.vdevstudio.model.domain.Os#getLoader()
	 * @see #getOs()
	 * @generated
	 */
	EReference getOs_Loader();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Os#getNvram <em>Nvram</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Nvram</em>'.
	 * @see org.vdevstudio.model.domain.Os#getNvram()
	 * @see #getOs()
	 * @generated
	 */
	EReference getOs_Nvram();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vdevstudio.model.domain.Os#getBoots <em>Boots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Boots</em>'.
	 * @see org.vdevstudio.model.domain.Os#getBoots()
	 * @see #getOs()
	 * @generated
	 */
	EReference getOs_Boots();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Os#getBootmenu <em>Bootmenu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Bootmenu</em>'.
	 * @see org.vdevstudio.model.domain.Os#getBootmenu()
	 * @see #getOs()
	 * @generated
	 */
	EReference getOs_Bootmenu();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Os#getSmbios <em>Smbios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Smbios</em>'.
	 * @see org.vdevstudio.model.domain.Os#getSmbios()
	 * @see #getOs()
	 * @generated
	 */
	EReference getOs_Smbios();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Os#getBios <em>Bios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Bios</em>'.
	 * @see org.vdevstudio.model.domain.Os#getBios()
	 * @see #getOs()
	 * @generated
	 */
	EReference getOs_Bios();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Os#getAcpi <em>Acpi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Acpi</em>'.
	 * @see org.vdevstudio.model.domain.Os#getAcpi()
	 * @see #getOs()
	 * @generated
	 */
	EReference getOs_Acpi();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Os#getInit <em>Init</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Init</em>'.
	 * @see org.vdevstudio.model.domain.Os#getInit()
	 * @see #getOs()
	 * @generated
	 */
	EAttribute getOs_Init();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Os#getInitargs <em>Initargs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Initargs</em>'.
	 * @see org.vdevstudio.model.domain.Os#getInitargs()
	 * @see #getOs()
	 * @generated
	 */
	EAttribute getOs_Initargs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vdevstudio.model.domain.Os#getInitenvs <em>Initenvs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Initenvs</em>'.
	 * @see org.vdevstudio.model.domain.Os#getInitenvs()
	 * @see #getOs()
	 * @generated
	 */
	EReference getOs_Initenvs();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Os#getInitdir <em>Initdir</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initdir</em>'.
	 * @see org.vdevstudio.model.domain.Os#getInitdir()
	 * @see #getOs()
	 * @generated
	 */
	EAttribute getOs_Initdir();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Os#getInituser <em>Inituser</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Inituser</em>'.
	 * @see org.vdevstudio.model.domain.Os#getInituser()
	 * @see #getOs()
	 * @generated
	 */
	EAttribute getOs_Inituser();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Os#getInitgroup <em>Initgroup</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initgroup</em>'.
	 * @see org.vdevstudio.model.domain.Os#getInitgroup()
	 * @see #getOs()
	 * @generated
	 */
	EAttribute getOs_Initgroup();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Os#getFirmwareAttribute <em>Firmware Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Firmware Attribute</em>'.
	 * @see org.vdevstudio.model.domain.Os#getFirmwareAttribute()
	 * @see #getOs()
	 * @generated
	 */
	EAttribute getOs_FirmwareAttribute();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Os#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.Os#getAny()
	 * @see #getOs()
	 * @generated
	 */
	EAttribute getOs_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Os#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.Os#getAnyAttribute()
	 * @see #getOs()
	 * @generated
	 */
	EAttribute getOs_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.Memory <em>Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Memory</em>'.
	 * @see org.vdevstudio.model.domain.Memory
	 * @generated
	 */
	EClass getMemory();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Memory#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.vdevstudio.model.domain.Memory#getValue()
	 * @see #getMemory()
	 * @generated
	 */
	EAttribute getMemory_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Memory#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.vdevstudio.model.domain.Memory#getUnit()
	 * @see #getMemory()
	 * @generated
	 */
	EAttribute getMemory_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Memory#getDumpCore <em>Dump Core</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dump Core</em>'.
	 * @see org.vdevstudio.model.domain.Memory#getDumpCore()
	 * @see #getMemory()
	 * @generated
	 */
	EAttribute getMemory_DumpCore();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Memory#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.Memory#getAnyAttribute()
	 * @see #getMemory()
	 * @generated
	 */
	EAttribute getMemory_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.CurrentMemory <em>Current Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Current Memory</em>'.
	 * @see org.vdevstudio.model.domain.CurrentMemory
	 * @generated
	 */
	EClass getCurrentMemory();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.CurrentMemory#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.vdevstudio.model.domain.CurrentMemory#getValue()
	 * @see #getCurrentMemory()
	 * @generated
	 */
	EAttribute getCurrentMemory_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.CurrentMemory#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.vdevstudio.model.domain.CurrentMemory#getUnit()
	 * @see #getCurrentMemory()
	 * @generated
	 */
	EAttribute getCurrentMemory_Unit();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.CurrentMemory#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.CurrentMemory#getAnyAttribute()
	 * @see #getCurrentMemory()
	 * @generated
	 */
	EAttribute getCurrentMemory_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.Vcpu <em>Vcpu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vcpu</em>'.
	 * @see org.vdevstudio.model.domain.Vcpu
	 * @generated
	 */
	EClass getVcpu();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Vcpu#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.vdevstudio.model.domain.Vcpu#getValue()
	 * @see #getVcpu()
	 * @generated
	 */
	EAttribute getVcpu_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Vcpu#getPlacement <em>Placement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Placement</em>'.
	 * @see org.vdevstudio.model.domain.Vcpu#getPlacement()
	 * @see #getVcpu()
	 * @generated
	 */
	EAttribute getVcpu_Placement();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Vcpu#getCpuset <em>Cpuset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpuset</em>'.
	 * @see org.vdevstudio.model.domain.Vcpu#getCpuset()
	 * @see #getVcpu()
	 * @generated
	 */
	EAttribute getVcpu_Cpuset();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Vcpu#getCurrent <em>Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current</em>'.
	 * @see org.vdevstudio.model.domain.Vcpu#getCurrent()
	 * @see #getVcpu()
	 * @generated
	 */
	EAttribute getVcpu_Current();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Vcpu#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.Vcpu#getAnyAttribute()
	 * @see #getVcpu()
	 * @generated
	 */
	EAttribute getVcpu_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.Devices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Devices</em>'.
	 * @see org.vdevstudio.model.domain.Devices
	 * @generated
	 */
	EClass getDevices();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Devices#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.Devices#getMixed()
	 * @see #getDevices()
	 * @generated
	 */
	EAttribute getDevices_Mixed();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vdevstudio.model.domain.Devices#getInterfaces <em>Interfaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interfaces</em>'.
	 * @see org.vdevstudio.model.domain.Devices#getInterfaces()
	 * @see #getDevices()
	 * @generated
	 */
	EReference getDevices_Interfaces();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vdevstudio.model.domain.Devices#getHostdevs <em>Hostdevs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hostdevs</em>'.
	 * @see org.vdevstudio.model.domain.Devices#getHostdevs()
	 * @see #getDevices()
	 * @generated
	 */
	EReference getDevices_Hostdevs();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Devices#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.Devices#getAny()
	 * @see #getDevices()
	 * @generated
	 */
	EAttribute getDevices_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Devices#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.Devices#getAnyAttribute()
	 * @see #getDevices()
	 * @generated
	 */
	EAttribute getDevices_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsType <em>Os Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Type</em>'.
	 * @see org.vdevstudio.model.domain.OsType
	 * @generated
	 */
	EClass getOsType();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsType#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.vdevstudio.model.domain.OsType#getValue()
	 * @see #getOsType()
	 * @generated
	 */
	EAttribute getOsType_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsType#getArch <em>Arch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Arch</em>'.
	 * @see org.vdevstudio.model.domain.OsType#getArch()
	 * @see #getOsType()
	 * @generated
	 */
	EAttribute getOsType_Arch();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsType#getMachine <em>Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Machine</em>'.
	 * @see org.vdevstudio.model.domain.OsType#getMachine()
	 * @see #getOsType()
	 * @generated
	 */
	EAttribute getOsType_Machine();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsType#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsType#getAnyAttribute()
	 * @see #getOsType()
	 * @generated
	 */
	EAttribute getOsType_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsFirmware <em>Os Firmware</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Firmware</em>'.
	 * @see org.vdevstudio.model.domain.OsFirmware
	 * @generated
	 */
	EClass getOsFirmware();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsFirmware#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsFirmware#getMixed()
	 * @see #getOsFirmware()
	 * @generated
	 */
	EAttribute getOsFirmware_Mixed();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vdevstudio.model.domain.OsFirmware#getFeatures <em>Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Features</em>'.
	 * @see org.vdevstudio.model.domain.OsFirmware#getFeatures()
	 * @see #getOsFirmware()
	 * @generated
	 */
	EReference getOsFirmware_Features();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsFirmware#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsFirmware#getAny()
	 * @see #getOsFirmware()
	 * @generated
	 */
	EAttribute getOsFirmware_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsFirmware#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsFirmware#getAnyAttribute()
	 * @see #getOsFirmware()
	 * @generated
	 */
	EAttribute getOsFirmware_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsLoader <em>Os Loader</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Loader</em>'.
	 * @see org.vdevstudio.model.domain.OsLoader
	 * @generated
	 */
	EClass getOsLoader();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsLoader#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.vdevstudio.model.domain.OsLoader#getValue()
	 * @see #getOsLoader()
	 * @generated
	 */
	EAttribute getOsLoader_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsLoader#getReadonly <em>Readonly</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Readonly</em>'.
	 * @see org.vdevstudio.model.domain.OsLoader#getReadonly()
	 * @see #getOsLoader()
	 * @generated
	 */
	EAttribute getOsLoader_Readonly();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsLoader#getSecure <em>Secure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Secure</em>'.
	 * @see org.vdevstudio.model.domain.OsLoader#getSecure()
	 * @see #getOsLoader()
	 * @generated
	 */
	EAttribute getOsLoader_Secure();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsLoader#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.vdevstudio.model.domain.OsLoader#getType()
	 * @see #getOsLoader()
	 * @generated
	 */
	EAttribute getOsLoader_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsLoader#getStateless <em>Stateless</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stateless</em>'.
	 * @see org.vdevstudio.model.domain.OsLoader#getStateless()
	 * @see #getOsLoader()
	 * @generated
	 */
	EAttribute getOsLoader_Stateless();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsLoader#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsLoader#getAnyAttribute()
	 * @see #getOsLoader()
	 * @generated
	 */
	EAttribute getOsLoader_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsNvram <em>Os Nvram</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Nvram</em>'.
	 * @see org.vdevstudio.model.domain.OsNvram
	 * @generated
	 */
	EClass getOsNvram();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvram#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsNvram#getMixed()
	 * @see #getOsNvram()
	 * @generated
	 */
	EAttribute getOsNvram_Mixed();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.OsNvram#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source</em>'.
	 * @see org.vdevstudio.model.domain.OsNvram#getSource()
	 * @see #getOsNvram()
	 * @generated
	 */
	EReference getOsNvram_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvram#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template</em>'.
	 * @see org.vdevstudio.model.domain.OsNvram#getTemplate()
	 * @see #getOsNvram()
	 * @generated
	 */
	EAttribute getOsNvram_Template();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvram#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.vdevstudio.model.domain.OsNvram#getType()
	 * @see #getOsNvram()
	 * @generated
	 */
	EAttribute getOsNvram_Type();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvram#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsNvram#getAny()
	 * @see #getOsNvram()
	 * @generated
	 */
	EAttribute getOsNvram_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvram#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsNvram#getAnyAttribute()
	 * @see #getOsNvram()
	 * @generated
	 */
	EAttribute getOsNvram_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsBoot <em>Os Boot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Boot</em>'.
	 * @see org.vdevstudio.model.domain.OsBoot
	 * @generated
	 */
	EClass getOsBoot();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsBoot#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsBoot#getMixed()
	 * @see #getOsBoot()
	 * @generated
	 */
	EAttribute getOsBoot_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsBoot#getDev <em>Dev</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dev</em>'.
	 * @see org.vdevstudio.model.domain.OsBoot#getDev()
	 * @see #getOsBoot()
	 * @generated
	 */
	EAttribute getOsBoot_Dev();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsBoot#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsBoot#getAny()
	 * @see #getOsBoot()
	 * @generated
	 */
	EAttribute getOsBoot_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsBoot#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsBoot#getAnyAttribute()
	 * @see #getOsBoot()
	 * @generated
	 */
	EAttribute getOsBoot_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsBootmenu <em>Os Bootmenu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Bootmenu</em>'.
	 * @see org.vdevstudio.model.domain.OsBootmenu
	 * @generated
	 */
	EClass getOsBootmenu();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsBootmenu#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsBootmenu#getMixed()
	 * @see #getOsBootmenu()
	 * @generated
	 */
	EAttribute getOsBootmenu_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsBootmenu#getEnable <em>Enable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enable</em>'.
	 * @see org.vdevstudio.model.domain.OsBootmenu#getEnable()
	 * @see #getOsBootmenu()
	 * @generated
	 */
	EAttribute getOsBootmenu_Enable();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsBootmenu#getTimeout <em>Timeout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timeout</em>'.
	 * @see org.vdevstudio.model.domain.OsBootmenu#getTimeout()
	 * @see #getOsBootmenu()
	 * @generated
	 */
	EAttribute getOsBootmenu_Timeout();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsBootmenu#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsBootmenu#getAny()
	 * @see #getOsBootmenu()
	 * @generated
	 */
	EAttribute getOsBootmenu_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsBootmenu#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsBootmenu#getAnyAttribute()
	 * @see #getOsBootmenu()
	 * @generated
	 */
	EAttribute getOsBootmenu_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsSmbios <em>Os Smbios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Smbios</em>'.
	 * @see org.vdevstudio.model.domain.OsSmbios
	 * @generated
	 */
	EClass getOsSmbios();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsSmbios#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsSmbios#getMixed()
	 * @see #getOsSmbios()
	 * @generated
	 */
	EAttribute getOsSmbios_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsSmbios#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.vdevstudio.model.domain.OsSmbios#getMode()
	 * @see #getOsSmbios()
	 * @generated
	 */
	EAttribute getOsSmbios_Mode();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsSmbios#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsSmbios#getAny()
	 * @see #getOsSmbios()
	 * @generated
	 */
	EAttribute getOsSmbios_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsSmbios#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsSmbios#getAnyAttribute()
	 * @see #getOsSmbios()
	 * @generated
	 */
	EAttribute getOsSmbios_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsBios <em>Os Bios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Bios</em>'.
	 * @see org.vdevstudio.model.domain.OsBios
	 * @generated
	 */
	EClass getOsBios();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsBios#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsBios#getMixed()
	 * @see #getOsBios()
	 * @generated
	 */
	EAttribute getOsBios_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsBios#getUseserial <em>Useserial</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Useserial</em>'.
	 * @see org.vdevstudio.model.domain.OsBios#getUseserial()
	 * @see #getOsBios()
	 * @generated
	 */
	EAttribute getOsBios_Useserial();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsBios#getRebootTimeout <em>Reboot Timeout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reboot Timeout</em>'.
	 * @see org.vdevstudio.model.domain.OsBios#getRebootTimeout()
	 * @see #getOsBios()
	 * @generated
	 */
	EAttribute getOsBios_RebootTimeout();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsBios#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsBios#getAny()
	 * @see #getOsBios()
	 * @generated
	 */
	EAttribute getOsBios_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsBios#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsBios#getAnyAttribute()
	 * @see #getOsBios()
	 * @generated
	 */
	EAttribute getOsBios_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsAcpi <em>Os Acpi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Acpi</em>'.
	 * @see org.vdevstudio.model.domain.OsAcpi
	 * @generated
	 */
	EClass getOsAcpi();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsAcpi#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsAcpi#getMixed()
	 * @see #getOsAcpi()
	 * @generated
	 */
	EAttribute getOsAcpi_Mixed();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vdevstudio.model.domain.OsAcpi#getTables <em>Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tables</em>'.
	 * @see org.vdevstudio.model.domain.OsAcpi#getTables()
	 * @see #getOsAcpi()
	 * @generated
	 */
	EReference getOsAcpi_Tables();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsAcpi#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsAcpi#getAny()
	 * @see #getOsAcpi()
	 * @generated
	 */
	EAttribute getOsAcpi_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsAcpi#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsAcpi#getAnyAttribute()
	 * @see #getOsAcpi()
	 * @generated
	 */
	EAttribute getOsAcpi_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsInitenv <em>Os Initenv</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Initenv</em>'.
	 * @see org.vdevstudio.model.domain.OsInitenv
	 * @generated
	 */
	EClass getOsInitenv();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsInitenv#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.vdevstudio.model.domain.OsInitenv#getValue()
	 * @see #getOsInitenv()
	 * @generated
	 */
	EAttribute getOsInitenv_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsInitenv#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vdevstudio.model.domain.OsInitenv#getName()
	 * @see #getOsInitenv()
	 * @generated
	 */
	EAttribute getOsInitenv_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsInitenv#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsInitenv#getAnyAttribute()
	 * @see #getOsInitenv()
	 * @generated
	 */
	EAttribute getOsInitenv_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.Interface <em>Interface</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface</em>'.
	 * @see org.vdevstudio.model.domain.Interface
	 * @generated
	 */
	EClass getInterface();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Interface#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getMixed()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_Mixed();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getSource()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Source();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getVirtualport <em>Virtualport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Virtualport</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getVirtualport()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Virtualport();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getLink <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Link</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getLink()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Link();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getMtu <em>Mtu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Mtu</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getMtu()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Mtu();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getCoalesce <em>Coalesce</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Coalesce</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getCoalesce()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Coalesce();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Target</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getTarget()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Target();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getGuest <em>Guest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Guest</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getGuest()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Guest();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getMac <em>Mac</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Mac</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getMac()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Mac();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vdevstudio.model.domain.Interface#getIps <em>Ips</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ips</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getIps()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Ips();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vdevstudio.model.domain.Interface#getRoutes <em>Routes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Routes</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getRoutes()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Routes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vdevstudio.model.domain.Interface#getPortForwards <em>Port Forwards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Port Forwards</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getPortForwards()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_PortForwards();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getScript <em>Script</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Script</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getScript()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Script();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getDownscript <em>Downscript</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Downscript</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getDownscript()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Downscript();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getBackenddomain <em>Backenddomain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Backenddomain</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getBackenddomain()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Backenddomain();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Model</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getModel()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Model();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getBackend <em>Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Backend</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getBackend()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Backend();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Driver</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getDriver()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Driver();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getAlias <em>Alias</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Alias</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getAlias()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Alias();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getAcpi <em>Acpi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Acpi</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getAcpi()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Acpi();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Address</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getAddress()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Address();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getFilterref <em>Filterref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Filterref</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getFilterref()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Filterref();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getTune <em>Tune</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Tune</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getTune()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Tune();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getBoot <em>Boot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Boot</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getBoot()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Boot();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getRom <em>Rom</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rom</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getRom()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Rom();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getBandwidth <em>Bandwidth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Bandwidth</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getBandwidth()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Bandwidth();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getVlan <em>Vlan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Vlan</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getVlan()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Vlan();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Port</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getPort()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Port();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Interface#getTeaming <em>Teaming</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Teaming</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getTeaming()
	 * @see #getInterface()
	 * @generated
	 */
	EReference getInterface_Teaming();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Interface#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getType()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Interface#getManaged <em>Managed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Managed</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getManaged()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_Managed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Interface#getTrustGuestRxFilters <em>Trust Guest Rx Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trust Guest Rx Filters</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getTrustGuestRxFilters()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_TrustGuestRxFilters();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Interface#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getAny()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Interface#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.Interface#getAnyAttribute()
	 * @see #getInterface()
	 * @generated
	 */
	EAttribute getInterface_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.Hostdev <em>Hostdev</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hostdev</em>'.
	 * @see org.vdevstudio.model.domain.Hostdev
	 * @generated
	 */
	EClass getHostdev();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Hostdev#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.Hostdev#getMixed()
	 * @see #getHostdev()
	 * @generated
	 */
	EAttribute getHostdev_Mixed();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Hostdev#getDriver <em>Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Driver</em>'.
	 * @see org.vdevstudio.model.domain.Hostdev#getDriver()
	 * @see #getHostdev()
	 * @generated
	 */
	EReference getHostdev_Driver();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Hostdev#getTeaming <em>Teaming</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Teaming</em>'.
	 * @see org.vdevstudio.model.domain.Hostdev#getTeaming()
	 * @see #getHostdev()
	 * @generated
	 */
	EReference getHostdev_Teaming();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Hostdev#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source</em>'.
	 * @see org.vdevstudio.model.domain.Hostdev#getSource()
	 * @see #getHostdev()
	 * @generated
	 */
	EReference getHostdev_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vdevstudio.model.domain.Hostdev#getIps <em>Ips</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ips</em>'.
	 * @see org.vdevstudio.model.domain.Hostdev#getIps()
	 * @see #getHostdev()
	 * @generated
	 */
	EReference getHostdev_Ips();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vdevstudio.model.domain.Hostdev#getRoutes <em>Routes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Routes</em>'.
	 * @see org.vdevstudio.model.domain.Hostdev#getRoutes()
	 * @see #getHostdev()
	 * @generated
	 */
	EReference getHostdev_Routes();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Hostdev#getAlias <em>Alias</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Alias</em>'.
	 * @see org.vdevstudio.model.domain.Hostdev#getAlias()
	 * @see #getHostdev()
	 * @generated
	 */
	EReference getHostdev_Alias();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Hostdev#getAcpi <em>Acpi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Acpi</em>'.
	 * @see org.vdevstudio.model.domain.Hostdev#getAcpi()
	 * @see #getHostdev()
	 * @generated
	 */
	EReference getHostdev_Acpi();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Hostdev#getBoot <em>Boot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Boot</em>'.
	 * @see org.vdevstudio.model.domain.Hostdev#getBoot()
	 * @see #getHostdev()
	 * @generated
	 */
	EReference getHostdev_Boot();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Hostdev#getRom <em>Rom</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rom</em>'.
	 * @see org.vdevstudio.model.domain.Hostdev#getRom()
	 * @see #getHostdev()
	 * @generated
	 */
	EReference getHostdev_Rom();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Hostdev#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Address</em>'.
	 * @see org.vdevstudio.model.domain.Hostdev#getAddress()
	 * @see #getHostdev()
	 * @generated
	 */
	EReference getHostdev_Address();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Hostdev#getReadonly <em>Readonly</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Readonly</em>'.
	 * @see org.vdevstudio.model.domain.Hostdev#getReadonly()
	 * @see #getHostdev()
	 * @generated
	 */
	EReference getHostdev_Readonly();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Hostdev#getShareable <em>Shareable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Shareable</em>'.
	 * @see org.vdevstudio.model.domain.Hostdev#getShareable()
	 * @see #getHostdev()
	 * @generated
	 */
	EReference getHostdev_Shareable();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Hostdev#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.vdevstudio.model.domain.Hostdev#getMode()
	 * @see #getHostdev()
	 * @generated
	 */
	EAttribute getHostdev_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Hostdev#getManaged <em>Managed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Managed</em>'.
	 * @see org.vdevstudio.model.domain.Hostdev#getManaged()
	 * @see #getHostdev()
	 * @generated
	 */
	EAttribute getHostdev_Managed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Hostdev#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.vdevstudio.model.domain.Hostdev#getType()
	 * @see #getHostdev()
	 * @generated
	 */
	EAttribute getHostdev_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Hostdev#getSgio <em>Sgio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sgio</em>'.
	 * @see org.vdevstudio.model.domain.Hostdev#getSgio()
	 * @see #getHostdev()
	 * @generated
	 */
	EAttribute getHostdev_Sgio();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Hostdev#getRawio <em>Rawio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rawio</em>'.
	 * @see org.vdevstudio.model.domain.Hostdev#getRawio()
	 * @see #getHostdev()
	 * @generated
	 */
	EAttribute getHostdev_Rawio();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Hostdev#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see org.vdevstudio.model.domain.Hostdev#getModel()
	 * @see #getHostdev()
	 * @generated
	 */
	EAttribute getHostdev_Model();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Hostdev#getRamfb <em>Ramfb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ramfb</em>'.
	 * @see org.vdevstudio.model.domain.Hostdev#getRamfb()
	 * @see #getHostdev()
	 * @generated
	 */
	EAttribute getHostdev_Ramfb();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Hostdev#getDisplay <em>Display</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Display</em>'.
	 * @see org.vdevstudio.model.domain.Hostdev#getDisplay()
	 * @see #getHostdev()
	 * @generated
	 */
	EAttribute getHostdev_Display();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Hostdev#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.Hostdev#getAny()
	 * @see #getHostdev()
	 * @generated
	 */
	EAttribute getHostdev_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Hostdev#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.Hostdev#getAnyAttribute()
	 * @see #getHostdev()
	 * @generated
	 */
	EAttribute getHostdev_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsFirmwareFeature <em>Os Firmware Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Firmware Feature</em>'.
	 * @see org.vdevstudio.model.domain.OsFirmwareFeature
	 * @generated
	 */
	EClass getOsFirmwareFeature();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsFirmwareFeature#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsFirmwareFeature#getMixed()
	 * @see #getOsFirmwareFeature()
	 * @generated
	 */
	EAttribute getOsFirmwareFeature_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsFirmwareFeature#getEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.vdevstudio.model.domain.OsFirmwareFeature#getEnabled()
	 * @see #getOsFirmwareFeature()
	 * @generated
	 */
	EAttribute getOsFirmwareFeature_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsFirmwareFeature#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vdevstudio.model.domain.OsFirmwareFeature#getName()
	 * @see #getOsFirmwareFeature()
	 * @generated
	 */
	EAttribute getOsFirmwareFeature_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsFirmwareFeature#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsFirmwareFeature#getAny()
	 * @see #getOsFirmwareFeature()
	 * @generated
	 */
	EAttribute getOsFirmwareFeature_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsFirmwareFeature#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsFirmwareFeature#getAnyAttribute()
	 * @see #getOsFirmwareFeature()
	 * @generated
	 */
	EAttribute getOsFirmwareFeature_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsNvramSource <em>Os Nvram Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Nvram Source</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource
	 * @generated
	 */
	EClass getOsNvramSource();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSource#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getMixed()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EAttribute getOsNvramSource_Mixed();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.OsNvramSource#getSlices <em>Slices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Slices</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getSlices()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EReference getOsNvramSource_Slices();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.OsNvramSource#getPrivateData <em>Private Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Private Data</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getPrivateData()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EReference getOsNvramSource_PrivateData();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.OsNvramSource#getEncryption <em>Encryption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Encryption</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getEncryption()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EReference getOsNvramSource_Encryption();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vdevstudio.model.domain.OsNvramSource#getSeclabels <em>Seclabels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Seclabels</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getSeclabels()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EReference getOsNvramSource_Seclabels();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.OsNvramSource#getReservations <em>Reservations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Reservations</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getReservations()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EReference getOsNvramSource_Reservations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vdevstudio.model.domain.OsNvramSource#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hosts</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getHosts()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EReference getOsNvramSource_Hosts();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.OsNvramSource#getSnapshot <em>Snapshot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Snapshot</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getSnapshot()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EReference getOsNvramSource_Snapshot();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.OsNvramSource#getConfig <em>Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Config</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getConfig()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EReference getOsNvramSource_Config();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.OsNvramSource#getAuth <em>Auth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Auth</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getAuth()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EReference getOsNvramSource_Auth();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.OsNvramSource#getInitiator <em>Initiator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Initiator</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getInitiator()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EReference getOsNvramSource_Initiator();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.OsNvramSource#getCookies <em>Cookies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cookies</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getCookies()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EReference getOsNvramSource_Cookies();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.OsNvramSource#getReadahead <em>Readahead</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Readahead</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getReadahead()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EReference getOsNvramSource_Readahead();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.OsNvramSource#getTimeout <em>Timeout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Timeout</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getTimeout()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EReference getOsNvramSource_Timeout();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.OsNvramSource#getSsl <em>Ssl</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Ssl</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getSsl()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EReference getOsNvramSource_Ssl();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.OsNvramSource#getIdentity <em>Identity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Identity</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getIdentity()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EReference getOsNvramSource_Identity();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.OsNvramSource#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Address</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getAddress()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EReference getOsNvramSource_Address();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.OsNvramSource#getReconnect <em>Reconnect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Reconnect</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getReconnect()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EReference getOsNvramSource_Reconnect();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSource#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getFile()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EAttribute getOsNvramSource_File();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSource#getFdgroup <em>Fdgroup</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fdgroup</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getFdgroup()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EAttribute getOsNvramSource_Fdgroup();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSource#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getIndex()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EAttribute getOsNvramSource_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSource#getStartupPolicy <em>Startup Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Startup Policy</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getStartupPolicy()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EAttribute getOsNvramSource_StartupPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSource#getDev <em>Dev</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dev</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getDev()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EAttribute getOsNvramSource_Dev();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSource#getDir <em>Dir</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dir</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getDir()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EAttribute getOsNvramSource_Dir();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSource#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getProtocol()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EAttribute getOsNvramSource_Protocol();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSource#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getName()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EAttribute getOsNvramSource_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSource#getTls <em>Tls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tls</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getTls()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EAttribute getOsNvramSource_Tls();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSource#getTlsHostname <em>Tls Hostname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tls Hostname</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getTlsHostname()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EAttribute getOsNvramSource_TlsHostname();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSource#getQuery <em>Query</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Query</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getQuery()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EAttribute getOsNvramSource_Query();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSource#getPool <em>Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pool</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getPool()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EAttribute getOsNvramSource_Pool();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSource#getVolume <em>Volume</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Volume</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getVolume()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EAttribute getOsNvramSource_Volume();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSource#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getMode()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EAttribute getOsNvramSource_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSource#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getType()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EAttribute getOsNvramSource_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSource#getNamespace <em>Namespace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Namespace</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getNamespace()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EAttribute getOsNvramSource_Namespace();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSource#getManaged <em>Managed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Managed</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getManaged()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EAttribute getOsNvramSource_Managed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSource#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getPath()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EAttribute getOsNvramSource_Path();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSource#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getAny()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EAttribute getOsNvramSource_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSource#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSource#getAnyAttribute()
	 * @see #getOsNvramSource()
	 * @generated
	 */
	EAttribute getOsNvramSource_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsAcpiTable <em>Os Acpi Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Acpi Table</em>'.
	 * @see org.vdevstudio.model.domain.OsAcpiTable
	 * @generated
	 */
	EClass getOsAcpiTable();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsAcpiTable#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.vdevstudio.model.domain.OsAcpiTable#getValue()
	 * @see #getOsAcpiTable()
	 * @generated
	 */
	EAttribute getOsAcpiTable_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsAcpiTable#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.vdevstudio.model.domain.OsAcpiTable#getType()
	 * @see #getOsAcpiTable()
	 * @generated
	 */
	EAttribute getOsAcpiTable_Type();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsAcpiTable#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsAcpiTable#getAnyAttribute()
	 * @see #getOsAcpiTable()
	 * @generated
	 */
	EAttribute getOsAcpiTable_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceSource <em>Interface Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Source</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource
	 * @generated
	 */
	EClass getInterfaceSource();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceSource#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getMixed()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EAttribute getInterfaceSource_Mixed();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vdevstudio.model.domain.InterfaceSource#getIps <em>Ips</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ips</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getIps()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EReference getInterfaceSource_Ips();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vdevstudio.model.domain.InterfaceSource#getRoutes <em>Routes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Routes</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getRoutes()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EReference getInterfaceSource_Routes();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.InterfaceSource#getReconnect <em>Reconnect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Reconnect</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getReconnect()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EReference getInterfaceSource_Reconnect();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.InterfaceSource#getLocal <em>Local</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Local</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getLocal()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EReference getInterfaceSource_Local();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.InterfaceSource#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Vendor</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getVendor()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EReference getInterfaceSource_Vendor();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.InterfaceSource#getProduct <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Product</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getProduct()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EReference getInterfaceSource_Product();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.InterfaceSource#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Address</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getAddress()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EReference getInterfaceSource_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceSource#getBridge <em>Bridge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bridge</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getBridge()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EAttribute getInterfaceSource_Bridge();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceSource#getMacTableManager <em>Mac Table Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mac Table Manager</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getMacTableManager()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EAttribute getInterfaceSource_MacTableManager();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceSource#getNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Network</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getNetwork()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EAttribute getInterfaceSource_Network();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceSource#getPortgroup <em>Portgroup</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Portgroup</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getPortgroup()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EAttribute getInterfaceSource_Portgroup();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceSource#getPortid <em>Portid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Portid</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getPortid()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EAttribute getInterfaceSource_Portid();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceSource#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getType()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EAttribute getInterfaceSource_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceSource#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getPath()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EAttribute getInterfaceSource_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceSource#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getMode()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EAttribute getInterfaceSource_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceSource#getDev <em>Dev</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dev</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getDev()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EAttribute getInterfaceSource_Dev();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceSource#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getName()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EAttribute getInterfaceSource_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceSource#getAddressAttribute <em>Address Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getAddressAttribute()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EAttribute getInterfaceSource_AddressAttribute();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceSource#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getPort()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EAttribute getInterfaceSource_Port();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceSource#getMissing <em>Missing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Missing</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getMissing()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EAttribute getInterfaceSource_Missing();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceSource#getSwitchid <em>Switchid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Switchid</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getSwitchid()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EAttribute getInterfaceSource_Switchid();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceSource#getPortgroupid <em>Portgroupid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Portgroupid</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getPortgroupid()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EAttribute getInterfaceSource_Portgroupid();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceSource#getConnectionid <em>Connectionid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Connectionid</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getConnectionid()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EAttribute getInterfaceSource_Connectionid();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceSource#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getAny()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EAttribute getInterfaceSource_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceSource#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSource#getAnyAttribute()
	 * @see #getInterfaceSource()
	 * @generated
	 */
	EAttribute getInterfaceSource_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceVirtualport <em>Interface Virtualport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Virtualport</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVirtualport
	 * @generated
	 */
	EClass getInterfaceVirtualport();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceVirtualport#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVirtualport#getMixed()
	 * @see #getInterfaceVirtualport()
	 * @generated
	 */
	EAttribute getInterfaceVirtualport_Mixed();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.InterfaceVirtualport#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Parameters</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVirtualport#getParameters()
	 * @see #getInterfaceVirtualport()
	 * @generated
	 */
	EReference getInterfaceVirtualport_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceVirtualport#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVirtualport#getType()
	 * @see #getInterfaceVirtualport()
	 * @generated
	 */
	EAttribute getInterfaceVirtualport_Type();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceVirtualport#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVirtualport#getAny()
	 * @see #getInterfaceVirtualport()
	 * @generated
	 */
	EAttribute getInterfaceVirtualport_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceVirtualport#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVirtualport#getAnyAttribute()
	 * @see #getInterfaceVirtualport()
	 * @generated
	 */
	EAttribute getInterfaceVirtualport_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceLink <em>Interface Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Link</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceLink
	 * @generated
	 */
	EClass getInterfaceLink();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceLink#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceLink#getMixed()
	 * @see #getInterfaceLink()
	 * @generated
	 */
	EAttribute getInterfaceLink_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceLink#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceLink#getState()
	 * @see #getInterfaceLink()
	 * @generated
	 */
	EAttribute getInterfaceLink_State();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceLink#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceLink#getAny()
	 * @see #getInterfaceLink()
	 * @generated
	 */
	EAttribute getInterfaceLink_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceLink#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceLink#getAnyAttribute()
	 * @see #getInterfaceLink()
	 * @generated
	 */
	EAttribute getInterfaceLink_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceMtu <em>Interface Mtu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Mtu</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceMtu
	 * @generated
	 */
	EClass getInterfaceMtu();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceMtu#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceMtu#getMixed()
	 * @see #getInterfaceMtu()
	 * @generated
	 */
	EAttribute getInterfaceMtu_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceMtu#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceMtu#getSize()
	 * @see #getInterfaceMtu()
	 * @generated
	 */
	EAttribute getInterfaceMtu_Size();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceMtu#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceMtu#getAny()
	 * @see #getInterfaceMtu()
	 * @generated
	 */
	EAttribute getInterfaceMtu_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceMtu#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceMtu#getAnyAttribute()
	 * @see #getInterfaceMtu()
	 * @generated
	 */
	EAttribute getInterfaceMtu_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceCoalesce <em>Interface Coalesce</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Coalesce</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceCoalesce
	 * @generated
	 */
	EClass getInterfaceCoalesce();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceCoalesce#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceCoalesce#getMixed()
	 * @see #getInterfaceCoalesce()
	 * @generated
	 */
	EAttribute getInterfaceCoalesce_Mixed();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.InterfaceCoalesce#getRx <em>Rx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Rx</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceCoalesce#getRx()
	 * @see #getInterfaceCoalesce()
	 * @generated
	 */
	EReference getInterfaceCoalesce_Rx();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceCoalesce#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceCoalesce#getAny()
	 * @see #getInterfaceCoalesce()
	 * @generated
	 */
	EAttribute getInterfaceCoalesce_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceCoalesce#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceCoalesce#getAnyAttribute()
	 * @see #getInterfaceCoalesce()
	 * @generated
	 */
	EAttribute getInterfaceCoalesce_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceTarget <em>Interface Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Target</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceTarget
	 * @generated
	 */
	EClass getInterfaceTarget();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceTarget#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceTarget#getMixed()
	 * @see #getInterfaceTarget()
	 * @generated
	 */
	EAttribute getInterfaceTarget_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceTarget#getDev <em>Dev</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dev</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceTarget#getDev()
	 * @see #getInterfaceTarget()
	 * @generated
	 */
	EAttribute getInterfaceTarget_Dev();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceTarget#getManaged <em>Managed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Managed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceTarget#getManaged()
	 * @see #getInterfaceTarget()
	 * @generated
	 */
	EAttribute getInterfaceTarget_Managed();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceTarget#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceTarget#getAny()
	 * @see #getInterfaceTarget()
	 * @generated
	 */
	EAttribute getInterfaceTarget_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceTarget#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceTarget#getAnyAttribute()
	 * @see #getInterfaceTarget()
	 * @generated
	 */
	EAttribute getInterfaceTarget_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceGuest <em>Interface Guest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Guest</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceGuest
	 * @generated
	 */
	EClass getInterfaceGuest();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceGuest#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceGuest#getMixed()
	 * @see #getInterfaceGuest()
	 * @generated
	 */
	EAttribute getInterfaceGuest_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceGuest#getDev <em>Dev</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dev</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceGuest#getDev()
	 * @see #getInterfaceGuest()
	 * @generated
	 */
	EAttribute getInterfaceGuest_Dev();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceGuest#getActual <em>Actual</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceGuest#getActual()
	 * @see #getInterfaceGuest()
	 * @generated
	 */
	EAttribute getInterfaceGuest_Actual();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceGuest#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceGuest#getAny()
	 * @see #getInterfaceGuest()
	 * @generated
	 */
	EAttribute getInterfaceGuest_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceGuest#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceGuest#getAnyAttribute()
	 * @see #getInterfaceGuest()
	 * @generated
	 */
	EAttribute getInterfaceGuest_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceMac <em>Interface Mac</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Mac</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceMac
	 * @generated
	 */
	EClass getInterfaceMac();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceMac#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceMac#getMixed()
	 * @see #getInterfaceMac()
	 * @generated
	 */
	EAttribute getInterfaceMac_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceMac#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceMac#getAddress()
	 * @see #getInterfaceMac()
	 * @generated
	 */
	EAttribute getInterfaceMac_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceMac#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceMac#getType()
	 * @see #getInterfaceMac()
	 * @generated
	 */
	EAttribute getInterfaceMac_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceMac#getCheck <em>Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Check</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceMac#getCheck()
	 * @see #getInterfaceMac()
	 * @generated
	 */
	EAttribute getInterfaceMac_Check();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceMac#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceMac#getAny()
	 * @see #getInterfaceMac()
	 * @generated
	 */
	EAttribute getInterfaceMac_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceMac#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceMac#getAnyAttribute()
	 * @see #getInterfaceMac()
	 * @generated
	 */
	EAttribute getInterfaceMac_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceIpInfo <em>Interface Ip Info</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Ip Info</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceIpInfo
	 * @generated
	 */
	EClass getInterfaceIpInfo();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceIpInfo#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceIpInfo#getMixed()
	 * @see #getInterfaceIpInfo()
	 * @generated
	 */
	EAttribute getInterfaceIpInfo_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceIpInfo#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceIpInfo#getAddress()
	 * @see #getInterfaceIpInfo()
	 * @generated
	 */
	EAttribute getInterfaceIpInfo_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceIpInfo#getFamily <em>Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceIpInfo#getFamily()
	 * @see #getInterfaceIpInfo()
	 * @generated
	 */
	EAttribute getInterfaceIpInfo_Family();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceIpInfo#getPrefix <em>Prefix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prefix</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceIpInfo#getPrefix()
	 * @see #getInterfaceIpInfo()
	 * @generated
	 */
	EAttribute getInterfaceIpInfo_Prefix();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceIpInfo#getPeer <em>Peer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Peer</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceIpInfo#getPeer()
	 * @see #getInterfaceIpInfo()
	 * @generated
	 */
	EAttribute getInterfaceIpInfo_Peer();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceIpInfo#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceIpInfo#getAny()
	 * @see #getInterfaceIpInfo()
	 * @generated
	 */
	EAttribute getInterfaceIpInfo_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceIpInfo#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceIpInfo#getAnyAttribute()
	 * @see #getInterfaceIpInfo()
	 * @generated
	 */
	EAttribute getInterfaceIpInfo_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.Route <em>Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Route</em>'.
	 * @see org.vdevstudio.model.domain.Route
	 * @generated
	 */
	EClass getRoute();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Route#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.Route#getMixed()
	 * @see #getRoute()
	 * @generated
	 */
	EAttribute getRoute_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Route#getFamily <em>Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family</em>'.
	 * @see org.vdevstudio.model.domain.Route#getFamily()
	 * @see #getRoute()
	 * @generated
	 */
	EAttribute getRoute_Family();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Route#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.vdevstudio.model.domain.Route#getAddress()
	 * @see #getRoute()
	 * @generated
	 */
	EAttribute getRoute_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Route#getNetmask <em>Netmask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Netmask</em>'.
	 * @see org.vdevstudio.model.domain.Route#getNetmask()
	 * @see #getRoute()
	 * @generated
	 */
	EAttribute getRoute_Netmask();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Route#getPrefix <em>Prefix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prefix</em>'.
	 * @see org.vdevstudio.model.domain.Route#getPrefix()
	 * @see #getRoute()
	 * @generated
	 */
	EAttribute getRoute_Prefix();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Route#getGateway <em>Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gateway</em>'.
	 * @see org.vdevstudio.model.domain.Route#getGateway()
	 * @see #getRoute()
	 * @generated
	 */
	EAttribute getRoute_Gateway();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Route#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see org.vdevstudio.model.domain.Route#getMetric()
	 * @see #getRoute()
	 * @generated
	 */
	EAttribute getRoute_Metric();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Route#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.Route#getAny()
	 * @see #getRoute()
	 * @generated
	 */
	EAttribute getRoute_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Route#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.Route#getAnyAttribute()
	 * @see #getRoute()
	 * @generated
	 */
	EAttribute getRoute_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfacePortForward <em>Interface Port Forward</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Port Forward</em>'.
	 * @see org.vdevstudio.model.domain.InterfacePortForward
	 * @generated
	 */
	EClass getInterfacePortForward();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfacePortForward#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfacePortForward#getMixed()
	 * @see #getInterfacePortForward()
	 * @generated
	 */
	EAttribute getInterfacePortForward_Mixed();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vdevstudio.model.domain.InterfacePortForward#getRanges <em>Ranges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ranges</em>'.
	 * @see org.vdevstudio.model.domain.InterfacePortForward#getRanges()
	 * @see #getInterfacePortForward()
	 * @generated
	 */
	EReference getInterfacePortForward_Ranges();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfacePortForward#getProto <em>Proto</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Proto</em>'.
	 * @see org.vdevstudio.model.domain.InterfacePortForward#getProto()
	 * @see #getInterfacePortForward()
	 * @generated
	 */
	EAttribute getInterfacePortForward_Proto();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfacePortForward#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.vdevstudio.model.domain.InterfacePortForward#getAddress()
	 * @see #getInterfacePortForward()
	 * @generated
	 */
	EAttribute getInterfacePortForward_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfacePortForward#getDev <em>Dev</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dev</em>'.
	 * @see org.vdevstudio.model.domain.InterfacePortForward#getDev()
	 * @see #getInterfacePortForward()
	 * @generated
	 */
	EAttribute getInterfacePortForward_Dev();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfacePortForward#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfacePortForward#getAny()
	 * @see #getInterfacePortForward()
	 * @generated
	 */
	EAttribute getInterfacePortForward_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfacePortForward#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfacePortForward#getAnyAttribute()
	 * @see #getInterfacePortForward()
	 * @generated
	 */
	EAttribute getInterfacePortForward_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceScript <em>Interface Script</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Script</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceScript
	 * @generated
	 */
	EClass getInterfaceScript();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceScript#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceScript#getMixed()
	 * @see #getInterfaceScript()
	 * @generated
	 */
	EAttribute getInterfaceScript_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceScript#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceScript#getPath()
	 * @see #getInterfaceScript()
	 * @generated
	 */
	EAttribute getInterfaceScript_Path();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceScript#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceScript#getAny()
	 * @see #getInterfaceScript()
	 * @generated
	 */
	EAttribute getInterfaceScript_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceScript#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceScript#getAnyAttribute()
	 * @see #getInterfaceScript()
	 * @generated
	 */
	EAttribute getInterfaceScript_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceDownscript <em>Interface Downscript</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Downscript</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDownscript
	 * @generated
	 */
	EClass getInterfaceDownscript();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceDownscript#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDownscript#getMixed()
	 * @see #getInterfaceDownscript()
	 * @generated
	 */
	EAttribute getInterfaceDownscript_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDownscript#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDownscript#getPath()
	 * @see #getInterfaceDownscript()
	 * @generated
	 */
	EAttribute getInterfaceDownscript_Path();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceDownscript#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDownscript#getAny()
	 * @see #getInterfaceDownscript()
	 * @generated
	 */
	EAttribute getInterfaceDownscript_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceDownscript#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDownscript#getAnyAttribute()
	 * @see #getInterfaceDownscript()
	 * @generated
	 */
	EAttribute getInterfaceDownscript_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceBackenddomain <em>Interface Backenddomain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Backenddomain</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBackenddomain
	 * @generated
	 */
	EClass getInterfaceBackenddomain();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceBackenddomain#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBackenddomain#getMixed()
	 * @see #getInterfaceBackenddomain()
	 * @generated
	 */
	EAttribute getInterfaceBackenddomain_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceBackenddomain#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBackenddomain#getName()
	 * @see #getInterfaceBackenddomain()
	 * @generated
	 */
	EAttribute getInterfaceBackenddomain_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceBackenddomain#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBackenddomain#getAny()
	 * @see #getInterfaceBackenddomain()
	 * @generated
	 */
	EAttribute getInterfaceBackenddomain_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceBackenddomain#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBackenddomain#getAnyAttribute()
	 * @see #getInterfaceBackenddomain()
	 * @generated
	 */
	EAttribute getInterfaceBackenddomain_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceModel <em>Interface Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Model</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceModel
	 * @generated
	 */
	EClass getInterfaceModel();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceModel#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceModel#getMixed()
	 * @see #getInterfaceModel()
	 * @generated
	 */
	EAttribute getInterfaceModel_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceModel#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceModel#getType()
	 * @see #getInterfaceModel()
	 * @generated
	 */
	EAttribute getInterfaceModel_Type();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceModel#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceModel#getAny()
	 * @see #getInterfaceModel()
	 * @generated
	 */
	EAttribute getInterfaceModel_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceModel#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceModel#getAnyAttribute()
	 * @see #getInterfaceModel()
	 * @generated
	 */
	EAttribute getInterfaceModel_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceBackend <em>Interface Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Backend</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBackend
	 * @generated
	 */
	EClass getInterfaceBackend();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceBackend#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBackend#getMixed()
	 * @see #getInterfaceBackend()
	 * @generated
	 */
	EAttribute getInterfaceBackend_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceBackend#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBackend#getType()
	 * @see #getInterfaceBackend()
	 * @generated
	 */
	EAttribute getInterfaceBackend_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceBackend#getTap <em>Tap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tap</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBackend#getTap()
	 * @see #getInterfaceBackend()
	 * @generated
	 */
	EAttribute getInterfaceBackend_Tap();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceBackend#getVhost <em>Vhost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vhost</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBackend#getVhost()
	 * @see #getInterfaceBackend()
	 * @generated
	 */
	EAttribute getInterfaceBackend_Vhost();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceBackend#getLogFile <em>Log File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Log File</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBackend#getLogFile()
	 * @see #getInterfaceBackend()
	 * @generated
	 */
	EAttribute getInterfaceBackend_LogFile();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceBackend#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBackend#getAny()
	 * @see #getInterfaceBackend()
	 * @generated
	 */
	EAttribute getInterfaceBackend_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceBackend#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBackend#getAnyAttribute()
	 * @see #getInterfaceBackend()
	 * @generated
	 */
	EAttribute getInterfaceBackend_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceDriver <em>Interface Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Driver</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriver
	 * @generated
	 */
	EClass getInterfaceDriver();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceDriver#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriver#getMixed()
	 * @see #getInterfaceDriver()
	 * @generated
	 */
	EAttribute getInterfaceDriver_Mixed();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.InterfaceDriver#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Host</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriver#getHost()
	 * @see #getInterfaceDriver()
	 * @generated
	 */
	EReference getInterfaceDriver_Host();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.InterfaceDriver#getGuest <em>Guest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Guest</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriver#getGuest()
	 * @see #getInterfaceDriver()
	 * @generated
	 */
	EReference getInterfaceDriver_Guest();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriver#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriver#getName()
	 * @see #getInterfaceDriver()
	 * @generated
	 */
	EAttribute getInterfaceDriver_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriver#getQueues <em>Queues</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Queues</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriver#getQueues()
	 * @see #getInterfaceDriver()
	 * @generated
	 */
	EAttribute getInterfaceDriver_Queues();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriver#getRxQueueSize <em>Rx Queue Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rx Queue Size</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriver#getRxQueueSize()
	 * @see #getInterfaceDriver()
	 * @generated
	 */
	EAttribute getInterfaceDriver_RxQueueSize();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriver#getTxQueueSize <em>Tx Queue Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tx Queue Size</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriver#getTxQueueSize()
	 * @see #getInterfaceDriver()
	 * @generated
	 */
	EAttribute getInterfaceDriver_TxQueueSize();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriver#getTxmode <em>Txmode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Txmode</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriver#getTxmode()
	 * @see #getInterfaceDriver()
	 * @generated
	 */
	EAttribute getInterfaceDriver_Txmode();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriver#getIoeventfd <em>Ioeventfd</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ioeventfd</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriver#getIoeventfd()
	 * @see #getInterfaceDriver()
	 * @generated
	 */
	EAttribute getInterfaceDriver_Ioeventfd();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriver#getEventIdx <em>Event Idx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event Idx</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriver#getEventIdx()
	 * @see #getInterfaceDriver()
	 * @generated
	 */
	EAttribute getInterfaceDriver_EventIdx();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriver#getIommu <em>Iommu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Iommu</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriver#getIommu()
	 * @see #getInterfaceDriver()
	 * @generated
	 */
	EAttribute getInterfaceDriver_Iommu();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriver#getAts <em>Ats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ats</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriver#getAts()
	 * @see #getInterfaceDriver()
	 * @generated
	 */
	EAttribute getInterfaceDriver_Ats();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriver#getPacked <em>Packed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Packed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriver#getPacked()
	 * @see #getInterfaceDriver()
	 * @generated
	 */
	EAttribute getInterfaceDriver_Packed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriver#getPagePerVq <em>Page Per Vq</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page Per Vq</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriver#getPagePerVq()
	 * @see #getInterfaceDriver()
	 * @generated
	 */
	EAttribute getInterfaceDriver_PagePerVq();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriver#getRss <em>Rss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rss</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriver#getRss()
	 * @see #getInterfaceDriver()
	 * @generated
	 */
	EAttribute getInterfaceDriver_Rss();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriver#getRssHashReport <em>Rss Hash Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rss Hash Report</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriver#getRssHashReport()
	 * @see #getInterfaceDriver()
	 * @generated
	 */
	EAttribute getInterfaceDriver_RssHashReport();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceDriver#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriver#getAny()
	 * @see #getInterfaceDriver()
	 * @generated
	 */
	EAttribute getInterfaceDriver_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceDriver#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriver#getAnyAttribute()
	 * @see #getInterfaceDriver()
	 * @generated
	 */
	EAttribute getInterfaceDriver_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.Alias <em>Alias</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Alias</em>'.
	 * @see org.vdevstudio.model.domain.Alias
	 * @generated
	 */
	EClass getAlias();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Alias#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.Alias#getMixed()
	 * @see #getAlias()
	 * @generated
	 */
	EAttribute getAlias_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Alias#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vdevstudio.model.domain.Alias#getName()
	 * @see #getAlias()
	 * @generated
	 */
	EAttribute getAlias_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Alias#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.Alias#getAny()
	 * @see #getAlias()
	 * @generated
	 */
	EAttribute getAlias_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Alias#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.Alias#getAnyAttribute()
	 * @see #getAlias()
	 * @generated
	 */
	EAttribute getAlias_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.Acpi <em>Acpi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Acpi</em>'.
	 * @see org.vdevstudio.model.domain.Acpi
	 * @generated
	 */
	EClass getAcpi();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Acpi#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.Acpi#getMixed()
	 * @see #getAcpi()
	 * @generated
	 */
	EAttribute getAcpi_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Acpi#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.vdevstudio.model.domain.Acpi#getIndex()
	 * @see #getAcpi()
	 * @generated
	 */
	EAttribute getAcpi_Index();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Acpi#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.Acpi#getAny()
	 * @see #getAcpi()
	 * @generated
	 */
	EAttribute getAcpi_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Acpi#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.Acpi#getAnyAttribute()
	 * @see #getAcpi()
	 * @generated
	 */
	EAttribute getAcpi_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.Address <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Address</em>'.
	 * @see org.vdevstudio.model.domain.Address
	 * @generated
	 */
	EClass getAddress();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Address#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.Address#getMixed()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Mixed();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Address#getZpci <em>Zpci</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Zpci</em>'.
	 * @see org.vdevstudio.model.domain.Address#getZpci()
	 * @see #getAddress()
	 * @generated
	 */
	EReference getAddress_Zpci();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Address#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.vdevstudio.model.domain.Address#getType()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Address#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see org.vdevstudio.model.domain.Address#getDomain()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Domain();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Address#getBus <em>Bus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bus</em>'.
	 * @see org.vdevstudio.model.domain.Address#getBus()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Bus();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Address#getSlot <em>Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot</em>'.
	 * @see org.vdevstudio.model.domain.Address#getSlot()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Slot();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Address#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see org.vdevstudio.model.domain.Address#getFunction()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Function();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Address#getMultifunction <em>Multifunction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Multifunction</em>'.
	 * @see org.vdevstudio.model.domain.Address#getMultifunction()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Multifunction();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Address#getController <em>Controller</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Controller</em>'.
	 * @see org.vdevstudio.model.domain.Address#getController()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Controller();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Address#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.vdevstudio.model.domain.Address#getTarget()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Address#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.vdevstudio.model.domain.Address#getUnit()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Address#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see org.vdevstudio.model.domain.Address#getPort()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Port();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Address#getReg <em>Reg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reg</em>'.
	 * @see org.vdevstudio.model.domain.Address#getReg()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Reg();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Address#getCssid <em>Cssid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cssid</em>'.
	 * @see org.vdevstudio.model.domain.Address#getCssid()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Cssid();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Address#getSsid <em>Ssid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ssid</em>'.
	 * @see org.vdevstudio.model.domain.Address#getSsid()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Ssid();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Address#getDevno <em>Devno</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Devno</em>'.
	 * @see org.vdevstudio.model.domain.Address#getDevno()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Devno();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Address#getIobase <em>Iobase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Iobase</em>'.
	 * @see org.vdevstudio.model.domain.Address#getIobase()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Iobase();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Address#getIrq <em>Irq</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Irq</em>'.
	 * @see org.vdevstudio.model.domain.Address#getIrq()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Irq();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Address#getBase <em>Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base</em>'.
	 * @see org.vdevstudio.model.domain.Address#getBase()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Base();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Address#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.Address#getAny()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Address#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.Address#getAnyAttribute()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceFilterref <em>Interface Filterref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Filterref</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceFilterref
	 * @generated
	 */
	EClass getInterfaceFilterref();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceFilterref#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceFilterref#getMixed()
	 * @see #getInterfaceFilterref()
	 * @generated
	 */
	EAttribute getInterfaceFilterref_Mixed();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vdevstudio.model.domain.InterfaceFilterref#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceFilterref#getParameters()
	 * @see #getInterfaceFilterref()
	 * @generated
	 */
	EReference getInterfaceFilterref_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceFilterref#getFilter <em>Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Filter</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceFilterref#getFilter()
	 * @see #getInterfaceFilterref()
	 * @generated
	 */
	EAttribute getInterfaceFilterref_Filter();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceFilterref#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceFilterref#getAny()
	 * @see #getInterfaceFilterref()
	 * @generated
	 */
	EAttribute getInterfaceFilterref_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceFilterref#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceFilterref#getAnyAttribute()
	 * @see #getInterfaceFilterref()
	 * @generated
	 */
	EAttribute getInterfaceFilterref_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceTune <em>Interface Tune</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Tune</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceTune
	 * @generated
	 */
	EClass getInterfaceTune();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceTune#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceTune#getMixed()
	 * @see #getInterfaceTune()
	 * @generated
	 */
	EAttribute getInterfaceTune_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceTune#getSndbuf <em>Sndbuf</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sndbuf</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceTune#getSndbuf()
	 * @see #getInterfaceTune()
	 * @generated
	 */
	EAttribute getInterfaceTune_Sndbuf();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceTune#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceTune#getAny()
	 * @see #getInterfaceTune()
	 * @generated
	 */
	EAttribute getInterfaceTune_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceTune#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceTune#getAnyAttribute()
	 * @see #getInterfaceTune()
	 * @generated
	 */
	EAttribute getInterfaceTune_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.DeviceBoot <em>Device Boot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device Boot</em>'.
	 * @see org.vdevstudio.model.domain.DeviceBoot
	 * @generated
	 */
	EClass getDeviceBoot();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.DeviceBoot#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.DeviceBoot#getMixed()
	 * @see #getDeviceBoot()
	 * @generated
	 */
	EAttribute getDeviceBoot_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.DeviceBoot#getOrder <em>Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order</em>'.
	 * @see org.vdevstudio.model.domain.DeviceBoot#getOrder()
	 * @see #getDeviceBoot()
	 * @generated
	 */
	EAttribute getDeviceBoot_Order();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.DeviceBoot#getLoadparm <em>Loadparm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Loadparm</em>'.
	 * @see org.vdevstudio.model.domain.DeviceBoot#getLoadparm()
	 * @see #getDeviceBoot()
	 * @generated
	 */
	EAttribute getDeviceBoot_Loadparm();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.DeviceBoot#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.DeviceBoot#getAny()
	 * @see #getDeviceBoot()
	 * @generated
	 */
	EAttribute getDeviceBoot_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.DeviceBoot#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.DeviceBoot#getAnyAttribute()
	 * @see #getDeviceBoot()
	 * @generated
	 */
	EAttribute getDeviceBoot_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.Rom <em>Rom</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rom</em>'.
	 * @see org.vdevstudio.model.domain.Rom
	 * @generated
	 */
	EClass getRom();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Rom#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.Rom#getMixed()
	 * @see #getRom()
	 * @generated
	 */
	EAttribute getRom_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Rom#getEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.vdevstudio.model.domain.Rom#getEnabled()
	 * @see #getRom()
	 * @generated
	 */
	EAttribute getRom_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Rom#getBar <em>Bar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bar</em>'.
	 * @see org.vdevstudio.model.domain.Rom#getBar()
	 * @see #getRom()
	 * @generated
	 */
	EAttribute getRom_Bar();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Rom#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.vdevstudio.model.domain.Rom#getFile()
	 * @see #getRom()
	 * @generated
	 */
	EAttribute getRom_File();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Rom#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.Rom#getAny()
	 * @see #getRom()
	 * @generated
	 */
	EAttribute getRom_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Rom#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.Rom#getAnyAttribute()
	 * @see #getRom()
	 * @generated
	 */
	EAttribute getRom_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceBandwidth <em>Interface Bandwidth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Bandwidth</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidth
	 * @generated
	 */
	EClass getInterfaceBandwidth();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceBandwidth#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidth#getMixed()
	 * @see #getInterfaceBandwidth()
	 * @generated
	 */
	EAttribute getInterfaceBandwidth_Mixed();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.InterfaceBandwidth#getInbound <em>Inbound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Inbound</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidth#getInbound()
	 * @see #getInterfaceBandwidth()
	 * @generated
	 */
	EReference getInterfaceBandwidth_Inbound();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.InterfaceBandwidth#getOutbound <em>Outbound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Outbound</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidth#getOutbound()
	 * @see #getInterfaceBandwidth()
	 * @generated
	 */
	EReference getInterfaceBandwidth_Outbound();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceBandwidth#getClassID <em>Class ID</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Class ID</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidth#getClassID()
	 * @see #getInterfaceBandwidth()
	 * @generated
	 */
	EAttribute getInterfaceBandwidth_ClassID();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceBandwidth#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidth#getAny()
	 * @see #getInterfaceBandwidth()
	 * @generated
	 */
	EAttribute getInterfaceBandwidth_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceBandwidth#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidth#getAnyAttribute()
	 * @see #getInterfaceBandwidth()
	 * @generated
	 */
	EAttribute getInterfaceBandwidth_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceVlan <em>Interface Vlan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Vlan</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVlan
	 * @generated
	 */
	EClass getInterfaceVlan();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceVlan#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVlan#getMixed()
	 * @see #getInterfaceVlan()
	 * @generated
	 */
	EAttribute getInterfaceVlan_Mixed();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vdevstudio.model.domain.InterfaceVlan#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tags</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVlan#getTags()
	 * @see #getInterfaceVlan()
	 * @generated
	 */
	EReference getInterfaceVlan_Tags();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceVlan#getTrunk <em>Trunk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trunk</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVlan#getTrunk()
	 * @see #getInterfaceVlan()
	 * @generated
	 */
	EAttribute getInterfaceVlan_Trunk();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceVlan#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVlan#getAny()
	 * @see #getInterfaceVlan()
	 * @generated
	 */
	EAttribute getInterfaceVlan_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceVlan#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVlan#getAnyAttribute()
	 * @see #getInterfaceVlan()
	 * @generated
	 */
	EAttribute getInterfaceVlan_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfacePort <em>Interface Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Port</em>'.
	 * @see org.vdevstudio.model.domain.InterfacePort
	 * @generated
	 */
	EClass getInterfacePort();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfacePort#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfacePort#getMixed()
	 * @see #getInterfacePort()
	 * @generated
	 */
	EAttribute getInterfacePort_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfacePort#getIsolated <em>Isolated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Isolated</em>'.
	 * @see org.vdevstudio.model.domain.InterfacePort#getIsolated()
	 * @see #getInterfacePort()
	 * @generated
	 */
	EAttribute getInterfacePort_Isolated();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfacePort#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfacePort#getAny()
	 * @see #getInterfacePort()
	 * @generated
	 */
	EAttribute getInterfacePort_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfacePort#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfacePort#getAnyAttribute()
	 * @see #getInterfacePort()
	 * @generated
	 */
	EAttribute getInterfacePort_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.Teaming <em>Teaming</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Teaming</em>'.
	 * @see org.vdevstudio.model.domain.Teaming
	 * @generated
	 */
	EClass getTeaming();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Teaming#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.Teaming#getMixed()
	 * @see #getTeaming()
	 * @generated
	 */
	EAttribute getTeaming_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Teaming#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.vdevstudio.model.domain.Teaming#getType()
	 * @see #getTeaming()
	 * @generated
	 */
	EAttribute getTeaming_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Teaming#getPersistent <em>Persistent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Persistent</em>'.
	 * @see org.vdevstudio.model.domain.Teaming#getPersistent()
	 * @see #getTeaming()
	 * @generated
	 */
	EAttribute getTeaming_Persistent();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Teaming#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.Teaming#getAny()
	 * @see #getTeaming()
	 * @generated
	 */
	EAttribute getTeaming_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Teaming#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.Teaming#getAnyAttribute()
	 * @see #getTeaming()
	 * @generated
	 */
	EAttribute getTeaming_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.HostdevDriver <em>Hostdev Driver</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hostdev Driver</em>'.
	 * @see org.vdevstudio.model.domain.HostdevDriver
	 * @generated
	 */
	EClass getHostdevDriver();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.HostdevDriver#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.HostdevDriver#getMixed()
	 * @see #getHostdevDriver()
	 * @generated
	 */
	EAttribute getHostdevDriver_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevDriver#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vdevstudio.model.domain.HostdevDriver#getName()
	 * @see #getHostdevDriver()
	 * @generated
	 */
	EAttribute getHostdevDriver_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.HostdevDriver#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.HostdevDriver#getAny()
	 * @see #getHostdevDriver()
	 * @generated
	 */
	EAttribute getHostdevDriver_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.HostdevDriver#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.HostdevDriver#getAnyAttribute()
	 * @see #getHostdevDriver()
	 * @generated
	 */
	EAttribute getHostdevDriver_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.HostdevSource <em>Hostdev Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hostdev Source</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSource
	 * @generated
	 */
	EClass getHostdevSource();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.HostdevSource#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSource#getMixed()
	 * @see #getHostdevSource()
	 * @generated
	 */
	EAttribute getHostdevSource_Mixed();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.HostdevSource#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Address</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSource#getAddress()
	 * @see #getHostdevSource()
	 * @generated
	 */
	EReference getHostdevSource_Address();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.HostdevSource#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Vendor</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSource#getVendor()
	 * @see #getHostdevSource()
	 * @generated
	 */
	EReference getHostdevSource_Vendor();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.HostdevSource#getProduct <em>Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Product</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSource#getProduct()
	 * @see #getHostdevSource()
	 * @generated
	 */
	EReference getHostdevSource_Product();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.HostdevSource#getAdapter <em>Adapter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Adapter</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSource#getAdapter()
	 * @see #getHostdevSource()
	 * @generated
	 */
	EReference getHostdevSource_Adapter();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vdevstudio.model.domain.HostdevSource#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hosts</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSource#getHosts()
	 * @see #getHostdevSource()
	 * @generated
	 */
	EReference getHostdevSource_Hosts();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.HostdevSource#getAuth <em>Auth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Auth</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSource#getAuth()
	 * @see #getHostdevSource()
	 * @generated
	 */
	EReference getHostdevSource_Auth();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.HostdevSource#getInitiator <em>Initiator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Initiator</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSource#getInitiator()
	 * @see #getHostdevSource()
	 * @generated
	 */
	EReference getHostdevSource_Initiator();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSource#getBlock <em>Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Block</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSource#getBlock()
	 * @see #getHostdevSource()
	 * @generated
	 */
	EAttribute getHostdevSource_Block();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSource#getChar_ <em>Char </em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Char </em>'.
	 * @see org.vdevstudio.model.domain.HostdevSource#getChar_()
	 * @see #getHostdevSource()
	 * @generated
	 */
	EAttribute getHostdevSource_Char_();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSource#getInterface_ <em>Interface </em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interface </em>'.
	 * @see org.vdevstudio.model.domain.HostdevSource#getInterface_()
	 * @see #getHostdevSource()
	 * @generated
	 */
	EAttribute getHostdevSource_Interface_();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSource#getStartupPolicy <em>Startup Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Startup Policy</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSource#getStartupPolicy()
	 * @see #getHostdevSource()
	 * @generated
	 */
	EAttribute getHostdevSource_StartupPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSource#getWriteFiltering <em>Write Filtering</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Write Filtering</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSource#getWriteFiltering()
	 * @see #getHostdevSource()
	 * @generated
	 */
	EAttribute getHostdevSource_WriteFiltering();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSource#getGuestReset <em>Guest Reset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guest Reset</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSource#getGuestReset()
	 * @see #getHostdevSource()
	 * @generated
	 */
	EAttribute getHostdevSource_GuestReset();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSource#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSource#getProtocol()
	 * @see #getHostdevSource()
	 * @generated
	 */
	EAttribute getHostdevSource_Protocol();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSource#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSource#getName()
	 * @see #getHostdevSource()
	 * @generated
	 */
	EAttribute getHostdevSource_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSource#getWwpn <em>Wwpn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wwpn</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSource#getWwpn()
	 * @see #getHostdevSource()
	 * @generated
	 */
	EAttribute getHostdevSource_Wwpn();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.HostdevSource#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSource#getAny()
	 * @see #getHostdevSource()
	 * @generated
	 */
	EAttribute getHostdevSource_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.HostdevSource#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSource#getAnyAttribute()
	 * @see #getHostdevSource()
	 * @generated
	 */
	EAttribute getHostdevSource_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsNvramSourceSlices <em>Os Nvram Source Slices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Nvram Source Slices</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSlices
	 * @generated
	 */
	EClass getOsNvramSourceSlices();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceSlices#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSlices#getMixed()
	 * @see #getOsNvramSourceSlices()
	 * @generated
	 */
	EAttribute getOsNvramSourceSlices_Mixed();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.OsNvramSourceSlices#getSlice <em>Slice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Slice</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSlices#getSlice()
	 * @see #getOsNvramSourceSlices()
	 * @generated
	 */
	EReference getOsNvramSourceSlices_Slice();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceSlices#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSlices#getAny()
	 * @see #getOsNvramSourceSlices()
	 * @generated
	 */
	EAttribute getOsNvramSourceSlices_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceSlices#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSlices#getAnyAttribute()
	 * @see #getOsNvramSourceSlices()
	 * @generated
	 */
	EAttribute getOsNvramSourceSlices_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsNvramSourceEncryption <em>Os Nvram Source Encryption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Nvram Source Encryption</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryption
	 * @generated
	 */
	EClass getOsNvramSourceEncryption();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryption#getMixed()
	 * @see #getOsNvramSourceEncryption()
	 * @generated
	 */
	EAttribute getOsNvramSourceEncryption_Mixed();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getSecret <em>Secret</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Secret</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryption#getSecret()
	 * @see #getOsNvramSourceEncryption()
	 * @generated
	 */
	EReference getOsNvramSourceEncryption_Secret();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getCipher <em>Cipher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cipher</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryption#getCipher()
	 * @see #getOsNvramSourceEncryption()
	 * @generated
	 */
	EReference getOsNvramSourceEncryption_Cipher();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getIvgen <em>Ivgen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Ivgen</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryption#getIvgen()
	 * @see #getOsNvramSourceEncryption()
	 * @generated
	 */
	EReference getOsNvramSourceEncryption_Ivgen();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryption#getFormat()
	 * @see #getOsNvramSourceEncryption()
	 * @generated
	 */
	EAttribute getOsNvramSourceEncryption_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getEngine <em>Engine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Engine</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryption#getEngine()
	 * @see #getOsNvramSourceEncryption()
	 * @generated
	 */
	EAttribute getOsNvramSourceEncryption_Engine();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryption#getAny()
	 * @see #getOsNvramSourceEncryption()
	 * @generated
	 */
	EAttribute getOsNvramSourceEncryption_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceEncryption#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryption#getAnyAttribute()
	 * @see #getOsNvramSourceEncryption()
	 * @generated
	 */
	EAttribute getOsNvramSourceEncryption_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsNvramSourceSeclabel <em>Os Nvram Source Seclabel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Nvram Source Seclabel</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSeclabel
	 * @generated
	 */
	EClass getOsNvramSourceSeclabel();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceSeclabel#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSeclabel#getMixed()
	 * @see #getOsNvramSourceSeclabel()
	 * @generated
	 */
	EAttribute getOsNvramSourceSeclabel_Mixed();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceSeclabel#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Labels</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSeclabel#getLabels()
	 * @see #getOsNvramSourceSeclabel()
	 * @generated
	 */
	EAttribute getOsNvramSourceSeclabel_Labels();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceSeclabel#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSeclabel#getModel()
	 * @see #getOsNvramSourceSeclabel()
	 * @generated
	 */
	EAttribute getOsNvramSourceSeclabel_Model();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceSeclabel#getRelabel <em>Relabel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relabel</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSeclabel#getRelabel()
	 * @see #getOsNvramSourceSeclabel()
	 * @generated
	 */
	EAttribute getOsNvramSourceSeclabel_Relabel();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceSeclabel#getLabelskip <em>Labelskip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Labelskip</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSeclabel#getLabelskip()
	 * @see #getOsNvramSourceSeclabel()
	 * @generated
	 */
	EAttribute getOsNvramSourceSeclabel_Labelskip();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceSeclabel#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSeclabel#getAny()
	 * @see #getOsNvramSourceSeclabel()
	 * @generated
	 */
	EAttribute getOsNvramSourceSeclabel_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceSeclabel#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSeclabel#getAnyAttribute()
	 * @see #getOsNvramSourceSeclabel()
	 * @generated
	 */
	EAttribute getOsNvramSourceSeclabel_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsNvramSourceReservations <em>Os Nvram Source Reservations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Nvram Source Reservations</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceReservations
	 * @generated
	 */
	EClass getOsNvramSourceReservations();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceReservations#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceReservations#getMixed()
	 * @see #getOsNvramSourceReservations()
	 * @generated
	 */
	EAttribute getOsNvramSourceReservations_Mixed();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.OsNvramSourceReservations#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceReservations#getSource()
	 * @see #getOsNvramSourceReservations()
	 * @generated
	 */
	EReference getOsNvramSourceReservations_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceReservations#getManaged <em>Managed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Managed</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceReservations#getManaged()
	 * @see #getOsNvramSourceReservations()
	 * @generated
	 */
	EAttribute getOsNvramSourceReservations_Managed();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceReservations#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceReservations#getAny()
	 * @see #getOsNvramSourceReservations()
	 * @generated
	 */
	EAttribute getOsNvramSourceReservations_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceReservations#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceReservations#getAnyAttribute()
	 * @see #getOsNvramSourceReservations()
	 * @generated
	 */
	EAttribute getOsNvramSourceReservations_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsNvramSourceHost <em>Os Nvram Source Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Nvram Source Host</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceHost
	 * @generated
	 */
	EClass getOsNvramSourceHost();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceHost#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceHost#getMixed()
	 * @see #getOsNvramSourceHost()
	 * @generated
	 */
	EAttribute getOsNvramSourceHost_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceHost#getTransport <em>Transport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Transport</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceHost#getTransport()
	 * @see #getOsNvramSourceHost()
	 * @generated
	 */
	EAttribute getOsNvramSourceHost_Transport();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceHost#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceHost#getName()
	 * @see #getOsNvramSourceHost()
	 * @generated
	 */
	EAttribute getOsNvramSourceHost_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceHost#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceHost#getPort()
	 * @see #getOsNvramSourceHost()
	 * @generated
	 */
	EAttribute getOsNvramSourceHost_Port();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceHost#getSocket <em>Socket</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Socket</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceHost#getSocket()
	 * @see #getOsNvramSourceHost()
	 * @generated
	 */
	EAttribute getOsNvramSourceHost_Socket();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceHost#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceHost#getAny()
	 * @see #getOsNvramSourceHost()
	 * @generated
	 */
	EAttribute getOsNvramSourceHost_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceHost#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceHost#getAnyAttribute()
	 * @see #getOsNvramSourceHost()
	 * @generated
	 */
	EAttribute getOsNvramSourceHost_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsNvramSourceSnapshot <em>Os Nvram Source Snapshot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Nvram Source Snapshot</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSnapshot
	 * @generated
	 */
	EClass getOsNvramSourceSnapshot();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceSnapshot#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSnapshot#getMixed()
	 * @see #getOsNvramSourceSnapshot()
	 * @generated
	 */
	EAttribute getOsNvramSourceSnapshot_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceSnapshot#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSnapshot#getName()
	 * @see #getOsNvramSourceSnapshot()
	 * @generated
	 */
	EAttribute getOsNvramSourceSnapshot_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceSnapshot#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSnapshot#getAny()
	 * @see #getOsNvramSourceSnapshot()
	 * @generated
	 */
	EAttribute getOsNvramSourceSnapshot_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceSnapshot#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSnapshot#getAnyAttribute()
	 * @see #getOsNvramSourceSnapshot()
	 * @generated
	 */
	EAttribute getOsNvramSourceSnapshot_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsNvramSourceConfig <em>Os Nvram Source Config</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Nvram Source Config</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceConfig
	 * @generated
	 */
	EClass getOsNvramSourceConfig();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceConfig#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceConfig#getMixed()
	 * @see #getOsNvramSourceConfig()
	 * @generated
	 */
	EAttribute getOsNvramSourceConfig_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceConfig#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceConfig#getFile()
	 * @see #getOsNvramSourceConfig()
	 * @generated
	 */
	EAttribute getOsNvramSourceConfig_File();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceConfig#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceConfig#getAny()
	 * @see #getOsNvramSourceConfig()
	 * @generated
	 */
	EAttribute getOsNvramSourceConfig_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceConfig#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceConfig#getAnyAttribute()
	 * @see #getOsNvramSourceConfig()
	 * @generated
	 */
	EAttribute getOsNvramSourceConfig_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.DiskAuth <em>Disk Auth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Disk Auth</em>'.
	 * @see org.vdevstudio.model.domain.DiskAuth
	 * @generated
	 */
	EClass getDiskAuth();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.DiskAuth#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.DiskAuth#getMixed()
	 * @see #getDiskAuth()
	 * @generated
	 */
	EAttribute getDiskAuth_Mixed();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.DiskAuth#getSecret <em>Secret</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Secret</em>'.
	 * @see org.vdevstudio.model.domain.DiskAuth#getSecret()
	 * @see #getDiskAuth()
	 * @generated
	 */
	EReference getDiskAuth_Secret();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.DiskAuth#getUsername <em>Username</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Username</em>'.
	 * @see org.vdevstudio.model.domain.DiskAuth#getUsername()
	 * @see #getDiskAuth()
	 * @generated
	 */
	EAttribute getDiskAuth_Username();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.DiskAuth#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.DiskAuth#getAny()
	 * @see #getDiskAuth()
	 * @generated
	 */
	EAttribute getDiskAuth_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.DiskAuth#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.DiskAuth#getAnyAttribute()
	 * @see #getDiskAuth()
	 * @generated
	 */
	EAttribute getDiskAuth_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.Initiatorinfo <em>Initiatorinfo</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Initiatorinfo</em>'.
	 * @see org.vdevstudio.model.domain.Initiatorinfo
	 * @generated
	 */
	EClass getInitiatorinfo();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Initiatorinfo#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.Initiatorinfo#getMixed()
	 * @see #getInitiatorinfo()
	 * @generated
	 */
	EAttribute getInitiatorinfo_Mixed();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.Initiatorinfo#getIqn <em>Iqn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Iqn</em>'.
	 * @see org.vdevstudio.model.domain.Initiatorinfo#getIqn()
	 * @see #getInitiatorinfo()
	 * @generated
	 */
	EReference getInitiatorinfo_Iqn();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Initiatorinfo#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.Initiatorinfo#getAny()
	 * @see #getInitiatorinfo()
	 * @generated
	 */
	EAttribute getInitiatorinfo_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Initiatorinfo#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.Initiatorinfo#getAnyAttribute()
	 * @see #getInitiatorinfo()
	 * @generated
	 */
	EAttribute getInitiatorinfo_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsNvramSourceCookies <em>Os Nvram Source Cookies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Nvram Source Cookies</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceCookies
	 * @generated
	 */
	EClass getOsNvramSourceCookies();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceCookies#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceCookies#getMixed()
	 * @see #getOsNvramSourceCookies()
	 * @generated
	 */
	EAttribute getOsNvramSourceCookies_Mixed();

	/**
	 * Returns the meta object for the containment reference list '{@link org.vdevstudio.model.domain.OsNvramSourceCookies#getCookies <em>Cookies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cookies</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceCookies#getCookies()
	 * @see #getOsNvramSourceCookies()
	 * @generated
	 */
	EReference getOsNvramSourceCookies_Cookies();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceCookies#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceCookies#getAny()
	 * @see #getOsNvramSourceCookies()
	 * @generated
	 */
	EAttribute getOsNvramSourceCookies_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceCookies#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceCookies#getAnyAttribute()
	 * @see #getOsNvramSourceCookies()
	 * @generated
	 */
	EAttribute getOsNvramSourceCookies_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsNvramSourceReadahead <em>Os Nvram Source Readahead</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Nvram Source Readahead</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceReadahead
	 * @generated
	 */
	EClass getOsNvramSourceReadahead();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceReadahead#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceReadahead#getMixed()
	 * @see #getOsNvramSourceReadahead()
	 * @generated
	 */
	EAttribute getOsNvramSourceReadahead_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceReadahead#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceReadahead#getSize()
	 * @see #getOsNvramSourceReadahead()
	 * @generated
	 */
	EAttribute getOsNvramSourceReadahead_Size();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceReadahead#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceReadahead#getAny()
	 * @see #getOsNvramSourceReadahead()
	 * @generated
	 */
	EAttribute getOsNvramSourceReadahead_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceReadahead#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceReadahead#getAnyAttribute()
	 * @see #getOsNvramSourceReadahead()
	 * @generated
	 */
	EAttribute getOsNvramSourceReadahead_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsNvramSourceTimeout <em>Os Nvram Source Timeout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Nvram Source Timeout</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceTimeout
	 * @generated
	 */
	EClass getOsNvramSourceTimeout();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceTimeout#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceTimeout#getMixed()
	 * @see #getOsNvramSourceTimeout()
	 * @generated
	 */
	EAttribute getOsNvramSourceTimeout_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceTimeout#getSeconds <em>Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seconds</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceTimeout#getSeconds()
	 * @see #getOsNvramSourceTimeout()
	 * @generated
	 */
	EAttribute getOsNvramSourceTimeout_Seconds();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceTimeout#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceTimeout#getAny()
	 * @see #getOsNvramSourceTimeout()
	 * @generated
	 */
	EAttribute getOsNvramSourceTimeout_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceTimeout#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceTimeout#getAnyAttribute()
	 * @see #getOsNvramSourceTimeout()
	 * @generated
	 */
	EAttribute getOsNvramSourceTimeout_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsNvramSourceSsl <em>Os Nvram Source Ssl</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Nvram Source Ssl</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSsl
	 * @generated
	 */
	EClass getOsNvramSourceSsl();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceSsl#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSsl#getMixed()
	 * @see #getOsNvramSourceSsl()
	 * @generated
	 */
	EAttribute getOsNvramSourceSsl_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceSsl#getVerify <em>Verify</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verify</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSsl#getVerify()
	 * @see #getOsNvramSourceSsl()
	 * @generated
	 */
	EAttribute getOsNvramSourceSsl_Verify();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceSsl#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSsl#getAny()
	 * @see #getOsNvramSourceSsl()
	 * @generated
	 */
	EAttribute getOsNvramSourceSsl_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceSsl#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSsl#getAnyAttribute()
	 * @see #getOsNvramSourceSsl()
	 * @generated
	 */
	EAttribute getOsNvramSourceSsl_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsNvramSourceIdentity <em>Os Nvram Source Identity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Nvram Source Identity</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceIdentity
	 * @generated
	 */
	EClass getOsNvramSourceIdentity();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceIdentity#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceIdentity#getMixed()
	 * @see #getOsNvramSourceIdentity()
	 * @generated
	 */
	EAttribute getOsNvramSourceIdentity_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceIdentity#getUser <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceIdentity#getUser()
	 * @see #getOsNvramSourceIdentity()
	 * @generated
	 */
	EAttribute getOsNvramSourceIdentity_User();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceIdentity#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceIdentity#getGroup()
	 * @see #getOsNvramSourceIdentity()
	 * @generated
	 */
	EAttribute getOsNvramSourceIdentity_Group();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceIdentity#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceIdentity#getAny()
	 * @see #getOsNvramSourceIdentity()
	 * @generated
	 */
	EAttribute getOsNvramSourceIdentity_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceIdentity#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceIdentity#getAnyAttribute()
	 * @see #getOsNvramSourceIdentity()
	 * @generated
	 */
	EAttribute getOsNvramSourceIdentity_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsNvramSourceAddress <em>Os Nvram Source Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Nvram Source Address</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceAddress
	 * @generated
	 */
	EClass getOsNvramSourceAddress();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceAddress#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceAddress#getMixed()
	 * @see #getOsNvramSourceAddress()
	 * @generated
	 */
	EAttribute getOsNvramSourceAddress_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceAddress#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceAddress#getDomain()
	 * @see #getOsNvramSourceAddress()
	 * @generated
	 */
	EAttribute getOsNvramSourceAddress_Domain();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceAddress#getBus <em>Bus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bus</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceAddress#getBus()
	 * @see #getOsNvramSourceAddress()
	 * @generated
	 */
	EAttribute getOsNvramSourceAddress_Bus();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceAddress#getSlot <em>Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceAddress#getSlot()
	 * @see #getOsNvramSourceAddress()
	 * @generated
	 */
	EAttribute getOsNvramSourceAddress_Slot();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceAddress#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceAddress#getFunction()
	 * @see #getOsNvramSourceAddress()
	 * @generated
	 */
	EAttribute getOsNvramSourceAddress_Function();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceAddress#getMultifunction <em>Multifunction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Multifunction</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceAddress#getMultifunction()
	 * @see #getOsNvramSourceAddress()
	 * @generated
	 */
	EAttribute getOsNvramSourceAddress_Multifunction();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceAddress#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceAddress#getAny()
	 * @see #getOsNvramSourceAddress()
	 * @generated
	 */
	EAttribute getOsNvramSourceAddress_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceAddress#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceAddress#getAnyAttribute()
	 * @see #getOsNvramSourceAddress()
	 * @generated
	 */
	EAttribute getOsNvramSourceAddress_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.Reconnect <em>Reconnect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reconnect</em>'.
	 * @see org.vdevstudio.model.domain.Reconnect
	 * @generated
	 */
	EClass getReconnect();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Reconnect#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.Reconnect#getMixed()
	 * @see #getReconnect()
	 * @generated
	 */
	EAttribute getReconnect_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Reconnect#getEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.vdevstudio.model.domain.Reconnect#getEnabled()
	 * @see #getReconnect()
	 * @generated
	 */
	EAttribute getReconnect_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.Reconnect#getTimeout <em>Timeout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timeout</em>'.
	 * @see org.vdevstudio.model.domain.Reconnect#getTimeout()
	 * @see #getReconnect()
	 * @generated
	 */
	EAttribute getReconnect_Timeout();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Reconnect#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.Reconnect#getAny()
	 * @see #getReconnect()
	 * @generated
	 */
	EAttribute getReconnect_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.Reconnect#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.Reconnect#getAnyAttribute()
	 * @see #getReconnect()
	 * @generated
	 */
	EAttribute getReconnect_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceSourceLocal <em>Interface Source Local</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Source Local</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSourceLocal
	 * @generated
	 */
	EClass getInterfaceSourceLocal();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceSourceLocal#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSourceLocal#getMixed()
	 * @see #getInterfaceSourceLocal()
	 * @generated
	 */
	EAttribute getInterfaceSourceLocal_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceSourceLocal#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSourceLocal#getAddress()
	 * @see #getInterfaceSourceLocal()
	 * @generated
	 */
	EAttribute getInterfaceSourceLocal_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceSourceLocal#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSourceLocal#getPort()
	 * @see #getInterfaceSourceLocal()
	 * @generated
	 */
	EAttribute getInterfaceSourceLocal_Port();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceSourceLocal#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSourceLocal#getAny()
	 * @see #getInterfaceSourceLocal()
	 * @generated
	 */
	EAttribute getInterfaceSourceLocal_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceSourceLocal#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSourceLocal#getAnyAttribute()
	 * @see #getInterfaceSourceLocal()
	 * @generated
	 */
	EAttribute getInterfaceSourceLocal_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.SourceVendor <em>Source Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source Vendor</em>'.
	 * @see org.vdevstudio.model.domain.SourceVendor
	 * @generated
	 */
	EClass getSourceVendor();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.SourceVendor#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.SourceVendor#getMixed()
	 * @see #getSourceVendor()
	 * @generated
	 */
	EAttribute getSourceVendor_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.SourceVendor#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.vdevstudio.model.domain.SourceVendor#getId()
	 * @see #getSourceVendor()
	 * @generated
	 */
	EAttribute getSourceVendor_Id();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.SourceVendor#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.SourceVendor#getAny()
	 * @see #getSourceVendor()
	 * @generated
	 */
	EAttribute getSourceVendor_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.SourceVendor#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.SourceVendor#getAnyAttribute()
	 * @see #getSourceVendor()
	 * @generated
	 */
	EAttribute getSourceVendor_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.SourceProduct <em>Source Product</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source Product</em>'.
	 * @see org.vdevstudio.model.domain.SourceProduct
	 * @generated
	 */
	EClass getSourceProduct();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.SourceProduct#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.SourceProduct#getMixed()
	 * @see #getSourceProduct()
	 * @generated
	 */
	EAttribute getSourceProduct_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.SourceProduct#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.vdevstudio.model.domain.SourceProduct#getId()
	 * @see #getSourceProduct()
	 * @generated
	 */
	EAttribute getSourceProduct_Id();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.SourceProduct#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.SourceProduct#getAny()
	 * @see #getSourceProduct()
	 * @generated
	 */
	EAttribute getSourceProduct_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.SourceProduct#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.SourceProduct#getAnyAttribute()
	 * @see #getSourceProduct()
	 * @generated
	 */
	EAttribute getSourceProduct_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.SourceAddress <em>Source Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source Address</em>'.
	 * @see org.vdevstudio.model.domain.SourceAddress
	 * @generated
	 */
	EClass getSourceAddress();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.SourceAddress#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.SourceAddress#getMixed()
	 * @see #getSourceAddress()
	 * @generated
	 */
	EAttribute getSourceAddress_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.SourceAddress#getBus <em>Bus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bus</em>'.
	 * @see org.vdevstudio.model.domain.SourceAddress#getBus()
	 * @see #getSourceAddress()
	 * @generated
	 */
	EAttribute getSourceAddress_Bus();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.SourceAddress#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device</em>'.
	 * @see org.vdevstudio.model.domain.SourceAddress#getDevice()
	 * @see #getSourceAddress()
	 * @generated
	 */
	EAttribute getSourceAddress_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.SourceAddress#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.vdevstudio.model.domain.SourceAddress#getType()
	 * @see #getSourceAddress()
	 * @generated
	 */
	EAttribute getSourceAddress_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.SourceAddress#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see org.vdevstudio.model.domain.SourceAddress#getDomain()
	 * @see #getSourceAddress()
	 * @generated
	 */
	EAttribute getSourceAddress_Domain();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.SourceAddress#getSlot <em>Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot</em>'.
	 * @see org.vdevstudio.model.domain.SourceAddress#getSlot()
	 * @see #getSourceAddress()
	 * @generated
	 */
	EAttribute getSourceAddress_Slot();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.SourceAddress#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see org.vdevstudio.model.domain.SourceAddress#getFunction()
	 * @see #getSourceAddress()
	 * @generated
	 */
	EAttribute getSourceAddress_Function();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.SourceAddress#getMultifunction <em>Multifunction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Multifunction</em>'.
	 * @see org.vdevstudio.model.domain.SourceAddress#getMultifunction()
	 * @see #getSourceAddress()
	 * @generated
	 */
	EAttribute getSourceAddress_Multifunction();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.SourceAddress#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.vdevstudio.model.domain.SourceAddress#getTarget()
	 * @see #getSourceAddress()
	 * @generated
	 */
	EAttribute getSourceAddress_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.SourceAddress#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.vdevstudio.model.domain.SourceAddress#getUnit()
	 * @see #getSourceAddress()
	 * @generated
	 */
	EAttribute getSourceAddress_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.SourceAddress#getUuid <em>Uuid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uuid</em>'.
	 * @see org.vdevstudio.model.domain.SourceAddress#getUuid()
	 * @see #getSourceAddress()
	 * @generated
	 */
	EAttribute getSourceAddress_Uuid();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.SourceAddress#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.SourceAddress#getAny()
	 * @see #getSourceAddress()
	 * @generated
	 */
	EAttribute getSourceAddress_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.SourceAddress#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.SourceAddress#getAnyAttribute()
	 * @see #getSourceAddress()
	 * @generated
	 */
	EAttribute getSourceAddress_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters <em>Interface Virtualport Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Virtualport Parameters</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVirtualportParameters
	 * @generated
	 */
	EClass getInterfaceVirtualportParameters();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVirtualportParameters#getMixed()
	 * @see #getInterfaceVirtualportParameters()
	 * @generated
	 */
	EAttribute getInterfaceVirtualportParameters_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters#getManagerid <em>Managerid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Managerid</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVirtualportParameters#getManagerid()
	 * @see #getInterfaceVirtualportParameters()
	 * @generated
	 */
	EAttribute getInterfaceVirtualportParameters_Managerid();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters#getTypeid <em>Typeid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Typeid</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVirtualportParameters#getTypeid()
	 * @see #getInterfaceVirtualportParameters()
	 * @generated
	 */
	EAttribute getInterfaceVirtualportParameters_Typeid();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters#getTypeidversion <em>Typeidversion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Typeidversion</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVirtualportParameters#getTypeidversion()
	 * @see #getInterfaceVirtualportParameters()
	 * @generated
	 */
	EAttribute getInterfaceVirtualportParameters_Typeidversion();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters#getInstanceid <em>Instanceid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instanceid</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVirtualportParameters#getInstanceid()
	 * @see #getInterfaceVirtualportParameters()
	 * @generated
	 */
	EAttribute getInterfaceVirtualportParameters_Instanceid();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters#getProfileid <em>Profileid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Profileid</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVirtualportParameters#getProfileid()
	 * @see #getInterfaceVirtualportParameters()
	 * @generated
	 */
	EAttribute getInterfaceVirtualportParameters_Profileid();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters#getInterfaceid <em>Interfaceid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interfaceid</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVirtualportParameters#getInterfaceid()
	 * @see #getInterfaceVirtualportParameters()
	 * @generated
	 */
	EAttribute getInterfaceVirtualportParameters_Interfaceid();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVirtualportParameters#getAny()
	 * @see #getInterfaceVirtualportParameters()
	 * @generated
	 */
	EAttribute getInterfaceVirtualportParameters_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceVirtualportParameters#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVirtualportParameters#getAnyAttribute()
	 * @see #getInterfaceVirtualportParameters()
	 * @generated
	 */
	EAttribute getInterfaceVirtualportParameters_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceCoalesceRx <em>Interface Coalesce Rx</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Coalesce Rx</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceCoalesceRx
	 * @generated
	 */
	EClass getInterfaceCoalesceRx();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceCoalesceRx#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceCoalesceRx#getMixed()
	 * @see #getInterfaceCoalesceRx()
	 * @generated
	 */
	EAttribute getInterfaceCoalesceRx_Mixed();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.InterfaceCoalesceRx#getFrames <em>Frames</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Frames</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceCoalesceRx#getFrames()
	 * @see #getInterfaceCoalesceRx()
	 * @generated
	 */
	EReference getInterfaceCoalesceRx_Frames();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceCoalesceRx#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceCoalesceRx#getAny()
	 * @see #getInterfaceCoalesceRx()
	 * @generated
	 */
	EAttribute getInterfaceCoalesceRx_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceCoalesceRx#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceCoalesceRx#getAnyAttribute()
	 * @see #getInterfaceCoalesceRx()
	 * @generated
	 */
	EAttribute getInterfaceCoalesceRx_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfacePortForwardRange <em>Interface Port Forward Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Port Forward Range</em>'.
	 * @see org.vdevstudio.model.domain.InterfacePortForwardRange
	 * @generated
	 */
	EClass getInterfacePortForwardRange();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfacePortForwardRange#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfacePortForwardRange#getMixed()
	 * @see #getInterfacePortForwardRange()
	 * @generated
	 */
	EAttribute getInterfacePortForwardRange_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfacePortForwardRange#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.vdevstudio.model.domain.InterfacePortForwardRange#getStart()
	 * @see #getInterfacePortForwardRange()
	 * @generated
	 */
	EAttribute getInterfacePortForwardRange_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfacePortForwardRange#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.vdevstudio.model.domain.InterfacePortForwardRange#getEnd()
	 * @see #getInterfacePortForwardRange()
	 * @generated
	 */
	EAttribute getInterfacePortForwardRange_End();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfacePortForwardRange#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see org.vdevstudio.model.domain.InterfacePortForwardRange#getTo()
	 * @see #getInterfacePortForwardRange()
	 * @generated
	 */
	EAttribute getInterfacePortForwardRange_To();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfacePortForwardRange#getExclude <em>Exclude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclude</em>'.
	 * @see org.vdevstudio.model.domain.InterfacePortForwardRange#getExclude()
	 * @see #getInterfacePortForwardRange()
	 * @generated
	 */
	EAttribute getInterfacePortForwardRange_Exclude();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfacePortForwardRange#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfacePortForwardRange#getAny()
	 * @see #getInterfacePortForwardRange()
	 * @generated
	 */
	EAttribute getInterfacePortForwardRange_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfacePortForwardRange#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfacePortForwardRange#getAnyAttribute()
	 * @see #getInterfacePortForwardRange()
	 * @generated
	 */
	EAttribute getInterfacePortForwardRange_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceDriverHost <em>Interface Driver Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Driver Host</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriverHost
	 * @generated
	 */
	EClass getInterfaceDriverHost();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceDriverHost#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriverHost#getMixed()
	 * @see #getInterfaceDriverHost()
	 * @generated
	 */
	EAttribute getInterfaceDriverHost_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriverHost#getCsum <em>Csum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Csum</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriverHost#getCsum()
	 * @see #getInterfaceDriverHost()
	 * @generated
	 */
	EAttribute getInterfaceDriverHost_Csum();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriverHost#getGso <em>Gso</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gso</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriverHost#getGso()
	 * @see #getInterfaceDriverHost()
	 * @generated
	 */
	EAttribute getInterfaceDriverHost_Gso();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriverHost#getTso4 <em>Tso4</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tso4</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriverHost#getTso4()
	 * @see #getInterfaceDriverHost()
	 * @generated
	 */
	EAttribute getInterfaceDriverHost_Tso4();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriverHost#getTso6 <em>Tso6</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tso6</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriverHost#getTso6()
	 * @see #getInterfaceDriverHost()
	 * @generated
	 */
	EAttribute getInterfaceDriverHost_Tso6();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriverHost#getEcn <em>Ecn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ecn</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriverHost#getEcn()
	 * @see #getInterfaceDriverHost()
	 * @generated
	 */
	EAttribute getInterfaceDriverHost_Ecn();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriverHost#getUfo <em>Ufo</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ufo</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriverHost#getUfo()
	 * @see #getInterfaceDriverHost()
	 * @generated
	 */
	EAttribute getInterfaceDriverHost_Ufo();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriverHost#getMrgRxbuf <em>Mrg Rxbuf</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mrg Rxbuf</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriverHost#getMrgRxbuf()
	 * @see #getInterfaceDriverHost()
	 * @generated
	 */
	EAttribute getInterfaceDriverHost_MrgRxbuf();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceDriverHost#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriverHost#getAny()
	 * @see #getInterfaceDriverHost()
	 * @generated
	 */
	EAttribute getInterfaceDriverHost_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceDriverHost#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriverHost#getAnyAttribute()
	 * @see #getInterfaceDriverHost()
	 * @generated
	 */
	EAttribute getInterfaceDriverHost_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceDriverGuest <em>Interface Driver Guest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Driver Guest</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriverGuest
	 * @generated
	 */
	EClass getInterfaceDriverGuest();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriverGuest#getMixed()
	 * @see #getInterfaceDriverGuest()
	 * @generated
	 */
	EAttribute getInterfaceDriverGuest_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getCsum <em>Csum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Csum</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriverGuest#getCsum()
	 * @see #getInterfaceDriverGuest()
	 * @generated
	 */
	EAttribute getInterfaceDriverGuest_Csum();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getTso4 <em>Tso4</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tso4</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriverGuest#getTso4()
	 * @see #getInterfaceDriverGuest()
	 * @generated
	 */
	EAttribute getInterfaceDriverGuest_Tso4();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getTso6 <em>Tso6</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tso6</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriverGuest#getTso6()
	 * @see #getInterfaceDriverGuest()
	 * @generated
	 */
	EAttribute getInterfaceDriverGuest_Tso6();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getEcn <em>Ecn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ecn</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriverGuest#getEcn()
	 * @see #getInterfaceDriverGuest()
	 * @generated
	 */
	EAttribute getInterfaceDriverGuest_Ecn();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getUfo <em>Ufo</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ufo</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriverGuest#getUfo()
	 * @see #getInterfaceDriverGuest()
	 * @generated
	 */
	EAttribute getInterfaceDriverGuest_Ufo();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriverGuest#getAny()
	 * @see #getInterfaceDriverGuest()
	 * @generated
	 */
	EAttribute getInterfaceDriverGuest_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceDriverGuest#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriverGuest#getAnyAttribute()
	 * @see #getInterfaceDriverGuest()
	 * @generated
	 */
	EAttribute getInterfaceDriverGuest_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.AddressZpci <em>Address Zpci</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Address Zpci</em>'.
	 * @see org.vdevstudio.model.domain.AddressZpci
	 * @generated
	 */
	EClass getAddressZpci();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.AddressZpci#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.AddressZpci#getMixed()
	 * @see #getAddressZpci()
	 * @generated
	 */
	EAttribute getAddressZpci_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.AddressZpci#getUid <em>Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uid</em>'.
	 * @see org.vdevstudio.model.domain.AddressZpci#getUid()
	 * @see #getAddressZpci()
	 * @generated
	 */
	EAttribute getAddressZpci_Uid();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.AddressZpci#getFid <em>Fid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fid</em>'.
	 * @see org.vdevstudio.model.domain.AddressZpci#getFid()
	 * @see #getAddressZpci()
	 * @generated
	 */
	EAttribute getAddressZpci_Fid();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.AddressZpci#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.AddressZpci#getAny()
	 * @see #getAddressZpci()
	 * @generated
	 */
	EAttribute getAddressZpci_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.AddressZpci#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.AddressZpci#getAnyAttribute()
	 * @see #getAddressZpci()
	 * @generated
	 */
	EAttribute getAddressZpci_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceFilterrefParameter <em>Interface Filterref Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Filterref Parameter</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceFilterrefParameter
	 * @generated
	 */
	EClass getInterfaceFilterrefParameter();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceFilterrefParameter#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceFilterrefParameter#getMixed()
	 * @see #getInterfaceFilterrefParameter()
	 * @generated
	 */
	EAttribute getInterfaceFilterrefParameter_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceFilterrefParameter#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceFilterrefParameter#getName()
	 * @see #getInterfaceFilterrefParameter()
	 * @generated
	 */
	EAttribute getInterfaceFilterrefParameter_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceFilterrefParameter#getValueAttribute <em>Value Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceFilterrefParameter#getValueAttribute()
	 * @see #getInterfaceFilterrefParameter()
	 * @generated
	 */
	EAttribute getInterfaceFilterrefParameter_ValueAttribute();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceFilterrefParameter#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceFilterrefParameter#getAny()
	 * @see #getInterfaceFilterrefParameter()
	 * @generated
	 */
	EAttribute getInterfaceFilterrefParameter_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceFilterrefParameter#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceFilterrefParameter#getAnyAttribute()
	 * @see #getInterfaceFilterrefParameter()
	 * @generated
	 */
	EAttribute getInterfaceFilterrefParameter_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceBandwidthInbound <em>Interface Bandwidth Inbound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Bandwidth Inbound</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidthInbound
	 * @generated
	 */
	EClass getInterfaceBandwidthInbound();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceBandwidthInbound#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidthInbound#getMixed()
	 * @see #getInterfaceBandwidthInbound()
	 * @generated
	 */
	EAttribute getInterfaceBandwidthInbound_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceBandwidthInbound#getAverage <em>Average</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Average</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidthInbound#getAverage()
	 * @see #getInterfaceBandwidthInbound()
	 * @generated
	 */
	EAttribute getInterfaceBandwidthInbound_Average();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceBandwidthInbound#getPeak <em>Peak</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Peak</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidthInbound#getPeak()
	 * @see #getInterfaceBandwidthInbound()
	 * @generated
	 */
	EAttribute getInterfaceBandwidthInbound_Peak();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceBandwidthInbound#getFloor <em>Floor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Floor</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidthInbound#getFloor()
	 * @see #getInterfaceBandwidthInbound()
	 * @generated
	 */
	EAttribute getInterfaceBandwidthInbound_Floor();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceBandwidthInbound#getBurst <em>Burst</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Burst</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidthInbound#getBurst()
	 * @see #getInterfaceBandwidthInbound()
	 * @generated
	 */
	EAttribute getInterfaceBandwidthInbound_Burst();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceBandwidthInbound#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidthInbound#getAny()
	 * @see #getInterfaceBandwidthInbound()
	 * @generated
	 */
	EAttribute getInterfaceBandwidthInbound_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceBandwidthInbound#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidthInbound#getAnyAttribute()
	 * @see #getInterfaceBandwidthInbound()
	 * @generated
	 */
	EAttribute getInterfaceBandwidthInbound_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceBandwidthOutbound <em>Interface Bandwidth Outbound</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Bandwidth Outbound</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidthOutbound
	 * @generated
	 */
	EClass getInterfaceBandwidthOutbound();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceBandwidthOutbound#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidthOutbound#getMixed()
	 * @see #getInterfaceBandwidthOutbound()
	 * @generated
	 */
	EAttribute getInterfaceBandwidthOutbound_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceBandwidthOutbound#getAverage <em>Average</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Average</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidthOutbound#getAverage()
	 * @see #getInterfaceBandwidthOutbound()
	 * @generated
	 */
	EAttribute getInterfaceBandwidthOutbound_Average();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceBandwidthOutbound#getPeak <em>Peak</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Peak</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidthOutbound#getPeak()
	 * @see #getInterfaceBandwidthOutbound()
	 * @generated
	 */
	EAttribute getInterfaceBandwidthOutbound_Peak();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceBandwidthOutbound#getFloor <em>Floor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Floor</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidthOutbound#getFloor()
	 * @see #getInterfaceBandwidthOutbound()
	 * @generated
	 */
	EAttribute getInterfaceBandwidthOutbound_Floor();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceBandwidthOutbound#getBurst <em>Burst</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Burst</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidthOutbound#getBurst()
	 * @see #getInterfaceBandwidthOutbound()
	 * @generated
	 */
	EAttribute getInterfaceBandwidthOutbound_Burst();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceBandwidthOutbound#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidthOutbound#getAny()
	 * @see #getInterfaceBandwidthOutbound()
	 * @generated
	 */
	EAttribute getInterfaceBandwidthOutbound_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceBandwidthOutbound#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBandwidthOutbound#getAnyAttribute()
	 * @see #getInterfaceBandwidthOutbound()
	 * @generated
	 */
	EAttribute getInterfaceBandwidthOutbound_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceVlanTag <em>Interface Vlan Tag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Vlan Tag</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVlanTag
	 * @generated
	 */
	EClass getInterfaceVlanTag();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceVlanTag#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVlanTag#getMixed()
	 * @see #getInterfaceVlanTag()
	 * @generated
	 */
	EAttribute getInterfaceVlanTag_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceVlanTag#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVlanTag#getId()
	 * @see #getInterfaceVlanTag()
	 * @generated
	 */
	EAttribute getInterfaceVlanTag_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceVlanTag#getNativeMode <em>Native Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Native Mode</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVlanTag#getNativeMode()
	 * @see #getInterfaceVlanTag()
	 * @generated
	 */
	EAttribute getInterfaceVlanTag_NativeMode();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceVlanTag#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVlanTag#getAny()
	 * @see #getInterfaceVlanTag()
	 * @generated
	 */
	EAttribute getInterfaceVlanTag_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceVlanTag#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVlanTag#getAnyAttribute()
	 * @see #getInterfaceVlanTag()
	 * @generated
	 */
	EAttribute getInterfaceVlanTag_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.HostdevSourceAdapter <em>Hostdev Source Adapter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hostdev Source Adapter</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapter
	 * @generated
	 */
	EClass getHostdevSourceAdapter();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapter#getMixed()
	 * @see #getHostdevSourceAdapter()
	 * @generated
	 */
	EAttribute getHostdevSourceAdapter_Mixed();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getParentaddr <em>Parentaddr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Parentaddr</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapter#getParentaddr()
	 * @see #getHostdevSourceAdapter()
	 * @generated
	 */
	EReference getHostdevSourceAdapter_Parentaddr();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapter#getType()
	 * @see #getHostdevSourceAdapter()
	 * @generated
	 */
	EAttribute getHostdevSourceAdapter_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapter#getName()
	 * @see #getHostdevSourceAdapter()
	 * @generated
	 */
	EAttribute getHostdevSourceAdapter_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parent</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapter#getParent()
	 * @see #getHostdevSourceAdapter()
	 * @generated
	 */
	EAttribute getHostdevSourceAdapter_Parent();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getManaged <em>Managed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Managed</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapter#getManaged()
	 * @see #getHostdevSourceAdapter()
	 * @generated
	 */
	EAttribute getHostdevSourceAdapter_Managed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getParentWwnn <em>Parent Wwnn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parent Wwnn</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapter#getParentWwnn()
	 * @see #getHostdevSourceAdapter()
	 * @generated
	 */
	EAttribute getHostdevSourceAdapter_ParentWwnn();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getParentWwpn <em>Parent Wwpn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parent Wwpn</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapter#getParentWwpn()
	 * @see #getHostdevSourceAdapter()
	 * @generated
	 */
	EAttribute getHostdevSourceAdapter_ParentWwpn();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getParentFabricWwn <em>Parent Fabric Wwn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parent Fabric Wwn</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapter#getParentFabricWwn()
	 * @see #getHostdevSourceAdapter()
	 * @generated
	 */
	EAttribute getHostdevSourceAdapter_ParentFabricWwn();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getWwnn <em>Wwnn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wwnn</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapter#getWwnn()
	 * @see #getHostdevSourceAdapter()
	 * @generated
	 */
	EAttribute getHostdevSourceAdapter_Wwnn();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getWwpn <em>Wwpn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wwpn</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapter#getWwpn()
	 * @see #getHostdevSourceAdapter()
	 * @generated
	 */
	EAttribute getHostdevSourceAdapter_Wwpn();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapter#getAny()
	 * @see #getHostdevSourceAdapter()
	 * @generated
	 */
	EAttribute getHostdevSourceAdapter_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.HostdevSourceAdapter#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapter#getAnyAttribute()
	 * @see #getHostdevSourceAdapter()
	 * @generated
	 */
	EAttribute getHostdevSourceAdapter_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.HostdevSourceHost <em>Hostdev Source Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hostdev Source Host</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceHost
	 * @generated
	 */
	EClass getHostdevSourceHost();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.HostdevSourceHost#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceHost#getMixed()
	 * @see #getHostdevSourceHost()
	 * @generated
	 */
	EAttribute getHostdevSourceHost_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSourceHost#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceHost#getName()
	 * @see #getHostdevSourceHost()
	 * @generated
	 */
	EAttribute getHostdevSourceHost_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSourceHost#getPort <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Port</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceHost#getPort()
	 * @see #getHostdevSourceHost()
	 * @generated
	 */
	EAttribute getHostdevSourceHost_Port();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.HostdevSourceHost#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceHost#getAny()
	 * @see #getHostdevSourceHost()
	 * @generated
	 */
	EAttribute getHostdevSourceHost_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.HostdevSourceHost#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceHost#getAnyAttribute()
	 * @see #getHostdevSourceHost()
	 * @generated
	 */
	EAttribute getHostdevSourceHost_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsNvramSourceSlicesSlice <em>Os Nvram Source Slices Slice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Nvram Source Slices Slice</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSlicesSlice
	 * @generated
	 */
	EClass getOsNvramSourceSlicesSlice();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceSlicesSlice#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSlicesSlice#getMixed()
	 * @see #getOsNvramSourceSlicesSlice()
	 * @generated
	 */
	EAttribute getOsNvramSourceSlicesSlice_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceSlicesSlice#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSlicesSlice#getType()
	 * @see #getOsNvramSourceSlicesSlice()
	 * @generated
	 */
	EAttribute getOsNvramSourceSlicesSlice_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceSlicesSlice#getOffset <em>Offset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offset</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSlicesSlice#getOffset()
	 * @see #getOsNvramSourceSlicesSlice()
	 * @generated
	 */
	EAttribute getOsNvramSourceSlicesSlice_Offset();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceSlicesSlice#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSlicesSlice#getSize()
	 * @see #getOsNvramSourceSlicesSlice()
	 * @generated
	 */
	EAttribute getOsNvramSourceSlicesSlice_Size();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceSlicesSlice#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSlicesSlice#getAny()
	 * @see #getOsNvramSourceSlicesSlice()
	 * @generated
	 */
	EAttribute getOsNvramSourceSlicesSlice_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceSlicesSlice#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSlicesSlice#getAnyAttribute()
	 * @see #getOsNvramSourceSlicesSlice()
	 * @generated
	 */
	EAttribute getOsNvramSourceSlicesSlice_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret <em>Os Nvram Source Encryption Secret</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Nvram Source Encryption Secret</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret
	 * @generated
	 */
	EClass getOsNvramSourceEncryptionSecret();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret#getMixed()
	 * @see #getOsNvramSourceEncryptionSecret()
	 * @generated
	 */
	EAttribute getOsNvramSourceEncryptionSecret_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret#getType()
	 * @see #getOsNvramSourceEncryptionSecret()
	 * @generated
	 */
	EAttribute getOsNvramSourceEncryptionSecret_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret#getUuid <em>Uuid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uuid</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret#getUuid()
	 * @see #getOsNvramSourceEncryptionSecret()
	 * @generated
	 */
	EAttribute getOsNvramSourceEncryptionSecret_Uuid();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret#getUsage <em>Usage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Usage</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret#getUsage()
	 * @see #getOsNvramSourceEncryptionSecret()
	 * @generated
	 */
	EAttribute getOsNvramSourceEncryptionSecret_Usage();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret#getAny()
	 * @see #getOsNvramSourceEncryptionSecret()
	 * @generated
	 */
	EAttribute getOsNvramSourceEncryptionSecret_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionSecret#getAnyAttribute()
	 * @see #getOsNvramSourceEncryptionSecret()
	 * @generated
	 */
	EAttribute getOsNvramSourceEncryptionSecret_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionCipher <em>Os Nvram Source Encryption Cipher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Nvram Source Encryption Cipher</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionCipher
	 * @generated
	 */
	EClass getOsNvramSourceEncryptionCipher();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionCipher#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionCipher#getMixed()
	 * @see #getOsNvramSourceEncryptionCipher()
	 * @generated
	 */
	EAttribute getOsNvramSourceEncryptionCipher_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionCipher#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionCipher#getName()
	 * @see #getOsNvramSourceEncryptionCipher()
	 * @generated
	 */
	EAttribute getOsNvramSourceEncryptionCipher_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionCipher#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionCipher#getSize()
	 * @see #getOsNvramSourceEncryptionCipher()
	 * @generated
	 */
	EAttribute getOsNvramSourceEncryptionCipher_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionCipher#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionCipher#getMode()
	 * @see #getOsNvramSourceEncryptionCipher()
	 * @generated
	 */
	EAttribute getOsNvramSourceEncryptionCipher_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionCipher#getHash <em>Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hash</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionCipher#getHash()
	 * @see #getOsNvramSourceEncryptionCipher()
	 * @generated
	 */
	EAttribute getOsNvramSourceEncryptionCipher_Hash();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionCipher#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionCipher#getAny()
	 * @see #getOsNvramSourceEncryptionCipher()
	 * @generated
	 */
	EAttribute getOsNvramSourceEncryptionCipher_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionCipher#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionCipher#getAnyAttribute()
	 * @see #getOsNvramSourceEncryptionCipher()
	 * @generated
	 */
	EAttribute getOsNvramSourceEncryptionCipher_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionIvgen <em>Os Nvram Source Encryption Ivgen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Nvram Source Encryption Ivgen</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionIvgen
	 * @generated
	 */
	EClass getOsNvramSourceEncryptionIvgen();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionIvgen#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionIvgen#getMixed()
	 * @see #getOsNvramSourceEncryptionIvgen()
	 * @generated
	 */
	EAttribute getOsNvramSourceEncryptionIvgen_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionIvgen#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionIvgen#getName()
	 * @see #getOsNvramSourceEncryptionIvgen()
	 * @generated
	 */
	EAttribute getOsNvramSourceEncryptionIvgen_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionIvgen#getHash <em>Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hash</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionIvgen#getHash()
	 * @see #getOsNvramSourceEncryptionIvgen()
	 * @generated
	 */
	EAttribute getOsNvramSourceEncryptionIvgen_Hash();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionIvgen#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionIvgen#getAny()
	 * @see #getOsNvramSourceEncryptionIvgen()
	 * @generated
	 */
	EAttribute getOsNvramSourceEncryptionIvgen_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionIvgen#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionIvgen#getAnyAttribute()
	 * @see #getOsNvramSourceEncryptionIvgen()
	 * @generated
	 */
	EAttribute getOsNvramSourceEncryptionIvgen_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.DiskAuthSecret <em>Disk Auth Secret</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Disk Auth Secret</em>'.
	 * @see org.vdevstudio.model.domain.DiskAuthSecret
	 * @generated
	 */
	EClass getDiskAuthSecret();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.DiskAuthSecret#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.DiskAuthSecret#getMixed()
	 * @see #getDiskAuthSecret()
	 * @generated
	 */
	EAttribute getDiskAuthSecret_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.DiskAuthSecret#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.vdevstudio.model.domain.DiskAuthSecret#getType()
	 * @see #getDiskAuthSecret()
	 * @generated
	 */
	EAttribute getDiskAuthSecret_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.DiskAuthSecret#getUuid <em>Uuid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uuid</em>'.
	 * @see org.vdevstudio.model.domain.DiskAuthSecret#getUuid()
	 * @see #getDiskAuthSecret()
	 * @generated
	 */
	EAttribute getDiskAuthSecret_Uuid();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.DiskAuthSecret#getUsage <em>Usage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Usage</em>'.
	 * @see org.vdevstudio.model.domain.DiskAuthSecret#getUsage()
	 * @see #getDiskAuthSecret()
	 * @generated
	 */
	EAttribute getDiskAuthSecret_Usage();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.DiskAuthSecret#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.DiskAuthSecret#getAny()
	 * @see #getDiskAuthSecret()
	 * @generated
	 */
	EAttribute getDiskAuthSecret_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.DiskAuthSecret#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.DiskAuthSecret#getAnyAttribute()
	 * @see #getDiskAuthSecret()
	 * @generated
	 */
	EAttribute getDiskAuthSecret_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InitiatorinfoIqn <em>Initiatorinfo Iqn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Initiatorinfo Iqn</em>'.
	 * @see org.vdevstudio.model.domain.InitiatorinfoIqn
	 * @generated
	 */
	EClass getInitiatorinfoIqn();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InitiatorinfoIqn#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InitiatorinfoIqn#getMixed()
	 * @see #getInitiatorinfoIqn()
	 * @generated
	 */
	EAttribute getInitiatorinfoIqn_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InitiatorinfoIqn#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vdevstudio.model.domain.InitiatorinfoIqn#getName()
	 * @see #getInitiatorinfoIqn()
	 * @generated
	 */
	EAttribute getInitiatorinfoIqn_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InitiatorinfoIqn#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InitiatorinfoIqn#getAny()
	 * @see #getInitiatorinfoIqn()
	 * @generated
	 */
	EAttribute getInitiatorinfoIqn_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InitiatorinfoIqn#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InitiatorinfoIqn#getAnyAttribute()
	 * @see #getInitiatorinfoIqn()
	 * @generated
	 */
	EAttribute getInitiatorinfoIqn_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.OsNvramSourceCookiesCookie <em>Os Nvram Source Cookies Cookie</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Os Nvram Source Cookies Cookie</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceCookiesCookie
	 * @generated
	 */
	EClass getOsNvramSourceCookiesCookie();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceCookiesCookie#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceCookiesCookie#getValue()
	 * @see #getOsNvramSourceCookiesCookie()
	 * @generated
	 */
	EAttribute getOsNvramSourceCookiesCookie_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.OsNvramSourceCookiesCookie#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceCookiesCookie#getName()
	 * @see #getOsNvramSourceCookiesCookie()
	 * @generated
	 */
	EAttribute getOsNvramSourceCookiesCookie_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.OsNvramSourceCookiesCookie#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceCookiesCookie#getAnyAttribute()
	 * @see #getOsNvramSourceCookiesCookie()
	 * @generated
	 */
	EAttribute getOsNvramSourceCookiesCookie_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.InterfaceCoalesceRxFrames <em>Interface Coalesce Rx Frames</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Interface Coalesce Rx Frames</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceCoalesceRxFrames
	 * @generated
	 */
	EClass getInterfaceCoalesceRxFrames();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceCoalesceRxFrames#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceCoalesceRxFrames#getMixed()
	 * @see #getInterfaceCoalesceRxFrames()
	 * @generated
	 */
	EAttribute getInterfaceCoalesceRxFrames_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.InterfaceCoalesceRxFrames#getMax <em>Max</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceCoalesceRxFrames#getMax()
	 * @see #getInterfaceCoalesceRxFrames()
	 * @generated
	 */
	EAttribute getInterfaceCoalesceRxFrames_Max();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceCoalesceRxFrames#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceCoalesceRxFrames#getAny()
	 * @see #getInterfaceCoalesceRxFrames()
	 * @generated
	 */
	EAttribute getInterfaceCoalesceRxFrames_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.InterfaceCoalesceRxFrames#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceCoalesceRxFrames#getAnyAttribute()
	 * @see #getInterfaceCoalesceRxFrames()
	 * @generated
	 */
	EAttribute getInterfaceCoalesceRxFrames_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.HostdevSourceAdapterParentaddr <em>Hostdev Source Adapter Parentaddr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hostdev Source Adapter Parentaddr</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapterParentaddr
	 * @generated
	 */
	EClass getHostdevSourceAdapterParentaddr();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.HostdevSourceAdapterParentaddr#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapterParentaddr#getMixed()
	 * @see #getHostdevSourceAdapterParentaddr()
	 * @generated
	 */
	EAttribute getHostdevSourceAdapterParentaddr_Mixed();

	/**
	 * Returns the meta object for the containment reference '{@link org.vdevstudio.model.domain.HostdevSourceAdapterParentaddr#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Address</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapterParentaddr#getAddress()
	 * @see #getHostdevSourceAdapterParentaddr()
	 * @generated
	 */
	EReference getHostdevSourceAdapterParentaddr_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSourceAdapterParentaddr#getUniqueId <em>Unique Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unique Id</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapterParentaddr#getUniqueId()
	 * @see #getHostdevSourceAdapterParentaddr()
	 * @generated
	 */
	EAttribute getHostdevSourceAdapterParentaddr_UniqueId();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.HostdevSourceAdapterParentaddr#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapterParentaddr#getAny()
	 * @see #getHostdevSourceAdapterParentaddr()
	 * @generated
	 */
	EAttribute getHostdevSourceAdapterParentaddr_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.HostdevSourceAdapterParentaddr#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapterParentaddr#getAnyAttribute()
	 * @see #getHostdevSourceAdapterParentaddr()
	 * @generated
	 */
	EAttribute getHostdevSourceAdapterParentaddr_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.HostdevSourceAdapterParentaddrAddress <em>Hostdev Source Adapter Parentaddr Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hostdev Source Adapter Parentaddr Address</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapterParentaddrAddress
	 * @generated
	 */
	EClass getHostdevSourceAdapterParentaddrAddress();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.HostdevSourceAdapterParentaddrAddress#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapterParentaddrAddress#getMixed()
	 * @see #getHostdevSourceAdapterParentaddrAddress()
	 * @generated
	 */
	EAttribute getHostdevSourceAdapterParentaddrAddress_Mixed();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSourceAdapterParentaddrAddress#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapterParentaddrAddress#getDomain()
	 * @see #getHostdevSourceAdapterParentaddrAddress()
	 * @generated
	 */
	EAttribute getHostdevSourceAdapterParentaddrAddress_Domain();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSourceAdapterParentaddrAddress#getBus <em>Bus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bus</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapterParentaddrAddress#getBus()
	 * @see #getHostdevSourceAdapterParentaddrAddress()
	 * @generated
	 */
	EAttribute getHostdevSourceAdapterParentaddrAddress_Bus();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSourceAdapterParentaddrAddress#getSlot <em>Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slot</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapterParentaddrAddress#getSlot()
	 * @see #getHostdevSourceAdapterParentaddrAddress()
	 * @generated
	 */
	EAttribute getHostdevSourceAdapterParentaddrAddress_Slot();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSourceAdapterParentaddrAddress#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapterParentaddrAddress#getFunction()
	 * @see #getHostdevSourceAdapterParentaddrAddress()
	 * @generated
	 */
	EAttribute getHostdevSourceAdapterParentaddrAddress_Function();

	/**
	 * Returns the meta object for the attribute '{@link org.vdevstudio.model.domain.HostdevSourceAdapterParentaddrAddress#getMultifunction <em>Multifunction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Multifunction</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapterParentaddrAddress#getMultifunction()
	 * @see #getHostdevSourceAdapterParentaddrAddress()
	 * @generated
	 */
	EAttribute getHostdevSourceAdapterParentaddrAddress_Multifunction();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.HostdevSourceAdapterParentaddrAddress#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapterParentaddrAddress#getAny()
	 * @see #getHostdevSourceAdapterParentaddrAddress()
	 * @generated
	 */
	EAttribute getHostdevSourceAdapterParentaddrAddress_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.HostdevSourceAdapterParentaddrAddress#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapterParentaddrAddress#getAnyAttribute()
	 * @see #getHostdevSourceAdapterParentaddrAddress()
	 * @generated
	 */
	EAttribute getHostdevSourceAdapterParentaddrAddress_AnyAttribute();

	/**
	 * Returns the meta object for class '{@link org.vdevstudio.model.domain.EmptyElement <em>Empty Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Empty Element</em>'.
	 * @see org.vdevstudio.model.domain.EmptyElement
	 * @generated
	 */
	EClass getEmptyElement();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.EmptyElement#getMixed <em>Mixed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mixed</em>'.
	 * @see org.vdevstudio.model.domain.EmptyElement#getMixed()
	 * @see #getEmptyElement()
	 * @generated
	 */
	EAttribute getEmptyElement_Mixed();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.EmptyElement#getAny <em>Any</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any</em>'.
	 * @see org.vdevstudio.model.domain.EmptyElement#getAny()
	 * @see #getEmptyElement()
	 * @generated
	 */
	EAttribute getEmptyElement_Any();

	/**
	 * Returns the meta object for the attribute list '{@link org.vdevstudio.model.domain.EmptyElement#getAnyAttribute <em>Any Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Any Attribute</em>'.
	 * @see org.vdevstudio.model.domain.EmptyElement#getAnyAttribute()
	 * @see #getEmptyElement()
	 * @generated
	 */
	EAttribute getEmptyElement_AnyAttribute();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.DomainType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Type</em>'.
	 * @see org.vdevstudio.model.domain.DomainType
	 * @generated
	 */
	EEnum getDomainType();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.OsFirmware2 <em>Os Firmware2</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Os Firmware2</em>'.
	 * @see org.vdevstudio.model.domain.OsFirmware2
	 * @generated
	 */
	EEnum getOsFirmware2();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.VirOnOff <em>Vir On Off</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Vir On Off</em>'.
	 * @see org.vdevstudio.model.domain.VirOnOff
	 * @generated
	 */
	EEnum getVirOnOff();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.VcpuPlacement <em>Vcpu Placement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Vcpu Placement</em>'.
	 * @see org.vdevstudio.model.domain.VcpuPlacement
	 * @generated
	 */
	EEnum getVcpuPlacement();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.OsTypeValue <em>Os Type Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Os Type Value</em>'.
	 * @see org.vdevstudio.model.domain.OsTypeValue
	 * @generated
	 */
	EEnum getOsTypeValue();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.OsTypeArch <em>Os Type Arch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Os Type Arch</em>'.
	 * @see org.vdevstudio.model.domain.OsTypeArch
	 * @generated
	 */
	EEnum getOsTypeArch();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.VirYesNo <em>Vir Yes No</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Vir Yes No</em>'.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @generated
	 */
	EEnum getVirYesNo();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.OsLoaderType <em>Os Loader Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Os Loader Type</em>'.
	 * @see org.vdevstudio.model.domain.OsLoaderType
	 * @generated
	 */
	EEnum getOsLoaderType();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.OsNvramType <em>Os Nvram Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Os Nvram Type</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramType
	 * @generated
	 */
	EEnum getOsNvramType();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.OsBootDev <em>Os Boot Dev</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Os Boot Dev</em>'.
	 * @see org.vdevstudio.model.domain.OsBootDev
	 * @generated
	 */
	EEnum getOsBootDev();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.OsSmbiosMode <em>Os Smbios Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Os Smbios Mode</em>'.
	 * @see org.vdevstudio.model.domain.OsSmbiosMode
	 * @generated
	 */
	EEnum getOsSmbiosMode();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.InterfaceType <em>Interface Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interface Type</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceType
	 * @generated
	 */
	EEnum getInterfaceType();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.HostdevMode <em>Hostdev Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hostdev Mode</em>'.
	 * @see org.vdevstudio.model.domain.HostdevMode
	 * @generated
	 */
	EEnum getHostdevMode();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.HostdevType <em>Hostdev Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hostdev Type</em>'.
	 * @see org.vdevstudio.model.domain.HostdevType
	 * @generated
	 */
	EEnum getHostdevType();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.HostdevSgio <em>Hostdev Sgio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hostdev Sgio</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSgio
	 * @generated
	 */
	EEnum getHostdevSgio();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.HostdevModel <em>Hostdev Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hostdev Model</em>'.
	 * @see org.vdevstudio.model.domain.HostdevModel
	 * @generated
	 */
	EEnum getHostdevModel();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.OsFirmwareFeatureName <em>Os Firmware Feature Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Os Firmware Feature Name</em>'.
	 * @see org.vdevstudio.model.domain.OsFirmwareFeatureName
	 * @generated
	 */
	EEnum getOsFirmwareFeatureName();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.OsNvramSourceStartupPolicy <em>Os Nvram Source Startup Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Os Nvram Source Startup Policy</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceStartupPolicy
	 * @generated
	 */
	EEnum getOsNvramSourceStartupPolicy();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.OsNvramSourceProtocol <em>Os Nvram Source Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Os Nvram Source Protocol</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceProtocol
	 * @generated
	 */
	EEnum getOsNvramSourceProtocol();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.OsNvramSourceMode <em>Os Nvram Source Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Os Nvram Source Mode</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceMode
	 * @generated
	 */
	EEnum getOsNvramSourceMode();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.OsNvramSourceType <em>Os Nvram Source Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Os Nvram Source Type</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceType
	 * @generated
	 */
	EEnum getOsNvramSourceType();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.OsAcpiTableType <em>Os Acpi Table Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Os Acpi Table Type</em>'.
	 * @see org.vdevstudio.model.domain.OsAcpiTableType
	 * @generated
	 */
	EEnum getOsAcpiTableType();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.MacTableManager <em>Mac Table Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mac Table Manager</em>'.
	 * @see org.vdevstudio.model.domain.MacTableManager
	 * @generated
	 */
	EEnum getMacTableManager();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.InterfaceSourceType <em>Interface Source Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interface Source Type</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceSourceType
	 * @generated
	 */
	EEnum getInterfaceSourceType();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.InterfaceVirtualportType <em>Interface Virtualport Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interface Virtualport Type</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVirtualportType
	 * @generated
	 */
	EEnum getInterfaceVirtualportType();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.InterfaceLinkState <em>Interface Link State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interface Link State</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceLinkState
	 * @generated
	 */
	EEnum getInterfaceLinkState();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.InterfaceMacType <em>Interface Mac Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interface Mac Type</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceMacType
	 * @generated
	 */
	EEnum getInterfaceMacType();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.InterfacePortForwardProto <em>Interface Port Forward Proto</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interface Port Forward Proto</em>'.
	 * @see org.vdevstudio.model.domain.InterfacePortForwardProto
	 * @generated
	 */
	EEnum getInterfacePortForwardProto();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.InterfaceBackendType <em>Interface Backend Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interface Backend Type</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceBackendType
	 * @generated
	 */
	EEnum getInterfaceBackendType();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.InterfaceDriverName <em>Interface Driver Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interface Driver Name</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriverName
	 * @generated
	 */
	EEnum getInterfaceDriverName();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.InterfaceDriverTxmode <em>Interface Driver Txmode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interface Driver Txmode</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceDriverTxmode
	 * @generated
	 */
	EEnum getInterfaceDriverTxmode();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.AddressType <em>Address Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Address Type</em>'.
	 * @see org.vdevstudio.model.domain.AddressType
	 * @generated
	 */
	EEnum getAddressType();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.InterfaceVlanTrunk <em>Interface Vlan Trunk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interface Vlan Trunk</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVlanTrunk
	 * @generated
	 */
	EEnum getInterfaceVlanTrunk();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.TeamingType <em>Teaming Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Teaming Type</em>'.
	 * @see org.vdevstudio.model.domain.TeamingType
	 * @generated
	 */
	EEnum getTeamingType();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.HostdevDriverName <em>Hostdev Driver Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hostdev Driver Name</em>'.
	 * @see org.vdevstudio.model.domain.HostdevDriverName
	 * @generated
	 */
	EEnum getHostdevDriverName();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.HostdevSourceStartupPolicy <em>Hostdev Source Startup Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hostdev Source Startup Policy</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceStartupPolicy
	 * @generated
	 */
	EEnum getHostdevSourceStartupPolicy();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.HostdevSourceGuestReset <em>Hostdev Source Guest Reset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hostdev Source Guest Reset</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceGuestReset
	 * @generated
	 */
	EEnum getHostdevSourceGuestReset();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.HostdevSourceProtocol <em>Hostdev Source Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hostdev Source Protocol</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceProtocol
	 * @generated
	 */
	EEnum getHostdevSourceProtocol();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionFormat <em>Os Nvram Source Encryption Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Os Nvram Source Encryption Format</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionFormat
	 * @generated
	 */
	EEnum getOsNvramSourceEncryptionFormat();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionEngine <em>Os Nvram Source Encryption Engine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Os Nvram Source Encryption Engine</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionEngine
	 * @generated
	 */
	EEnum getOsNvramSourceEncryptionEngine();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.OsNvramSourceSeclabelRelabel <em>Os Nvram Source Seclabel Relabel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Os Nvram Source Seclabel Relabel</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSeclabelRelabel
	 * @generated
	 */
	EEnum getOsNvramSourceSeclabelRelabel();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.OsNvramSourceSeclabelLabelskip <em>Os Nvram Source Seclabel Labelskip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Os Nvram Source Seclabel Labelskip</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSeclabelLabelskip
	 * @generated
	 */
	EEnum getOsNvramSourceSeclabelLabelskip();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.OsNvramSourceHostTransport <em>Os Nvram Source Host Transport</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Os Nvram Source Host Transport</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceHostTransport
	 * @generated
	 */
	EEnum getOsNvramSourceHostTransport();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.SourceAddressType <em>Source Address Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Source Address Type</em>'.
	 * @see org.vdevstudio.model.domain.SourceAddressType
	 * @generated
	 */
	EEnum getSourceAddressType();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.InterfaceVlanTagNativeMode <em>Interface Vlan Tag Native Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Interface Vlan Tag Native Mode</em>'.
	 * @see org.vdevstudio.model.domain.InterfaceVlanTagNativeMode
	 * @generated
	 */
	EEnum getInterfaceVlanTagNativeMode();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.HostdevSourceAdapterType <em>Hostdev Source Adapter Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Hostdev Source Adapter Type</em>'.
	 * @see org.vdevstudio.model.domain.HostdevSourceAdapterType
	 * @generated
	 */
	EEnum getHostdevSourceAdapterType();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.OsNvramSourceSlicesSliceType <em>Os Nvram Source Slices Slice Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Os Nvram Source Slices Slice Type</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceSlicesSliceType
	 * @generated
	 */
	EEnum getOsNvramSourceSlicesSliceType();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionSecretType <em>Os Nvram Source Encryption Secret Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Os Nvram Source Encryption Secret Type</em>'.
	 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionSecretType
	 * @generated
	 */
	EEnum getOsNvramSourceEncryptionSecretType();

	/**
	 * Returns the meta object for enum '{@link org.vdevstudio.model.domain.DiskAuthSecretType <em>Disk Auth Secret Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Disk Auth Secret Type</em>'.
	 * @see org.vdevstudio.model.domain.DiskAuthSecretType
	 * @generated
	 */
	EEnum getDiskAuthSecretType();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Object Name With Slash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Object Name With Slash</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='ObjectNameWithSlash' pattern='[^\\n]+'"
	 * @generated
	 */
	EDataType getObjectNameWithSlash();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>UUID</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>UUID</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='UUID' pattern='([a-fA-F0-9]{32})|([a-fA-F0-9]{8}\\-([a-fA-F0-9]{4}\\-){3}[a-fA-F0-9]{12})'"
	 * @generated
	 */
	EDataType getUUID();

	/**
	 * Returns the meta object for data type '{@link java.lang.Long <em>Unsigned Int</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Unsigned Int</em>'.
	 * @see java.lang.Long
	 * @model instanceClass="java.lang.Long"
	 *        extendedMetaData="name='UnsignedInt' pattern='[0-9]+' minInclusive='0' maxInclusive='4294967295'"
	 * @generated
	 */
	EDataType getUnsignedInt();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Abs File Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Abs File Path</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='AbsFilePath' pattern='(/|[a-zA-Z]:\\\\).+'"
	 * @generated
	 */
	EDataType getAbsFilePath();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Generic Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Generic Name</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='GenericName' pattern='[a-zA-Z0-9_\\+\\-]+'"
	 * @generated
	 */
	EDataType getGenericName();

	/**
	 * Returns the meta object for data type '{@link java.math.BigInteger <em>Memory Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Memory Value</em>'.
	 * @see java.math.BigInteger
	 * @model instanceClass="java.math.BigInteger"
	 *        extendedMetaData="name='MemoryValue' pattern='[0-9]+' minInclusive='0' maxInclusive='18446744073709551615'"
	 * @generated
	 */
	EDataType getMemoryValue();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Unit</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Unit' pattern='([bB]([yY][tT][eE][sS]?)?)|([kKmMgGtTpPeE]([iI]?[bB])?)'"
	 * @generated
	 */
	EDataType getUnit();

	/**
	 * Returns the meta object for data type '{@link java.math.BigInteger <em>Current Memory Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Current Memory Value</em>'.
	 * @see java.math.BigInteger
	 * @model instanceClass="java.math.BigInteger"
	 *        extendedMetaData="name='CurrentMemoryValue' pattern='[0-9]+' minInclusive='0' maxInclusive='18446744073709551615'"
	 * @generated
	 */
	EDataType getCurrentMemoryValue();

	/**
	 * Returns the meta object for data type '{@link java.lang.Integer <em>Vcpu Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Vcpu Value</em>'.
	 * @see java.lang.Integer
	 * @model instanceClass="java.lang.Integer"
	 *        extendedMetaData="name='VcpuValue' pattern='[0-9]+' minInclusive='1' maxInclusive='65535'"
	 * @generated
	 */
	EDataType getVcpuValue();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Cpuset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Cpuset</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Cpuset' pattern='([0-9]+(-[0-9]+)?|\\^[0-9]+)(,([0-9]+(-[0-9]+)?|\\^[0-9]+))*'"
	 * @generated
	 */
	EDataType getCpuset();

	/**
	 * Returns the meta object for data type '{@link java.lang.Integer <em>Count CPU</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Count CPU</em>'.
	 * @see java.lang.Integer
	 * @model instanceClass="java.lang.Integer"
	 *        extendedMetaData="name='CountCPU' pattern='[0-9]+' minInclusive='1' maxInclusive='65535'"
	 * @generated
	 */
	EDataType getCountCPU();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Os Type Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Os Type Machine</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='OsTypeMachine' pattern='xenpv|xenfv|xenpvh|([a-zA-Z0-9_\\.\\-]+)'"
	 * @generated
	 */
	EDataType getOsTypeMachine();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Os Loader Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Os Loader Value</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='OsLoaderValue' pattern='|((/|[a-zA-Z]:\\\\).+)'"
	 * @generated
	 */
	EDataType getOsLoaderValue();

	/**
	 * Returns the meta object for data type '{@link java.lang.Long <em>Unsigned Short</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Unsigned Short</em>'.
	 * @see java.lang.Long
	 * @model instanceClass="java.lang.Long"
	 *        extendedMetaData="name='UnsignedShort' minInclusive='0' maxInclusive='65535'"
	 * @generated
	 */
	EDataType getUnsignedShort();

	/**
	 * Returns the meta object for data type '{@link java.lang.Integer <em>Reboot Timeout Delay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Reboot Timeout Delay</em>'.
	 * @see java.lang.Integer
	 * @model instanceClass="java.lang.Integer"
	 *        extendedMetaData="name='RebootTimeoutDelay' minInclusive='-1' maxInclusive='32767'"
	 * @generated
	 */
	EDataType getRebootTimeoutDelay();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Os Initenv Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Os Initenv Name</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='OsInitenvName' pattern='[a-zA-Z_]+[a-zA-Z0-9_]*'"
	 * @generated
	 */
	EDataType getOsInitenvName();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Os Nvram Source File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Os Nvram Source File</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='OsNvramSourceFile' pattern='((/|[a-zA-Z]:\\\\).+)|(\\[[^\\]]+\\]%20.+)'"
	 * @generated
	 */
	EDataType getOsNvramSourceFile();

	/**
	 * Returns the meta object for data type '{@link java.math.BigInteger <em>Positive Integer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Positive Integer</em>'.
	 * @see java.math.BigInteger
	 * @model instanceClass="java.math.BigInteger"
	 *        extendedMetaData="name='PositiveInteger' pattern='[0-9]+' minInclusive='1'"
	 * @generated
	 */
	EDataType getPositiveInteger();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Os Nvram Source Dev</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Os Nvram Source Dev</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='OsNvramSourceDev' pattern='((/|[a-zA-Z]:\\\\).+)|([a-zA-Z0-9_\\.\\-\\\\:/]+)'"
	 * @generated
	 */
	EDataType getOsNvramSourceDev();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Object Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Object Name</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='ObjectName' pattern='[^/\\n]+'"
	 * @generated
	 */
	EDataType getObjectName();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Vol Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Vol Name</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='VolName' pattern='[^/]+'"
	 * @generated
	 */
	EDataType getVolName();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Uint32</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Uint32</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Uint32' pattern='((0x)?[0-9a-fA-F]{1,8})|([0-9]+)'"
	 * @generated
	 */
	EDataType getUint32();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Os Acpi Table Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Os Acpi Table Value</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='OsAcpiTableValue' pattern='(/|[a-zA-Z]:\\\\).+'"
	 * @generated
	 */
	EDataType getOsAcpiTableValue();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Interface Source Bridge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Interface Source Bridge</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='InterfaceSourceBridge' pattern='[a-zA-Z0-9_\\.\\-\\\\:/%20]*'"
	 * @generated
	 */
	EDataType getInterfaceSourceBridge();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Device Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Device Name</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='DeviceName' pattern='[a-zA-Z0-9_\\.\\-\\\\:/]+'"
	 * @generated
	 */
	EDataType getDeviceName();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Interface Source Portid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Interface Source Portid</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='InterfaceSourcePortid' pattern='([a-fA-F0-9]{32})|([a-fA-F0-9]{8}\\-([a-fA-F0-9]{4}\\-){3}[a-fA-F0-9]{12})|(-?[0-9]+)'"
	 * @generated
	 */
	EDataType getInterfaceSourcePortid();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Interface Source Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Interface Source Mode</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='InterfaceSourceMode' pattern='server|client|((vepa|bridge|private|passthrough))'"
	 * @generated
	 */
	EDataType getInterfaceSourceMode();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Ipv4 Addr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Ipv4 Addr</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Ipv4Addr' pattern='((((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|((((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|((((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))'"
	 * @generated
	 */
	EDataType getIpv4Addr();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Port Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Port Number</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='PortNumber' pattern='(-?[0-9]+)|(-?[0-9]+)|(-?[0-9]+)'"
	 * @generated
	 */
	EDataType getPortNumber();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Uni Mac Addr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Uni Mac Addr</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='UniMacAddr' pattern='[a-fA-F0-9][02468aAcCeE](:[a-fA-F0-9]{2}){5}'"
	 * @generated
	 */
	EDataType getUniMacAddr();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Ip Addr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Ip Addr</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='IpAddr' pattern='((((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|((([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}:[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){5}:([0-9A-Fa-f]{1,4}:)?[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){4}:([0-9A-Fa-f]{1,4}:){0,2}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){3}:([0-9A-Fa-f]{1,4}:){0,3}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){2}:([0-9A-Fa-f]{1,4}:){0,4}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(([0-9A-Fa-f]{1,4}:){0,5}:(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(::([0-9A-Fa-f]{1,4}:){0,5}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|([0-9A-Fa-f]{1,4}::([0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})|(::([0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){1,7}:)|(::))'"
	 * @generated
	 */
	EDataType getIpAddr();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Addr Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Addr Family</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='AddrFamily' pattern='(ipv4)|(ipv6)'"
	 * @generated
	 */
	EDataType getAddrFamily();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Ip Prefix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Ip Prefix</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='IpPrefix' pattern='([0-9]+)|([0-9]+)'"
	 * @generated
	 */
	EDataType getIpPrefix();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>File Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>File Path</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='FilePath' pattern='.+'"
	 * @generated
	 */
	EDataType getFilePath();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Interface Model Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Interface Model Type</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='InterfaceModelType' pattern='[a-zA-Z0-9\\-_]+'"
	 * @generated
	 */
	EDataType getInterfaceModelType();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Alias Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Alias Name</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='AliasName' pattern='[a-zA-Z0-9_\\-.]+'"
	 * @generated
	 */
	EDataType getAliasName();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Pci Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Pci Domain</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='PciDomain' pattern='((0x)?[0-9a-fA-F]{1,8})|([0-9]+)'"
	 * @generated
	 */
	EDataType getPciDomain();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Address Bus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Address Bus</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='AddressBus' pattern='(0x[0-9a-fA-F]{1,2})|(-?[0-9]+)|([0-9]{1,2})|([0-9]{1,2})|((0x)?[0-9a-fA-F]{1,3})'"
	 * @generated
	 */
	EDataType getAddressBus();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Address Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Address Slot</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='AddressSlot' pattern='((0x)?[0-1]?[0-9a-fA-F])|(-?[0-9]+)|([0-9]{1,2})|([0-9]+)'"
	 * @generated
	 */
	EDataType getAddressSlot();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Pci Func</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Pci Func</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='PciFunc' pattern='((0x)?[0-7])|(-?[0-9]+)'"
	 * @generated
	 */
	EDataType getPciFunc();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Drive Controller</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Drive Controller</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='DriveController' pattern='([0-9]{1,2})|([0-9]{1,2})|([0-9]{1,2})'"
	 * @generated
	 */
	EDataType getDriveController();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Drive Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Drive Target</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='DriveTarget' pattern='[0-9]{1,2}'"
	 * @generated
	 */
	EDataType getDriveTarget();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Drive Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Drive Unit</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='DriveUnit' pattern='[0-9]{1,5}'"
	 * @generated
	 */
	EDataType getDriveUnit();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Address Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Address Port</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='AddressPort' pattern='([0-9]{1,2})|(((0x)?[0-9a-fA-F]{1,3}\\.){0,3}(0x)?[0-9a-fA-F]{1,3})'"
	 * @generated
	 */
	EDataType getAddressPort();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Spaprvio Reg</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Spaprvio Reg</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='SpaprvioReg' pattern='(0x)?[0-9a-fA-F]{1,8}'"
	 * @generated
	 */
	EDataType getSpaprvioReg();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Ccw Cssid Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Ccw Cssid Range</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='CcwCssidRange' pattern='(0x[0-9a-eA-E][0-9a-fA-F]?)|(0x[fF][0-9a-eA-E]?)|(-?[0-9]+)'"
	 * @generated
	 */
	EDataType getCcwCssidRange();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Ccw Ssid Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Ccw Ssid Range</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='CcwSsidRange' pattern='(0x)?[0-3]'"
	 * @generated
	 */
	EDataType getCcwSsidRange();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Ccw Devno Range</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Ccw Devno Range</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='CcwDevnoRange' pattern='(0x[0-9a-fA-F]{1,4})|(-?[0-9]+)'"
	 * @generated
	 */
	EDataType getCcwDevnoRange();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Address Iobase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Address Iobase</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='AddressIobase' pattern='0x[a-fA-F0-9]{1,4}'"
	 * @generated
	 */
	EDataType getAddressIobase();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Address Irq</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Address Irq</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='AddressIrq' pattern='0x[a-fA-F0-9]'"
	 * @generated
	 */
	EDataType getAddressIrq();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Hexuint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Hexuint</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Hexuint' pattern='(0x)?[0-9a-f]+'"
	 * @generated
	 */
	EDataType getHexuint();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Device Boot Loadparm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Device Boot Loadparm</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='DeviceBootLoadparm' pattern='[a-zA-Z0-9.\\s]{1,8}'"
	 * @generated
	 */
	EDataType getDeviceBootLoadparm();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Hostdev Source Wwpn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Hostdev Source Wwpn</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='HostdevSourceWwpn' pattern='(naa\\.)[0-9a-fA-F]{16}'"
	 * @generated
	 */
	EDataType getHostdevSourceWwpn();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Os Nvram Source Host Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Os Nvram Source Host Name</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='OsNvramSourceHostName' pattern='([a-zA-Z0-9\\.\\-]+)|((((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|((([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}:[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){5}:([0-9A-Fa-f]{1,4}:)?[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){4}:([0-9A-Fa-f]{1,4}:){0,2}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){3}:([0-9A-Fa-f]{1,4}:){0,3}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){2}:([0-9A-Fa-f]{1,4}:){0,4}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(([0-9A-Fa-f]{1,4}:){0,5}:(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(::([0-9A-Fa-f]{1,4}:){0,5}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|([0-9A-Fa-f]{1,4}::([0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})|(::([0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){1,7}:)|(::))'"
	 * @generated
	 */
	EDataType getOsNvramSourceHostName();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Pci Bus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Pci Bus</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='PciBus' pattern='(0x[0-9a-fA-F]{1,2})|(-?[0-9]+)'"
	 * @generated
	 */
	EDataType getPciBus();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Pci Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Pci Slot</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='PciSlot' pattern='((0x)?[0-1]?[0-9a-fA-F])|(-?[0-9]+)'"
	 * @generated
	 */
	EDataType getPciSlot();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Usb Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Usb Id</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='UsbId' pattern='(0x)?[0-9a-fA-F]{1,4}'"
	 * @generated
	 */
	EDataType getUsbId();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Source Address Bus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Source Address Bus</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='SourceAddressBus' pattern='((0x)?[0-9a-fA-F]{1,3})|(0x[0-9a-fA-F]{1,2})|(-?[0-9]+)|((0x)?[0-9a-fA-F]{1,3})|([0-9]{1,2})'"
	 * @generated
	 */
	EDataType getSourceAddressBus();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Usb Addr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Usb Addr</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='UsbAddr' pattern='((0x)?[0-9a-fA-F]{1,3})|((0x)?[0-9a-fA-F]{1,3})'"
	 * @generated
	 */
	EDataType getUsbAddr();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Drive SCSI Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Drive SCSI Target</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='DriveSCSITarget' pattern='[0-9]{1,10}'"
	 * @generated
	 */
	EDataType getDriveSCSITarget();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Drive SCSI Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Drive SCSI Unit</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='DriveSCSIUnit' pattern='[0-9]{1,20}'"
	 * @generated
	 */
	EDataType getDriveSCSIUnit();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Uint8</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Uint8</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Uint8' pattern='(0x[0-9a-fA-F]{1,2})|(-?[0-9]+)|(0x[0-9a-fA-F]{1,2})|(-?[0-9]+)'"
	 * @generated
	 */
	EDataType getUint8();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Uint24</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Uint24</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Uint24' pattern='(0x[0-9a-fA-F]{1,6})|(-?[0-9]+)|(0x[0-9a-fA-F]{1,6})|(-?[0-9]+)'"
	 * @generated
	 */
	EDataType getUint24();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Uint16</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Uint16</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Uint16' pattern='((0x)?[0-9a-fA-F]{1,4})|(-?[0-9]+)'"
	 * @generated
	 */
	EDataType getUint16();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Filter Param Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Filter Param Name</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='FilterParamName' pattern='[a-zA-Z0-9_]+'"
	 * @generated
	 */
	EDataType getFilterParamName();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Filter Param Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Filter Param Value</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='FilterParamValue' pattern='[a-zA-Z0-9_\\.:]+'"
	 * @generated
	 */
	EDataType getFilterParamValue();

	/**
	 * Returns the meta object for data type '{@link java.lang.Long <em>Speed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Speed</em>'.
	 * @see java.lang.Long
	 * @model instanceClass="java.lang.Long"
	 *        extendedMetaData="name='Speed' pattern='[0-9]+' minInclusive='1' maxInclusive='4294967295'"
	 * @generated
	 */
	EDataType getSpeed();

	/**
	 * Returns the meta object for data type '{@link java.lang.Long <em>Burst Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Burst Size</em>'.
	 * @see java.lang.Long
	 * @model instanceClass="java.lang.Long"
	 *        extendedMetaData="name='BurstSize' pattern='[0-9]+' minInclusive='1' maxInclusive='4294967295'"
	 * @generated
	 */
	EDataType getBurstSize();

	/**
	 * Returns the meta object for data type '{@link java.lang.Long <em>Interface Vlan Tag Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Interface Vlan Tag Id</em>'.
	 * @see java.lang.Long
	 * @model instanceClass="java.lang.Long"
	 *        extendedMetaData="name='InterfaceVlanTagId' minInclusive='0' maxInclusive='4095'"
	 * @generated
	 */
	EDataType getInterfaceVlanTagId();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Wwn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Wwn</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='Wwn' pattern='(0x)?[0-9a-fA-F]{16}'"
	 * @generated
	 */
	EDataType getWwn();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Os Nvram Source Cookies Cookie Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Os Nvram Source Cookies Cookie Value</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='OsNvramSourceCookiesCookieValue' pattern='\"?[!#$%25&amp;\'()*+\\-./0-9:&gt;=&lt;?@A-Z\\^_`\\[\\]a-z|~]+\"?'"
	 * @generated
	 */
	EDataType getOsNvramSourceCookiesCookieValue();

	/**
	 * Returns the meta object for data type '{@link java.lang.String <em>Os Nvram Source Cookies Cookie Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Os Nvram Source Cookies Cookie Name</em>'.
	 * @see java.lang.String
	 * @model instanceClass="java.lang.String"
	 *        extendedMetaData="name='OsNvramSourceCookiesCookieName' pattern='[!#$%25&amp;\'*+\\-.0-9A-Z\\^_`a-z|~]+'"
	 * @generated
	 */
	EDataType getOsNvramSourceCookiesCookieName();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DomainFactory getDomainFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.DocumentRootImpl <em>Document Root</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.DocumentRootImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDocumentRoot()
		 * @generated
		 */
		EClass DOCUMENT_ROOT = eINSTANCE.getDocumentRoot();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_ROOT__MIXED = eINSTANCE.getDocumentRoot_Mixed();

		/**
		 * The meta object literal for the '<em><b>XMLNS Prefix Map</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT_ROOT__XMLNS_PREFIX_MAP = eINSTANCE.getDocumentRoot_XMLNSPrefixMap();

		/**
		 * The meta object literal for the '<em><b>XSI Schema Location</b></em>' map feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT_ROOT__XSI_SCHEMA_LOCATION = eINSTANCE.getDocumentRoot_XSISchemaLocation();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT_ROOT__DOMAIN = eINSTANCE.getDocumentRoot_Domain();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.DomainImpl <em>Domain</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.DomainImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDomain()
		 * @generated
		 */
		EClass DOMAIN = eINSTANCE.getDomain();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__MIXED = eINSTANCE.getDomain_Mixed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__NAME = eINSTANCE.getDomain_Name();

		/**
		 * The meta object literal for the '<em><b>Uuid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__UUID = eINSTANCE.getDomain_Uuid();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__TITLE = eINSTANCE.getDomain_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__DESCRIPTION = eINSTANCE.getDomain_Description();

		/**
		 * The meta object literal for the '<em><b>Os</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__OS = eINSTANCE.getDomain_Os();

		/**
		 * The meta object literal for the '<em><b>Memory</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__MEMORY = eINSTANCE.getDomain_Memory();

		/**
		 * The meta object literal for the '<em><b>Current Memory</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__CURRENT_MEMORY = eINSTANCE.getDomain_CurrentMemory();

		/**
		 * The meta object literal for the '<em><b>Vcpu</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__VCPU = eINSTANCE.getDomain_Vcpu();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__DEVICES = eINSTANCE.getDomain_Devices();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__TYPE = eINSTANCE.getDomain_Type();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__ID = eINSTANCE.getDomain_Id();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__ANY = eINSTANCE.getDomain_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__ANY_ATTRIBUTE = eINSTANCE.getDomain_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsImpl <em>Os</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOs()
		 * @generated
		 */
		EClass OS = eINSTANCE.getOs();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS__MIXED = eINSTANCE.getOs_Mixed();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS__TYPE = eINSTANCE.getOs_Type();

		/**
		 * The meta object literal for the '<em><b>Kernel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS__KERNEL = eINSTANCE.getOs_Kernel();

		/**
		 * The meta object literal for the '<em><b>Initrd</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS__INITRD = eINSTANCE.getOs_Initrd();

		/**
		 * The meta object literal for the '<em><b>Root</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS__ROOT = eINSTANCE.getOs_Root();

		/**
		 * The meta object literal for the '<em><b>Cmdline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS__CMDLINE = eINSTANCE.getOs_Cmdline();

		/**
		 * The meta object literal for the '<em><b>Dtb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS__DTB = eINSTANCE.getOs_Dtb();

		/**
		 * The meta object literal for the '<em><b>Firmware</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS__FIRMWARE = eINSTANCE.getOs_Firmware();

		/**
		 * The meta object literal for the '<em><b>Loader</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS__LOADER = eINSTANCE.getOs_Loader();

		/**
		 * The meta object literal for the '<em><b>Nvram</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS__NVRAM = eINSTANCE.getOs_Nvram();

		/**
		 * The meta object literal for the '<em><b>Boots</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS__BOOTS = eINSTANCE.getOs_Boots();

		/**
		 * The meta object literal for the '<em><b>Bootmenu</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS__BOOTMENU = eINSTANCE.getOs_Bootmenu();

		/**
		 * The meta object literal for the '<em><b>Smbios</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS__SMBIOS = eINSTANCE.getOs_Smbios();

		/**
		 * The meta object literal for the '<em><b>Bios</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS__BIOS = eINSTANCE.getOs_Bios();

		/**
		 * The meta object literal for the '<em><b>Acpi</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS__ACPI = eINSTANCE.getOs_Acpi();

		/**
		 * The meta object literal for the '<em><b>Init</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS__INIT = eINSTANCE.getOs_Init();

		/**
		 * The meta object literal for the '<em><b>Initargs</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS__INITARGS = eINSTANCE.getOs_Initargs();

		/**
		 * The meta object literal for the '<em><b>Initenvs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS__INITENVS = eINSTANCE.getOs_Initenvs();

		/**
		 * The meta object literal for the '<em><b>Initdir</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS__INITDIR = eINSTANCE.getOs_Initdir();

		/**
		 * The meta object literal for the '<em><b>Inituser</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS__INITUSER = eINSTANCE.getOs_Inituser();

		/**
		 * The meta object literal for the '<em><b>Initgroup</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS__INITGROUP = eINSTANCE.getOs_Initgroup();

		/**
		 * The meta object literal for the '<em><b>Firmware Attribute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS__FIRMWARE_ATTRIBUTE = eINSTANCE.getOs_FirmwareAttribute();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS__ANY = eINSTANCE.getOs_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS__ANY_ATTRIBUTE = eINSTANCE.getOs_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.MemoryImpl <em>Memory</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.MemoryImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getMemory()
		 * @generated
		 */
		EClass MEMORY = eINSTANCE.getMemory();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY__VALUE = eINSTANCE.getMemory_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY__UNIT = eINSTANCE.getMemory_Unit();

		/**
		 * The meta object literal for the '<em><b>Dump Core</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY__DUMP_CORE = eINSTANCE.getMemory_DumpCore();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMORY__ANY_ATTRIBUTE = eINSTANCE.getMemory_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.CurrentMemoryImpl <em>Current Memory</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.CurrentMemoryImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getCurrentMemory()
		 * @generated
		 */
		EClass CURRENT_MEMORY = eINSTANCE.getCurrentMemory();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRENT_MEMORY__VALUE = eINSTANCE.getCurrentMemory_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRENT_MEMORY__UNIT = eINSTANCE.getCurrentMemory_Unit();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CURRENT_MEMORY__ANY_ATTRIBUTE = eINSTANCE.getCurrentMemory_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.VcpuImpl <em>Vcpu</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.VcpuImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getVcpu()
		 * @generated
		 */
		EClass VCPU = eINSTANCE.getVcpu();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VCPU__VALUE = eINSTANCE.getVcpu_Value();

		/**
		 * The meta object literal for the '<em><b>Placement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VCPU__PLACEMENT = eINSTANCE.getVcpu_Placement();

		/**
		 * The meta object literal for the '<em><b>Cpuset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VCPU__CPUSET = eINSTANCE.getVcpu_Cpuset();

		/**
		 * The meta object literal for the '<em><b>Current</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VCPU__CURRENT = eINSTANCE.getVcpu_Current();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VCPU__ANY_ATTRIBUTE = eINSTANCE.getVcpu_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.DevicesImpl <em>Devices</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.DevicesImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDevices()
		 * @generated
		 */
		EClass DEVICES = eINSTANCE.getDevices();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICES__MIXED = eINSTANCE.getDevices_Mixed();

		/**
		 * The meta object literal for the '<em><b>Interfaces</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICES__INTERFACES = eINSTANCE.getDevices_Interfaces();

		/**
		 * The meta object literal for the '<em><b>Hostdevs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICES__HOSTDEVS = eINSTANCE.getDevices_Hostdevs();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICES__ANY = eINSTANCE.getDevices_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICES__ANY_ATTRIBUTE = eINSTANCE.getDevices_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsTypeImpl <em>Os Type</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsTypeImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsType()
		 * @generated
		 */
		EClass OS_TYPE = eINSTANCE.getOsType();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_TYPE__VALUE = eINSTANCE.getOsType_Value();

		/**
		 * The meta object literal for the '<em><b>Arch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_TYPE__ARCH = eINSTANCE.getOsType_Arch();

		/**
		 * The meta object literal for the '<em><b>Machine</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_TYPE__MACHINE = eINSTANCE.getOsType_Machine();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_TYPE__ANY_ATTRIBUTE = eINSTANCE.getOsType_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsFirmwareImpl <em>Os Firmware</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsFirmwareImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsFirmware()
		 * @generated
		 */
		EClass OS_FIRMWARE = eINSTANCE.getOsFirmware();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_FIRMWARE__MIXED = eINSTANCE.getOsFirmware_Mixed();

		/**
		 * The meta object literal for the '<em><b>Features</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_FIRMWARE__FEATURES = eINSTANCE.getOsFirmware_Features();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_FIRMWARE__ANY = eINSTANCE.getOsFirmware_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_FIRMWARE__ANY_ATTRIBUTE = eINSTANCE.getOsFirmware_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsLoaderImpl <em>Os Loader</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsLoaderImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsLoader()
		 * @generated
		 */
		EClass OS_LOADER = eINSTANCE.getOsLoader();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_LOADER__VALUE = eINSTANCE.getOsLoader_Value();

		/**
		 * The meta object literal for the '<em><b>Readonly</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_LOADER__READONLY = eINSTANCE.getOsLoader_Readonly();

		/**
		 * The meta object literal for the '<em><b>Secure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_LOADER__SECURE = eINSTANCE.getOsLoader_Secure();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_LOADER__TYPE = eINSTANCE.getOsLoader_Type();

		/**
		 * The meta object literal for the '<em><b>Stateless</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_LOADER__STATELESS = eINSTANCE.getOsLoader_Stateless();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_LOADER__ANY_ATTRIBUTE = eINSTANCE.getOsLoader_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsNvramImpl <em>Os Nvram</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsNvramImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvram()
		 * @generated
		 */
		EClass OS_NVRAM = eINSTANCE.getOsNvram();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM__MIXED = eINSTANCE.getOsNvram_Mixed();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_NVRAM__SOURCE = eINSTANCE.getOsNvram_Source();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM__TEMPLATE = eINSTANCE.getOsNvram_Template();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM__TYPE = eINSTANCE.getOsNvram_Type();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM__ANY = eINSTANCE.getOsNvram_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM__ANY_ATTRIBUTE = eINSTANCE.getOsNvram_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsBootImpl <em>Os Boot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsBootImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsBoot()
		 * @generated
		 */
		EClass OS_BOOT = eINSTANCE.getOsBoot();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_BOOT__MIXED = eINSTANCE.getOsBoot_Mixed();

		/**
		 * The meta object literal for the '<em><b>Dev</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_BOOT__DEV = eINSTANCE.getOsBoot_Dev();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_BOOT__ANY = eINSTANCE.getOsBoot_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_BOOT__ANY_ATTRIBUTE = eINSTANCE.getOsBoot_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsBootmenuImpl <em>Os Bootmenu</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsBootmenuImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsBootmenu()
		 * @generated
		 */
		EClass OS_BOOTMENU = eINSTANCE.getOsBootmenu();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_BOOTMENU__MIXED = eINSTANCE.getOsBootmenu_Mixed();

		/**
		 * The meta object literal for the '<em><b>Enable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_BOOTMENU__ENABLE = eINSTANCE.getOsBootmenu_Enable();

		/**
		 * The meta object literal for the '<em><b>Timeout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_BOOTMENU__TIMEOUT = eINSTANCE.getOsBootmenu_Timeout();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_BOOTMENU__ANY = eINSTANCE.getOsBootmenu_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_BOOTMENU__ANY_ATTRIBUTE = eINSTANCE.getOsBootmenu_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsSmbiosImpl <em>Os Smbios</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsSmbiosImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsSmbios()
		 * @generated
		 */
		EClass OS_SMBIOS = eINSTANCE.getOsSmbios();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_SMBIOS__MIXED = eINSTANCE.getOsSmbios_Mixed();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_SMBIOS__MODE = eINSTANCE.getOsSmbios_Mode();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_SMBIOS__ANY = eINSTANCE.getOsSmbios_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_SMBIOS__ANY_ATTRIBUTE = eINSTANCE.getOsSmbios_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsBiosImpl <em>Os Bios</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsBiosImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsBios()
		 * @generated
		 */
		EClass OS_BIOS = eINSTANCE.getOsBios();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_BIOS__MIXED = eINSTANCE.getOsBios_Mixed();

		/**
		 * The meta object literal for the '<em><b>Useserial</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_BIOS__USESERIAL = eINSTANCE.getOsBios_Useserial();

		/**
		 * The meta object literal for the '<em><b>Reboot Timeout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_BIOS__REBOOT_TIMEOUT = eINSTANCE.getOsBios_RebootTimeout();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_BIOS__ANY = eINSTANCE.getOsBios_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_BIOS__ANY_ATTRIBUTE = eINSTANCE.getOsBios_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsAcpiImpl <em>Os Acpi</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsAcpiImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsAcpi()
		 * @generated
		 */
		EClass OS_ACPI = eINSTANCE.getOsAcpi();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_ACPI__MIXED = eINSTANCE.getOsAcpi_Mixed();

		/**
		 * The meta object literal for the '<em><b>Tables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_ACPI__TABLES = eINSTANCE.getOsAcpi_Tables();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_ACPI__ANY = eINSTANCE.getOsAcpi_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_ACPI__ANY_ATTRIBUTE = eINSTANCE.getOsAcpi_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsInitenvImpl <em>Os Initenv</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsInitenvImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsInitenv()
		 * @generated
		 */
		EClass OS_INITENV = eINSTANCE.getOsInitenv();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_INITENV__VALUE = eINSTANCE.getOsInitenv_Value();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_INITENV__NAME = eINSTANCE.getOsInitenv_Name();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_INITENV__ANY_ATTRIBUTE = eINSTANCE.getOsInitenv_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceImpl <em>Interface</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterface()
		 * @generated
		 */
		EClass INTERFACE = eINSTANCE.getInterface();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__MIXED = eINSTANCE.getInterface_Mixed();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__SOURCE = eINSTANCE.getInterface_Source();

		/**
		 * The meta object literal for the '<em><b>Virtualport</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__VIRTUALPORT = eINSTANCE.getInterface_Virtualport();

		/**
		 * The meta object literal for the '<em><b>Link</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__LINK = eINSTANCE.getInterface_Link();

		/**
		 * The meta object literal for the '<em><b>Mtu</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__MTU = eINSTANCE.getInterface_Mtu();

		/**
		 * The meta object literal for the '<em><b>Coalesce</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__COALESCE = eINSTANCE.getInterface_Coalesce();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__TARGET = eINSTANCE.getInterface_Target();

		/**
		 * The meta object literal for the '<em><b>Guest</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__GUEST = eINSTANCE.getInterface_Guest();

		/**
		 * The meta object literal for the '<em><b>Mac</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__MAC = eINSTANCE.getInterface_Mac();

		/**
		 * The meta object literal for the '<em><b>Ips</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__IPS = eINSTANCE.getInterface_Ips();

		/**
		 * The meta object literal for the '<em><b>Routes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__ROUTES = eINSTANCE.getInterface_Routes();

		/**
		 * The meta object literal for the '<em><b>Port Forwards</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__PORT_FORWARDS = eINSTANCE.getInterface_PortForwards();

		/**
		 * The meta object literal for the '<em><b>Script</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__SCRIPT = eINSTANCE.getInterface_Script();

		/**
		 * The meta object literal for the '<em><b>Downscript</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__DOWNSCRIPT = eINSTANCE.getInterface_Downscript();

		/**
		 * The meta object literal for the '<em><b>Backenddomain</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__BACKENDDOMAIN = eINSTANCE.getInterface_Backenddomain();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__MODEL = eINSTANCE.getInterface_Model();

		/**
		 * The meta object literal for the '<em><b>Backend</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__BACKEND = eINSTANCE.getInterface_Backend();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__DRIVER = eINSTANCE.getInterface_Driver();

		/**
		 * The meta object literal for the '<em><b>Alias</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__ALIAS = eINSTANCE.getInterface_Alias();

		/**
		 * The meta object literal for the '<em><b>Acpi</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__ACPI = eINSTANCE.getInterface_Acpi();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__ADDRESS = eINSTANCE.getInterface_Address();

		/**
		 * The meta object literal for the '<em><b>Filterref</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__FILTERREF = eINSTANCE.getInterface_Filterref();

		/**
		 * The meta object literal for the '<em><b>Tune</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__TUNE = eINSTANCE.getInterface_Tune();

		/**
		 * The meta object literal for the '<em><b>Boot</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__BOOT = eINSTANCE.getInterface_Boot();

		/**
		 * The meta object literal for the '<em><b>Rom</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__ROM = eINSTANCE.getInterface_Rom();

		/**
		 * The meta object literal for the '<em><b>Bandwidth</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__BANDWIDTH = eINSTANCE.getInterface_Bandwidth();

		/**
		 * The meta object literal for the '<em><b>Vlan</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__VLAN = eINSTANCE.getInterface_Vlan();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__PORT = eINSTANCE.getInterface_Port();

		/**
		 * The meta object literal for the '<em><b>Teaming</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE__TEAMING = eINSTANCE.getInterface_Teaming();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__TYPE = eINSTANCE.getInterface_Type();

		/**
		 * The meta object literal for the '<em><b>Managed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__MANAGED = eINSTANCE.getInterface_Managed();

		/**
		 * The meta object literal for the '<em><b>Trust Guest Rx Filters</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__TRUST_GUEST_RX_FILTERS = eINSTANCE.getInterface_TrustGuestRxFilters();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__ANY = eINSTANCE.getInterface_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE__ANY_ATTRIBUTE = eINSTANCE.getInterface_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.HostdevImpl <em>Hostdev</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.HostdevImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdev()
		 * @generated
		 */
		EClass HOSTDEV = eINSTANCE.getHostdev();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV__MIXED = eINSTANCE.getHostdev_Mixed();

		/**
		 * The meta object literal for the '<em><b>Driver</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOSTDEV__DRIVER = eINSTANCE.getHostdev_Driver();

		/**
		 * The meta object literal for the '<em><b>Teaming</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOSTDEV__TEAMING = eINSTANCE.getHostdev_Teaming();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOSTDEV__SOURCE = eINSTANCE.getHostdev_Source();

		/**
		 * The meta object literal for the '<em><b>Ips</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOSTDEV__IPS = eINSTANCE.getHostdev_Ips();

		/**
		 * The meta object literal for the '<em><b>Routes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOSTDEV__ROUTES = eINSTANCE.getHostdev_Routes();

		/**
		 * The meta object literal for the '<em><b>Alias</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOSTDEV__ALIAS = eINSTANCE.getHostdev_Alias();

		/**
		 * The meta object literal for the '<em><b>Acpi</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOSTDEV__ACPI = eINSTANCE.getHostdev_Acpi();

		/**
		 * The meta object literal for the '<em><b>Boot</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOSTDEV__BOOT = eINSTANCE.getHostdev_Boot();

		/**
		 * The meta object literal for the '<em><b>Rom</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOSTDEV__ROM = eINSTANCE.getHostdev_Rom();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOSTDEV__ADDRESS = eINSTANCE.getHostdev_Address();

		/**
		 * The meta object literal for the '<em><b>Readonly</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOSTDEV__READONLY = eINSTANCE.getHostdev_Readonly();

		/**
		 * The meta object literal for the '<em><b>Shareable</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOSTDEV__SHAREABLE = eINSTANCE.getHostdev_Shareable();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV__MODE = eINSTANCE.getHostdev_Mode();

		/**
		 * The meta object literal for the '<em><b>Managed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV__MANAGED = eINSTANCE.getHostdev_Managed();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV__TYPE = eINSTANCE.getHostdev_Type();

		/**
		 * The meta object literal for the '<em><b>Sgio</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV__SGIO = eINSTANCE.getHostdev_Sgio();

		/**
		 * The meta object literal for the '<em><b>Rawio</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV__RAWIO = eINSTANCE.getHostdev_Rawio();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV__MODEL = eINSTANCE.getHostdev_Model();

		/**
		 * The meta object literal for the '<em><b>Ramfb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV__RAMFB = eINSTANCE.getHostdev_Ramfb();

		/**
		 * The meta object literal for the '<em><b>Display</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV__DISPLAY = eINSTANCE.getHostdev_Display();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV__ANY = eINSTANCE.getHostdev_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV__ANY_ATTRIBUTE = eINSTANCE.getHostdev_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsFirmwareFeatureImpl <em>Os Firmware Feature</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsFirmwareFeatureImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsFirmwareFeature()
		 * @generated
		 */
		EClass OS_FIRMWARE_FEATURE = eINSTANCE.getOsFirmwareFeature();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_FIRMWARE_FEATURE__MIXED = eINSTANCE.getOsFirmwareFeature_Mixed();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_FIRMWARE_FEATURE__ENABLED = eINSTANCE.getOsFirmwareFeature_Enabled();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_FIRMWARE_FEATURE__NAME = eINSTANCE.getOsFirmwareFeature_Name();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_FIRMWARE_FEATURE__ANY = eINSTANCE.getOsFirmwareFeature_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_FIRMWARE_FEATURE__ANY_ATTRIBUTE = eINSTANCE.getOsFirmwareFeature_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceImpl <em>Os Nvram Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsNvramSourceImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSource()
		 * @generated
		 */
		EClass OS_NVRAM_SOURCE = eINSTANCE.getOsNvramSource();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE__MIXED = eINSTANCE.getOsNvramSource_Mixed();

		/**
		 * The meta object literal for the '<em><b>Slices</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_NVRAM_SOURCE__SLICES = eINSTANCE.getOsNvramSource_Slices();

		/**
		 * The meta object literal for the '<em><b>Private Data</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_NVRAM_SOURCE__PRIVATE_DATA = eINSTANCE.getOsNvramSource_PrivateData();

		/**
		 * The meta object literal for the '<em><b>Encryption</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_NVRAM_SOURCE__ENCRYPTION = eINSTANCE.getOsNvramSource_Encryption();

		/**
		 * The meta object literal for the '<em><b>Seclabels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_NVRAM_SOURCE__SECLABELS = eINSTANCE.getOsNvramSource_Seclabels();

		/**
		 * The meta object literal for the '<em><b>Reservations</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_NVRAM_SOURCE__RESERVATIONS = eINSTANCE.getOsNvramSource_Reservations();

		/**
		 * The meta object literal for the '<em><b>Hosts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_NVRAM_SOURCE__HOSTS = eINSTANCE.getOsNvramSource_Hosts();

		/**
		 * The meta object literal for the '<em><b>Snapshot</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_NVRAM_SOURCE__SNAPSHOT = eINSTANCE.getOsNvramSource_Snapshot();

		/**
		 * The meta object literal for the '<em><b>Config</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_NVRAM_SOURCE__CONFIG = eINSTANCE.getOsNvramSource_Config();

		/**
		 * The meta object literal for the '<em><b>Auth</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_NVRAM_SOURCE__AUTH = eINSTANCE.getOsNvramSource_Auth();

		/**
		 * The meta object literal for the '<em><b>Initiator</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_NVRAM_SOURCE__INITIATOR = eINSTANCE.getOsNvramSource_Initiator();

		/**
		 * The meta object literal for the '<em><b>Cookies</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_NVRAM_SOURCE__COOKIES = eINSTANCE.getOsNvramSource_Cookies();

		/**
		 * The meta object literal for the '<em><b>Readahead</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_NVRAM_SOURCE__READAHEAD = eINSTANCE.getOsNvramSource_Readahead();

		/**
		 * The meta object literal for the '<em><b>Timeout</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_NVRAM_SOURCE__TIMEOUT = eINSTANCE.getOsNvramSource_Timeout();

		/**
		 * The meta object literal for the '<em><b>Ssl</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_NVRAM_SOURCE__SSL = eINSTANCE.getOsNvramSource_Ssl();

		/**
		 * The meta object literal for the '<em><b>Identity</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_NVRAM_SOURCE__IDENTITY = eINSTANCE.getOsNvramSource_Identity();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_NVRAM_SOURCE__ADDRESS = eINSTANCE.getOsNvramSource_Address();

		/**
		 * The meta object literal for the '<em><b>Reconnect</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_NVRAM_SOURCE__RECONNECT = eINSTANCE.getOsNvramSource_Reconnect();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE__FILE = eINSTANCE.getOsNvramSource_File();

		/**
		 * The meta object literal for the '<em><b>Fdgroup</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE__FDGROUP = eINSTANCE.getOsNvramSource_Fdgroup();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE__INDEX = eINSTANCE.getOsNvramSource_Index();

		/**
		 * The meta object literal for the '<em><b>Startup Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE__STARTUP_POLICY = eINSTANCE.getOsNvramSource_StartupPolicy();

		/**
		 * The meta object literal for the '<em><b>Dev</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE__DEV = eINSTANCE.getOsNvramSource_Dev();

		/**
		 * The meta object literal for the '<em><b>Dir</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE__DIR = eINSTANCE.getOsNvramSource_Dir();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE__PROTOCOL = eINSTANCE.getOsNvramSource_Protocol();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE__NAME = eINSTANCE.getOsNvramSource_Name();

		/**
		 * The meta object literal for the '<em><b>Tls</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE__TLS = eINSTANCE.getOsNvramSource_Tls();

		/**
		 * The meta object literal for the '<em><b>Tls Hostname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE__TLS_HOSTNAME = eINSTANCE.getOsNvramSource_TlsHostname();

		/**
		 * The meta object literal for the '<em><b>Query</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE__QUERY = eINSTANCE.getOsNvramSource_Query();

		/**
		 * The meta object literal for the '<em><b>Pool</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE__POOL = eINSTANCE.getOsNvramSource_Pool();

		/**
		 * The meta object literal for the '<em><b>Volume</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE__VOLUME = eINSTANCE.getOsNvramSource_Volume();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE__MODE = eINSTANCE.getOsNvramSource_Mode();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE__TYPE = eINSTANCE.getOsNvramSource_Type();

		/**
		 * The meta object literal for the '<em><b>Namespace</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE__NAMESPACE = eINSTANCE.getOsNvramSource_Namespace();

		/**
		 * The meta object literal for the '<em><b>Managed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE__MANAGED = eINSTANCE.getOsNvramSource_Managed();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE__PATH = eINSTANCE.getOsNvramSource_Path();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE__ANY = eINSTANCE.getOsNvramSource_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE__ANY_ATTRIBUTE = eINSTANCE.getOsNvramSource_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsAcpiTableImpl <em>Os Acpi Table</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsAcpiTableImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsAcpiTable()
		 * @generated
		 */
		EClass OS_ACPI_TABLE = eINSTANCE.getOsAcpiTable();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_ACPI_TABLE__VALUE = eINSTANCE.getOsAcpiTable_Value();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_ACPI_TABLE__TYPE = eINSTANCE.getOsAcpiTable_Type();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_ACPI_TABLE__ANY_ATTRIBUTE = eINSTANCE.getOsAcpiTable_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceSourceImpl <em>Interface Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceSourceImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceSource()
		 * @generated
		 */
		EClass INTERFACE_SOURCE = eINSTANCE.getInterfaceSource();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SOURCE__MIXED = eINSTANCE.getInterfaceSource_Mixed();

		/**
		 * The meta object literal for the '<em><b>Ips</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE_SOURCE__IPS = eINSTANCE.getInterfaceSource_Ips();

		/**
		 * The meta object literal for the '<em><b>Routes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE_SOURCE__ROUTES = eINSTANCE.getInterfaceSource_Routes();

		/**
		 * The meta object literal for the '<em><b>Reconnect</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE_SOURCE__RECONNECT = eINSTANCE.getInterfaceSource_Reconnect();

		/**
		 * The meta object literal for the '<em><b>Local</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE_SOURCE__LOCAL = eINSTANCE.getInterfaceSource_Local();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE_SOURCE__VENDOR = eINSTANCE.getInterfaceSource_Vendor();

		/**
		 * The meta object literal for the '<em><b>Product</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE_SOURCE__PRODUCT = eINSTANCE.getInterfaceSource_Product();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE_SOURCE__ADDRESS = eINSTANCE.getInterfaceSource_Address();

		/**
		 * The meta object literal for the '<em><b>Bridge</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SOURCE__BRIDGE = eINSTANCE.getInterfaceSource_Bridge();

		/**
		 * The meta object literal for the '<em><b>Mac Table Manager</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SOURCE__MAC_TABLE_MANAGER = eINSTANCE.getInterfaceSource_MacTableManager();

		/**
		 * The meta object literal for the '<em><b>Network</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SOURCE__NETWORK = eINSTANCE.getInterfaceSource_Network();

		/**
		 * The meta object literal for the '<em><b>Portgroup</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SOURCE__PORTGROUP = eINSTANCE.getInterfaceSource_Portgroup();

		/**
		 * The meta object literal for the '<em><b>Portid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SOURCE__PORTID = eINSTANCE.getInterfaceSource_Portid();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SOURCE__TYPE = eINSTANCE.getInterfaceSource_Type();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SOURCE__PATH = eINSTANCE.getInterfaceSource_Path();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SOURCE__MODE = eINSTANCE.getInterfaceSource_Mode();

		/**
		 * The meta object literal for the '<em><b>Dev</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SOURCE__DEV = eINSTANCE.getInterfaceSource_Dev();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SOURCE__NAME = eINSTANCE.getInterfaceSource_Name();

		/**
		 * The meta object literal for the '<em><b>Address Attribute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SOURCE__ADDRESS_ATTRIBUTE = eINSTANCE.getInterfaceSource_AddressAttribute();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SOURCE__PORT = eINSTANCE.getInterfaceSource_Port();

		/**
		 * The meta object literal for the '<em><b>Missing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SOURCE__MISSING = eINSTANCE.getInterfaceSource_Missing();

		/**
		 * The meta object literal for the '<em><b>Switchid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SOURCE__SWITCHID = eINSTANCE.getInterfaceSource_Switchid();

		/**
		 * The meta object literal for the '<em><b>Portgroupid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SOURCE__PORTGROUPID = eINSTANCE.getInterfaceSource_Portgroupid();

		/**
		 * The meta object literal for the '<em><b>Connectionid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SOURCE__CONNECTIONID = eINSTANCE.getInterfaceSource_Connectionid();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SOURCE__ANY = eINSTANCE.getInterfaceSource_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SOURCE__ANY_ATTRIBUTE = eINSTANCE.getInterfaceSource_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceVirtualportImpl <em>Interface Virtualport</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceVirtualportImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceVirtualport()
		 * @generated
		 */
		EClass INTERFACE_VIRTUALPORT = eINSTANCE.getInterfaceVirtualport();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_VIRTUALPORT__MIXED = eINSTANCE.getInterfaceVirtualport_Mixed();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE_VIRTUALPORT__PARAMETERS = eINSTANCE.getInterfaceVirtualport_Parameters();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_VIRTUALPORT__TYPE = eINSTANCE.getInterfaceVirtualport_Type();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_VIRTUALPORT__ANY = eINSTANCE.getInterfaceVirtualport_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_VIRTUALPORT__ANY_ATTRIBUTE = eINSTANCE.getInterfaceVirtualport_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceLinkImpl <em>Interface Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceLinkImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceLink()
		 * @generated
		 */
		EClass INTERFACE_LINK = eINSTANCE.getInterfaceLink();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_LINK__MIXED = eINSTANCE.getInterfaceLink_Mixed();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_LINK__STATE = eINSTANCE.getInterfaceLink_State();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_LINK__ANY = eINSTANCE.getInterfaceLink_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_LINK__ANY_ATTRIBUTE = eINSTANCE.getInterfaceLink_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceMtuImpl <em>Interface Mtu</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceMtuImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceMtu()
		 * @generated
		 */
		EClass INTERFACE_MTU = eINSTANCE.getInterfaceMtu();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_MTU__MIXED = eINSTANCE.getInterfaceMtu_Mixed();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_MTU__SIZE = eINSTANCE.getInterfaceMtu_Size();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_MTU__ANY = eINSTANCE.getInterfaceMtu_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_MTU__ANY_ATTRIBUTE = eINSTANCE.getInterfaceMtu_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceCoalesceImpl <em>Interface Coalesce</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceCoalesceImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceCoalesce()
		 * @generated
		 */
		EClass INTERFACE_COALESCE = eINSTANCE.getInterfaceCoalesce();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_COALESCE__MIXED = eINSTANCE.getInterfaceCoalesce_Mixed();

		/**
		 * The meta object literal for the '<em><b>Rx</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE_COALESCE__RX = eINSTANCE.getInterfaceCoalesce_Rx();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_COALESCE__ANY = eINSTANCE.getInterfaceCoalesce_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_COALESCE__ANY_ATTRIBUTE = eINSTANCE.getInterfaceCoalesce_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceTargetImpl <em>Interface Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceTargetImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceTarget()
		 * @generated
		 */
		EClass INTERFACE_TARGET = eINSTANCE.getInterfaceTarget();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_TARGET__MIXED = eINSTANCE.getInterfaceTarget_Mixed();

		/**
		 * The meta object literal for the '<em><b>Dev</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_TARGET__DEV = eINSTANCE.getInterfaceTarget_Dev();

		/**
		 * The meta object literal for the '<em><b>Managed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_TARGET__MANAGED = eINSTANCE.getInterfaceTarget_Managed();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_TARGET__ANY = eINSTANCE.getInterfaceTarget_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_TARGET__ANY_ATTRIBUTE = eINSTANCE.getInterfaceTarget_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceGuestImpl <em>Interface Guest</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceGuestImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceGuest()
		 * @generated
		 */
		EClass INTERFACE_GUEST = eINSTANCE.getInterfaceGuest();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_GUEST__MIXED = eINSTANCE.getInterfaceGuest_Mixed();

		/**
		 * The meta object literal for the '<em><b>Dev</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_GUEST__DEV = eINSTANCE.getInterfaceGuest_Dev();

		/**
		 * The meta object literal for the '<em><b>Actual</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_GUEST__ACTUAL = eINSTANCE.getInterfaceGuest_Actual();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_GUEST__ANY = eINSTANCE.getInterfaceGuest_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_GUEST__ANY_ATTRIBUTE = eINSTANCE.getInterfaceGuest_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceMacImpl <em>Interface Mac</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceMacImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceMac()
		 * @generated
		 */
		EClass INTERFACE_MAC = eINSTANCE.getInterfaceMac();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_MAC__MIXED = eINSTANCE.getInterfaceMac_Mixed();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_MAC__ADDRESS = eINSTANCE.getInterfaceMac_Address();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_MAC__TYPE = eINSTANCE.getInterfaceMac_Type();

		/**
		 * The meta object literal for the '<em><b>Check</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_MAC__CHECK = eINSTANCE.getInterfaceMac_Check();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_MAC__ANY = eINSTANCE.getInterfaceMac_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_MAC__ANY_ATTRIBUTE = eINSTANCE.getInterfaceMac_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceIpInfoImpl <em>Interface Ip Info</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceIpInfoImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceIpInfo()
		 * @generated
		 */
		EClass INTERFACE_IP_INFO = eINSTANCE.getInterfaceIpInfo();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_IP_INFO__MIXED = eINSTANCE.getInterfaceIpInfo_Mixed();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_IP_INFO__ADDRESS = eINSTANCE.getInterfaceIpInfo_Address();

		/**
		 * The meta object literal for the '<em><b>Family</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_IP_INFO__FAMILY = eINSTANCE.getInterfaceIpInfo_Family();

		/**
		 * The meta object literal for the '<em><b>Prefix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_IP_INFO__PREFIX = eINSTANCE.getInterfaceIpInfo_Prefix();

		/**
		 * The meta object literal for the '<em><b>Peer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_IP_INFO__PEER = eINSTANCE.getInterfaceIpInfo_Peer();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_IP_INFO__ANY = eINSTANCE.getInterfaceIpInfo_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_IP_INFO__ANY_ATTRIBUTE = eINSTANCE.getInterfaceIpInfo_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.RouteImpl <em>Route</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.RouteImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getRoute()
		 * @generated
		 */
		EClass ROUTE = eINSTANCE.getRoute();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTE__MIXED = eINSTANCE.getRoute_Mixed();

		/**
		 * The meta object literal for the '<em><b>Family</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTE__FAMILY = eINSTANCE.getRoute_Family();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTE__ADDRESS = eINSTANCE.getRoute_Address();

		/**
		 * The meta object literal for the '<em><b>Netmask</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTE__NETMASK = eINSTANCE.getRoute_Netmask();

		/**
		 * The meta object literal for the '<em><b>Prefix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTE__PREFIX = eINSTANCE.getRoute_Prefix();

		/**
		 * The meta object literal for the '<em><b>Gateway</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTE__GATEWAY = eINSTANCE.getRoute_Gateway();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTE__METRIC = eINSTANCE.getRoute_Metric();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTE__ANY = eINSTANCE.getRoute_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTE__ANY_ATTRIBUTE = eINSTANCE.getRoute_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfacePortForwardImpl <em>Interface Port Forward</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfacePortForwardImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfacePortForward()
		 * @generated
		 */
		EClass INTERFACE_PORT_FORWARD = eINSTANCE.getInterfacePortForward();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_PORT_FORWARD__MIXED = eINSTANCE.getInterfacePortForward_Mixed();

		/**
		 * The meta object literal for the '<em><b>Ranges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE_PORT_FORWARD__RANGES = eINSTANCE.getInterfacePortForward_Ranges();

		/**
		 * The meta object literal for the '<em><b>Proto</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_PORT_FORWARD__PROTO = eINSTANCE.getInterfacePortForward_Proto();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_PORT_FORWARD__ADDRESS = eINSTANCE.getInterfacePortForward_Address();

		/**
		 * The meta object literal for the '<em><b>Dev</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_PORT_FORWARD__DEV = eINSTANCE.getInterfacePortForward_Dev();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_PORT_FORWARD__ANY = eINSTANCE.getInterfacePortForward_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_PORT_FORWARD__ANY_ATTRIBUTE = eINSTANCE.getInterfacePortForward_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceScriptImpl <em>Interface Script</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceScriptImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceScript()
		 * @generated
		 */
		EClass INTERFACE_SCRIPT = eINSTANCE.getInterfaceScript();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SCRIPT__MIXED = eINSTANCE.getInterfaceScript_Mixed();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SCRIPT__PATH = eINSTANCE.getInterfaceScript_Path();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SCRIPT__ANY = eINSTANCE.getInterfaceScript_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SCRIPT__ANY_ATTRIBUTE = eINSTANCE.getInterfaceScript_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceDownscriptImpl <em>Interface Downscript</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceDownscriptImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceDownscript()
		 * @generated
		 */
		EClass INTERFACE_DOWNSCRIPT = eINSTANCE.getInterfaceDownscript();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DOWNSCRIPT__MIXED = eINSTANCE.getInterfaceDownscript_Mixed();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DOWNSCRIPT__PATH = eINSTANCE.getInterfaceDownscript_Path();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DOWNSCRIPT__ANY = eINSTANCE.getInterfaceDownscript_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DOWNSCRIPT__ANY_ATTRIBUTE = eINSTANCE.getInterfaceDownscript_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceBackenddomainImpl <em>Interface Backenddomain</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceBackenddomainImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceBackenddomain()
		 * @generated
		 */
		EClass INTERFACE_BACKENDDOMAIN = eINSTANCE.getInterfaceBackenddomain();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BACKENDDOMAIN__MIXED = eINSTANCE.getInterfaceBackenddomain_Mixed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BACKENDDOMAIN__NAME = eINSTANCE.getInterfaceBackenddomain_Name();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BACKENDDOMAIN__ANY = eINSTANCE.getInterfaceBackenddomain_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BACKENDDOMAIN__ANY_ATTRIBUTE = eINSTANCE.getInterfaceBackenddomain_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceModelImpl <em>Interface Model</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceModelImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceModel()
		 * @generated
		 */
		EClass INTERFACE_MODEL = eINSTANCE.getInterfaceModel();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_MODEL__MIXED = eINSTANCE.getInterfaceModel_Mixed();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_MODEL__TYPE = eINSTANCE.getInterfaceModel_Type();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_MODEL__ANY = eINSTANCE.getInterfaceModel_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_MODEL__ANY_ATTRIBUTE = eINSTANCE.getInterfaceModel_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceBackendImpl <em>Interface Backend</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceBackendImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceBackend()
		 * @generated
		 */
		EClass INTERFACE_BACKEND = eINSTANCE.getInterfaceBackend();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BACKEND__MIXED = eINSTANCE.getInterfaceBackend_Mixed();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BACKEND__TYPE = eINSTANCE.getInterfaceBackend_Type();

		/**
		 * The meta object literal for the '<em><b>Tap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BACKEND__TAP = eINSTANCE.getInterfaceBackend_Tap();

		/**
		 * The meta object literal for the '<em><b>Vhost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BACKEND__VHOST = eINSTANCE.getInterfaceBackend_Vhost();

		/**
		 * The meta object literal for the '<em><b>Log File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BACKEND__LOG_FILE = eINSTANCE.getInterfaceBackend_LogFile();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BACKEND__ANY = eINSTANCE.getInterfaceBackend_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BACKEND__ANY_ATTRIBUTE = eINSTANCE.getInterfaceBackend_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceDriverImpl <em>Interface Driver</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceDriverImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceDriver()
		 * @generated
		 */
		EClass INTERFACE_DRIVER = eINSTANCE.getInterfaceDriver();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER__MIXED = eINSTANCE.getInterfaceDriver_Mixed();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE_DRIVER__HOST = eINSTANCE.getInterfaceDriver_Host();

		/**
		 * The meta object literal for the '<em><b>Guest</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE_DRIVER__GUEST = eINSTANCE.getInterfaceDriver_Guest();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER__NAME = eINSTANCE.getInterfaceDriver_Name();

		/**
		 * The meta object literal for the '<em><b>Queues</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER__QUEUES = eINSTANCE.getInterfaceDriver_Queues();

		/**
		 * The meta object literal for the '<em><b>Rx Queue Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER__RX_QUEUE_SIZE = eINSTANCE.getInterfaceDriver_RxQueueSize();

		/**
		 * The meta object literal for the '<em><b>Tx Queue Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER__TX_QUEUE_SIZE = eINSTANCE.getInterfaceDriver_TxQueueSize();

		/**
		 * The meta object literal for the '<em><b>Txmode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER__TXMODE = eINSTANCE.getInterfaceDriver_Txmode();

		/**
		 * The meta object literal for the '<em><b>Ioeventfd</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER__IOEVENTFD = eINSTANCE.getInterfaceDriver_Ioeventfd();

		/**
		 * The meta object literal for the '<em><b>Event Idx</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER__EVENT_IDX = eINSTANCE.getInterfaceDriver_EventIdx();

		/**
		 * The meta object literal for the '<em><b>Iommu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER__IOMMU = eINSTANCE.getInterfaceDriver_Iommu();

		/**
		 * The meta object literal for the '<em><b>Ats</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER__ATS = eINSTANCE.getInterfaceDriver_Ats();

		/**
		 * The meta object literal for the '<em><b>Packed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER__PACKED = eINSTANCE.getInterfaceDriver_Packed();

		/**
		 * The meta object literal for the '<em><b>Page Per Vq</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER__PAGE_PER_VQ = eINSTANCE.getInterfaceDriver_PagePerVq();

		/**
		 * The meta object literal for the '<em><b>Rss</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER__RSS = eINSTANCE.getInterfaceDriver_Rss();

		/**
		 * The meta object literal for the '<em><b>Rss Hash Report</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER__RSS_HASH_REPORT = eINSTANCE.getInterfaceDriver_RssHashReport();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER__ANY = eINSTANCE.getInterfaceDriver_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER__ANY_ATTRIBUTE = eINSTANCE.getInterfaceDriver_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.AliasImpl <em>Alias</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.AliasImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAlias()
		 * @generated
		 */
		EClass ALIAS = eINSTANCE.getAlias();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALIAS__MIXED = eINSTANCE.getAlias_Mixed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALIAS__NAME = eINSTANCE.getAlias_Name();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALIAS__ANY = eINSTANCE.getAlias_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALIAS__ANY_ATTRIBUTE = eINSTANCE.getAlias_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.AcpiImpl <em>Acpi</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.AcpiImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAcpi()
		 * @generated
		 */
		EClass ACPI = eINSTANCE.getAcpi();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACPI__MIXED = eINSTANCE.getAcpi_Mixed();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACPI__INDEX = eINSTANCE.getAcpi_Index();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACPI__ANY = eINSTANCE.getAcpi_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACPI__ANY_ATTRIBUTE = eINSTANCE.getAcpi_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.AddressImpl <em>Address</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.AddressImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAddress()
		 * @generated
		 */
		EClass ADDRESS = eINSTANCE.getAddress();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__MIXED = eINSTANCE.getAddress_Mixed();

		/**
		 * The meta object literal for the '<em><b>Zpci</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADDRESS__ZPCI = eINSTANCE.getAddress_Zpci();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__TYPE = eINSTANCE.getAddress_Type();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__DOMAIN = eINSTANCE.getAddress_Domain();

		/**
		 * The meta object literal for the '<em><b>Bus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__BUS = eINSTANCE.getAddress_Bus();

		/**
		 * The meta object literal for the '<em><b>Slot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__SLOT = eINSTANCE.getAddress_Slot();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__FUNCTION = eINSTANCE.getAddress_Function();

		/**
		 * The meta object literal for the '<em><b>Multifunction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__MULTIFUNCTION = eINSTANCE.getAddress_Multifunction();

		/**
		 * The meta object literal for the '<em><b>Controller</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__CONTROLLER = eINSTANCE.getAddress_Controller();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__TARGET = eINSTANCE.getAddress_Target();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__UNIT = eINSTANCE.getAddress_Unit();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__PORT = eINSTANCE.getAddress_Port();

		/**
		 * The meta object literal for the '<em><b>Reg</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__REG = eINSTANCE.getAddress_Reg();

		/**
		 * The meta object literal for the '<em><b>Cssid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__CSSID = eINSTANCE.getAddress_Cssid();

		/**
		 * The meta object literal for the '<em><b>Ssid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__SSID = eINSTANCE.getAddress_Ssid();

		/**
		 * The meta object literal for the '<em><b>Devno</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__DEVNO = eINSTANCE.getAddress_Devno();

		/**
		 * The meta object literal for the '<em><b>Iobase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__IOBASE = eINSTANCE.getAddress_Iobase();

		/**
		 * The meta object literal for the '<em><b>Irq</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__IRQ = eINSTANCE.getAddress_Irq();

		/**
		 * The meta object literal for the '<em><b>Base</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__BASE = eINSTANCE.getAddress_Base();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__ANY = eINSTANCE.getAddress_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__ANY_ATTRIBUTE = eINSTANCE.getAddress_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceFilterrefImpl <em>Interface Filterref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceFilterrefImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceFilterref()
		 * @generated
		 */
		EClass INTERFACE_FILTERREF = eINSTANCE.getInterfaceFilterref();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_FILTERREF__MIXED = eINSTANCE.getInterfaceFilterref_Mixed();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE_FILTERREF__PARAMETERS = eINSTANCE.getInterfaceFilterref_Parameters();

		/**
		 * The meta object literal for the '<em><b>Filter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_FILTERREF__FILTER = eINSTANCE.getInterfaceFilterref_Filter();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_FILTERREF__ANY = eINSTANCE.getInterfaceFilterref_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_FILTERREF__ANY_ATTRIBUTE = eINSTANCE.getInterfaceFilterref_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceTuneImpl <em>Interface Tune</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceTuneImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceTune()
		 * @generated
		 */
		EClass INTERFACE_TUNE = eINSTANCE.getInterfaceTune();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_TUNE__MIXED = eINSTANCE.getInterfaceTune_Mixed();

		/**
		 * The meta object literal for the '<em><b>Sndbuf</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_TUNE__SNDBUF = eINSTANCE.getInterfaceTune_Sndbuf();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_TUNE__ANY = eINSTANCE.getInterfaceTune_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_TUNE__ANY_ATTRIBUTE = eINSTANCE.getInterfaceTune_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.DeviceBootImpl <em>Device Boot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.DeviceBootImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDeviceBoot()
		 * @generated
		 */
		EClass DEVICE_BOOT = eINSTANCE.getDeviceBoot();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_BOOT__MIXED = eINSTANCE.getDeviceBoot_Mixed();

		/**
		 * The meta object literal for the '<em><b>Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_BOOT__ORDER = eINSTANCE.getDeviceBoot_Order();

		/**
		 * The meta object literal for the '<em><b>Loadparm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_BOOT__LOADPARM = eINSTANCE.getDeviceBoot_Loadparm();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_BOOT__ANY = eINSTANCE.getDeviceBoot_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE_BOOT__ANY_ATTRIBUTE = eINSTANCE.getDeviceBoot_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.RomImpl <em>Rom</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.RomImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getRom()
		 * @generated
		 */
		EClass ROM = eINSTANCE.getRom();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROM__MIXED = eINSTANCE.getRom_Mixed();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROM__ENABLED = eINSTANCE.getRom_Enabled();

		/**
		 * The meta object literal for the '<em><b>Bar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROM__BAR = eINSTANCE.getRom_Bar();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROM__FILE = eINSTANCE.getRom_File();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROM__ANY = eINSTANCE.getRom_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROM__ANY_ATTRIBUTE = eINSTANCE.getRom_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceBandwidthImpl <em>Interface Bandwidth</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceBandwidthImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceBandwidth()
		 * @generated
		 */
		EClass INTERFACE_BANDWIDTH = eINSTANCE.getInterfaceBandwidth();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BANDWIDTH__MIXED = eINSTANCE.getInterfaceBandwidth_Mixed();

		/**
		 * The meta object literal for the '<em><b>Inbound</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE_BANDWIDTH__INBOUND = eINSTANCE.getInterfaceBandwidth_Inbound();

		/**
		 * The meta object literal for the '<em><b>Outbound</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE_BANDWIDTH__OUTBOUND = eINSTANCE.getInterfaceBandwidth_Outbound();

		/**
		 * The meta object literal for the '<em><b>Class ID</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BANDWIDTH__CLASS_ID = eINSTANCE.getInterfaceBandwidth_ClassID();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BANDWIDTH__ANY = eINSTANCE.getInterfaceBandwidth_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BANDWIDTH__ANY_ATTRIBUTE = eINSTANCE.getInterfaceBandwidth_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceVlanImpl <em>Interface Vlan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceVlanImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceVlan()
		 * @generated
		 */
		EClass INTERFACE_VLAN = eINSTANCE.getInterfaceVlan();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_VLAN__MIXED = eINSTANCE.getInterfaceVlan_Mixed();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE_VLAN__TAGS = eINSTANCE.getInterfaceVlan_Tags();

		/**
		 * The meta object literal for the '<em><b>Trunk</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_VLAN__TRUNK = eINSTANCE.getInterfaceVlan_Trunk();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_VLAN__ANY = eINSTANCE.getInterfaceVlan_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_VLAN__ANY_ATTRIBUTE = eINSTANCE.getInterfaceVlan_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfacePortImpl <em>Interface Port</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfacePortImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfacePort()
		 * @generated
		 */
		EClass INTERFACE_PORT = eINSTANCE.getInterfacePort();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_PORT__MIXED = eINSTANCE.getInterfacePort_Mixed();

		/**
		 * The meta object literal for the '<em><b>Isolated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_PORT__ISOLATED = eINSTANCE.getInterfacePort_Isolated();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_PORT__ANY = eINSTANCE.getInterfacePort_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_PORT__ANY_ATTRIBUTE = eINSTANCE.getInterfacePort_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.TeamingImpl <em>Teaming</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.TeamingImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getTeaming()
		 * @generated
		 */
		EClass TEAMING = eINSTANCE.getTeaming();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEAMING__MIXED = eINSTANCE.getTeaming_Mixed();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEAMING__TYPE = eINSTANCE.getTeaming_Type();

		/**
		 * The meta object literal for the '<em><b>Persistent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEAMING__PERSISTENT = eINSTANCE.getTeaming_Persistent();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEAMING__ANY = eINSTANCE.getTeaming_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEAMING__ANY_ATTRIBUTE = eINSTANCE.getTeaming_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.HostdevDriverImpl <em>Hostdev Driver</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.HostdevDriverImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevDriver()
		 * @generated
		 */
		EClass HOSTDEV_DRIVER = eINSTANCE.getHostdevDriver();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_DRIVER__MIXED = eINSTANCE.getHostdevDriver_Mixed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_DRIVER__NAME = eINSTANCE.getHostdevDriver_Name();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_DRIVER__ANY = eINSTANCE.getHostdevDriver_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_DRIVER__ANY_ATTRIBUTE = eINSTANCE.getHostdevDriver_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.HostdevSourceImpl <em>Hostdev Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.HostdevSourceImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevSource()
		 * @generated
		 */
		EClass HOSTDEV_SOURCE = eINSTANCE.getHostdevSource();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE__MIXED = eINSTANCE.getHostdevSource_Mixed();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOSTDEV_SOURCE__ADDRESS = eINSTANCE.getHostdevSource_Address();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOSTDEV_SOURCE__VENDOR = eINSTANCE.getHostdevSource_Vendor();

		/**
		 * The meta object literal for the '<em><b>Product</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOSTDEV_SOURCE__PRODUCT = eINSTANCE.getHostdevSource_Product();

		/**
		 * The meta object literal for the '<em><b>Adapter</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOSTDEV_SOURCE__ADAPTER = eINSTANCE.getHostdevSource_Adapter();

		/**
		 * The meta object literal for the '<em><b>Hosts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOSTDEV_SOURCE__HOSTS = eINSTANCE.getHostdevSource_Hosts();

		/**
		 * The meta object literal for the '<em><b>Auth</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOSTDEV_SOURCE__AUTH = eINSTANCE.getHostdevSource_Auth();

		/**
		 * The meta object literal for the '<em><b>Initiator</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOSTDEV_SOURCE__INITIATOR = eINSTANCE.getHostdevSource_Initiator();

		/**
		 * The meta object literal for the '<em><b>Block</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE__BLOCK = eINSTANCE.getHostdevSource_Block();

		/**
		 * The meta object literal for the '<em><b>Char </b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE__CHAR_ = eINSTANCE.getHostdevSource_Char_();

		/**
		 * The meta object literal for the '<em><b>Interface </b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE__INTERFACE_ = eINSTANCE.getHostdevSource_Interface_();

		/**
		 * The meta object literal for the '<em><b>Startup Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE__STARTUP_POLICY = eINSTANCE.getHostdevSource_StartupPolicy();

		/**
		 * The meta object literal for the '<em><b>Write Filtering</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE__WRITE_FILTERING = eINSTANCE.getHostdevSource_WriteFiltering();

		/**
		 * The meta object literal for the '<em><b>Guest Reset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE__GUEST_RESET = eINSTANCE.getHostdevSource_GuestReset();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE__PROTOCOL = eINSTANCE.getHostdevSource_Protocol();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE__NAME = eINSTANCE.getHostdevSource_Name();

		/**
		 * The meta object literal for the '<em><b>Wwpn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE__WWPN = eINSTANCE.getHostdevSource_Wwpn();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE__ANY = eINSTANCE.getHostdevSource_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE__ANY_ATTRIBUTE = eINSTANCE.getHostdevSource_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceSlicesImpl <em>Os Nvram Source Slices</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsNvramSourceSlicesImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceSlices()
		 * @generated
		 */
		EClass OS_NVRAM_SOURCE_SLICES = eINSTANCE.getOsNvramSourceSlices();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_SLICES__MIXED = eINSTANCE.getOsNvramSourceSlices_Mixed();

		/**
		 * The meta object literal for the '<em><b>Slice</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_NVRAM_SOURCE_SLICES__SLICE = eINSTANCE.getOsNvramSourceSlices_Slice();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_SLICES__ANY = eINSTANCE.getOsNvramSourceSlices_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_SLICES__ANY_ATTRIBUTE = eINSTANCE.getOsNvramSourceSlices_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceEncryptionImpl <em>Os Nvram Source Encryption</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsNvramSourceEncryptionImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceEncryption()
		 * @generated
		 */
		EClass OS_NVRAM_SOURCE_ENCRYPTION = eINSTANCE.getOsNvramSourceEncryption();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ENCRYPTION__MIXED = eINSTANCE.getOsNvramSourceEncryption_Mixed();

		/**
		 * The meta object literal for the '<em><b>Secret</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_NVRAM_SOURCE_ENCRYPTION__SECRET = eINSTANCE.getOsNvramSourceEncryption_Secret();

		/**
		 * The meta object literal for the '<em><b>Cipher</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_NVRAM_SOURCE_ENCRYPTION__CIPHER = eINSTANCE.getOsNvramSourceEncryption_Cipher();

		/**
		 * The meta object literal for the '<em><b>Ivgen</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_NVRAM_SOURCE_ENCRYPTION__IVGEN = eINSTANCE.getOsNvramSourceEncryption_Ivgen();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ENCRYPTION__FORMAT = eINSTANCE.getOsNvramSourceEncryption_Format();

		/**
		 * The meta object literal for the '<em><b>Engine</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ENCRYPTION__ENGINE = eINSTANCE.getOsNvramSourceEncryption_Engine();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ENCRYPTION__ANY = eINSTANCE.getOsNvramSourceEncryption_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ENCRYPTION__ANY_ATTRIBUTE = eINSTANCE.getOsNvramSourceEncryption_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceSeclabelImpl <em>Os Nvram Source Seclabel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsNvramSourceSeclabelImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceSeclabel()
		 * @generated
		 */
		EClass OS_NVRAM_SOURCE_SECLABEL = eINSTANCE.getOsNvramSourceSeclabel();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_SECLABEL__MIXED = eINSTANCE.getOsNvramSourceSeclabel_Mixed();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_SECLABEL__LABELS = eINSTANCE.getOsNvramSourceSeclabel_Labels();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_SECLABEL__MODEL = eINSTANCE.getOsNvramSourceSeclabel_Model();

		/**
		 * The meta object literal for the '<em><b>Relabel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_SECLABEL__RELABEL = eINSTANCE.getOsNvramSourceSeclabel_Relabel();

		/**
		 * The meta object literal for the '<em><b>Labelskip</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_SECLABEL__LABELSKIP = eINSTANCE.getOsNvramSourceSeclabel_Labelskip();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_SECLABEL__ANY = eINSTANCE.getOsNvramSourceSeclabel_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_SECLABEL__ANY_ATTRIBUTE = eINSTANCE.getOsNvramSourceSeclabel_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceReservationsImpl <em>Os Nvram Source Reservations</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsNvramSourceReservationsImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceReservations()
		 * @generated
		 */
		EClass OS_NVRAM_SOURCE_RESERVATIONS = eINSTANCE.getOsNvramSourceReservations();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_RESERVATIONS__MIXED = eINSTANCE.getOsNvramSourceReservations_Mixed();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_NVRAM_SOURCE_RESERVATIONS__SOURCE = eINSTANCE.getOsNvramSourceReservations_Source();

		/**
		 * The meta object literal for the '<em><b>Managed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_RESERVATIONS__MANAGED = eINSTANCE.getOsNvramSourceReservations_Managed();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_RESERVATIONS__ANY = eINSTANCE.getOsNvramSourceReservations_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_RESERVATIONS__ANY_ATTRIBUTE = eINSTANCE.getOsNvramSourceReservations_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceHostImpl <em>Os Nvram Source Host</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsNvramSourceHostImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceHost()
		 * @generated
		 */
		EClass OS_NVRAM_SOURCE_HOST = eINSTANCE.getOsNvramSourceHost();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_HOST__MIXED = eINSTANCE.getOsNvramSourceHost_Mixed();

		/**
		 * The meta object literal for the '<em><b>Transport</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_HOST__TRANSPORT = eINSTANCE.getOsNvramSourceHost_Transport();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_HOST__NAME = eINSTANCE.getOsNvramSourceHost_Name();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_HOST__PORT = eINSTANCE.getOsNvramSourceHost_Port();

		/**
		 * The meta object literal for the '<em><b>Socket</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_HOST__SOCKET = eINSTANCE.getOsNvramSourceHost_Socket();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_HOST__ANY = eINSTANCE.getOsNvramSourceHost_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_HOST__ANY_ATTRIBUTE = eINSTANCE.getOsNvramSourceHost_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceSnapshotImpl <em>Os Nvram Source Snapshot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsNvramSourceSnapshotImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceSnapshot()
		 * @generated
		 */
		EClass OS_NVRAM_SOURCE_SNAPSHOT = eINSTANCE.getOsNvramSourceSnapshot();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_SNAPSHOT__MIXED = eINSTANCE.getOsNvramSourceSnapshot_Mixed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_SNAPSHOT__NAME = eINSTANCE.getOsNvramSourceSnapshot_Name();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_SNAPSHOT__ANY = eINSTANCE.getOsNvramSourceSnapshot_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_SNAPSHOT__ANY_ATTRIBUTE = eINSTANCE.getOsNvramSourceSnapshot_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceConfigImpl <em>Os Nvram Source Config</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsNvramSourceConfigImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceConfig()
		 * @generated
		 */
		EClass OS_NVRAM_SOURCE_CONFIG = eINSTANCE.getOsNvramSourceConfig();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_CONFIG__MIXED = eINSTANCE.getOsNvramSourceConfig_Mixed();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_CONFIG__FILE = eINSTANCE.getOsNvramSourceConfig_File();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_CONFIG__ANY = eINSTANCE.getOsNvramSourceConfig_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_CONFIG__ANY_ATTRIBUTE = eINSTANCE.getOsNvramSourceConfig_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.DiskAuthImpl <em>Disk Auth</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.DiskAuthImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDiskAuth()
		 * @generated
		 */
		EClass DISK_AUTH = eINSTANCE.getDiskAuth();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK_AUTH__MIXED = eINSTANCE.getDiskAuth_Mixed();

		/**
		 * The meta object literal for the '<em><b>Secret</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISK_AUTH__SECRET = eINSTANCE.getDiskAuth_Secret();

		/**
		 * The meta object literal for the '<em><b>Username</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK_AUTH__USERNAME = eINSTANCE.getDiskAuth_Username();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK_AUTH__ANY = eINSTANCE.getDiskAuth_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK_AUTH__ANY_ATTRIBUTE = eINSTANCE.getDiskAuth_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InitiatorinfoImpl <em>Initiatorinfo</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InitiatorinfoImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInitiatorinfo()
		 * @generated
		 */
		EClass INITIATORINFO = eINSTANCE.getInitiatorinfo();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATORINFO__MIXED = eINSTANCE.getInitiatorinfo_Mixed();

		/**
		 * The meta object literal for the '<em><b>Iqn</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INITIATORINFO__IQN = eINSTANCE.getInitiatorinfo_Iqn();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATORINFO__ANY = eINSTANCE.getInitiatorinfo_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATORINFO__ANY_ATTRIBUTE = eINSTANCE.getInitiatorinfo_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceCookiesImpl <em>Os Nvram Source Cookies</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsNvramSourceCookiesImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceCookies()
		 * @generated
		 */
		EClass OS_NVRAM_SOURCE_COOKIES = eINSTANCE.getOsNvramSourceCookies();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_COOKIES__MIXED = eINSTANCE.getOsNvramSourceCookies_Mixed();

		/**
		 * The meta object literal for the '<em><b>Cookies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OS_NVRAM_SOURCE_COOKIES__COOKIES = eINSTANCE.getOsNvramSourceCookies_Cookies();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_COOKIES__ANY = eINSTANCE.getOsNvramSourceCookies_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_COOKIES__ANY_ATTRIBUTE = eINSTANCE.getOsNvramSourceCookies_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceReadaheadImpl <em>Os Nvram Source Readahead</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsNvramSourceReadaheadImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceReadahead()
		 * @generated
		 */
		EClass OS_NVRAM_SOURCE_READAHEAD = eINSTANCE.getOsNvramSourceReadahead();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_READAHEAD__MIXED = eINSTANCE.getOsNvramSourceReadahead_Mixed();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_READAHEAD__SIZE = eINSTANCE.getOsNvramSourceReadahead_Size();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_READAHEAD__ANY = eINSTANCE.getOsNvramSourceReadahead_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_READAHEAD__ANY_ATTRIBUTE = eINSTANCE.getOsNvramSourceReadahead_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceTimeoutImpl <em>Os Nvram Source Timeout</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsNvramSourceTimeoutImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceTimeout()
		 * @generated
		 */
		EClass OS_NVRAM_SOURCE_TIMEOUT = eINSTANCE.getOsNvramSourceTimeout();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_TIMEOUT__MIXED = eINSTANCE.getOsNvramSourceTimeout_Mixed();

		/**
		 * The meta object literal for the '<em><b>Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_TIMEOUT__SECONDS = eINSTANCE.getOsNvramSourceTimeout_Seconds();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_TIMEOUT__ANY = eINSTANCE.getOsNvramSourceTimeout_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_TIMEOUT__ANY_ATTRIBUTE = eINSTANCE.getOsNvramSourceTimeout_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceSslImpl <em>Os Nvram Source Ssl</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsNvramSourceSslImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceSsl()
		 * @generated
		 */
		EClass OS_NVRAM_SOURCE_SSL = eINSTANCE.getOsNvramSourceSsl();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_SSL__MIXED = eINSTANCE.getOsNvramSourceSsl_Mixed();

		/**
		 * The meta object literal for the '<em><b>Verify</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_SSL__VERIFY = eINSTANCE.getOsNvramSourceSsl_Verify();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_SSL__ANY = eINSTANCE.getOsNvramSourceSsl_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_SSL__ANY_ATTRIBUTE = eINSTANCE.getOsNvramSourceSsl_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceIdentityImpl <em>Os Nvram Source Identity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsNvramSourceIdentityImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceIdentity()
		 * @generated
		 */
		EClass OS_NVRAM_SOURCE_IDENTITY = eINSTANCE.getOsNvramSourceIdentity();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_IDENTITY__MIXED = eINSTANCE.getOsNvramSourceIdentity_Mixed();

		/**
		 * The meta object literal for the '<em><b>User</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_IDENTITY__USER = eINSTANCE.getOsNvramSourceIdentity_User();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_IDENTITY__GROUP = eINSTANCE.getOsNvramSourceIdentity_Group();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_IDENTITY__ANY = eINSTANCE.getOsNvramSourceIdentity_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_IDENTITY__ANY_ATTRIBUTE = eINSTANCE.getOsNvramSourceIdentity_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceAddressImpl <em>Os Nvram Source Address</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsNvramSourceAddressImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceAddress()
		 * @generated
		 */
		EClass OS_NVRAM_SOURCE_ADDRESS = eINSTANCE.getOsNvramSourceAddress();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ADDRESS__MIXED = eINSTANCE.getOsNvramSourceAddress_Mixed();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ADDRESS__DOMAIN = eINSTANCE.getOsNvramSourceAddress_Domain();

		/**
		 * The meta object literal for the '<em><b>Bus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ADDRESS__BUS = eINSTANCE.getOsNvramSourceAddress_Bus();

		/**
		 * The meta object literal for the '<em><b>Slot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ADDRESS__SLOT = eINSTANCE.getOsNvramSourceAddress_Slot();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ADDRESS__FUNCTION = eINSTANCE.getOsNvramSourceAddress_Function();

		/**
		 * The meta object literal for the '<em><b>Multifunction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ADDRESS__MULTIFUNCTION = eINSTANCE.getOsNvramSourceAddress_Multifunction();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ADDRESS__ANY = eINSTANCE.getOsNvramSourceAddress_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ADDRESS__ANY_ATTRIBUTE = eINSTANCE.getOsNvramSourceAddress_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.ReconnectImpl <em>Reconnect</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.ReconnectImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getReconnect()
		 * @generated
		 */
		EClass RECONNECT = eINSTANCE.getReconnect();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECONNECT__MIXED = eINSTANCE.getReconnect_Mixed();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECONNECT__ENABLED = eINSTANCE.getReconnect_Enabled();

		/**
		 * The meta object literal for the '<em><b>Timeout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECONNECT__TIMEOUT = eINSTANCE.getReconnect_Timeout();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECONNECT__ANY = eINSTANCE.getReconnect_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECONNECT__ANY_ATTRIBUTE = eINSTANCE.getReconnect_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceSourceLocalImpl <em>Interface Source Local</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceSourceLocalImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceSourceLocal()
		 * @generated
		 */
		EClass INTERFACE_SOURCE_LOCAL = eINSTANCE.getInterfaceSourceLocal();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SOURCE_LOCAL__MIXED = eINSTANCE.getInterfaceSourceLocal_Mixed();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SOURCE_LOCAL__ADDRESS = eINSTANCE.getInterfaceSourceLocal_Address();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SOURCE_LOCAL__PORT = eINSTANCE.getInterfaceSourceLocal_Port();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SOURCE_LOCAL__ANY = eINSTANCE.getInterfaceSourceLocal_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_SOURCE_LOCAL__ANY_ATTRIBUTE = eINSTANCE.getInterfaceSourceLocal_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.SourceVendorImpl <em>Source Vendor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.SourceVendorImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getSourceVendor()
		 * @generated
		 */
		EClass SOURCE_VENDOR = eINSTANCE.getSourceVendor();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_VENDOR__MIXED = eINSTANCE.getSourceVendor_Mixed();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_VENDOR__ID = eINSTANCE.getSourceVendor_Id();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_VENDOR__ANY = eINSTANCE.getSourceVendor_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_VENDOR__ANY_ATTRIBUTE = eINSTANCE.getSourceVendor_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.SourceProductImpl <em>Source Product</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.SourceProductImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getSourceProduct()
		 * @generated
		 */
		EClass SOURCE_PRODUCT = eINSTANCE.getSourceProduct();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_PRODUCT__MIXED = eINSTANCE.getSourceProduct_Mixed();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_PRODUCT__ID = eINSTANCE.getSourceProduct_Id();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_PRODUCT__ANY = eINSTANCE.getSourceProduct_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_PRODUCT__ANY_ATTRIBUTE = eINSTANCE.getSourceProduct_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.SourceAddressImpl <em>Source Address</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.SourceAddressImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getSourceAddress()
		 * @generated
		 */
		EClass SOURCE_ADDRESS = eINSTANCE.getSourceAddress();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_ADDRESS__MIXED = eINSTANCE.getSourceAddress_Mixed();

		/**
		 * The meta object literal for the '<em><b>Bus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_ADDRESS__BUS = eINSTANCE.getSourceAddress_Bus();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_ADDRESS__DEVICE = eINSTANCE.getSourceAddress_Device();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_ADDRESS__TYPE = eINSTANCE.getSourceAddress_Type();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_ADDRESS__DOMAIN = eINSTANCE.getSourceAddress_Domain();

		/**
		 * The meta object literal for the '<em><b>Slot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_ADDRESS__SLOT = eINSTANCE.getSourceAddress_Slot();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_ADDRESS__FUNCTION = eINSTANCE.getSourceAddress_Function();

		/**
		 * The meta object literal for the '<em><b>Multifunction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_ADDRESS__MULTIFUNCTION = eINSTANCE.getSourceAddress_Multifunction();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_ADDRESS__TARGET = eINSTANCE.getSourceAddress_Target();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_ADDRESS__UNIT = eINSTANCE.getSourceAddress_Unit();

		/**
		 * The meta object literal for the '<em><b>Uuid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_ADDRESS__UUID = eINSTANCE.getSourceAddress_Uuid();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_ADDRESS__ANY = eINSTANCE.getSourceAddress_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE_ADDRESS__ANY_ATTRIBUTE = eINSTANCE.getSourceAddress_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceVirtualportParametersImpl <em>Interface Virtualport Parameters</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceVirtualportParametersImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceVirtualportParameters()
		 * @generated
		 */
		EClass INTERFACE_VIRTUALPORT_PARAMETERS = eINSTANCE.getInterfaceVirtualportParameters();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_VIRTUALPORT_PARAMETERS__MIXED = eINSTANCE.getInterfaceVirtualportParameters_Mixed();

		/**
		 * The meta object literal for the '<em><b>Managerid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_VIRTUALPORT_PARAMETERS__MANAGERID = eINSTANCE.getInterfaceVirtualportParameters_Managerid();

		/**
		 * The meta object literal for the '<em><b>Typeid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_VIRTUALPORT_PARAMETERS__TYPEID = eINSTANCE.getInterfaceVirtualportParameters_Typeid();

		/**
		 * The meta object literal for the '<em><b>Typeidversion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_VIRTUALPORT_PARAMETERS__TYPEIDVERSION = eINSTANCE.getInterfaceVirtualportParameters_Typeidversion();

		/**
		 * The meta object literal for the '<em><b>Instanceid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_VIRTUALPORT_PARAMETERS__INSTANCEID = eINSTANCE.getInterfaceVirtualportParameters_Instanceid();

		/**
		 * The meta object literal for the '<em><b>Profileid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_VIRTUALPORT_PARAMETERS__PROFILEID = eINSTANCE.getInterfaceVirtualportParameters_Profileid();

		/**
		 * The meta object literal for the '<em><b>Interfaceid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_VIRTUALPORT_PARAMETERS__INTERFACEID = eINSTANCE.getInterfaceVirtualportParameters_Interfaceid();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_VIRTUALPORT_PARAMETERS__ANY = eINSTANCE.getInterfaceVirtualportParameters_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_VIRTUALPORT_PARAMETERS__ANY_ATTRIBUTE = eINSTANCE.getInterfaceVirtualportParameters_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceCoalesceRxImpl <em>Interface Coalesce Rx</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceCoalesceRxImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceCoalesceRx()
		 * @generated
		 */
		EClass INTERFACE_COALESCE_RX = eINSTANCE.getInterfaceCoalesceRx();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_COALESCE_RX__MIXED = eINSTANCE.getInterfaceCoalesceRx_Mixed();

		/**
		 * The meta object literal for the '<em><b>Frames</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERFACE_COALESCE_RX__FRAMES = eINSTANCE.getInterfaceCoalesceRx_Frames();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_COALESCE_RX__ANY = eINSTANCE.getInterfaceCoalesceRx_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_COALESCE_RX__ANY_ATTRIBUTE = eINSTANCE.getInterfaceCoalesceRx_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfacePortForwardRangeImpl <em>Interface Port Forward Range</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfacePortForwardRangeImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfacePortForwardRange()
		 * @generated
		 */
		EClass INTERFACE_PORT_FORWARD_RANGE = eINSTANCE.getInterfacePortForwardRange();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_PORT_FORWARD_RANGE__MIXED = eINSTANCE.getInterfacePortForwardRange_Mixed();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_PORT_FORWARD_RANGE__START = eINSTANCE.getInterfacePortForwardRange_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_PORT_FORWARD_RANGE__END = eINSTANCE.getInterfacePortForwardRange_End();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_PORT_FORWARD_RANGE__TO = eINSTANCE.getInterfacePortForwardRange_To();

		/**
		 * The meta object literal for the '<em><b>Exclude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_PORT_FORWARD_RANGE__EXCLUDE = eINSTANCE.getInterfacePortForwardRange_Exclude();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_PORT_FORWARD_RANGE__ANY = eINSTANCE.getInterfacePortForwardRange_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_PORT_FORWARD_RANGE__ANY_ATTRIBUTE = eINSTANCE.getInterfacePortForwardRange_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceDriverHostImpl <em>Interface Driver Host</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceDriverHostImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceDriverHost()
		 * @generated
		 */
		EClass INTERFACE_DRIVER_HOST = eINSTANCE.getInterfaceDriverHost();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER_HOST__MIXED = eINSTANCE.getInterfaceDriverHost_Mixed();

		/**
		 * The meta object literal for the '<em><b>Csum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER_HOST__CSUM = eINSTANCE.getInterfaceDriverHost_Csum();

		/**
		 * The meta object literal for the '<em><b>Gso</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER_HOST__GSO = eINSTANCE.getInterfaceDriverHost_Gso();

		/**
		 * The meta object literal for the '<em><b>Tso4</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER_HOST__TSO4 = eINSTANCE.getInterfaceDriverHost_Tso4();

		/**
		 * The meta object literal for the '<em><b>Tso6</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER_HOST__TSO6 = eINSTANCE.getInterfaceDriverHost_Tso6();

		/**
		 * The meta object literal for the '<em><b>Ecn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER_HOST__ECN = eINSTANCE.getInterfaceDriverHost_Ecn();

		/**
		 * The meta object literal for the '<em><b>Ufo</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER_HOST__UFO = eINSTANCE.getInterfaceDriverHost_Ufo();

		/**
		 * The meta object literal for the '<em><b>Mrg Rxbuf</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER_HOST__MRG_RXBUF = eINSTANCE.getInterfaceDriverHost_MrgRxbuf();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER_HOST__ANY = eINSTANCE.getInterfaceDriverHost_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER_HOST__ANY_ATTRIBUTE = eINSTANCE.getInterfaceDriverHost_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceDriverGuestImpl <em>Interface Driver Guest</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceDriverGuestImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceDriverGuest()
		 * @generated
		 */
		EClass INTERFACE_DRIVER_GUEST = eINSTANCE.getInterfaceDriverGuest();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER_GUEST__MIXED = eINSTANCE.getInterfaceDriverGuest_Mixed();

		/**
		 * The meta object literal for the '<em><b>Csum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER_GUEST__CSUM = eINSTANCE.getInterfaceDriverGuest_Csum();

		/**
		 * The meta object literal for the '<em><b>Tso4</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER_GUEST__TSO4 = eINSTANCE.getInterfaceDriverGuest_Tso4();

		/**
		 * The meta object literal for the '<em><b>Tso6</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER_GUEST__TSO6 = eINSTANCE.getInterfaceDriverGuest_Tso6();

		/**
		 * The meta object literal for the '<em><b>Ecn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER_GUEST__ECN = eINSTANCE.getInterfaceDriverGuest_Ecn();

		/**
		 * The meta object literal for the '<em><b>Ufo</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER_GUEST__UFO = eINSTANCE.getInterfaceDriverGuest_Ufo();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER_GUEST__ANY = eINSTANCE.getInterfaceDriverGuest_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_DRIVER_GUEST__ANY_ATTRIBUTE = eINSTANCE.getInterfaceDriverGuest_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.AddressZpciImpl <em>Address Zpci</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.AddressZpciImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAddressZpci()
		 * @generated
		 */
		EClass ADDRESS_ZPCI = eINSTANCE.getAddressZpci();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS_ZPCI__MIXED = eINSTANCE.getAddressZpci_Mixed();

		/**
		 * The meta object literal for the '<em><b>Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS_ZPCI__UID = eINSTANCE.getAddressZpci_Uid();

		/**
		 * The meta object literal for the '<em><b>Fid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS_ZPCI__FID = eINSTANCE.getAddressZpci_Fid();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS_ZPCI__ANY = eINSTANCE.getAddressZpci_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS_ZPCI__ANY_ATTRIBUTE = eINSTANCE.getAddressZpci_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceFilterrefParameterImpl <em>Interface Filterref Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceFilterrefParameterImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceFilterrefParameter()
		 * @generated
		 */
		EClass INTERFACE_FILTERREF_PARAMETER = eINSTANCE.getInterfaceFilterrefParameter();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_FILTERREF_PARAMETER__MIXED = eINSTANCE.getInterfaceFilterrefParameter_Mixed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_FILTERREF_PARAMETER__NAME = eINSTANCE.getInterfaceFilterrefParameter_Name();

		/**
		 * The meta object literal for the '<em><b>Value Attribute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_FILTERREF_PARAMETER__VALUE_ATTRIBUTE = eINSTANCE.getInterfaceFilterrefParameter_ValueAttribute();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_FILTERREF_PARAMETER__ANY = eINSTANCE.getInterfaceFilterrefParameter_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_FILTERREF_PARAMETER__ANY_ATTRIBUTE = eINSTANCE.getInterfaceFilterrefParameter_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceBandwidthInboundImpl <em>Interface Bandwidth Inbound</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceBandwidthInboundImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceBandwidthInbound()
		 * @generated
		 */
		EClass INTERFACE_BANDWIDTH_INBOUND = eINSTANCE.getInterfaceBandwidthInbound();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BANDWIDTH_INBOUND__MIXED = eINSTANCE.getInterfaceBandwidthInbound_Mixed();

		/**
		 * The meta object literal for the '<em><b>Average</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BANDWIDTH_INBOUND__AVERAGE = eINSTANCE.getInterfaceBandwidthInbound_Average();

		/**
		 * The meta object literal for the '<em><b>Peak</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BANDWIDTH_INBOUND__PEAK = eINSTANCE.getInterfaceBandwidthInbound_Peak();

		/**
		 * The meta object literal for the '<em><b>Floor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BANDWIDTH_INBOUND__FLOOR = eINSTANCE.getInterfaceBandwidthInbound_Floor();

		/**
		 * The meta object literal for the '<em><b>Burst</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BANDWIDTH_INBOUND__BURST = eINSTANCE.getInterfaceBandwidthInbound_Burst();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BANDWIDTH_INBOUND__ANY = eINSTANCE.getInterfaceBandwidthInbound_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BANDWIDTH_INBOUND__ANY_ATTRIBUTE = eINSTANCE.getInterfaceBandwidthInbound_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceBandwidthOutboundImpl <em>Interface Bandwidth Outbound</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceBandwidthOutboundImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceBandwidthOutbound()
		 * @generated
		 */
		EClass INTERFACE_BANDWIDTH_OUTBOUND = eINSTANCE.getInterfaceBandwidthOutbound();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BANDWIDTH_OUTBOUND__MIXED = eINSTANCE.getInterfaceBandwidthOutbound_Mixed();

		/**
		 * The meta object literal for the '<em><b>Average</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BANDWIDTH_OUTBOUND__AVERAGE = eINSTANCE.getInterfaceBandwidthOutbound_Average();

		/**
		 * The meta object literal for the '<em><b>Peak</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BANDWIDTH_OUTBOUND__PEAK = eINSTANCE.getInterfaceBandwidthOutbound_Peak();

		/**
		 * The meta object literal for the '<em><b>Floor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BANDWIDTH_OUTBOUND__FLOOR = eINSTANCE.getInterfaceBandwidthOutbound_Floor();

		/**
		 * The meta object literal for the '<em><b>Burst</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BANDWIDTH_OUTBOUND__BURST = eINSTANCE.getInterfaceBandwidthOutbound_Burst();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BANDWIDTH_OUTBOUND__ANY = eINSTANCE.getInterfaceBandwidthOutbound_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_BANDWIDTH_OUTBOUND__ANY_ATTRIBUTE = eINSTANCE.getInterfaceBandwidthOutbound_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceVlanTagImpl <em>Interface Vlan Tag</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceVlanTagImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceVlanTag()
		 * @generated
		 */
		EClass INTERFACE_VLAN_TAG = eINSTANCE.getInterfaceVlanTag();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_VLAN_TAG__MIXED = eINSTANCE.getInterfaceVlanTag_Mixed();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_VLAN_TAG__ID = eINSTANCE.getInterfaceVlanTag_Id();

		/**
		 * The meta object literal for the '<em><b>Native Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_VLAN_TAG__NATIVE_MODE = eINSTANCE.getInterfaceVlanTag_NativeMode();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_VLAN_TAG__ANY = eINSTANCE.getInterfaceVlanTag_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_VLAN_TAG__ANY_ATTRIBUTE = eINSTANCE.getInterfaceVlanTag_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.HostdevSourceAdapterImpl <em>Hostdev Source Adapter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.HostdevSourceAdapterImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevSourceAdapter()
		 * @generated
		 */
		EClass HOSTDEV_SOURCE_ADAPTER = eINSTANCE.getHostdevSourceAdapter();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_ADAPTER__MIXED = eINSTANCE.getHostdevSourceAdapter_Mixed();

		/**
		 * The meta object literal for the '<em><b>Parentaddr</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOSTDEV_SOURCE_ADAPTER__PARENTADDR = eINSTANCE.getHostdevSourceAdapter_Parentaddr();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_ADAPTER__TYPE = eINSTANCE.getHostdevSourceAdapter_Type();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_ADAPTER__NAME = eINSTANCE.getHostdevSourceAdapter_Name();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_ADAPTER__PARENT = eINSTANCE.getHostdevSourceAdapter_Parent();

		/**
		 * The meta object literal for the '<em><b>Managed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_ADAPTER__MANAGED = eINSTANCE.getHostdevSourceAdapter_Managed();

		/**
		 * The meta object literal for the '<em><b>Parent Wwnn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_ADAPTER__PARENT_WWNN = eINSTANCE.getHostdevSourceAdapter_ParentWwnn();

		/**
		 * The meta object literal for the '<em><b>Parent Wwpn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_ADAPTER__PARENT_WWPN = eINSTANCE.getHostdevSourceAdapter_ParentWwpn();

		/**
		 * The meta object literal for the '<em><b>Parent Fabric Wwn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_ADAPTER__PARENT_FABRIC_WWN = eINSTANCE.getHostdevSourceAdapter_ParentFabricWwn();

		/**
		 * The meta object literal for the '<em><b>Wwnn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_ADAPTER__WWNN = eINSTANCE.getHostdevSourceAdapter_Wwnn();

		/**
		 * The meta object literal for the '<em><b>Wwpn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_ADAPTER__WWPN = eINSTANCE.getHostdevSourceAdapter_Wwpn();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_ADAPTER__ANY = eINSTANCE.getHostdevSourceAdapter_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_ADAPTER__ANY_ATTRIBUTE = eINSTANCE.getHostdevSourceAdapter_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.HostdevSourceHostImpl <em>Hostdev Source Host</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.HostdevSourceHostImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevSourceHost()
		 * @generated
		 */
		EClass HOSTDEV_SOURCE_HOST = eINSTANCE.getHostdevSourceHost();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_HOST__MIXED = eINSTANCE.getHostdevSourceHost_Mixed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_HOST__NAME = eINSTANCE.getHostdevSourceHost_Name();

		/**
		 * The meta object literal for the '<em><b>Port</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_HOST__PORT = eINSTANCE.getHostdevSourceHost_Port();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_HOST__ANY = eINSTANCE.getHostdevSourceHost_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_HOST__ANY_ATTRIBUTE = eINSTANCE.getHostdevSourceHost_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceSlicesSliceImpl <em>Os Nvram Source Slices Slice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsNvramSourceSlicesSliceImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceSlicesSlice()
		 * @generated
		 */
		EClass OS_NVRAM_SOURCE_SLICES_SLICE = eINSTANCE.getOsNvramSourceSlicesSlice();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_SLICES_SLICE__MIXED = eINSTANCE.getOsNvramSourceSlicesSlice_Mixed();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_SLICES_SLICE__TYPE = eINSTANCE.getOsNvramSourceSlicesSlice_Type();

		/**
		 * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_SLICES_SLICE__OFFSET = eINSTANCE.getOsNvramSourceSlicesSlice_Offset();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_SLICES_SLICE__SIZE = eINSTANCE.getOsNvramSourceSlicesSlice_Size();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_SLICES_SLICE__ANY = eINSTANCE.getOsNvramSourceSlicesSlice_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_SLICES_SLICE__ANY_ATTRIBUTE = eINSTANCE.getOsNvramSourceSlicesSlice_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceEncryptionSecretImpl <em>Os Nvram Source Encryption Secret</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsNvramSourceEncryptionSecretImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceEncryptionSecret()
		 * @generated
		 */
		EClass OS_NVRAM_SOURCE_ENCRYPTION_SECRET = eINSTANCE.getOsNvramSourceEncryptionSecret();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ENCRYPTION_SECRET__MIXED = eINSTANCE.getOsNvramSourceEncryptionSecret_Mixed();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ENCRYPTION_SECRET__TYPE = eINSTANCE.getOsNvramSourceEncryptionSecret_Type();

		/**
		 * The meta object literal for the '<em><b>Uuid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ENCRYPTION_SECRET__UUID = eINSTANCE.getOsNvramSourceEncryptionSecret_Uuid();

		/**
		 * The meta object literal for the '<em><b>Usage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ENCRYPTION_SECRET__USAGE = eINSTANCE.getOsNvramSourceEncryptionSecret_Usage();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ENCRYPTION_SECRET__ANY = eINSTANCE.getOsNvramSourceEncryptionSecret_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ENCRYPTION_SECRET__ANY_ATTRIBUTE = eINSTANCE.getOsNvramSourceEncryptionSecret_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceEncryptionCipherImpl <em>Os Nvram Source Encryption Cipher</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsNvramSourceEncryptionCipherImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceEncryptionCipher()
		 * @generated
		 */
		EClass OS_NVRAM_SOURCE_ENCRYPTION_CIPHER = eINSTANCE.getOsNvramSourceEncryptionCipher();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ENCRYPTION_CIPHER__MIXED = eINSTANCE.getOsNvramSourceEncryptionCipher_Mixed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ENCRYPTION_CIPHER__NAME = eINSTANCE.getOsNvramSourceEncryptionCipher_Name();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ENCRYPTION_CIPHER__SIZE = eINSTANCE.getOsNvramSourceEncryptionCipher_Size();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ENCRYPTION_CIPHER__MODE = eINSTANCE.getOsNvramSourceEncryptionCipher_Mode();

		/**
		 * The meta object literal for the '<em><b>Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ENCRYPTION_CIPHER__HASH = eINSTANCE.getOsNvramSourceEncryptionCipher_Hash();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ENCRYPTION_CIPHER__ANY = eINSTANCE.getOsNvramSourceEncryptionCipher_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ENCRYPTION_CIPHER__ANY_ATTRIBUTE = eINSTANCE.getOsNvramSourceEncryptionCipher_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceEncryptionIvgenImpl <em>Os Nvram Source Encryption Ivgen</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsNvramSourceEncryptionIvgenImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceEncryptionIvgen()
		 * @generated
		 */
		EClass OS_NVRAM_SOURCE_ENCRYPTION_IVGEN = eINSTANCE.getOsNvramSourceEncryptionIvgen();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ENCRYPTION_IVGEN__MIXED = eINSTANCE.getOsNvramSourceEncryptionIvgen_Mixed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ENCRYPTION_IVGEN__NAME = eINSTANCE.getOsNvramSourceEncryptionIvgen_Name();

		/**
		 * The meta object literal for the '<em><b>Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ENCRYPTION_IVGEN__HASH = eINSTANCE.getOsNvramSourceEncryptionIvgen_Hash();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ENCRYPTION_IVGEN__ANY = eINSTANCE.getOsNvramSourceEncryptionIvgen_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_ENCRYPTION_IVGEN__ANY_ATTRIBUTE = eINSTANCE.getOsNvramSourceEncryptionIvgen_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.DiskAuthSecretImpl <em>Disk Auth Secret</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.DiskAuthSecretImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDiskAuthSecret()
		 * @generated
		 */
		EClass DISK_AUTH_SECRET = eINSTANCE.getDiskAuthSecret();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK_AUTH_SECRET__MIXED = eINSTANCE.getDiskAuthSecret_Mixed();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK_AUTH_SECRET__TYPE = eINSTANCE.getDiskAuthSecret_Type();

		/**
		 * The meta object literal for the '<em><b>Uuid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK_AUTH_SECRET__UUID = eINSTANCE.getDiskAuthSecret_Uuid();

		/**
		 * The meta object literal for the '<em><b>Usage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK_AUTH_SECRET__USAGE = eINSTANCE.getDiskAuthSecret_Usage();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK_AUTH_SECRET__ANY = eINSTANCE.getDiskAuthSecret_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK_AUTH_SECRET__ANY_ATTRIBUTE = eINSTANCE.getDiskAuthSecret_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InitiatorinfoIqnImpl <em>Initiatorinfo Iqn</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InitiatorinfoIqnImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInitiatorinfoIqn()
		 * @generated
		 */
		EClass INITIATORINFO_IQN = eINSTANCE.getInitiatorinfoIqn();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATORINFO_IQN__MIXED = eINSTANCE.getInitiatorinfoIqn_Mixed();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATORINFO_IQN__NAME = eINSTANCE.getInitiatorinfoIqn_Name();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATORINFO_IQN__ANY = eINSTANCE.getInitiatorinfoIqn_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIATORINFO_IQN__ANY_ATTRIBUTE = eINSTANCE.getInitiatorinfoIqn_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.OsNvramSourceCookiesCookieImpl <em>Os Nvram Source Cookies Cookie</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.OsNvramSourceCookiesCookieImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceCookiesCookie()
		 * @generated
		 */
		EClass OS_NVRAM_SOURCE_COOKIES_COOKIE = eINSTANCE.getOsNvramSourceCookiesCookie();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_COOKIES_COOKIE__VALUE = eINSTANCE.getOsNvramSourceCookiesCookie_Value();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_COOKIES_COOKIE__NAME = eINSTANCE.getOsNvramSourceCookiesCookie_Name();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OS_NVRAM_SOURCE_COOKIES_COOKIE__ANY_ATTRIBUTE = eINSTANCE.getOsNvramSourceCookiesCookie_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.InterfaceCoalesceRxFramesImpl <em>Interface Coalesce Rx Frames</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.InterfaceCoalesceRxFramesImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceCoalesceRxFrames()
		 * @generated
		 */
		EClass INTERFACE_COALESCE_RX_FRAMES = eINSTANCE.getInterfaceCoalesceRxFrames();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_COALESCE_RX_FRAMES__MIXED = eINSTANCE.getInterfaceCoalesceRxFrames_Mixed();

		/**
		 * The meta object literal for the '<em><b>Max</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_COALESCE_RX_FRAMES__MAX = eINSTANCE.getInterfaceCoalesceRxFrames_Max();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_COALESCE_RX_FRAMES__ANY = eINSTANCE.getInterfaceCoalesceRxFrames_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERFACE_COALESCE_RX_FRAMES__ANY_ATTRIBUTE = eINSTANCE.getInterfaceCoalesceRxFrames_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.HostdevSourceAdapterParentaddrImpl <em>Hostdev Source Adapter Parentaddr</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.HostdevSourceAdapterParentaddrImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevSourceAdapterParentaddr()
		 * @generated
		 */
		EClass HOSTDEV_SOURCE_ADAPTER_PARENTADDR = eINSTANCE.getHostdevSourceAdapterParentaddr();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_ADAPTER_PARENTADDR__MIXED = eINSTANCE.getHostdevSourceAdapterParentaddr_Mixed();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ADDRESS = eINSTANCE.getHostdevSourceAdapterParentaddr_Address();

		/**
		 * The meta object literal for the '<em><b>Unique Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_ADAPTER_PARENTADDR__UNIQUE_ID = eINSTANCE.getHostdevSourceAdapterParentaddr_UniqueId();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ANY = eINSTANCE.getHostdevSourceAdapterParentaddr_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_ADAPTER_PARENTADDR__ANY_ATTRIBUTE = eINSTANCE.getHostdevSourceAdapterParentaddr_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.HostdevSourceAdapterParentaddrAddressImpl <em>Hostdev Source Adapter Parentaddr Address</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.HostdevSourceAdapterParentaddrAddressImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevSourceAdapterParentaddrAddress()
		 * @generated
		 */
		EClass HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS = eINSTANCE.getHostdevSourceAdapterParentaddrAddress();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS__MIXED = eINSTANCE.getHostdevSourceAdapterParentaddrAddress_Mixed();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS__DOMAIN = eINSTANCE.getHostdevSourceAdapterParentaddrAddress_Domain();

		/**
		 * The meta object literal for the '<em><b>Bus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS__BUS = eINSTANCE.getHostdevSourceAdapterParentaddrAddress_Bus();

		/**
		 * The meta object literal for the '<em><b>Slot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS__SLOT = eINSTANCE.getHostdevSourceAdapterParentaddrAddress_Slot();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS__FUNCTION = eINSTANCE.getHostdevSourceAdapterParentaddrAddress_Function();

		/**
		 * The meta object literal for the '<em><b>Multifunction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS__MULTIFUNCTION = eINSTANCE.getHostdevSourceAdapterParentaddrAddress_Multifunction();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS__ANY = eINSTANCE.getHostdevSourceAdapterParentaddrAddress_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOSTDEV_SOURCE_ADAPTER_PARENTADDR_ADDRESS__ANY_ATTRIBUTE = eINSTANCE.getHostdevSourceAdapterParentaddrAddress_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.impl.EmptyElementImpl <em>Empty Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.impl.EmptyElementImpl
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getEmptyElement()
		 * @generated
		 */
		EClass EMPTY_ELEMENT = eINSTANCE.getEmptyElement();

		/**
		 * The meta object literal for the '<em><b>Mixed</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMPTY_ELEMENT__MIXED = eINSTANCE.getEmptyElement_Mixed();

		/**
		 * The meta object literal for the '<em><b>Any</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMPTY_ELEMENT__ANY = eINSTANCE.getEmptyElement_Any();

		/**
		 * The meta object literal for the '<em><b>Any Attribute</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EMPTY_ELEMENT__ANY_ATTRIBUTE = eINSTANCE.getEmptyElement_AnyAttribute();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.DomainType <em>Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.DomainType
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDomainType()
		 * @generated
		 */
		EEnum DOMAIN_TYPE = eINSTANCE.getDomainType();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.OsFirmware2 <em>Os Firmware2</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.OsFirmware2
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsFirmware2()
		 * @generated
		 */
		EEnum OS_FIRMWARE2 = eINSTANCE.getOsFirmware2();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.VirOnOff <em>Vir On Off</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.VirOnOff
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getVirOnOff()
		 * @generated
		 */
		EEnum VIR_ON_OFF = eINSTANCE.getVirOnOff();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.VcpuPlacement <em>Vcpu Placement</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.VcpuPlacement
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getVcpuPlacement()
		 * @generated
		 */
		EEnum VCPU_PLACEMENT = eINSTANCE.getVcpuPlacement();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.OsTypeValue <em>Os Type Value</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.OsTypeValue
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsTypeValue()
		 * @generated
		 */
		EEnum OS_TYPE_VALUE = eINSTANCE.getOsTypeValue();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.OsTypeArch <em>Os Type Arch</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.OsTypeArch
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsTypeArch()
		 * @generated
		 */
		EEnum OS_TYPE_ARCH = eINSTANCE.getOsTypeArch();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.VirYesNo <em>Vir Yes No</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.VirYesNo
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getVirYesNo()
		 * @generated
		 */
		EEnum VIR_YES_NO = eINSTANCE.getVirYesNo();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.OsLoaderType <em>Os Loader Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.OsLoaderType
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsLoaderType()
		 * @generated
		 */
		EEnum OS_LOADER_TYPE = eINSTANCE.getOsLoaderType();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.OsNvramType <em>Os Nvram Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.OsNvramType
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramType()
		 * @generated
		 */
		EEnum OS_NVRAM_TYPE = eINSTANCE.getOsNvramType();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.OsBootDev <em>Os Boot Dev</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.OsBootDev
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsBootDev()
		 * @generated
		 */
		EEnum OS_BOOT_DEV = eINSTANCE.getOsBootDev();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.OsSmbiosMode <em>Os Smbios Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.OsSmbiosMode
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsSmbiosMode()
		 * @generated
		 */
		EEnum OS_SMBIOS_MODE = eINSTANCE.getOsSmbiosMode();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.InterfaceType <em>Interface Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.InterfaceType
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceType()
		 * @generated
		 */
		EEnum INTERFACE_TYPE = eINSTANCE.getInterfaceType();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.HostdevMode <em>Hostdev Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.HostdevMode
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevMode()
		 * @generated
		 */
		EEnum HOSTDEV_MODE = eINSTANCE.getHostdevMode();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.HostdevType <em>Hostdev Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.HostdevType
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevType()
		 * @generated
		 */
		EEnum HOSTDEV_TYPE = eINSTANCE.getHostdevType();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.HostdevSgio <em>Hostdev Sgio</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.HostdevSgio
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevSgio()
		 * @generated
		 */
		EEnum HOSTDEV_SGIO = eINSTANCE.getHostdevSgio();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.HostdevModel <em>Hostdev Model</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.HostdevModel
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevModel()
		 * @generated
		 */
		EEnum HOSTDEV_MODEL = eINSTANCE.getHostdevModel();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.OsFirmwareFeatureName <em>Os Firmware Feature Name</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.OsFirmwareFeatureName
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsFirmwareFeatureName()
		 * @generated
		 */
		EEnum OS_FIRMWARE_FEATURE_NAME = eINSTANCE.getOsFirmwareFeatureName();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.OsNvramSourceStartupPolicy <em>Os Nvram Source Startup Policy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.OsNvramSourceStartupPolicy
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceStartupPolicy()
		 * @generated
		 */
		EEnum OS_NVRAM_SOURCE_STARTUP_POLICY = eINSTANCE.getOsNvramSourceStartupPolicy();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.OsNvramSourceProtocol <em>Os Nvram Source Protocol</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.OsNvramSourceProtocol
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceProtocol()
		 * @generated
		 */
		EEnum OS_NVRAM_SOURCE_PROTOCOL = eINSTANCE.getOsNvramSourceProtocol();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.OsNvramSourceMode <em>Os Nvram Source Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.OsNvramSourceMode
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceMode()
		 * @generated
		 */
		EEnum OS_NVRAM_SOURCE_MODE = eINSTANCE.getOsNvramSourceMode();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.OsNvramSourceType <em>Os Nvram Source Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.OsNvramSourceType
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceType()
		 * @generated
		 */
		EEnum OS_NVRAM_SOURCE_TYPE = eINSTANCE.getOsNvramSourceType();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.OsAcpiTableType <em>Os Acpi Table Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.OsAcpiTableType
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsAcpiTableType()
		 * @generated
		 */
		EEnum OS_ACPI_TABLE_TYPE = eINSTANCE.getOsAcpiTableType();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.MacTableManager <em>Mac Table Manager</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.MacTableManager
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getMacTableManager()
		 * @generated
		 */
		EEnum MAC_TABLE_MANAGER = eINSTANCE.getMacTableManager();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.InterfaceSourceType <em>Interface Source Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.InterfaceSourceType
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceSourceType()
		 * @generated
		 */
		EEnum INTERFACE_SOURCE_TYPE = eINSTANCE.getInterfaceSourceType();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.InterfaceVirtualportType <em>Interface Virtualport Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.InterfaceVirtualportType
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceVirtualportType()
		 * @generated
		 */
		EEnum INTERFACE_VIRTUALPORT_TYPE = eINSTANCE.getInterfaceVirtualportType();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.InterfaceLinkState <em>Interface Link State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.InterfaceLinkState
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceLinkState()
		 * @generated
		 */
		EEnum INTERFACE_LINK_STATE = eINSTANCE.getInterfaceLinkState();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.InterfaceMacType <em>Interface Mac Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.InterfaceMacType
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceMacType()
		 * @generated
		 */
		EEnum INTERFACE_MAC_TYPE = eINSTANCE.getInterfaceMacType();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.InterfacePortForwardProto <em>Interface Port Forward Proto</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.InterfacePortForwardProto
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfacePortForwardProto()
		 * @generated
		 */
		EEnum INTERFACE_PORT_FORWARD_PROTO = eINSTANCE.getInterfacePortForwardProto();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.InterfaceBackendType <em>Interface Backend Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.InterfaceBackendType
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceBackendType()
		 * @generated
		 */
		EEnum INTERFACE_BACKEND_TYPE = eINSTANCE.getInterfaceBackendType();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.InterfaceDriverName <em>Interface Driver Name</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.InterfaceDriverName
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceDriverName()
		 * @generated
		 */
		EEnum INTERFACE_DRIVER_NAME = eINSTANCE.getInterfaceDriverName();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.InterfaceDriverTxmode <em>Interface Driver Txmode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.InterfaceDriverTxmode
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceDriverTxmode()
		 * @generated
		 */
		EEnum INTERFACE_DRIVER_TXMODE = eINSTANCE.getInterfaceDriverTxmode();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.AddressType <em>Address Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.AddressType
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAddressType()
		 * @generated
		 */
		EEnum ADDRESS_TYPE = eINSTANCE.getAddressType();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.InterfaceVlanTrunk <em>Interface Vlan Trunk</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.InterfaceVlanTrunk
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceVlanTrunk()
		 * @generated
		 */
		EEnum INTERFACE_VLAN_TRUNK = eINSTANCE.getInterfaceVlanTrunk();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.TeamingType <em>Teaming Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.TeamingType
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getTeamingType()
		 * @generated
		 */
		EEnum TEAMING_TYPE = eINSTANCE.getTeamingType();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.HostdevDriverName <em>Hostdev Driver Name</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.HostdevDriverName
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevDriverName()
		 * @generated
		 */
		EEnum HOSTDEV_DRIVER_NAME = eINSTANCE.getHostdevDriverName();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.HostdevSourceStartupPolicy <em>Hostdev Source Startup Policy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.HostdevSourceStartupPolicy
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevSourceStartupPolicy()
		 * @generated
		 */
		EEnum HOSTDEV_SOURCE_STARTUP_POLICY = eINSTANCE.getHostdevSourceStartupPolicy();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.HostdevSourceGuestReset <em>Hostdev Source Guest Reset</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.HostdevSourceGuestReset
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevSourceGuestReset()
		 * @generated
		 */
		EEnum HOSTDEV_SOURCE_GUEST_RESET = eINSTANCE.getHostdevSourceGuestReset();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.HostdevSourceProtocol <em>Hostdev Source Protocol</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.HostdevSourceProtocol
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevSourceProtocol()
		 * @generated
		 */
		EEnum HOSTDEV_SOURCE_PROTOCOL = eINSTANCE.getHostdevSourceProtocol();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionFormat <em>Os Nvram Source Encryption Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionFormat
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceEncryptionFormat()
		 * @generated
		 */
		EEnum OS_NVRAM_SOURCE_ENCRYPTION_FORMAT = eINSTANCE.getOsNvramSourceEncryptionFormat();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionEngine <em>Os Nvram Source Encryption Engine</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionEngine
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceEncryptionEngine()
		 * @generated
		 */
		EEnum OS_NVRAM_SOURCE_ENCRYPTION_ENGINE = eINSTANCE.getOsNvramSourceEncryptionEngine();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.OsNvramSourceSeclabelRelabel <em>Os Nvram Source Seclabel Relabel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.OsNvramSourceSeclabelRelabel
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceSeclabelRelabel()
		 * @generated
		 */
		EEnum OS_NVRAM_SOURCE_SECLABEL_RELABEL = eINSTANCE.getOsNvramSourceSeclabelRelabel();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.OsNvramSourceSeclabelLabelskip <em>Os Nvram Source Seclabel Labelskip</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.OsNvramSourceSeclabelLabelskip
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceSeclabelLabelskip()
		 * @generated
		 */
		EEnum OS_NVRAM_SOURCE_SECLABEL_LABELSKIP = eINSTANCE.getOsNvramSourceSeclabelLabelskip();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.OsNvramSourceHostTransport <em>Os Nvram Source Host Transport</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.OsNvramSourceHostTransport
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceHostTransport()
		 * @generated
		 */
		EEnum OS_NVRAM_SOURCE_HOST_TRANSPORT = eINSTANCE.getOsNvramSourceHostTransport();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.SourceAddressType <em>Source Address Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.SourceAddressType
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getSourceAddressType()
		 * @generated
		 */
		EEnum SOURCE_ADDRESS_TYPE = eINSTANCE.getSourceAddressType();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.InterfaceVlanTagNativeMode <em>Interface Vlan Tag Native Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.InterfaceVlanTagNativeMode
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceVlanTagNativeMode()
		 * @generated
		 */
		EEnum INTERFACE_VLAN_TAG_NATIVE_MODE = eINSTANCE.getInterfaceVlanTagNativeMode();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.HostdevSourceAdapterType <em>Hostdev Source Adapter Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.HostdevSourceAdapterType
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevSourceAdapterType()
		 * @generated
		 */
		EEnum HOSTDEV_SOURCE_ADAPTER_TYPE = eINSTANCE.getHostdevSourceAdapterType();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.OsNvramSourceSlicesSliceType <em>Os Nvram Source Slices Slice Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.OsNvramSourceSlicesSliceType
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceSlicesSliceType()
		 * @generated
		 */
		EEnum OS_NVRAM_SOURCE_SLICES_SLICE_TYPE = eINSTANCE.getOsNvramSourceSlicesSliceType();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.OsNvramSourceEncryptionSecretType <em>Os Nvram Source Encryption Secret Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.OsNvramSourceEncryptionSecretType
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceEncryptionSecretType()
		 * @generated
		 */
		EEnum OS_NVRAM_SOURCE_ENCRYPTION_SECRET_TYPE = eINSTANCE.getOsNvramSourceEncryptionSecretType();

		/**
		 * The meta object literal for the '{@link org.vdevstudio.model.domain.DiskAuthSecretType <em>Disk Auth Secret Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.vdevstudio.model.domain.DiskAuthSecretType
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDiskAuthSecretType()
		 * @generated
		 */
		EEnum DISK_AUTH_SECRET_TYPE = eINSTANCE.getDiskAuthSecretType();

		/**
		 * The meta object literal for the '<em>Object Name With Slash</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getObjectNameWithSlash()
		 * @generated
		 */
		EDataType OBJECT_NAME_WITH_SLASH = eINSTANCE.getObjectNameWithSlash();

		/**
		 * The meta object literal for the '<em>UUID</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getUUID()
		 * @generated
		 */
		EDataType UUID = eINSTANCE.getUUID();

		/**
		 * The meta object literal for the '<em>Unsigned Int</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.Long
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getUnsignedInt()
		 * @generated
		 */
		EDataType UNSIGNED_INT = eINSTANCE.getUnsignedInt();

		/**
		 * The meta object literal for the '<em>Abs File Path</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAbsFilePath()
		 * @generated
		 */
		EDataType ABS_FILE_PATH = eINSTANCE.getAbsFilePath();

		/**
		 * The meta object literal for the '<em>Generic Name</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getGenericName()
		 * @generated
		 */
		EDataType GENERIC_NAME = eINSTANCE.getGenericName();

		/**
		 * The meta object literal for the '<em>Memory Value</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.math.BigInteger
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getMemoryValue()
		 * @generated
		 */
		EDataType MEMORY_VALUE = eINSTANCE.getMemoryValue();

		/**
		 * The meta object literal for the '<em>Unit</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getUnit()
		 * @generated
		 */
		EDataType UNIT = eINSTANCE.getUnit();

		/**
		 * The meta object literal for the '<em>Current Memory Value</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.math.BigInteger
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getCurrentMemoryValue()
		 * @generated
		 */
		EDataType CURRENT_MEMORY_VALUE = eINSTANCE.getCurrentMemoryValue();

		/**
		 * The meta object literal for the '<em>Vcpu Value</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.Integer
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getVcpuValue()
		 * @generated
		 */
		EDataType VCPU_VALUE = eINSTANCE.getVcpuValue();

		/**
		 * The meta object literal for the '<em>Cpuset</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getCpuset()
		 * @generated
		 */
		EDataType CPUSET = eINSTANCE.getCpuset();

		/**
		 * The meta object literal for the '<em>Count CPU</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.Integer
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getCountCPU()
		 * @generated
		 */
		EDataType COUNT_CPU = eINSTANCE.getCountCPU();

		/**
		 * The meta object literal for the '<em>Os Type Machine</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsTypeMachine()
		 * @generated
		 */
		EDataType OS_TYPE_MACHINE = eINSTANCE.getOsTypeMachine();

		/**
		 * The meta object literal for the '<em>Os Loader Value</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsLoaderValue()
		 * @generated
		 */
		EDataType OS_LOADER_VALUE = eINSTANCE.getOsLoaderValue();

		/**
		 * The meta object literal for the '<em>Unsigned Short</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.Long
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getUnsignedShort()
		 * @generated
		 */
		EDataType UNSIGNED_SHORT = eINSTANCE.getUnsignedShort();

		/**
		 * The meta object literal for the '<em>Reboot Timeout Delay</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.Integer
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getRebootTimeoutDelay()
		 * @generated
		 */
		EDataType REBOOT_TIMEOUT_DELAY = eINSTANCE.getRebootTimeoutDelay();

		/**
		 * The meta object literal for the '<em>Os Initenv Name</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsInitenvName()
		 * @generated
		 */
		EDataType OS_INITENV_NAME = eINSTANCE.getOsInitenvName();

		/**
		 * The meta object literal for the '<em>Os Nvram Source File</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceFile()
		 * @generated
		 */
		EDataType OS_NVRAM_SOURCE_FILE = eINSTANCE.getOsNvramSourceFile();

		/**
		 * The meta object literal for the '<em>Positive Integer</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.math.BigInteger
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getPositiveInteger()
		 * @generated
		 */
		EDataType POSITIVE_INTEGER = eINSTANCE.getPositiveInteger();

		/**
		 * The meta object literal for the '<em>Os Nvram Source Dev</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceDev()
		 * @generated
		 */
		EDataType OS_NVRAM_SOURCE_DEV = eINSTANCE.getOsNvramSourceDev();

		/**
		 * The meta object literal for the '<em>Object Name</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getObjectName()
		 * @generated
		 */
		EDataType OBJECT_NAME = eINSTANCE.getObjectName();

		/**
		 * The meta object literal for the '<em>Vol Name</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getVolName()
		 * @generated
		 */
		EDataType VOL_NAME = eINSTANCE.getVolName();

		/**
		 * The meta object literal for the '<em>Uint32</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getUint32()
		 * @generated
		 */
		EDataType UINT32 = eINSTANCE.getUint32();

		/**
		 * The meta object literal for the '<em>Os Acpi Table Value</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsAcpiTableValue()
		 * @generated
		 */
		EDataType OS_ACPI_TABLE_VALUE = eINSTANCE.getOsAcpiTableValue();

		/**
		 * The meta object literal for the '<em>Interface Source Bridge</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceSourceBridge()
		 * @generated
		 */
		EDataType INTERFACE_SOURCE_BRIDGE = eINSTANCE.getInterfaceSourceBridge();

		/**
		 * The meta object literal for the '<em>Device Name</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDeviceName()
		 * @generated
		 */
		EDataType DEVICE_NAME = eINSTANCE.getDeviceName();

		/**
		 * The meta object literal for the '<em>Interface Source Portid</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceSourcePortid()
		 * @generated
		 */
		EDataType INTERFACE_SOURCE_PORTID = eINSTANCE.getInterfaceSourcePortid();

		/**
		 * The meta object literal for the '<em>Interface Source Mode</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceSourceMode()
		 * @generated
		 */
		EDataType INTERFACE_SOURCE_MODE = eINSTANCE.getInterfaceSourceMode();

		/**
		 * The meta object literal for the '<em>Ipv4 Addr</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getIpv4Addr()
		 * @generated
		 */
		EDataType IPV4_ADDR = eINSTANCE.getIpv4Addr();

		/**
		 * The meta object literal for the '<em>Port Number</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getPortNumber()
		 * @generated
		 */
		EDataType PORT_NUMBER = eINSTANCE.getPortNumber();

		/**
		 * The meta object literal for the '<em>Uni Mac Addr</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getUniMacAddr()
		 * @generated
		 */
		EDataType UNI_MAC_ADDR = eINSTANCE.getUniMacAddr();

		/**
		 * The meta object literal for the '<em>Ip Addr</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getIpAddr()
		 * @generated
		 */
		EDataType IP_ADDR = eINSTANCE.getIpAddr();

		/**
		 * The meta object literal for the '<em>Addr Family</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAddrFamily()
		 * @generated
		 */
		EDataType ADDR_FAMILY = eINSTANCE.getAddrFamily();

		/**
		 * The meta object literal for the '<em>Ip Prefix</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getIpPrefix()
		 * @generated
		 */
		EDataType IP_PREFIX = eINSTANCE.getIpPrefix();

		/**
		 * The meta object literal for the '<em>File Path</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getFilePath()
		 * @generated
		 */
		EDataType FILE_PATH = eINSTANCE.getFilePath();

		/**
		 * The meta object literal for the '<em>Interface Model Type</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceModelType()
		 * @generated
		 */
		EDataType INTERFACE_MODEL_TYPE = eINSTANCE.getInterfaceModelType();

		/**
		 * The meta object literal for the '<em>Alias Name</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAliasName()
		 * @generated
		 */
		EDataType ALIAS_NAME = eINSTANCE.getAliasName();

		/**
		 * The meta object literal for the '<em>Pci Domain</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getPciDomain()
		 * @generated
		 */
		EDataType PCI_DOMAIN = eINSTANCE.getPciDomain();

		/**
		 * The meta object literal for the '<em>Address Bus</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAddressBus()
		 * @generated
		 */
		EDataType ADDRESS_BUS = eINSTANCE.getAddressBus();

		/**
		 * The meta object literal for the '<em>Address Slot</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAddressSlot()
		 * @generated
		 */
		EDataType ADDRESS_SLOT = eINSTANCE.getAddressSlot();

		/**
		 * The meta object literal for the '<em>Pci Func</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getPciFunc()
		 * @generated
		 */
		EDataType PCI_FUNC = eINSTANCE.getPciFunc();

		/**
		 * The meta object literal for the '<em>Drive Controller</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDriveController()
		 * @generated
		 */
		EDataType DRIVE_CONTROLLER = eINSTANCE.getDriveController();

		/**
		 * The meta object literal for the '<em>Drive Target</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDriveTarget()
		 * @generated
		 */
		EDataType DRIVE_TARGET = eINSTANCE.getDriveTarget();

		/**
		 * The meta object literal for the '<em>Drive Unit</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDriveUnit()
		 * @generated
		 */
		EDataType DRIVE_UNIT = eINSTANCE.getDriveUnit();

		/**
		 * The meta object literal for the '<em>Address Port</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAddressPort()
		 * @generated
		 */
		EDataType ADDRESS_PORT = eINSTANCE.getAddressPort();

		/**
		 * The meta object literal for the '<em>Spaprvio Reg</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getSpaprvioReg()
		 * @generated
		 */
		EDataType SPAPRVIO_REG = eINSTANCE.getSpaprvioReg();

		/**
		 * The meta object literal for the '<em>Ccw Cssid Range</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getCcwCssidRange()
		 * @generated
		 */
		EDataType CCW_CSSID_RANGE = eINSTANCE.getCcwCssidRange();

		/**
		 * The meta object literal for the '<em>Ccw Ssid Range</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getCcwSsidRange()
		 * @generated
		 */
		EDataType CCW_SSID_RANGE = eINSTANCE.getCcwSsidRange();

		/**
		 * The meta object literal for the '<em>Ccw Devno Range</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getCcwDevnoRange()
		 * @generated
		 */
		EDataType CCW_DEVNO_RANGE = eINSTANCE.getCcwDevnoRange();

		/**
		 * The meta object literal for the '<em>Address Iobase</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAddressIobase()
		 * @generated
		 */
		EDataType ADDRESS_IOBASE = eINSTANCE.getAddressIobase();

		/**
		 * The meta object literal for the '<em>Address Irq</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getAddressIrq()
		 * @generated
		 */
		EDataType ADDRESS_IRQ = eINSTANCE.getAddressIrq();

		/**
		 * The meta object literal for the '<em>Hexuint</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHexuint()
		 * @generated
		 */
		EDataType HEXUINT = eINSTANCE.getHexuint();

		/**
		 * The meta object literal for the '<em>Device Boot Loadparm</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDeviceBootLoadparm()
		 * @generated
		 */
		EDataType DEVICE_BOOT_LOADPARM = eINSTANCE.getDeviceBootLoadparm();

		/**
		 * The meta object literal for the '<em>Hostdev Source Wwpn</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getHostdevSourceWwpn()
		 * @generated
		 */
		EDataType HOSTDEV_SOURCE_WWPN = eINSTANCE.getHostdevSourceWwpn();

		/**
		 * The meta object literal for the '<em>Os Nvram Source Host Name</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceHostName()
		 * @generated
		 */
		EDataType OS_NVRAM_SOURCE_HOST_NAME = eINSTANCE.getOsNvramSourceHostName();

		/**
		 * The meta object literal for the '<em>Pci Bus</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getPciBus()
		 * @generated
		 */
		EDataType PCI_BUS = eINSTANCE.getPciBus();

		/**
		 * The meta object literal for the '<em>Pci Slot</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getPciSlot()
		 * @generated
		 */
		EDataType PCI_SLOT = eINSTANCE.getPciSlot();

		/**
		 * The meta object literal for the '<em>Usb Id</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getUsbId()
		 * @generated
		 */
		EDataType USB_ID = eINSTANCE.getUsbId();

		/**
		 * The meta object literal for the '<em>Source Address Bus</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getSourceAddressBus()
		 * @generated
		 */
		EDataType SOURCE_ADDRESS_BUS = eINSTANCE.getSourceAddressBus();

		/**
		 * The meta object literal for the '<em>Usb Addr</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getUsbAddr()
		 * @generated
		 */
		EDataType USB_ADDR = eINSTANCE.getUsbAddr();

		/**
		 * The meta object literal for the '<em>Drive SCSI Target</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDriveSCSITarget()
		 * @generated
		 */
		EDataType DRIVE_SCSI_TARGET = eINSTANCE.getDriveSCSITarget();

		/**
		 * The meta object literal for the '<em>Drive SCSI Unit</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getDriveSCSIUnit()
		 * @generated
		 */
		EDataType DRIVE_SCSI_UNIT = eINSTANCE.getDriveSCSIUnit();

		/**
		 * The meta object literal for the '<em>Uint8</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getUint8()
		 * @generated
		 */
		EDataType UINT8 = eINSTANCE.getUint8();

		/**
		 * The meta object literal for the '<em>Uint24</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getUint24()
		 * @generated
		 */
		EDataType UINT24 = eINSTANCE.getUint24();

		/**
		 * The meta object literal for the '<em>Uint16</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getUint16()
		 * @generated
		 */
		EDataType UINT16 = eINSTANCE.getUint16();

		/**
		 * The meta object literal for the '<em>Filter Param Name</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getFilterParamName()
		 * @generated
		 */
		EDataType FILTER_PARAM_NAME = eINSTANCE.getFilterParamName();

		/**
		 * The meta object literal for the '<em>Filter Param Value</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getFilterParamValue()
		 * @generated
		 */
		EDataType FILTER_PARAM_VALUE = eINSTANCE.getFilterParamValue();

		/**
		 * The meta object literal for the '<em>Speed</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.Long
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getSpeed()
		 * @generated
		 */
		EDataType SPEED = eINSTANCE.getSpeed();

		/**
		 * The meta object literal for the '<em>Burst Size</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.Long
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getBurstSize()
		 * @generated
		 */
		EDataType BURST_SIZE = eINSTANCE.getBurstSize();

		/**
		 * The meta object literal for the '<em>Interface Vlan Tag Id</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.Long
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getInterfaceVlanTagId()
		 * @generated
		 */
		EDataType INTERFACE_VLAN_TAG_ID = eINSTANCE.getInterfaceVlanTagId();

		/**
		 * The meta object literal for the '<em>Wwn</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getWwn()
		 * @generated
		 */
		EDataType WWN = eINSTANCE.getWwn();

		/**
		 * The meta object literal for the '<em>Os Nvram Source Cookies Cookie Value</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceCookiesCookieValue()
		 * @generated
		 */
		EDataType OS_NVRAM_SOURCE_COOKIES_COOKIE_VALUE = eINSTANCE.getOsNvramSourceCookiesCookieValue();

		/**
		 * The meta object literal for the '<em>Os Nvram Source Cookies Cookie Name</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.lang.String
		 * @see org.vdevstudio.model.domain.impl.DomainPackageImpl#getOsNvramSourceCookiesCookieName()
		 * @generated
		 */
		EDataType OS_NVRAM_SOURCE_COOKIES_COOKIE_NAME = eINSTANCE.getOsNvramSourceCookiesCookieName();

	}

} //DomainPackage
