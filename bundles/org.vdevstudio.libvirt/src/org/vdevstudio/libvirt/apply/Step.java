package org.vdevstudio.libvirt.apply;

import org.vdevstudio.libvirt.Definition;

/**
 * One libvirt call of an apply: the operation on one definition (LIVE is sent with
 * {@code VIR_DOMAIN_AFFECT_LIVE}, PERSISTENT with {@code VIR_DOMAIN_AFFECT_CONFIG} or as a define),
 * the device it concerns (its label) and the XML sent.
 */
public record Step(Operation operation, Definition definition, String device, String xml) {

    /** "detach (live) interface network 52:54:00:…" */
    public String describe() {
        return operation.name().toLowerCase(java.util.Locale.ROOT) + " ("
                + definition.name().toLowerCase(java.util.Locale.ROOT) + ") " + device;
    }
}
