package org.vdevstudio.host.synthetic;

import java.nio.file.Path;

import org.vdevstudio.host.PciAddresses;

/**
 * The benchmark's host: {@code pfs} SR-IOV NICs, each with {@code vfsPerPf} VFs in their own IOMMU
 * groups, behind one root port each, plus {@code usb} USB devices on hubs of 10 ports.
 */
public final class BenchTree {

    private BenchTree() {
    }

    public static SyntheticSysfs create(Path root, int pfs, int vfsPerPf, int usb) {
        SyntheticSysfs t = new SyntheticSysfs(root);
        int group = 0;
        for (int p = 0; p < pfs; p++) {
            String port = PciAddresses.format(0, 0, 1 + p % 31, p / 31);
            t.pci(port).classCode(0x060400).ids(0x8086, 0x1901).driver("pcieport").iommuGroup(group++).create();
            int bus = 1 + p;
            String pf = PciAddresses.format(0, bus, 0, 0);
            t.pci(pf).behind(port).ids(0x8086, 0x1572).classCode(0x020000).driver("i40e").numaNode(p % 2)
                    .iommuGroup(group++).create();
            t.net(pf, "enp" + bus + "s0f0", String.format("3c:fd:fe:00:%02x:00", p));
            String[] vfs = new String[vfsPerPf];
            for (int v = 0; v < vfsPerPf; v++) {
                // VFs follow the PF at routing id +16 in ARI fashion: slot 2.. and function 0..7
                int rid = 16 + v;
                vfs[v] = PciAddresses.format(0, bus, rid >> 3 & 0x1f, rid & 7);
                t.pci(vfs[v]).behind(port).ids(0x8086, 0x154c).classCode(0x020000).driver(v % 2 == 0 ? "iavf" : "vfio-pci")
                        .iommuGroup(group++).create();
                if (v % 2 == 0) {
                    t.net(vfs[v], "enp" + bus + "s0f0v" + v, String.format("52:54:00:%02x:%02x:%02x", p, v >> 8, v & 0xff));
                }
            }
            t.sriov(pf, vfs);
        }
        int buses = Math.max(1, (usb + 99) / 100);
        for (int b = 1; b <= buses; b++) {
            t.usb("usb" + b).create();
        }
        for (int i = 0; i < usb; i++) {
            int b = 1 + i / 100;
            int n = i % 100;
            String name = n < 10 ? b + "-" + (n + 1) : b + "-" + (n / 10) + "." + (n % 10 + 1);
            t.usb(name).device(2 + n).ids(0x046d, 0xc52b).deviceClass(n < 10 ? 0x09 : 0).strings("Logitech", "Receiver").create();
        }
        return t;
    }
}
