package org.vdevstudio.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vdevstudio.app.tests.Workbench.page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.app.Editors;
import org.vdevstudio.model.domain.DomainPackage;
import org.vdevstudio.ui.editor.DomainEditor;

/** File > Revert and Save As on a domain editor in the running workbench. */
class SaveAsRevertTest {

    @TempDir
    Path folder;

    private List<IEditorReference> before;
    private Path file;
    private DomainEditor editor;

    @BeforeEach
    void open() throws Exception {
        before = List.of(page().getEditorReferences());
        file = Files.writeString(folder.resolve("original.xml"), Workbench.DOMAIN);
        editor = (DomainEditor) Editors.openDomain(page(), file);
        page().activate(editor);
        Workbench.drainEvents();
    }

    @AfterEach
    void close() {
        Workbench.closeEditorsOpenedSince(before);
    }

    private void rename(String name) {
        editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
                editor.getResource().getDomain(), DomainPackage.Literals.DOMAIN__NAME, name));
    }

    @Test
    void dirtyIsAnnouncedWhenItChangesAndUndoFollowsEveryCommand() throws Exception {
        List<Integer> fired = new ArrayList<>();
        editor.addPropertyListener((source, id) -> fired.add(id));
        IAction undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());

        rename("first");
        assertTrue(editor.isDirty());
        assertEquals(List.of(IEditorPart.PROP_DIRTY, DomainEditor.PROP_EDITS), fired);
        String firstLabel = undo.getText();
        rename("second"); // still dirty: the workbench is not told again, undo is
        assertEquals(List.of(IEditorPart.PROP_DIRTY, DomainEditor.PROP_EDITS, DomainEditor.PROP_EDITS), fired);
        assertTrue(undo.isEnabled());
        assertEquals(firstLabel, undo.getText(), "the same kind of command: " + undo.getText());

        fired.clear();
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals(List.of(DomainEditor.PROP_EDITS), fired, "one command still unsaved");
        editor.getEditingDomain().getCommandStack().undo();
        assertFalse(editor.isDirty());
        assertEquals(List.of(DomainEditor.PROP_EDITS, IEditorPart.PROP_DIRTY, DomainEditor.PROP_EDITS), fired);
        assertFalse(undo.isEnabled(), "nothing left to undo");

        rename("saved");
        fired.clear();
        page().getWorkbenchWindow().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
        Workbench.drainEvents();
        assertFalse(editor.isDirty());
        assertTrue(fired.contains(IEditorPart.PROP_DIRTY), "a save makes the editor clean: " + fired);
    }

    @Test
    void revertFromTheFileMenuGoesBackToTheFileAndUndoBringsTheEditBack() throws Exception {
        String saved = Workbench.model(editor);
        rename("renamed");
        assertTrue(editor.isDirty());

        // the File menu's Revert runs this command; it fails when no handler of the editor is enabled
        editor.getSite().getService(IHandlerService.class).executeCommand(IWorkbenchCommandConstants.FILE_REVERT, null);

        assertFalse(editor.isDirty());
        assertEquals("from-test", editor.getResource().getDomain().getName());
        assertEquals(saved, Workbench.model(editor));
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals("renamed", editor.getResource().getDomain().getName());
        assertTrue(editor.isDirty());
    }

    @Test
    void saveAsWritesTheNewFileWhichTheEditorEditsFromThenOn() throws Exception {
        rename("copy");
        Path copy = folder.resolve("copy.xml");

        assertTrue(editor.saveAs(copy));

        assertFalse(editor.isDirty());
        assertEquals(copy, editor.getFile());
        assertEquals("copy.xml", editor.getPartName());
        assertTrue(Files.readString(copy).contains("<name>copy</name>"), Files.readString(copy));
        assertEquals(Workbench.DOMAIN, Files.readString(file), "the original file is untouched");

        rename("copy-2");
        editor.doSave(null);
        assertTrue(Files.readString(copy).contains("<name>copy-2</name>"), Files.readString(copy));
        assertEquals(Workbench.DOMAIN, Files.readString(file));
    }
}
