package org.vdevstudio.libvirt.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What libvirt 9.0's qemu driver can change in a running guest without detaching the device, read
 * from {@code qemuDomainChangeNet} and {@code qemuDomainUpdateDeviceLive} (src/qemu/qemu_hotplug.c,
 * qemu_driver.c). For an interface: the link state, bandwidth, the nwfilter, coalescing, and the
 * network or bridge it is plugged into (without a virtual port); everything else (MAC, model,
 * driver, guest address, boot order, ROM, MTU, VLAN, virtual port, tap name, type) makes it fail with
 * "Operation not supported", and nothing at all of a {@code type='hostdev'} interface can change.
 * A {@code <hostdev>} can only be attached or detached. Removable media (CD-ROM, floppy) can change
 * their source; graphics their passwords. Everything else needs the guest restarted.
 */
final class LiveRules {

    /** Interface parts qemuDomainChangeNet applies to a running guest. */
    private static final Set<String> LIVE_INTERFACE_PARTS = Set.of("link", "bandwidth", "filterref", "coalesce");

    private LiveRules() {
    }

    /**
     * Why {@code before} cannot become {@code after} in the running guest, or null when libvirt can
     * update it live. {@code before} is the device as the live definition has it.
     */
    static String restartReason(Device before, Device after) {
        if (!before.kind().equals(after.kind())) {
            return "a different kind of device";
        }
        switch (before.kind()) {
        case "interface":
            return interfaceReason(before, after);
        case "hostdev":
            return "libvirt cannot modify a host device of a running guest, only attach or detach it";
        case "disk":
            return diskReason(before, after);
        case "graphics":
            List<String> parts = significant(before, after);
            parts.remove("@passwd");
            parts.remove("@passwdValidTo");
            parts.remove("@connected");
            return parts.isEmpty() ? null : "libvirt can change only the password of running graphics (changed: " + String.join(", ", parts) + ")";
        default:
            return "libvirt cannot update a running guest's <" + before.kind() + ">";
        }
    }

    private static String interfaceReason(Device before, Device after) {
        if ("hostdev".equals(before.type()) || "hostdev".equals(after.type())) {
            return "libvirt cannot change a type='hostdev' interface (an SR-IOV VF: MAC, VLAN, virtual port, …)"
                    + " of a running guest, only attach or detach it";
        }
        List<String> reasons = new ArrayList<>();
        for (String part : significant(before, after)) {
            if (LIVE_INTERFACE_PARTS.contains(part)) {
                continue;
            }
            if (part.equals("source") && before.type().equals(after.type())
                    && (before.type().equals("network") || before.type().equals("bridge"))
                    && before.childAttribute("virtualport", "type") == null) {
                continue; // qemuDomainChangeNetBridge moves the tap to the other bridge
            }
            if (part.equals("@type") && Set.of("network", "bridge").containsAll(List.of(before.type(), after.type()))) {
                continue; // network <-> bridge is a bridge change
            }
            reasons.add(describe(part));
        }
        return reasons.isEmpty() ? null : "libvirt cannot change " + String.join(", ", reasons) + " of a running guest's interface";
    }

    private static String diskReason(Device before, Device after) {
        String device = before.element().getAttribute("device");
        List<String> parts = significant(before, after);
        if (("cdrom".equals(device) || "floppy".equals(device)) && parts.equals(List.of("source"))) {
            return null; // qemuDomainChangeEjectableMedia
        }
        return "libvirt can change only the medium of a running guest's CD-ROM or floppy";
    }

    /**
     * The parts that differ, ignoring what libvirt fills in for a running device and keeps when the
     * update leaves it out: alias, tap name and guest address, when the edited device has none.
     */
    private static List<String> significant(Device before, Device after) {
        List<String> parts = before.differingParts(after);
        for (String filled : List.of("alias", "target", "address")) {
            if (DomainDocument.child(after.element(), filled) == null) {
                parts.remove(filled);
            }
        }
        return parts;
    }

    private static String describe(String part) {
        return switch (part) {
        case "mac" -> "the MAC address";
        case "model" -> "the NIC model";
        case "driver" -> "the driver attributes";
        case "address" -> "the guest PCI address";
        case "boot" -> "the boot order";
        case "rom" -> "the ROM settings";
        case "mtu" -> "the MTU";
        case "vlan" -> "the VLAN";
        case "virtualport" -> "the virtual port";
        case "target" -> "the tap device name";
        case "alias" -> "the alias";
        case "source" -> "the source";
        case "@type" -> "the interface type";
        default -> part.startsWith("@") ? "the attribute " + part.substring(1) : "<" + part + ">";
        };
    }
}
