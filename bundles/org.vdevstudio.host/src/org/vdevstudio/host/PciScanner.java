package org.vdevstudio.host;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.vdevstudio.host.ids.PciIds;

/**
 * Reads PCI functions from {@code sys/bus/pci/devices}; a function's IOMMU group is the target of
 * its {@code iommu_group} link (into {@code sys/kernel/iommu_groups}). One function's odd sysfs
 * becomes problems on that function; a function that vanishes mid-scan is left out and reported.
 * Every file read costs system calls, so each function is listed once and read as little as possible.
 */
final class PciScanner {

    private final File sys;
    private final PciIds ids;
    private final List<HostScan.Problem> problems = Collections.synchronizedList(new ArrayList<>());

    PciScanner(File sys, PciIds ids) {
        this.sys = sys;
        this.ids = ids;
    }

    List<HostScan.Problem> problems() {
        return problems;
    }

    List<PciDevice> scan() {
        File devices = new File(sys, "bus/pci/devices");
        String[] names = SysfsFiles.list(devices);
        if (names == null) {
            problems.add(new HostScan.Problem(null, "no PCI devices: " + devices + " cannot be read"));
            return List.of();
        }
        List<Raw> raws = Arrays.stream(names).parallel()
                .map(name -> read(devices, name))
                .filter(Objects::nonNull)
                .sorted((a, b) -> a.address.compareTo(b.address))
                .toList();
        // Group members and a PF's VFs come from inverting each function's own links: one readlink
        // per function instead of a listing per group and a readlink per virtfnN.
        Map<Integer, List<String>> members = new HashMap<>();
        Map<String, List<String>> vfsOf = new HashMap<>();
        Map<String, Raw> byAddress = new HashMap<>();
        for (Raw r : raws) {
            byAddress.put(r.address, r);
            if (r.group != null) {
                members.computeIfAbsent(r.group, g -> new ArrayList<>()).add(r.address);
            }
            if (r.physfn != null) {
                vfsOf.computeIfAbsent(r.physfn, pf -> new ArrayList<>()).add(r.address);
            }
        }
        List<PciDevice> result = new ArrayList<>(raws.size());
        for (Raw r : raws) {
            if (r.physfn != null && !byAddress.containsKey(r.physfn)) {
                r.problems.add("'physfn' points to " + r.physfn + ", which is not in sysfs (the PF is gone)");
            } else if (r.numaFromPf) {
                r.numa = byAddress.get(r.physfn).numa;
            }
            List<String> vfs = vfsOf.getOrDefault(r.address, List.of());
            if (vfs.size() != r.virtfnLinks.size()) {
                vfs = virtfnsFromLinks(r); // a VF is missing from the bus: trust the PF's own links
            }
            result.add(r.toDevice(members.getOrDefault(r.group, List.of()), vfs, ids));
        }
        return result;
    }

    private List<String> virtfnsFromLinks(Raw r) {
        TreeMap<Integer, String> vfs = new TreeMap<>();
        File dir = new File(new File(sys, "bus/pci/devices"), r.address);
        for (String e : r.virtfnLinks) {
            Integer n = SysfsFiles.decimal(e.substring(6));
            String vf = n == null ? null : SysfsFiles.linkName(dir, e, r.problems);
            if (vf != null) {
                vfs.put(n, vf);
            }
        }
        return List.copyOf(vfs.values());
    }

    private Raw read(File devices, String name) {
        File dir = new File(devices, name);
        String physfn = SysfsFiles.optionalLink(dir, "physfn");
        if (physfn != null) {
            return readVirtualFunction(dir, name, physfn);
        }
        String[] entries = SysfsFiles.list(dir);
        if (entries == null) {
            problems.add(new HostScan.Problem(name, dir.exists() ? "cannot list the device's folder"
                    : "vanished during the scan, or its link dangles"));
            return null;
        }
        Set<String> has = new HashSet<>(Arrays.asList(entries));
        Raw r = new Raw(name.toLowerCase(Locale.ROOT));
        byte[] config = has.contains("config") ? SysfsFiles.readBytes(dir, "config", 64, r.problems) : null;
        if (config != null && config.length >= 0x30 && (config[0x0e] & 0x7f) == 0) {
            fromConfig(config, r);
        } else {
            attributes(dir, has, r);
        }
        r.numa = SysfsFiles.decimal(SysfsFiles.read(dir, "numa_node", false, r.problems));
        if (has.contains("driver")) {
            r.driver = SysfsFiles.linkTarget(dir, "driver", r.problems);
        }
        if (has.contains("iommu_group")) {
            r.group = SysfsFiles.decimal(SysfsFiles.linkTarget(dir, "iommu_group", r.problems));
        }
        if (has.contains("sriov_totalvfs")) {
            r.totalVfs = SysfsFiles.decimal(SysfsFiles.read(dir, "sriov_totalvfs", false, r.problems));
            r.numVfs = SysfsFiles.decimal(SysfsFiles.read(dir, "sriov_numvfs", false, r.problems));
        }
        if (has.contains("physfn")) {
            r.physfn = SysfsFiles.linkTarget(dir, "physfn", r.problems);
        }
        for (String e : entries) {
            if (e.startsWith("virtfn")) {
                r.virtfnLinks.add(e);
            }
        }
        if (has.contains("net")) {
            r.netdevs = netdevs(new File(dir, "net"), r.problems);
        }
        return r;
    }

