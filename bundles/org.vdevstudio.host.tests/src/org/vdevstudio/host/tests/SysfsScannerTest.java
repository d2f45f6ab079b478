package org.vdevstudio.host.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.host.HostScan;
import org.vdevstudio.host.NetDev;
import org.vdevstudio.host.PciDevice;
import org.vdevstudio.host.SysfsScanner;
import org.vdevstudio.host.UsbDevice;
import org.vdevstudio.host.ids.PciIds;
import org.vdevstudio.host.ids.UsbIds;
import org.vdevstudio.host.synthetic.SyntheticSysfs;

/** Scans of synthetic sysfs trees laid out as the kernel lays them out. */
class SysfsScannerTest {

    @TempDir
    Path root;
    SyntheticSysfs tree;

    @BeforeEach
    void setUp() {
        tree = HostTrees.create(root);
    }

    private HostScan scan() {
        return new SysfsScanner(root, HostTrees.pciIds(), HostTrees.usbIds()).scan();
    }

    @Test
    void readsEveryPciFunctionSortedByAddress() {
        HostScan s = scan();
        assertEquals(List.of("0000:00:01.0", "0000:01:00.0", "0000:01:00.1", "0000:01:02.0", "0000:01:02.1", "0000:02:00.0"),
                s.pci().stream().map(PciDevice::address).toList());
        assertEquals(List.of(), s.problems());
    }

    @Test
    void readsIdsClassDriverNumaAndNames() {
        PciDevice pf = scan().pci("0000:01:00.0");
        assertEquals("0x8086", pf.vendorId());
        assertEquals("0x1572", pf.deviceId());
        assertEquals("0x020000", pf.classId());
        assertEquals("0x01", pf.revision());
        assertEquals(0, pf.numaNode());
        assertEquals("i40e", pf.driver());
        assertEquals("Intel Corporation", pf.vendorName());
        assertEquals("Ethernet Controller X710 for 10GbE SFP+", pf.deviceName());
        assertEquals("Ethernet controller", pf.className());
        assertEquals(List.of(new NetDev("enp1s0f0", "3c:fd:fe:aa:bb:00")), pf.netdevs());
    }

    @Test
    void withoutConfigTheSingleAttributesAreRead() {
        PciDevice gpu = scan().pci("0000:02:00.0");
        assertEquals("0x10de", gpu.vendorId());
        assertEquals("0x1eb8", gpu.deviceId());
        assertEquals("0x030200", gpu.classId());
        assertEquals("0xa1", gpu.revision());
        assertNull(gpu.driver());
        assertNull(gpu.numaNode(), "numa_node -1 means none");
        assertEquals("3D controller", gpu.className());
        assertEquals(List.of(), gpu.problems());
    }

    @Test
    void iommuGroupsAndTheirOtherMembers() {
        HostScan s = scan();
        PciDevice pf0 = s.pci("0000:01:00.0");
        assertEquals(2, pf0.iommuGroup());
        assertEquals(List.of("0000:01:00.1"), pf0.iommuGroupMembers());
        assertEquals(List.of(), s.pci("0000:01:02.0").iommuGroupMembers());
        assertEquals(2, s.iommuGroupOf(pf0).size());
        assertEquals(2, s.slotOf(pf0).size());
    }

    @Test
    void groupsComeFromEachFunctionsLink() throws Exception {
        deleteTree(root.resolve("kernel"));
        // the links dangle now, but their targets still name the groups
        PciDevice pf0 = scan().pci("0000:01:00.0");
        assertEquals(2, pf0.iommuGroup());
        assertEquals(List.of("0000:01:00.1"), pf0.iommuGroupMembers());
    }

    @Test
    void bridgesAndMissingConfigFallBackToUevent() throws Exception {
        Files.delete(tree.pciDir("0000:01:00.1").resolve("config"));
        HostScan s = scan();
        assertEquals("0x8086", s.pci("0000:01:00.1").vendorId());
        assertEquals("0x060400", s.pci("0000:00:01.0").classId(), "a bridge's config has no subsystem ids: uevent is read");
        assertEquals("pcieport", s.pci("0000:00:01.0").driver());
        assertEquals(List.of(), s.problems());
    }

