package org.vdevstudio.libvirt.apply;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.vdevstudio.libvirt.ApplyTarget;
import org.vdevstudio.libvirt.Definition;

/**
 * Computes an {@link ApplyPlan} from the request and the domain's current definitions (as
 * {@link Applier#preview} reads them, or given by the caller, e.g. offline); talks to
 * nobody. The edit is what differs between the opened XML and the edited XML, device by device;
 * each changed device is then found separately in the live and in the persistent definition,
 * because the same device looks different in each (aliases, addresses, a USB device's bus.device).
 * <p>
 * How each target is applied, and why:
 * <ul>
 * <li>Opened as persistent, target Persistent: one {@code defineXML} of the edited domain; it
 * carries every change, inside and outside {@code <devices>}.</li>
 * <li>Target Live: attach / detach / update with {@code AFFECT_LIVE}, device by device, each with
 * the XML the live definition has (a detach names the live alias). Changes the running guest cannot
 * take are not sent and are marked as needing a restart ({@link LiveRules}).</li>
 * <li>Target Both, opened as persistent: the live steps, then the define. Not one call with
 * {@code AFFECT_LIVE|AFFECT_CONFIG}: libvirt then parses the one device XML for both definitions and
 * looks it up in each, which fails where they differ (the live alias or USB address is not in the
 * persistent definition), and it cannot carry the settings outside {@code <devices>}. Since the
 * define comes last, a failed live step leaves the persistent definition untouched.</li>
 * <li>Opened as live, targets Persistent or Both: per device, the live step (for Both) and then
 * the same change with {@code AFFECT_CONFIG} against the device as the persistent definition has
 * it; defining the live XML would turn live-only state into configuration. Settings outside
 * {@code <devices>} are not applied from a live definition.</li>
 * </ul>
 * Within a target, detaches go first (freeing guest addresses), then updates, then attaches.
 */
public final class Planner {

    static final String SETTINGS_LABEL = "settings outside <devices> (name, memory, vCPUs, OS, …)";

    private Planner() {
    }

    /**
     * @param persistentXml the domain's inactive XML now
     * @param liveXml the domain's live XML now, or null when it does not run
     * @param persistent whether the domain has a persistent definition (is not transient)
     */
    public static ApplyPlan plan(ApplyRequest r, String persistentXml, String liveXml, boolean persistent) throws IOException {
        DomainDocument opened = DomainDocument.parse(r.openedXml());
        DomainDocument edited = DomainDocument.parse(r.editedXml());
        String current = r.openedAs() == Definition.PERSISTENT ? persistentXml : liveXml;
        Conflict conflict = current == null || !DomainDocument.parse(current).canonical().equals(opened.canonical())
                ? new Conflict(r.openedAs(), r.openedXml(), current) : null;
        ApplyTarget target = r.target();
        String refusal = null;
        if (target.affectsLive() && liveXml == null) {
            refusal = "the domain is not running: it has no live definition to change";
        } else if (target.affectsPersistent() && !persistent) {
            refusal = "the domain is transient: it has no persistent definition to change";
        }
        List<Device> openedDevices = opened.devices();
        Map<Device, Device> inLive = liveXml == null ? Map.of() : partners(openedDevices, DomainDocument.parse(liveXml));
        Map<Device, Device> inPersistent = partners(openedDevices, DomainDocument.parse(persistentXml));
        boolean define = target.affectsPersistent() && r.openedAs() == Definition.PERSISTENT;
        Step defineStep = new Step(Operation.DEFINE, Definition.PERSISTENT, "domain", r.editedXml());

        List<DeviceChange> changes = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        for (DeviceMatcher.Pair p : DeviceMatcher.match(openedDevices, edited.devices())) {
            Device before = p.before();
            Device after = p.after();
            if (before != null && after != null && (before.canonical().equals(after.canonical())
                    || r.openedAs() == Definition.LIVE && after.alias() == null && before.configCanonical().equals(after.configCanonical()))) {
                // the same, or the same but for the alias, addresses and tap name the live definition adds
                continue;
            }
            ChangeKind kind = before == null ? ChangeKind.ADDED : after == null ? ChangeKind.REMOVED : ChangeKind.CHANGED;
            List<Step> deviceSteps = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            String restart = null;
            if (target.affectsLive() && refusal == null) {
                restart = liveSteps(kind, before == null ? null : inLive.get(before), after, deviceSteps, notes);
            }
            if (define) {
                deviceSteps.add(defineStep);
            } else if (target.affectsPersistent() && refusal == null) {
                configSteps(kind, before == null ? null : inPersistent.get(before), after, deviceSteps, notes);
            }
            Device shown = after != null ? after : before;
            String beforeXml = before == null ? null : before.xml();
            String afterXml = after == null ? null : after.xml();
            changes.add(new DeviceChange(shown.kind(), shown.label(), kind, beforeXml, afterXml,
                    LineDiff.diff(beforeXml, afterXml), deviceSteps, restart, notes.isEmpty() ? null : String.join("; ", notes)));
            for (Step s : deviceSteps) {
                if (s != defineStep) {
                    steps.add(s);
                }
            }
        }
        if (!opened.settingsCanonical().equals(edited.settingsCanonical())) {
            changes.add(settingsChange(r, define ? defineStep : null, refusal));
        }
        steps.sort(Comparator.comparingInt(s -> rank(s.operation())));
        if (define && !changes.isEmpty()) {
            steps.add(defineStep);
        }
        return new ApplyPlan(r, conflict, refusal, List.copyOf(changes), List.copyOf(steps));
    }

