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
 * A representation of the literals of the enumeration '<em><b>Os Type Arch</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.vdevstudio.model.domain.DomainPackage#getOsTypeArch()
 * @model extendedMetaData="name='OsTypeArch'"
 * @generated
 */
public enum OsTypeArch implements Enumerator {
	/**
	 * The '<em><b>I686</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #I686_VALUE
	 * @generated
	 * @ordered
	 */
	I686(0, "i686", "i686"),

	/**
	 * The '<em><b>X86 64</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #X86_64_VALUE
	 * @generated
	 * @ordered
	 */
	X86_64(1, "x86_64", "x86_64"),

	/**
	 * The '<em><b>Ia64</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IA64_VALUE
	 * @generated
	 * @ordered
	 */
	IA64(2, "ia64", "ia64"),

	/**
	 * The '<em><b>Aarch64</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AARCH64_VALUE
	 * @generated
	 * @ordered
	 */
	AARCH64(3, "aarch64", "aarch64"),

	/**
	 * The '<em><b>Alpha</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALPHA_VALUE
	 * @generated
	 * @ordered
	 */
	ALPHA(4, "alpha", "alpha"),

	/**
	 * The '<em><b>Armv6l</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARMV6L_VALUE
	 * @generated
	 * @ordered
	 */
	ARMV6L(5, "armv6l", "armv6l"),

	/**
	 * The '<em><b>Armv7l</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARMV7L_VALUE
	 * @generated
	 * @ordered
	 */
	ARMV7L(6, "armv7l", "armv7l"),

	/**
	 * The '<em><b>Cris</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRIS_VALUE
	 * @generated
	 * @ordered
	 */
	CRIS(7, "cris", "cris"),

	/**
	 * The '<em><b>Lm32</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LM32_VALUE
	 * @generated
	 * @ordered
	 */
	LM32(8, "lm32", "lm32"),

	/**
	 * The '<em><b>M6 8k</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #M68K_VALUE
	 * @generated
	 * @ordered
	 */
	M68K(9, "m68k", "m68k"),

	/**
	 * The '<em><b>Microblaze</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MICROBLAZE_VALUE
	 * @generated
	 * @ordered
	 */
	MICROBLAZE(10, "microblaze", "microblaze"),

	/**
	 * The '<em><b>Microblazeel</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MICROBLAZEEL_VALUE
	 * @generated
	 * @ordered
	 */
	MICROBLAZEEL(11, "microblazeel", "microblazeel"),

	/**
	 * The '<em><b>Mips</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIPS_VALUE
	 * @generated
	 * @ordered
	 */
	MIPS(12, "mips", "mips"),

	/**
	 * The '<em><b>Mipsel</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIPSEL_VALUE
	 * @generated
	 * @ordered
	 */
	MIPSEL(13, "mipsel", "mipsel"),

	/**
	 * The '<em><b>Mips64</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIPS64_VALUE
	 * @generated
	 * @ordered
	 */
	MIPS64(14, "mips64", "mips64"),

	/**
	 * The '<em><b>Mips64el</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIPS64EL_VALUE
	 * @generated
	 * @ordered
	 */
	MIPS64EL(15, "mips64el", "mips64el"),

	/**
	 * The '<em><b>Openrisc</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPENRISC_VALUE
	 * @generated
	 * @ordered
	 */
	OPENRISC(16, "openrisc", "openrisc"),

	/**
	 * The '<em><b>Parisc</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARISC_VALUE
	 * @generated
	 * @ordered
	 */
	PARISC(17, "parisc", "parisc"),

	/**
	 * The '<em><b>Parisc64</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARISC64_VALUE
	 * @generated
	 * @ordered
	 */
	PARISC64(18, "parisc64", "parisc64"),

	/**
	 * The '<em><b>Ppc</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PPC_VALUE
	 * @generated
	 * @ordered
	 */
	PPC(19, "ppc", "ppc"),

	/**
	 * The '<em><b>Ppc64</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PPC64_VALUE
	 * @generated
	 * @ordered
	 */
	PPC64(20, "ppc64", "ppc64"),

