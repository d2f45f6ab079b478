package org.vdevstudio.ui.libvirt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.vdevstudio.libvirt.apply.ApplyPlan;
import org.vdevstudio.libvirt.apply.ApplyResult;
import org.vdevstudio.libvirt.apply.ApplyResult.StepResult;
import org.vdevstudio.libvirt.apply.ChangeKind;
import org.vdevstudio.libvirt.apply.DeviceChange;
import org.vdevstudio.libvirt.apply.Step;

/** The apply engine's plan and result in the words and rows of the Apply dialog and the outcome dialog. */
public final class ApplyTables {

    private ApplyTables() {
    }

    /** The preview: one row per device that differs; a refusal as the error. */
    public static PreviewTable preview(ApplyPlan plan) {
        if (plan.isRefused()) {
            return PreviewTable.failed("Refused: " + plan.refusal());
        }
        List<PreviewTable.Row> rows = new ArrayList<>();
        for (DeviceChange c : plan.changes()) {
            rows.add(new PreviewTable.Row(c.label(), word(c.change()), note(c), c.diff() == null ? "" : c.diff()));
        }
        long restart = plan.needingRestart().size();
        String summary = count(plan.changes(), ChangeKind.ADDED, "added") + ", " + count(plan.changes(), ChangeKind.REMOVED, "removed")
                + ", " + count(plan.changes(), ChangeKind.CHANGED, "changed") + "; " + plan.steps().size()
                + (plan.steps().size() == 1 ? " libvirt call" : " libvirt calls")
                + (restart == 0 ? "" : "; " + restart + " only after a restart of the guest");
        return new PreviewTable(List.copyOf(rows), plan.steps().size(), summary, restart > 0, null);
    }

    /** What a device row says beside its change: why it waits for a restart, why it is not sent, or the calls that send it. */
    private static String note(DeviceChange c) {
        if (c.needsRestart()) {
            return "needs restart: " + c.restartReason();
        }
        List<String> parts = new ArrayList<>();
        if (!c.steps().isEmpty()) {
            parts.add(c.steps().stream().map(ApplyTables::call).collect(Collectors.joining(", ")));
        }
        if (c.note() != null && !c.note().isBlank()) {
            parts.add(c.note());
        }
        return String.join("; ", parts);
    }

    /** "attach (live)", "define (persistent)". */
    private static String call(Step s) {
        return s.operation().name().toLowerCase(Locale.ROOT) + " (" + s.definition().name().toLowerCase(Locale.ROOT) + ")";
    }

    private static String count(List<DeviceChange> changes, ChangeKind kind, String word) {
        return changes.stream().filter(c -> c.change() == kind).count() + " " + word;
    }

    private static String word(ChangeKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The outcome: per libvirt call what became of it, then what actually differs in each
     * definition when read back; libvirt's error verbatim with the call it failed on and what was
     * already applied.
     */
    public static ResultTable result(ApplyResult r) {
        List<ResultTable.Row> rows = new ArrayList<>();
        for (StepResult s : r.steps()) {
            rows.add(new ResultTable.Row(s.step().device(), call(s.step()), outcome(s)));
        }
        for (DeviceChange c : r.persistentChanges()) {
            rows.add(new ResultTable.Row(c.label(), "read back (persistent)", word(c.change())));
        }
        for (DeviceChange c : r.liveChanges()) {
            rows.add(new ResultTable.Row(c.label(), "read back (live)", word(c.change())));
        }
        return new ResultTable(title(r), error(r), List.copyOf(rows));
    }

    private static String outcome(StepResult s) {
        String word = switch (s.status()) {
            case DONE -> "applied";
            case PENDING -> "pending";
            case FAILED -> "failed";
            case NOT_SENT -> "not sent";
        };
        return s.message() == null || s.message().isBlank() ? word : word + ": " + s.message();
    }

    private static String title(ApplyResult r) {
        return switch (r.status()) {
            case APPLIED -> "Applied to libvirt";
            case PENDING -> "Applied; live detaches still pending in the guest";
            case FAILED -> "Apply failed";
            case CANCELED -> "Apply cancelled";
            case CONFLICT -> "Refused: the domain changed on the daemon";
            case REFUSED -> "Refused: " + r.plan().refusal();
            case NOTHING_TO_APPLY -> "Nothing to apply";
        };
    }

    private static String error(ApplyResult r) {
        if (r.error() == null) {
            return null;
        }
        List<StepResult> applied = r.applied();
        String already = applied.isEmpty() ? "nothing" : applied.stream().map(s -> s.step().describe()).collect(Collectors.joining(", "));
        return r.error().getMessage() + "\n(" + (r.failedStep() == null ? "reading the domain" : r.failedStep().describe())
                + "; already applied: " + already + ")";
    }
}
