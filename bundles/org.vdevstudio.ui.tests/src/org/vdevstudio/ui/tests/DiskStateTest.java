package org.vdevstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.ui.editor.DiskState;

/** What the editor remembers of its file: a change of content counts, a touch does not. */
class DiskStateTest {

    @TempDir
    Path folder;

    @Test
    void contentChangesCountTouchesDoNot() throws IOException {
        Path file = Files.writeString(folder.resolve("a.xml"), "<domain/>");
        DiskState loaded = DiskState.of(file, null);
        assertTrue(loaded.exists());
        assertSame(loaded, DiskState.of(file, loaded), "same size and time: not read again");

        Files.setLastModifiedTime(file, FileTime.fromMillis(loaded.modifiedMillis() + 5_000));
        DiskState touched = DiskState.of(file, loaded);
        assertFalse(touched.contentDiffers(loaded));

        Files.writeString(file, "<domain/>\n");
        DiskState changed = DiskState.of(file, touched);
        assertTrue(changed.contentDiffers(loaded));

        // Same size, different bytes: the hash tells them apart.
        Files.writeString(file, "<domain/>\r");
        assertTrue(DiskState.of(file, null).contentDiffers(changed));

        Files.delete(file);
        assertEquals(DiskState.MISSING, DiskState.of(file, loaded));
        assertTrue(DiskState.MISSING.contentDiffers(loaded));
    }
}
