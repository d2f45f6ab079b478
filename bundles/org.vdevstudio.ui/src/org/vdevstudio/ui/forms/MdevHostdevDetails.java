package org.vdevstudio.ui.forms;

import org.eclipse.swt.widgets.Composite;
import org.vdevstudio.model.domain.DomainPackage.Literals;

/** A mediated device ({@code <hostdev type='mdev'>}), such as a vGPU: its UUID on the host and how the guest shows it. */
public class MdevHostdevDetails extends HostdevDetailsBase {

    public MdevHostdevDetails(DetailsContext details) {
        super(details);
    }

    @Override
    protected void createSections(Composite parent) {
        Composite mdev = section(parent, "Mediated device", "The mdev's UUID under /sys/bus/mdev/devices, and its API.");
        uuidRow(mdev, "uuid", "UUID:", value("Mdev UUID", Literals.SOURCE_ADDRESS__UUID, Literals.HOSTDEV__SOURCE,
                Literals.HOSTDEV_SOURCE__ADDRESS));
        fields.choice(mdev, "model", "Model:", value("Model", Literals.HOSTDEV__MODEL), choices(Literals.HOSTDEV__MODEL));
        fields.choice(mdev, "display", "Display:", value("Display", Literals.HOSTDEV__DISPLAY), choices(Literals.HOSTDEV__DISPLAY));
        fields.choice(mdev, "ramfb", "Ramfb:", value("Ramfb", Literals.HOSTDEV__RAMFB), choices(Literals.HOSTDEV__RAMFB));
        Composite guest = section(parent, "In the guest", "Boot order, option ROM, guest PCI address and alias.");
        guestRows(guest);
    }
}
