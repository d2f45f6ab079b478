package org.vdevstudio.host;

import java.util.List;

/**
 * One PCI function as sysfs shows it. Ids are the text sysfs writes ("0x8086", "0x020000");
 * anything the kernel did not provide is null (and named in {@link #problems()}).
 *
 * @param address            "DDDD:BB:SS.F", lower case, as in {@code /sys/bus/pci/devices}
 * @param iommuGroupMembers  the other functions in the same IOMMU group
 * @param physfn             the PF of a virtual function, or null
 * @param virtfns            the VFs of a physical function, in {@code virtfnN} order
 */
public record PciDevice(String address, String vendorId, String deviceId, String subsystemVendorId,
        String subsystemDeviceId, String classId, String revision, Integer numaNode, String driver,
        Integer iommuGroup, List<String> iommuGroupMembers, Integer sriovTotalVfs, Integer sriovNumVfs,
        String physfn, List<String> virtfns, List<NetDev> netdevs, String vendorName, String deviceName,
        String className, List<String> problems) {

    /** "DDDD:BB:SS": the functions of one slot share it. */
    public String slot() {
        int dot = address.lastIndexOf('.');
        return dot < 0 ? address : address.substring(0, dot);
    }

    public boolean isVirtualFunction() {
        return physfn != null;
    }

    public boolean isPhysicalFunction() {
        return sriovTotalVfs != null && sriovTotalVfs > 0;
    }

    /** The 24-bit class code (class, subclass, prog-if), or -1 when sysfs did not give one. */
    public int classCode() {
        return SysfsFiles.hex(classId, -1);
    }

    /** The class and subclass only, e.g. 0x0604 for a PCI bridge. */
    public int baseAndSubclass() {
        int c = classCode();
        return c < 0 ? -1 : c >> 8;
    }

    /** "vendor device" for people: the hwdata names when known, else the ids. */
    public String displayName() {
        String v = vendorName != null ? vendorName : vendorId;
        String d = deviceName != null ? deviceName : deviceId;
        return (v == null ? "?" : v) + " " + (d == null ? "?" : d);
    }
}
