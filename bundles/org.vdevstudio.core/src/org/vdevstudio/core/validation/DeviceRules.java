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
import org.vdevstudio.model.domain.VirYesNo;

/**
 * libvirt's rules that span fields or devices (checked by libvirt at define time, in
 * domain_conf.c and the QEMU driver): what a form cannot see from one field.
 */
public final class DeviceRules {

    private DeviceRules() {
    }

    /** Every rule of this class. */
    public static List<DomainRule> all() {
        return List.of(DeviceRules::uniqueHostPciAddresses, DeviceRules::uniqueMacs, DeviceRules::managedOnlyOnPci,
                DeviceRules::startupPolicyOnlyOnUsb, DeviceRules::romDisabledWithoutTuning, DeviceRules::bootOrders);
    }

    /** A validator with the model's constraints and these rules. */
    public static DomainValidator validator() {
        DomainValidator v = new DomainValidator();
        all().forEach(v::addRule);
        return v;
    }

    static void uniqueHostPciAddresses(Domain domain, Consumer<Problem> report) {
        Map<String, HostDevice> seen = new HashMap<>();
        for (HostDevice d : HostDevices.snapshot(domain)) {
            SourceAddress a = d.getSourceAddress();
            if (d.getKind() != HostDevice.Kind.PCI || a == null || a.getBus() == null) {
                continue;
            }
            String pci = DeviceAddresses.pci(a);
            HostDevice first = seen.putIfAbsent(pci, d);
            if (first != null) {
                report.accept(Problem.at(Severity.ERROR, describe(d.getOwner()) + ": host PCI device " + pci
                        + " is already given to " + describe(first.getOwner()), a, Literals.SOURCE_ADDRESS__BUS));
            }
        }
    }

    static void uniqueMacs(Domain domain, Consumer<Problem> report) {
        Map<String, Interface> seen = new HashMap<>();
        for (Interface i : interfaces(domain)) {
            String mac = i.getMac() == null || i.getMac().getAddress() == null ? null
                    : i.getMac().getAddress().toLowerCase(Locale.ROOT);
            if (mac == null) {
                continue;
            }
            Interface first = seen.putIfAbsent(mac, i);
            if (first != null) {
                report.accept(Problem.at(Severity.ERROR, Labels.describe(i) + ": MAC address " + mac + " is also "
                        + Labels.describe(first) + "'s", i.getMac(), Literals.INTERFACE_MAC__ADDRESS));
            }
        }
    }

    static void managedOnlyOnPci(Domain domain, Consumer<Problem> report) {
        for (Hostdev h : hostdevs(domain)) {
            if (h.isSetManaged() && h.getManaged() == VirYesNo.YES && h.isSetType() && h.getType() != HostdevType.PCI) {
                report.accept(Problem.at(Severity.WARNING, Labels.describe(h) + ": managed='yes' applies to PCI devices only",
                        h, Literals.HOSTDEV__MANAGED));
            }
        }
    }

    static void startupPolicyOnlyOnUsb(Domain domain, Consumer<Problem> report) {
        for (Hostdev h : hostdevs(domain)) {
            if (h.getSource() != null && h.getSource().isSetStartupPolicy() && h.isSetType() && h.getType() != HostdevType.USB) {
                report.accept(Problem.at(Severity.ERROR, Labels.describe(h) + ": startupPolicy is only allowed for USB devices",
                        h.getSource(), Literals.HOSTDEV_SOURCE__STARTUP_POLICY));
            }
        }
    }

    static void romDisabledWithoutTuning(Domain domain, Consumer<Problem> report) {
        for (var it = domain.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Rom rom && rom.isSetEnabled() && rom.getEnabled() == VirYesNo.NO
                    && (rom.isSetBar() || rom.getFile() != null)) {
                report.accept(Problem.at(Severity.ERROR, Labels.describe(rom)
                        + ": a ROM with enabled='no' cannot have bar or file", rom, Literals.ROM__ENABLED));
            }
        }
    }

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
