package org.vdevstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.ui.autosave.AutosaveStore;
import org.vdevstudio.ui.autosave.AutosaveStore.Entry;

/** The autosave folder: one content file and one path sidecar per edited file, found again after a restart. */
class AutosaveStoreTest {

    @TempDir
    Path folder;

    @Test
    void keepsListsReplacesAndDeletesPerOriginalFile() throws IOException {
        AutosaveStore store = new AutosaveStore(folder.resolve("autosave"));
        Path a = folder.resolve("dir with space/a.xml");
        Path b = folder.resolve("b.xml");
        assertEquals(List.of(), store.list(), "no folder yet: nothing kept");

        store.write(a, "first");
        store.write(b, "other");
        store.write(a, "second");

        List<Entry> entries = new AutosaveStore(store.folder()).list();
        assertEquals(2, entries.size());
        Entry entryA = entries.stream().filter(e -> e.original().equals(a)).findFirst().orElseThrow();
        assertEquals("second", store.read(entryA));
        assertTrue(store.contains(b));
        try (var files = Files.list(store.folder())) {
            assertEquals(4, files.count(), "content and sidecar per file, no temporary files left");
        }

        store.delete(a);
        assertFalse(store.contains(a));
        assertEquals(List.of(b), store.list().stream().map(Entry::original).toList());
    }

    @Test
    void aSidecarWithoutContentIsIgnored() throws IOException {
        AutosaveStore store = new AutosaveStore(folder);
        Path a = folder.resolve("a.xml");
        store.write(a, "text");
        try (var files = Files.list(folder)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".xml") && !p.equals(a)).toList()) {
                Files.delete(p);
            }
        }
        assertEquals(List.of(), store.list());
    }
}
