package org.vdevstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.model.domain.DomainPackage;
import org.vdevstudio.model.domain.InterfaceMac;
import org.vdevstudio.ui.editor.RedoAction;
import org.vdevstudio.ui.editor.SourceSync;
import org.vdevstudio.ui.editor.SourceSync.State;
import org.vdevstudio.ui.editor.UndoAction;

/** The Undo and Redo global action handlers on the EMF command stack and the Source page's text. */
class UndoRedoActionsTest {

    private Display display;
    private DomainResource resource;
    private AdapterFactoryEditingDomain domain;
    private BasicCommandStack stack;
    private SourceSync sync;
    private final UndoAction undo = new UndoAction();
    private final RedoAction redo = new RedoAction();

    @BeforeEach
    void setUp() throws Exception {
        display = Display.getDefault();
        resource = TestDomains.load();
        domain = TestDomains.editingDomain(resource);
        stack = (BasicCommandStack) domain.getCommandStack();
        sync = new SourceSync(display, domain, resource, "ui-test.xml", 10_000);
        undo.setTarget(stack, sync);
        redo.setTarget(stack, sync);
        // what the contributor does on the editor's PROP_DIRTY
        stack.addCommandStackListener(e -> {
            undo.update();
            redo.update();
        });
        sync.addStateListener(() -> {
            undo.update();
            redo.update();
        });
    }

    @AfterEach
    void tearDown() {
        sync.dispose();
        TestDomains.drain(display);
    }

    @Test
    void actionsAreTheWorkbenchUndoAndRedo() {
        assertEquals(ActionFactory.UNDO.getId(), undo.getId());
        assertEquals(ActionFactory.UNDO.getCommandId(), undo.getActionDefinitionId());
        assertEquals(ActionFactory.REDO.getId(), redo.getId());
        assertFalse(undo.isEnabled());
        assertFalse(redo.isEnabled());
    }

    @Test
    void undoAndRedoACommand() {
        String before = sync.getDocument().get();
        stack.execute(SetCommand.create(domain, mac(), DomainPackage.Literals.INTERFACE_MAC__ADDRESS, "52:54:00:aa:bb:cc"));
        assertTrue(undo.isEnabled());
        assertTrue(undo.getText().startsWith("&Undo "), undo.getText());
        assertFalse(redo.isEnabled());

        undo.run();
        assertEquals("52:54:00:00:00:01", mac().getAddress());
        assertEquals(before, sync.getDocument().get());
        assertFalse(undo.isEnabled());
        assertTrue(redo.isEnabled());

        redo.run();
        assertEquals("52:54:00:aa:bb:cc", mac().getAddress());
        assertFalse(redo.isEnabled());
    }

    @Test
    void undoRightAfterTypingUndoesTheTyping() throws Exception {
        String before = sync.getDocument().get();
        replaceFirst("52:54:00:00:00:01", "52:54:00:00:00:99");
        assertEquals(State.PENDING, sync.getState(), "the 10 s delay has not passed");
        assertTrue(undo.isEnabled(), "typing is undoable before it is parsed");

        undo.run();
        assertEquals(before, sync.getDocument().get());
        assertEquals("52:54:00:00:00:01", mac().getAddress());
        assertFalse(stack.isSaveNeeded());
        assertTrue(redo.isEnabled(), "the typing became a command, so it can be redone");

        redo.run();
        assertEquals("52:54:00:00:00:99", mac().getAddress());
    }

    @Test
    void undoOfTextThatIsNotADomainDropsIt() throws Exception {
        stack.execute(SetCommand.create(domain, mac(), DomainPackage.Literals.INTERFACE_MAC__ADDRESS, "52:54:00:aa:bb:cc"));
        String edited = sync.getDocument().get();
        replaceFirst("</devices>", "</device>");
        assertEquals(State.INVALID, sync.flush());

        undo.run();
        assertEquals(edited, sync.getDocument().get(), "the broken typing is gone");
        assertEquals(State.IN_SYNC, sync.getState());
        assertEquals("52:54:00:aa:bb:cc", mac().getAddress(), "the command before it is still done");
        assertTrue(stack.canUndo());
    }

    private InterfaceMac mac() {
        return resource.getDomain().getDevices().getInterfaces().get(0).getMac();
    }

    private void replaceFirst(String what, String with) throws Exception {
        IDocument doc = sync.getDocument();
        int at = doc.get().indexOf(what);
        assertTrue(at >= 0, what);
        doc.replace(at, what.length(), with);
    }
}
