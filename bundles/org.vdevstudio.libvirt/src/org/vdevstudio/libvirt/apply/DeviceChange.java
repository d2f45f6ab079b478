package org.vdevstudio.libvirt.apply;

import java.util.List;

/**
 * One device (or the settings outside {@code <devices>}, kind "domain") that differs: how, its XML
 * before and after (null when added or removed) with a line diff, the steps that apply it, and,
 * when the running guest cannot take it, why it needs a restart ({@link #restartReason()}, null
 * otherwise). {@link #note()} says why a definition gets no step (e.g. the device is not in it).
 */
public record DeviceChange(String kind, String label, ChangeKind change, String beforeXml, String afterXml,
        String diff, List<Step> steps, String restartReason, String note) {

    public boolean needsRestart() {
        return restartReason != null;
    }
}
