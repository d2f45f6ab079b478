package org.vdevstudio.ui.libvirt;

/**
 * One domain of a connection as the Domains view shows it.
 *
 * @param uri        the connection's URI
 * @param name       the domain's name
 * @param state      libvirt's state in words: "running", "paused", "shut off", …
 * @param active     true while the guest runs (running or paused): it has a live definition
 * @param persistent true when the domain has a persistent definition (false: transient)
 */
public record DomainRow(String uri, String name, String state, boolean active, boolean persistent) {

    /** "persistent" or "transient". */
    public String persistence() {
        return persistent ? "persistent" : "transient";
    }
}
