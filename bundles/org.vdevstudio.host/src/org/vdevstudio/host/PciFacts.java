package org.vdevstudio.host;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.vdevstudio.host.ids.PciIds;

/** What one function's folder said, before group members and VFs are known. */
final class PciFacts {

    final String address;
    final List<String> problems = new ArrayList<>();
    String vendor, device, subVendor, subDevice, classId, revision, driver, physfn;
    Integer numa, group, totalVfs, numVfs;
    boolean numaFromPf;
    final List<String> virtfnLinks = new ArrayList<>();
    List<NetDev> netdevs = List.of();

    PciFacts(String address) {
        this.address = address;
    }

    /**
     * Ids, class and revision as the kernel holds them: {@code uevent} (ids and class in one read)
     * plus {@code revision}, or the single attribute files where there is no uevent. Not the
     * config space: a VF's own Vendor and Device ID registers read as ffff.
     */
    void readIds(File dir) {
        Map<String, String> uevent = uevent(SysfsFiles.read(dir, "uevent", false, problems));
        String[] id = split(uevent.get("PCI_ID"));
        String[] subsys = split(uevent.get("PCI_SUBSYS_ID"));
        vendor = id != null ? hexId(id[0], 4) : SysfsFiles.read(dir, "vendor", true, problems);
        device = id != null ? hexId(id[1], 4) : SysfsFiles.read(dir, "device", true, problems);
        subVendor = subsys != null ? hexId(subsys[0], 4) : SysfsFiles.read(dir, "subsystem_vendor", false, problems);
        subDevice = subsys != null ? hexId(subsys[1], 4) : SysfsFiles.read(dir, "subsystem_device", false, problems);
        classId = uevent.containsKey("PCI_CLASS") ? hexId(uevent.get("PCI_CLASS"), 6) : SysfsFiles.read(dir, "class", true, problems);
        revision = SysfsFiles.read(dir, "revision", true, problems);
    }

    /** Whether every id was read without a problem, so that the VFs of the same PF may share them. */
    boolean idsComplete() {
        return problems.isEmpty() && vendor != null && device != null && classId != null && revision != null;
    }

    /** Takes over the ids of another VF of the same PF. */
    void copyIds(PciFacts vf) {
        vendor = vf.vendor;
        device = vf.device;
        subVendor = vf.subVendor;
        subDevice = vf.subDevice;
        classId = vf.classId;
        revision = vf.revision;
    }

    PciDevice toDevice(List<String> groupMembers, List<String> virtfns, PciIds ids) {
        List<String> others = new ArrayList<>(Math.max(0, groupMembers.size() - 1));
        for (String a : groupMembers) {
            if (!a.equals(address)) {
                others.add(a);
            }
        }
        int v = SysfsFiles.hex(vendor, -1);
        int d = SysfsFiles.hex(device, -1);
        int c = SysfsFiles.hex(classId, -1);
        return new PciDevice(address, vendor, device, subVendor, subDevice, classId, revision, numa, driver,
                group, List.copyOf(others), totalVfs, numVfs, physfn, virtfns, netdevs, v < 0 ? null : ids.vendorName(v),
                v < 0 || d < 0 ? null : ids.deviceName(v, d), c < 0 ? null : ids.className(c),
                List.copyOf(problems));
    }

    /** KEY=VALUE lines. */
    static Map<String, String> uevent(String text) {
        if (text == null) {
            return Map.of();
        }
        Map<String, String> m = new HashMap<>();
        int pos = 0;
        while (pos < text.length()) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = text.length();
            }
            int eq = text.indexOf('=', pos);
            if (eq > pos && eq < end) {
                m.put(text.substring(pos, eq), text.substring(eq + 1, end).trim());
            }
            pos = end + 1;
        }
        return m;
    }

    private static String[] split(String pair) {
        if (pair == null) {
            return null;
        }
        int colon = pair.indexOf(':');
        return colon > 0 && colon < pair.length() - 1 && pair.indexOf(':', colon + 1) < 0
                ? new String[] { pair.substring(0, colon), pair.substring(colon + 1) } : null;
    }

    /** "8086" or "20000" as sysfs' own attributes write them: "0x8086", "0x020000". */
    private static String hexId(String hex, int digits) {
        int v = SysfsFiles.hex(hex, -1);
        return v < 0 ? null : SysfsFiles.hex0x(v, digits);
    }
}
