package org.vdevstudio.host.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.host.HostScan;
import org.vdevstudio.host.PciDevice;
import org.vdevstudio.host.SysfsScanner;
import org.vdevstudio.host.UsbDevice;
import org.vdevstudio.host.usage.AssignmentWarnings;
import org.vdevstudio.host.usage.DomainFolder;
import org.vdevstudio.host.usage.DomainRef;
import org.vdevstudio.host.usage.UsedBy;

/** "Used by" over domain definitions, and the warnings before an assignment. */
class UsageTest {

    static final String WEB = """
            <domain type='kvm'>
              <name>web</name>
              <devices>
                <interface type='hostdev' managed='yes'>
                  <mac address='52:54:00:00:00:01'/>
                  <source>
                    <address type='pci' domain='0x0000' bus='0x01' slot='0x02' function='0x1'/>
                  </source>
                </interface>
                <hostdev mode='subsystem' type='usb'>
                  <source>
                    <vendor id='0x046d'/>
                    <product id='0xc52b'/>
                  </source>
                </hostdev>
              </devices>
            </domain>
            """;

    static final String DB = """
            <domain type='kvm'>
              <name>db</name>
              <devices>
                <hostdev mode='subsystem' type='pci' managed='yes'>
                  <source>
                    <address domain='0x0000' bus='0x02' slot='0x00' function='0x0'/>
                  </source>
                </hostdev>
                <hostdev mode='subsystem' type='usb'>
                  <source>
                    <address bus='1' device='5'/>
                  </source>
                </hostdev>
              </devices>
            </domain>
            """;

    @TempDir
    Path root;
    HostScan scan;

    @BeforeEach
    void setUp() {
        HostTrees.create(root);
        scan = new SysfsScanner(root, HostTrees.pciIds(), HostTrees.usbIds()).scan();
    }

    private static DomainRef ref(String xml, boolean live) throws Exception {
        var d = DomainXml.load(xml, "t.xml").getDomain();
        return new DomainRef(d.getName(), live ? "live" : "inactive", live, d);
    }

    @Test
    void hostdevsAndHostdevInterfacesInInactiveAndLiveDefinitions() throws Exception {
        List<DomainRef> domains = List.of(ref(WEB, false), ref(DB, false), ref(DB, true));
        Map<String, List<DomainRef>> used = UsedBy.usedBy(List.of(scan.pci().toArray()), domains);
        assertEquals("web", UsedBy.labels(used.get("0000:01:02.1")));
        assertEquals("db, db (live)", UsedBy.labels(used.get("0000:02:00.0")));
        assertEquals(List.of(), used.get("0000:01:02.0"));
        UsedBy index = UsedBy.of(domains);
        UsbDevice receiver = scan.usb().get(2);
        assertEquals("web, db, db (live)", UsedBy.labels(index.users(receiver)), "by vendor:product and by bus.device");
        assertEquals(List.of(), index.users(scan.usb().get(0)));
    }

    @Test
    void aFolderOfDomainXmls(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("web.xml"), WEB);
        Files.writeString(folder.resolve("db.xml"), DB);
        Files.writeString(folder.resolve("broken.xml"), "<domain>");
        Files.writeString(folder.resolve("notes.txt"), "not xml");
        DomainFolder.Result r = DomainFolder.load(folder);
        assertEquals(2, r.domains().size());
        assertEquals(1, r.problems().size());
        assertEquals("web", UsedBy.labels(UsedBy.of(r.domains()).users(scan.pci("0000:01:02.1"))));
    }

    @Test
    void warningsBeforeAssigning() throws Exception {
        UsedBy used = UsedBy.of(List.of(ref(WEB, false), ref(DB, false)));
        PciDevice bridge = scan.pci("0000:00:01.0");
        PciDevice pf0 = scan.pci("0000:01:00.0");
        PciDevice vfInUse = scan.pci("0000:01:02.1");
        PciDevice vfio = scan.pci("0000:01:02.0");
        assertTrue(one(AssignmentWarnings.check(scan, List.of(bridge), List.of(), used, "new", true)).contains("PCI bridge"));
        assertTrue(one(AssignmentWarnings.check(scan, List.of(pf0), List.of(), used, "new", true)).contains("IOMMU group 2"));
        assertEquals(List.of(), AssignmentWarnings.check(scan, scan.iommuGroupOf(pf0), List.of(), used, "new", true));
        assertTrue(one(AssignmentWarnings.check(scan, List.of(vfInUse), List.of(), used, "new", true)).contains("used by web"));
        assertEquals(List.of(), AssignmentWarnings.check(scan, List.of(vfInUse), List.of(), used, "web", true),
                "the domain's own use is no warning");
        assertTrue(one(AssignmentWarnings.check(scan, List.of(vfInUse), List.of(), null, "web", false)).contains("not vfio-pci"));
        assertEquals(List.of(), AssignmentWarnings.check(scan, List.of(vfio), List.of(), used, "x", false));
        assertTrue(one(AssignmentWarnings.check(scan, List.of(), List.of(scan.usb().get(2)), used, "x", true)).contains("used by web, db"));
        assertTrue(one(AssignmentWarnings.check(scan, List.of(), List.of(scan.usb().get(0)), used, "x", true)).contains("root hub"));
    }

    @Test
    void aVfWhosePfIsGone() throws Exception {
        HostTrees.create(root.resolve("other")).removePci("0000:01:00.0");
        HostScan broken = new SysfsScanner(root.resolve("other"), HostTrees.pciIds(), HostTrees.usbIds()).scan();
        List<String> w = AssignmentWarnings.check(broken, List.of(broken.pci("0000:01:02.0")), List.of(), null, "x", true);
        assertTrue(one(w).contains("PF 0000:01:00.0 is gone"), w.toString());
    }

    private static String one(List<String> warnings) {
        assertEquals(1, warnings.size(), warnings.toString());
        return warnings.get(0);
    }
}
