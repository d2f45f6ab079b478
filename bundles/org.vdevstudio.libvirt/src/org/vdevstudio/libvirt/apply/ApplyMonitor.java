package org.vdevstudio.libvirt.apply;

/** Progress and cancellation of an apply; the UI adapts its IProgressMonitor to it. */
public interface ApplyMonitor {

    /** Does nothing and never cancels. */
    ApplyMonitor NONE = new ApplyMonitor() {
        @Override
        public void step(String description, int done, int total) {
            // no progress display
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    };

    /** Called before each libvirt call ({@code done} of {@code total} steps finished). */
    void step(String description, int done, int total);

    /** Checked between steps: a step that was sent is never interrupted. */
    boolean isCanceled();
}
