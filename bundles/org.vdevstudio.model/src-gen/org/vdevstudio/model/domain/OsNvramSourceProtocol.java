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
 * A representation of the literals of the enumeration '<em><b>Os Nvram Source Protocol</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.vdevstudio.model.domain.DomainPackage#getOsNvramSourceProtocol()
 * @model extendedMetaData="name='OsNvramSourceProtocol'"
 * @generated
 */
public enum OsNvramSourceProtocol implements Enumerator {
	/**
	 * The '<em><b>Nbd</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NBD_VALUE
	 * @generated
	 * @ordered
	 */
	NBD(0, "nbd", "nbd"),

	/**
	 * The '<em><b>Gluster</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GLUSTER_VALUE
	 * @generated
	 * @ordered
	 */
	GLUSTER(1, "gluster", "gluster"),

	/**
	 * The '<em><b>Rbd</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RBD_VALUE
	 * @generated
	 * @ordered
	 */
	RBD(2, "rbd", "rbd"),

	/**
	 * The '<em><b>Iscsi</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ISCSI_VALUE
	 * @generated
	 * @ordered
	 */
	ISCSI(3, "iscsi", "iscsi"),

	/**
	 * The '<em><b>Http</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HTTP_VALUE
	 * @generated
	 * @ordered
	 */
	HTTP(4, "http", "http"),

	/**
	 * The '<em><b>Https</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HTTPS_VALUE
	 * @generated
	 * @ordered
	 */
	HTTPS(5, "https", "https"),

	/**
	 * The '<em><b>Ftps</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FTPS_VALUE
	 * @generated
	 * @ordered
	 */
	FTPS(6, "ftps", "ftps"),

	/**
	 * The '<em><b>Ftp</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FTP_VALUE
	 * @generated
	 * @ordered
	 */
	FTP(7, "ftp", "ftp"),

	/**
	 * The '<em><b>Sheepdog</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHEEPDOG_VALUE
	 * @generated
	 * @ordered
	 */
	SHEEPDOG(8, "sheepdog", "sheepdog"),

	/**
	 * The '<em><b>Tftp</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TFTP_VALUE
	 * @generated
	 * @ordered
	 */
	TFTP(9, "tftp", "tftp"),

	/**
	 * The '<em><b>Vxhs</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VXHS_VALUE
	 * @generated
	 * @ordered
	 */
	VXHS(10, "vxhs", "vxhs"),

	/**
	 * The '<em><b>Nfs</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NFS_VALUE
	 * @generated
	 * @ordered
	 */
	NFS(11, "nfs", "nfs");

	/**
	 * The '<em><b>Nbd</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NBD
	 * @model name="nbd"
	 * @generated
	 * @ordered
	 */
	public static final int NBD_VALUE = 0;

	/**
	 * The '<em><b>Gluster</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GLUSTER
	 * @model name="gluster"
	 * @generated
	 * @ordered
	 */
	public static final int GLUSTER_VALUE = 1;

	/**
	 * The '<em><b>Rbd</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RBD
	 * @model name="rbd"
	 * @generated
	 * @ordered
	 */
	public static final int RBD_VALUE = 2;

	/**
	 * The '<em><b>Iscsi</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ISCSI
	 * @model name="iscsi"
	 * @generated
	 * @ordered
	 */
	public static final int ISCSI_VALUE = 3;

	/**
	 * The '<em><b>Http</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HTTP
	 * @model name="http"
	 * @generated
	 * @ordered
	 */
	public static final int HTTP_VALUE = 4;

	/**
	 * The '<em><b>Https</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HTTPS
	 * @model name="https"
	 * @generated
	 * @ordered
	 */
	public static final int HTTPS_VALUE = 5;

	/**
	 * The '<em><b>Ftps</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FTPS
	 * @model name="ftps"
	 * @generated
	 * @ordered
	 */
	public static final int FTPS_VALUE = 6;

	/**
	 * The '<em><b>Ftp</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FTP
	 * @model name="ftp"
	 * @generated
	 * @ordered
	 */
	public static final int FTP_VALUE = 7;

	/**
	 * The '<em><b>Sheepdog</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHEEPDOG
	 * @model name="sheepdog"
	 * @generated
	 * @ordered
	 */
	public static final int SHEEPDOG_VALUE = 8;

	/**
	 * The '<em><b>Tftp</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TFTP
	 * @model name="tftp"
	 * @generated
	 * @ordered
	 */
	public static final int TFTP_VALUE = 9;

	/**
	 * The '<em><b>Vxhs</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VXHS
	 * @model name="vxhs"
	 * @generated
	 * @ordered
	 */
	public static final int VXHS_VALUE = 10;

	/**
	 * The '<em><b>Nfs</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NFS
	 * @model name="nfs"
	 * @generated
	 * @ordered
	 */
	public static final int NFS_VALUE = 11;

	/**
	 * An array of all the '<em><b>Os Nvram Source Protocol</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OsNvramSourceProtocol[] VALUES_ARRAY =
		new OsNvramSourceProtocol[] {
			NBD,
			GLUSTER,
			RBD,
			ISCSI,
			HTTP,
			HTTPS,
			FTPS,
			FTP,
			SHEEPDOG,
			TFTP,
			VXHS,
			NFS,
		};

	/**
	 * A public read-only list of all the '<em><b>Os Nvram Source Protocol</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OsNvramSourceProtocol> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Os Nvram Source Protocol</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OsNvramSourceProtocol get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OsNvramSourceProtocol result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Os Nvram Source Protocol</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OsNvramSourceProtocol getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OsNvramSourceProtocol result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Os Nvram Source Protocol</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OsNvramSourceProtocol get(int value) {
		switch (value) {
			case NBD_VALUE: return NBD;
			case GLUSTER_VALUE: return GLUSTER;
			case RBD_VALUE: return RBD;
			case ISCSI_VALUE: return ISCSI;
			case HTTP_VALUE: return HTTP;
			case HTTPS_VALUE: return HTTPS;
			case FTPS_VALUE: return FTPS;
			case FTP_VALUE: return FTP;
			case SHEEPDOG_VALUE: return SHEEPDOG;
			case TFTP_VALUE: return TFTP;
			case VXHS_VALUE: return VXHS;
			case NFS_VALUE: return NFS;
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
	private OsNvramSourceProtocol(int value, String name, String literal) {
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
	
} //OsNvramSourceProtocol
