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
 * A representation of the literals of the enumeration '<em><b>Hostdev Model</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevModel()
 * @model extendedMetaData="name='HostdevModel'"
 * @generated
 */
public enum HostdevModel implements Enumerator {
	/**
	 * The '<em><b>Virtio</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIRTIO_VALUE
	 * @generated
	 * @ordered
	 */
	VIRTIO(0, "virtio", "virtio"),

	/**
	 * The '<em><b>Virtio transitional</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIRTIO_TRANSITIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	VIRTIO_TRANSITIONAL(1, "virtio_transitional", "virtio-transitional"),

	/**
	 * The '<em><b>Virtio non transitional</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIRTIO_NON_TRANSITIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	VIRTIO_NON_TRANSITIONAL(2, "virtio_non_transitional", "virtio-non-transitional"),

	/**
	 * The '<em><b>Vfio pci</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VFIO_PCI_VALUE
	 * @generated
	 * @ordered
	 */
	VFIO_PCI(3, "vfio_pci", "vfio-pci"),

	/**
	 * The '<em><b>Vfio ccw</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VFIO_CCW_VALUE
	 * @generated
	 * @ordered
	 */
	VFIO_CCW(4, "vfio_ccw", "vfio-ccw"),

	/**
	 * The '<em><b>Vfio ap</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VFIO_AP_VALUE
	 * @generated
	 * @ordered
	 */
	VFIO_AP(5, "vfio_ap", "vfio-ap");

	/**
	 * The '<em><b>Virtio</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIRTIO
	 * @model name="virtio"
	 * @generated
	 * @ordered
	 */
	public static final int VIRTIO_VALUE = 0;

	/**
	 * The '<em><b>Virtio transitional</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIRTIO_TRANSITIONAL
	 * @model name="virtio_transitional" literal="virtio-transitional"
	 * @generated
	 * @ordered
	 */
	public static final int VIRTIO_TRANSITIONAL_VALUE = 1;

	/**
	 * The '<em><b>Virtio non transitional</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIRTIO_NON_TRANSITIONAL
	 * @model name="virtio_non_transitional" literal="virtio-non-transitional"
	 * @generated
	 * @ordered
	 */
	public static final int VIRTIO_NON_TRANSITIONAL_VALUE = 2;

	/**
	 * The '<em><b>Vfio pci</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VFIO_PCI
	 * @model name="vfio_pci" literal="vfio-pci"
	 * @generated
	 * @ordered
	 */
	public static final int VFIO_PCI_VALUE = 3;

	/**
	 * The '<em><b>Vfio ccw</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VFIO_CCW
	 * @model name="vfio_ccw" literal="vfio-ccw"
	 * @generated
	 * @ordered
	 */
	public static final int VFIO_CCW_VALUE = 4;

	/**
	 * The '<em><b>Vfio ap</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VFIO_AP
	 * @model name="vfio_ap" literal="vfio-ap"
	 * @generated
	 * @ordered
	 */
	public static final int VFIO_AP_VALUE = 5;

	/**
	 * An array of all the '<em><b>Hostdev Model</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final HostdevModel[] VALUES_ARRAY =
		new HostdevModel[] {
			VIRTIO,
			VIRTIO_TRANSITIONAL,
			VIRTIO_NON_TRANSITIONAL,
			VFIO_PCI,
			VFIO_CCW,
			VFIO_AP,
		};

	/**
	 * A public read-only list of all the '<em><b>Hostdev Model</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<HostdevModel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Hostdev Model</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HostdevModel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HostdevModel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Hostdev Model</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HostdevModel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HostdevModel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Hostdev Model</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HostdevModel get(int value) {
		switch (value) {
			case VIRTIO_VALUE: return VIRTIO;
			case VIRTIO_TRANSITIONAL_VALUE: return VIRTIO_TRANSITIONAL;
			case VIRTIO_NON_TRANSITIONAL_VALUE: return VIRTIO_NON_TRANSITIONAL;
			case VFIO_PCI_VALUE: return VFIO_PCI;
			case VFIO_CCW_VALUE: return VFIO_CCW;
			case VFIO_AP_VALUE: return VFIO_AP;
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
	private HostdevModel(int value, String name, String literal) {
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
	
} //HostdevModel
