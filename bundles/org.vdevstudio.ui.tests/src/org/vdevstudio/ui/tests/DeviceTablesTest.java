package org.vdevstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.ManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.ui.editor.DeviceTableSection;
import org.vdevstudio.ui.editor.DomainSummary;
import org.vdevstudio.ui.editor.HostDevicesSection;
import org.vdevstudio.ui.editor.InterfacesSection;
import org.vdevstudio.ui.editor.SourceSync;
import org.vdevstudio.ui.editor.SourceSync.State;

/** The Devices page's sections, built with a real form toolkit in a shell, fed by a loaded domain. */
class DeviceTablesTest {

    private Display display;
    private Shell shell;
    private FormToolkit toolkit;
    private DomainResource resource;

    @BeforeEach
    void setUp() throws Exception {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        toolkit = new FormToolkit(display);
        resource = TestDomains.load();
    }

    @AfterEach
    void tearDown() {
        shell.dispose();
        toolkit.dispose();
        TestDomains.drain(display);
    }

    @Test
    void interfacesTableListsEveryInterfaceInDocumentOrder() {
        InterfacesSection section = new InterfacesSection(shell, toolkit, resource);
        open();
        List<List<String>> rows = rows(section);
        assertEquals(List.of("#", "Type", "MAC", "Source", "Model", "VLAN"), headers(section));
        assertEquals(List.of(
                List.of("1", "user", "52:54:00:00:00:01", "", "virtio", ""),
                List.of("2", "hostdev", "52:54:00:6d:90:02", "pci 0000:03:10.1", "", "42")), rows);
    }

    @Test
    void hostDevicesTableShowsTheHostdevInterfaceAndThePlainHostdev() {
        HostDevicesSection section = new HostDevicesSection(shell, toolkit, resource);
        open();
        assertEquals(List.of(
                List.of("1", "pci", "pci 0000:03:10.1", "yes", "interface 2 (MAC 52:54:00:6d:90:02)"),
                List.of("2", "pci", "pci 0000:06:02.0", "no", "")), rows(section));
    }

    @Test
    void tablesFollowASourceEditThatReplacesTheDomain() throws Exception {
        AdapterFactoryEditingDomain domain = TestDomains.editingDomain(resource);
        SourceSync sync = new SourceSync(display, domain, resource, "ui-test.xml", 50);
        try {
            ManagedForm form = new ManagedForm(toolkit, toolkit.createScrolledForm(shell));
            form.getForm().getBody().setLayout(new FillLayout(SWT.VERTICAL));
            InterfacesSection interfaces = new InterfacesSection(form.getForm().getBody(), toolkit, resource);
            HostDevicesSection hostDevices = new HostDevicesSection(form.getForm().getBody(), toolkit, resource);
            form.addPart(interfaces);
            form.addPart(hostDevices);
            open();
            String text = sync.getDocument().get();
            int at = text.indexOf("<interface type=\"hostdev\"");
            sync.getDocument().replace(at, "<interface type=\"hostdev\"".length(), "<interface type=\"direct\"");
            assertEquals(State.IN_SYNC, sync.flush());

            // what the Devices page does on a command-stack change
            interfaces.markStale();
            hostDevices.markStale();
            form.refresh();
            assertTrue(!interfaces.isStale() && !hostDevices.isStale());
            assertEquals("direct", rows(interfaces).get(1).get(1));
            assertEquals(1, rows(hostDevices).size(), "the interface is no longer a host device");
            assertEquals("pci 0000:06:02.0", rows(hostDevices).get(0).get(2));

            domain.getCommandStack().undo();
            hostDevices.markStale();
            form.refresh();
            assertEquals(2, rows(hostDevices).size());
        } finally {
            sync.dispose();
        }
    }

    @Test
    void summaryCountsDevicesAndProblems() {
        DomainSummary summary = DomainSummary.of(resource);
        assertEquals("ui-test", summary.name());
        assertEquals(2, summary.interfaces());
        assertEquals(2, summary.hostDevices());
        assertEquals(1, summary.hostdevInterfaces());
        assertTrue(summary.text().startsWith("2 interfaces, 2 host devices (1 of them an interface's), "), summary.text());

        resource.getDomain().getDevices().getInterfaces().get(0).getMac().setAddress("not-a-mac");
        DomainSummary bad = DomainSummary.of(resource);
        assertTrue(bad.problems().size() > summary.problems().size(), bad.text());
        assertTrue(bad.text().contains("not-a-mac") || bad.text().contains("address"), bad.text());
    }

    private void open() {
        shell.setSize(900, 600);
        shell.open();
        shell.layout(true, true);
        TestDomains.drain(display);
    }

    private static List<String> headers(DeviceTableSection<?> section) {
        List<String> names = new ArrayList<>();
        for (var c : section.getViewer().getTable().getColumns()) {
            names.add(c.getText());
        }
        return names;
    }

    private static List<List<String>> rows(DeviceTableSection<?> section) {
        Table table = section.getViewer().getTable();
        List<List<String>> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < table.getColumnCount(); i++) {
                cells.add(item.getText(i));
            }
            rows.add(cells);
        }
        return rows;
    }
}
