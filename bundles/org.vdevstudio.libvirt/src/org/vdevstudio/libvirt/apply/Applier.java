package org.vdevstudio.libvirt.apply;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.vdevstudio.libvirt.ApplyTarget;
import org.vdevstudio.libvirt.Definition;
import org.vdevstudio.libvirt.DomainSummary;
import org.vdevstudio.libvirt.LibvirtConnection;
import org.vdevstudio.libvirt.LibvirtError;
import org.vdevstudio.libvirt.apply.ApplyResult.Status;
import org.vdevstudio.libvirt.apply.ApplyResult.StepResult;
import org.vdevstudio.libvirt.apply.ApplyResult.StepStatus;

/**
 * Previews and applies an edit of a domain through one connection (see {@link Planner} for what
 * is sent for each target). Blocking, no UI: the editor runs it in a Job and adapts its progress
 * monitor to {@link ApplyMonitor}.
 */
public final class Applier {

    private static final long POLL_MILLIS = 100;

    private final LibvirtConnection connection;
    private final Duration detachWait;

    /** Waits up to 10 s for the guest to complete live detaches. */
    public Applier(LibvirtConnection connection) {
        this(connection, Duration.ofSeconds(10));
    }

    /**
     * @param detachWait how long to wait, after the last step, for the guest to let go of live-detached
     *        devices before reporting them as pending
     */
    public Applier(LibvirtConnection connection, Duration detachWait) {
        this.connection = connection;
        this.detachWait = detachWait;
    }

    /** The plan against the domain's definitions as they are now; sends nothing. */
    public ApplyPlan preview(ApplyRequest request) throws LibvirtError, IOException {
        return plan(request, connection.lookup(request.domain()));
    }

