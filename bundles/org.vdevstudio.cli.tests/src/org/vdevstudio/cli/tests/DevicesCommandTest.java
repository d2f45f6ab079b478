package org.vdevstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.host.synthetic.SyntheticSysfs;

/** {@code vdev devices} on a synthetic sysfs. */
class DevicesCommandTest {

    @TempDir
    Path sys;
    SyntheticSysfs tree;

    @BeforeEach
    void setUp() {
        tree = new SyntheticSysfs(sys);
        tree.pci("0000:00:01.0").ids(0x8086, 0x1901).classCode(0x060400).driver("pcieport").iommuGroup(1).create();
        tree.pci("0000:01:00.0").behind("0000:00:01.0").ids(0x8086, 0x1572).driver("i40e").numaNode(0).iommuGroup(2).create();
        tree.pci("0000:01:00.1").behind("0000:00:01.0").ids(0x8086, 0x1572).driver("i40e").numaNode(0).iommuGroup(2).create();
        tree.pci("0000:01:02.0").behind("0000:00:01.0").ids(0x8086, 0x154c).driver("vfio-pci").iommuGroup(3).create();
        tree.sriov("0000:01:00.0", "0000:01:02.0");
        tree.net("0000:01:00.0", "enp1s0f0", "3c:fd:fe:aa:bb:00");
        tree.usb("usb1").create();
        tree.usb("1-2").device(3).ids(0x046d, 0xc52b).speed("12").strings("Logitech", "USB Receiver").create();
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonListsPciThenUsbWithTheDocumentedKeys() {
        Vdev.Result r = Vdev.run("devices", "--sysfs-root", sys.toString(), "--json");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.err());
        List<Object> list = (List<Object>) MiniJson.parse(r.out());
        assertEquals(6, list.size());
        Map<String, Object> pf = (Map<String, Object>) list.get(1);
        assertEquals(List.of("kind", "address", "vendorId", "deviceId", "classId", "vendorName", "deviceName", "driver",
                "iommuGroup", "iommuGroupMembers", "numaNode", "physfn", "virtfns", "netdevs"), List.copyOf(pf.keySet()));
        assertEquals("pci", pf.get("kind"));
        assertEquals("0000:01:00.0", pf.get("address"));
        assertEquals("0x8086", pf.get("vendorId"));
        assertEquals("0x020000", pf.get("classId"));
        assertEquals("i40e", pf.get("driver"));
        assertEquals(2L, ((Number) pf.get("iommuGroup")).longValue());
        assertEquals(List.of("0000:01:00.1"), pf.get("iommuGroupMembers"));
        assertNull(pf.get("physfn"));
        assertEquals(List.of("0000:01:02.0"), pf.get("virtfns"));
        assertEquals(List.of(Map.of("name", "enp1s0f0", "mac", "3c:fd:fe:aa:bb:00")), pf.get("netdevs"));
        assertEquals("0000:01:00.0", ((Map<String, Object>) list.get(3)).get("physfn"));
        Map<String, Object> usb = (Map<String, Object>) list.get(5);
        assertEquals(List.of("kind", "name", "bus", "device", "vendorId", "productId", "vendorName", "productName",
                "manufacturer", "product", "speed", "rootHub"), List.copyOf(usb.keySet()));
        assertEquals("1-2", usb.get("name"));
        assertEquals("046d", usb.get("vendorId"));
        assertEquals("c52b", usb.get("productId"));
        assertEquals(false, usb.get("rootHub"));
        assertEquals(true, ((Map<String, Object>) list.get(4)).get("rootHub"));
    }

    @Test
    void textTableAndProblemsAsWarnings() throws Exception {
        Files.delete(tree.pciDir("0000:01:00.1").resolve("config"));
        Files.delete(tree.pciDir("0000:01:00.1").resolve("revision"));
        tree.danglingPci("0000:07:00.0");
        Vdev.Result r = Vdev.run("devices", "--sysfs-root", sys.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("PCI (4)\n"), r.toString());
        assertTrue(r.out().contains("USB (2)"), r.toString());
        assertTrue(r.out().contains("VF of 0000:01:00.0"), r.toString());
        assertTrue(r.err().contains("vdev: warning: 0000:01:00.1: no 'revision'"), r.toString());
        assertTrue(r.err().contains("vdev: warning: 0000:07:00.0: vanished"), r.toString());
    }

    @Test
    void aRootWithoutDevicesIsEmptyNotAnError(@TempDir Path empty) {
        Vdev.Result r = Vdev.run("devices", "--sysfs-root", empty.toString(), "--json");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("[]", r.out().trim());
    }

    @Test
    void usageErrors() {
        assertEquals(2, Vdev.run("devices", "--sysfs-root").exit());
        assertEquals(2, Vdev.run("devices", "extra").exit());
    }
}
