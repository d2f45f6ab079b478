package org.vdevstudio.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vdevstudio.core.validation.Problem;
import org.vdevstudio.model.domain.Devices;
import org.vdevstudio.ui.editor.SourcePage;
import org.vdevstudio.ui.forms.FieldBinder;
import org.vdevstudio.ui.forms.HostDevicesPage;
import org.vdevstudio.ui.forms.InterfacesPage;
import org.vdevstudio.ui.overview.OverviewPage;

/**
 * Double-clicking a row of the Problems view takes the user to the problem: the page that edits
 * its device, with the device selected and the cursor in the field; a schema error to its line on
 * the Source page.
 */
class ProblemNavigationTest extends ProblemsViewFixture {

    static final String DOMAIN = """
            <domain type='kvm'>
              <name>navigation</name>
              <memory unit='MiB'>64</memory>
              <os><type arch='x86_64' machine='pc'>hvm</type></os>
              <devices>
                <interface type='user'>
                  <mac address='52:54:00:00:00:01'/>
                </interface>
                <interface type='hostdev' managed='yes'>
                  <mac address='52:54:00:12:34:56'/>
                  <source><address type='pci' domain='0x0000' bus='0x03' slot='0x10' function='0x1'/></source>
                  <vlan><tag id='5000'/></vlan>
                  <bogus/>
                </interface>
                <hostdev mode='subsystem' type='pci' managed='yes'>
                  <source><address domain='0x0000' bus='0x06' slot='0x02' function='0x0'/></source>
                </hostdev>
                <hostdev mode='subsystem' type='pci' managed='yes'>
                  <source><address domain='0x0000' bus='0x06' slot='0x02' function='0x0'/></source>
                </hostdev>
              </devices>
            </domain>
            """;

    @BeforeEach
    void open() throws Exception {
        open("navigation.xml", DOMAIN);
        editor.setActivePage(OverviewPage.ID);
        Workbench.waitUntil("the problems are listed", () -> shows("bogus"));
    }

    @Test
    void aVlanErrorOpensTheInterfaceWithTheCursorInTheVlanField() {
        doubleClick("VLAN tag 5000 is outside 0-4095 (interface 2, MAC 52:54:00:12:34:56)");
        assertEquals(InterfacesPage.ID, editor.getActivePageInstance().getId());
        InterfacesPage interfaces = (InterfacesPage) editor.getActivePageInstance();
        assertSame(devices().getInterfaces().get(1), interfaces.getBlock().getMaster().getSelected());
        assertEquals("vlan", focusedField());
    }

    @Test
    void aHostdevGivenTwiceOpensTheSecondWithTheCursorInItsSourceAddress() {
        doubleClick("is already given to hostdev 1");
        assertEquals(HostDevicesPage.ID, editor.getActivePageInstance().getId());
        HostDevicesPage hostdevs = (HostDevicesPage) editor.getActivePageInstance();
        assertSame(devices().getHostdevs().get(1), hostdevs.getBlock().getMaster().getSelected().getOwner());
        assertEquals("source", focusedField());
    }

    @Test
    void aSchemaErrorOpensTheSourceAtItsLine() {
        Problem bogus = doubleClick("\"bogus\"");
        assertEquals(SourcePage.ID, editor.getActivePageInstance().getId());
        StyledText text = find(editor.getActivePageInstance().getPartControl(), StyledText.class);
        int selectedLine = text.getLineAtOffset(text.getSelection().x) + 1;
        assertEquals(bogus.line(), selectedLine);
        assertTrue(text.getSelectionText().contains("<bogus/>"), text.getSelectionText());
    }

    /** Double-clicks the row whose message contains {@code text}, as the table reports it (SWT.DefaultSelection). */
    private Problem doubleClick(String text) {
        List<Problem> rows = view.problems();
        int index = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).message().contains(text)) {
                index = i;
                break;
            }
        }
        assertTrue(index >= 0, "no row with " + text + " in " + rows);
        Table table = view.getViewer().getTable();
        table.setSelection(index);
        Event e = new Event();
        e.item = table.getItem(index);
        table.notifyListeners(SWT.DefaultSelection, e);
        Workbench.drainEvents();
        return rows.get(index);
    }

    private Devices devices() {
        return editor.getResource().getDomain().getDevices();
    }

    private static String focusedField() {
        Control focus = Display.getCurrent().getFocusControl();
        return focus == null ? null : (String) focus.getData(FieldBinder.FIELD_KEY);
    }

    private static <T extends Control> T find(Control root, Class<T> type) {
        List<Control> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Control c = todo.remove(0);
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof Composite k) {
                todo.addAll(Arrays.asList(k.getChildren()));
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " below " + root);
    }
}
