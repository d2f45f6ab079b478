package org.vdevstudio.libvirt.apply;

import java.util.ArrayList;
import java.util.List;

/**
 * The preview of an apply: per device what changes and the libvirt calls that do it, in the order
 * they are sent. {@link #conflict()} is set when the domain changed on the daemon since it was
 * opened, {@link #refusal()} when the target is impossible (Live for a domain that does not run,
 * Persistent for a transient one); then nothing is sent.
 */
public record ApplyPlan(ApplyRequest request, Conflict conflict, String refusal, List<DeviceChange> changes, List<Step> steps) {

    public boolean hasConflict() {
        return conflict != null;
    }

    public boolean isRefused() {
        return refusal != null;
    }

    /** Whether the edit differs from what was opened at all. */
    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    /** The changes the running guest cannot take (they wait for a restart). */
    public List<DeviceChange> needingRestart() {
        List<DeviceChange> list = new ArrayList<>();
        for (DeviceChange c : changes) {
            if (c.needsRestart()) {
                list.add(c);
            }
        }
        return list;
    }
}
