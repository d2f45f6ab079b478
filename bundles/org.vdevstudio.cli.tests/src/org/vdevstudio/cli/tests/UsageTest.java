package org.vdevstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Help, usage errors and exit statuses of {@code vdev} itself. */
class UsageTest {

    private static final List<String> COMMANDS = List.of("roundtrip", "show", "validate", "devices", "add-hostdev", "add-interface-hostdev");

    @Test
    void noArgumentsPrintsUsageOnStderrAndExits2() {
        Vdev.Result r = Vdev.run();
        assertEquals(2, r.exit(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("usage: vdev COMMAND"), r.toString());
    }

    @Test
    void helpListsEveryCommandOnStdout() {
        for (String help : List.of("help", "--help", "-h")) {
            Vdev.Result r = Vdev.run(help);
            assertEquals(0, r.exit(), r.toString());
            assertEquals("", r.err(), r.toString());
            for (String c : COMMANDS) {
                assertTrue(r.out().contains("\n  " + c + " "), c + " listed by " + help + ":\n" + r);
            }
        }
    }

    @Test
    void helpForOneCommand() {
        Vdev.Result r = Vdev.run("help", "show");
        assertEquals(0, r.exit(), r.toString());
        assertEquals("usage: vdev show FILE [--json]", r.outLines().get(0));
        Vdev.Result r2 = Vdev.run("validate", "--help");
        assertEquals(0, r2.exit(), r2.toString());
        assertEquals("usage: vdev validate [--domains-dir DIR] FILE...", r2.outLines().get(0));
    }

    @Test
    void unknownCommandIsOneLineAndExit2() {
        assertUsageError(Vdev.run("frobnicate", "x.xml"), "unknown command 'frobnicate'");
        assertUsageError(Vdev.run("help", "frobnicate"), "unknown command 'frobnicate'");
    }

    @Test
    void unknownOptionIsOneLineAndExit2() {
        assertUsageError(Vdev.run("--frob"), "unknown option '--frob'");
        assertUsageError(Vdev.run("show", "--yaml", "x.xml"), "unknown option '--yaml'");
        assertUsageError(Vdev.run("validate", "-x", "x.xml"), "unknown option '-x'");
    }

    @Test
    void wrongNumberOfArgumentsIsExit2WithTheUsage() {
        assertUsageError(Vdev.run("show"), "usage: vdev show FILE [--json]");
        assertUsageError(Vdev.run("show", "a.xml", "b.xml"), "usage: vdev show FILE [--json]");
        assertUsageError(Vdev.run("validate"), "usage: vdev validate [--domains-dir DIR] FILE...");
        assertUsageError(Vdev.run("roundtrip", "in"), "usage: vdev roundtrip IN_DIR OUT_DIR");
    }

    @Test
    void doubleDashEndsOptions() {
        Vdev.Result r = Vdev.run("validate", "--", "--json");
        assertEquals(1, r.exit(), r.toString());
        assertEquals(List.of("--json: error: no such file"), r.outLines());
    }

    private static void assertUsageError(Vdev.Result r, String expected) {
        assertEquals(2, r.exit(), r.toString());
        assertEquals("", r.out(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertTrue(r.err().startsWith("vdev: ") && r.err().contains(expected), r.toString());
    }
}
