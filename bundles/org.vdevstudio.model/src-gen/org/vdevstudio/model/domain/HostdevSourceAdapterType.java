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
 * A representation of the literals of the enumeration '<em><b>Hostdev Source Adapter Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSourceAdapterType()
 * @model extendedMetaData="name='HostdevSourceAdapterType'"
 * @generated
 */
public enum HostdevSourceAdapterType implements Enumerator {
	/**
	 * The '<em><b>Scsi host</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCSI_HOST_VALUE
	 * @generated
	 * @ordered
	 */
	SCSI_HOST(0, "scsi_host", "scsi_host"),

	/**
	 * The '<em><b>Fc host</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FC_HOST_VALUE
	 * @generated
	 * @ordered
	 */
	FC_HOST(1, "fc_host", "fc_host");

	/**
	 * The '<em><b>Scsi host</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCSI_HOST
	 * @model name="scsi_host"
	 * @generated
	 * @ordered
	 */
	public static final int SCSI_HOST_VALUE = 0;

	/**
	 * The '<em><b>Fc host</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FC_HOST
	 * @model name="fc_host"
	 * @generated
	 * @ordered
	 */
	public static final int FC_HOST_VALUE = 1;

	/**
	 * An array of all the '<em><b>Hostdev Source Adapter Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final HostdevSourceAdapterType[] VALUES_ARRAY =
		new HostdevSourceAdapterType[] {
			SCSI_HOST,
			FC_HOST,
		};

	/**
	 * A public read-only list of all the '<em><b>Hostdev Source Adapter Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<HostdevSourceAdapterType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Hostdev Source Adapter Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HostdevSourceAdapterType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HostdevSourceAdapterType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Hostdev Source Adapter Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HostdevSourceAdapterType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HostdevSourceAdapterType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Hostdev Source Adapter Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HostdevSourceAdapterType get(int value) {
		switch (value) {
			case SCSI_HOST_VALUE: return SCSI_HOST;
			case FC_HOST_VALUE: return FC_HOST;
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
	private HostdevSourceAdapterType(int value, String name, String literal) {
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
	
} //HostdevSourceAdapterType
