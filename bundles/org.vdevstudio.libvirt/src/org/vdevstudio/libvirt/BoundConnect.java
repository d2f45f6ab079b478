package org.vdevstudio.libvirt;

import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.jna.ConnectionPointer;

/** The binding's connection, opened up for our own declarations (its pointer is protected). */
final class BoundConnect extends Connect {

    BoundConnect(String uri) throws LibvirtException {
        super(uri, false);
    }

    ConnectionPointer pointer() {
        return vcp;
    }
}
