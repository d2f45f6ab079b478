package org.vdevstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vdev validate FILE...}: libvirt's schema and the model's constraints, as compiler-style lines. */
class ValidateCommandTest {

    private static final String VLAN_5000 = Docs.domain("vlan", """
                <interface type='bridge'>
                  <mac address='52:54:00:00:00:01'/>
                  <source bridge='br0'/>
                  <virtualport type='openvswitch'/>
                  <vlan>
                    <tag id='5000'/>
                  </vlan>
                </interface>
            """);

    private static final String BAD_MAC = Docs.domain("mac", """
                <interface type='network'>
                  <source network='default'/>
                  <mac address='52:54:00:zz:00:01'/>
                </interface>
            """);

    /** The model keeps elements it does not know; only the schema reports them. */
    private static final String UNKNOWN_ELEMENT = Docs.domain("foo", """
                <interface type='network'>
                  <source network='default'/>
                  <foo/>
                </interface>
            """);

    @TempDir
    Path dir;

    @Test
    void corpusDocumentsAreValid() throws Exception {
        List<String> args = new ArrayList<>(List.of("validate"));
        for (String name : Corpus.copyTo(dir)) {
            args.add(dir.resolve(name).toString());
        }
        Vdev.Result r = Vdev.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.toString());
        // Warnings are findings libvirt only meets later (managed='yes' on USB, ...); no errors.
        assertEquals(args.size() - 1, r.outLines().stream().filter(l -> l.endsWith(": valid")).count(), r.toString());
        assertTrue(r.outLines().stream().allMatch(l -> l.endsWith(": valid") || l.contains(": warning: ")), r.toString());
        assertEquals("", r.err());
    }

    @Test
    void vlanTagOver4095IsAnErrorAtTheTag() throws Exception {
        Path p = Docs.write(dir, "vlan.xml", VLAN_5000);
        Vdev.Result r = Vdev.run("validate", p.toString());
        assertEquals(1, r.exit(), r.toString());
        int line = Docs.lineOf(VLAN_5000, "<tag id='5000'/>");
        assertAllLocatedErrors(p, r);
        assertTrue(has(r, p, line, "schema: .*4095.*"), "schema error\n" + r);
        // the wording of issue #6, the same in the Problems view and the form header (one Problem.message)
        assertTrue(has(r, p, line, Pattern.quote("VLAN tag 5000 is outside 0-4095 (interface 1, MAC 52:54:00:00:00:01)")),
                "model constraint error\n" + r);
    }

    @Test
    void badMacIsAnErrorAtTheMac() throws Exception {
        Path p = Docs.write(dir, "mac.xml", BAD_MAC);
        Vdev.Result r = Vdev.run("validate", p.toString());
        assertEquals(1, r.exit(), r.toString());
        int line = Docs.lineOf(BAD_MAC, "<mac ");
        assertTrue(has(r, p, line, "schema: .*address.*"), "schema error\n" + r);
    }

    @Test
    void badMacModelErrorNamesTheInterfaceAtItsLine() throws Exception {
        Path p = Docs.write(dir, "mac.xml", BAD_MAC);
        Vdev.Result r = Vdev.run("validate", p.toString());
        int line = Docs.lineOf(BAD_MAC, "<mac ");
        assertTrue(has(r, p, line, "interface 1 \\(.*\\) mac: .*52:54:00:zz:00:01.*"),
                "model constraint error\n" + r);
        assertAllLocatedErrors(p, r);
    }

    @Test
    void unknownElementIsASchemaError() throws Exception {
        Path p = Docs.write(dir, "foo.xml", UNKNOWN_ELEMENT);
        Vdev.Result r = Vdev.run("validate", p.toString());
        assertEquals(1, r.exit(), r.toString());
        int line = Docs.lineOf(UNKNOWN_ELEMENT, "<foo/>");
        assertEquals(1, r.outLines().size(), r.toString());
        assertTrue(has(r, p, line, "schema: element \"foo\" not allowed here.*"), r.toString());
    }

    @Test
    void everyFileIsCheckedAndOneErrorFailsTheRun() throws Exception {
        Path good = Docs.write(dir, "good.xml", Docs.domain("good", ""));
        Path bad = Docs.write(dir, "vlan.xml", VLAN_5000);
        Path missing = dir.resolve("missing.xml");
        Vdev.Result r = Vdev.run("validate", bad.toString(), missing.toString(), good.toString());
        assertEquals(1, r.exit(), r.toString());
        List<String> lines = r.outLines();
        assertEquals(missing + ": error: no such file", lines.get(lines.size() - 2), r.toString());
        assertEquals(good + ": valid", lines.get(lines.size() - 1), r.toString());
        assertTrue(lines.subList(0, lines.size() - 2).stream().allMatch(l -> l.startsWith(bad + ":")), r.toString());
    }

    @Test
    void loadErrorHasLineAndColumn() throws Exception {
        Path p = Docs.write(dir, "broken.xml", "<domain type='kvm'>\n  <name>x</nam>\n</domain>\n");
        Vdev.Result r = Vdev.run("validate", p.toString());
        assertEquals(1, r.exit(), r.toString());
        assertEquals(1, r.outLines().size(), r.toString());
        assertTrue(r.outLines().get(0).matches(Pattern.quote(p + ":2:") + "\\d+: error: .*"), r.toString());
    }

    @Test
    void libvirtRulesAreErrorsAndWarningsOnlyExitZero() throws Exception {
        String vf = "<source><address type='pci' domain='0x0000' bus='0x03' slot='0x10' function='0x1'/></source>";
        String twice = Docs.domain("twice", "<interface type='hostdev'>" + vf + "</interface>\n"
                + "<hostdev mode='subsystem' type='pci'>" + vf + "</hostdev>\n");
        Path p = Docs.write(dir, "twice.xml", twice);
        Vdev.Result r = Vdev.run("validate", p.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.outLines().stream().anyMatch(l -> l.matches(Pattern.quote(p + ":") + "\\d+:\\d+: error: hostdev 1 "
                + "\\(pci 0000:03:10.1\\): host PCI device 0000:03:10.1 is already given to interface 1.*")), r.toString());

        String sameMac = Docs.domain("mac2", "<interface type='user'><mac address='52:54:00:00:00:07'/></interface>\n"
                + "<interface type='user'><mac address='52:54:00:00:00:07'/></interface>\n");
        Path w = Docs.write(dir, "mac2.xml", sameMac);
        r = Vdev.run("validate", w.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.outLines().get(0).matches(Pattern.quote(w + ":") + "\\d+:\\d+: warning: .*52:54:00:00:00:07.*"), r.toString());
    }

    @Test
    void aHostDeviceOfAnotherDomainInTheFolderIsAWarning() throws Exception {
        String vf = "<hostdev mode='subsystem' type='pci'><source><address domain='0' bus='6' slot='2' function='0'/>"
                + "</source></hostdev>\n";
        Path others = java.nio.file.Files.createDirectories(dir.resolve("others"));
        Docs.write(others, "b.xml", Docs.domain("b", vf));
        Path a = Docs.write(dir, "a.xml", Docs.domain("a", vf));
        Vdev.Result r = Vdev.run("validate", "--domains-dir", others.toString(), a.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.outLines().stream().anyMatch(l -> l.matches(Pattern.quote(a + ":") + "\\d+:\\d+: warning: .*"
                + "0000:06:02.0 is also assigned to domain 'b' \\(b.xml\\).*")), r.toString());
        assertEquals(2, Vdev.run("validate", "--domains-dir").exit());
    }

    /** Every error line of the file names a line and a column. */
    private static void assertAllLocatedErrors(Path p, Vdev.Result r) {
        for (String l : r.outLines()) {
            assertTrue(l.matches(Pattern.quote(p.toString()) + ":\\d+:\\d+: error: .+"), "located: " + l + "\n" + r);
        }
    }

    /** A line {@code FILE:LINE:COLUMN: error: MESSAGE} with MESSAGE matching {@code message}. */
    private static boolean has(Vdev.Result r, Path p, int line, String message) {
        String regex = Pattern.quote(p + ":" + line + ":") + "\\d+: error: " + message;
        return r.outLines().stream().anyMatch(l -> l.matches(regex));
    }
}
