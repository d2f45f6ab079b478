package org.vdevstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vdev add-hostdev} and {@code vdev add-interface-hostdev}: the output is the domain as
 * {@code vdev roundtrip} writes it, plus the inserted lines, indented like their siblings.
 */
class AddHostdevCommandTest {

    static final String DEVICES = """
                <interface type='user'>
                  <mac address='52:54:00:00:00:01'/>
                </interface>
                <hostdev mode='subsystem' type='pci' managed='yes'>
                  <source>
                    <address domain='0x0000' bus='0x06' slot='0x02' function='0x0'/>
                  </source>
                </hostdev>
                <memballoon model='virtio'/>
            """;

    @TempDir
    Path dir;

    /** The lines of {@code out} that are not in the round-tripped input, which must otherwise be equal. */
    private List<String> inserted(Path in, Path out) throws Exception {
        Path plain = dir.resolve("plain");
        Files.createDirectories(plain);
        assertEquals(0, Vdev.run("roundtrip", dir.toString(), plain.toString()).exit());
        List<String> before = Files.readAllLines(plain.resolve(in.getFileName()));
        List<String> after = new ArrayList<>(Files.readAllLines(out));
        int first = 0;
        while (first < before.size() && before.get(first).equals(after.get(first))) {
            first++;
        }
        int tail = before.size() - first;
        assertEquals(before.subList(first, before.size()), after.subList(after.size() - tail, after.size()));
        return after.subList(first, after.size() - tail);
    }

    @Test
    void pciHostdevManaged() throws Exception {
        Path in = Docs.write(dir, "d.xml", Docs.domain("d", DEVICES));
        Path out = dir.resolve("out.xml");
        Vdev.Result r = Vdev.run("add-hostdev", in.toString(), "--pci", "0000:03:00.1", "--managed", "-o", out.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of(
                "    <hostdev mode=\"subsystem\" managed=\"yes\" type=\"pci\">",
                "      <source>",
                "        <address bus=\"0x03\" domain=\"0x0000\" slot=\"0x00\" function=\"0x1\"/>",
                "      </source>",
                "    </hostdev>"), inserted(in, out));
    }

    @Test
    void usbByIdAndByBus() throws Exception {
        Path in = Docs.write(dir, "d.xml", Docs.domain("d", DEVICES));
        Path out = dir.resolve("out.xml");
        assertEquals(0, Vdev.run("add-hostdev", in.toString(), "--usb", "046d:c52b", "-o", out.toString()).exit());
        assertEquals(List.of(
                "    <hostdev mode=\"subsystem\" type=\"usb\">",
                "      <source>",
                "        <vendor id=\"0x046d\"/>",
                "        <product id=\"0xc52b\"/>",
                "      </source>",
                "    </hostdev>"), inserted(in, out));
        Files.delete(out);
        assertEquals(0, Vdev.run("add-hostdev", in.toString(), "--usb-bus", "1.5", "-o", out.toString()).exit());
        assertTrue(Files.readString(out).contains("        <address bus=\"1\" device=\"5\"/>\n"));
    }

    @Test
    void interfaceHostdevWithMacVlanAndQbg() throws Exception {
        Path in = Docs.write(dir, "d.xml", Docs.domain("d", DEVICES));
        Path out = dir.resolve("out.xml");
        Vdev.Result r = Vdev.run("add-interface-hostdev", in.toString(), "--pci", "01:02.1", "--mac", "52:54:00:AB:CD:EF",
                "--vlan", "42", "--virtualport", "802.1Qbg:managerid=11,typeid=1193047,typeidversion=2,instanceid=09b11c53-8b5c-4eeb-8f00-d84eaa0aaa4f",
                "-o", out.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of(
                "    <interface type=\"hostdev\" managed=\"yes\">",
                "      <mac address=\"52:54:00:ab:cd:ef\"/>",
                "      <source>",
                "        <address bus=\"0x01\" type=\"pci\" domain=\"0x0000\" slot=\"0x02\" function=\"0x1\"/>",
                "      </source>",
                "      <vlan>",
                "        <tag id=\"42\"/>",
                "      </vlan>",
                "      <virtualport type=\"802.1Qbg\">",
                "        <parameters managerid=\"11\" typeid=\"1193047\" typeidversion=\"2\" instanceid=\"09b11c53-8b5c-4eeb-8f00-d84eaa0aaa4f\"/>",
                "      </virtualport>",
                "    </interface>"), inserted(in, out));
        assertEquals(0, Vdev.run("validate", out.toString()).exit(), "libvirt's schema accepts the result");
    }

    @Test
    void aFreshMacWhenNoneIsGiven() throws Exception {
        Path in = Docs.write(dir, "d.xml", Docs.domain("d", DEVICES));
        Path out = dir.resolve("out.xml");
        assertEquals(0, Vdev.run("add-interface-hostdev", in.toString(), "--pci", "0000:01:02.1", "-o", out.toString()).exit());
        String mac = inserted(in, out).get(1);
        assertTrue(mac.matches(" *<mac address=\"52:54:00:[0-9a-f:]{8}\"/>") && !mac.contains("52:54:00:00:00:01"), mac);
    }

    @Test
    void badArgumentsAreUsageErrorsAndWriteNothing() throws Exception {
        Path in = Docs.write(dir, "d.xml", Docs.domain("d", DEVICES));
        String out = dir.resolve("out.xml").toString();
        for (String[] args : List.of(
                new String[] { "add-hostdev", in.toString(), "--pci", "nonsense", "-o", out },
                new String[] { "add-hostdev", in.toString(), "--pci", "0000:01:00.0", "--usb", "1:2", "-o", out },
                new String[] { "add-hostdev", in.toString(), "--pci", "0000:01:00.0" },
                new String[] { "add-hostdev", in.toString(), "--usb-bus", "x.y", "-o", out },
                new String[] { "add-interface-hostdev", in.toString(), "--pci", "0000:01:00.0", "--vlan", "4096", "-o", out },
                new String[] { "add-interface-hostdev", in.toString(), "--pci", "0000:01:00.0", "--mac", "01:00:00:00:00:01", "-o", out },
                new String[] { "add-interface-hostdev", in.toString(), "--pci", "0000:01:00.0", "--virtualport", "802.1Qbh:x=1", "-o", out })) {
            Vdev.Result r = Vdev.run(args);
            assertEquals(2, r.exit(), String.join(" ", args) + "\n" + r);
            assertEquals(1, r.errLines().size(), r.toString());
        }
        assertTrue(Files.notExists(dir.resolve("out.xml")));
        assertEquals(1, Vdev.run("add-hostdev", dir.resolve("none.xml").toString(), "--pci", "01:00.0", "-o", out).exit());
    }
}
