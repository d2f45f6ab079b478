package org.vdevstudio.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.app.Editors;
import org.vdevstudio.app.StartupFiles;
import org.vdevstudio.app.VdevPerspective;

/**
 * Runs inside the real vdev studio application (Tycho's UI harness starts it): the workbench
 * comes up with our window and perspective, the example domain is open, and XML files open in
 * the domain editor.
 */
class WorkbenchStartupTest {

    private static final String DOMAIN = """
            <domain type='kvm'>
              <name>from-test</name>
              <memory unit='MiB'>64</memory>
              <os><type arch='x86_64' machine='pc'>hvm</type></os>
              <devices>
                <interface type='user'><mac address='52:54:00:00:00:01'/><model type='virtio'/></interface>
              </devices>
            </domain>
            """;

    @TempDir
    Path folder;

    private List<IEditorReference> before;

    @BeforeEach
    void rememberOpenEditors() {
        before = List.of(page().getEditorReferences());
    }

    @AfterEach
    void closeEditorsOpenedByTheTest() {
        IEditorReference[] opened = Arrays.stream(page().getEditorReferences())
                .filter(e -> !before.contains(e))
                .toArray(IEditorReference[]::new);
        page().closeEditors(opened, false);
    }

    @Test
    void workbenchShowsOurWindowAndPerspective() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window);
        assertTrue(window.getShell().getText().startsWith("vdev studio"), window.getShell().getText());
        assertEquals(VdevPerspective.ID, page().getPerspective().getId());
    }

    @Test
    void hostDevicesViewIsInThePerspectiveAndTheEditorTakesDrops() throws IOException {
        assertNotNull(page().findView("org.vdevstudio.ui.hostDevices"), "the host device browser is shown");
        IEditorPart editor = Editors.openDomain(page(), Files.writeString(folder.resolve("drop.xml"), DOMAIN));
        Control body = ((FormEditor) editor).getActivePageInstance().getPartControl();
        assertNotNull(body.getData(DND.DROP_TARGET_KEY), "the Devices page accepts dragged host devices");
    }

    @Test
    void exampleDomainIsOpenAfterStartup() {
        List<String> open = Arrays.stream(page().getEditorReferences())
                .filter(e -> Editors.DOMAIN_EDITOR_ID.equals(e.getId()))
                .map(IEditorReference::getName)
                .toList();
        assertTrue(open.contains("example-domain.xml"), "domain editors open at start-up: " + open);
    }

    @Test
    void xmlFileOpensInTheDomainEditor() throws IOException {
        Path file = Files.writeString(folder.resolve("from-test.xml"), DOMAIN);

        IEditorPart byId = Editors.openDomain(page(), file);
        assertNotNull(byId);
        assertEquals(Editors.DOMAIN_EDITOR_ID, byId.getEditorSite().getId());
        assertEquals("org.vdevstudio.ui.editor.DomainEditor", byId.getClass().getName());
        assertEquals("from-test.xml", byId.getEditorInput().getName());
        page().closeEditor(byId, false);

        IEditorPart byName = Editors.openRegistered(page(), file);
        assertNotNull(byName);
        assertEquals(Editors.DOMAIN_EDITOR_ID, byName.getEditorSite().getId(), "*.xml is registered to the domain editor");
    }

    @Test
    void onlyXmlFileArgumentsAreOpened() {
        assertEquals(List.of("/tmp/a.xml", "b.XML"), StartupFiles.fileArguments(new String[] {
                "-testproperties", "/tmp/surefire.properties", "/tmp/a.xml", "-nl", "en", "b.XML", "-clearPersistedState" }));
        assertEquals(List.of(), StartupFiles.fileArguments(null));
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }
}
