package org.vdevstudio.host;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vdevstudio.host.ids.PciIds;
import org.vdevstudio.host.ids.UsbIds;

/**
 * Scans a sysfs tree for PCI functions and USB devices. The root is {@code /sys} on a real host;
 * tests and the benchmark point it at a synthetic tree laid out the same way.
 * Needs no privileges: everything read is world-readable on a normal host.
 */
public final class SysfsScanner {

    public static final String DEFAULT_ROOT = "/sys";

    private final File sys;
    private final PciIds pciIds;
    private final UsbIds usbIds;

    /** Scans the sysfs at {@code root} with the system's hwdata names (ids only where hwdata is missing). */
    public SysfsScanner(Path root) {
        this(root, PciIds.system(), UsbIds.system());
    }

    public SysfsScanner(Path root, PciIds pciIds, UsbIds usbIds) {
        this.sys = root.toFile();
        this.pciIds = pciIds;
        this.usbIds = usbIds;
    }

    /** The host's own sysfs. */
    public static SysfsScanner system() {
        return new SysfsScanner(Path.of(DEFAULT_ROOT));
    }

    public HostScan scan() {
        PciScanner pci = new PciScanner(sys, pciIds);
        UsbScanner usb = new UsbScanner(sys, usbIds);
        List<PciDevice> pciDevices = pci.scan();
        List<UsbDevice> usbDevices = usb.scan();
        List<HostScan.Problem> problems = new ArrayList<>(pci.problems());
        problems.addAll(usb.problems());
        for (PciDevice d : pciDevices) {
            d.problems().forEach(p -> problems.add(new HostScan.Problem(d.address(), p)));
        }
        for (UsbDevice d : usbDevices) {
            d.problems().forEach(p -> problems.add(new HostScan.Problem(d.name(), p)));
        }
        return new HostScan(pciDevices, usbDevices, problems);
    }
}
