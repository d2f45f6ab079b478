package org.vdevstudio.ui.host;

import java.util.List;
import java.util.function.Predicate;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.vdevstudio.host.PciDevice;
import org.vdevstudio.host.usage.AssignmentWarnings;
import org.vdevstudio.host.usage.DomainRef;
import org.vdevstudio.host.usage.UsedBy;
import org.vdevstudio.model.domain.Domain;

/**
 * The host device browser in a dialog, to pick one PCI function for a source address: the same
 * tree, columns and scan job as the view, narrowed to the functions that fit (SR-IOV VFs for a
 * hostdev interface), with the assignment warnings for the selected one in the title area.
 */
public final class HostDevicePicker extends TitleAreaDialog {

    private final HostDevicesPanel.Scanner scanner;
    private final Predicate<PciDevice> fits;
    private final String title;
    private final String message;
    private final Domain domain;
    private final boolean managed;
    private final boolean byPf;
    private HostDevicesPanel panel;
    private PciDevice selected;
    private PciDevice picked;

    private HostDevicePicker(Shell parent, HostDevicesPanel.Scanner scanner, Predicate<PciDevice> fits, boolean byPf,
            String title, String message, Domain domain, boolean managed) {
        super(parent);
        this.byPf = byPf;
        this.scanner = scanner;
        this.fits = fits;
        this.title = title;
        this.message = message;
        this.domain = domain;
        this.managed = managed;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** Picks an SR-IOV virtual function for {@code <interface type='hostdev'>} of {@code domain}. */
    public static HostDevicePicker virtualFunction(Shell parent, HostDevicesPanel.Scanner scanner, Domain domain, boolean managed) {
        return new HostDevicePicker(parent, scanner, PciDevice::isVirtualFunction, true, "Pick a Virtual Function",
                "An SR-IOV virtual function of the host, below its PF. libvirt sets its MAC and VLAN before the guest starts.",
                domain, managed);
    }

    /** Picks any PCI function for {@code <hostdev type='pci'>} of {@code domain}. */
    public static HostDevicePicker pciFunction(Shell parent, HostDevicesPanel.Scanner scanner, Domain domain, boolean managed) {
        return new HostDevicePicker(parent, scanner, d -> true, false, "Pick a PCI Device",
                "A PCI function of the host, grouped by IOMMU group: a guest gets whole groups.", domain, managed);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Pick from Host");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(title);
        setMessage(message);
        panel = new HostDevicesPanel(area, scanner);
        panel.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        panel.setDeviceFilter(o -> o instanceof PciDevice d && fits.test(d));
        panel.setGroupByPf(byPf);
        if (domain != null) {
            panel.setUsedBy(UsedBy.of(List.of(DomainRef.of(domain, "editor"))));
        }
        panel.getViewer().addSelectionChangedListener(e -> selectionChanged());
        panel.getViewer().addDoubleClickListener(e -> {
            if (selected != null) {
                okPressed();
            }
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }

    private void selectionChanged() {
        List<Object> devices = panel.getSelectedDevices();
        selected = devices.size() == 1 && devices.get(0) instanceof PciDevice d && fits.test(d) ? d : null;
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(selected != null);
        }
        List<String> warnings = selected == null ? List.of()
                : AssignmentWarnings.check(panel.getScan(), List.of(selected), List.of(), panel.getUsedBy(),
                        domain == null ? null : domain.getName(), managed);
        if (warnings.isEmpty()) {
            setMessage(message);
        } else {
            setMessage(String.join("\n", warnings), IMessageProvider.WARNING);
        }
    }

    @Override
    protected void okPressed() {
        picked = selected;
        super.okPressed();
    }

    @Override
    protected Point getInitialSize() {
        return new Point(1100, 650);
    }

    /** The panel inside (for tests that drive the tree). */
    public HostDevicesPanel getPanel() {
        return panel;
    }

    /** The function picked with OK, or null. */
    public PciDevice getPicked() {
        return picked;
    }
}
