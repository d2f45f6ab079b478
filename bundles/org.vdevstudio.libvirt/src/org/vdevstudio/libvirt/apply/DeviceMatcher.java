package org.vdevstudio.libvirt.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Pairs the devices of two definitions of one domain. The same device can look different in each:
 * the live XML has aliases, the addresses libvirt assigned, tap names and a USB device's bus.device;
 * an edit changes a MAC or a VLAN. So devices are paired in passes, from the surest key to the
 * weakest: identical text, identical apart from what libvirt fills in, alias, MAC, host source,
 * guest address, and last the only remaining device of its kind and type. A key pairs two devices
 * only when it is unique on both sides among the devices still unpaired, and never two host
 * devices with different sources.
 */
final class DeviceMatcher {

    /** A device in the first list, the second, or both. */
    record Pair(Device before, Device after) {
    }

    private DeviceMatcher() {
    }

    static List<Pair> match(List<Device> before, List<Device> after) {
        Device[] partner = new Device[before.size()];
        List<Device> freeAfter = new ArrayList<>(after);
        List<Function<Device, String>> keys = List.of(
                Device::canonical,
                Device::configCanonical,
                Device::alias,
                Device::mac,
                Device::hostSource,
                Device::guestAddress,
                d -> "kind " + d.type());
        for (Function<Device, String> key : keys) {
            // identical devices pair in order however many there are; other keys must be unique
            boolean identical = key == keys.get(0);
            for (int i = 0; i < before.size(); i++) {
                if (partner[i] != null) {
                    continue;
                }
                Device b = before.get(i);
                String k = key.apply(b);
                if (k == null || !identical && count(before, partner, b.kind(), key, k) != 1) {
                    continue;
                }
                Device only = null;
                int n = 0;
                for (Device a : freeAfter) {
                    if (a.kind().equals(b.kind()) && k.equals(key.apply(a)) && sameHostDevice(a, b)) {
                        only = only == null ? a : only;
                        n++;
                    }
                }
                if (n == 1 || identical && n > 0) {
                    partner[i] = only;
                    freeAfter.remove(only);
                }
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            pairs.add(new Pair(before.get(i), partner[i]));
        }
        for (Device a : freeAfter) {
            pairs.add(new Pair(null, a));
        }
        return pairs;
    }

    /**
     * A {@code <hostdev>} is the host device it passes through: two with different sources are two
     * devices (the old one is detached, the new one attached), however alike the rest.
     */
    private static boolean sameHostDevice(Device a, Device b) {
        return !"hostdev".equals(a.kind()) || a.hostSource() == null || b.hostSource() == null
                || a.hostSource().equals(b.hostSource());
    }

    /** How many unpaired devices of {@code kind} in {@code list} have the key {@code k}. */
    private static int count(List<Device> list, Device[] partner, String kind, Function<Device, String> key, String k) {
        int n = 0;
        for (int i = 0; i < list.size(); i++) {
            if (partner[i] == null && list.get(i).kind().equals(kind) && Objects.equals(k, key.apply(list.get(i)))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether {@code device} is in {@code list} by a key that names one device (text, text but for
     * what libvirt fills in, alias, MAC, a host device's source), never by position or kind alone:
     * for checking that a detached device is gone or an attached one arrived.
     */
    static boolean contains(List<Device> list, Device device) {
        for (Device d : list) {
            if (!d.kind().equals(device.kind())) {
                continue;
            }
            if (d.canonical().equals(device.canonical()) || d.configCanonical().equals(device.configCanonical())
                    || device.alias() != null && device.alias().equals(d.alias())
                    || device.mac() != null && device.mac().equals(d.mac())
                    || "hostdev".equals(d.kind()) && device.hostSource() != null && device.hostSource().equals(d.hostSource())) {
                return true;
            }
        }
        return false;
    }
}
