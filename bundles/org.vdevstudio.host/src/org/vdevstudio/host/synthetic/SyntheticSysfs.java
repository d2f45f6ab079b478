package org.vdevstudio.host.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.vdevstudio.host.PciAddresses;

/**
 * Writes a sysfs tree laid out as the kernel lays it out: device folders under
 * {@code devices/pci0000:00/...}, and {@code bus/pci/devices}, {@code bus/usb/devices},
 * {@code kernel/iommu_groups/N/devices}, {@code bus/pci/drivers/NAME/ADDRESS}, {@code class/net/NAME},
 * {@code driver}, {@code physfn} and {@code virtfnN} as relative symbolic links into them. For tests, demos and the benchmark; the root plays {@code /sys}.
 */
public final class SyntheticSysfs {

    private final Path root;
    private final Map<String, Path> pciDirs = new HashMap<>();
    private final Map<String, Path> usbDirs = new HashMap<>();

    public SyntheticSysfs(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** A PCI function to describe and then {@link PciFunction#create() create}. */
    public PciFunction pci(String address) {
        return new PciFunction(this, PciAddresses.normalize(address));
    }

    /** A USB device ("usb1" is the root hub of bus 1, "1-2.4" port 4 of the hub on port 2). */
    public UsbNode usb(String name) {
        return new UsbNode(this, name);
    }

    /** Makes {@code pf} the PF of {@code vfs}: sriov_* files, virtfnN and physfn links. */
    public SyntheticSysfs sriov(String pf, String... vfs) {
        Path pfDir = pciDir(pf);
        write(pfDir.resolve("sriov_totalvfs"), Integer.toString(Math.max(vfs.length, 1)));
        write(pfDir.resolve("sriov_numvfs"), Integer.toString(vfs.length));
        for (int i = 0; i < vfs.length; i++) {
            Path vfDir = pciDir(vfs[i]);
            link(pfDir.resolve("virtfn" + i), vfDir);
            link(vfDir.resolve("physfn"), pfDir);
        }
        return this;
    }

    /** A network interface of a function: {@code net/NAME/address}, linked from {@code class/net/NAME}. */
    public SyntheticSysfs net(String address, String name, String mac) {
        Path dir = pciDir(address).resolve("net").resolve(name);
        write(dir.resolve("address"), mac);
        link(root.resolve("class/net").resolve(name), dir);
        return this;
    }

    /** A network interface of no device ({@code lo}, a bridge): under {@code devices/virtual/net}. */
    public SyntheticSysfs virtualNet(String name, String mac) {
        Path dir = root.resolve("devices/virtual/net").resolve(name);
        write(dir.resolve("address"), mac);
        link(root.resolve("class/net").resolve(name), dir);
        return this;
    }

    /** The folder of a created function (to break it in tests). */
    public Path pciDir(String address) {
        Path dir = pciDirs.get(PciAddresses.normalize(address));
        if (dir == null) {
            throw new IllegalArgumentException("no PCI function " + address + " created yet");
        }
        return dir;
    }

    public Path usbDir(String name) {
        Path dir = usbDirs.get(name);
        if (dir == null) {
            throw new IllegalArgumentException("no USB device " + name + " created yet");
        }
        return dir;
    }

    /** A {@code bus/pci/devices} entry whose target does not exist. */
    public SyntheticSysfs danglingPci(String address) {
        link(root.resolve("bus/pci/devices").resolve(address), root.resolve("devices/pci0000:00").resolve(address));
        return this;
    }

    /** Deletes a whole function folder, as when a device is unplugged or its VFs are disabled mid-scan. */
    public SyntheticSysfs removePci(String address) {
        delete(pciDir(address));
        return this;
    }

    void createPci(PciFunction f) {
        String parent = f.parent;
        int[] p = PciAddresses.parse(f.address);
        Path base = parent != null ? pciDir(parent)
                : root.resolve("devices").resolve(String.format(Locale.ROOT, "pci%04x:%02x", p[0], p[1]));
        Path dir = base.resolve(f.address);
        pciDirs.put(f.address, dir);
        write(dir.resolve("vendor"), hex(f.vendor, 4));
        write(dir.resolve("device"), hex(f.device, 4));
        write(dir.resolve("subsystem_vendor"), hex(f.subVendor, 4));
        write(dir.resolve("subsystem_device"), hex(f.subDevice, 4));
        write(dir.resolve("class"), hex(f.classCode, 6));
        write(dir.resolve("revision"), hex(f.revision, 2));
        write(dir.resolve("numa_node"), Integer.toString(f.numaNode));
        StringBuilder uevent = new StringBuilder();
        if (f.driver != null) {
            Path drv = root.resolve("bus/pci/drivers").resolve(f.driver);
            mkdirs(drv);
            link(dir.resolve("driver"), drv);
            link(drv.resolve(f.address), dir);
            uevent.append("DRIVER=").append(f.driver).append('\n');
        }
        uevent.append(String.format(Locale.ROOT, "PCI_CLASS=%X%nPCI_ID=%04X:%04X%nPCI_SUBSYS_ID=%04X:%04X%nPCI_SLOT_NAME=%s%n",
                f.classCode, f.vendor, f.device, f.subVendor, f.subDevice, f.address));
        if (f.uevent) {
            write(dir.resolve("uevent"), uevent.toString());
            write(dir.resolve("config"), PciConfig.header(f.vendor, f.device, f.classCode, f.revision, f.subVendor, f.subDevice));
        }
        if (f.iommuGroup != null) {
            Path group = root.resolve("kernel/iommu_groups").resolve(f.iommuGroup.toString());
            link(group.resolve("devices").resolve(f.address), dir);
            link(dir.resolve("iommu_group"), group);
        }
        link(root.resolve("bus/pci/devices").resolve(f.address), dir);
    }

    void createUsb(UsbNode u) {
        Path dir;
        if (u.name.startsWith("usb")) {
            dir = root.resolve("devices/pci0000:00/0000:00:14.0").resolve(u.name);
        } else {
            int dot = u.name.lastIndexOf('.');
            String parent = dot > u.name.indexOf('-') ? u.name.substring(0, dot) : "usb" + u.name.substring(0, u.name.indexOf('-'));
            dir = usbDirs.containsKey(parent) ? usbDirs.get(parent).resolve(u.name)
                    : root.resolve("devices/pci0000:00/0000:00:14.0").resolve(u.name);
        }
        usbDirs.put(u.name, dir);
        write(dir.resolve("busnum"), Integer.toString(u.bus));
        write(dir.resolve("devnum"), Integer.toString(u.device));
        write(dir.resolve("idVendor"), hex(u.vendor, 4).substring(2));
        write(dir.resolve("idProduct"), hex(u.product, 4).substring(2));
        write(dir.resolve("bDeviceClass"), hex(u.deviceClass, 2).substring(2));
        write(dir.resolve("speed"), u.speed);
        if (u.manufacturer != null) {
            write(dir.resolve("manufacturer"), u.manufacturer);
        }
        if (u.productString != null) {
            write(dir.resolve("product"), u.productString);
        }
        write(dir.resolve("uevent"), String.format(Locale.ROOT, "DEVTYPE=usb_device%nPRODUCT=%x/%x/100%nTYPE=%d/0/0%nBUSNUM=%03d%nDEVNUM=%03d%n",
                u.vendor, u.product, u.deviceClass, u.bus, u.device));
        link(root.resolve("bus/usb/devices").resolve(u.name), dir);
        // Every configured device has at least one interface node, which is not a device.
        String iface = (u.name.startsWith("usb") ? u.name.substring(3) + "-0" : u.name) + ":1.0";
        write(dir.resolve(iface).resolve("bInterfaceClass"), hex(u.deviceClass, 2).substring(2));
        link(root.resolve("bus/usb/devices").resolve(iface), dir.resolve(iface));
    }

    static String hex(int value, int digits) {
        return String.format(Locale.ROOT, "0x%0" + digits + "x", value);
    }

    static void write(Path file, String text) {
        write(file, text.concat("\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void mkdirs(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A relative link, as sysfs makes them. */
    static void link(Path link, Path target) {
        try {
            Files.createDirectories(link.getParent());
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, link.getParent().relativize(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
