package org.vdevstudio.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.model.domain.Domain;

/** {@code vdev roundtrip IN_DIR OUT_DIR}. */
class RoundtripCommandTest {

    @TempDir
    Path dir;

    @Test
    void corpusLoadsAndSavesAndTheOutputLoadsAgain() throws Exception {
        Path in = dir.resolve("in");
        Path out = dir.resolve("out");
        List<String> names = Corpus.copyTo(in);

        Vdev.Result r = Vdev.run("roundtrip", in.toString(), out.toString());

        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of(names.size() + " loaded, 0 failed"), r.outLines());
        assertEquals("", r.err());
        assertEquals(names, list(out));
        for (String name : names) {
            Domain before = DomainXml.load(in.resolve(name)).getDomain();
            Domain after = DomainXml.load(out.resolve(name)).getDomain();
            assertEquals(before.getName(), after.getName(), name);
            assertEquals(before.getUuid(), after.getUuid(), name);
            assertEquals(count(before), count(after), name + ": devices kept");
        }
    }

    @Test
    void secondRoundtripChangesNothing() throws Exception {
        Path in = dir.resolve("in");
        List<String> names = Corpus.copyTo(in);
        assertEquals(0, Vdev.run("roundtrip", in.toString(), dir.resolve("once").toString()).exit());
        Vdev.Result r = Vdev.run("roundtrip", dir.resolve("once").toString(), dir.resolve("twice").toString());
        assertEquals(0, r.exit(), r.toString());
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("once").resolve(name)),
                    Files.readAllBytes(dir.resolve("twice").resolve(name)), name + " is stable");
        }
    }

    @Test
    void failuresArePrintedOneLineEachAndCounted() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Docs.write(in, "a-good.xml", Docs.domain("good", ""));
        Docs.write(in, "b-truncated.xml", "<domain type='kvm'>\n  <name>cut</name>\n");
        Docs.write(in, "c-network.xml", "<network><name>default</name></network>\n");
        Docs.write(in, "notes.txt", "not a document, not read");
        Path out = dir.resolve("out");

        Vdev.Result r = Vdev.run("roundtrip", in.toString(), out.toString());

        assertEquals(1, r.exit(), r.toString());
        List<String> lines = r.outLines();
        assertEquals(3, lines.size(), r.toString());
        assertTrue(lines.get(0).startsWith(in.resolve("b-truncated.xml") + ":3:"), lines.get(0));
        assertTrue(lines.get(1).startsWith(in.resolve("c-network.xml") + ":1:"), lines.get(1));
        assertTrue(lines.get(1).contains("not a libvirt domain"), lines.get(1));
        assertEquals("1 loaded, 2 failed", lines.get(2));
        assertEquals(List.of("a-good.xml"), list(out));
    }

    @Test
    void missingInputDirectoryIsOneLine() {
        Vdev.Result r = Vdev.run("roundtrip", dir.resolve("nope").toString(), dir.resolve("out").toString());
        assertEquals(1, r.exit(), r.toString());
        assertEquals(List.of("vdev: " + dir.resolve("nope") + ": no such directory"), r.errLines());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void refusesToOverwriteItsInputs() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path doc = Docs.write(in, "d.xml", Docs.domain("d", ""));
        byte[] before = Files.readAllBytes(doc);
        Vdev.Result r = Vdev.run("roundtrip", in.toString(), in.resolve(".").toString());
        assertEquals(2, r.exit(), r.toString());
        assertEquals(1, r.errLines().size(), r.toString());
        assertArrayEquals(before, Files.readAllBytes(doc));
    }

    private static List<String> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static int count(Domain d) {
        int n = 0;
        for (var it = d.eAllContents(); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }
}
