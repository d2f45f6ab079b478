package org.vdevstudio.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vdevstudio.app.tests.Workbench.model;
import static org.vdevstudio.app.tests.Workbench.page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.app.Editors;
import org.vdevstudio.libvirt.ApplyTarget;
import org.vdevstudio.libvirt.DemoHost;
import org.vdevstudio.libvirt.Definition;
import org.vdevstudio.libvirt.LibvirtConnection;
import org.vdevstudio.ui.editor.DomainEditor;
import org.vdevstudio.ui.libvirt.ApplyDialog;
import org.vdevstudio.ui.libvirt.ApplyFlow;
import org.vdevstudio.ui.libvirt.ApplyPrompt;
import org.vdevstudio.ui.libvirt.ConnectionList;
import org.vdevstudio.ui.libvirt.Connections;
import org.vdevstudio.ui.libvirt.DomainOpener;
import org.vdevstudio.ui.libvirt.DomainRow;
import org.vdevstudio.ui.libvirt.ResultDialog;
import org.vdevstudio.ui.libvirt.ResultTable;

/**
 * Apply from an editor opened from the demo host (libvirt's test driver), in the running
 * workbench: the dialog's targets follow the domain's state, the preview shows the changed
 * interface, Apply Persistent defines it and the re-read definition has the change; a domain
 * changed behind the editor's back is refused, with Compare and Reload offered.
 */
class ApplyTest {

    static final String APPLY_COMMAND = "org.vdevstudio.ui.libvirt.apply";

    private final RecordingApplyPrompt prompt = new RecordingApplyPrompt();
    private final List<ApplyDialog> dialogs = new ArrayList<>();
    private List<IEditorReference> before;
    private String demo;

    @BeforeEach
    void connect() throws Exception {
        before = List.of(page().getEditorReferences());
        demo = ConnectionList.instance().defaults().get(0);
        ApplyFlow.setPrompt(prompt);
        ApplyFlow.setDialogHook(dialogs::add);
        Connections.get().connect(demo).join();
        Workbench.drainEvents();
    }

    @AfterEach
    void disconnect() throws InterruptedException {
        // what an apply still does goes to the recording prompt, not to a dialog that would block the next test
        Job.getJobManager().join(ApplyFlow.FAMILY, null);
        Workbench.drainEvents();
        for (ApplyDialog d : dialogs) {
            if (d.getShell() != null && !d.getShell().isDisposed()) {
                d.close();
            }
        }
        page().closeEditors(Arrays.stream(page().getEditorReferences()).filter(e -> !before.contains(e))
                .toArray(IEditorReference[]::new), false);
        ApplyFlow.setPrompt(null);
        ApplyFlow.setDialogHook(null);
        Connections.get().disconnect(demo).join();
        Workbench.drainEvents();
    }

    @Test
    void applyPersistentDefinesTheEditedInterfaceAndTheEditorShowsWhatLibvirtReadsBack() throws Exception {
        DomainEditor editor = openDbWithVlan("200");

        ApplyDialog dialog = openApplyDialog(editor);
        Button live = dialog.getTargetButton(ApplyTarget.LIVE);
        assertFalse(live.isEnabled(), "db is shut off: nothing live to change");
        assertFalse(dialog.getTargetButton(ApplyTarget.BOTH).isEnabled());
        assertTrue(live.getToolTipText().contains("does not run"), live.getToolTipText());
        assertTrue(dialog.getTargetButton(ApplyTarget.PERSISTENT).getSelection(), "the one target there is is chosen");

        Workbench.waitUntil("the preview", () -> dialog.getTable().getItemCount() > 0);
        TableItem row = dialog.getTable().getItem(0);
        assertEquals(1, dialog.getTable().getItemCount(), "only the interface changed");
        assertTrue(row.getText(0).contains("interface"), row.getText(0));
        assertEquals("changed", row.getText(1));
        assertTrue(dialog.getDiff().getText().contains("-") && dialog.getDiff().getText().contains("200"), dialog.getDiff().getText());
        Button apply = dialog.getApplyButton();
        assertTrue(apply.isEnabled());

        Workbench.click(apply);
        Workbench.waitUntil("the outcome", () -> !prompt.outcomes.isEmpty());

        ResultTable outcome = prompt.outcomes.get(0);
        assertFalse(outcome.failed(), outcome.error());
        String reread = session().dumpXml(DemoHost.SHUTOFF_DOMAIN, Definition.PERSISTENT);
        assertTrue(reread.contains("<tag id='200'/>"), reread);
        assertTrue(model(editor).contains("<tag id=\"200\"/>"), model(editor));
        assertFalse(editor.isDirty(), "the editor holds what libvirt read back");
        assertEquals(reread, editor.getConnectionInput().getBase(), "the next Apply starts from the re-read definition");
        assertEquals("Apply to libvirt", editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());

        ResultDialog shown = new ResultDialog(editor.getSite().getShell(), outcome);
        shown.setBlockOnOpen(false);
        shown.open();
        try {
            assertTrue(shown.getTable().getItemCount() >= 1);
        } finally {
            shown.close();
        }
    }