	/**
	 * The '<em><b>Ppc64le</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PPC64LE_VALUE
	 * @generated
	 * @ordered
	 */
	PPC64LE(21, "ppc64le", "ppc64le"),

	/**
	 * The '<em><b>Ppcemb</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PPCEMB_VALUE
	 * @generated
	 * @ordered
	 */
	PPCEMB(22, "ppcemb", "ppcemb"),

	/**
	 * The '<em><b>Riscv32</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RISCV32_VALUE
	 * @generated
	 * @ordered
	 */
	RISCV32(23, "riscv32", "riscv32"),

	/**
	 * The '<em><b>Riscv64</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RISCV64_VALUE
	 * @generated
	 * @ordered
	 */
	RISCV64(24, "riscv64", "riscv64"),

	/**
	 * The '<em><b>S390</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #S390_VALUE
	 * @generated
	 * @ordered
	 */
	S390(25, "s390", "s390"),

	/**
	 * The '<em><b>S39 0x</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #S390X_VALUE
	 * @generated
	 * @ordered
	 */
	S390X(26, "s390x", "s390x"),

	/**
	 * The '<em><b>Sh4</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SH4_VALUE
	 * @generated
	 * @ordered
	 */
	SH4(27, "sh4", "sh4"),

	/**
	 * The '<em><b>Sh4eb</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SH4EB_VALUE
	 * @generated
	 * @ordered
	 */
	SH4EB(28, "sh4eb", "sh4eb"),

	/**
	 * The '<em><b>Sparc</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPARC_VALUE
	 * @generated
	 * @ordered
	 */
	SPARC(29, "sparc", "sparc"),

	/**
	 * The '<em><b>Sparc64</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPARC64_VALUE
	 * @generated
	 * @ordered
	 */
	SPARC64(30, "sparc64", "sparc64"),

	/**
	 * The '<em><b>Unicore32</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNICORE32_VALUE
	 * @generated
	 * @ordered
	 */
	UNICORE32(31, "unicore32", "unicore32"),

	/**
	 * The '<em><b>Xtensa</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XTENSA_VALUE
	 * @generated
	 * @ordered
	 */
	XTENSA(32, "xtensa", "xtensa"),

	/**
	 * The '<em><b>Xtensaeb</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XTENSAEB_VALUE
	 * @generated
	 * @ordered
	 */
	XTENSAEB(33, "xtensaeb", "xtensaeb");

	/**
	 * The '<em><b>I686</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #I686
	 * @model name="i686"
	 * @generated
	 * @ordered
	 */
	public static final int I686_VALUE = 0;

	/**
	 * The '<em><b>X86 64</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #X86_64
	 * @model name="x86_64"
	 * @generated
	 * @ordered
	 */
	public static final int X86_64_VALUE = 1;

	/**
	 * The '<em><b>Ia64</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IA64
	 * @model name="ia64"
	 * @generated
	 * @ordered
	 */
	public static final int IA64_VALUE = 2;

	/**
	 * The '<em><b>Aarch64</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AARCH64
	 * @model name="aarch64"
	 * @generated
	 * @ordered
	 */
	public static final int AARCH64_VALUE = 3;

	/**
	 * The '<em><b>Alpha</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ALPHA
	 * @model name="alpha"
	 * @generated
	 * @ordered
	 */
	public static final int ALPHA_VALUE = 4;

	/**
	 * The '<em><b>Armv6l</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARMV6L
	 * @model name="armv6l"
	 * @generated
	 * @ordered
	 */
	public static final int ARMV6L_VALUE = 5;

	/**
	 * The '<em><b>Armv7l</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARMV7L
	 * @model name="armv7l"
	 * @generated
	 * @ordered
	 */
	public static final int ARMV7L_VALUE = 6;

	/**
	 * The '<em><b>Cris</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRIS
	 * @model name="cris"
	 * @generated
	 * @ordered
	 */
	public static final int CRIS_VALUE = 7;

