package org.vdevstudio.libvirt;

import org.libvirt.LibvirtException;
import org.vdevstudio.libvirt.internal.NativeErrors;

/**
 * A libvirt error: libvirt's verbatim message ({@link #getMessage()}), its error number as libvirt
 * defines it ({@link #code()}, e.g. 42 {@code VIR_ERR_NO_DOMAIN}, 99 {@code VIR_ERR_DEVICE_MISSING})
 * and the part of libvirt that raised it ({@link #errorDomain()}, e.g. {@code VIR_FROM_QEMU}).
 */
public final class LibvirtError extends Exception {

    private static final long serialVersionUID = 1L;

    private final int code;
    private final int errorDomain;

    public LibvirtError(int code, int errorDomain, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.errorDomain = errorDomain;
    }

    /** libvirt's error number ({@code virErrorNumber}). */
    public int code() {
        return code;
    }

    /** libvirt's name of the error number, e.g. {@code VIR_ERR_OPERATION_INVALID}. */
    public String codeName() {
        return ErrorCodes.name(code);
    }

    /** libvirt's error domain ({@code virErrorDomain}). */
    public int errorDomain() {
        return errorDomain;
    }

    /** libvirt's name of the error domain, e.g. {@code VIR_FROM_QEMU}. */
    public String errorDomainName() {
        return ErrorCodes.domainName(errorDomain);
    }

    @Override
    public String toString() {
        return codeName() + ": " + getMessage();
    }

    /**
     * The error that made the binding throw {@code e}: read from libvirt's per-thread last error,
     * which the binding leaves in place, because the binding's own code is wrong from 60 on. Call
     * it in the thread that made the failing call, before any other libvirt call.
     */
    static LibvirtError of(LibvirtException e) {
        NativeErrors.Raw raw = NativeErrors.last();
        if (raw != null && raw.message() != null && raw.message().equals(e.getMessage())) {
            return new LibvirtError(raw.code(), raw.domain(), raw.message(), e);
        }
        // Not libvirt's last error (should not happen): keep the message, the code is unknown.
        return new LibvirtError(-1, -1, e.getMessage(), e);
    }

    /** The calling thread's last libvirt error, after a call of our own declarations failed. */
    static LibvirtError last(String operation) {
        NativeErrors.Raw raw = NativeErrors.last();
        if (raw == null) {
            return new LibvirtError(-1, -1, operation + " failed without a libvirt error", null);
        }
        return new LibvirtError(raw.code(), raw.domain(), raw.message(), null);
    }
}
