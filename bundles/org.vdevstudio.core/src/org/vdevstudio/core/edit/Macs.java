package org.vdevstudio.core.edit;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.vdevstudio.model.domain.Devices;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.Interface;

/** MAC addresses for new interfaces: QEMU's 52:54:00 prefix, unique among the domain's interfaces. */
public final class Macs {

    private Macs() {
    }

    /** Every interface MAC of the domain (all interface types, hostdev ones included), lower case. */
    public static Set<String> used(Domain domain) {
        Set<String> used = new HashSet<>();
        Devices devices = domain.getDevices();
        if (devices != null) {
            for (Interface i : devices.getInterfaces()) {
                if (i.getMac() != null && i.getMac().getAddress() != null) {
                    used.add(i.getMac().getAddress().toLowerCase(Locale.ROOT));
                }
            }
        }
        return used;
    }

    /** A random 52:54:00:xx:xx:xx not yet used in {@code domain}. */
    public static String fresh(Domain domain, Random random) {
        Set<String> used = used(domain);
        while (true) {
            String mac = String.format(Locale.ROOT, "52:54:00:%02x:%02x:%02x", random.nextInt(256), random.nextInt(256),
                    random.nextInt(256));
            if (!used.contains(mac)) {
                return mac;
            }
        }
    }
}
