package org.vdevstudio.libvirt.apply;

import java.util.List;
import java.util.Locale;

import org.vdevstudio.libvirt.apply.ApplyResult.StepResult;

/** Plain-text forms of a plan and a result, as the CLI prints them. */
public final class ApplyReport {

    private ApplyReport() {
    }

    /** The preview: conflict or refusal, then per device the change, its steps, restart notes and the diff. */
    public static String preview(ApplyPlan plan) {
        StringBuilder b = new StringBuilder();
        ApplyRequest r = plan.request();
        b.append("apply to ").append(r.domain()).append(": ").append(r.target().label())
                .append(", opened from its ").append(lower(r.openedAs().name())).append(" definition\n");
        if (plan.hasConflict()) {
            b.append("CONFLICT: the ").append(lower(plan.conflict().definition().name()))
                    .append(" definition changed on the daemon since it was opened; nothing will be sent\n");
        }
        if (plan.isRefused()) {
            b.append("REFUSED: ").append(plan.refusal()).append('\n');
        }
        if (!plan.hasChanges()) {
            b.append("no changes\n");
        }
        for (DeviceChange c : plan.changes()) {
            b.append('\n').append(lower(c.change().name())).append(": ").append(c.label()).append('\n');
            for (Step s : c.steps()) {
                b.append("  step: ").append(s.describe()).append('\n');
            }
            if (c.needsRestart()) {
                b.append("  needs restart (live): ").append(c.restartReason()).append('\n');
            }
            if (c.note() != null) {
                b.append("  note: ").append(c.note()).append('\n');
            }
            if (!"domain".equals(c.kind())) {
                indent(b, c.diff());
            }
        }
        return b.toString();
    }

    /** The outcome: status, each step with what became of it, libvirt's error, and what actually changed. */
    public static String result(ApplyResult result) {
        StringBuilder b = new StringBuilder();
        b.append("result: ").append(lower(result.status().name().replace('_', ' '))).append('\n');
        if (result.status() == ApplyResult.Status.CONFLICT || result.status() == ApplyResult.Status.REFUSED) {
            return b.append(preview(result.plan())).toString();
        }
        for (StepResult s : result.steps()) {
            b.append("  ").append(lower(s.status().name().replace('_', ' '))).append(": ").append(s.step().describe());
            if (s.message() != null) {
                b.append(": ").append(s.message());
            }
            b.append('\n');
        }
        if (result.error() != null) {
            b.append("error on ").append(result.failedStep() != null ? result.failedStep().describe() : "re-reading the domain")
                    .append(": ").append(result.error().getMessage()).append('\n');
        }
        changes(b, "live definition", result.liveChanges());
        changes(b, "persistent definition", result.persistentChanges());
        return b.toString();
    }

    private static void changes(StringBuilder b, String which, List<DeviceChange> changes) {
        b.append("changed in the ").append(which).append(changes.isEmpty() ? ": nothing\n" : ":\n");
        for (DeviceChange c : changes) {
            b.append("  ").append(lower(c.change().name())).append(": ").append(c.label()).append('\n');
        }
    }

    private static void indent(StringBuilder b, String text) {
        for (String line : text.split("\n")) {
            if (!line.isEmpty()) {
                b.append("    ").append(line).append('\n');
            }
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