    /**
     * A VF, the bulk of a big SR-IOV host, read without listing its folder: a VF has no sriov_*
     * or virtfn entries, and its NUMA node is its PF's (the kernel copies it when it makes the VF).
     */
    private Raw readVirtualFunction(File dir, String name, String physfn) {
        Raw r = new Raw(name.toLowerCase(Locale.ROOT));
        r.physfn = physfn;
        r.numaFromPf = true;
        byte[] config = SysfsFiles.readBytes(dir, "config", 64, new ArrayList<>());
        if (config != null && config.length >= 0x30 && (config[0x0e] & 0x7f) == 0) {
            fromConfig(config, r);
        } else {
            String[] entries = SysfsFiles.list(dir);
            attributes(dir, entries == null ? Set.of() : new HashSet<>(Arrays.asList(entries)), r);
        }
        r.driver = SysfsFiles.optionalLink(dir, "driver");
        r.group = SysfsFiles.decimal(SysfsFiles.optionalLink(dir, "iommu_group"));
        File net = new File(dir, "net");
        if (net.isDirectory()) {
            r.netdevs = netdevs(net, r.problems);
        }
        return r;
    }

    private static void fromConfig(byte[] config, Raw r) {
        // The first 64 bytes of config space (all an unprivileged reader gets) hold the ids,
        // class and revision: one read instead of six attribute files.
        r.vendor = hex(le16(config, 0), 4);
        r.device = hex(le16(config, 2), 4);
        r.revision = hex(config[8] & 0xff, 2);
        r.classId = hex((config[0x0b] & 0xff) << 16 | (config[0x0a] & 0xff) << 8 | config[0x09] & 0xff, 6);
        r.subVendor = hex(le16(config, 0x2c), 4);
        r.subDevice = hex(le16(config, 0x2e), 4);
    }

    /** Without a usable config (bridges, or none at all): uevent, then the single attribute files. */
    private static void attributes(File dir, Set<String> has, Raw r) {
        Map<String, String> uevent = has.contains("uevent") ? uevent(SysfsFiles.read(dir, "uevent", false, r.problems)) : Map.of();
        String[] id = split(uevent.get("PCI_ID"));
        String[] subsys = split(uevent.get("PCI_SUBSYS_ID"));
        r.vendor = id != null ? hexId(id[0], 4) : SysfsFiles.read(dir, "vendor", true, r.problems);
        r.device = id != null ? hexId(id[1], 4) : SysfsFiles.read(dir, "device", true, r.problems);
        r.subVendor = subsys != null ? hexId(subsys[0], 4) : SysfsFiles.read(dir, "subsystem_vendor", false, r.problems);
        r.subDevice = subsys != null ? hexId(subsys[1], 4) : SysfsFiles.read(dir, "subsystem_device", false, r.problems);
        r.classId = uevent.containsKey("PCI_CLASS") ? hexId(uevent.get("PCI_CLASS"), 6) : SysfsFiles.read(dir, "class", true, r.problems);
        r.revision = SysfsFiles.read(dir, "revision", true, r.problems);
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
    }

    private static String hex(int value, int digits) {
        return String.format(Locale.ROOT, "0x%0" + digits + "x", value);
    }

    private static List<NetDev> netdevs(File net, List<String> problems) {
        String[] names = SysfsFiles.list(net);
        if (names == null) {
            return List.of();
        }
        Arrays.sort(names);
        List<NetDev> result = new ArrayList<>(names.length);
        for (String n : names) {
            result.add(new NetDev(n, SysfsFiles.read(new File(net, n), "address", false, problems)));
        }
        return result;
    }

    /** KEY=VALUE lines. */
    static Map<String, String> uevent(String text) {
        if (text == null) {
            return Map.of();
        }
        Map<String, String> m = new HashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                m.put(line.substring(0, eq), line.substring(eq + 1).trim());
            }
        }
        return m;
    }

    private static String[] split(String pair) {
        if (pair == null) {
            return null;
        }
        String[] p = pair.split(":");
        return p.length == 2 ? p : null;
    }

    /** "8086" or "20000" as sysfs' own attributes write them: "0x8086", "0x020000". */
    private static String hexId(String hex, int digits) {
        int v = SysfsFiles.hex(hex, -1);
        return v < 0 ? null : String.format(Locale.ROOT, "0x%0" + digits + "x", v);
    }

    /** What one function's folder said, before group members are known. */
    private static final class Raw {
        final String address;
        final List<String> problems = new ArrayList<>();
        String vendor, device, subVendor, subDevice, classId, revision, driver, physfn;
        Integer numa, group, totalVfs, numVfs;
        boolean numaFromPf;
        final List<String> virtfnLinks = new ArrayList<>();
        List<NetDev> netdevs = List.of();

        Raw(String address) {
            this.address = address;
        }

        PciDevice toDevice(List<String> groupMembers, List<String> virtfns, PciIds ids) {
            List<String> others = groupMembers.stream().filter(a -> !a.equals(address)).toList();
            int v = SysfsFiles.hex(vendor, -1);
            int d = SysfsFiles.hex(device, -1);
            int c = SysfsFiles.hex(classId, -1);
            return new PciDevice(address, vendor, device, subVendor, subDevice, classId, revision, numa, driver,
                    group, others, totalVfs, numVfs, physfn, virtfns, netdevs, v < 0 ? null : ids.vendorName(v),
                    v < 0 || d < 0 ? null : ids.deviceName(v, d), c < 0 ? null : ids.className(c),
                    List.copyOf(problems));
        }
    }
}