	/**
	 * The '<em><b>Lm32</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LM32
	 * @model name="lm32"
	 * @generated
	 * @ordered
	 */
	public static final int LM32_VALUE = 8;

	/**
	 * The '<em><b>M6 8k</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #M68K
	 * @model name="m68k"
	 * @generated
	 * @ordered
	 */
	public static final int M68K_VALUE = 9;

	/**
	 * The '<em><b>Microblaze</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MICROBLAZE
	 * @model name="microblaze"
	 * @generated
	 * @ordered
	 */
	public static final int MICROBLAZE_VALUE = 10;

	/**
	 * The '<em><b>Microblazeel</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MICROBLAZEEL
	 * @model name="microblazeel"
	 * @generated
	 * @ordered
	 */
	public static final int MICROBLAZEEL_VALUE = 11;

	/**
	 * The '<em><b>Mips</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIPS
	 * @model name="mips"
	 * @generated
	 * @ordered
	 */
	public static final int MIPS_VALUE = 12;

	/**
	 * The '<em><b>Mipsel</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIPSEL
	 * @model name="mipsel"
	 * @generated
	 * @ordered
	 */
	public static final int MIPSEL_VALUE = 13;

	/**
	 * The '<em><b>Mips64</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIPS64
	 * @model name="mips64"
	 * @generated
	 * @ordered
	 */
	public static final int MIPS64_VALUE = 14;

	/**
	 * The '<em><b>Mips64el</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIPS64EL
	 * @model name="mips64el"
	 * @generated
	 * @ordered
	 */
	public static final int MIPS64EL_VALUE = 15;

	/**
	 * The '<em><b>Openrisc</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPENRISC
	 * @model name="openrisc"
	 * @generated
	 * @ordered
	 */
	public static final int OPENRISC_VALUE = 16;

	/**
	 * The '<em><b>Parisc</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARISC
	 * @model name="parisc"
	 * @generated
	 * @ordered
	 */
	public static final int PARISC_VALUE = 17;

	/**
	 * The '<em><b>Parisc64</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARISC64
	 * @model name="parisc64"
	 * @generated
	 * @ordered
	 */
	public static final int PARISC64_VALUE = 18;

	/**
	 * The '<em><b>Ppc</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PPC
	 * @model name="ppc"
	 * @generated
	 * @ordered
	 */
	public static final int PPC_VALUE = 19;

	/**
	 * The '<em><b>Ppc64</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PPC64
	 * @model name="ppc64"
	 * @generated
	 * @ordered
	 */
	public static final int PPC64_VALUE = 20;

	/**
	 * The '<em><b>Ppc64le</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PPC64LE
	 * @model name="ppc64le"
	 * @generated
	 * @ordered
	 */
	public static final int PPC64LE_VALUE = 21;

	/**
	 * The '<em><b>Ppcemb</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PPCEMB
	 * @model name="ppcemb"
	 * @generated
	 * @ordered
	 */
	public static final int PPCEMB_VALUE = 22;

	/**
	 * The '<em><b>Riscv32</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RISCV32
	 * @model name="riscv32"
	 * @generated
	 * @ordered
	 */
	public static final int RISCV32_VALUE = 23;

	/**
	 * The '<em><b>Riscv64</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RISCV64
	 * @model name="riscv64"
	 * @generated
	 * @ordered
	 */
	public static final int RISCV64_VALUE = 24;

	/**
	 * The '<em><b>S390</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #S390
	 * @model name="s390"
	 * @generated
	 * @ordered
	 */
	public static final int S390_VALUE = 25;

	/**
	 * The '<em><b>S39 0x</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #S390X
	 * @model name="s390x"
	 * @generated
	 * @ordered
	 */
	public static final int S390X_VALUE = 26;

	/**
	 * The '<em><b>Sh4</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SH4
	 * @model name="sh4"
	 * @generated
	 * @ordered
	 */
	public static final int SH4_VALUE = 27;

	/**
	 * The '<em><b>Sh4eb</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SH4EB
	 * @model name="sh4eb"
	 * @generated
	 * @ordered
	 */
	public static final int SH4EB_VALUE = 28;

