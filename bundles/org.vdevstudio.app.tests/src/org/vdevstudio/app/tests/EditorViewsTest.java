package org.vdevstudio.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vdevstudio.app.tests.Workbench.page;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.part.PageBookView;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.app.Editors;
import org.vdevstudio.model.domain.Hostdev;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.ui.editor.DomainEditor;
import org.vdevstudio.ui.forms.HostDevicesPage;
import org.vdevstudio.ui.forms.InterfacesPage;
import org.vdevstudio.ui.outline.DevicePropertySourceProvider;
import org.vdevstudio.ui.outline.DomainOutlinePage;
import org.vdevstudio.ui.overview.OverviewPage;

/** The Outline and Properties of a domain editor in the workbench, and moving between its pages. */
class EditorViewsTest {

    static final String DOMAIN = """
            <domain type='kvm'>
              <name>views</name>
              <memory unit='MiB'>64</memory>
              <devices>
                <interface type='hostdev' managed='yes'>
                  <mac address='52:54:00:6d:90:02'/>
                  <source><address type='pci' domain='0x0000' bus='0x03' slot='0x10' function='0x1'/></source>
                </interface>
                <hostdev mode='subsystem' type='pci' managed='no'>
                  <source><address domain='0x0000' bus='0x06' slot='0x02' function='0x0'/></source>
                </hostdev>
              </devices>
            </domain>
            """;

    @TempDir
    Path folder;

    private List<IEditorReference> before;
    private DomainEditor editor;

    @BeforeEach
    void open() throws Exception {
        before = List.of(page().getEditorReferences());
        editor = (DomainEditor) Editors.openDomain(page(), Files.writeString(folder.resolve("views.xml"), DOMAIN));
        Workbench.drainEvents();
    }

    @AfterEach
    void close() {
        page().closeEditors(Arrays.stream(page().getEditorReferences()).filter(e -> !before.contains(e))
                .toArray(IEditorReference[]::new), false);
        Workbench.drainEvents();
    }

    @Test
    void theEditorOpensOnTheOverview() {
        assertEquals(OverviewPage.ID, editor.getActivePageInstance().getId());
    }

    @Test
    void selectingADeviceInTheOutlineSelectsItOnItsPage() throws Exception {
        PageBookView outline = (PageBookView) page().showView(IPageLayout.ID_OUTLINE);
        page().activate(editor);
        Workbench.drainEvents();
        DomainOutlinePage outlinePage = assertInstanceOf(DomainOutlinePage.class, outline.getCurrentPage());
        outlinePage.getViewer().expandAll();
        Tree tree = outlinePage.getViewer().getTree();
        assertEquals(1, tree.getItemCount());
        TreeItem[] devices = tree.getItem(0).getItems();
        assertEquals(2, devices.length);
        assertTrue(devices[0].getText().startsWith("interface 1"), devices[0].getText());

        select(tree, devices[1]);
        assertEquals(HostDevicesPage.ID, editor.getActivePageInstance().getId());
        Hostdev hostdev = editor.getResource().getDomain().getDevices().getHostdevs().get(0);
        assertSame(hostdev, ((HostDevicesPage) editor.getActivePageInstance()).getBlock().getMaster().getSelected().getOwner());

        select(tree, devices[0]);
        assertEquals(InterfacesPage.ID, editor.getActivePageInstance().getId());
        Interface iface = editor.getResource().getDomain().getDevices().getInterfaces().get(0);
        assertSame(iface, ((InterfacesPage) editor.getActivePageInstance()).getBlock().getMaster().getSelected());
    }

    @Test
    void theHostDevicePageLinksToTheInterfaceOnTheInterfacesPage() {
        Interface iface = editor.getResource().getDomain().getDevices().getInterfaces().get(0);
        editor.setActivePage(HostDevicesPage.ID);
        HostDevicesPage hostdevs = (HostDevicesPage) editor.getActivePageInstance();
        assertTrue(hostdevs.getBlock().getMaster().selectOwner(iface));
        // the link's action: the editor turns to the interface's own page
        assertTrue(editor.reveal(iface));
        assertEquals(InterfacesPage.ID, editor.getActivePageInstance().getId());
        assertSame(iface, ((InterfacesPage) editor.getActivePageInstance()).getBlock().getMaster().getSelected());
    }

    @Test
    void propertiesShowAndEditTheSelectedDevice() throws Exception {
        assertInstanceOf(PropertySheetPage.class, editor.getAdapter(IPropertySheetPage.class));
        Hostdev hostdev = editor.getResource().getDomain().getDevices().getHostdevs().get(0);
        IPropertySource source = new DevicePropertySourceProvider(editor.getEditingDomain()).getPropertySource(hostdev);
        Object managed = Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals("managed"))
                .findFirst().orElseThrow().getId();
        assertEquals("no", source.getPropertyValue(managed));
        source.setPropertyValue(managed, "yes");
        assertEquals("yes", hostdev.getManaged().getLiteral());
        assertTrue(editor.isDirty());
        source.setPropertyValue(managed, "maybe");
        assertEquals("yes", hostdev.getManaged().getLiteral(), "a value the schema refuses changes nothing");
        editor.getEditingDomain().getCommandStack().undo();
        assertEquals("no", hostdev.getManaged().getLiteral());
        Object sourceElement = Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().endsWith("source"))
                .findFirst().orElseThrow().getId();
        assertNotNull(assertInstanceOf(IPropertySource.class, source.getPropertyValue(sourceElement)));
        assertInstanceOf(EObject.class, sourceElement);
    }

    private static void select(Tree tree, TreeItem item) {
        tree.setSelection(item);
        tree.notifyListeners(SWT.Selection, null);
        Workbench.drainEvents();
    }
}
