package org.vdevstudio.libvirt;

import org.vdevstudio.libvirt.internal.NativeLibvirt;

/** Where a change goes: the persistent definition, the running guest, or both. */
public enum ApplyTarget {
    /** Next boot: {@code VIR_DOMAIN_AFFECT_CONFIG}. */
    PERSISTENT("Persistent (next boot)", NativeLibvirt.VIR_DOMAIN_AFFECT_CONFIG),
    /** The running guest, now: {@code VIR_DOMAIN_AFFECT_LIVE}. */
    LIVE("Live (the running guest, now)", NativeLibvirt.VIR_DOMAIN_AFFECT_LIVE),
    /** Both: {@code VIR_DOMAIN_AFFECT_LIVE | VIR_DOMAIN_AFFECT_CONFIG}. */
    BOTH("Both", NativeLibvirt.VIR_DOMAIN_AFFECT_LIVE | NativeLibvirt.VIR_DOMAIN_AFFECT_CONFIG);

    private final String label;
    private final int flags;

    ApplyTarget(String label, int flags) {
        this.label = label;
        this.flags = flags;
    }

    public String label() {
        return label;
    }

    /** The {@code virDomainModificationImpact} flags of attach, detach and update. */
    public int affectFlags() {
        return flags;
    }

    public boolean affectsLive() {
        return (flags & NativeLibvirt.VIR_DOMAIN_AFFECT_LIVE) != 0;
    }

    public boolean affectsPersistent() {
        return (flags & NativeLibvirt.VIR_DOMAIN_AFFECT_CONFIG) != 0;
    }
}
