package org.vdevstudio.core.edit;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.Interface;

/** MAC addresses as libvirt takes them for a guest NIC. */
public final class MacAddresses {

    /** The prefix libvirt and QEMU use for generated addresses. */
    public static final String QEMU_PREFIX = "52:54:00";

    private static final Pattern MAC = Pattern.compile("[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}");

    private MacAddresses() {
    }

    /** Null when libvirt would take {@code text} as a guest's MAC, else why not. */
    public static String problem(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (!MAC.matcher(text).matches()) {
            return "A MAC address is six hexadecimal pairs separated by colons, like 52:54:00:12:34:56";
        }
        if ((Integer.parseInt(text.substring(0, 2), 16) & 1) != 0) {
            return "A multicast MAC address (odd first byte) cannot be given to a NIC";
        }
        return null;
    }

    /** A 52:54:00 address no interface of {@code domain} has. */
    public static String generate(Domain domain, Random random) {
        Set<String> used = used(domain);
        while (true) {
            String mac = String.format(Locale.ROOT, "%s:%02x:%02x:%02x", QEMU_PREFIX, random.nextInt(256),
                    random.nextInt(256), random.nextInt(256));
            if (!used.contains(mac)) {
                return mac;
            }
        }
    }

    /** Every interface MAC of the domain (all interface types, hostdev ones included), lower case. */
    public static Set<String> used(Domain domain) {
        Set<String> used = new HashSet<>();
        if (domain != null && domain.getDevices() != null) {
            for (Interface i : domain.getDevices().getInterfaces()) {
                if (i.getMac() != null && i.getMac().getAddress() != null) {
                    used.add(i.getMac().getAddress().toLowerCase(Locale.ROOT));
                }
            }
        }
        return used;
    }
}