	/**
	 * The '<em><b>Sparc</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPARC
	 * @model name="sparc"
	 * @generated
	 * @ordered
	 */
	public static final int SPARC_VALUE = 29;

	/**
	 * The '<em><b>Sparc64</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPARC64
	 * @model name="sparc64"
	 * @generated
	 * @ordered
	 */
	public static final int SPARC64_VALUE = 30;

	/**
	 * The '<em><b>Unicore32</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNICORE32
	 * @model name="unicore32"
	 * @generated
	 * @ordered
	 */
	public static final int UNICORE32_VALUE = 31;

	/**
	 * The '<em><b>Xtensa</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XTENSA
	 * @model name="xtensa"
	 * @generated
	 * @ordered
	 */
	public static final int XTENSA_VALUE = 32;

	/**
	 * The '<em><b>Xtensaeb</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XTENSAEB
	 * @model name="xtensaeb"
	 * @generated
	 * @ordered
	 */
	public static final int XTENSAEB_VALUE = 33;

	/**
	 * An array of all the '<em><b>Os Type Arch</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OsTypeArch[] VALUES_ARRAY =
		new OsTypeArch[] {
			I686,
			X86_64,
			IA64,
			AARCH64,
			ALPHA,
			ARMV6L,
			ARMV7L,
			CRIS,
			LM32,
			M68K,
			MICROBLAZE,
			MICROBLAZEEL,
			MIPS,
			MIPSEL,
			MIPS64,
			MIPS64EL,
			OPENRISC,
			PARISC,
			PARISC64,
			PPC,
			PPC64,
			PPC64LE,
			PPCEMB,
			RISCV32,
			RISCV64,
			S390,
			S390X,
			SH4,
			SH4EB,
			SPARC,
			SPARC64,
			UNICORE32,
			XTENSA,
			XTENSAEB,
		};

	/**
	 * A public read-only list of all the '<em><b>Os Type Arch</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OsTypeArch> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Os Type Arch</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OsTypeArch get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OsTypeArch result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Os Type Arch</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OsTypeArch getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OsTypeArch result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Os Type Arch</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OsTypeArch get(int value) {
		switch (value) {
			case I686_VALUE: return I686;
			case X86_64_VALUE: return X86_64;
			case IA64_VALUE: return IA64;
			case AARCH64_VALUE: return AARCH64;
			case ALPHA_VALUE: return ALPHA;
			case ARMV6L_VALUE: return ARMV6L;
			case ARMV7L_VALUE: return ARMV7L;
			case CRIS_VALUE: return CRIS;
			case LM32_VALUE: return LM32;
			case M68K_VALUE: return M68K;
			case MICROBLAZE_VALUE: return MICROBLAZE;
			case MICROBLAZEEL_VALUE: return MICROBLAZEEL;
			case MIPS_VALUE: return MIPS;
			case MIPSEL_VALUE: return MIPSEL;
			case MIPS64_VALUE: return MIPS64;
			case MIPS64EL_VALUE: return MIPS64EL;
			case OPENRISC_VALUE: return OPENRISC;
			case PARISC_VALUE: return PARISC;
			case PARISC64_VALUE: return PARISC64;
			case PPC_VALUE: return PPC;
			case PPC64_VALUE: return PPC64;
			case PPC64LE_VALUE: return PPC64LE;
			case PPCEMB_VALUE: return PPCEMB;
			case RISCV32_VALUE: return RISCV32;
			case RISCV64_VALUE: return RISCV64;
			case S390_VALUE: return S390;
			case S390X_VALUE: return S390X;
			case SH4_VALUE: return SH4;
			case SH4EB_VALUE: return SH4EB;
			case SPARC_VALUE: return SPARC;
			case SPARC64_VALUE: return SPARC64;
			case UNICORE32_VALUE: return UNICORE32;
			case XTENSA_VALUE: return XTENSA;
			case XTENSAEB_VALUE: return XTENSAEB;
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
	private OsTypeArch(int value, String name, String literal) {
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
	
} //OsTypeArch
