package org.vdevstudio.libvirt;

/** Which of a domain's definitions to read: the persistent one (next boot) or the live one. */
public enum Definition {
    /** libvirt's inactive XML ({@code VIR_DOMAIN_XML_INACTIVE}): what the next boot uses. */
    PERSISTENT,
    /** The running guest's XML, with aliases and the addresses libvirt assigned. */
    LIVE
}
