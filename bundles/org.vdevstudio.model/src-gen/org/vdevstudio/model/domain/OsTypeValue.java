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
 * A representation of the literals of the enumeration '<em><b>Os Type Value</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.vdevstudio.model.domain.DomainPackage#getOsTypeValue()
 * @model extendedMetaData="name='OsTypeValue'"
 * @generated
 */
public enum OsTypeValue implements Enumerator {
	/**
	 * The '<em><b>Xen</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XEN_VALUE
	 * @generated
	 * @ordered
	 */
	XEN(0, "xen", "xen"),

	/**
	 * The '<em><b>Linux</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINUX_VALUE
	 * @generated
	 * @ordered
	 */
	LINUX(1, "linux", "linux"),

	/**
	 * The '<em><b>Xenpvh</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XENPVH_VALUE
	 * @generated
	 * @ordered
	 */
	XENPVH(2, "xenpvh", "xenpvh"),

	/**
	 * The '<em><b>Hvm</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HVM_VALUE
	 * @generated
	 * @ordered
	 */
	HVM(3, "hvm", "hvm"),

	/**
	 * The '<em><b>Exe</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXE_VALUE
	 * @generated
	 * @ordered
	 */
	EXE(4, "exe", "exe");

	/**
	 * The '<em><b>Xen</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XEN
	 * @model name="xen"
	 * @generated
	 * @ordered
	 */
	public static final int XEN_VALUE = 0;

	/**
	 * The '<em><b>Linux</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINUX
	 * @model name="linux"
	 * @generated
	 * @ordered
	 */
	public static final int LINUX_VALUE = 1;

	/**
	 * The '<em><b>Xenpvh</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XENPVH
	 * @model name="xenpvh"
	 * @generated
	 * @ordered
	 */
	public static final int XENPVH_VALUE = 2;

	/**
	 * The '<em><b>Hvm</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HVM
	 * @model name="hvm"
	 * @generated
	 * @ordered
	 */
	public static final int HVM_VALUE = 3;

	/**
	 * The '<em><b>Exe</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXE
	 * @model name="exe"
	 * @generated
	 * @ordered
	 */
	public static final int EXE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Os Type Value</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OsTypeValue[] VALUES_ARRAY =
		new OsTypeValue[] {
			XEN,
			LINUX,
			XENPVH,
			HVM,
			EXE,
		};

	/**
	 * A public read-only list of all the '<em><b>Os Type Value</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OsTypeValue> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Os Type Value</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OsTypeValue get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OsTypeValue result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Os Type Value</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OsTypeValue getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OsTypeValue result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Os Type Value</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OsTypeValue get(int value) {
		switch (value) {
			case XEN_VALUE: return XEN;
			case LINUX_VALUE: return LINUX;
			case XENPVH_VALUE: return XENPVH;
			case HVM_VALUE: return HVM;
			case EXE_VALUE: return EXE;
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
	private OsTypeValue(int value, String name, String literal) {
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
	
} //OsTypeValue
