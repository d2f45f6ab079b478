package org.vdevstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.DomainPackage;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.model.domain.InterfaceType;
import org.vdevstudio.ui.editor.LoadedDomain;
import org.vdevstudio.ui.editor.ReplaceContentCommand;
import org.vdevstudio.ui.editor.SourceSync;
import org.vdevstudio.ui.editor.SourceSync.State;

/** The Source page's text and the model, both ways, on a real display's event loop. */
class SourceSyncTest {

    private static final int DELAY_MS = 200;
    private static final long TIMEOUT_MS = 10_000;

    private Display display;
    private DomainResource resource;
    private AdapterFactoryEditingDomain domain;
    private BasicCommandStack stack;
    private SourceSync sync;

    @BeforeEach
    void setUp() throws Exception {
        display = Display.getDefault();
        resource = TestDomains.load();
        domain = TestDomains.editingDomain(resource);
        stack = (BasicCommandStack) domain.getCommandStack();
        sync = new SourceSync(display, domain, resource, "ui-test.xml", DELAY_MS);
    }

    @AfterEach
    void tearDown() {
        sync.dispose();
        TestDomains.drain(display);
    }

    @Test
    void theDocumentIsTheSerialisedModel() throws Exception {
        assertEquals(DomainXml.toString(resource), sync.getDocument().get());
        assertTrue(sync.getDocument().get().contains("<mac address=\"52:54:00:00:00:01\"/>"), sync.getDocument().get());
        assertEquals(State.IN_SYNC, sync.getState());
        assertFalse(sync.hasUnappliedEdits());
    }

    @Test
    void aCommandRewritesTheTextAndUndoRestoresIt() {
        String before = sync.getDocument().get();
        Interface user = firstInterface();

        stack.execute(SetCommand.create(domain, user.getMac(), DomainPackage.Literals.INTERFACE_MAC__ADDRESS, "52:54:00:aa:bb:cc"));

        String after = sync.getDocument().get();
        assertTrue(after.contains("<mac address=\"52:54:00:aa:bb:cc\"/>"), after);
        assertFalse(after.contains("52:54:00:00:00:01"), after);
        assertTrue(stack.isSaveNeeded());
        assertEquals(State.IN_SYNC, sync.getState(), "a model change is not taken for typing");

        stack.undo();
        assertEquals(before, sync.getDocument().get());
        assertFalse(stack.isSaveNeeded());
    }

    @Test
    void typingIsParsedAfterThePauseIntoOneUndoableCommand() throws Exception {
        Domain original = resource.getDomain();
        String before = sync.getDocument().get();

        // Three edits in a row, as keystrokes: "user" -> "network"
        replaceFirst("type=\"user\"", "type=\"use\"");
        replaceFirst("type=\"use\"", "type=\"netw\"");
        replaceFirst("type=\"netw\"", "type=\"network\"");

        assertEquals(State.PENDING, sync.getState());
        assertTrue(sync.hasUnappliedEdits());
        assertSame(original, resource.getDomain(), "nothing is parsed while typing");
        assertEquals(InterfaceType.USER, firstInterface().getType());

        assertTrue(TestDomains.pumpUntil(display, () -> sync.getState() == State.IN_SYNC, TIMEOUT_MS), "parsed");
        assertEquals(InterfaceType.NETWORK, firstInterface().getType());
        assertTrue(stack.isSaveNeeded());
        assertFalse(sync.hasUnappliedEdits());
        assertEquals(ReplaceContentCommand.LABEL, stack.getUndoCommand().getLabel());
        assertTrue(sync.getDocument().get().contains("type=\"network\""), "the typed text stays");

        stack.undo();
        assertFalse(stack.canUndo(), "the three keystrokes made one command");
        assertSame(original, resource.getDomain());
        assertEquals(InterfaceType.USER, firstInterface().getType());
        assertEquals(before, sync.getDocument().get());

        stack.redo();
        assertEquals(InterfaceType.NETWORK, firstInterface().getType());
        assertTrue(sync.getDocument().get().contains("<interface type=\"network\">"), sync.getDocument().get());
    }

