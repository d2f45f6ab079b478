package org.vdevstudio.host.usage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vdevstudio.core.DeviceAddresses;
import org.vdevstudio.core.HostDevice;
import org.vdevstudio.core.HostDevices;
import org.vdevstudio.host.PciDevice;
import org.vdevstudio.host.UsbDevice;
import org.vdevstudio.model.domain.SourceAddress;

/**
 * Which domains reference which host devices, through {@code <hostdev>} or
 * {@code <interface type='hostdev'>}: an index built once over a set of domain definitions,
 * then asked per device. USB devices match by vendor:product or by bus.device.
 */
public final class UsedBy {

    private final Map<String, Set<DomainRef>> byKey = new HashMap<>();

    private UsedBy() {
    }

    /** The index over {@code domains}; a domain listed twice (editor and file) counts once per label. */
    public static UsedBy of(Collection<DomainRef> domains) {
        UsedBy u = new UsedBy();
        for (DomainRef ref : domains) {
            if (ref.domain() == null) {
                continue;
            }
            for (HostDevice d : HostDevices.snapshot(ref.domain())) {
                for (String key : keys(d)) {
                    u.byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(ref);
                }
            }
        }
        return u;
    }

    /** The domains using each device of {@code devices}, keyed by PCI address or USB sysfs name. */
    public static Map<String, List<DomainRef>> usedBy(Collection<?> devices, Collection<DomainRef> domains) {
        UsedBy u = of(domains);
        Map<String, List<DomainRef>> result = new HashMap<>();
        for (Object d : devices) {
            if (d instanceof PciDevice p) {
                result.put(p.address(), u.users(p));
            } else if (d instanceof UsbDevice usb) {
                result.put(usb.name(), u.users(usb));
            }
        }
        return result;
    }

    public List<DomainRef> users(PciDevice device) {
        return List.copyOf(byKey.getOrDefault("pci " + device.address(), Set.of()));
    }

    public List<DomainRef> users(UsbDevice device) {
        Set<DomainRef> result = new LinkedHashSet<>();
        if (device.vendorProduct() != null) {
            result.addAll(byKey.getOrDefault("usb " + device.vendorProduct(), Set.of()));
        }
        if (device.busDevice() != null) {
            result.addAll(byKey.getOrDefault("usb-bus " + device.busDevice(), Set.of()));
        }
        return List.copyOf(result);
    }

    /** "web1, web2 (live)": distinct labels. */
    public static String labels(List<DomainRef> refs) {
        Set<String> labels = new LinkedHashSet<>();
        refs.forEach(r -> labels.add(r.label()));
        return String.join(", ", labels);
    }

    private static List<String> keys(HostDevice d) {
        List<String> keys = new ArrayList<>();
        SourceAddress a = d.getSourceAddress();
        switch (d.getKind()) {
            case PCI -> {
                if (a != null) {
                    keys.add("pci " + DeviceAddresses.pci(a));
                }
            }
            case USB -> {
                String product = d.getHostdev() == null ? null : DeviceAddresses.usbProduct(d.getHostdev().getSource());
                if (product != null) {
                    keys.add("usb " + product);
                }
                if (a != null && a.getBus() != null && a.getDevice() != null) {
                    keys.add("usb-bus " + DeviceAddresses.usbBusDevice(a));
                }
            }
            default -> {
                // SCSI, mdev, ...: not devices this browser lists
            }
        }
        return keys;
    }
}
