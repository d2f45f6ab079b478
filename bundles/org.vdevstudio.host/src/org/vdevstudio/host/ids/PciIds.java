package org.vdevstudio.host.ids;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Names of PCI vendors, devices and classes from hwdata's {@code pci.ids}. */
public final class PciIds {

    /** Debian's hwdata puts it in /usr/share/misc; other distributions in /usr/share/hwdata. */
    static final List<Path> SYSTEM_FILES = List.of(Path.of("/usr/share/misc/pci.ids"), Path.of("/usr/share/hwdata/pci.ids"));

    private final IdsFile ids;

    private PciIds(IdsFile ids) {
        this.ids = ids;
    }

    /** The system's file, parsed on first use and then shared. */
    public static PciIds system() {
        return SystemHolder.INSTANCE;
    }

    /** A file of one's own (tests); ids only when it cannot be read. */
    public static PciIds load(Path file) {
        return new PciIds(IdsFile.read(file));
    }

    public static PciIds parse(String text) {
        return new PciIds(IdsFile.parse(text));
    }

    /** No names at all: every device shows its ids. */
    public static PciIds none() {
        return new PciIds(IdsFile.empty());
    }

    public String vendorName(int vendor) {
        return ids.vendors.get(vendor);
    }

    public String deviceName(int vendor, int device) {
        return ids.devices.get(vendor << 16 | device);
    }

    /** The subclass name for a 24-bit class code ("Ethernet controller"), else the class name, else null. */
    public String className(int classCode) {
        int base = classCode >> 16 & 0xff;
        int sub = classCode >> 8 & 0xff;
        String name = ids.classes.get(base << 8 | sub);
        return name != null ? name : ids.classes.get(base | 0x10000);
    }

    public int vendorCount() {
        return ids.vendors.size();
    }

    static IdsFile firstReadable(List<Path> files) {
        for (Path p : files) {
            if (Files.isReadable(p)) {
                return IdsFile.read(p);
            }
        }
        return IdsFile.empty();
    }

    /** Lazy holder: the JVM parses the file once, on first use, thread-safely. */
    private static final class SystemHolder {
        static final PciIds INSTANCE = new PciIds(firstReadable(SYSTEM_FILES));
    }
}