    @Test
    void malformedTextLeavesTheModelAloneAndSaysWhere() throws Exception {
        Domain original = resource.getDomain();
        String xml = sync.getDocument().get();
        int line = lineOf(xml, "<model type=\"virtio\"/>");
        replaceFirst("<model type=\"virtio\"/>", "<model type=\"virtio\">");

        assertTrue(TestDomains.pumpUntil(display, () -> sync.getState() == State.INVALID, TIMEOUT_MS), "parsed");
        assertNotNull(sync.getError());
        assertTrue(sync.getError().getLine() >= line, "error at line " + sync.getError().getLine() + ", edit on " + line);
        assertTrue(SourceSync.describe(sync.getError()).startsWith("line " + sync.getError().getLine() + ", column "),
                SourceSync.describe(sync.getError()));
        assertSame(original, resource.getDomain());
        assertEquals(2, original.getDevices().getInterfaces().size());
        assertFalse(stack.canUndo(), "no command");
        assertFalse(stack.isSaveNeeded());
        assertTrue(sync.hasUnappliedEdits(), "the broken text is kept, and counts as an unsaved edit");
        assertTrue(sync.getDocument().get().contains("<model type=\"virtio\">"));

        replaceFirst("<model type=\"virtio\">", "<model type=\"e1000e\"/>");
        assertTrue(TestDomains.pumpUntil(display, () -> sync.getState() == State.IN_SYNC, TIMEOUT_MS), "fixed");
        assertEquals("e1000e", firstInterface().getModel().getType());
    }

    @Test
    void aFileThatDoesNotLoadOpensAsTextAndBecomesTheModelOnceFixed(@TempDir Path folder) throws Exception {
        String broken = TestDomains.XML.replace("<name>ui-test</name>", "<name>ui-test</nam>");
        Path file = Files.writeString(folder.resolve("broken.xml"), broken);
        LoadedDomain loaded = LoadedDomain.open(file);
        assertFalse(loaded.isLoaded());
        assertEquals(2, loaded.error().getLine());
        assertEquals(broken, loaded.text());
        assertTrue(loaded.resource().getContents().isEmpty());

        AdapterFactoryEditingDomain d = TestDomains.editingDomain(loaded.resource());
        SourceSync s = new SourceSync(display, d, loaded.resource(), "broken.xml", DELAY_MS);
        try {
            s.showUnloaded(loaded.text(), loaded.error());
            assertEquals(broken, s.getDocument().get());
            assertEquals(State.INVALID, s.getState());
            assertFalse(s.hasUnappliedEdits(), "the file's own text is not an edit");

            IDocument doc = s.getDocument();
            doc.replace(doc.get().indexOf("</nam>"), "</nam>".length(), "</name>");
            assertTrue(TestDomains.pumpUntil(display, () -> s.getState() == State.IN_SYNC, TIMEOUT_MS), "parsed");
            assertNotNull(loaded.resource().getDomain());
            assertEquals("ui-test", loaded.resource().getDomain().getName());

            d.getCommandStack().undo();
            assertTrue(loaded.resource().getContents().isEmpty());
            assertEquals(broken, s.getDocument().get());
            assertEquals(State.INVALID, s.getState());
        } finally {
            s.dispose();
        }
    }

    @Test
    void addingAnXmlDeclarationInTheTextIsPartOfTheCommand() throws Exception {
        assertFalse(resource.hasXmlDeclaration());
        sync.getDocument().replace(0, 0, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        assertEquals(State.IN_SYNC, sync.flush(), "flush parses without waiting");
        assertTrue(resource.hasXmlDeclaration());
        assertTrue(DomainXml.toString(resource).startsWith("<?xml"));
        stack.undo();
        assertFalse(resource.hasXmlDeclaration());
        assertFalse(sync.getDocument().get().startsWith("<?xml"));
    }

    private Interface firstInterface() {
        return resource.getDomain().getDevices().getInterfaces().get(0);
    }

    private void replaceFirst(String what, String with) throws BadLocationException {
        IDocument doc = sync.getDocument();
        int at = doc.get().indexOf(what);
        assertTrue(at >= 0, what + " in " + doc.get());
        doc.replace(at, what.length(), with);
    }

    private static int lineOf(String text, String what) {
        return (int) text.substring(0, text.indexOf(what)).chars().filter(c -> c == '\n').count() + 1;
    }
}
