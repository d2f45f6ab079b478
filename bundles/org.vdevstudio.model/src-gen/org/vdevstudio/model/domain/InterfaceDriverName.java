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
 * A representation of the literals of the enumeration '<em><b>Interface Driver Name</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceDriverName()
 * @model extendedMetaData="name='InterfaceDriverName'"
 * @generated
 */
public enum InterfaceDriverName implements Enumerator {
	/**
	 * The '<em><b>Kvm</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM_VALUE
	 * @generated
	 * @ordered
	 */
	KVM(0, "kvm", "kvm"),

	/**
	 * The '<em><b>Vfio</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VFIO_VALUE
	 * @generated
	 * @ordered
	 */
	VFIO(1, "vfio", "vfio"),

	/**
	 * The '<em><b>Xen</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XEN_VALUE
	 * @generated
	 * @ordered
	 */
	XEN(2, "xen", "xen"),

	/**
	 * The '<em><b>Qemu</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QEMU_VALUE
	 * @generated
	 * @ordered
	 */
	QEMU(3, "qemu", "qemu"),

	/**
	 * The '<em><b>Vhost</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VHOST_VALUE
	 * @generated
	 * @ordered
	 */
	VHOST(4, "vhost", "vhost");

	/**
	 * The '<em><b>Kvm</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KVM
	 * @model name="kvm"
	 * @generated
	 * @ordered
	 */
	public static final int KVM_VALUE = 0;

	/**
	 * The '<em><b>Vfio</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VFIO
	 * @model name="vfio"
	 * @generated
	 * @ordered
	 */
	public static final int VFIO_VALUE = 1;

	/**
	 * The '<em><b>Xen</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XEN
	 * @model name="xen"
	 * @generated
	 * @ordered
	 */
	public static final int XEN_VALUE = 2;

	/**
	 * The '<em><b>Qemu</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QEMU
	 * @model name="qemu"
	 * @generated
	 * @ordered
	 */
	public static final int QEMU_VALUE = 3;

	/**
	 * The '<em><b>Vhost</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VHOST
	 * @model name="vhost"
	 * @generated
	 * @ordered
	 */
	public static final int VHOST_VALUE = 4;

	/**
	 * An array of all the '<em><b>Interface Driver Name</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InterfaceDriverName[] VALUES_ARRAY =
		new InterfaceDriverName[] {
			KVM,
			VFIO,
			XEN,
			QEMU,
			VHOST,
		};

	/**
	 * A public read-only list of all the '<em><b>Interface Driver Name</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InterfaceDriverName> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Interface Driver Name</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterfaceDriverName get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InterfaceDriverName result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Interface Driver Name</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterfaceDriverName getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InterfaceDriverName result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Interface Driver Name</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterfaceDriverName get(int value) {
		switch (value) {
			case KVM_VALUE: return KVM;
			case VFIO_VALUE: return VFIO;
			case XEN_VALUE: return XEN;
			case QEMU_VALUE: return QEMU;
			case VHOST_VALUE: return VHOST;
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
	private InterfaceDriverName(int value, String name, String literal) {
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
	
} //InterfaceDriverName
