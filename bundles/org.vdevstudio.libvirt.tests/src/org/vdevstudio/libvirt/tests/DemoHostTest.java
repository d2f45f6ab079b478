package org.vdevstudio.libvirt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.libvirt.Connect;
import org.vdevstudio.libvirt.DemoHost;

/**
 * The demo host as libvirt's test driver reads it, through the binding directly (virsh 9.0's
 * nodedev-list cannot judge it: it fails on every test driver URI with "unsupported flags").
 */
class DemoHostTest {

    @TempDir
    Path dir;

    @Test
    void theTestDriverHasTheSriovCardTheUsbTokenAndTheHostdevPool() throws Exception {
        Connect c = new Connect(DemoHost.extractUri(dir));
        try {
            List<String> pci = Arrays.stream(c.listDevices("pci")).sorted().toList();
            assertEquals(List.of("pci_0000_3b_00_0", "pci_0000_3b_02_0", "pci_0000_3b_02_1", "pci_0000_3b_02_2",
                    "pci_0000_3b_02_3"), pci);
            String pf = c.deviceLookupByName("pci_0000_3b_00_0").getXMLDescription();
            assertTrue(pf.contains("<capability type='virt_functions' maxCount='63'>"), pf);
            assertTrue(pf.contains("<iommuGroup number='40'>"), pf);
            String vf = c.deviceLookupByName("pci_0000_3b_02_1").getXMLDescription();
            assertTrue(vf.contains("<capability type='phys_function'>\n      <address domain='0x0000' bus='0x3b' slot='0x00' function='0x0'/>"), vf);
            assertEquals(List.of("usb_1_3"), Arrays.asList(c.listDevices("usb_device")));

            assertEquals(List.of("vf-pool"), Arrays.asList(c.listNetworks()));
            String pool = c.networkLookupByName("vf-pool").getXMLDesc(0);
            assertTrue(pool.contains("<forward mode='hostdev' managed='yes'>\n    <pf dev='enp59s0f0'/>"), pool);
        } finally {
            c.close();
        }
    }
}
