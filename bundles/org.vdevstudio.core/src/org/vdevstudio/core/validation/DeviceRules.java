package org.vdevstudio.core.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.vdevstudio.core.DeviceAddresses;
import org.vdevstudio.core.HostDevice;
import org.vdevstudio.core.HostDevices;
import org.vdevstudio.model.domain.DeviceBoot;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.DomainPackage.Literals;
import org.vdevstudio.model.domain.Hostdev;
import org.vdevstudio.model.domain.HostdevType;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.model.domain.Rom;
import org.vdevstudio.model.domain.SourceAddress;
import org.vdevstudio.model.domain.SourceAddressType;
import org.vdevstudio.model.domain.VirYesNo;

/**
 * libvirt's rules that span fields or devices: what a form cannot see from one field. Severities
 * follow libvirt: an error where it refuses the domain at define, a warning where it accepts it
 * and fails (or misbehaves) later. {@link #all()} is the one list of rules; the PCI address and
 * network rules live in their own classes.
 */
public final class DeviceRules {

    private DeviceRules() {
    }

    /** Every rule of this class. */
    public static List<DomainRule> all() {
        return List.of(DeviceRules::uniqueHostDevices, DeviceRules::uniqueMacs, DeviceRules::unicastMacs,
                DeviceRules::managedOnlyOnPci, DeviceRules::startupPolicyOnlyOnUsb, DeviceRules::romDisabledWithoutTuning,
                DeviceRules::bootOrders, PciAddressRules::ranges, PciAddressRules::guestPciClashes,
                PciAddressRules::sourceAddressType, NetworkRules::vlans, NetworkRules::virtualPorts,
                NetworkRules::teaming);
    }

    /** A validator with the model's constraints and these rules. */
    public static DomainValidator validator() {
        DomainValidator v = new DomainValidator();
        all().forEach(v::addRule);
        return v;
    }

    /**
     * The same host PCI function or USB device given twice, by {@code <hostdev>}s or hostdev
     * interfaces: the test driver refuses it at define ("Hostdev already exists in the domain
     * configuration", src/conf/domain_conf.c virDomainHostdevInsert's callers via
     * virDomainHostdevFind / virDomainHostdevMatchSubsys). A USB device is matched by bus and
     * device when given, else by vendor and product, as virDomainHostdevMatchSubsysUSB does.
     */
    static void uniqueHostDevices(Domain domain, Consumer<Problem> report) {
        Map<String, HostDevice> seen = new HashMap<>();
        for (HostDevice d : HostDevices.snapshot(domain)) {
            String key = hostKey(d);
            if (key == null) {
                continue;
            }
            HostDevice first = seen.putIfAbsent(key, d);
            if (first != null) {
                EObject at = d.getSourceAddress() != null ? d.getSourceAddress() : d.getOwner();
                report.accept(Problem.at(Severity.ERROR, describe(d.getOwner()) + ": host "
                        + (d.getKind() == HostDevice.Kind.PCI ? "PCI" : "USB") + " device " + key.substring(4)
                        + " is already given to " + describe(first.getOwner()), at,
                        at instanceof SourceAddress ? Literals.SOURCE_ADDRESS__BUS : null));
            }
        }
    }

    /** "pci 0000:03:10.1", "usb 1.5", "usb 046d:c52b", or null when the device cannot be compared. */
    static String hostKey(HostDevice d) {
        SourceAddress a = d.getSourceAddress();
        if (d.getKind() == HostDevice.Kind.PCI) {
            return a == null || a.getBus() == null || a.getType() == SourceAddressType.USB ? null : "pci " + DeviceAddresses.pci(a);
        }
        if (d.getKind() != HostDevice.Kind.USB) {
            return null;
        }
        if (a != null && a.getBus() != null && a.getDevice() != null) {
            return "usb " + DeviceAddresses.usbBusDevice(a);
        }
        String product = d.getHostdev() == null ? null : DeviceAddresses.usbProduct(d.getHostdev().getSource());
        return product == null ? null : "usb " + product;
    }

    /**
     * Two interfaces with one MAC: libvirt 9.0 accepts it (no driver compares MACs at define),
     * the guest's network breaks later: a warning. Teaming partners are exempt.
     */
    static void uniqueMacs(Domain domain, Consumer<Problem> report) {
        Map<String, Interface> seen = new HashMap<>();
        for (Interface i : interfaces(domain)) {
            String mac = i.getMac() == null || i.getMac().getAddress() == null ? null
                    : i.getMac().getAddress().toLowerCase(Locale.ROOT);
            if (mac == null) {
                continue;
            }
            Interface first = seen.putIfAbsent(mac, i);
            // A failover pair (teaming) shares one MAC by design.
            if (first != null && i.getTeaming() == null && first.getTeaming() == null) {
                report.accept(Problem.at(Severity.WARNING, Labels.describe(i) + ": MAC address " + mac + " is also "
                        + Labels.describe(first) + "'s", i.getMac(), Literals.INTERFACE_MAC__ADDRESS));
            }
        }
    }

