package org.vdevstudio.ui.host;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.vdevstudio.host.HostScan;
import org.vdevstudio.host.PciDevice;
import org.vdevstudio.host.UsbDevice;

/** Arranges a scan as tree rows: PCI by IOMMU group or by PF, USB by bus and port. */
final class DeviceTreeBuilder {

    /** How PCI functions are grouped. */
    enum Grouping { IOMMU_GROUP, PHYSICAL_FUNCTION }

    private DeviceTreeBuilder() {
    }

    static List<DeviceNode> build(HostScan scan, Grouping grouping) {
        List<DeviceNode> roots = new ArrayList<>();
        DeviceNode pci = DeviceNode.group("PCI");
        if (grouping == Grouping.IOMMU_GROUP) {
            byIommuGroup(scan, pci);
        } else {
            byPhysicalFunction(scan, pci);
        }
        roots.add(pci);
        DeviceNode usb = DeviceNode.group("USB");
        byBusAndPort(scan, usb);
        roots.add(usb);
        return roots;
    }

    private static void byIommuGroup(HostScan scan, DeviceNode pci) {
        TreeMap<Integer, DeviceNode> groups = new TreeMap<>();
        DeviceNode none = DeviceNode.group("No IOMMU group");
        for (PciDevice d : scan.pci()) {
            DeviceNode g = d.iommuGroup() == null ? none
                    : groups.computeIfAbsent(d.iommuGroup(), n -> DeviceNode.group("IOMMU group " + n));
            g.add(DeviceNode.of(d));
        }
        groups.values().forEach(pci::add);
        if (!none.children().isEmpty()) {
            pci.add(none);
        }
    }

    /** PFs with their VFs below; other functions flat. A VF whose PF is missing stays at the top. */
    private static void byPhysicalFunction(HostScan scan, DeviceNode pci) {
        Map<String, DeviceNode> nodes = new HashMap<>();
        for (PciDevice d : scan.pci()) {
            if (d.physfn() == null || scan.pci(d.physfn()) == null) {
                nodes.put(d.address(), pci.add(DeviceNode.of(d)));
            }
        }
        for (PciDevice d : scan.pci()) {
            DeviceNode pf = d.physfn() == null ? null : nodes.get(d.physfn());
            if (pf != null) {
                pf.add(DeviceNode.of(d));
            }
        }
    }

    /** "USB bus 1" → root hub → devices by port, each below the hub it hangs on. */
    private static void byBusAndPort(HostScan scan, DeviceNode usb) {
        TreeMap<Integer, DeviceNode> buses = new TreeMap<>();
        Map<String, DeviceNode> byName = new HashMap<>();
        for (UsbDevice d : scan.usb()) {
            int bus = d.bus() == null ? -1 : d.bus();
            DeviceNode busNode = buses.computeIfAbsent(bus, b -> DeviceNode.group(b < 0 ? "USB bus ?" : "USB bus " + b));
            DeviceNode parent = busNode;
            if (!d.rootHub()) {
                String name = d.name();
                int dot = name.lastIndexOf('.');
                String hub = dot > name.indexOf('-') ? name.substring(0, dot) : "usb" + name.substring(0, Math.max(0, name.indexOf('-')));
                parent = byName.getOrDefault(hub, busNode);
            }
            byName.put(d.name(), parent.add(DeviceNode.of(d)));
        }
        buses.values().forEach(usb::add);
    }
}