    @Test
    void aDomainChangedBehindTheEditorsBackIsRefusedWithCompareAndReloadOffered() throws Exception {
        DomainEditor editor = openDbWithVlan("300");
        redefineBehindTheEditorsBack(xml -> xml.replace("<vcpu placement='static'>4</vcpu>", "<vcpu placement='static'>6</vcpu>"));
        LibvirtConnection session = session();

        prompt.answer(ApplyPrompt.Conflict.COMPARE, ApplyPrompt.Conflict.RELOAD);
        ApplyFlow.start(editor);
        Workbench.waitUntil("the conflict", () -> prompt.asked.size() == 3);

        assertEquals(List.of("conflict", "compare", "conflict"), prompt.asked);
        assertTrue(dialogs.isEmpty(), "refused before the dialog: nothing was offered to send");
        assertTrue(prompt.compared[0].contains("<tag id=\"300\"/>"), prompt.compared[0]);
        assertTrue(prompt.compared[1].contains(">6</vcpu>"));
        assertTrue(session.dumpXml(DemoHost.SHUTOFF_DOMAIN, Definition.PERSISTENT).contains("<tag id='100'/>"), "nothing sent");
        assertTrue(model(editor).contains(">6</vcpu>"), "reloaded: " + model(editor));
        assertFalse(editor.isDirty());

        editor.getEditingDomain().getCommandStack().undo();
        assertTrue(model(editor).contains("<tag id=\"300\"/>"), "the edit is one Undo away");
    }

    @Test
    void cancellingTheConflictKeepsTheEdits() throws Exception {
        DomainEditor editor = openDbWithVlan("400");
        redefineBehindTheEditorsBack(xml -> xml.replace("<title>", "<title>Changed: "));

        prompt.answer(ApplyPrompt.Conflict.CANCEL);
        ApplyFlow.start(editor);
        Workbench.waitUntil("the conflict", () -> !prompt.asked.isEmpty());

        assertEquals(List.of("conflict"), prompt.asked);
        assertTrue(model(editor).contains("<tag id=\"400\"/>"));
        assertTrue(editor.isDirty());
    }

    @Test
    void aTransientDomainCannotBeAppliedPersistently() throws Exception {
        DomainEditor editor = open(DemoHost.TRANSIENT_DOMAIN, true);
        ApplyDialog dialog = openApplyDialog(editor);
        assertFalse(dialog.getTargetButton(ApplyTarget.PERSISTENT).isEnabled());
        assertFalse(dialog.getTargetButton(ApplyTarget.BOTH).isEnabled());
        assertTrue(dialog.getTargetButton(ApplyTarget.LIVE).isEnabled());
        assertTrue(dialog.getTargetButton(ApplyTarget.LIVE).getSelection());
        Workbench.waitUntil("the preview", () -> dialog.getMessage() != null && !dialog.getMessage().startsWith("Computing"));
        assertFalse(dialog.getApplyButton().isEnabled(), "no edit, nothing to apply: " + dialog.getMessage());
    }

    @Test
    void applyIsDisabledForAFileOpenedOffline(@TempDir Path folder) throws Exception {
        DomainEditor editor = (DomainEditor) Editors.openDomain(page(), Files.writeString(folder.resolve("offline.xml"),
                Workbench.named("offline")));
        page().activate(editor);
        Workbench.drainEvents();
        assertThrows(NotEnabledException.class,
                () -> PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(APPLY_COMMAND, null));
        assertTrue(dialogs.isEmpty());
    }

