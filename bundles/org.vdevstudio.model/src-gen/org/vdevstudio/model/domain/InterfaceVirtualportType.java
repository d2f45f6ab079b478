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
 * A representation of the literals of the enumeration '<em><b>Interface Virtualport Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.vdevstudio.model.domain.DomainPackage#getInterfaceVirtualportType()
 * @model extendedMetaData="name='InterfaceVirtualportType'"
 * @generated
 */
public enum InterfaceVirtualportType implements Enumerator {
	/**
	 * The '<em><b>802 1Qbg</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #_802_1QBG_VALUE
	 * @generated
	 * @ordered
	 */
	_802_1QBG(0, "_802_1Qbg", "802.1Qbg"),

	/**
	 * The '<em><b>802 1Qbh</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #_802_1QBH_VALUE
	 * @generated
	 * @ordered
	 */
	_802_1QBH(1, "_802_1Qbh", "802.1Qbh"),

	/**
	 * The '<em><b>Openvswitch</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPENVSWITCH_VALUE
	 * @generated
	 * @ordered
	 */
	OPENVSWITCH(2, "openvswitch", "openvswitch"),

	/**
	 * The '<em><b>Midonet</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIDONET_VALUE
	 * @generated
	 * @ordered
	 */
	MIDONET(3, "midonet", "midonet");

	/**
	 * The '<em><b>802 1Qbg</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #_802_1QBG
	 * @model name="_802_1Qbg" literal="802.1Qbg"
	 * @generated
	 * @ordered
	 */
	public static final int _802_1QBG_VALUE = 0;

	/**
	 * The '<em><b>802 1Qbh</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #_802_1QBH
	 * @model name="_802_1Qbh" literal="802.1Qbh"
	 * @generated
	 * @ordered
	 */
	public static final int _802_1QBH_VALUE = 1;

	/**
	 * The '<em><b>Openvswitch</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPENVSWITCH
	 * @model name="openvswitch"
	 * @generated
	 * @ordered
	 */
	public static final int OPENVSWITCH_VALUE = 2;

	/**
	 * The '<em><b>Midonet</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIDONET
	 * @model name="midonet"
	 * @generated
	 * @ordered
	 */
	public static final int MIDONET_VALUE = 3;

	/**
	 * An array of all the '<em><b>Interface Virtualport Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InterfaceVirtualportType[] VALUES_ARRAY =
		new InterfaceVirtualportType[] {
			_802_1QBG,
			_802_1QBH,
			OPENVSWITCH,
			MIDONET,
		};

	/**
	 * A public read-only list of all the '<em><b>Interface Virtualport Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InterfaceVirtualportType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Interface Virtualport Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterfaceVirtualportType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InterfaceVirtualportType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Interface Virtualport Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterfaceVirtualportType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InterfaceVirtualportType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Interface Virtualport Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InterfaceVirtualportType get(int value) {
		switch (value) {
			case _802_1QBG_VALUE: return _802_1QBG;
			case _802_1QBH_VALUE: return _802_1QBH;
			case OPENVSWITCH_VALUE: return OPENVSWITCH;
			case MIDONET_VALUE: return MIDONET;
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
	private InterfaceVirtualportType(int value, String name, String literal) {
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
	
} //InterfaceVirtualportType