    /**
     * Re-plans against the definitions as they are now and, unless the domain changed since it was
     * opened or the target is impossible, sends the steps in order, stopping at the first libvirt
     * error. Then waits for live detaches and re-reads the definitions. Throws only when reading the
     * domain fails before anything is sent; later errors are in the result.
     */
    public ApplyResult apply(ApplyRequest request, ApplyMonitor monitor) throws LibvirtError, IOException {
        DomainSummary domain = connection.lookup(request.domain());
        String uuid = domain.uuid(); // a define may rename the domain: address it by UUID
        String liveBefore = domain.active() ? connection.dumpXml(uuid, Definition.LIVE) : null;
        String persistentBefore = connection.dumpXml(uuid, Definition.PERSISTENT);
        ApplyPlan plan = Planner.plan(request, persistentBefore, liveBefore, domain.persistent());
        if (plan.hasConflict() || plan.isRefused() || plan.steps().isEmpty()) {
            Status status = plan.hasConflict() ? Status.CONFLICT : plan.isRefused() ? Status.REFUSED : Status.NOTHING_TO_APPLY;
            return new ApplyResult(status, plan, List.of(), null, null, List.of(), List.of(), liveBefore, persistentBefore);
        }
        List<StepResult> results = new ArrayList<>();
        LibvirtError error = null;
        Step failed = null;
        boolean canceled = false;
        List<Step> steps = plan.steps();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (error != null || canceled || (canceled = monitor.isCanceled())) {
                results.add(new StepResult(step, StepStatus.NOT_SENT, null));
                continue;
            }
            monitor.step(step.describe(), i, steps.size());
            try {
                send(uuid, step);
                results.add(new StepResult(step, StepStatus.DONE, null));
            } catch (LibvirtError e) {
                error = e;
                failed = step;
                results.add(new StepResult(step, StepStatus.FAILED, e.getMessage()));
            }
        }
        monitor.step("reading the definitions back", steps.size(), steps.size());
        return finish(plan, uuid, results, error, failed, canceled, liveBefore, persistentBefore);
    }

    private ApplyPlan plan(ApplyRequest request, DomainSummary domain) throws LibvirtError, IOException {
        String live = domain.active() ? connection.dumpXml(domain.uuid(), Definition.LIVE) : null;
        String persistent = connection.dumpXml(domain.uuid(), Definition.PERSISTENT);
        return Planner.plan(request, persistent, live, domain.persistent());
    }

    private void send(String uuid, Step step) throws LibvirtError {
        ApplyTarget flags = step.definition() == Definition.LIVE ? ApplyTarget.LIVE : ApplyTarget.PERSISTENT;
        switch (step.operation()) {
        case ATTACH -> connection.attachDevice(uuid, step.xml(), flags);
        case DETACH -> connection.detachDevice(uuid, step.xml(), flags);
        case UPDATE -> connection.updateDevice(uuid, step.xml(), flags);
        case DEFINE -> connection.define(step.xml());
        }
    }

    private ApplyResult finish(ApplyPlan plan, String uuid, List<StepResult> results, LibvirtError error, Step failed,
            boolean canceled, String liveBefore, String persistentBefore) throws IOException {
        String liveAfter = null;
        String persistentAfter = null;
        try {
            liveAfter = liveBefore == null ? null : waitForDetaches(uuid, results);
            persistentAfter = connection.dumpXml(uuid, Definition.PERSISTENT);
        } catch (LibvirtError e) {
            // The steps' outcome stands; the first libvirt error is the one to show.
            error = error != null ? error : e;
        }
        List<StepResult> checked = new ArrayList<>();
        for (StepResult r : results) {
            checked.add(verify(r, liveAfter, persistentAfter));
        }
        Status status = error != null ? Status.FAILED : canceled ? Status.CANCELED
                : checked.stream().anyMatch(r -> r.status() == StepStatus.PENDING) ? Status.PENDING
                : checked.stream().anyMatch(r -> r.status() == StepStatus.FAILED) ? Status.FAILED : Status.APPLIED;
        return new ApplyResult(status, plan, checked, error, failed, actualChanges(liveBefore, liveAfter),
                actualChanges(persistentBefore, persistentAfter), liveAfter, persistentAfter);
    }

    /** Polls the live XML until every live-detached device is gone or the wait is over; returns the last XML read. */
    private String waitForDetaches(String uuid, List<StepResult> results) throws LibvirtError, IOException {
        long deadline = System.nanoTime() + detachWait.toNanos();
        while (true) {
            String live = connection.dumpXml(uuid, Definition.LIVE);
            boolean waiting = false;
            for (StepResult r : results) {
                Step s = r.step();
                if (r.status() == StepStatus.DONE && s.operation() == Operation.DETACH && s.definition() == Definition.LIVE
                        && present(s.xml(), live)) {
                    waiting = true;
                }
            }
            if (!waiting || System.nanoTime() >= deadline || !connection.lookup(uuid).active()) {
                return live;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return live;
            }
        }
    }

    /** A done step checked against the re-read definition: a detached device still there is pending, an attached one missing failed. */
    private static StepResult verify(StepResult r, String liveAfter, String persistentAfter) throws IOException {
        Step s = r.step();
        String after = s.definition() == Definition.LIVE ? liveAfter : persistentAfter;
        if (r.status() != StepStatus.DONE || after == null || s.operation() == Operation.DEFINE || s.operation() == Operation.UPDATE) {
            return r;
        }
        boolean there = present(s.xml(), after);
        if (s.operation() == Operation.DETACH && there) {
            return s.definition() == Definition.LIVE
                    ? new StepResult(s, StepStatus.PENDING, "the guest has not released the device yet")
                    : new StepResult(s, StepStatus.FAILED, "libvirt accepted the detach, but the device is still in the persistent definition");
        }
        if (s.operation() == Operation.ATTACH && !there) {
            return new StepResult(s, StepStatus.FAILED, "libvirt accepted the attach, but the device is not in the "
                    + s.definition().name().toLowerCase(java.util.Locale.ROOT) + " definition");
        }
        return r;
    }

    /** Whether the device {@code deviceXml} pairs with a device of {@code domainXml}. */
    private static boolean present(String deviceXml, String domainXml) throws IOException {
        Device device = DomainDocument.parse("<domain><devices>" + deviceXml + "</devices></domain>").devices().get(0);
        return DeviceMatcher.contains(DomainDocument.parse(domainXml).devices(), device);
    }

    /** What differs between two versions of one definition, device by device. */
    private static List<DeviceChange> actualChanges(String before, String after) throws IOException {
        if (before == null || after == null) {
            return List.of();
        }
        return Planner.plan(new ApplyRequest("-", Definition.PERSISTENT, before, after, ApplyTarget.PERSISTENT),
                before, null, true).changes();
    }
}