    @Test
    void sriovLinksBothWays() {
        HostScan s = scan();
        PciDevice pf = s.pci("0000:01:00.0");
        assertTrue(pf.isPhysicalFunction());
        assertEquals(2, pf.sriovNumVfs());
        assertEquals(List.of("0000:01:02.0", "0000:01:02.1"), pf.virtfns());
        PciDevice vf = s.pci("0000:01:02.1");
        assertTrue(vf.isVirtualFunction());
        assertEquals("0000:01:00.0", vf.physfn());
        assertEquals("Ethernet Virtual Function 700 Series", vf.deviceName());
        assertEquals("iavf", vf.driver());
        assertEquals(4, vf.iommuGroup());
        assertEquals(0, vf.numaNode(), "a VF is on its PF's NUMA node");
        assertEquals(List.of(new NetDev("enp1s0f0v1", "52:54:00:12:34:56")), vf.netdevs());
        assertFalse(s.pci("0000:01:00.1").isVirtualFunction());
    }

    @Test
    void usbDevicesNotInterfacesWithRootHubsMarked() {
        List<UsbDevice> usb = scan().usb();
        assertEquals(List.of("usb1", "1-1", "1-1.4"), usb.stream().map(UsbDevice::name).toList());
        UsbDevice root = usb.get(0);
        assertTrue(root.rootHub());
        assertEquals("", root.portPath());
        assertEquals("Linux Foundation", root.vendorName());
        UsbDevice receiver = usb.get(2);
        assertFalse(receiver.rootHub());
        assertEquals(1, receiver.bus());
        assertEquals(5, receiver.device());
        assertEquals("1.4", receiver.portPath());
        assertEquals("046d", receiver.vendorId());
        assertEquals("c52b", receiver.productId());
        assertEquals("12", receiver.speed());
        assertEquals("Logitech", receiver.manufacturer());
        assertEquals("USB Receiver", receiver.product());
        assertEquals("Unifying Receiver", receiver.productName());
        assertEquals("1.5", receiver.busDevice());
        assertTrue(usb.get(1).isHub());
    }

    @Test
    void withoutIdsFilesOnlyIds() {
        HostScan s = new SysfsScanner(root, PciIds.load(root.resolve("missing")), UsbIds.none()).scan();
        PciDevice pf = s.pci("0000:01:00.0");
        assertNull(pf.vendorName());
        assertEquals("0x8086 0x1572", pf.displayName());
        assertNull(s.usb().get(2).vendorName());
    }

    @Test
    void oddSysfsIsReportedPerDeviceAndNeverAbortsTheScan() throws Exception {
        tree.danglingPci("0000:09:00.0");
        Files.delete(tree.pciDir("0000:02:00.0").resolve("vendor"));
        // a folder where a file should be cannot be read, even by root
        Path revision = tree.pciDir("0000:00:01.0").resolve("revision");
        Files.delete(revision);
        Files.createDirectory(revision);
        tree.removePci("0000:01:00.0"); // the PF vanishes: its VFs' physfn links dangle
        HostScan s = scan();
        assertEquals(List.of("0000:00:01.0", "0000:01:00.1", "0000:01:02.0", "0000:01:02.1", "0000:02:00.0"),
                s.pci().stream().map(PciDevice::address).toList());
        assertTrue(s.problems().stream().anyMatch(p -> "0000:09:00.0".equals(p.device()) && p.message().contains("dangles")),
                s.problems().toString());
        assertTrue(s.problems().stream().anyMatch(p -> "0000:01:00.0".equals(p.device())), s.problems().toString());
        assertTrue(s.pci("0000:02:00.0").problems().contains("no 'vendor'"), s.pci("0000:02:00.0").problems().toString());
        assertNull(s.pci("0000:02:00.0").vendorId());
        assertTrue(s.pci("0000:00:01.0").problems().stream().anyMatch(p -> p.startsWith("cannot read 'revision'")));
        PciDevice vf = s.pci("0000:01:02.0");
        assertEquals("0000:01:00.0", vf.physfn());
        assertTrue(vf.problems().stream().anyMatch(p -> p.startsWith("'physfn'")), vf.problems().toString());
    }

    @Test
    void aMissingBusIsOneProblemNotAFailure(@TempDir Path empty) {
        HostScan s = new SysfsScanner(empty, PciIds.none(), UsbIds.none()).scan();
        assertEquals(List.of(), s.pci());
        assertEquals(List.of(), s.usb());
        assertEquals(2, s.problems().size());
    }

    static void deleteTree(Path dir) throws Exception {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
