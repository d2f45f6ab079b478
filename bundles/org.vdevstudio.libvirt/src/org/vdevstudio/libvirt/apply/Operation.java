package org.vdevstudio.libvirt.apply;

/** The libvirt call of a step. */
public enum Operation {
    /** {@code virDomainAttachDeviceFlags} */
    ATTACH,
    /** {@code virDomainDetachDeviceFlags} */
    DETACH,
    /** {@code virDomainUpdateDeviceFlags} */
    UPDATE,
    /** {@code virDomainDefineXML} of the whole edited domain */
    DEFINE
}
