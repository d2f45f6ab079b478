package org.vdevstudio.host.tests;

import java.nio.file.Path;

import org.vdevstudio.host.ids.PciIds;
import org.vdevstudio.host.ids.UsbIds;
import org.vdevstudio.host.synthetic.SyntheticSysfs;

/** The small host the tests scan, and the small ids files that name its devices. */
final class HostTrees {

    static final String PCI_IDS = """
            # a cut of hwdata's pci.ids
            8086  Intel Corporation
            \t1572  Ethernet Controller X710 for 10GbE SFP+
            \t154c  Ethernet Virtual Function 700 Series
            \t\t8086 0000  Ethernet Virtual Function 700 Series
            \t1901  6th-10th Gen Core Processor PCIe Controller (x16)
            10de  NVIDIA Corporation
            \t1eb8  TU104GL [Tesla T4]
            C 02  Network controller
            \t00  Ethernet controller
            C 03  Display controller
            \t02  3D controller
            C 06  Bridge
            \t04  PCI bridge
            \t\t00  Normal decode
            """;

    static final String USB_IDS = """
            1d6b  Linux Foundation
            \t0002  2.0 root hub
            046d  Logitech, Inc.
            \tc52b  Unifying Receiver
            C 09  Hub
            \t00  Unused
            AT 0409  English (US)
            HID 01  Something that is not a vendor
            """;

    private HostTrees() {
    }

    static PciIds pciIds() {
        return PciIds.parse(PCI_IDS);
    }

    static UsbIds usbIds() {
        return UsbIds.parse(USB_IDS);
    }

    /**
     * A root port 00:01.0 (group 1); behind it a dual-port X710 whose two PFs 01:00.0 and 01:00.1
     * share IOMMU group 2, PF 0 with two VFs (01:02.0, 01:02.1; groups 3 and 4, the first bound
     * to vfio-pci, the second with a netdev); a GPU 02:00.0 in group 5 with neither uevent nor config; a USB root
     * hub, a hub on port 1 and a receiver on its port 4.
     */
    static SyntheticSysfs create(Path root) {
        SyntheticSysfs t = new SyntheticSysfs(root);
        t.pci("0000:00:01.0").ids(0x8086, 0x1901).classCode(0x060400).driver("pcieport").iommuGroup(1).create();
        t.pci("0000:01:00.0").behind("0000:00:01.0").ids(0x8086, 0x1572).classCode(0x020000).driver("i40e")
                .numaNode(0).iommuGroup(2).create();
        t.pci("0000:01:00.1").behind("0000:00:01.0").ids(0x8086, 0x1572).classCode(0x020000).driver("i40e")
                .numaNode(0).iommuGroup(2).create();
        t.pci("0000:01:02.0").behind("0000:00:01.0").ids(0x8086, 0x154c).classCode(0x020000).driver("vfio-pci")
                .iommuGroup(3).create();
        t.pci("0000:01:02.1").behind("0000:00:01.0").ids(0x8086, 0x154c).classCode(0x020000).driver("iavf")
                .iommuGroup(4).create();
        t.sriov("0000:01:00.0", "0000:01:02.0", "0000:01:02.1");
        t.net("0000:01:00.0", "enp1s0f0", "3c:fd:fe:aa:bb:00");
        t.net("0000:01:02.1", "enp1s0f0v1", "52:54:00:12:34:56");
        t.pci("0000:02:00.0").ids(0x10de, 0x1eb8).classCode(0x030200).revision(0xa1).iommuGroup(5).attributesOnly().create();
        t.usb("usb1").ids(0x1d6b, 0x0002).strings("Linux 6.1.0 xhci-hcd", "xHCI Host Controller").create();
        t.usb("1-1").device(2).ids(0x05e3, 0x0610).deviceClass(0x09).strings("GenesysLogic", "USB2.0 Hub").create();
        t.usb("1-1.4").device(5).ids(0x046d, 0xc52b).speed("12").strings("Logitech", "USB Receiver").create();
        return t;
    }
}
