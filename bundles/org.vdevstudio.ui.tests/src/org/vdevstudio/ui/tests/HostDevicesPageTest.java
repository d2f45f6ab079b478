package org.vdevstudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.ManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.model.domain.Devices;
import org.vdevstudio.model.domain.Hostdev;
import org.vdevstudio.model.domain.HostdevType;
import org.vdevstudio.model.domain.InterfaceType;
import org.vdevstudio.model.domain.VirYesNo;
import org.vdevstudio.ui.editor.SourceSync;
import org.vdevstudio.ui.forms.DetailsContext;
import org.vdevstudio.ui.forms.FieldBinder;
import org.vdevstudio.ui.forms.HostDevicesBlock;
import org.vdevstudio.ui.forms.HostdevInterfaceLink;
import org.vdevstudio.ui.forms.PciHostdevDetails;

/**
 * The Host devices page driven through its widgets. Rows, in document order: the VF of the
 * hostdev interface, then the plain PCI hostdev.
 */
class HostDevicesPageTest {

    private Display display;
    private Shell shell;
    private FormToolkit toolkit;
    private DomainResource resource;
    private BasicCommandStack stack;
    private SourceSync sync;
    private HostDevicesBlock block;
    private final List<EObject> revealed = new ArrayList<>();

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
        block = new HostDevicesBlock(new DetailsContext(domain, resource, new DataBindingContext(DisplayRealm.getRealm(display))),
                revealed::add);
        block.createContent(form);
        shell.setSize(1400, 1000);
        shell.open();
        TestDomains.drain(display);
    }

    @AfterEach
    void close() {
        block.dispose();
        sync.dispose();
        shell.dispose();
        toolkit.dispose();
        TestDomains.drain(display);
    }

    @Test
    void listsHostdevsAndTheDevicesOfHostdevInterfaces() {
        assertEquals(2, table().getItemCount());
        assertEquals("pci 0000:03:10.1", table().getItem(0).getText(2));
        assertTrue(table().getItem(0).getText(4).contains("interface"), table().getItem(0).getText(4));
        assertEquals("pci 0000:06:02.0", table().getItem(1).getText(2));
    }

    @Test
    void managedIsOneUndoableCommandInModelAndSource() {
        selectRow(1);
        Combo managed = (Combo) field("managed");
        assertEquals("no", managed.getText());
        Widgets.choose(managed, "yes");

        assertEquals(VirYesNo.YES, hostdev().getManaged());
        assertTrue(sourceLine("<hostdev ").contains("managed=\"yes\""), sync.getDocument().get());
        assertTrue(stack.isSaveNeeded(), "dirty");
        stack.undo();
        assertFalse(stack.canUndo(), "one command");
        assertEquals(VirYesNo.NO, hostdev().getManaged());
        assertEquals("no", ((Combo) field("managed")).getText());
        assertFalse(stack.isSaveNeeded());
    }

    @Test
    void theSourceAddressIsTypedAsLspciPrintsIt() {
        selectRow(1);
        Text source = (Text) field("source");
        assertEquals("0000:06:02.0", source.getText());
        FieldBinder.commit(source, "0000:07:00.3");

        assertEquals("0x07", hostdev().getSource().getAddress().getBus());
        assertEquals("0x3", hostdev().getSource().getAddress().getFunction());
        assertTrue(sourceLine("bus=\"0x07\"").contains("function=\"0x3\""), sync.getDocument().get());
        assertEquals("pci 0000:07:00.3", table().getItem(1).getText(2));
        assertTrue(stack.isSaveNeeded());
        stack.undo();
        assertEquals("0x06", hostdev().getSource().getAddress().getBus());
        assertEquals("0000:06:02.0", ((Text) field("source")).getText());
    }

    @Test
    void aBadAddressIsDecoratedAndNeverReachesTheModel() {
        selectRow(1);
        Text source = (Text) field("source");
        FieldBinder.commit(source, "06:02");
        assertEquals("0x06", hostdev().getSource().getAddress().getBus());
        assertFalse(stack.canUndo());
        ControlDecoration decoration = (ControlDecoration) source.getData(FieldBinder.DECORATION_KEY);
        assertNotNull(decoration);
        assertTrue(decoration.isVisible());
        assertTrue(block.getHeader().describe().startsWith("3: Host PCI address:"), block.getHeader().describe());
    }

    @Test
    void theDeviceOfAHostdevInterfaceLinksToItsInterface() {
        selectRow(0);
        assertNull(field("managed"), "no second editor for the interface's device");
        Widgets.pressEnter(field(HostdevInterfaceLink.LINK));
        assertEquals(1, revealed.size());
        assertSame(devices().getInterfaces().get(1), revealed.get(0));
    }

    @Test
    void aPciHostdevBecomesAnInterfaceAndBackThroughTheButtons() {
        selectRow(1);
        Widgets.click(field(PciHostdevDetails.CONVERT));
        assertEquals(0, devices().getHostdevs().size());
        assertEquals(3, devices().getInterfaces().size());
        assertEquals(InterfaceType.HOSTDEV, devices().getInterfaces().get(2).getType());
        assertEquals("0x06", devices().getInterfaces().get(2).getSource().getAddress().getBus());
        assertEquals(2, table().getItemCount());
        assertSame(devices().getInterfaces().get(2), block.getMaster().getSelected().getOwner(), "still selected");

        Widgets.click(field(HostdevInterfaceLink.CONVERT));
        assertEquals(1, devices().getHostdevs().size());
        assertEquals(2, devices().getInterfaces().size());
        assertEquals("0x06", hostdev().getSource().getAddress().getBus());
        assertTrue(sourceLine("<hostdev ").contains("managed=\"no\""), sync.getDocument().get());
    }

    @Test
    void addAndRemoveFromTheButtons() {
        String before = sync.getDocument().get();
        Widgets.click(field("Add USB"));
        assertEquals(3, table().getItemCount());
        Hostdev usb = devices().getHostdevs().get(1);
        assertEquals(HostdevType.USB, usb.getType());
        assertSame(usb, block.getMaster().getSelected().getOwner());
        FieldBinder.commit((Text) field("vendor"), "0x046d");
        assertEquals("0x046d", usb.getSource().getVendor().getId());
        Widgets.click(field("Add mdev"));
        assertTrue(field("uuid") instanceof Text t && !t.getText().isEmpty());
        Widgets.click(field("Remove"));
        assertEquals(3, table().getItemCount());
        while (stack.canUndo()) {
            stack.undo();
        }
        assertEquals(before, sync.getDocument().get());
    }

    @Test
    void duplicateAndReorderFromTheButtons() {
        String before = sync.getDocument().get();
        selectRow(0);
        Widgets.click(field("Duplicate"));
        assertEquals(2, table().getItemCount(), "an interface's device is copied on the Interfaces page");
        assertFalse(stack.canUndo());

        selectRow(1);
        Widgets.click(field("Duplicate"));
        assertEquals(3, table().getItemCount());
        assertEquals("Duplicate Host Device", stack.getUndoCommand().getLabel());
        Hostdev copy = devices().getHostdevs().get(1);
        assertSame(copy, block.getMaster().getSelected().getOwner(), "the copy is selected");
        assertEquals("0000:06:02.0", ((Text) field("source")).getText());
        FieldBinder.commit((Text) field("source"), "0000:06:02.1");
        assertEquals("pci 0000:06:02.1", table().getItem(2).getText(2));

        Widgets.click(field("Up"));
        assertEquals(0, devices().getHostdevs().indexOf(copy));
        assertSame(copy, block.getMaster().getSelected().getOwner(), "the moved device stays selected");
        assertEquals("pci 0000:06:02.1", table().getItem(1).getText(2));
        Widgets.click(field("Down"));
        assertEquals(1, devices().getHostdevs().indexOf(copy));
        assertSame(copy, block.getMaster().getSelected().getOwner(), "the moved device stays selected");

        while (stack.canUndo()) {
            stack.undo();
        }
        assertEquals(before, sync.getDocument().get());
    }

    /** The first line of the Source text with {@code part} (attribute order is the serializer's), or "". */
    private String sourceLine(String part) {
        return sync.getDocument().get().lines().filter(l -> l.contains(part)).findFirst().orElse("");
    }

    private Devices devices() {
        return resource.getDomain().getDevices();
    }

    private Hostdev hostdev() {
        return devices().getHostdevs().get(0);
    }

    private Table table() {
        return block.getMaster().getViewer().getTable();
    }

    private void selectRow(int index) {
        table().setSelection(index);
        table().notifyListeners(SWT.Selection, null);
        TestDomains.drain(display);
    }

    private Control field(String name) {
        return Widgets.find(shell, name);
    }
}
