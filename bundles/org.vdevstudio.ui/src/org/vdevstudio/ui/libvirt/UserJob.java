package org.vdevstudio.ui.libvirt;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * A job the user started (opening a domain, reloading, the steps of Apply): shown with progress
 * and Cancel, and when its libvirt call fails, reported with libvirt's message verbatim.
 */
final class UserJob extends Job {

    /** Work that may fail with libvirt's error. */
    interface Work {
        void run(IProgressMonitor monitor) throws Exception;
    }

    private final Work work;
    private final Object family;

    private UserJob(String name, Object family, Work work) {
        super(name);
        this.work = work;
        this.family = family;
    }

    /** Schedules {@code work}; {@code family} (may be null) is what {@link #belongsTo} answers to. */
    static Job schedule(String name, Object family, Work work) {
        UserJob job = new UserJob(name, family, work);
        job.setUser(true);
        job.schedule();
        return job;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            work.run(monitor);
            return Status.OK_STATUS;
        } catch (Exception e) {
            return Status.error(Failures.message(e), e);
        }
    }

    @Override
    public boolean belongsTo(Object other) {
        return family != null && family == other;
    }
}
