package org.vdevstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.libvirt.DemoHost;

/**
 * {@code vdev list|dumpxml|apply|attach|detach} against libvirt's test driver over the demo host.
 * Each command opens its own connection, and the test driver starts every connection from the
 * state file, so what an apply did is read from its own report (libvirt's re-read definitions).
 */
class LibvirtCommandsTest {

    @TempDir
    Path dir;

    private String uri;

    @BeforeEach
    void demo() throws Exception {
        uri = DemoHost.extractUri(dir.resolve("host"));
    }

    @Test
    void listShowsEveryDomainWithStateAndDefinition() {
        Vdev.Result r = Vdev.run("list", "--connect", uri);
        assertEquals(0, r.exit(), r.toString());
        List<String> lines = r.outLines();
        assertEquals(4, lines.size(), r.toString());
        assertTrue(lines.get(0).matches("id\\s+name\\s+state\\s+definition\\s+uuid"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.matches("-\\s+db\\s+shut off\\s+persistent\\s+6a1f7c3e-0d52-4b8e-9a51-3f2c1e7d0a02")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches("\\d+\\s+scratch\\s+running\\s+transient\\s+.*")), r.out());
    }

    @Test
    void dumpxmlWritesTheInactiveDefinitionToAFile() throws Exception {
        Path out = dir.resolve("db.xml");
        Vdev.Result r = Vdev.run("dumpxml", "--connect", uri, "db", "--inactive", "-o", out.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(Files.readString(out).contains("<tag id='100'/>"));
        Vdev.Result live = Vdev.run("dumpxml", "--connect", uri, "web");
        assertTrue(live.out().startsWith("<domain type='test' id='"), live.out());
    }

    @Test
    void aMissingDomainIsLibvirtsOneLine() {
        Vdev.Result r = Vdev.run("dumpxml", "--connect", uri, "nosuch");
        assertEquals(1, r.exit());
        assertEquals(List.of("vdev: Domain not found"), r.errLines());
    }

    @Test
    void dryRunPrintsThePreviewAndSendsNothing() throws Exception {
        Path base = dir.resolve("web.xml");
        assertEquals(0, Vdev.run("dumpxml", "--connect", uri, "web", "--inactive", "-o", base.toString()).exit());
        Path edited = Docs.write(dir, "web-edited.xml", Files.readString(base).replace("<tag id='42'/>", "<tag id='43'/>"));
        Vdev.Result r = Vdev.run("apply", "--connect", uri, edited.toString(), "--live", "--dry-run", "--base", base.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("changed: interface hostdev 52:54:00:6d:90:01 (0000:3b:02.0)"), r.out());
        assertTrue(r.out().contains("needs restart (live): libvirt cannot change a type='hostdev' interface"), r.out());
        assertTrue(r.out().contains("    -     <tag id='42'/>\n    +     <tag id='43'/>\n"), r.out());
    }

    @Test
    void applyConfigDefinesAndReportsWhatChanged() throws Exception {
        Path base = dir.resolve("db.xml");
        Vdev.run("dumpxml", "--connect", uri, "db", "--inactive", "-o", base.toString());
        Path edited = Docs.write(dir, "db-edited.xml", Files.readString(base).replace("<tag id='100'/>", "<tag id='300'/>"));
        Vdev.Result r = Vdev.run("apply", "--connect", uri, edited.toString(), "--config", "--base", base.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("result: applied\n  done: define (persistent) domain\n"), r.out());
        assertTrue(r.out().contains("changed in the persistent definition:\n  changed: interface hostdev 52:54:00:6d:90:11"), r.out());
    }

    @Test
    void aBaseThatNoLongerMatchesIsAConflict() throws Exception {
        Path base = Docs.write(dir, "stale.xml", "");
        Vdev.run("dumpxml", "--connect", uri, "db", "--inactive", "-o", base.toString());
        Files.writeString(base, Files.readString(base).replace("<vcpu placement='static'>4</vcpu>", "<vcpu placement='static'>2</vcpu>"));
        Path edited = Docs.write(dir, "db-edited.xml", Files.readString(base).replace("<tag id='100'/>", "<tag id='300'/>"));
        Vdev.Result r = Vdev.run("apply", "--connect", uri, edited.toString(), "--config", "--base", base.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().startsWith("result: conflict\n"), r.out());
        assertEquals(1, r.errLines().size());
        assertTrue(r.errLines().get(0).startsWith("vdev: the domain changed on the daemon since "), r.err());
    }

    @Test
    void aFailedLiveStepExitsWithLibvirtsMessage() throws Exception {
        Path base = dir.resolve("web.xml");
        Vdev.run("dumpxml", "--connect", uri, "web", "--inactive", "-o", base.toString());
        Path edited = Docs.write(dir, "web-edited.xml", Files.readString(base).replace("</devices>",
                "  <interface type='user'>\n      <mac address='52:54:00:6d:90:77'/>\n    </interface>\n  </devices>"));
        Vdev.Result r = Vdev.run("apply", "--connect", uri, edited.toString(), "--both");
        assertEquals(1, r.exit(), r.toString());
        assertEquals(List.of("vdev: this function is not supported by the connection driver: virDomainAttachDeviceFlags"), r.errLines());
        assertTrue(r.out().contains("failed: attach (live) interface user 52:54:00:6d:90:77"), r.out());
        assertTrue(r.out().contains("not sent: define (persistent) domain"), r.out());
        assertTrue(r.out().contains("changed in the persistent definition: nothing"), r.out());
    }

    @Test
    void attachAndDetachNeedATargetAndReportLibvirtsErrors() throws Exception {
        Path nic = Docs.write(dir, "nic.xml", "<interface type='user'><model type='virtio'/></interface>\n");
        Vdev.Result noTarget = Vdev.run("attach", "--connect", uri, "web", nic.toString());
        assertEquals(2, noTarget.exit());
        assertTrue(noTarget.err().contains("give one of --config, --live, --both"), noTarget.err());

        Vdev.Result attach = Vdev.run("attach", "--connect", uri, "web", nic.toString(), "--live");
        assertEquals(1, attach.exit());
        assertEquals(List.of("vdev: this function is not supported by the connection driver: virDomainAttachDeviceFlags"), attach.errLines());
        Vdev.Result detach = Vdev.run("detach", "--connect", uri, "web", nic.toString(), "--config");
        assertEquals(1, detach.exit());
        assertEquals(List.of("vdev: this function is not supported by the connection driver: virDomainDetachDeviceFlags"), detach.errLines());
    }

    @Test
    void aConnectionIsRequiredAndABadOneIsOneLine() {
        Vdev.Result none = Vdev.run("list");
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("--connect URI is required"), none.err());
        Vdev.Result bad = Vdev.run("list", "--connect", "test://" + dir.resolve("missing.xml"));
        assertEquals(1, bad.exit());
        assertEquals(1, bad.errLines().size(), bad.err());
        assertTrue(bad.err().contains("missing.xml"), bad.err());
    }
}
