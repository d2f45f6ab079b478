package org.vdevstudio.host;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.vdevstudio.host.ids.UsbIds;

/**
 * Reads USB devices from {@code sys/bus/usb/devices}. Names with a colon ("1-1:1.0") are
 * interfaces of a device, not devices; "usbN" is the root hub of bus N.
 */
final class UsbScanner {

    private static final Comparator<UsbDevice> BY_BUS_AND_PORT = Comparator
            .comparing((UsbDevice d) -> d.bus() == null ? Integer.MAX_VALUE : d.bus())
            .thenComparing(d -> d.rootHub() ? 0 : 1)
            .thenComparing(d -> portKey(d.portPath()));

    private final File sys;
    private final UsbIds ids;
    private final List<HostScan.Problem> problems = Collections.synchronizedList(new ArrayList<>());

    UsbScanner(File sys, UsbIds ids) {
        this.sys = sys;
        this.ids = ids;
    }

    List<HostScan.Problem> problems() {
        return problems;
    }

    List<UsbDevice> scan() {
        File devices = new File(sys, "bus/usb/devices");
        String[] names = SysfsFiles.list(devices);
        if (names == null) {
            problems.add(new HostScan.Problem(null, "no USB devices: " + devices + " cannot be read"));
            return List.of();
        }
        return Arrays.stream(names).parallel()
                .filter(n -> n.indexOf(':') < 0)
                .map(n -> read(devices, n))
                .filter(Objects::nonNull)
                .sorted(BY_BUS_AND_PORT)
                .toList();
    }

    private UsbDevice read(File devices, String name) {
        File dir = new File(devices, name);
        List<String> p = new ArrayList<>();
        String ueventText = SysfsFiles.read(dir, "uevent", false, p);
        if (ueventText == null && !dir.isDirectory()) {
            problems.add(new HostScan.Problem(name, "vanished during the scan, or its link dangles"));
            return null;
        }
        Map<String, String> uevent = PciScanner.uevent(ueventText);
        // PRODUCT=46d/c52b/1201, TYPE=9/0/1, BUSNUM and DEVNUM come in one read; the single attributes are the fallback.
        String[] product = uevent.containsKey("PRODUCT") ? uevent.get("PRODUCT").split("/") : null;
        String vendorId = product != null && product.length >= 2 ? hex4(product[0])
                : lower(SysfsFiles.read(dir, "idVendor", true, p));
        String productId = product != null && product.length >= 2 ? hex4(product[1])
                : lower(SysfsFiles.read(dir, "idProduct", true, p));
        Integer bus = SysfsFiles.decimal(uevent.containsKey("BUSNUM") ? uevent.get("BUSNUM")
                : SysfsFiles.read(dir, "busnum", true, p));
        Integer device = SysfsFiles.decimal(uevent.containsKey("DEVNUM") ? uevent.get("DEVNUM")
                : SysfsFiles.read(dir, "devnum", true, p));
        Integer type = uevent.containsKey("TYPE") ? SysfsFiles.decimal(uevent.get("TYPE").split("/")[0]) : null;
        String deviceClass = type != null ? String.format(Locale.ROOT, "%02x", type)
                : lower(SysfsFiles.read(dir, "bDeviceClass", false, p));
        String speed = SysfsFiles.read(dir, "speed", false, p);
        String manufacturer = SysfsFiles.read(dir, "manufacturer", false, p);
        String productString = SysfsFiles.read(dir, "product", false, p);
        boolean rootHub = name.startsWith("usb");
        String port = rootHub ? "" : name.substring(name.indexOf('-') + 1);
        int v = SysfsFiles.hex(vendorId, -1);
        int d = SysfsFiles.hex(productId, -1);
        return new UsbDevice(name, bus, device, port, vendorId, productId, deviceClass, speed, manufacturer,
                productString, rootHub, v < 0 ? null : ids.vendorName(v), v < 0 || d < 0 ? null : ids.productName(v, d),
                List.copyOf(p));
    }

    private static String hex4(String hex) {
        int v = SysfsFiles.hex(hex, -1);
        return v < 0 ? null : String.format(Locale.ROOT, "%04x", v);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** "2.10" after "2.9": ports compare as numbers, level by level. */
    private static String portKey(String port) {
        StringBuilder b = new StringBuilder();
        for (String part : port.split("\\.")) {
            b.append(String.format(Locale.ROOT, "%4s", part)).append('.');
        }
        return b.toString();
    }
}
