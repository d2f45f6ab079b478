package org.vdevstudio.bench.floors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * Prints the first paint of a floor's window, in milliseconds since java was launched
 * ({@code -Dvdev.launchMillis}, as the product logs its own), then runs {@code close}: the same
 * line and the same moment as the product's, so that releng/bin/bench-startup reads both alike.
 */
final class FirstPaint {

    private FirstPaint() {
    }

    static void watch(Shell window, String floor, Runnable close) {
        Display display = window.getDisplay();
        display.addFilter(SWT.Paint, new Listener() {
            @Override
            public void handleEvent(org.eclipse.swt.widgets.Event e) {
                if (!(e.widget instanceof Control c) || c.getShell() != window) {
                    return;
                }
                display.removeFilter(SWT.Paint, this);
                long ms = System.currentTimeMillis() - Long.getLong("vdev.launchMillis", -1);
                System.out.println(floor + ": first paint after " + ms + " ms");
                display.asyncExec(close);
            }
        });
    }
}
