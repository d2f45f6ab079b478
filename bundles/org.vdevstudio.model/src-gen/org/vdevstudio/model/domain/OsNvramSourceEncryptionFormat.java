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
 * A representation of the literals of the enumeration '<em><b>Os Nvram Source Encryption Format</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceEncryptionFormat()
 * @model extendedMetaData="name='OsNvramSourceEncryptionFormat'"
 * @generated
 */
public enum OsNvramSourceEncryptionFormat implements Enumerator {
	/**
	 * The '<em><b>Default </b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEFAULT__VALUE
	 * @generated
	 * @ordered
	 */
	DEFAULT_(0, "default_", "default"),

	/**
	 * The '<em><b>Qcow</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QCOW_VALUE
	 * @generated
	 * @ordered
	 */
	QCOW(1, "qcow", "qcow"),

	/**
	 * The '<em><b>Luks</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LUKS_VALUE
	 * @generated
	 * @ordered
	 */
	LUKS(2, "luks", "luks"),

	/**
	 * The '<em><b>Luks2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LUKS2_VALUE
	 * @generated
	 * @ordered
	 */
	LUKS2(3, "luks2", "luks2");

	/**
	 * The '<em><b>Default </b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEFAULT_
	 * @model name="default_" literal="default"
	 * @generated
	 * @ordered
	 */
	public static final int DEFAULT__VALUE = 0;

	/**
	 * The '<em><b>Qcow</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QCOW
	 * @model name="qcow"
	 * @generated
	 * @ordered
	 */
	public static final int QCOW_VALUE = 1;

	/**
	 * The '<em><b>Luks</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LUKS
	 * @model name="luks"
	 * @generated
	 * @ordered
	 */
	public static final int LUKS_VALUE = 2;

	/**
	 * The '<em><b>Luks2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LUKS2
	 * @model name="luks2"
	 * @generated
	 * @ordered
	 */
	public static final int LUKS2_VALUE = 3;

	/**
	 * An array of all the '<em><b>Os Nvram Source Encryption Format</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OsNvramSourceEncryptionFormat[] VALUES_ARRAY =
		new OsNvramSourceEncryptionFormat[] {
			DEFAULT_,
			QCOW,
			LUKS,
			LUKS2,
		};

	/**
	 * A public read-only list of all the '<em><b>Os Nvram Source Encryption Format</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OsNvramSourceEncryptionFormat> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Os Nvram Source Encryption Format</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OsNvramSourceEncryptionFormat get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OsNvramSourceEncryptionFormat result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Os Nvram Source Encryption Format</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OsNvramSourceEncryptionFormat getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OsNvramSourceEncryptionFormat result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Os Nvram Source Encryption Format</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OsNvramSourceEncryptionFormat get(int value) {
		switch (value) {
			case DEFAULT__VALUE: return DEFAULT_;
			case QCOW_VALUE: return QCOW;
			case LUKS_VALUE: return LUKS;
			case LUKS2_VALUE: return LUKS2;
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
	private OsNvramSourceEncryptionFormat(int value, String name, String literal) {
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
	
} //OsNvramSourceEncryptionFormat
