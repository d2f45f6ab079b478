package org.vdevstudio.libvirt.internal;

import org.libvirt.jna.ConnectionPointer;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * Our own JNA declarations against {@code libvirt.so.0} for what libvirt-java 0.5.2 lacks or gets
 * wrong: {@code virConnectListAllDomains}, {@code virDomainGetState}, and the raw error code of
 * {@code virGetLastError} (the binding's {@code ErrorNumber} lacks codes 60-63, so every code from
 * 60 on is reported 4 off, and codes past its end become {@code VIR_ERR_UNKNOWN}).
 * Domain pointers here are plain {@link Pointer}s that the caller frees with {@link #virDomainFree}.
 */
public interface NativeLibvirt extends Library {

    /** The same shared object the binding loads; libvirt keeps one copy per process. */
    NativeLibvirt INSTANCE = Native.load("libvirt.so.0", NativeLibvirt.class);

    int VIR_DOMAIN_XML_INACTIVE = 2;
    int VIR_DOMAIN_AFFECT_LIVE = 1;
    int VIR_DOMAIN_AFFECT_CONFIG = 2;

    /** {@code virErrorFunc}: called for every error in the thread that raised it. */
    interface ErrorFunc extends Callback {
        void invoke(Pointer userData, Pointer error);
    }

    void virSetErrorFunc(Pointer userData, ErrorFunc handler);

    /** The calling thread's last error ({@code virErrorPtr}), or null; owned by libvirt. */
    Pointer virGetLastError();

    int virConnectListAllDomains(ConnectionPointer conn, PointerByReference domains, int flags);

    Pointer virDomainLookupByName(ConnectionPointer conn, String name);

    Pointer virDomainLookupByUUIDString(ConnectionPointer conn, String uuid);

    String virDomainGetName(Pointer domain);

    int virDomainGetUUIDString(Pointer domain, byte[] buffer);

    int virDomainGetState(Pointer domain, IntByReference state, IntByReference reason, int flags);

    int virDomainIsPersistent(Pointer domain);

    int virDomainIsActive(Pointer domain);

    int virDomainGetID(Pointer domain);

    int virDomainFree(Pointer domain);
}
