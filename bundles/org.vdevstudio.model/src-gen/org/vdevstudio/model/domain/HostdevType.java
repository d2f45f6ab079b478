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
 * A representation of the literals of the enumeration '<em><b>Hostdev Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevType()
 * @model extendedMetaData="name='HostdevType'"
 * @generated
 */
public enum HostdevType implements Enumerator {
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
	 * The '<em><b>Usb</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USB_VALUE
	 * @generated
	 * @ordered
	 */
	USB(1, "usb", "usb"),

	/**
	 * The '<em><b>Scsi</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCSI_VALUE
	 * @generated
	 * @ordered
	 */
	SCSI(2, "scsi", "scsi"),

	/**
	 * The '<em><b>Scsi host</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCSI_HOST_VALUE
	 * @generated
	 * @ordered
	 */
	SCSI_HOST(3, "scsi_host", "scsi_host"),

	/**
	 * The '<em><b>Mdev</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MDEV_VALUE
	 * @generated
	 * @ordered
	 */
	MDEV(4, "mdev", "mdev"),

	/**
	 * The '<em><b>Storage</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STORAGE_VALUE
	 * @generated
	 * @ordered
	 */
	STORAGE(5, "storage", "storage"),

	/**
	 * The '<em><b>Misc</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISC_VALUE
	 * @generated
	 * @ordered
	 */
	MISC(6, "misc", "misc"),

	/**
	 * The '<em><b>Net</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NET_VALUE
	 * @generated
	 * @ordered
	 */
	NET(7, "net", "net");

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
	 * The '<em><b>Usb</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USB
	 * @model name="usb"
	 * @generated
	 * @ordered
	 */
	public static final int USB_VALUE = 1;

	/**
	 * The '<em><b>Scsi</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCSI
	 * @model name="scsi"
	 * @generated
	 * @ordered
	 */
	public static final int SCSI_VALUE = 2;

	/**
	 * The '<em><b>Scsi host</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCSI_HOST
	 * @model name="scsi_host"
	 * @generated
	 * @ordered
	 */
	public static final int SCSI_HOST_VALUE = 3;

	/**
	 * The '<em><b>Mdev</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MDEV
	 * @model name="mdev"
	 * @generated
	 * @ordered
	 */
	public static final int MDEV_VALUE = 4;

	/**
	 * The '<em><b>Storage</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STORAGE
	 * @model name="storage"
	 * @generated
	 * @ordered
	 */
	public static final int STORAGE_VALUE = 5;

	/**
	 * The '<em><b>Misc</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MISC
	 * @model name="misc"
	 * @generated
	 * @ordered
	 */
	public static final int MISC_VALUE = 6;

	/**
	 * The '<em><b>Net</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NET
	 * @model name="net"
	 * @generated
	 * @ordered
	 */
	public static final int NET_VALUE = 7;

	/**
	 * An array of all the '<em><b>Hostdev Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final HostdevType[] VALUES_ARRAY =
		new HostdevType[] {
			PCI,
			USB,
			SCSI,
			SCSI_HOST,
			MDEV,
			STORAGE,
			MISC,
			NET,
		};

	/**
	 * A public read-only list of all the '<em><b>Hostdev Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<HostdevType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Hostdev Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HostdevType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HostdevType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Hostdev Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HostdevType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HostdevType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Hostdev Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HostdevType get(int value) {
		switch (value) {
			case PCI_VALUE: return PCI;
			case USB_VALUE: return USB;
			case SCSI_VALUE: return SCSI;
			case SCSI_HOST_VALUE: return SCSI_HOST;
			case MDEV_VALUE: return MDEV;
			case STORAGE_VALUE: return STORAGE;
			case MISC_VALUE: return MISC;
			case NET_VALUE: return NET;
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
	private HostdevType(int value, String name, String literal) {
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
	
} //HostdevType
