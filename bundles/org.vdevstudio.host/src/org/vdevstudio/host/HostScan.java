package org.vdevstudio.host;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one scan of sysfs found: PCI functions sorted by address, USB devices by bus and port,
 * and the problems met on the way (per device, or for the whole tree, e.g. no USB bus at all).
 */
public final class HostScan {

    /** A problem met while scanning: {@code device} is the sysfs name, or null for the tree. */
    public record Problem(String device, String message) {
        @Override
        public String toString() {
            return device == null ? message : device + ": " + message;
        }
    }

    private final List<PciDevice> pci;
    private final List<UsbDevice> usb;
    private final List<Problem> problems;
    private final Map<String, PciDevice> byAddress = new HashMap<>();

    public HostScan(List<PciDevice> pci, List<UsbDevice> usb, List<Problem> problems) {
        this.pci = List.copyOf(pci);
        this.usb = List.copyOf(usb);
        this.problems = List.copyOf(problems);
        for (PciDevice d : pci) {
            byAddress.put(d.address(), d);
        }
    }

    public List<PciDevice> pci() {
        return pci;
    }

    public List<UsbDevice> usb() {
        return usb;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The function at "DDDD:BB:SS.F" (any case), or null. */
    public PciDevice pci(String address) {
        return address == null ? null : byAddress.get(PciAddresses.normalize(address));
    }

    /** Every function in {@code device}'s IOMMU group, itself included, in address order. */
    public List<PciDevice> iommuGroupOf(PciDevice device) {
        if (device.iommuGroup() == null) {
            return List.of(device);
        }
        return pci.stream().filter(d -> device.iommuGroup().equals(d.iommuGroup())).toList();
    }

    /** Every function in {@code device}'s slot, function 0 first. */
    public List<PciDevice> slotOf(PciDevice device) {
        return pci.stream().filter(d -> d.slot().equals(device.slot())).toList();
    }
}