    /**
     * A guest MAC must be unicast (the low bit of the first octet clear): the test driver refuses a
     * multicast one at define ("expected unicast mac address", src/conf/domain_conf.c
     * virDomainNetDefParseXML).
     */
    static void unicastMacs(Domain domain, Consumer<Problem> report) {
        for (Interface i : interfaces(domain)) {
            String mac = i.getMac() == null ? null : i.getMac().getAddress();
            Long first = mac == null || mac.length() < 2 ? null : DeviceAddresses.number("0x" + mac.substring(0, 2), null);
            if (first != null && (first & 1) == 1) {
                report.accept(Problem.at(Severity.ERROR, Labels.describe(i) + ": MAC address " + mac
                        + " is a multicast address; a guest needs a unicast one (first octet even, e.g. 52:54:00:...)",
                        i.getMac(), Literals.INTERFACE_MAC__ADDRESS));
            }
        }
    }

    /** managed='yes' on a non-PCI device: libvirt accepts and ignores it (a warning). */
    static void managedOnlyOnPci(Domain domain, Consumer<Problem> report) {
        for (Hostdev h : hostdevs(domain)) {
            if (h.isSetManaged() && h.getManaged() == VirYesNo.YES && h.isSetType() && h.getType() != HostdevType.PCI) {
                report.accept(Problem.at(Severity.WARNING, Labels.describe(h) + ": managed='yes' applies to PCI devices only",
                        h, Literals.HOSTDEV__MANAGED));
            }
        }
    }

    /** Refused at define (src/conf/domain_validate.c virDomainHostdevDefValidate). */
    static void startupPolicyOnlyOnUsb(Domain domain, Consumer<Problem> report) {
        for (Hostdev h : hostdevs(domain)) {
            if (h.getSource() != null && h.getSource().isSetStartupPolicy() && h.isSetType() && h.getType() != HostdevType.USB) {
                report.accept(Problem.at(Severity.ERROR, Labels.describe(h) + ": startupPolicy is only allowed for USB devices",
                        h.getSource(), Literals.HOSTDEV_SOURCE__STARTUP_POLICY));
            }
        }
    }

    /** Refused at define ("ROM tuning is not supported when ROM is disabled", src/conf/domain_validate.c). */
    static void romDisabledWithoutTuning(Domain domain, Consumer<Problem> report) {
        for (var it = domain.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Rom rom && rom.isSetEnabled() && rom.getEnabled() == VirYesNo.NO
                    && (rom.isSetBar() || rom.getFile() != null)) {
                report.accept(Problem.at(Severity.ERROR, Labels.describe(rom)
                        + ": a ROM with enabled='no' cannot have bar or file", rom, Literals.ROM__ENABLED));
            }
        }
    }

    /**
     * Refused at define: a boot order used twice, and per-device boot with {@code <os><boot>}
     * (src/conf/domain_postparse.c virDomainDefCollectBootOrder, src/conf/domain_conf.c
     * virDomainDefParseBootXML).
     */
    static void bootOrders(Domain domain, Consumer<Problem> report) {
        Map<String, DeviceBoot> seen = new HashMap<>();
        boolean osBoot = domain.getOs() != null && !domain.getOs().getBoots().isEmpty();
        for (var it = domain.eAllContents(); it.hasNext();) {
            if (!(it.next() instanceof DeviceBoot boot) || boot.getOrder() == null) {
                continue;
            }
            String order = boot.getOrder().toString();
            DeviceBoot first = seen.putIfAbsent(order, boot);
            if (first != null) {
                report.accept(Problem.at(Severity.ERROR, Labels.describe(boot) + ": boot order " + order + " is also "
                        + Labels.describe(first.eContainer()) + "'s", boot, Literals.DEVICE_BOOT__ORDER));
            }
            if (osBoot) {
                report.accept(Problem.at(Severity.ERROR, Labels.describe(boot)
                        + ": per-device boot order cannot be used together with <os><boot>", boot, Literals.DEVICE_BOOT__ORDER));
            }
        }
    }

    private static String describe(EObject device) {
        return device instanceof Interface i ? Labels.describe(i) : Labels.describe((Hostdev) device);
    }

    private static List<Interface> interfaces(Domain domain) {
        return domain.getDevices() == null ? List.of() : domain.getDevices().getInterfaces();
    }

    private static List<Hostdev> hostdevs(Domain domain) {
        return domain.getDevices() == null ? List.of() : domain.getDevices().getHostdevs();
    }
}
