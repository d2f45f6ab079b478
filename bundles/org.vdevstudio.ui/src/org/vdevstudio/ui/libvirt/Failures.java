package org.vdevstudio.ui.libvirt;

import org.vdevstudio.libvirt.LibvirtError;

/** What the user reads when a libvirt call fails: libvirt's own message, verbatim. */
final class Failures {

    private Failures() {
    }

    /** libvirt's message for a {@link LibvirtError}; for anything else its message, or its kind when it has none. */
    static String message(Throwable e) {
        if (e instanceof LibvirtError || e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName();
    }
}
