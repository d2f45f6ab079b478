package org.vdevstudio.core;

import java.util.Locale;

import org.vdevstudio.model.domain.HostdevSource;
import org.vdevstudio.model.domain.SourceAddress;

/** Canonical text of host addresses, as lspci and libvirt print them. */
public final class DeviceAddresses {

    private DeviceAddresses() {
    }

    /** "DDDD:BB:SS.F" from libvirt's attributes ("0x0000", "0x03", "0x10", "0x1"); raw text when not numeric. */
    public static String pci(SourceAddress a) {
        return pci(a.getDomain(), a.getBus(), a.getSlot(), a.getFunction());
    }

    public static String pci(String domain, String bus, String slot, String function) {
        Long d = number(domain, 0L);
        Long b = number(bus, null);
        Long s = number(slot, null);
        Long f = number(function, 0L);
        if (d == null || b == null || s == null || f == null) {
            return domain + ":" + bus + ":" + slot + "." + function;
        }
        return String.format(Locale.ROOT, "%04x:%02x:%02x.%x", d, b, s, f);
    }

    /** "BUS.DEVICE" of a USB address, in decimal as lsusb prints them. */
    public static String usbBusDevice(SourceAddress a) {
        Long b = number(a.getBus(), null);
        Long d = number(a.getDevice(), null);
        return (b == null ? String.valueOf(a.getBus()) : b.toString()) + "." + (d == null ? String.valueOf(a.getDevice()) : d.toString());
    }

    /** "VVVV:PPPP" of a USB source given by vendor and product, or null. */
    public static String usbProduct(HostdevSource s) {
        if (s == null || s.getVendor() == null || s.getProduct() == null) {
            return null;
        }
        Long v = number(s.getVendor().getId(), null);
        Long p = number(s.getProduct().getId(), null);
        if (v == null || p == null) {
            return s.getVendor().getId() + ":" + s.getProduct().getId();
        }
        return String.format(Locale.ROOT, "%04x:%04x", v, p);
    }

    /** libvirt's numbers: decimal, or hexadecimal with 0x; null (or the default when absent) if unparsable. */
    public static Long number(String text, Long absent) {
        if (text == null) {
            return absent;
        }
        String t = text.trim();
        try {
            if (t.startsWith("0x") || t.startsWith("0X")) {
                return Long.parseLong(t.substring(2), 16);
            }
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
