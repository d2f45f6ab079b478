package org.vdevstudio.host.usage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.vdevstudio.host.HostScan;
import org.vdevstudio.host.PciDevice;
import org.vdevstudio.host.UsbDevice;

/**
 * What to warn about before host devices are given to a domain. These are warnings, not errors:
 * libvirt may still accept the assignment, but the host or another guest may suffer.
 */
public final class AssignmentWarnings {

    private AssignmentWarnings() {
    }

    /**
     * @param target   the name of the domain that receives the devices (its own use is not a warning)
     * @param managed  whether libvirt will bind the devices to vfio-pci itself
     */
    public static List<String> check(HostScan scan, List<PciDevice> pci, List<UsbDevice> usb, UsedBy usedBy,
            String target, boolean managed) {
        Set<String> warnings = new LinkedHashSet<>();
        Set<String> assigned = new TreeSet<>();
        pci.forEach(d -> assigned.add(d.address()));
        for (PciDevice d : pci) {
            String critical = hostCritical(d);
            if (critical != null) {
                warnings.add(d.address() + " is " + critical);
            }
            List<String> others = d.iommuGroupMembers().stream().filter(m -> !assigned.contains(m)).toList();
            if (!others.isEmpty()) {
                warnings.add("IOMMU group " + d.iommuGroup() + " of " + d.address() + " also holds "
                        + String.join(", ", others) + ", which would be taken from the host too (or the guest will not start)");
            }
            if (d.physfn() != null && (scan.pci(d.physfn()) == null || d.problems().stream().anyMatch(p -> p.startsWith("'physfn'")))) {
                warnings.add(d.address() + " is a VF whose PF " + d.physfn() + " is gone");
            }
            if (!managed && !"vfio-pci".equals(d.driver())) {
                warnings.add(d.address() + " is bound to " + (d.driver() == null ? "no driver" : "'" + d.driver() + "'")
                        + ", not vfio-pci, and managed='no' leaves binding it to you");
            }
            others(usedBy == null ? List.of() : usedBy.users(d), target, d.address(), warnings);
        }
        for (UsbDevice d : usb) {
            if (d.rootHub()) {
                warnings.add(d.name() + " is a root hub");
            }
            others(usedBy == null ? List.of() : usedBy.users(d), target, d.name(), warnings);
        }
        return new ArrayList<>(warnings);
    }

    private static void others(List<DomainRef> users, String target, String device, Set<String> warnings) {
        List<DomainRef> others = users.stream().filter(r -> !Objects.equals(r.domainName(), target)).toList();
        if (!others.isEmpty()) {
            warnings.add(device + " is already used by " + UsedBy.labels(others));
        }
    }

    /** Why giving this function away hurts the host, or null when nothing is known against it. */
    public static String hostCritical(PciDevice d) {
        int c = d.baseAndSubclass();
        if (c < 0) {
            return null;
        }
        if (c >> 8 == 0x06) {
            return c == 0x0604 || c == 0x0609 ? "a PCI bridge: the devices behind it go with it"
                    : "a host bridge or chipset function";
        }
        return switch (c) {
            case 0x0c05 -> "an SMBus controller of the host";
            case 0x0c03 -> "a USB controller: the host loses every device on it";
            case 0x0300 -> "a VGA controller, maybe the host's console";
            case 0x0101, 0x0104, 0x0106, 0x0107, 0x0108 -> "a storage controller, maybe holding the host's disks";
            case 0x0800, 0x0801, 0x0802, 0x0803, 0x0805, 0x0880 -> "a system peripheral of the host";
            default -> null;
        };
    }
}
