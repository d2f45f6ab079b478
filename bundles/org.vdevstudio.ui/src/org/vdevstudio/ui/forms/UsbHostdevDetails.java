package org.vdevstudio.ui.forms;

import java.util.function.Function;

import org.eclipse.swt.widgets.Composite;
import org.vdevstudio.model.domain.DomainPackage.Literals;

/**
 * A host USB device ({@code <hostdev type='usb'>}): by vendor and product (wherever it is
 * plugged in) or by bus and device number (that port, this boot), and what happens when it is missing.
 */
public class UsbHostdevDetails extends HostdevDetailsBase {

    private static final Function<String, String> USB_ID = FieldRules.range(0, 0xffff, "A USB ID (like 0x046d)");
    static final Function<String, String> USB_NUMBER = FieldRules.range(0, 999, "A USB bus or device number");

    public UsbHostdevDetails(DetailsContext details) {
        super(details);
    }

    @Override
    protected void createSections(Composite parent) {
        Composite id = section(parent, "By vendor and product", "Finds the device on any port; lsusb prints the IDs.");
        fields.text(id, "vendor", "Vendor ID:", value("USB Vendor", Literals.SOURCE_VENDOR__ID, Literals.HOSTDEV__SOURCE,
                Literals.HOSTDEV_SOURCE__VENDOR), USB_ID);
        fields.text(id, "product", "Product ID:", value("USB Product", Literals.SOURCE_PRODUCT__ID, Literals.HOSTDEV__SOURCE,
                Literals.HOSTDEV_SOURCE__PRODUCT), USB_ID);

        Composite port = section(parent, "By bus and device", "One device as numbered now; the number changes when it is replugged.");
        fields.text(port, "bus", "Bus:", value("USB Bus", Literals.SOURCE_ADDRESS__BUS, Literals.HOSTDEV__SOURCE,
                Literals.HOSTDEV_SOURCE__ADDRESS), USB_NUMBER);
        fields.text(port, "device", "Device:", value("USB Device", Literals.SOURCE_ADDRESS__DEVICE, Literals.HOSTDEV__SOURCE,
                Literals.HOSTDEV_SOURCE__ADDRESS), USB_NUMBER);

        Composite start = section(parent, "Start-up", "Whether the guest starts without the device.");
        fields.choice(start, "startupPolicy", "Startup policy:", value("Startup Policy", Literals.HOSTDEV_SOURCE__STARTUP_POLICY,
                Literals.HOSTDEV__SOURCE), choices(Literals.HOSTDEV_SOURCE__STARTUP_POLICY));
        fields.text(start, "boot", "Boot order:", value("Boot Order", Literals.DEVICE_BOOT__ORDER, Literals.HOSTDEV__BOOT),
                FieldRules.BOOT_ORDER);
        fields.text(start, "alias", "Alias:", value("Alias", Literals.ALIAS__NAME, Literals.HOSTDEV__ALIAS), null);
    }
}
