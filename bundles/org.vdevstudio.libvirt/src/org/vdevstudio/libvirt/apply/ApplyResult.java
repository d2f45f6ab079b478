package org.vdevstudio.libvirt.apply;

import java.util.List;

import org.vdevstudio.libvirt.LibvirtError;

/**
 * What an apply did. {@link #steps()} says per libvirt call whether it was done, is pending (a live
 * detach the guest has not completed), failed, or was not sent. {@link #liveChanges()} and
 * {@link #persistentChanges()} are what actually differs in each definition between before and after,
 * as libvirt reports them when re-read; {@link #liveXml()} and {@link #persistentXml()} are those
 * re-read definitions (null when the domain has none, or when re-reading failed).
 */
public record ApplyResult(Status status, ApplyPlan plan, List<StepResult> steps, LibvirtError error, Step failedStep,
        List<DeviceChange> liveChanges, List<DeviceChange> persistentChanges, String liveXml, String persistentXml) {

    public enum Status {
        /** Every step done. */
        APPLIED,
        /** Every step sent and accepted, but a live detach is not completed by the guest yet. */
        PENDING,
        /** A libvirt call failed: {@link ApplyResult#error()} on {@link ApplyResult#failedStep()}; later steps not sent. */
        FAILED,
        /** Canceled between two steps; later steps not sent. */
        CANCELED,
        /** The domain changed on the daemon since it was opened: nothing sent ({@link ApplyPlan#conflict()}). */
        CONFLICT,
        /** The target is impossible for this domain: nothing sent ({@link ApplyPlan#refusal()}). */
        REFUSED,
        /** Nothing to send (no change, or only changes that need a restart). */
        NOTHING_TO_APPLY
    }

    public enum StepStatus {
        DONE, PENDING, FAILED, NOT_SENT
    }

    /** One step and what became of it; {@code message} is libvirt's error or why it is pending. */
    public record StepResult(Step step, StepStatus status, String message) {
    }

    /** The steps that changed something (done or pending): "what was already applied". */
    public List<StepResult> applied() {
        return steps.stream().filter(s -> s.status() == StepStatus.DONE || s.status() == StepStatus.PENDING).toList();
    }
}
