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
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.vdevstudio.host.ids.PciIds;

/**
 * Reads PCI functions from {@code sys/bus/pci/devices}; a function's IOMMU group is the target of
 * its {@code iommu_group} link (into {@code sys/kernel/iommu_groups}). One function's odd sysfs
 * becomes problems on that function; a function that vanishes mid-scan is left out and reported.
 * A scan is bound by system calls, so a VF, the bulk of a big SR-IOV host, costs two readlinks:
 * its driver and netdevs come from {@link PciIndexes}, its ids and NUMA node from its PF's other
 * VFs and the PF (the kernel gives all VFs of a PF the same ids, class, revision and node).
 */
final class PciScanner {

    private final File sys;
    private final PciIds ids;
    private final boolean parallel;
    private final List<HostScan.Problem> problems = Collections.synchronizedList(new ArrayList<>());
    /** PF address -> the ids one of its VFs read; the kernel copies them from VF 0 into every VF. */
    private final Map<String, PciFacts> vfIdsByPf = new ConcurrentHashMap<>();
    private PciIndexes indexes = PciIndexes.none();

    private final BooleanSupplier cancelled;

    PciScanner(File sys, PciIds ids, boolean parallel, BooleanSupplier cancelled) {
        this.cancelled = cancelled;
        this.sys = sys;
        this.ids = ids;
        this.parallel = parallel;
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
        indexes = PciIndexes.read(sys);
        Stream<String> stream = Arrays.stream(names);
        List<PciFacts> read = (parallel ? stream.parallel() : stream)
                .map(name -> read(devices, name))
                .filter(Objects::nonNull)
                .sorted((a, b) -> a.address.compareTo(b.address))
                .toList();
        return assemble(read);
    }

    /** Group members and a PF's VFs come from inverting each function's own links. */
    private List<PciDevice> assemble(List<PciFacts> read) {
        Map<Integer, List<String>> members = new HashMap<>();
        Map<String, List<String>> vfsOf = new HashMap<>();
        Map<String, PciFacts> byAddress = new HashMap<>(read.size() * 2);
        for (PciFacts f : read) {
            byAddress.put(f.address, f);
            if (f.group != null) {
                members.computeIfAbsent(f.group, g -> new ArrayList<>()).add(f.address);
            }
            if (f.physfn != null) {
                vfsOf.computeIfAbsent(f.physfn, pf -> new ArrayList<>()).add(f.address);
            }
        }
        List<PciDevice> result = new ArrayList<>(read.size());
        for (PciFacts f : read) {
            if (f.physfn != null && !byAddress.containsKey(f.physfn)) {
                f.problems.add("'physfn' points to " + f.physfn + ", which is not in sysfs (the PF is gone)");
            } else if (f.numaFromPf) {
                f.numa = byAddress.get(f.physfn).numa;
            }
            List<String> vfs = vfsOf.getOrDefault(f.address, List.of());
            if (vfs.size() != f.virtfnLinks.size()) {
                vfs = virtfnsFromLinks(f); // a VF is missing from the bus: trust the PF's own links
            }
            result.add(f.toDevice(members.getOrDefault(f.group, List.of()), vfs, ids));
        }
        return result;
    }

    private List<String> virtfnsFromLinks(PciFacts f) {
        TreeMap<Integer, String> vfs = new TreeMap<>();
        File dir = new File(new File(sys, "bus/pci/devices"), f.address);
        for (String e : f.virtfnLinks) {
            Integer n = SysfsFiles.decimal(e.substring(6));
            String vf = n == null ? null : SysfsFiles.linkName(dir, e, f.problems);
            if (vf != null) {
                vfs.put(n, vf);
            }
        }
        return List.copyOf(vfs.values());
    }

    private PciFacts read(File devices, String name) {
        if (cancelled.getAsBoolean()) {
            return null; // the caller throws the partial result away
        }
        File dir = new File(devices, name);
        String physfn = SysfsFiles.optionalLink(dir, "physfn");
        return physfn != null ? readVirtualFunction(dir, name, physfn) : readFunction(dir, name);
    }

    /** Any function but a VF: its folder is listed once, then read entry by entry. */
    private PciFacts readFunction(File dir, String name) {
        String[] entries = SysfsFiles.list(dir);
        if (entries == null) {
            problems.add(new HostScan.Problem(name, dir.exists() ? "cannot list the device's folder"
                    : "vanished during the scan, or its link dangles"));
            return null;
        }
        Set<String> has = new HashSet<>(Arrays.asList(entries));
        PciFacts f = new PciFacts(name.toLowerCase(Locale.ROOT));
        f.readIds(dir);
        f.numa = SysfsFiles.decimal(SysfsFiles.read(dir, "numa_node", false, f.problems));
        if (has.contains("driver")) {
            f.driver = indexes.drivers != null ? indexes.drivers.get(name) : SysfsFiles.linkTarget(dir, "driver", f.problems);
        }
        if (has.contains("iommu_group")) {
            f.group = SysfsFiles.decimal(SysfsFiles.linkTarget(dir, "iommu_group", f.problems));
        }
        if (has.contains("sriov_totalvfs")) {
            f.totalVfs = SysfsFiles.decimal(SysfsFiles.read(dir, "sriov_totalvfs", false, f.problems));
            f.numVfs = SysfsFiles.decimal(SysfsFiles.read(dir, "sriov_numvfs", false, f.problems));
        }
        for (String e : entries) {
            if (e.startsWith("virtfn")) {
                f.virtfnLinks.add(e);
            }
        }
        if (indexes.netdevs != null || has.contains("net")) {
            f.netdevs = netdevs(dir, name, f.problems);
        }
        return f;
    }

    /** A VF, read without listing its folder: a VF has no sriov_* or virtfn entries. */
    private PciFacts readVirtualFunction(File dir, String name, String physfn) {
        PciFacts f = new PciFacts(name.toLowerCase(Locale.ROOT));
        f.physfn = physfn;
        f.numaFromPf = true;
        PciFacts sibling = vfIdsByPf.get(physfn);
        if (sibling != null) {
            f.copyIds(sibling);
        } else {
            f.readIds(dir);
            if (f.idsComplete()) {
                vfIdsByPf.putIfAbsent(physfn, f);
            }
        }
        f.driver = indexes.drivers != null ? indexes.drivers.get(name) : SysfsFiles.optionalLink(dir, "driver");
        f.group = SysfsFiles.decimal(SysfsFiles.optionalLink(dir, "iommu_group"));
        f.netdevs = netdevs(dir, name, f.problems);
        return f;
    }

    private List<NetDev> netdevs(File dir, String name, List<String> problems) {
        if (indexes.netdevs != null) {
            List<String> names = indexes.netdevs.get(name);
            if (names == null) {
                return List.of();
            }
            List<NetDev> result = new ArrayList<>(names.size());
            for (String n : names) {
                result.add(new NetDev(n, SysfsFiles.read(indexes.netdevDir(n), "address", false, problems)));
            }
            return result;
        }
        File net = new File(dir, "net");
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
}
