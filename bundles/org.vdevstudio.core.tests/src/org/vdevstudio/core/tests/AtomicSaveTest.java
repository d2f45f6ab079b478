package org.vdevstudio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.core.io.AtomicFile;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;

/** Saving replaces the file atomically, keeps its permissions, and keeps the first version as .bak. */
class AtomicSaveTest {

    @TempDir
    Path dir;

    @Test
    void saveKeepsPermissionsAndMakesOneBackup() throws Exception {
        Path file = dir.resolve("vm.xml");
        String original = "<domain type='kvm'>\n  <name>vm</name>\n</domain>\n";
        Files.writeString(file, original);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        DomainResource r = DomainXml.load(file);
        r.getDomain().setName("vm2");
        DomainXml.save(r, file);
        assertTrue(Files.readString(file).contains("<name>vm2</name>"));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(original, Files.readString(dir.resolve("vm.xml.bak")));

        r.getDomain().setName("vm3");
        DomainXml.save(r, file);
        assertEquals(original, Files.readString(dir.resolve("vm.xml.bak")), "the backup is the first version only");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("vm.xml", "vm.xml.bak"), s.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void aSaveDeletesWhatAKilledSaveOfTheSameFileLeft() throws Exception {
        Path file = dir.resolve("vm.xml");
        Files.writeString(file, "<domain type='kvm'><name>vm</name></domain>\n");
        for (String name : List.of(".vm.xml1234567890.tmp", ".vm.xml42.tmp", ".other.xml42.tmp", ".vm.xml.swp.tmp", "vm.xml42.tmp")) {
            Files.writeString(dir.resolve(name), "left over");
        }
        AtomicFile.write(file, "<domain type='kvm'><name>vm2</name></domain>\n".getBytes(StandardCharsets.UTF_8));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(".other.xml42.tmp", ".vm.xml.swp.tmp", "vm.xml", "vm.xml.bak", "vm.xml42.tmp"),
                    s.map(p -> p.getFileName().toString()).sorted().toList(), "only this file's temporary files are deleted");
        }
    }

    @Test
    void saveToANewFile() throws Exception {
        DomainResource r = DomainXml.load("<domain type='kvm'><name>n</name></domain>", "n.xml");
        Path file = dir.resolve("new.xml");
        DomainXml.save(r, file);
        assertEquals("n", DomainXml.load(file).getDomain().getName());
        assertTrue(Files.notExists(dir.resolve("new.xml.bak")));
    }
}
