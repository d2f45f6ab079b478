package org.vdevstudio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vdevstudio.host.HostScan;
import org.vdevstudio.host.NetDev;
import org.vdevstudio.host.PciDevice;
import org.vdevstudio.host.SysfsScanner;
import org.vdevstudio.host.UsbDevice;

/** {@code vdev devices [--sysfs-root DIR] [--json]}: the host's PCI functions and USB devices. */
final class DevicesCommand implements Command {

    @Override
    public String name() {
        return "devices";
    }

    @Override
    public String arguments() {
        return "[--sysfs-root DIR] [--json]";
    }

    @Override
    public String summary() {
        return "the host's PCI functions (IOMMU groups, drivers, SR-IOV) and USB devices, from sysfs";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Arguments a = Arguments.parse(this, args, Set.of("--json"), Set.of("--sysfs-root")).expect(this, 0, 0);
        Path root = Path.of(a.value("--sysfs-root") != null ? a.value("--sysfs-root") : SysfsScanner.DEFAULT_ROOT);
        HostScan scan = new SysfsScanner(root).scan();
        if (a.has("--json")) {
            out.println(Json.write(json(scan)));
        } else {
            text(scan, out);
        }
        // Odd sysfs never fails the command: each problem is one warning line.
        for (HostScan.Problem p : scan.problems()) {
            err.println("vdev: warning: " + Messages.oneLine(p.toString()));
        }
        return 0;
    }

    private static void text(HostScan scan, PrintStream out) {
        out.println("PCI (" + scan.pci().size() + ")");
        if (!scan.pci().isEmpty()) {
            TextTable t = new TextTable().row("address", "ids", "name", "class", "driver", "iommu", "sr-iov", "netdev");
            for (PciDevice d : scan.pci()) {
                t.row(d.address(), ids(d.vendorId(), d.deviceId()), d.displayName(), d.className(), d.driver(),
                        d.iommuGroup() == null ? null : d.iommuGroup().toString(), sriov(d), netdevs(d.netdevs()));
            }
            t.print(out, "  ");
        }
        out.println();
        out.println("USB (" + scan.usb().size() + ")");
        if (!scan.usb().isEmpty()) {
            TextTable t = new TextTable().row("name", "bus.dev", "ids", "name", "speed", "");
            for (UsbDevice d : scan.usb()) {
                t.row(d.name(), d.busDevice(), d.vendorProduct(), d.displayName(), d.speed(), d.rootHub() ? "root hub" : "");
            }
            t.print(out, "  ");
        }
    }

    private static String ids(String vendor, String device) {
        return (vendor == null ? "?" : vendor.replace("0x", "")) + ":" + (device == null ? "?" : device.replace("0x", ""));
    }

    private static String sriov(PciDevice d) {
        if (d.physfn() != null) {
            return "VF of " + d.physfn();
        }
        return d.isPhysicalFunction() ? "PF " + d.virtfns().size() + "/" + d.sriovTotalVfs() + " VFs" : "";
    }

    private static String netdevs(List<NetDev> netdevs) {
        List<String> parts = new ArrayList<>();
        netdevs.forEach(n -> parts.add(n.name() + (n.mac() == null ? "" : " " + n.mac())));
        return String.join(", ", parts);
    }

    private static List<Object> json(HostScan scan) {
        List<Object> list = new ArrayList<>();
        for (PciDevice d : scan.pci()) {
            List<Object> netdevs = new ArrayList<>();
            d.netdevs().forEach(n -> netdevs.add(Json.object("name", n.name(), "mac", n.mac())));
            Map<String, Object> o = Json.object("kind", "pci", "address", d.address(), "vendorId", d.vendorId(),
                    "deviceId", d.deviceId(), "classId", d.classId(), "vendorName", d.vendorName(),
                    "deviceName", d.deviceName(), "driver", d.driver(), "iommuGroup", d.iommuGroup(),
                    "iommuGroupMembers", d.iommuGroupMembers(), "numaNode", d.numaNode(), "physfn", d.physfn(),
                    "virtfns", d.virtfns(), "netdevs", netdevs);
            list.add(o);
        }
        for (UsbDevice d : scan.usb()) {
            list.add(Json.object("kind", "usb", "name", d.name(), "bus", d.bus(), "device", d.device(),
                    "vendorId", d.vendorId(), "productId", d.productId(), "vendorName", d.vendorName(),
                    "productName", d.productName(), "manufacturer", d.manufacturer(), "product", d.product(),
                    "speed", d.speed(), "rootHub", d.rootHub()));
        }
        return list;
    }
}
