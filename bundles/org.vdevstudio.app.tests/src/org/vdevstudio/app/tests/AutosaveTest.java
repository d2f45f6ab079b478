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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IEditorReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.app.Editors;
import org.vdevstudio.ui.autosave.AutosaveRestore;
import org.vdevstudio.ui.autosave.AutosaveStore;
import org.vdevstudio.ui.autosave.AutosaveStore.Entry;
import org.vdevstudio.ui.autosave.Autosaver;
import org.vdevstudio.ui.editor.DomainEditor;

/**
 * Crash safety in the running workbench: a dirty editor's content is autosaved into the
 * workspace shortly after it changes and forgotten on save or close, and autosaves found at
 * start-up are restored into dirty editors (the restore dialog answered by the test).
 */
class AutosaveTest {

    @TempDir
    Path folder;

    private List<IEditorReference> before;
    private Path file;

    @BeforeEach
    void shortDelay() throws IOException {
        before = List.of(page().getEditorReferences());
        Autosaver.setDelayMs(100);
        file = Files.writeString(folder.resolve("guest.xml"), named("as-loaded"));
    }

    @AfterEach
    void restoreDefaults() {
        page().closeEditors(Arrays.stream(page().getEditorReferences()).filter(e -> !before.contains(e))
                .toArray(IEditorReference[]::new), false);
        Workbench.drainEvents();
        Autosaver.setDelayMs(Autosaver.DEFAULT_DELAY_MS);
        AutosaveRestore.setChooser(null);
    }

    @Test
    void aChangeIsAutosavedAndTheAutosaveIsDeletedOnSave() throws IOException {
        DomainEditor editor = (DomainEditor) Editors.openDomain(page(), file);
        AutosaveStore store = editor.getAutosaver().store();
        assertTrue(store.folder().toString().contains(".metadata/.plugins/org.vdevstudio.ui/autosave"), store.folder().toString());
        assertFalse(store.contains(file), "a clean editor is not autosaved");

        editor.restoreContent(named("edited-in-editor"));
        Workbench.waitUntil("the change is autosaved", () -> store.contains(file));

        Entry entry = entryFor(store, file);
        assertEquals(editor.getSourceSync().getDocument().get(), store.read(entry));
        assertTrue(store.read(entry).contains("<name>edited-in-editor</name>"));

        editor.doSave(new NullProgressMonitor());
        Workbench.waitUntil("the autosave is deleted after the save", () -> !store.contains(file));
    }

    @Test
    void closingWithoutSavingDeletesTheAutosave() {
        DomainEditor editor = (DomainEditor) Editors.openDomain(page(), file);
        AutosaveStore store = editor.getAutosaver().store();
        editor.restoreContent(named("edited-in-editor"));
        Workbench.waitUntil("the change is autosaved", () -> store.contains(file));

        page().closeEditor(editor, false);
        Workbench.waitUntil("the autosave is deleted after closing without saving", () -> !store.contains(file));
    }

    @Test
    void typingThatIsNotADomainYetIsAutosavedToo() throws IOException {
        DomainEditor editor = (DomainEditor) Editors.openDomain(page(), file);
        AutosaveStore store = editor.getAutosaver().store();
        String half = named("half-typed").replace("</domain>", "");
        editor.restoreContent(half);
        Workbench.waitUntil("the text is autosaved", () -> store.contains(file));

        assertEquals(half, store.read(entryFor(store, file)));
        page().closeEditor(editor, false);
    }

    @Test
    void anAutosaveFoundAtStartUpIsRestoredIntoADirtyEditor() throws IOException {
        AutosaveStore crashed = new AutosaveStore(folder.resolve("crashed-session"));
        crashed.write(file, named("unsaved-before-crash"));
        List<List<Entry>> offered = new ArrayList<>();
        AutosaveRestore.setChooser((shell, entries) -> {
            offered.add(entries);
            return entries;
        });

        List<DomainEditor> restored = AutosaveRestore.offer(page(), crashed);

        assertEquals(1, offered.size());
        assertEquals(file.toAbsolutePath(), offered.get(0).get(0).original());
        assertEquals(1, restored.size());
        DomainEditor editor = restored.get(0);
        assertEquals(file, editor.getFile());
        assertTrue(editor.isDirty(), "restored changes are unsaved changes");
        assertTrue(model(editor).contains("<name>unsaved-before-crash</name>"), model(editor));
        assertEquals(named("as-loaded"), Files.readString(file), "the file itself is untouched until saved");
        assertTrue(crashed.contains(file), "kept until the restored editor is saved or discarded");
    }

    @Test
    void discardedAutosavesAreDeletedAndNothingOpens() throws IOException {
        AutosaveStore crashed = new AutosaveStore(folder.resolve("crashed-session"));
        crashed.write(file, named("unsaved-before-crash"));
        AutosaveRestore.setChooser((shell, entries) -> List.of());

        assertEquals(List.of(), AutosaveRestore.offer(page(), crashed));
        assertEquals(List.of(), crashed.list());
        assertEquals(before.size(), page().getEditorReferences().length);
    }

    @Test
    void decidingLaterKeepsTheAutosaves() throws IOException {
        AutosaveStore crashed = new AutosaveStore(folder.resolve("crashed-session"));
        crashed.write(file, named("unsaved-before-crash"));
        AutosaveRestore.setChooser((shell, entries) -> null);

        assertEquals(List.of(), AutosaveRestore.offer(page(), crashed));
        assertTrue(crashed.contains(file));
    }

    private static Entry entryFor(AutosaveStore store, Path file) throws IOException {
        return store.list().stream().filter(e -> e.original().equals(file.toAbsolutePath().normalize())).findFirst()
                .orElseThrow(() -> new AssertionError("no autosave for " + file));
    }
}