    @Test
    void aLibvirtErrorIsShownVerbatimAndTheEditorKeepsTheEdit() throws Exception {
        DomainEditor editor = open(DemoHost.RUNNING_DOMAIN, false);
        editor.restoreContent(model(editor).replace("</devices>",
                "<interface type=\"user\"><mac address=\"52:54:00:6d:90:99\"/></interface></devices>"));
        ApplyDialog dialog = openApplyDialog(editor);
        dialog.choose(ApplyTarget.BOTH);
        Workbench.waitUntil("the preview for Both", () -> dialog.getApplyButton().isEnabled());
        assertEquals("added", dialog.getTable().getItem(0).getText(1));

        Workbench.click(dialog.getApplyButton());
        Workbench.waitUntil("the outcome", () -> !prompt.outcomes.isEmpty());

        // libvirt's test driver cannot hot-plug: the live attach, sent first, fails with its message
        ResultTable outcome = prompt.outcomes.get(0);
        assertTrue(outcome.failed());
        assertTrue(outcome.error().startsWith("this function is not supported by the connection driver: virDomainAttachDeviceFlags"),
                outcome.error());
        assertTrue(outcome.error().contains("attach (live)") && outcome.error().contains("already applied: nothing"), outcome.error());
        assertFalse(session().dumpXml(DemoHost.RUNNING_DOMAIN, Definition.PERSISTENT).contains("52:54:00:6d:90:99"),
                "the define after the failed live attach was not sent");
        assertTrue(model(editor).contains("52:54:00:6d:90:99"), "the edit stays");
        assertTrue(editor.isDirty());
    }

    /** Opens db's persistent definition and sets its interface's VLAN tag 100 to {@code tag} in the source, as if typed. */
    private DomainEditor openDbWithVlan(String tag) throws IOException {
        DomainEditor editor = open(DemoHost.SHUTOFF_DOMAIN, false);
        String edited = model(editor).replace("<tag id=\"100\"/>", "<tag id=\"" + tag + "\"/>");
        assertFalse(edited.equals(model(editor)), "the demo's db has VLAN tag 100: " + model(editor));
        editor.restoreContent(edited);
        return editor;
    }

    /** Someone else redefines db on the same connection: its persistent definition as libvirt has it, changed. */
    private void redefineBehindTheEditorsBack(UnaryOperator<String> change) throws Exception {
        LibvirtConnection session = session();
        String now = session.dumpXml(DemoHost.SHUTOFF_DOMAIN, Definition.PERSISTENT);
        String theirs = change.apply(now);
        assertFalse(theirs.equals(now), "the change applies to " + now);
        session.define(theirs);
    }

    private DomainEditor open(String name, boolean live) {
        DomainRow row = Connections.get().state(demo).domains().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
        DomainOpener.open(page(), row, live);
        return Workbench.waitForEditor(name + (live ? " (live)" : ""));
    }

    /** Domain ▸ Apply to libvirt… on the active editor, through the command as the menu runs it. */
    private ApplyDialog openApplyDialog(DomainEditor editor) throws Exception {
        page().activate(editor);
        Workbench.drainEvents();
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(APPLY_COMMAND, null);
        Workbench.waitUntil("the Apply dialog", () -> !dialogs.isEmpty());
        return dialogs.get(0);
    }

    private LibvirtConnection session() throws Exception {
        return Connections.get().require(demo, new NullProgressMonitor());
    }

    /** Answers the conflict question from a script and records what was asked and shown. */
    private static final class RecordingApplyPrompt implements ApplyPrompt {
        final List<String> asked = new ArrayList<>();
        final List<ResultTable> outcomes = new ArrayList<>();
        final Deque<Conflict> answers = new ArrayDeque<>();
        String[] compared;

        void answer(Conflict... next) {
            answers.addAll(List.of(next));
        }

        @Override
        public Conflict conflict(Shell shell, String domain, String connection) {
            asked.add("conflict");
            return answers.isEmpty() ? Conflict.CANCEL : answers.poll();
        }

        @Override
        public void compare(Shell shell, String domain, String mine, String daemon) {
            asked.add("compare");
            compared = new String[] { mine, daemon };
        }

        @Override
        public void outcome(Shell shell, ResultTable result) {
            outcomes.add(result);
        }
    }
}
