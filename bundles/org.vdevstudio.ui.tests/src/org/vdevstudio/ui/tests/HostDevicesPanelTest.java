package org.vdevstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetListener;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.host.SysfsScanner;
import org.vdevstudio.host.ids.PciIds;
import org.vdevstudio.host.ids.UsbIds;
import org.vdevstudio.host.synthetic.SyntheticSysfs;
import org.vdevstudio.host.usage.DomainRef;
import org.vdevstudio.host.usage.UsedBy;
import org.vdevstudio.model.domain.Devices;
import org.vdevstudio.ui.host.AssignTarget;
import org.vdevstudio.ui.host.Assigner;
import org.vdevstudio.ui.host.DeviceNode;
import org.vdevstudio.ui.host.HostDeviceDrop;
import org.vdevstudio.ui.host.HostDevicesPanel;

/** The host device browser's widgets in a shell, assigning into a DomainEditor-style editing domain. */
class HostDevicesPanelTest {

    @TempDir
    Path sys;
    private Display display;
    private Shell shell;
    private HostDevicesPanel panel;
    private DomainResource resource;
    private AdapterFactoryEditingDomain editingDomain;
    private final List<List<String>> asked = new ArrayList<>();
    private boolean answer = true;

    @BeforeEach
    void setUp() throws Exception {
        SyntheticSysfs t = SriovHost.create(sys);
        t.net("0000:03:10.1", "enp3s0f0v1", "52:54:00:6d:90:02");
        t.usb("1-1").device(4).ids(0x046d, 0xc52b).create();
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        resource = TestDomains.load();
        editingDomain = TestDomains.editingDomain(resource);
        panel = new HostDevicesPanel(shell, monitor -> new SysfsScanner(sys, PciIds.system(), UsbIds.none()).scan(monitor::isCanceled));
        panel.setAssigner(new Assigner(panel::getScan, panel::getUsedBy, () -> true, (title, warnings) -> {
            asked.add(warnings);
            return answer;
        }), () -> AssignTarget.of(editingDomain, resource.getDomain()));
        shell.setSize(900, 500);
        shell.open();
        assertTrue(TestDomains.pumpUntil(display, () -> !panel.isScanning(), 60_000), "the scan job ends");
    }

    @AfterEach
    void tearDown() {
        shell.dispose();
        TestDomains.drain(display);
    }

    @Test
    void pciByIommuGroupOrByPfAndUsbByPort() {
        assertEquals(List.of("PCI", "USB"), DeviceTrees.texts(panel.getViewer().getTree().getItems()));
        panel.getViewer().expandAll();
        TreeItem pci = panel.getViewer().getTree().getItem(0);
        assertEquals(List.of("IOMMU group 1", "IOMMU group 2", "IOMMU group 3", "IOMMU group 4"), DeviceTrees.texts(pci.getItems()));
        assertEquals(List.of("0000:03:00.0 (PF)", "0000:03:00.1"), DeviceTrees.texts(pci.getItem(1).getItems()));
        TreeItem usb = panel.getViewer().getTree().getItem(1).getItem(0);
        assertEquals("USB bus 1", usb.getText());
        assertEquals("1-1 (1.4)", usb.getItem(0).getItem(0).getText(), "the device hangs below its root hub");

        panel.getGroupByPfToggle().setSelection(true);
        panel.getGroupByPfToggle().notifyListeners(SWT.Selection, null);
        panel.getViewer().expandAll();
        pci = panel.getViewer().getTree().getItem(0);
        assertEquals(List.of("0000:00:01.0", "0000:03:00.0 (PF)", "0000:03:00.1"), DeviceTrees.texts(pci.getItems()));
        assertEquals(List.of("0000:03:10.0 (VF)", "0000:03:10.1 (VF)"), DeviceTrees.texts(pci.getItem(1).getItems()));
        assertEquals("Intel Corporation Ethernet Virtual Function 700 Series", pci.getItem(1).getItem(0).getText(1));
        assertEquals("vfio-pci", pci.getItem(1).getItem(0).getText(3));
        assertEquals("enp3s0f0v1 52:54:00:6d:90:02", pci.getItem(1).getItem(1).getText(5));
        assertNotNull(pci.getItem(1).getImage(), "an icon by class");
    }

    @Test
    void filterAndUsedByColumn() {
        panel.setUsedBy(UsedBy.of(List.of(DomainRef.of(resource.getDomain(), "editor"))));
        panel.getFilter().setText("ui-test");
        List<String> shown = visibleDevices();
        assertEquals(List.of("0000:03:10.1 (VF)"), shown, "only the VF the open domain uses");
        panel.getFilter().setText("VFIO");
        assertEquals(List.of("0000:03:10.0 (VF)"), visibleDevices());
        panel.getFilter().setText("");
        assertEquals(7, visibleDevices().size());
    }

