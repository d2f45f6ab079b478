package org.vdevstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vdev show FILE [--json]}: interfaces and host devices; a hostdev interface is in both lists. */
class ShowCommandTest {

    @TempDir
    Path dir;

    @Test
    void jsonHasTheHostdevInterfaceInBothLists() throws Exception {
        Map<String, Object> doc = json(Corpus.copy("kvm-hostdev-usb.xml", dir));

        assertEquals("kvm-hostdev-usb", doc.get("name"));
        assertEquals("06d8eea1-b603-4661-a847-030b468bd76e", doc.get("uuid"));
        List<Map<String, Object>> interfaces = list(doc, "interfaces");
        assertEquals(2, interfaces.size());
        Map<String, Object> iface = interfaces.get(1);
        assertEquals(2L, iface.get("index"));
        assertEquals("hostdev", iface.get("type"));
        assertEquals("52:54:00:75:5b:02", iface.get("mac"));
        assertEquals("usb 2.5", iface.get("source"));

        List<Map<String, Object>> hostdevs = list(doc, "hostdevs");
        assertEquals(7, hostdevs.size(), "six <hostdev> and the interface's device");
        for (Map<String, Object> h : hostdevs.subList(0, 6)) {
            assertEquals(false, h.get("interface"), h.toString());
            assertNull(h.get("interfaceIndex"), h.toString());
            assertEquals("usb", h.get("kind"));
        }
        Map<String, Object> last = hostdevs.get(6);
        assertEquals(true, last.get("interface"));
        assertEquals(2L, last.get("interfaceIndex"));
        assertEquals("usb 2.5", last.get("source"));
        assertEquals(true, last.get("managed"));
        assertEquals("usb 0529:0001", hostdevs.get(0).get("source"));
        assertEquals(false, hostdevs.get(1).get("managed"), "managed='no'");
    }

    @Test
    void jsonOfSriovVirtualFunctions() throws Exception {
        Map<String, Object> doc = json(Corpus.copy("kvm-q35-sriov.xml", dir));
        List<Map<String, Object>> interfaces = list(doc, "interfaces");
        assertEquals(List.of("network", "hostdev", "hostdev", "hostdev"),
                interfaces.stream().map(i -> i.get("type")).toList());
        assertEquals("network mgmt", interfaces.get(0).get("source"));
        assertEquals("virtio", interfaces.get(0).get("model"));
        assertEquals("pci 0000:3b:02.0", interfaces.get(1).get("source"));
        assertEquals(Map.of("trunk", false, "tags", List.of(tag(100L, null))), interfaces.get(1).get("vlan"));
        assertNull(interfaces.get(3).get("vlan"));

        List<Map<String, Object>> hostdevs = list(doc, "hostdevs");
        assertEquals(List.of(2L, 3L, 4L), hostdevs.stream().map(h -> h.get("interfaceIndex")).toList());
        assertEquals(List.of(true, false, true), hostdevs.stream().map(h -> h.get("managed")).toList());
        assertEquals(List.of("pci 0000:3b:02.0", "pci 0000:3b:02.1", "pci 0000:5e:10.3"),
                hostdevs.stream().map(h -> h.get("source")).toList());
    }

    @Test
    void jsonOfVlanTrunksAndOtherSources() throws Exception {
        List<Map<String, Object>> ovs = list(json(Corpus.copy("kvm-iface-bridge-ovs.xml", dir)), "interfaces");
        assertEquals("bridge ovsbr1", ovs.get(2).get("source"));
        assertEquals(Map.of("trunk", true, "tags", List.of(tag(42L, "untagged"), tag(47L, null), tag(48L, null))),
                ovs.get(2).get("vlan"));
        List<Map<String, Object>> direct = list(json(Corpus.copy("kvm-iface-direct-macvtap.xml", dir)), "interfaces");
        assertTrue(direct.stream().allMatch(i -> "direct".equals(i.get("type"))));
        assertTrue(String.valueOf(direct.get(0).get("source")).matches("dev \\S+ mode \\S+"), direct.get(0).toString());
    }

