package org.vdevstudio.ui.host;

import java.nio.file.Path;

import org.vdevstudio.host.SysfsScanner;

/**
 * Where the UI reads host devices: {@code /sys}, or the tree named by the system property
 * {@value #ROOT_PROPERTY} (a synthetic host for demos, screenshots and tests, as
 * {@code vdev devices --sysfs-root} takes one).
 */
public final class HostScanners {

    public static final String ROOT_PROPERTY = "vdev.sysfsRoot";

    private HostScanners() {
    }

    /** A scanner of the configured sysfs with the system's hwdata names, cancelled through the job's monitor. */
    public static HostDevicesPanel.Scanner system() {
        return monitor -> new SysfsScanner(Path.of(System.getProperty(ROOT_PROPERTY, SysfsScanner.DEFAULT_ROOT)))
                .scan(monitor::isCanceled);
    }
}
