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
 * A representation of the literals of the enumeration '<em><b>Hostdev Sgio</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSgio()
 * @model extendedMetaData="name='HostdevSgio'"
 * @generated
 */
public enum HostdevSgio implements Enumerator {
	/**
	 * The '<em><b>Filtered</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILTERED_VALUE
	 * @generated
	 * @ordered
	 */
	FILTERED(0, "filtered", "filtered"),

	/**
	 * The '<em><b>Unfiltered</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNFILTERED_VALUE
	 * @generated
	 * @ordered
	 */
	UNFILTERED(1, "unfiltered", "unfiltered");

	/**
	 * The '<em><b>Filtered</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FILTERED
	 * @model name="filtered"
	 * @generated
	 * @ordered
	 */
	public static final int FILTERED_VALUE = 0;

	/**
	 * The '<em><b>Unfiltered</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNFILTERED
	 * @model name="unfiltered"
	 * @generated
	 * @ordered
	 */
	public static final int UNFILTERED_VALUE = 1;

	/**
	 * An array of all the '<em><b>Hostdev Sgio</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final HostdevSgio[] VALUES_ARRAY =
		new HostdevSgio[] {
			FILTERED,
			UNFILTERED,
		};

	/**
	 * A public read-only list of all the '<em><b>Hostdev Sgio</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<HostdevSgio> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Hostdev Sgio</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HostdevSgio get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HostdevSgio result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Hostdev Sgio</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HostdevSgio getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HostdevSgio result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Hostdev Sgio</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HostdevSgio get(int value) {
		switch (value) {
			case FILTERED_VALUE: return FILTERED;
			case UNFILTERED_VALUE: return UNFILTERED;
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
	private HostdevSgio(int value, String name, String literal) {
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
	
} //HostdevSgio
