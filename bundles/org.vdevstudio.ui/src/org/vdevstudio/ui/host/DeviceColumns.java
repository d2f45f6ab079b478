package org.vdevstudio.ui.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.vdevstudio.host.NetDev;
import org.vdevstudio.host.PciDevice;
import org.vdevstudio.host.UsbDevice;
import org.vdevstudio.host.ids.UsbIds;
import org.vdevstudio.host.usage.UsedBy;

/** The tree's columns and the text of each cell; the filter matches the same text. */
enum DeviceColumns {
    ADDRESS("Address", 190), NAME("Name", 320), CLASS("Class", 160), DRIVER("Driver", 90),
    IOMMU("IOMMU group", 90), NETDEV("Netdev / MAC", 200), USED_BY("Used by", 140);

    final String title;
    final int width;

    DeviceColumns(String title, int width) {
        this.title = title;
        this.width = width;
    }

    String text(DeviceNode node, UsedBy usedBy) {
        if (node.device() == null) {
            return this == ADDRESS ? node.label() : "";
        }
        if (node.device() instanceof PciDevice d) {
            return pci(d, usedBy);
        }
        return usb((UsbDevice) node.device(), usedBy);
    }

    private String pci(PciDevice d, UsedBy usedBy) {
        return switch (this) {
            case ADDRESS -> d.address() + (d.isVirtualFunction() ? " (VF)" : d.isPhysicalFunction() ? " (PF)" : "");
            case NAME -> d.displayName();
            case CLASS -> d.className() != null ? d.className() : d.classId() == null ? "" : d.classId();
            case DRIVER -> d.driver() == null ? "" : d.driver();
            case IOMMU -> d.iommuGroup() == null ? "" : d.iommuGroup().toString();
            case NETDEV -> netdevs(d.netdevs());
            case USED_BY -> usedBy == null ? "" : UsedBy.labels(usedBy.users(d));
        };
    }

    private String usb(UsbDevice d, UsedBy usedBy) {
        return switch (this) {
            case ADDRESS -> d.name() + (d.busDevice() == null ? "" : " (" + d.busDevice() + ")");
            case NAME -> d.displayName();
            case CLASS -> d.rootHub() ? "Root hub" : usbClass(d.deviceClass());
            case USED_BY -> usedBy == null ? "" : UsedBy.labels(usedBy.users(d));
            default -> "";
        };
    }

    private static String usbClass(String hex) {
        if (hex == null) {
            return "";
        }
        try {
            String name = UsbIds.system().className(Integer.parseInt(hex, 16));
            return name != null ? name : "class " + hex.toLowerCase(Locale.ROOT);
        } catch (NumberFormatException e) {
            return hex;
        }
    }

    private static String netdevs(List<NetDev> netdevs) {
        List<String> parts = new ArrayList<>();
        netdevs.forEach(n -> parts.add(n.name() + (n.mac() == null ? "" : " " + n.mac())));
        return String.join(", ", parts);
    }
}
