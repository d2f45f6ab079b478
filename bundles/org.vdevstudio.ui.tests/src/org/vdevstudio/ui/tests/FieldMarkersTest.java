package org.vdevstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vdevstudio.ui.forms.FieldBinder;
import org.vdevstudio.ui.forms.HostDevicesBlock;
import org.vdevstudio.ui.forms.InterfacesBlock;
import org.vdevstudio.ui.problems.FieldMarkers;

/**
 * libvirt's rules shown at the fields (FieldMarkers over the FieldRegistry), on real widgets: a
 * domain opened with a problem shows a marker with the message on the field that edits it; fixing
 * the value through the field takes it away, undo brings it back.
 */
class FieldMarkersTest {

    /** Interface 1: a malformed MAC, VLAN 5000. Interface 2: 802.1Qbg without typeidversion. Two hostdevs: one host function. */
    static final String XML = """
            <domain type='kvm'>
              <name>markers</name>
              <memory unit='MiB'>512</memory>
              <os><type arch='x86_64' machine='q35'>hvm</type></os>
              <devices>
                <interface type='hostdev' managed='yes'>
                  <mac address='52:54:00:zz:34:56'/>
                  <source><address type='pci' domain='0x0000' bus='0x03' slot='0x10' function='0x1'/></source>
                  <vlan><tag id='5000'/></vlan>
                </interface>
                <interface type='hostdev' managed='yes'>
                  <mac address='52:54:00:12:34:56'/>
                  <source><address type='pci' domain='0x0000' bus='0x03' slot='0x10' function='0x2'/></source>
                  <virtualport type='802.1Qbg'><parameters managerid='11' typeid='1193047'/></virtualport>
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

    private FormFixture<?> form;

    @AfterEach
    void close() {
        if (form != null) {
            form.close();
        }
    }

    private static ControlDecoration marker(Text field) {
        ControlDecoration d = (ControlDecoration) field.getData(FieldMarkers.MARKER_KEY);
        assertNotNull(d, "the field has a marker");
        return d;
    }

    /** The marker of {@code name} shows a message containing {@code text}. */
    private void assertMarked(String name, String text) {
        ControlDecoration d = marker(form.field(name));
        assertTrue(d.isVisible(), name + " is marked");
        assertTrue(d.getDescriptionText() != null && d.getDescriptionText().contains(text), name + ": " + d.getDescriptionText());
    }

    private void assertClear(String name) {
        assertFalse(marker(form.field(name)).isVisible(), name + " is not marked: " + marker(form.field(name)).getDescriptionText());
    }

    /**
     * Types {@code value} into the field, commits it, and checks the marker goes; undo brings it
     * back with {@code text}. The markers follow the domain's problems a moment after the last command.
     */
    private void fixAndUndo(String name, String value, String text) {
        assertMarked(name, text);
        FieldBinder.commit(form.field(name), value);
        awaitProblems();
        assertClear(name);
        form.stack.undo();
        awaitProblems();
        assertMarked(name, text);
        form.stack.redo();
        awaitProblems();
        assertClear(name);
    }

    private void awaitProblems() {
        TestDomains.awaitSummary(form.display, form.block.getHeader());
    }

    @Test
    void vlanTagOutsideTheRange() throws Exception {
        form = new FormFixture<>(XML, InterfacesBlock::new);
        form.selectRow(0);
        assertMarked("vlan", "VLAN tag 5000 is outside 0-4095 (interface 1, MAC 52:54:00:zz:34:56)");
        fixAndUndo("vlan", "42", "VLAN tag 5000 is outside 0-4095");
    }

    @Test
    void malformedMac() throws Exception {
        form = new FormFixture<>(XML, InterfacesBlock::new);
        form.selectRow(0);
        fixAndUndo("mac", "52:54:00:12:34:57", "52:54:00:zz:34:56");
        assertClear("source");
    }

    @Test
    void qbgWithoutTypeIdVersion() throws Exception {
        form = new FormFixture<>(XML, InterfacesBlock::new);
        form.selectRow(1);
        assertClear("managerid");
        assertClear("typeid");
        fixAndUndo("typeidversion", "2", "a virtualport of type 802.1Qbg needs typeidversion");
    }

    @Test
    void markersFollowTheSelection() throws Exception {
        form = new FormFixture<>(XML, InterfacesBlock::new);
        form.selectRow(0);
        assertMarked("vlan", "5000");
        form.selectRow(1);
        assertClear("mac");
        form.selectRow(0);
        assertMarked("mac", "52:54:00:zz:34:56");
    }

    @Test
    void sameHostPciFunctionTwice() throws Exception {
        form = new FormFixture<>(XML, details -> new HostDevicesBlock(details, device -> false));
        // rows: the VFs of the two interfaces, then the two hostdevs
        form.selectRow(3);
        assertMarked("source", "is already given to hostdev 1");
        fixAndUndo("source", "0000:06:02.1", "is already given to hostdev 1");
    }
}
