package org.vdevstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.forms.ManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.model.domain.SourceAddress;
import org.vdevstudio.model.domain.SourceAddressType;
import org.vdevstudio.ui.forms.DetailsContext;
import org.vdevstudio.ui.forms.InterfacesBlock;
import org.vdevstudio.ui.host.DeviceNode;
import org.vdevstudio.ui.host.HostDevicePicker;
import org.vdevstudio.ui.host.HostScanners;

/**
 * The source of a hostdev interface: "Pick from host…" opens the device browser over a synthetic
 * sysfs narrowed to VFs, and the VF picked becomes the address in one command; the address type
 * switches between pci and usb, and a USB source is edited as bus and device.
 */
class HostdevSourceTest {

    @TempDir
    Path sys;
    private Display display;
    private Shell shell;
    private FormToolkit toolkit;
    private DomainResource resource;
    private BasicCommandStack stack;
    private InterfacesBlock block;
    private String previousRoot;

    @BeforeEach
    void open() throws Exception {
        SriovHost.create(sys);
        previousRoot = System.setProperty(HostScanners.ROOT_PROPERTY, sys.toString());

        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        toolkit = new FormToolkit(display);
        resource = TestDomains.load();
        AdapterFactoryEditingDomain domain = TestDomains.editingDomain(resource);
        stack = (BasicCommandStack) domain.getCommandStack();
        ManagedForm form = new ManagedForm(toolkit, toolkit.createScrolledForm(shell));
        block = new InterfacesBlock(new DetailsContext(domain, resource, new DataBindingContext(DisplayRealm.getRealm(display))));
        block.createContent(form);
        shell.setSize(1400, 1000);
        shell.open();
        Table table = block.getMaster().getViewer().getTable();
        table.setSelection(1);
        table.notifyListeners(SWT.Selection, null);
        TestDomains.drain(display);
    }

    @AfterEach
    void close() {
        if (previousRoot == null) {
            System.clearProperty(HostScanners.ROOT_PROPERTY);
        } else {
            System.setProperty(HostScanners.ROOT_PROPERTY, previousRoot);
        }
        block.dispose();
        shell.dispose();
        toolkit.dispose();
        TestDomains.drain(display);
    }

    @Test
    void pickingAVfFromTheHostSetsTheSourceAddressAsOneUndoableCommand() {
        List<String> shown = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        // the dialog is modal: the test works inside its event loop
        display.timerExec(50, new Runnable() {
            final long deadline = System.currentTimeMillis() + 60_000;

            @Override
            public void run() {
                HostDevicePicker picker = openPicker();
                if (picker == null || picker.getPanel().isScanning()) {
                    if (System.currentTimeMillis() < deadline) {
                        display.timerExec(50, this);
                    } else {
                        failures.add("no picker, or its scan never ended");
                        if (picker != null) {
                            picker.close();
                        }
                    }
                    return;
                }
                picker.getPanel().getViewer().expandAll();
                collect(picker.getPanel().getViewer().getTree().getItems(), shown);
                Button ok = button(picker.getShell(), IDialogConstants.OK_LABEL);
                if (ok.isEnabled()) {
                    failures.add("OK before a choice");
                }
                DeviceNode vf = DeviceTrees.find(picker.getPanel().getViewer().getInput(), "0000:03:10.0");
                picker.getPanel().getViewer().setSelection(new StructuredSelection(vf), true);
                Widgets.click(ok);
            }
        });
        Widgets.click(button(shell, "Pick from host\u2026"));

        assertEquals(List.of(), failures);
        assertEquals(List.of("PCI", "0000:03:00.0 (PF)", "0000:03:10.0 (VF)", "0000:03:10.1 (VF)"), shown,
                "VFs only, below their PF");
        SourceAddress a = hostdevInterface().getSource().getAddress();
        assertEquals("0x10", a.getSlot());
        assertEquals("0x0", a.getFunction());
        assertEquals("0000:03:10.0", ((Text) Widgets.find(shell, "source")).getText());
        assertEquals(1, undoSteps(), "one command");
        assertEquals("0x1", hostdevInterface().getSource().getAddress().getFunction());
    }

    @Test
    void aUsbSourceIsABusAndADeviceAndTheTypeSwitchIsOneCommand() throws Exception {
        Combo type = (Combo) Widgets.find(shell, "sourceType");
        Text pci = (Text) Widgets.find(shell, "source");
        Text bus = (Text) Widgets.find(shell, "usbBus");
        assertEquals("pci", type.getText());
        assertTrue(pci.isEnabled());
        assertFalse(bus.isEnabled(), "a PCI source has no USB numbers");

        Widgets.choose(type, "usb");
        SourceAddress a = hostdevInterface().getSource().getAddress();
        assertEquals(SourceAddressType.USB, a.getType());
        assertNull(a.getBus(), "a PCI bus is no USB bus");
        assertNull(a.getSlot());
        assertEquals("", pci.getText());
        assertFalse(pci.isEnabled());
        assertTrue(bus.isEnabled());
        assertEquals("Source Address Type", stack.getUndoCommand().getLabel());

        typeAndCommit(bus, "1");
        typeAndCommit((Text) Widgets.find(shell, "usbDevice"), "5");
        assertTrue(DomainXml.toString(resource).contains("<address bus=\"1\" device=\"5\" type=\"usb\"/>"), DomainXml.toString(resource));
        assertEquals(3, undoSteps(), "the switch, the bus, the device");
        assertEquals(SourceAddressType.PCI, hostdevInterface().getSource().getAddress().getType());
        assertEquals("0000:03:10.1", pci.getText());
        assertTrue(pci.isEnabled());
    }

    private static void typeAndCommit(Text text, String value) {
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, null);
    }

    private int undoSteps() {
        int n = 0;
        while (stack.canUndo()) {
            stack.undo();
            n++;
        }
        TestDomains.drain(display);
        return n;
    }

    private Interface hostdevInterface() {
        return resource.getDomain().getDevices().getInterfaces().get(1);
    }

    private HostDevicePicker openPicker() {
        for (Shell s : display.getShells()) {
            if (!s.isDisposed() && s.getData() instanceof HostDevicePicker p) {
                return p;
            }
        }
        return null;
    }

    private static Button button(Shell in, String label) {
        for (Control c : Widgets.all(in)) {
            if (c instanceof Button b && label.equals(b.getText())) {
                return b;
            }
        }
        throw new AssertionError("no button " + label);
    }

    private static void collect(TreeItem[] items, List<String> out) {
        for (TreeItem i : items) {
            out.add(i.getText());
            collect(i.getItems(), out);
        }
    }
}
