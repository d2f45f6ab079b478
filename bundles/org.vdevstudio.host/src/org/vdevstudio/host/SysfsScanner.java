package org.vdevstudio.host;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.BooleanSupplier;

import org.vdevstudio.host.ids.PciIds;
import org.vdevstudio.host.ids.UsbIds;

/**
 * Scans a sysfs tree for PCI functions and USB devices. The root is {@code /sys} on a real host;
 * tests and the benchmark point it at a synthetic tree laid out the same way.
 * Needs no privileges: everything read is world-readable on a normal host.
 */
public final class SysfsScanner {

    public static final String DEFAULT_ROOT = "/sys";

    private static final Comparator<HostScan.Problem> BY_DEVICE = Comparator
            .comparing(HostScan.Problem::device, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(HostScan.Problem::message);

    private final File sys;
    private final PciIds pciIds;
    private final UsbIds usbIds;
    private final boolean parallel;

    /** Scans the sysfs at {@code root} with the system's hwdata names (ids only where hwdata is missing). */
    public SysfsScanner(Path root) {
        this(root, PciIds.system(), UsbIds.system());
    }

    public SysfsScanner(Path root, PciIds pciIds, UsbIds usbIds) {
        this(root.toFile(), pciIds, usbIds, true);
    }

    private SysfsScanner(File sys, PciIds pciIds, UsbIds usbIds, boolean parallel) {
        this.sys = sys;
        this.pciIds = pciIds;
        this.usbIds = usbIds;
        this.parallel = parallel;
    }

    /**
     * The same scan on the calling thread alone. By default USB is read beside PCI and the PCI
     * functions are spread over the common pool: the scan waits on system calls, and two cores
     * halve that wait. Both give the same result.
     */
    public SysfsScanner sequential() {
        return new SysfsScanner(sys, pciIds, usbIds, false);
    }

    /** The host's own sysfs. */
    public static SysfsScanner system() {
        return new SysfsScanner(Path.of(DEFAULT_ROOT));
    }

    public HostScan scan() {
        return scan(() -> false);
    }

    /**
     * A scan that stops early when {@code cancelled} says so (checked before each device).
     *
     * @throws CancellationException when it was cancelled: a partial scan is no result
     */
    public HostScan scan(BooleanSupplier cancelled) {
        PciScanner pci = new PciScanner(sys, pciIds, parallel, cancelled);
        UsbScanner usb = new UsbScanner(sys, usbIds, parallel, cancelled);
        List<PciDevice> pciDevices;
        List<UsbDevice> usbDevices;
        if (parallel) {
            ForkJoinTask<List<UsbDevice>> usbTask = ForkJoinPool.commonPool().submit(usb::scan);
            pciDevices = pci.scan();
            usbDevices = usbTask.join();
        } else {
            pciDevices = pci.scan();
            usbDevices = usb.scan();
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the scan of " + sys + " was cancelled");
        }
        // met by concurrent readers in any order: sorted, so that a scan reads the same every time
        List<HostScan.Problem> problems = new ArrayList<>(pci.problems());
        problems.addAll(usb.problems());
        problems.sort(BY_DEVICE);
        for (PciDevice d : pciDevices) {
            d.problems().forEach(p -> problems.add(new HostScan.Problem(d.address(), p)));
        }
        for (UsbDevice d : usbDevices) {
            d.problems().forEach(p -> problems.add(new HostScan.Problem(d.name(), p)));
        }
        return new HostScan(pciDevices, usbDevices, problems);
    }
}
