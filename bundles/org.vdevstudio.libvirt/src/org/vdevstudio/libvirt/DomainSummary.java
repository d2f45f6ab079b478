package org.vdevstudio.libvirt;

/**
 * One domain of a connection as listed: name, UUID, state, whether it has a persistent definition
 * (a transient one exists only while it runs), whether it is active (running or paused), and its
 * id while active (-1 otherwise).
 */
public record DomainSummary(String name, String uuid, DomainState state, boolean persistent, boolean active, int id) {

    /** Whether a live (running guest) definition exists to open or to change. */
    public boolean hasLiveDefinition() {
        return active;
    }
}
