package org.vdevstudio.ui.forms;

import java.util.UUID;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.vdevstudio.core.edit.ModelPath;
import org.vdevstudio.model.domain.AddressType;
import org.vdevstudio.model.domain.DomainPackage.Literals;
import org.vdevstudio.model.domain.InterfaceVirtualportType;
import org.vdevstudio.model.domain.SourceAddressType;

/**
 * An SR-IOV virtual function given to the guest as {@code <interface type='hostdev'>}: everything
 * libvirt sets on the VF before the guest sees it (MAC, VLAN, virtual port) and the PCI device.
 */
public class HostdevInterfaceDetails extends InterfaceDetailsBase {

    /** The key of this page in the details part. */
    public static final String KEY = "hostdev-interface";

    public HostdevInterfaceDetails(DetailsContext details) {
        super(details);
    }

    @Override
    protected void createSections(Composite parent) {
        Composite vf = section(parent, "Virtual function", "The host's PCI device and what libvirt sets on it.");
        fields.choice(vf, "managed", "Managed:", value("Managed", Literals.INTERFACE__MANAGED), choices(Literals.INTERFACE__MANAGED));
        Text source = fields.text(vf, "source", "Host PCI address:", new PciAddressProperty(details.domain(), "Host PCI Address",
                ModelPath.of(Literals.INTERFACE__SOURCE, Literals.INTERFACE_SOURCE__ADDRESS), sourceParts(),
                Literals.SOURCE_ADDRESS__TYPE, SourceAddressType.PCI), FieldRules.PCI);
        fields.button(source, "Pick from host\u2026", () -> pickAddress(source));
        macRow(vf);
        vlanTagRow(vf);
        fields.choice(vf, "driver", "Driver:", value("Driver", Literals.INTERFACE_DRIVER__NAME, Literals.INTERFACE__DRIVER),
                choices(Literals.INTERFACE_DRIVER__NAME));

        Composite port = section(parent, "Virtual port", "802.1Qbh (profileid) or 802.1Qbg (managerid, typeid, typeidversion, instanceid).");
        fields.choice(port, "virtualport", "Type:", value("Virtual Port Type", Literals.INTERFACE_VIRTUALPORT__TYPE,
                Literals.INTERFACE__VIRTUALPORT), choices(InterfaceVirtualportType._802_1QBH, InterfaceVirtualportType._802_1QBG));
        parameter(port, "profileid", "Profile ID:", Literals.INTERFACE_VIRTUALPORT_PARAMETERS__PROFILEID, null);
        parameter(port, "managerid", "Manager ID:", Literals.INTERFACE_VIRTUALPORT_PARAMETERS__MANAGERID, FieldRules.QBG_MANAGER_ID);
        parameter(port, "typeid", "Type ID:", Literals.INTERFACE_VIRTUALPORT_PARAMETERS__TYPEID, FieldRules.QBG_TYPE_ID);
        parameter(port, "typeidversion", "Type ID version:", Literals.INTERFACE_VIRTUALPORT_PARAMETERS__TYPEIDVERSION,
                FieldRules.QBG_TYPE_ID_VERSION);
        Text instance = parameter(port, "instanceid", "Instance ID:", Literals.INTERFACE_VIRTUALPORT_PARAMETERS__INSTANCEID,
                FieldRules.UUID_TEXT);
        fields.button(instance, "Generate", () -> FieldBinder.commit(instance, UUID.randomUUID().toString()));

        Composite guest = section(parent, "In the guest", "Boot order, option ROM, guest PCI address, alias and teaming.");
        fields.text(guest, "boot", "Boot order:", value("Boot Order", Literals.DEVICE_BOOT__ORDER, Literals.INTERFACE__BOOT),
                FieldRules.BOOT_ORDER);
        fields.choice(guest, "romBar", "ROM bar:", value("ROM Bar", Literals.ROM__BAR, Literals.INTERFACE__ROM), choices(Literals.ROM__BAR));
        fields.text(guest, "romFile", "ROM file:", value("ROM File", Literals.ROM__FILE, Literals.INTERFACE__ROM), null);
        fields.choice(guest, "romEnabled", "ROM enabled:", value("ROM Enabled", Literals.ROM__ENABLED, Literals.INTERFACE__ROM),
                choices(Literals.ROM__ENABLED));
        fields.text(guest, "address", "Guest PCI address:", new PciAddressProperty(details.domain(), "Guest PCI Address",
                ModelPath.of(Literals.INTERFACE__ADDRESS), guestParts(), Literals.ADDRESS__TYPE, AddressType.PCI), FieldRules.PCI);
        fields.text(guest, "alias", "Alias:", value("Alias", Literals.ALIAS__NAME, Literals.INTERFACE__ALIAS), null);
        fields.choice(guest, "teaming", "Teaming:", value("Teaming", Literals.TEAMING__TYPE, Literals.INTERFACE__TEAMING),
                choices(Literals.TEAMING__TYPE));
        fields.text(guest, "teamingPersistent", "Teaming persistent:", value("Teaming Persistent", Literals.TEAMING__PERSISTENT,
                Literals.INTERFACE__TEAMING), null);
    }

    private Text parameter(Composite client, String name, String label, EAttribute attribute,
            java.util.function.Function<String, String> rule) {
        return fields.text(client, name, label, value("Virtual Port " + name, attribute, Literals.INTERFACE__VIRTUALPORT,
                Literals.INTERFACE_VIRTUALPORT__PARAMETERS), rule);
    }

    /** Until the host device browser exists, the address is typed in a dialog. */
    private void pickAddress(Text source) {
        InputDialog dialog = new InputDialog(source.getShell(), "Pick from Host",
                "PCI address of the virtual function (domain:bus:slot.function, as lspci -D prints it):", source.getText(),
                PciAddressProperty::problem);
        if (dialog.open() == IDialogConstants.OK_ID) {
            FieldBinder.commit(source, dialog.getValue());
        }
    }

    static EAttribute[] sourceParts() {
        return new EAttribute[] { Literals.SOURCE_ADDRESS__DOMAIN, Literals.SOURCE_ADDRESS__BUS, Literals.SOURCE_ADDRESS__SLOT,
                Literals.SOURCE_ADDRESS__FUNCTION };
    }

    static EAttribute[] guestParts() {
        return new EAttribute[] { Literals.ADDRESS__DOMAIN, Literals.ADDRESS__BUS, Literals.ADDRESS__SLOT, Literals.ADDRESS__FUNCTION };
    }
}