    @Test
    void contextMenuActionsAreOneUndoableCommandEach() {
        select("0000:03:10.0");
        assertTrue(panel.action(Assigner.Action.INTERFACE).isEnabled());
        panel.action(Assigner.Action.INTERFACE).run();
        assertEquals(3, devices().getInterfaces().size());
        assertEquals("hostdev", devices().getInterfaces().get(2).getType().getLiteral());
        editingDomain.getCommandStack().undo();
        assertEquals(2, devices().getInterfaces().size());

        select("0000:03:00.1");
        assertFalse(panel.action(Assigner.Action.INTERFACE).isEnabled(), "not a VF");
        panel.action(Assigner.Action.IOMMU_GROUP).run();
        assertEquals(3, devices().getHostdevs().size(), "both PFs of group 2");
        editingDomain.getCommandStack().undo();
        panel.action(Assigner.Action.SLOT).run();
        assertEquals(3, devices().getHostdevs().size(), "both functions of slot 03:00");
        assertEquals("on", devices().getHostdevs().get(1).getAddress().getMultifunction().getLiteral());
        editingDomain.getCommandStack().undo();
        assertEquals(1, devices().getHostdevs().size());
        assertEquals(List.of(), asked, "whole groups and slots need no warning here");
    }

    @Test
    void warningsAreShownFirstAndDecliningChangesNothing() {
        select("0000:03:00.0");
        answer = false;
        panel.action(Assigner.Action.HOSTDEV).run();
        assertEquals(1, asked.size());
        assertTrue(asked.get(0).get(0).contains("IOMMU group 2"), asked.toString());
        assertEquals(1, devices().getHostdevs().size());
        assertFalse(editingDomain.getCommandStack().canUndo());
        answer = true;
        select("0000:00:01.0");
        panel.action(Assigner.Action.HOSTDEV).run();
        assertTrue(asked.get(1).get(0).contains("PCI bridge"), asked.toString());
        assertEquals(2, devices().getHostdevs().size());
    }

    @Test
    void doubleClickGivesAVfAsInterfaceAndUsbByIds() {
        select("0000:03:10.0");
        assertTrue(panel.assignDefault());
        assertEquals(3, devices().getInterfaces().size());
        select("1-1");
        assertTrue(panel.assignDefault());
        assertEquals("0xc52b", devices().getHostdevs().get(1).getSource().getProduct().getId());
    }

    @Test
    void dragSourceAndDropOntoAnEditorControl() {
        DragSource source = (DragSource) panel.getViewer().getTree().getData(DND.DRAG_SOURCE_KEY);
        assertTrue(Arrays.asList(source.getTransfer()).contains(LocalSelectionTransfer.getTransfer()));

        Composite editorBody = new Composite(shell, SWT.NONE);
        Composite section = new Composite(editorBody, SWT.NONE);
        HostDeviceDrop.install(section.getParent(), new HostDeviceDrop(() -> AssignTarget.of(editingDomain, resource.getDomain())));
        DropTarget target = (DropTarget) section.getData(DND.DROP_TARGET_KEY);
        assertNotNull(target, "child controls get a drop target too");
        assertTrue(Arrays.asList(target.getTransfer()).contains(LocalSelectionTransfer.getTransfer()));

        select("0000:03:10.1");
        // what dragStart puts into the transfer
        LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(
                new HostDevicesPanel.DraggedDevices(panel, panel.getSelectedDevices())));
        assertFalse(HostDeviceDrop.accepts(new StructuredSelection("text")));
        DropTargetListener listener = target.getDropListeners()[0];
        assertTrue(((HostDeviceDrop) listener).drop(LocalSelectionTransfer.getTransfer().getSelection()));
        assertEquals(3, devices().getInterfaces().size());
        assertEquals(List.of(), asked, "a VF given as an interface is managed, and no other domain uses it");
    }

    private Devices devices() {
        return resource.getDomain().getDevices();
    }

    private void select(String name) {
        DeviceNode node = DeviceTrees.find(panel.getViewer().getInput(), name);
        assertNotNull(node, name);
        panel.getViewer().setSelection(new StructuredSelection(node), true);
    }

    private List<String> visibleDevices() {
        panel.getViewer().expandAll();
        List<String> result = new ArrayList<>();
        collect(panel.getViewer().getTree().getItems(), result);
        return result;
    }

    private static void collect(TreeItem[] items, List<String> result) {
        for (TreeItem i : items) {
            if (i.getData() instanceof DeviceNode n && n.device() != null) {
                result.add(i.getText());
            }
            collect(i.getItems(), result);
        }
    }
}
