package org.vdevstudio.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vdevstudio.app.tests.Workbench.page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vdevstudio.libvirt.DemoHost;
import org.vdevstudio.ui.editor.DomainEditor;
import org.vdevstudio.host.usage.DomainRef;
import org.vdevstudio.ui.libvirt.ConnectionList;
import org.vdevstudio.ui.libvirt.ConnectionUsage;
import org.vdevstudio.ui.libvirt.Connections;
import org.vdevstudio.ui.libvirt.Connections.State;
import org.vdevstudio.ui.libvirt.Connections.Status;
import org.vdevstudio.ui.libvirt.DomainRow;
import org.vdevstudio.ui.libvirt.DomainsView;
import org.vdevstudio.ui.overview.DocumentOrigin;

/**
 * The Domains view in the running workbench, on the demo host (libvirt's test driver over the
 * state file the product ships): connecting lists the domains with their states, a domain opens
 * as its persistent or live definition, disconnecting empties the connection.
 */
class DomainsViewTest {

    private List<IEditorReference> before;
    private DomainsView view;
    private String demo;

    @BeforeEach
    void showView() throws Exception {
        before = List.of(page().getEditorReferences());
        view = (DomainsView) page().showView(DomainsView.ID);
        demo = ConnectionList.instance().defaults().get(0);
        Workbench.drainEvents();
    }

    @AfterEach
    void disconnect() throws InterruptedException {
        page().closeEditors(Arrays.stream(page().getEditorReferences()).filter(e -> !before.contains(e))
                .toArray(IEditorReference[]::new), false);
        // the next test starts from the shipped state: connecting again reads the state file afresh
        Connections.get().disconnect(demo).join();
        Workbench.drainEvents();
    }

    @Test
    void theDemoHostIsTheFirstConnectionAndItsDomainsAreListedWithTheirStates() {
        assertTrue(demo.startsWith("test:///") && demo.endsWith("/node.xml"), demo);
        assertEquals(List.of(demo, "qemu:///system", "qemu:///session"), ConnectionList.instance().uris());
        Tree tree = view.getViewer().getTree();
        assertEquals(demo, tree.getItem(0).getText(0));
        assertEquals("not connected", tree.getItem(0).getText(1));

        connect();

        TreeItem connection = tree.getItem(0);
        assertEquals("3 domains", connection.getText(1));
        assertEquals(List.of("db | shut off | persistent", "scratch | running | transient", "web | running | persistent"),
                rows(connection));
    }

    @Test
    void doubleClickOpensThePersistentDefinitionAndTheOverviewShowsTheOrigin() {
        connect();
        doubleClick(domain(DemoHost.SHUTOFF_DOMAIN));
        DomainEditor editor = Workbench.waitForEditor(DemoHost.SHUTOFF_DOMAIN);

        DocumentOrigin origin = editor.getOrigin();
        assertEquals(demo, origin.connection());
        assertEquals(DemoHost.SHUTOFF_DOMAIN, origin.domain());
        assertEquals(DocumentOrigin.INACTIVE, origin.state());
        assertEquals(demo + ", domain db (persistent definition)", origin.describeConnection());
        assertEquals("db", editor.getPartName());
        assertTrue(editor.getResource().getDomain().getDevices().getInterfaces().size() == 1);
        assertFalse(editor.isDirty());
    }

    @Test
    void theLiveDefinitionOpensOnlyForARunningDomainAndATransientOneOpensLive() {
        connect();
        select(domain(DemoHost.SHUTOFF_DOMAIN));
        assertTrue(view.openPersistentAction().isEnabled());
        assertFalse(view.openLiveAction().isEnabled(), "a shut-off domain has no live definition");

        select(domain(DemoHost.TRANSIENT_DOMAIN));
        assertFalse(view.openPersistentAction().isEnabled(), "a transient domain has no persistent definition");
        assertTrue(view.openLiveAction().isEnabled());

        doubleClick(domain(DemoHost.TRANSIENT_DOMAIN));
        DomainEditor editor = Workbench.waitForEditor(DemoHost.TRANSIENT_DOMAIN + " (live)");
        assertEquals(DocumentOrigin.LIVE, editor.getOrigin().state());
    }

    @Test
    void disconnectEmptiesTheConnection() throws InterruptedException {
        connect();
        select(Connections.get().state(demo));
        assertTrue(view.disconnectAction().isEnabled());
        view.disconnectAction().run();
        Workbench.waitUntil("disconnected", () -> Connections.get().state(demo).status() == Status.DISCONNECTED);
        Workbench.waitUntil("the tree shows it", () -> "not connected".equals(view.getViewer().getTree().getItem(0).getText(1)));
        assertEquals(0, view.getViewer().getTree().getItem(0).getItemCount());
    }

    @Test
    void hostDevicesUsedByTakesTheConnectedDomainsDefinitions() {
        assertFalse(ConnectionUsage.anyConnected(Connections.get(), List.of(demo)));
        connect();
        assertTrue(ConnectionUsage.anyConnected(Connections.get(), List.of(demo)));

        ConnectionUsage.Result read = ConnectionUsage.read(Connections.get(), List.of(demo), new NullProgressMonitor());

        assertEquals(List.of(), read.problems());
        assertEquals(List.of("db", "scratch (live)", "web", "web (live)"),
                read.domains().stream().map(DomainRef::label).sorted().toList(), "persistent and live definitions");
        assertTrue(read.domains().stream().allMatch(r -> r.domain() != null && r.domain().getDevices() != null));
    }

    /** Connects the demo host through the view's Connect action, as a user does. */
    private void connect() {
        select(Connections.get().state(demo));
        assertTrue(view.connectAction().isEnabled());
        view.connectAction().run();
        Workbench.waitUntil("the demo host is listed", () -> view.getViewer().getTree().getItem(0).getItemCount() == 3);
    }

    /** Selects the element and double-clicks it: the tree's default selection, as SWT reports a double-click. */
    private void doubleClick(Object element) {
        select(element);
        view.getViewer().getTree().notifyListeners(SWT.DefaultSelection, new Event());
        Workbench.drainEvents();
    }

    private void select(Object element) {
        view.getViewer().setSelection(new StructuredSelection(element), true);
        Workbench.drainEvents();
    }

    private DomainRow domain(String name) {
        State s = Connections.get().state(demo);
        return s.domains().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> rows(TreeItem connection) {
        List<String> out = new ArrayList<>();
        for (TreeItem i : connection.getItems()) {
            out.add(i.getText(0) + " | " + i.getText(1) + " | " + i.getText(2));
        }
        assertNotNull(connection);
        return out;
    }
}
