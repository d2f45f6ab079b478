package org.vdevstudio.host;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Facts about many functions that a few listings give at once, instead of a system call per
 * function: the kernel links every bound device into its driver's folder
 * ({@code bus/pci/drivers/NAME/DDDD:BB:SS.F}) and every network interface into
 * {@code class/net/NAME} (pointing into {@code .../DDDD:BB:SS.F/net/NAME}). On a host with
 * thousands of VFs that is a few dozen listings against thousands of readlinks and folder probes.
 * An index that cannot be built completely is null, and the scan asks each function itself.
 */
final class PciIndexes {

    /** Function address -> driver name, or null when {@code bus/pci/drivers} could not be read whole. */
    final Map<String, String> drivers;
    /** Owner's sysfs name -> its interface names (sorted), or null when {@code class/net} could not be read whole. */
    final Map<String, List<String>> netdevs;
    private final File classNet;

    private PciIndexes(Map<String, String> drivers, Map<String, List<String>> netdevs, File classNet) {
        this.drivers = drivers;
        this.netdevs = netdevs;
        this.classNet = classNet;
    }

    static PciIndexes read(File sys) {
        File classNet = new File(sys, "class/net");
        return new PciIndexes(drivers(new File(sys, "bus/pci/drivers")), netdevs(classNet), classNet);
    }

    /** Neither index: every function is asked for its driver link and its net folder. */
    static PciIndexes none() {
        return new PciIndexes(null, null, null);
    }

    /** The folder of interface {@code name} (holding {@code address}) when the net index is in use. */
    File netdevDir(String name) {
        return new File(classNet, name);
    }

    private static Map<String, String> drivers(File dir) {
        String[] names = SysfsFiles.list(dir);
        if (names == null) {
            return null;
        }
        Map<String, String> byDevice = new HashMap<>();
        for (String driver : names) {
            String[] entries = SysfsFiles.list(new File(dir, driver));
            if (entries == null) {
                return null; // a driver unloaded under us: its devices would look unbound
            }
            for (String e : entries) {
                // besides device links a driver folder holds bind, unbind, new_id, module, ...
                if (e.indexOf(':') > 0) {
                    byDevice.put(e, driver);
                }
            }
        }
        return byDevice;
    }

    private static Map<String, List<String>> netdevs(File classNet) {
        String[] names = SysfsFiles.list(classNet);
        if (names == null) {
            return null;
        }
        Map<String, List<String>> byOwner = new HashMap<>();
        for (String name : names) {
            String target = SysfsFiles.optionalLinkPath(classNet, name);
            if (target == null) {
                return null; // not a link (or gone): this is no kernel-made class folder
            }
            // ".../0000:01:00.0/net/enp1s0f0"; virtual interfaces live under devices/virtual/net
            int netAt = target.lastIndexOf("/net/");
            int ownerAt = netAt < 0 ? -1 : target.lastIndexOf('/', netAt - 1);
            if (netAt > 0) {
                byOwner.computeIfAbsent(target.substring(ownerAt + 1, netAt), o -> new ArrayList<>()).add(name);
            }
        }
        byOwner.values().forEach(l -> l.sort(null));
        return byOwner;
    }
}
