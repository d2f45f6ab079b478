/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.vdevstudio.model.domain.DomainPackage#getDomainType()
 * @model extendedMetaData="name='DomainType'"
 * @generated
 */
public enum DomainType implements Enumerator {
	/**
	 * The '<em><b>Qemu</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QEMU_VALUE
	 * @generated
	 * @ordered
	 */
	QEMU(0, "qemu", "qemu"),

	/**
	 * The '<em><b>Kqemu</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KQEMU_VALUE
	 * @generated
	 * @ordered
	 */
	KQEMU(1, "kqemu", "kqemu"),

	/**
	 * The '<em><b>Kvm</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_VALUE
	 * @generated
	 * @ordered
	 */
	KVM(2, "kvm", "kvm"),

	/**
	 * The '<em><b>Xen</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XEN_VALUE
	 * @generated
	 * @ordered
	 */
	XEN(3, "xen", "xen"),

	/**
	 * The '<em><b>Lxc</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LXC_VALUE
	 * @generated
	 * @ordered
	 */
	LXC(4, "lxc", "lxc"),

	/**
	 * The '<em><b>Uml</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UML_VALUE
	 * @generated
	 * @ordered
	 */
	UML(5, "uml", "uml"),

	/**
	 * The '<em><b>Openvz</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPENVZ_VALUE
	 * @generated
	 * @ordered
	 */
	OPENVZ(6, "openvz", "openvz"),

	/**
	 * The '<em><b>Test</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEST_VALUE
	 * @generated
	 * @ordered
	 */
	TEST(7, "test", "test"),

	/**
	 * The '<em><b>Vmware</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VMWARE_VALUE
	 * @generated
	 * @ordered
	 */
	VMWARE(8, "vmware", "vmware"),

	/**
	 * The '<em><b>Hyperv</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HYPERV_VALUE
	 * @generated
	 * @ordered
	 */
	HYPERV(9, "hyperv", "hyperv"),

	/**
	 * The '<em><b>Vbox</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VBOX_VALUE
	 * @generated
	 * @ordered
	 */
	VBOX(10, "vbox", "vbox"),

	/**
	 * The '<em><b>Phyp</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHYP_VALUE
	 * @generated
	 * @ordered
	 */
	PHYP(11, "phyp", "phyp"),

	/**
	 * The '<em><b>Vz</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VZ_VALUE
	 * @generated
	 * @ordered
	 */
	VZ(12, "vz", "vz"),

	/**
	 * The '<em><b>Bhyve</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BHYVE_VALUE
	 * @generated
	 * @ordered
	 */
	BHYVE(13, "bhyve", "bhyve"),

	/**
	 * The '<em><b>Hvf</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HVF_VALUE
	 * @generated
	 * @ordered
	 */
	HVF(14, "hvf", "hvf");

	/**
	 * The '<em><b>Qemu</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QEMU
	 * @model name="qemu"
	 * @generated
	 * @ordered
	 */
	public static final int QEMU_VALUE = 0;

	/**
	 * The '<em><b>Kqemu</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KQEMU
	 * @model name="kqemu"
	 * @generated
	 * @ordered
	 */
	public static final int KQEMU_VALUE = 1;

	/**
	 * The '<em><b>Kvm</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM
	 * @model name="kvm"
	 * @generated
	 * @ordered
	 */
	public static final int KVM_VALUE = 2;

	/**
	 * The '<em><b>Xen</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XEN
	 * @model name="xen"
	 * @generated
	 * @ordered
	 */
	public static final int XEN_VALUE = 3;

	/**
	 * The '<em><b>Lxc</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LXC
	 * @model name="lxc"
	 * @generated
	 * @ordered
	 */
	public static final int LXC_VALUE = 4;

	/**
	 * The '<em><b>Uml</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UML
	 * @model name="uml"
	 * @generated
	 * @ordered
	 */
	public static final int UML_VALUE = 5;

	/**
	 * The '<em><b>Openvz</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPENVZ
	 * @model name="openvz"
	 * @generated
	 * @ordered
	 */
	public static final int OPENVZ_VALUE = 6;

	/**
	 * The '<em><b>Test</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEST
	 * @model name="test"
	 * @generated
	 * @ordered
	 */
	public static final int TEST_VALUE = 7;

	/**
	 * The '<em><b>Vmware</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VMWARE
	 * @model name="vmware"
	 * @generated
	 * @ordered
	 */
	public static final int VMWARE_VALUE = 8;

	/**
	 * The '<em><b>Hyperv</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HYPERV
	 * @model name="hyperv"
	 * @generated
	 * @ordered
	 */
	public static final int HYPERV_VALUE = 9;

	/**
	 * The '<em><b>Vbox</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VBOX
	 * @model name="vbox"
	 * @generated
	 * @ordered
	 */
	public static final int VBOX_VALUE = 10;

	/**
	 * The '<em><b>Phyp</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHYP
	 * @model name="phyp"
	 * @generated
	 * @ordered
	 */
	public static final int PHYP_VALUE = 11;

	/**
	 * The '<em><b>Vz</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VZ
	 * @model name="vz"
	 * @generated
	 * @ordered
	 */
	public static final int VZ_VALUE = 12;

	/**
	 * The '<em><b>Bhyve</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BHYVE
	 * @model name="bhyve"
	 * @generated
	 * @ordered
	 */
	public static final int BHYVE_VALUE = 13;

	/**
	 * The '<em><b>Hvf</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HVF
	 * @model name="hvf"
	 * @generated
	 * @ordered
	 */
	public static final int HVF_VALUE = 14;

	/**
	 * An array of all the '<em><b>Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DomainType[] VALUES_ARRAY =
		new DomainType[] {
			QEMU,
			KQEMU,
			KVM,
			XEN,
			LXC,
			UML,
			OPENVZ,
			TEST,
			VMWARE,
			HYPERV,
			VBOX,
			PHYP,
			VZ,
			BHYVE,
			HVF,
		};

	/**
	 * A public read-only list of all the '<em><b>Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DomainType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DomainType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DomainType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DomainType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DomainType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DomainType get(int value) {
		switch (value) {
			case QEMU_VALUE: return QEMU;
			case KQEMU_VALUE: return KQEMU;
			case KVM_VALUE: return KVM;
			case XEN_VALUE: return XEN;
			case LXC_VALUE: return LXC;
			case UML_VALUE: return UML;
			case OPENVZ_VALUE: return OPENVZ;
			case TEST_VALUE: return TEST;
			case VMWARE_VALUE: return VMWARE;
			case HYPERV_VALUE: return HYPERV;
			case VBOX_VALUE: return VBOX;
			case PHYP_VALUE: return PHYP;
			case VZ_VALUE: return VZ;
			case BHYVE_VALUE: return BHYVE;
			case HVF_VALUE: return HVF;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private DomainType(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //DomainType
