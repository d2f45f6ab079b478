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
 * A representation of the literals of the enumeration '<em><b>Address Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.vdevstudio.model.domain.DomainPackage#getAddressType()
 * @model extendedMetaData="name='AddressType'"
 * @generated
 */
public enum AddressType implements Enumerator {
	/**
	 * The '<em><b>Pci</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PCI_VALUE
	 * @generated
	 * @ordered
	 */
	PCI(0, "pci", "pci"),

	/**
	 * The '<em><b>Drive</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRIVE_VALUE
	 * @generated
	 * @ordered
	 */
	DRIVE(1, "drive", "drive"),

	/**
	 * The '<em><b>Virtio serial</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIRTIO_SERIAL_VALUE
	 * @generated
	 * @ordered
	 */
	VIRTIO_SERIAL(2, "virtio_serial", "virtio-serial"),

	/**
	 * The '<em><b>Ccid</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CCID_VALUE
	 * @generated
	 * @ordered
	 */
	CCID(3, "ccid", "ccid"),

	/**
	 * The '<em><b>Usb</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USB_VALUE
	 * @generated
	 * @ordered
	 */
	USB(4, "usb", "usb"),

	/**
	 * The '<em><b>Spapr vio</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPAPR_VIO_VALUE
	 * @generated
	 * @ordered
	 */
	SPAPR_VIO(5, "spapr_vio", "spapr-vio"),

	/**
	 * The '<em><b>Ccw</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CCW_VALUE
	 * @generated
	 * @ordered
	 */
	CCW(6, "ccw", "ccw"),

	/**
	 * The '<em><b>Isa</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ISA_VALUE
	 * @generated
	 * @ordered
	 */
	ISA(7, "isa", "isa"),

	/**
	 * The '<em><b>Virtio mmio</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIRTIO_MMIO_VALUE
	 * @generated
	 * @ordered
	 */
	VIRTIO_MMIO(8, "virtio_mmio", "virtio-mmio"),

	/**
	 * The '<em><b>Dimm</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIMM_VALUE
	 * @generated
	 * @ordered
	 */
	DIMM(9, "dimm", "dimm"),

	/**
	 * The '<em><b>Unassigned</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNASSIGNED_VALUE
	 * @generated
	 * @ordered
	 */
	UNASSIGNED(10, "unassigned", "unassigned");

	/**
	 * The '<em><b>Pci</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PCI
	 * @model name="pci"
	 * @generated
	 * @ordered
	 */
	public static final int PCI_VALUE = 0;

	/**
	 * The '<em><b>Drive</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRIVE
	 * @model name="drive"
	 * @generated
	 * @ordered
	 */
	public static final int DRIVE_VALUE = 1;

	/**
	 * The '<em><b>Virtio serial</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIRTIO_SERIAL
	 * @model name="virtio_serial" literal="virtio-serial"
	 * @generated
	 * @ordered
	 */
	public static final int VIRTIO_SERIAL_VALUE = 2;

	/**
	 * The '<em><b>Ccid</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CCID
	 * @model name="ccid"
	 * @generated
	 * @ordered
	 */
	public static final int CCID_VALUE = 3;

	/**
	 * The '<em><b>Usb</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USB
	 * @model name="usb"
	 * @generated
	 * @ordered
	 */
	public static final int USB_VALUE = 4;

	/**
	 * The '<em><b>Spapr vio</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPAPR_VIO
	 * @model name="spapr_vio" literal="spapr-vio"
	 * @generated
	 * @ordered
	 */
	public static final int SPAPR_VIO_VALUE = 5;

	/**
	 * The '<em><b>Ccw</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CCW
	 * @model name="ccw"
	 * @generated
	 * @ordered
	 */
	public static final int CCW_VALUE = 6;

	/**
	 * The '<em><b>Isa</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ISA
	 * @model name="isa"
	 * @generated
	 * @ordered
	 */
	public static final int ISA_VALUE = 7;

	/**
	 * The '<em><b>Virtio mmio</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIRTIO_MMIO
	 * @model name="virtio_mmio" literal="virtio-mmio"
	 * @generated
	 * @ordered
	 */
	public static final int VIRTIO_MMIO_VALUE = 8;

	/**
	 * The '<em><b>Dimm</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIMM
	 * @model name="dimm"
	 * @generated
	 * @ordered
	 */
	public static final int DIMM_VALUE = 9;

	/**
	 * The '<em><b>Unassigned</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNASSIGNED
	 * @model name="unassigned"
	 * @generated
	 * @ordered
	 */
	public static final int UNASSIGNED_VALUE = 10;

	/**
	 * An array of all the '<em><b>Address Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AddressType[] VALUES_ARRAY =
		new AddressType[] {
			PCI,
			DRIVE,
			VIRTIO_SERIAL,
			CCID,
			USB,
			SPAPR_VIO,
			CCW,
			ISA,
			VIRTIO_MMIO,
			DIMM,
			UNASSIGNED,
		};

	/**
	 * A public read-only list of all the '<em><b>Address Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AddressType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Address Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AddressType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AddressType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Address Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AddressType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AddressType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Address Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AddressType get(int value) {
		switch (value) {
			case PCI_VALUE: return PCI;
			case DRIVE_VALUE: return DRIVE;
			case VIRTIO_SERIAL_VALUE: return VIRTIO_SERIAL;
			case CCID_VALUE: return CCID;
			case USB_VALUE: return USB;
			case SPAPR_VIO_VALUE: return SPAPR_VIO;
			case CCW_VALUE: return CCW;
			case ISA_VALUE: return ISA;
			case VIRTIO_MMIO_VALUE: return VIRTIO_MMIO;
			case DIMM_VALUE: return DIMM;
			case UNASSIGNED_VALUE: return UNASSIGNED;
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
	private AddressType(int value, String name, String literal) {
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
	
} //AddressType
