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
 * A representation of the literals of the enumeration '<em><b>Hostdev Source Protocol</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.vdevstudio.model.domain.DomainPackage#getHostdevSourceProtocol()
 * @model extendedMetaData="name='HostdevSourceProtocol'"
 * @generated
 */
public enum HostdevSourceProtocol implements Enumerator {
	/**
	 * The '<em><b>Adapter</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADAPTER_VALUE
	 * @generated
	 * @ordered
	 */
	ADAPTER(0, "adapter", "adapter"),

	/**
	 * The '<em><b>Iscsi</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ISCSI_VALUE
	 * @generated
	 * @ordered
	 */
	ISCSI(1, "iscsi", "iscsi"),

	/**
	 * The '<em><b>Vhost</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VHOST_VALUE
	 * @generated
	 * @ordered
	 */
	VHOST(2, "vhost", "vhost");

	/**
	 * The '<em><b>Adapter</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADAPTER
	 * @model name="adapter"
	 * @generated
	 * @ordered
	 */
	public static final int ADAPTER_VALUE = 0;

	/**
	 * The '<em><b>Iscsi</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ISCSI
	 * @model name="iscsi"
	 * @generated
	 * @ordered
	 */
	public static final int ISCSI_VALUE = 1;

	/**
	 * The '<em><b>Vhost</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VHOST
	 * @model name="vhost"
	 * @generated
	 * @ordered
	 */
	public static final int VHOST_VALUE = 2;

	/**
	 * An array of all the '<em><b>Hostdev Source Protocol</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final HostdevSourceProtocol[] VALUES_ARRAY =
		new HostdevSourceProtocol[] {
			ADAPTER,
			ISCSI,
			VHOST,
		};

	/**
	 * A public read-only list of all the '<em><b>Hostdev Source Protocol</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<HostdevSourceProtocol> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Hostdev Source Protocol</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HostdevSourceProtocol get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HostdevSourceProtocol result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Hostdev Source Protocol</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HostdevSourceProtocol getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			HostdevSourceProtocol result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Hostdev Source Protocol</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static HostdevSourceProtocol get(int value) {
		switch (value) {
			case ADAPTER_VALUE: return ADAPTER;
			case ISCSI_VALUE: return ISCSI;
			case VHOST_VALUE: return VHOST;
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
	private HostdevSourceProtocol(int value, String name, String literal) {
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
	
} //HostdevSourceProtocol
