package org.vdevstudio.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vdevstudio.app.tests.Workbench.model;
import static org.vdevstudio.app.tests.Workbench.named;
import static org.vdevstudio.app.tests.Workbench.page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IEditorReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.app.Editors;
import org.vdevstudio.ui.editor.CompareDialog;
import org.vdevstudio.ui.editor.DomainEditor;
import org.vdevstudio.ui.editor.ExternalChangePrompt.BeforeSave;
import org.vdevstudio.ui.editor.ExternalChangePrompt.Changed;
import org.vdevstudio.ui.editor.ExternalChangePrompt.Deleted;
import org.vdevstudio.ui.editor.ExternalChanges;

/**
 * A file changed or deleted behind the editor's back, in the running workbench: the editor asks
 * (through a scripted prompt) on activation and before saving, and does what the answer says.
 */
class ExternalChangesTest {

    @TempDir
    Path folder;

    private final RecordingPrompt prompt = new RecordingPrompt();
    private List<IEditorReference> before;
    private Path file;
    private DomainEditor editor;

    @BeforeEach
    void openEditor() throws IOException {
        before = List.of(page().getEditorReferences());
        ExternalChanges.setPrompt(prompt);
        file = Files.writeString(folder.resolve("guest.xml"), named("as-loaded"));
        editor = (DomainEditor) Editors.openDomain(page(), file);
    }

    @AfterEach
    void closeEditors() {
        // Closed before the dialogs come back, so no late activation check can open one.
        page().closeEditors(Arrays.stream(page().getEditorReferences()).filter(e -> !before.contains(e))
                .toArray(IEditorReference[]::new), false);
        Workbench.drainEvents();
        ExternalChanges.setPrompt(null);
    }

    @Test
    void reloadPutsTheDiskContentIntoTheModelAndUndoBringsTheEditBack() throws IOException {
        editor.restoreContent(named("edited-in-editor"));
        Files.writeString(file, named("changed-on-disk"));

        prompt.answer(Changed.RELOAD);
        editor.checkDisk();

        assertEquals(List.of("changed(dirty=true)"), prompt.asked);
        assertTrue(model(editor).contains("<name>changed-on-disk</name>"), model(editor));
        assertFalse(editor.isDirty(), "the reloaded content is the saved state");
        assertEquals("Reload from Disk", editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());

        editor.getEditingDomain().getCommandStack().undo();
        assertTrue(model(editor).contains("<name>edited-in-editor</name>"), "nothing lost: " + model(editor));
        assertTrue(editor.isDirty());
    }

    @Test
    void aCleanEditorIsAskedTooAndReloads() throws IOException {
        Files.writeString(file, named("changed-on-disk"));

        prompt.answer(Changed.RELOAD);
        editor.checkDisk();

        assertEquals(List.of("changed(dirty=false)"), prompt.asked);
        assertTrue(model(editor).contains("<name>changed-on-disk</name>"));
        assertFalse(editor.isDirty());
    }

    @Test
    void keepMineKeepsTheEditAndIsNotAskedAgainForTheSameChange() throws IOException {
        editor.restoreContent(named("edited-in-editor"));
        Files.writeString(file, named("changed-on-disk"));

        prompt.answer(Changed.KEEP_MINE);
        editor.checkDisk();
        editor.checkDisk();

        assertEquals(List.of("changed(dirty=true)"), prompt.asked);
        assertTrue(model(editor).contains("<name>edited-in-editor</name>"));
        assertTrue(editor.isDirty());

        // The change was seen: saving overwrites it without asking again.
        editor.doSave(new NullProgressMonitor());
        assertEquals(List.of("changed(dirty=true)"), prompt.asked);
        assertTrue(Files.readString(file).contains("<name>edited-in-editor</name>"));
        assertFalse(editor.isDirty());
    }

    @Test
    void compareShowsBothVersionsAndAsksAgain() throws IOException {
        editor.restoreContent(named("edited-in-editor"));
        Files.writeString(file, named("changed-on-disk"));

        prompt.answer(Changed.COMPARE, Changed.KEEP_MINE);
        editor.checkDisk();

        assertEquals(List.of("changed(dirty=true)", "compare", "changed(dirty=true)"), prompt.asked);
        assertTrue(prompt.compared[0].contains("<name>edited-in-editor</name>"), prompt.compared[0]);
        assertEquals(named("changed-on-disk"), prompt.compared[1]);
    }

    @Test
    void activatingTheEditorAsks() throws IOException {
        Path other = Files.writeString(folder.resolve("other.xml"), named("other"));
        Editors.openDomain(page(), other);
        Files.writeString(file, named("changed-on-disk"));
        assertTrue(prompt.asked.isEmpty(), "not asked while another editor is active");

        prompt.answer(Changed.RELOAD);
        page().activate(editor);
        Workbench.waitUntil("the activated editor asks", () -> !prompt.asked.isEmpty());

        assertEquals(List.of("changed(dirty=false)"), prompt.asked);
        assertTrue(model(editor).contains("<name>changed-on-disk</name>"));
    }

    @Test
    void savingOverAChangeOnDiskAsksFirst() throws IOException {
        editor.restoreContent(named("edited-in-editor"));
        Files.writeString(file, named("changed-on-disk"));

        prompt.answer(BeforeSave.COMPARE, BeforeSave.CANCEL);
        editor.doSave(new NullProgressMonitor());

        assertEquals(List.of("beforeSave", "compare", "beforeSave"), prompt.asked);
        assertEquals(named("changed-on-disk"), Files.readString(file), "cancelled: the disk keeps its change");
        assertTrue(editor.isDirty());

        prompt.answer(BeforeSave.OVERWRITE);
        editor.doSave(new NullProgressMonitor());

        assertTrue(Files.readString(file).contains("<name>edited-in-editor</name>"));
        assertFalse(editor.isDirty());
    }

    @Test
    void savingAnUnchangedFileDoesNotAsk() throws IOException {
        editor.restoreContent(named("edited-in-editor"));
        editor.doSave(new NullProgressMonitor());
        editor.restoreContent(named("edited-again"));
        editor.doSave(new NullProgressMonitor());

        assertEquals(List.of(), prompt.asked);
        assertTrue(Files.readString(file).contains("<name>edited-again</name>"));
    }

    @Test
    void aDeletedFileIsReportedOnceAndKeepKeepsTheEditor() throws IOException {
        Files.delete(file);

        prompt.answer(Deleted.KEEP);
        editor.checkDisk();
        editor.checkDisk();

        assertEquals(List.of("deleted"), prompt.asked);
        assertTrue(model(editor).contains("<name>as-loaded</name>"));
        editor.restoreContent(named("written-again"));
        editor.doSave(new NullProgressMonitor());
        assertTrue(Files.readString(file).contains("<name>written-again</name>"), "Save writes the file again");
    }

    @Test
    void closeClosesTheEditorOfADeletedFile() throws IOException {
        Files.delete(file);

        prompt.answer(Deleted.CLOSE);
        editor.checkDisk();

        assertEquals(List.of("deleted"), prompt.asked);
        assertFalse(Arrays.stream(page().getEditorReferences()).anyMatch(r -> r.getPart(false) == editor));
    }

    @Test
    void compareDialogShowsBothTextsInTheRcpApplication() {
        CompareDialog dialog = new CompareDialog(editor.getSite().getShell(), "Compare guest.xml", "Editor",
                named("edited-in-editor"), "On disk", named("changed-on-disk"));
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Workbench.drainEvents();
            assertTrue(dialog.getShell().isVisible());
            assertTrue(dialog.getViewer().getControl().isVisible());
        } finally {
            dialog.close();
        }
    }
}
