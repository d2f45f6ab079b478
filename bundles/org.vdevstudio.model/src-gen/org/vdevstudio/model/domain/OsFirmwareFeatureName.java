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
 * A representation of the literals of the enumeration '<em><b>Os Firmware Feature Name</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.vdevstudio.model.domain.DomainPackage#getOsFirmwareFeatureName()
 * @model extendedMetaData="name='OsFirmwareFeatureName'"
 * @generated
 */
public enum OsFirmwareFeatureName implements Enumerator {
	/**
	 * The '<em><b>Enrolled keys</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENROLLED_KEYS_VALUE
	 * @generated
	 * @ordered
	 */
	ENROLLED_KEYS(0, "enrolled_keys", "enrolled-keys"),

	/**
	 * The '<em><b>Secure boot</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURE_BOOT_VALUE
	 * @generated
	 * @ordered
	 */
	SECURE_BOOT(1, "secure_boot", "secure-boot");

	/**
	 * The '<em><b>Enrolled keys</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENROLLED_KEYS
	 * @model name="enrolled_keys" literal="enrolled-keys"
	 * @generated
	 * @ordered
	 */
	public static final int ENROLLED_KEYS_VALUE = 0;

	/**
	 * The '<em><b>Secure boot</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECURE_BOOT
	 * @model name="secure_boot" literal="secure-boot"
	 * @generated
	 * @ordered
	 */
	public static final int SECURE_BOOT_VALUE = 1;

	/**
	 * An array of all the '<em><b>Os Firmware Feature Name</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OsFirmwareFeatureName[] VALUES_ARRAY =
		new OsFirmwareFeatureName[] {
			ENROLLED_KEYS,
			SECURE_BOOT,
		};

	/**
	 * A public read-only list of all the '<em><b>Os Firmware Feature Name</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OsFirmwareFeatureName> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Os Firmware Feature Name</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OsFirmwareFeatureName get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OsFirmwareFeatureName result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Os Firmware Feature Name</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OsFirmwareFeatureName getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OsFirmwareFeatureName result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Os Firmware Feature Name</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OsFirmwareFeatureName get(int value) {
		switch (value) {
			case ENROLLED_KEYS_VALUE: return ENROLLED_KEYS;
			case SECURE_BOOT_VALUE: return SECURE_BOOT;
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
	private OsFirmwareFeatureName(int value, String name, String literal) {
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
	
} //OsFirmwareFeatureName
