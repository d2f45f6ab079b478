package org.vdevstudio.ui.forms;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.vdevstudio.core.edit.HostdevConversion;
import org.vdevstudio.core.edit.ModelPath;
import org.vdevstudio.model.domain.DomainPackage.Literals;
import org.vdevstudio.ui.host.HostDevicePicker;
import org.vdevstudio.ui.host.HostScanners;

/** A host PCI device ({@code <hostdev type='pci'>}): which one, how it is bound, and where the guest sees it. */
public class PciHostdevDetails extends HostdevDetailsBase {

    /** The label of the button that turns the device into a hostdev interface. */
    public static final String CONVERT = "Convert to network interface (VF passthrough)";

    private Button convert;

    public PciHostdevDetails(DetailsContext details) {
        super(details);
    }

    @Override
    protected void createSections(Composite parent) {
        Composite host = section(parent, "Host PCI device", "The device on the host, and who binds it to vfio.");
        fields.choice(host, "managed", "Managed:", value("Managed", Literals.HOSTDEV__MANAGED), choices(Literals.HOSTDEV__MANAGED));
        Text source = fields.text(host, "source", "Host PCI address:", new PciAddressProperty(details.domain(), "Host PCI Address",
                ModelPath.of(Literals.HOSTDEV__SOURCE, Literals.HOSTDEV_SOURCE__ADDRESS), HostdevInterfaceDetails.sourceParts(),
                null, null), FieldRules.PCI);
        fields.button(source, "Pick from host\u2026", () -> pickFunction(source));
        fields.choice(host, "driver", "Driver:", value("Driver", Literals.HOSTDEV_DRIVER__NAME, Literals.HOSTDEV__DRIVER),
                choices(Literals.HOSTDEV_DRIVER__NAME));

        Composite guest = section(parent, "In the guest", "Boot order, option ROM, guest PCI address and alias.");
        guestRows(guest);

        Composite nic = section(parent, "Network interface",
                "A NIC's virtual function as <interface type='hostdev'>: libvirt then sets its MAC and VLAN.");
        convert = commandButton(nic, CONVERT, HostdevConversion::toInterface);
    }

    @Override
    protected void deviceChanged() {
        convert.setEnabled(hostdev() != null && HostdevConversion.canConvert(hostdev()));
    }

    /** The host device browser; the function picked becomes the source address in one command. */
    private void pickFunction(Text source) {
        boolean managed = hostdev() != null && hostdev().getManaged() != null && "yes".equals(hostdev().getManaged().getLiteral());
        HostDevicePicker picker = HostDevicePicker.pciFunction(source.getShell(), HostScanners.system(),
                details.resource().getDomain(), managed);
        if (picker.open() == Window.OK && picker.getPicked() != null) {
            FieldBinder.commit(source, picker.getPicked().address());
        }
    }
}
