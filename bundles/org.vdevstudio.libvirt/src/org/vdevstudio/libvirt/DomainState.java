package org.vdevstudio.libvirt;

/** libvirt's {@code virDomainState}, in its order (the ordinal is libvirt's number). */
public enum DomainState {
    NOSTATE("no state"),
    RUNNING("running"),
    BLOCKED("blocked"),
    PAUSED("paused"),
    SHUTDOWN("shutting down"),
    SHUTOFF("shut off"),
    CRASHED("crashed"),
    PMSUSPENDED("suspended");

    private final String label;

    DomainState(String label) {
        this.label = label;
    }

    /** As virsh shows it, e.g. "shut off". */
    public String label() {
        return label;
    }

    /** libvirt's number; an unknown one (a newer libvirt) is {@link #NOSTATE}. */
    public static DomainState of(int state) {
        DomainState[] all = values();
        return state >= 0 && state < all.length ? all[state] : NOSTATE;
    }
}
