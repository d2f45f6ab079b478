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
 * A representation of the literals of the enumeration '<em><b>Os Nvram Source Encryption Engine</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceEncryptionEngine()
 * @model extendedMetaData="name='OsNvramSourceEncryptionEngine'"
 * @generated
 */
public enum OsNvramSourceEncryptionEngine implements Enumerator {
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
	 * The '<em><b>Librbd</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIBRBD_VALUE
	 * @generated
	 * @ordered
	 */
	LIBRBD(1, "librbd", "librbd");

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
	 * The '<em><b>Librbd</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIBRBD
	 * @model name="librbd"
	 * @generated
	 * @ordered
	 */
	public static final int LIBRBD_VALUE = 1;

	/**
	 * An array of all the '<em><b>Os Nvram Source Encryption Engine</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OsNvramSourceEncryptionEngine[] VALUES_ARRAY =
		new OsNvramSourceEncryptionEngine[] {
			QEMU,
			LIBRBD,
		};

	/**
	 * A public read-only list of all the '<em><b>Os Nvram Source Encryption Engine</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OsNvramSourceEncryptionEngine> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Os Nvram Source Encryption Engine</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OsNvramSourceEncryptionEngine get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OsNvramSourceEncryptionEngine result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Os Nvram Source Encryption Engine</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OsNvramSourceEncryptionEngine getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OsNvramSourceEncryptionEngine result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Os Nvram Source Encryption Engine</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OsNvramSourceEncryptionEngine get(int value) {
		switch (value) {
			case QEMU_VALUE: return QEMU;
			case LIBRBD_VALUE: return LIBRBD;
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
	private OsNvramSourceEncryptionEngine(int value, String name, String literal) {
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
	
} //OsNvramSourceEncryptionEngine
