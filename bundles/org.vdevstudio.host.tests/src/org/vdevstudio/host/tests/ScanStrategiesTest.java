package org.vdevstudio.host.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.host.HostScan;
import org.vdevstudio.host.NetDev;
import org.vdevstudio.host.PciDevice;
import org.vdevstudio.host.SysfsScanner;
import org.vdevstudio.host.UsbDevice;
import org.vdevstudio.host.synthetic.BenchTree;
import org.vdevstudio.host.synthetic.SyntheticSysfs;

/**
 * The shortcuts of a fast scan (PCI and USB read concurrently, drivers and netdevs from their
 * listings, a VF's ids from its siblings) give what reading every function alone gives.
 */
class ScanStrategiesTest {

    @TempDir
    Path root;

    private SysfsScanner scanner() {
        return new SysfsScanner(root, HostTrees.pciIds(), HostTrees.usbIds());
    }

    private static void assertSameScan(HostScan expected, HostScan actual) {
        assertEquals(expected.pci(), actual.pci());
        assertEquals(expected.usb(), actual.usb());
        assertEquals(expected.problems(), actual.problems());
    }

    @Test
    void concurrentScanOfABigHostEqualsTheSequentialOne() {
        BenchTree.create(root, 6, 24, 130);
        HostScan sequential = scanner().sequential().scan();
        assertEquals(6 + 6 + 6 * 24, sequential.pci().size());
        assertEquals(130 + 2, sequential.usb().size());
        for (int i = 0; i < 5; i++) {
            assertSameScan(sequential, scanner().scan());
        }
    }

    @Test
    void concurrentScanOfOddSysfsEqualsTheSequentialOneProblemsIncluded() throws Exception {
        SyntheticSysfs tree = HostTrees.create(root);
        tree.danglingPci("0000:09:00.0");
        Files.delete(tree.pciDir("0000:02:00.0").resolve("vendor"));
        tree.removePci("0000:01:00.0");
        Files.delete(tree.usbDir("1-1").resolve("uevent"));
        Files.delete(tree.usbDir("1-1").resolve("idVendor"));
        HostScan sequential = scanner().sequential().scan();
        assertTrue(sequential.problems().size() >= 4, sequential.problems().toString());
        for (int i = 0; i < 5; i++) {
            assertSameScan(sequential, scanner().scan());
        }
    }

    @Test
    void withoutTheDriverAndNetListingsEachFunctionIsAsked() throws Exception {
        HostTrees.create(root);
        HostScan withListings = scanner().scan();
        SysfsScannerTest.deleteTree(root.resolve("bus/pci/drivers"));
        SysfsScannerTest.deleteTree(root.resolve("class/net"));
        HostScan alone = scanner().scan();
        assertSameScan(withListings, alone);
        assertEquals("iavf", alone.pci("0000:01:02.1").driver());
        assertEquals(List.of(new NetDev("enp1s0f0v1", "52:54:00:12:34:56")), alone.pci("0000:01:02.1").netdevs());
    }

    @Test
    void interfacesOfNoPciFunctionAreNotNetdevsOfOne() {
        HostTrees.create(root).virtualNet("lo", "00:00:00:00:00:00").virtualNet("virbr0", "52:54:00:00:00:01");
        HostScan s = scanner().scan();
        assertEquals(List.of(), s.problems());
        assertEquals(2, s.pci().stream().mapToInt(d -> d.netdevs().size()).sum());
    }

    @Test
    void aVfsIdsAreTheKernelsNotItsConfigSpaceWhichReadsFfff() throws Exception {
        SyntheticSysfs tree = HostTrees.create(root);
        byte[] config = new byte[64];
        Arrays.fill(config, 0, 4, (byte) 0xff); // SR-IOV: a VF's Vendor and Device ID registers read as ffff
        for (String vf : List.of("0000:01:02.0", "0000:01:02.1")) {
            Files.write(tree.pciDir(vf).resolve("config"), config);
        }
        HostScan s = scanner().scan();
        for (String vf : List.of("0000:01:02.0", "0000:01:02.1")) {
            PciDevice d = s.pci(vf);
            assertEquals("0x8086", d.vendorId());
            assertEquals("0x154c", d.deviceId());
            assertEquals("0x020000", d.classId());
            assertEquals("Ethernet Virtual Function 700 Series", d.deviceName());
        }
    }

    @Test
    void aScanCancelledMidwayGivesNoPartialResult() {
        BenchTree.create(root, 2, 8, 20);
        AtomicInteger asked = new AtomicInteger();
        assertThrows(CancellationException.class, () -> scanner().sequential().scan(() -> asked.incrementAndGet() > 3));
        assertTrue(asked.get() > 3, "asked before each device");
        assertThrows(CancellationException.class, () -> scanner().scan(() -> true));
        assertEquals(2 + 2 + 16, scanner().scan(() -> false).pci().size());
    }

    @Test
    void portsSortAsNumbersLevelByLevel() {
        SyntheticSysfs tree = new SyntheticSysfs(root);
        tree.usb("usb2").create();
        tree.usb("usb1").create();
        for (String name : List.of("1-1", "1-10", "1-9", "1-1.10", "1-1.2", "2-3", "1-1.9.1", "1-1.9")) {
            tree.usb(name).create();
        }
        List<UsbDevice> usb = scanner().scan().usb();
        assertEquals(List.of("usb1", "1-1", "1-1.2", "1-1.9", "1-1.9.1", "1-1.10", "1-9", "1-10", "usb2", "2-3"),
                usb.stream().map(UsbDevice::name).toList());
    }
}
