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
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.vdevstudio.host.ids.UsbIds;

/**
 * Reads USB devices from {@code sys/bus/usb/devices}. Names with a colon ("1-1:1.0") are
 * interfaces of a device, not devices; "usbN" is the root hub of bus N.
 */
final class UsbScanner {

    private static final Comparator<UsbDevice> BY_BUS_AND_PORT = Comparator
            .comparing((UsbDevice d) -> d.bus() == null ? Integer.MAX_VALUE : d.bus())
            .thenComparing(d -> d.rootHub() ? 0 : 1)
            .thenComparing((a, b) -> comparePorts(a.portPath(), b.portPath()));

    private final File sys;
    private final UsbIds ids;
    private final List<HostScan.Problem> problems = Collections.synchronizedList(new ArrayList<>());

    private final boolean parallel;

    private final BooleanSupplier cancelled;

    UsbScanner(File sys, UsbIds ids, boolean parallel, BooleanSupplier cancelled) {
        this.cancelled = cancelled;
        this.sys = sys;
        this.ids = ids;
        this.parallel = parallel;
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
        Stream<String> stream = Arrays.stream(names);
        return (parallel ? stream.parallel() : stream)
                .filter(n -> n.indexOf(':') < 0)
                .map(n -> read(devices, n))
                .filter(Objects::nonNull)
                .sorted(BY_BUS_AND_PORT)
                .toList();
    }

    private UsbDevice read(File devices, String name) {
        if (cancelled.getAsBoolean()) {
            return null; // the caller throws the partial result away
        }
        File dir = new File(devices, name);
        List<String> p = new ArrayList<>();
        String ueventText = SysfsFiles.read(dir, "uevent", false, p);
        if (ueventText == null && !dir.isDirectory()) {
            problems.add(new HostScan.Problem(name, "vanished during the scan, or its link dangles"));
            return null;
        }
        Map<String, String> uevent = PciFacts.uevent(ueventText);
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
        String deviceClass = type != null ? SysfsFiles.hexDigits(type, 2)
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
        return v < 0 ? null : SysfsFiles.hexDigits(v, 4);
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    /** "2.10" after "2.9": ports compare as numbers, level by level, a hub before the devices behind it. */
    static int comparePorts(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ei = end(a, i);
            int ej = end(b, j);
            int c = Integer.compare(number(a, i, ei), number(b, j, ej));
            if (c == 0) {
                c = a.substring(i, ei).compareTo(b.substring(j, ej)); // junk that is no number
            }
            if (c != 0) {
                return c;
            }
            i = ei + 1;
            j = ej + 1;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int end(String port, int from) {
        int dot = port.indexOf('.', from);
        return dot < 0 ? port.length() : dot;
    }

    private static int number(String port, int from, int end) {
        int v = 0;
        for (int k = from; k < end; k++) {
            int digit = port.charAt(k) - '0';
            if (digit < 0 || digit > 9 || v > 100_000) {
                return Integer.MAX_VALUE;
            }
            v = v * 10 + digit;
        }
        return v;
    }
}
