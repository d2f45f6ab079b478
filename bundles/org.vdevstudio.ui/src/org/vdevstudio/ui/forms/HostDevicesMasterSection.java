package org.vdevstudio.ui.forms;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.vdevstudio.core.HostDevice;
import org.vdevstudio.core.edit.HostdevTemplates;
import org.vdevstudio.model.domain.Hostdev;
import org.vdevstudio.ui.editor.HostDevicesSection;

/**
 * The master of the Host devices page: every host device in document order (hostdev interfaces
 * included, marked in the Interface column), and the buttons that add, remove, duplicate and
 * reorder {@code <hostdev>}s. The details get the element that owns the device: the
 * {@code <hostdev>}, or the {@code <interface>}.
 */
public class HostDevicesMasterSection extends DeviceMasterSection<HostDevice> {

    public HostDevicesMasterSection(Composite parent, FormToolkit toolkit, DetailsContext details) {
        super(parent, toolkit, details, "Host devices", "Host devices given to the guest, with those of hostdev interfaces.",
                HostDevicesSection.COLUMNS, HostDevicesSection.rows());
        button("Add PCI", HostdevTemplates::addPci);
        button("Add USB", HostdevTemplates::addUsb);
        button("Add SCSI", HostdevTemplates::addScsi);
        button("Add mdev", HostdevTemplates::addMdev);
        // A hostdev interface is removed, copied and moved on the Interfaces page, where it is edited.
        button("Remove", d -> onHostdev(HostdevTemplates::remove));
        button("Duplicate", d -> onHostdev(HostdevTemplates::duplicate));
        button("Up", d -> onHostdev(h -> HostdevTemplates.move(h, -1)));
        button("Down", d -> onHostdev(h -> HostdevTemplates.move(h, +1)));
    }

    /** Selects the host device owned by {@code owner} (a hostdev or a hostdev interface); false when there is none. */
    public boolean selectOwner(EObject owner) {
        for (HostDevice d : devices()) {
            if (d.getOwner() == owner) {
                select(d);
                return true;
            }
        }
        return false;
    }

    @Override
    protected Object detailsOf(HostDevice device) {
        return device.getOwner();
    }

    @Override
    protected EObject objectOf(HostDevice device) {
        return device.getOwner();
    }

    @Override
    protected boolean selectAdded(Object affected, List<HostDevice> before) {
        return affected instanceof Hostdev h && h.eContainer() != null && before.stream().noneMatch(d -> d.getOwner() == h)
                && selectOwner(h);
    }

    /** The command for the selected {@code <hostdev>}; null when none or a hostdev interface's device is selected. */
    private Command onHostdev(Function<Hostdev, Command> make) {
        HostDevice d = getSelected();
        return d == null || d.getHostdev() == null ? null : make.apply(d.getHostdev());
    }
}
