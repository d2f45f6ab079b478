package org.vdevstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile input: every command answers with one clear line and a non-zero exit,
 * never a stack trace, and never expands or fetches an entity.
 */
class BadInputTest {

    private static final String PASSWD = "/etc/passwd";

    @TempDir
    static Path dir;

    /** Name → file; made once, each case run through show and validate. */
    private static Map<String, Path> inputs() throws IOException {
        Map<String, Path> m = new LinkedHashMap<>();
        m.put("external entity", Docs.write(dir, "xxe.xml", "<?xml version='1.0'?>\n"
                + "<!DOCTYPE domain [<!ENTITY x SYSTEM 'file://" + PASSWD + "'>]>\n"
                + "<domain type='kvm'><name>&x;</name><memory>1</memory><os><type>hvm</type></os></domain>\n"));
        m.put("billion laughs", Docs.write(dir, "laughs.xml", billionLaughs()));
        m.put("200 MB file", huge(dir.resolve("huge.xml")));
        m.put("binary garbage", garbage(dir.resolve("garbage.xml")));
        m.put("empty file", Docs.write(dir, "empty.xml", ""));
        m.put("blank file", Docs.write(dir, "blank.xml", "\n  \n"));
        m.put("not XML", Docs.write(dir, "text.xml", "name: web01\nmemory: 1G\n"));
        m.put("wrong root", Docs.write(dir, "network.xml", "<network><name>default</name></network>\n"));
        m.put("truncated", Docs.write(dir, "truncated.xml", "<domain type='kvm'>\n  <name>cut"));
        m.put("missing file", dir.resolve("missing.xml"));
        m.put("directory", Files.createDirectories(dir.resolve("adir.xml")));
        return m;
    }

    @TestFactory
    Stream<DynamicTest> showPrintsOneErrorLine() throws IOException {
        return inputs().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Vdev.Result r = run("show", e.getValue().toString());
            assertOneCleanLine(r);
            assertEquals("", r.out(), r.toString());
            assertTrue(r.err().startsWith("vdev: " + e.getValue()), r.toString());
        }));
    }

    @TestFactory
    Stream<DynamicTest> showJsonPrintsNoJson() throws IOException {
        return inputs().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Vdev.Result r = run("show", "--json", e.getValue().toString());
            assertOneCleanLine(r);
            assertEquals("", r.out(), r.toString());
        }));
    }

    @TestFactory
    Stream<DynamicTest> validatePrintsOneErrorLine() throws IOException {
        return inputs().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Vdev.Result r = run("validate", e.getValue().toString());
            assertOneCleanLine(r);
            assertEquals("", r.err(), r.toString());
            assertTrue(r.out().startsWith(e.getValue() + ":"), r.toString());
            assertTrue(r.out().contains(": error: "), r.toString());
        }));
    }

    @Test
    void roundtripCountsEveryBadFile() throws IOException {
        Path in = Files.createDirectories(dir.resolve("roundtrip-in"));
        List<String> names = new ArrayList<>();
        for (Path p : inputs().values()) {
            if (Files.isRegularFile(p)) {
                Files.copy(p, in.resolve(p.getFileName()));
                names.add(p.getFileName().toString());
            }
        }
        Vdev.Result r = run("roundtrip", in.toString(), dir.resolve("roundtrip-out").toString());
        assertNotEquals(0, r.exit(), r.toString());
        assertEquals(names.size() + 1, r.outLines().size(), r.toString());
        assertEquals("0 loaded, " + names.size() + " failed", r.outLines().get(names.size()));
        assertClean(r);
    }

    @Test
    void externalEntityIsNeverRead() throws IOException {
        String passwd = Files.readString(Path.of(PASSWD), StandardCharsets.UTF_8);
        String firstEntry = passwd.lines().findFirst().orElseThrow();
        for (String command : List.of("show", "validate")) {
            Vdev.Result r = run(command, dir.resolve("xxe.xml").toString());
            assertFalse((r.out() + r.err()).contains(firstEntry), r.toString());
            assertTrue((r.out() + r.err()).contains("DOCTYPE"), r.toString());
        }
    }

    private static Vdev.Result run(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Vdev.run(args));
    }

    private static void assertOneCleanLine(Vdev.Result r) {
        assertAll(
                () -> assertEquals(1, r.exit(), r.toString()),
                () -> assertEquals(1, r.allLines().size(), "one line\n" + r),
                () -> assertClean(r));
    }

    private static void assertClean(Vdev.Result r) {
        String all = r.out() + r.err();
        assertFalse(all.contains("Exception"), "no exception names\n" + r);
        assertFalse(all.contains("at org.") || all.contains("at java."), "no stack trace\n" + r);
    }

    private static String billionLaughs() {
        StringBuilder b = new StringBuilder("<?xml version='1.0'?>\n<!DOCTYPE domain [\n<!ENTITY lol0 'lol'>\n");
        for (int i = 1; i < 10; i++) {
            b.append("<!ENTITY lol").append(i).append(" '").append(("&lol" + (i - 1) + ";").repeat(10)).append("'>\n");
        }
        return b.append("]>\n<domain type='kvm'><name>&lol9;</name></domain>\n").toString();
    }

    /** A valid start, then a sparse hole up to 200 MB: cheap on disk, refused by size. */
    private static Path huge(Path p) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.write(Docs.domain("huge", "").substring(0, 40).getBytes(StandardCharsets.US_ASCII));
            f.setLength(200L * 1024 * 1024);
        }
        return p;
    }

    /** Bytes that are neither UTF-8 nor XML, from a fixed seed so a failure can be repeated. */
    private static Path garbage(Path p) throws IOException {
        byte[] b = new byte[4096];
        new java.util.Random(42).nextBytes(b);
        Files.write(p, b);
        return p;
    }
}
