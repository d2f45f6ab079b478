package org.vdevstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.ManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.ui.editor.SourceSync;
import org.vdevstudio.ui.forms.DetailsContext;
import org.vdevstudio.ui.forms.FieldBinder;
import org.vdevstudio.ui.forms.InterfacesPage;
import org.vdevstudio.ui.forms.HostDevicesPage;
import org.vdevstudio.ui.overview.DocumentOrigin;
import org.vdevstudio.ui.overview.OverviewContent;

/** The Overview page driven through its widgets: general fields, the origin, and the device links. */
class OverviewPageTest {

    private Display display;
    private Shell shell;
    private FormToolkit toolkit;
    private DomainResource resource;
    private BasicCommandStack stack;
    private SourceSync sync;
    private OverviewContent overview;
    private final List<EObject> revealed = new ArrayList<>();
    private final List<String> pages = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        toolkit = new FormToolkit(display);
        resource = TestDomains.load();
        AdapterFactoryEditingDomain domain = TestDomains.editingDomain(resource);
        stack = (BasicCommandStack) domain.getCommandStack();
        sync = new SourceSync(display, domain, resource, "ui-test.xml", 50);
        ManagedForm form = new ManagedForm(toolkit, toolkit.createScrolledForm(shell));
        overview = new OverviewContent(new DetailsContext(domain, resource, new DataBindingContext(DisplayRealm.getRealm(display))));
        overview.createContent(form, () -> DocumentOrigin.offline(Path.of("/srv/vms/ui-test.xml")), revealed::add, pages::add);
        shell.setSize(1400, 1000);
        shell.open();
        TestDomains.drain(display);
    }

    @AfterEach
    void close() {
        overview.dispose();
        sync.dispose();
        shell.dispose();
        toolkit.dispose();
        TestDomains.drain(display);
    }

    @Test
    void renamingIsOneUndoableCommandInModelAndSource() {
        Text name = (Text) field("name");
        assertEquals("ui-test", name.getText());
        FieldBinder.commit(name, "renamed");
        assertEquals("renamed", resource.getDomain().getName());
        assertTrue(sync.getDocument().get().contains("<name>renamed</name>"), sync.getDocument().get());
        assertTrue(stack.isSaveNeeded());
        stack.undo();
        assertEquals("ui-test", resource.getDomain().getName());
        assertEquals("ui-test", ((Text) field("name")).getText());
        assertFalse(stack.isSaveNeeded());
    }

    @Test
    void anEmptyNameIsRefusedAtTheField() {
        Text name = (Text) field("name");
        FieldBinder.commit(name, "");
        assertEquals("ui-test", resource.getDomain().getName());
        ControlDecoration d = (ControlDecoration) name.getData(FieldBinder.DECORATION_KEY);
        assertNotNull(d);
        assertTrue(d.isVisible());
        assertTrue(overview.getHeader().describe().startsWith("3: Name:"), overview.getHeader().describe());
    }

    @Test
    void memoryAndVcpusAreEdited() {
        assertEquals("512", ((Text) field("memory")).getText());
        FieldBinder.commit((Text) field("memory"), "2048");
        FieldBinder.commit((Text) field("vcpus"), "4");
        assertEquals(2048, resource.getDomain().getMemory().getValue().intValue());
        assertEquals(4, resource.getDomain().getVcpu().getValue().intValue());
        assertTrue(sync.getDocument().get().contains(">4</vcpu>"), sync.getDocument().get());
    }

    @Test
    void showsWhereTheDocumentCameFrom() {
        assertEquals("/srv/vms/ui-test.xml", ((Label) field("file")).getText());
        assertTrue(((Label) field("connection")).getText().startsWith("none"));
    }

    @Test
    void linksLeadToThePagesAndToEachDevice() {
        Widgets.pressEnter(field("interfacesPage"));
        Widgets.pressEnter(field("hostDevicesPage"));
        assertEquals(List.of(InterfacesPage.ID, HostDevicesPage.ID), pages);
        EObject hostdev = resource.getDomain().getDevices().getHostdevs().get(0);
        Control link = Widgets.all(shell).stream().filter(c -> c.getData("vdev.device") == hostdev).findFirst().orElseThrow();
        Widgets.pressEnter(link);
        assertSame(hostdev, revealed.get(0));
    }

    @Test
    void theDeviceSummaryFollowsEdits() {
        stack.execute(org.vdevstudio.core.edit.HostdevTemplates.addUsb(resource.getDomain()));
        assertTrue(((org.eclipse.ui.forms.widgets.Hyperlink) field("hostDevicesPage")).getText().startsWith("3 host devices"));
    }

    private Control field(String name) {
        return Widgets.find(shell, name);
    }
}
