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
import java.util.concurrent.ConcurrentHashMap;

import org.vdevstudio.host.ids.PciIds;

/**
 * Reads PCI functions from {@code sys/bus/pci/devices} and IOMMU groups from
 * {@code sys/kernel/iommu_groups}. One function's odd sysfs becomes problems on that function;
 * a function that vanishes mid-scan is left out and reported.
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
        Map<String, Integer> groups = iommuGroups();
        List<Raw> raws = Arrays.stream(names).parallel()
                .map(name -> read(devices, name, groups))
                .filter(Objects::nonNull)
                .sorted((a, b) -> a.address.compareTo(b.address))
                .toList();
        Map<Integer, List<String>> members = new HashMap<>();
        for (Raw r : raws) {
            if (r.group != null) {
                members.computeIfAbsent(r.group, g -> new ArrayList<>()).add(r.address);
            }
        }
        List<PciDevice> result = new ArrayList<>(raws.size());
        for (Raw r : raws) {
            result.add(r.toDevice(members.getOrDefault(r.group, List.of()), ids));
        }
        return result;
    }

    /** address -> group, from each group's {@code devices} folder (one listing per group). */
    private Map<String, Integer> iommuGroups() {
        File root = new File(sys, "kernel/iommu_groups");
        String[] groups = SysfsFiles.list(root);
        Map<String, Integer> result = new ConcurrentHashMap<>();
        if (groups == null) {
            return result; // no IOMMU (or it is off): no groups, which is not an error
        }
        Arrays.stream(groups).parallel().forEach(g -> {
            Integer number = SysfsFiles.decimal(g);
            String[] devs = SysfsFiles.list(new File(new File(root, g), "devices"));
            if (number != null && devs != null) {
                for (String d : devs) {
                    result.put(d, number);
                }
            }
        });
        return result;
    }

    private Raw read(File devices, String name, Map<String, Integer> groups) {
        File dir = new File(devices, name);
        String[] entries = SysfsFiles.list(dir);
        if (entries == null) {
            problems.add(new HostScan.Problem(name, dir.exists() ? "cannot list the device's folder"
                    : "vanished during the scan, or its link dangles"));
            return null;
        }
        Set<String> has = new HashSet<>(Arrays.asList(entries));
        Raw r = new Raw(name.toLowerCase(Locale.ROOT));
        Map<String, String> uevent = has.contains("uevent") ? uevent(SysfsFiles.read(dir, "uevent", false, r.problems)) : Map.of();
        // uevent carries ids, class and driver in one read; the single attributes are the fallback.
        String[] id = split(uevent.get("PCI_ID"));
        String[] subsys = split(uevent.get("PCI_SUBSYS_ID"));
        r.vendor = id != null ? hexId(id[0], 4) : SysfsFiles.read(dir, "vendor", true, r.problems);
        r.device = id != null ? hexId(id[1], 4) : SysfsFiles.read(dir, "device", true, r.problems);
        r.subVendor = subsys != null ? hexId(subsys[0], 4) : SysfsFiles.read(dir, "subsystem_vendor", false, r.problems);
        r.subDevice = subsys != null ? hexId(subsys[1], 4) : SysfsFiles.read(dir, "subsystem_device", false, r.problems);
        r.classId = uevent.containsKey("PCI_CLASS") ? hexId(uevent.get("PCI_CLASS"), 6) : SysfsFiles.read(dir, "class", true, r.problems);
        r.revision = SysfsFiles.read(dir, "revision", true, r.problems);
        r.numa = SysfsFiles.decimal(SysfsFiles.read(dir, "numa_node", false, r.problems));
        if (uevent.containsKey("DRIVER")) {
            r.driver = uevent.get("DRIVER");
        } else if (has.contains("driver")) {
            r.driver = SysfsFiles.linkName(dir, "driver", r.problems);
        }
        r.group = groups.get(name);
        if (r.group == null && has.contains("iommu_group")) {
            r.group = SysfsFiles.decimal(SysfsFiles.linkName(dir, "iommu_group", r.problems));
        }
        if (has.contains("sriov_totalvfs")) {
            r.totalVfs = SysfsFiles.decimal(SysfsFiles.read(dir, "sriov_totalvfs", false, r.problems));
            r.numVfs = SysfsFiles.decimal(SysfsFiles.read(dir, "sriov_numvfs", false, r.problems));
        }
        if (has.contains("physfn")) {
            r.physfn = SysfsFiles.linkName(dir, "physfn", r.problems);
        }
        TreeMap<Integer, String> vfs = new TreeMap<>();
        for (String e : entries) {
            if (e.startsWith("virtfn")) {
                Integer n = SysfsFiles.decimal(e.substring(6));
                String vf = n == null ? null : SysfsFiles.linkName(dir, e, r.problems);
                if (vf != null) {
                    vfs.put(n, vf);
                }
            }
        }
        r.virtfns = List.copyOf(vfs.values());
        if (has.contains("net")) {
            r.netdevs = netdevs(new File(dir, "net"), r.problems);
        }
        return r;
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
        List<String> virtfns = List.of();
        List<NetDev> netdevs = List.of();

        Raw(String address) {
            this.address = address;
        }

        PciDevice toDevice(List<String> groupMembers, PciIds ids) {
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
