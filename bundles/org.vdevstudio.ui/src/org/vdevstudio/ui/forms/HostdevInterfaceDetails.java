package org.vdevstudio.ui.forms;

import java.util.UUID;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.vdevstudio.core.edit.ModelPath;
import org.vdevstudio.model.domain.AddressType;
import org.vdevstudio.model.domain.DomainPackage.Literals;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.model.domain.InterfaceVirtualportType;
import org.vdevstudio.model.domain.SourceAddressType;
import org.vdevstudio.ui.host.HostDevicePicker;
import org.vdevstudio.ui.host.HostScanners;

/**
 * An SR-IOV virtual function given to the guest as {@code <interface type='hostdev'>}: everything
 * libvirt sets on the VF before the guest sees it (MAC, VLAN, virtual port) and the device, by its
 * PCI address (picked in the host device browser) or, as libvirt's schema also allows, a USB bus and device.
 */
public class HostdevInterfaceDetails extends InterfaceDetailsBase {

    /** The key of this page in the details part. */
    public static final String KEY = "hostdev-interface";

    private Text pciSource;
    private Button pick;
    private Text usbBus;
    private Text usbDevice;

    public HostdevInterfaceDetails(DetailsContext details) {
        super(details);
    }

    @Override
    protected void createSections(Composite parent) {
        Composite vf = section(parent, "Virtual function", "The host's PCI device and what libvirt sets on it.");
        fields.choice(vf, "managed", "Managed:", value("Managed", Literals.INTERFACE__MANAGED), choices(Literals.INTERFACE__MANAGED));
        fields.choice(vf, "sourceType", "Source address type:", new HostdevSourceAddress.Type(details.domain()),
                choices(SourceAddressType.PCI, SourceAddressType.USB));
        pciSource = fields.text(vf, "source", "Host PCI address:", new PciAddressProperty(details.domain(), "Host PCI Address",
                HostdevSourceAddress.PATH, sourceParts(), Literals.SOURCE_ADDRESS__TYPE, SourceAddressType.PCI), FieldRules.PCI);
        pick = fields.button(pciSource, "Pick from host\u2026", this::pickVirtualFunction);
        usbBus = fields.text(vf, "usbBus", "Host USB bus:", new HostdevSourceAddress.UsbNumber(details.domain(), "Host USB Bus",
                Literals.SOURCE_ADDRESS__BUS), UsbHostdevDetails.USB_NUMBER);
        usbDevice = fields.text(vf, "usbDevice", "Host USB device:", new HostdevSourceAddress.UsbNumber(details.domain(),
                "Host USB Device", Literals.SOURCE_ADDRESS__DEVICE), UsbHostdevDetails.USB_NUMBER);
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

    /** A PCI source (or none yet) edits the PCI address; a USB one its bus and device. */
    @Override
    protected void deviceChanged() {
        boolean usb = HostdevSourceAddress.type(selected.getValue()) == SourceAddressType.USB;
        pciSource.setEnabled(!usb);
        pick.setEnabled(!usb);
        usbBus.setEnabled(usb);
        usbDevice.setEnabled(usb);
    }

    /** The host device browser, narrowed to VFs; the one picked becomes the source address in one command. */
    private void pickVirtualFunction() {
        EObject iface = selected.getValue();
        boolean managed = iface instanceof Interface i && i.getManaged() != null && "yes".equals(i.getManaged().getLiteral());
        HostDevicePicker picker = HostDevicePicker.virtualFunction(pciSource.getShell(), HostScanners.system(),
                details.resource().getDomain(), managed);
        if (picker.open() == Window.OK && picker.getPicked() != null) {
            FieldBinder.commit(pciSource, picker.getPicked().address());
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