    /** The live step of one device change; returns why it needs a restart, or null. */
    private static String liveSteps(ChangeKind kind, Device live, Device after, List<Step> steps, List<String> notes) {
        switch (kind) {
        case ADDED:
            steps.add(step(Operation.ATTACH, Definition.LIVE, after));
            return null;
        case REMOVED:
            if (live == null) {
                notes.add("not in the live definition");
            } else {
                steps.add(step(Operation.DETACH, Definition.LIVE, live));
            }
            return null;
        default:
            if (live == null) {
                notes.add("not in the live definition: attached live");
                steps.add(step(Operation.ATTACH, Definition.LIVE, after));
                return null;
            }
            String reason = LiveRules.restartReason(live, after);
            if (reason == null) {
                steps.add(step(Operation.UPDATE, Definition.LIVE, after));
            }
            return reason;
        }
    }

    /** The AFFECT_CONFIG steps of one device change, when the editor opened the live definition. */
    private static void configSteps(ChangeKind kind, Device saved, Device after, List<Step> steps, List<String> notes) {
        if (kind == ChangeKind.ADDED || kind == ChangeKind.CHANGED && saved == null) {
            steps.add(step(Operation.ATTACH, Definition.PERSISTENT, after));
        } else if (saved == null) {
            notes.add("not in the persistent definition");
        } else if (kind == ChangeKind.REMOVED) {
            steps.add(step(Operation.DETACH, Definition.PERSISTENT, saved));
        } else if ("interface".equals(after.kind()) && Objects.equals(saved.mac(), after.mac())) {
            // libvirt replaces a persistent interface found by its MAC
            steps.add(step(Operation.UPDATE, Definition.PERSISTENT, after));
        } else {
            // update-device --config handles only disks, graphics and interfaces: replace the device
            steps.add(step(Operation.DETACH, Definition.PERSISTENT, saved));
            steps.add(step(Operation.ATTACH, Definition.PERSISTENT, after));
        }
    }

    private static DeviceChange settingsChange(ApplyRequest r, Step define, String refusal) {
        List<Step> steps = define == null ? List.of() : List.of(define);
        String restart = r.target().affectsLive() && refusal == null
                ? "libvirt changes settings outside <devices> only in the persistent definition (next boot)" : null;
        String note = define == null && r.target().affectsPersistent() && refusal == null
                ? "not applied: settings outside <devices> are applied by defining the persistent definition; open that one to change them"
                : null;
        return new DeviceChange("domain", SETTINGS_LABEL, ChangeKind.CHANGED, r.openedXml(), r.editedXml(),
                LineDiff.diff(r.openedXml(), r.editedXml()), steps, restart, note);
    }

    private static Step step(Operation op, Definition definition, Device device) {
        return new Step(op, definition, device.label(), device.xml());
    }

    private static int rank(Operation op) {
        return switch (op) {
        case DETACH -> 0;
        case UPDATE -> 1;
        case ATTACH -> 2;
        case DEFINE -> 3;
        };
    }

    /** Each device of {@code opened} and its counterpart in {@code other}, where it has one. */
    private static Map<Device, Device> partners(List<Device> opened, DomainDocument other) {
        Map<Device, Device> map = new IdentityHashMap<>();
        for (DeviceMatcher.Pair p : DeviceMatcher.match(opened, other.devices())) {
            if (p.before() != null && p.after() != null) {
                map.put(p.before(), p.after());
            }
        }
        return map;
    }
}
