package org.vdevstudio.libvirt.internal;

import com.sun.jna.Pointer;

/**
 * Reads libvirt's per-thread last error ({@code struct _virError}: int code, int domain,
 * char *message, ...) and keeps libvirt from printing errors to stderr.
 */
public final class NativeErrors {

    /** A libvirt error as libvirt reported it: raw code, raw error domain, verbatim message. */
    public record Raw(int code, int domain, String message) {
    }

    /**
     * Without a handler libvirt's default one prints every error to stderr; the callers report
     * errors themselves. Held in a field so that JNA's callback stays reachable.
     */
    private static final NativeLibvirt.ErrorFunc SILENT = new NativeLibvirt.ErrorFunc() {
        @Override
        public void invoke(Pointer userData, Pointer error) {
            // Nothing to do: the error stays readable through virGetLastError in the failing thread.
        }
    };

    private NativeErrors() {
    }

    /** Installs the silent handler (process-wide; installing it again is harmless). */
    public static void silence() {
        NativeLibvirt.INSTANCE.virSetErrorFunc(null, SILENT);
    }

    /** The calling thread's last libvirt error, or null when there is none. */
    public static Raw last() {
        Pointer p = NativeLibvirt.INSTANCE.virGetLastError();
        if (p == null) {
            return null;
        }
        int code = p.getInt(0);
        int domain = p.getInt(4);
        Pointer message = p.getPointer(8);
        return new Raw(code, domain, message == null ? null : message.getString(0, "UTF-8"));
    }
}