    @Test
    void textMarksTheHostdevInterface() throws Exception {
        Vdev.Result r = Vdev.run("show", Corpus.copy("kvm-q35-sriov.xml", dir).toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.err());
        List<String> lines = r.outLines();
        assertEquals("domain kvm-q35-sriov  uuid ba1e64b6-8057-4f50-8268-8033e9174ba5", lines.get(0));
        int interfaces = lines.indexOf("interfaces (4)");
        int hostdevs = lines.indexOf("host devices (3)");
        assertTrue(interfaces > 0 && hostdevs > interfaces, r.toString());
        assertTrue(lines.get(interfaces + 3).matches(" +2 +hostdev +52:54:00:6e:10:02 +pci 0000:3b:02\\.0 +- +100"),
                lines.get(interfaces + 3));
        assertTrue(lines.get(hostdevs + 2).matches(" +1 +pci +yes +pci 0000:3b:02\\.0 +\\(interface 2\\)"),
                lines.get(hostdevs + 2));
        assertTrue(lines.get(hostdevs + 3).matches(" +2 +pci +no +pci 0000:3b:02\\.1 +\\(interface 3\\)"),
                lines.get(hostdevs + 3));
    }

    @Test
    void textOfPlainHostdevsHasNoMark() throws Exception {
        Vdev.Result r = Vdev.run("show", Corpus.copy("kvm-hostdev-pci-multifunction.xml", dir).toString());
        assertEquals(0, r.exit(), r.toString());
        int hostdevs = r.outLines().indexOf("host devices (5)");
        assertTrue(hostdevs > 0, r.toString());
        for (String line : r.outLines().subList(hostdevs + 2, hostdevs + 7)) {
            assertTrue(line.matches(" +\\d +pci +(yes|no) +pci [0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\\.[0-7]"), line);
        }
    }

    @Test
    void domainWithoutDevicesAndJsonEscapes() throws Exception {
        String name = "odd \"quoted\" \\ name";
        Path p = Docs.write(dir, "odd.xml", "<domain type='kvm'><name>" + name + "</name>"
                + "<memory>1</memory><os><type>hvm</type></os></domain>");
        Map<String, Object> doc = json(p);
        assertEquals(name, doc.get("name"));
        assertNull(doc.get("uuid"));
        assertEquals(List.of(), doc.get("interfaces"));
        assertEquals(List.of(), doc.get("hostdevs"));
        Vdev.Result text = Vdev.run("show", p.toString());
        assertTrue(text.outLines().containsAll(List.of("interfaces (0)", "host devices (0)")), text.toString());
    }

    @Test
    void valuesTheModelKeptRawAreShownAsWritten() throws Exception {
        Path p = Docs.write(dir, "raw.xml", Docs.domain("raw", """
                    <interface type='newfangled'>
                      <source network='x'/>
                      <vlan><tag id='abc' nativeMode='sideways'/></vlan>
                    </interface>
                    <hostdev mode='subsystem' type='weird'/>
                """));
        Map<String, Object> doc = json(p);
        Map<String, Object> iface = list(doc, "interfaces").get(0);
        assertEquals("newfangled", iface.get("type"));
        assertEquals("network x", iface.get("source"));
        assertEquals(Map.of("trunk", false, "tags", List.of(tag("abc", "sideways"))), iface.get("vlan"));
        assertEquals("weird", list(doc, "hostdevs").get(0).get("kind"));
    }

    @Test
    void optionMayComeFirst() throws Exception {
        Path p = Corpus.copy("kvm-pc-minimal.xml", dir);
        assertEquals(Vdev.run("show", p.toString(), "--json").out(), Vdev.run("show", "--json", p.toString()).out());
    }

    private static Map<String, Object> json(Path file) {
        Vdev.Result r = Vdev.run("show", file.toString(), "--json");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.err());
        return map(MiniJson.parse(r.out()));
    }

    private static Map<String, Object> tag(Object id, String nativeMode) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", id);
        m.put("nativeMode", nativeMode);
        return m;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> m, String key) {
        return (List<Map<String, Object>>) m.get(key);
    }
}
