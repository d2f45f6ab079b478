package org.vdevstudio.host;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PCI addresses as text: "DDDD:BB:SS.F" (the domain may be left out on input). */
public final class PciAddresses {

    private static final Pattern ADDRESS = Pattern.compile(
            "(?:([0-9a-fA-F]{1,4}):)?([0-9a-fA-F]{1,2}):([0-9a-fA-F]{1,2})\\.([0-7])");

    private PciAddresses() {
    }

    /** The parts {domain, bus, slot, function}, or null when {@code text} is not an address. */
    public static int[] parse(String text) {
        Matcher m = ADDRESS.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        int domain = m.group(1) == null ? 0 : Integer.parseInt(m.group(1), 16);
        int slot = Integer.parseInt(m.group(3), 16);
        if (slot > 0x1f) {
            return null;
        }
        return new int[] { domain, Integer.parseInt(m.group(2), 16), slot, Integer.parseInt(m.group(4)) };
    }

    /** The canonical form, or the trimmed text unchanged when it is not an address. */
    public static String normalize(String text) {
        int[] p = parse(text);
        return p == null ? text.trim() : format(p[0], p[1], p[2], p[3]);
    }

    public static String format(int domain, int bus, int slot, int function) {
        return String.format(Locale.ROOT, "%04x:%02x:%02x.%x", domain, bus, slot, function);
    }
}
