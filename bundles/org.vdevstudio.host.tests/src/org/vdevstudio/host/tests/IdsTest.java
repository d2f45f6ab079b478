package org.vdevstudio.host.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.host.ids.PciIds;
import org.vdevstudio.host.ids.UsbIds;

/** hwdata's ids files: vendors, devices, classes; other sections skipped; system files parsed once. */
class IdsTest {

    @Test
    void pciNamesAndClasses() {
        PciIds ids = HostTrees.pciIds();
        assertEquals("Intel Corporation", ids.vendorName(0x8086));
        assertEquals("TU104GL [Tesla T4]", ids.deviceName(0x10de, 0x1eb8));
        assertNull(ids.deviceName(0x10de, 0x1572));
        assertEquals("PCI bridge", ids.className(0x060400));
        assertEquals("Bridge", ids.className(0x068000), "an unknown subclass falls back to the class");
        assertNull(ids.className(0xff0000));
        assertEquals(2, ids.vendorCount());
    }

    @Test
    void usbSectionsAfterTheVendorsAreNotVendors() {
        UsbIds ids = HostTrees.usbIds();
        assertEquals("Unifying Receiver", ids.productName(0x046d, 0xc52b));
        assertEquals("Hub", ids.className(0x09));
        assertEquals(2, ids.vendorCount());
    }

    @Test
    void filesOfOnesOwnAndMissingFiles(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("pci.ids");
        Files.writeString(f, HostTrees.PCI_IDS);
        assertEquals("Intel Corporation", PciIds.load(f).vendorName(0x8086));
        assertNull(PciIds.load(dir.resolve("none")).vendorName(0x8086));
    }

    @Test
    void systemFilesAreParsedOnceAndShared() {
        assertSame(PciIds.system(), PciIds.system());
        assertSame(UsbIds.system(), UsbIds.system());
        if (Files.isReadable(Path.of("/usr/share/misc/pci.ids"))) {
            assertTrue(PciIds.system().vendorCount() > 1000);
            assertEquals("Intel Corporation", PciIds.system().vendorName(0x8086));
            assertEquals("Ethernet controller", PciIds.system().className(0x020000));
        }
    }
}
