package org.vdevstudio.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.vdevstudio.app.tests.Workbench.page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.app.Editors;
import org.vdevstudio.host.usage.DomainFolder;
import org.vdevstudio.host.usage.DomainRef;
import org.vdevstudio.ui.editor.DomainEditor;
import org.vdevstudio.ui.host.HostDevicesView;
import org.vdevstudio.ui.libvirt.ConnectionList;
import org.vdevstudio.ui.libvirt.ConnectionUsage;
import org.vdevstudio.ui.libvirt.Connections;

/** The Host Devices view's "used by" without a connection: the open editors and a folder of domain XMLs, read off the UI thread. */
class HostDevicesViewTest {

    @TempDir
    Path temp;

    private List<IEditorReference> before;
    private HostDevicesView view;
    private Path savedFolder;

    @BeforeEach
    void open() throws Exception {
        assertFalse(ConnectionUsage.anyConnected(Connections.get(), ConnectionList.instance().uris()),
                "no connection is connected: \"used by\" reads the folder");
        before = List.of(page().getEditorReferences());
        view = (HostDevicesView) page().showView(HostDevicesView.ID);
        savedFolder = Objects.equals(view.getFolder(), DomainFolder.defaultFolder()) ? null : view.getFolder();
        Workbench.drainEvents();
    }

    @AfterEach
    void close() {
        Workbench.closeEditorsOpenedSince(before);
        view.setFolder(savedFolder);
        Workbench.drainEvents(); // the view stays: it is part of the perspective other tests check
    }

    @Test
    void usedByReadsTheFolderInAJobAndAgainWhenTheViewIsActivated() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("qemu"));
        Files.writeString(folder.resolve("a.xml"), Workbench.named("folder-a"));
        Files.writeString(folder.resolve("broken.xml"), "<domain type='kvm'><name>broken");
        Files.writeString(folder.resolve("notes.txt"), "not a domain");
        Editors.openDomain(page(), Files.writeString(temp.resolve("edited.xml"), Workbench.named("edited")));
        page().activate(view);
        Workbench.drainEvents();

        view.setFolder(folder);
        // the folder is read by a job: until the UI thread runs its result, only the editor counts
        assertEquals(expect("edited"), labels());
        Workbench.waitUntil("the folder's domain is used-by", () -> labels().contains("folder-a"));
        assertEquals(expect("edited", "folder-a"), labels(), "the unreadable file and the non-XML file are left out");

        // a file added while the view is in the background counts once the view is active again
        page().showView(IPageLayout.ID_OUTLINE);
        Files.writeString(folder.resolve("b.xml"), Workbench.named("folder-b"));
        page().activate(view);
        Workbench.waitUntil("the new file's domain is used-by", () -> labels().contains("folder-b"));
        assertEquals(expect("edited", "folder-a", "folder-b"), labels());

        // closing the editor: it no longer counts, the folder's domains still do
        Workbench.closeEditorsOpenedSince(before);
        assertEquals(expect("folder-a", "folder-b"), labels());
    }

    /** The domains of the editors open before the test (the workbench's start-up editor), and {@code more}, sorted. */
    private List<String> expect(String... more) {
        return Stream.concat(before.stream().map(r -> r.getEditor(false)).filter(DomainEditor.class::isInstance)
                .map(e -> ((DomainEditor) e).getResource().getDomain().getName()), Stream.of(more)).sorted().toList();
    }

    private List<String> labels() {
        return view.usedByDomains().stream().map(DomainRef::label).sorted().toList();
    }
}
