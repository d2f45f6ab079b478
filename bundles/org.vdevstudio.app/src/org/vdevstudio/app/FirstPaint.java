package org.vdevstudio.app;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Logs when the window first paints after the start-up editors opened: the start-up time that
 * counts for a user, with the milestones on the way (releng/bin/bench-startup reads them). With
 * {@code -Dvdev.exitAfterFirstPaint=true} the workbench then closes, so a benchmark can start it
 * again and again.
 */
final class FirstPaint implements Listener {

    private final IWorkbenchWindow window;

    private FirstPaint(IWorkbenchWindow window) {
        this.window = window;
    }

    static void watch(IWorkbenchWindow window) {
        window.getShell().getDisplay().addFilter(SWT.Paint, new FirstPaint(window));
    }

    @Override
    public void handleEvent(Event e) {
        if (!(e.widget instanceof Control c) || c.getShell() != window.getShell()) {
            return;
        }
        Display display = c.getDisplay();
        display.removeFilter(SWT.Paint, this);
        ILog.of(getClass()).info("vdev studio: first paint after " + StartupMilestones.sinceJvmStart() + " ms ("
                + StartupMilestones.describe() + ")");
        if (Boolean.getBoolean("vdev.exitAfterFirstPaint")) {
            display.asyncExec(() -> window.getWorkbench().close());
        }
    }
}
