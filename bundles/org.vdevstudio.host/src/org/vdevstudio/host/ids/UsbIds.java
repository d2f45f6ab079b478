package org.vdevstudio.host.ids;

import java.nio.file.Path;
import java.util.List;

/** Names of USB vendors, products and device classes from hwdata's {@code usb.ids}. */
public final class UsbIds {

    static final List<Path> SYSTEM_FILES = List.of(Path.of("/usr/share/misc/usb.ids"), Path.of("/usr/share/hwdata/usb.ids"));

    private final IdsFile ids;

    private UsbIds(IdsFile ids) {
        this.ids = ids;
    }

    /** The system's file, parsed on first use and then shared. */
    public static UsbIds system() {
        return SystemHolder.INSTANCE;
    }

    public static UsbIds load(Path file) {
        return new UsbIds(IdsFile.read(file));
    }

    public static UsbIds parse(String text) {
        return new UsbIds(IdsFile.parse(text));
    }

    public static UsbIds none() {
        return new UsbIds(IdsFile.empty());
    }

    public String vendorName(int vendor) {
        return ids.vendors.get(vendor);
    }

    public String productName(int vendor, int product) {
        return ids.devices.get(vendor << 16 | product);
    }

    /** "Hub" for 0x09. */
    public String className(int deviceClass) {
        return ids.classes.get(deviceClass | 0x10000);
    }

    public int vendorCount() {
        return ids.vendors.size();
    }

    private static final class SystemHolder {
        static final UsbIds INSTANCE = new UsbIds(PciIds.firstReadable(SYSTEM_FILES));
    }
}
