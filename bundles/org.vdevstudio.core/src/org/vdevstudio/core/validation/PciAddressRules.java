package org.vdevstudio.core.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.vdevstudio.core.DeviceAddresses;
import org.vdevstudio.core.HostDevice;
import org.vdevstudio.core.HostDevices;
import org.vdevstudio.model.domain.Address;
import org.vdevstudio.model.domain.AddressType;
import org.vdevstudio.model.domain.Devices;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.DomainPackage.Literals;
import org.vdevstudio.model.domain.Hostdev;
import org.vdevstudio.model.domain.HostdevType;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.model.domain.SourceAddress;
import org.vdevstudio.model.domain.SourceAddressType;

/**
 * libvirt's rules on PCI addresses, on the host side ({@code <source><address/>}) and the guest
 * side ({@code <address type='pci'/>} of any device, also of the devices the model keeps untyped).
 */
final class PciAddressRules {

    private PciAddressRules() {
    }

    /** One PCI address as written: the element, the device it belongs to, and its four numbers as text. */
    private record Pci(EObject element, EObject device, String domain, String bus, String slot, String function) {
        String text() {
            return DeviceAddresses.pci(domain, bus, slot, function);
        }
    }

    /**
     * Bus 0-0xff, slot 0-0x1f, function 0-7: the test driver refuses more at define
     * (src/util/virpci.c virPCIDeviceAddressIsValid, called by conf/device_conf.c
     * virPCIDeviceAddressParseXML). libvirt 9.0 and its schema accept a domain over 0xffff (Linux
     * has 32-bit PCI domains, e.g. behind Intel VMD), so that is only a warning: a typo is likelier.
     */
    static void ranges(Domain domain, Consumer<Problem> report) {
        for (Pci a : all(domain)) {
            String domainWhy = outOfRange("domain", a.domain(), 0xffff);
            String why = outOfRange("bus", a.bus(), 0xff);
            why = why != null ? why : outOfRange("slot", a.slot(), 0x1f);
            why = why != null ? why : outOfRange("function", a.function(), 7);
            String side = a.element() instanceof SourceAddress ? "host" : "guest";
            if (why != null) {
                report.accept(Problem.at(Severity.ERROR, describe(a.device()) + ": " + side + " PCI address " + why,
                        a.element(), feature(a.element(), why.substring(0, why.indexOf(' ')))));
            }
            if (domainWhy != null) {
                report.accept(Problem.at(Severity.WARNING, describe(a.device()) + ": " + side + " PCI address " + domainWhy
                        + " (only VMD hosts have such domains)", a.element(), feature(a.element(), "domain")));
            }
        }
    }

    /**
     * Two devices at the same guest PCI bus/slot/function. The test driver assigns no addresses,
     * but the QEMU driver refuses the domain at define ("Attempted double use of PCI Address",
     * src/conf/domain_addr.c virDomainPCIAddressReserveAddrInternal, reached from
     * src/qemu/qemu_domain_address.c qemuDomainCollectPCIAddress).
     */
    static void guestPciClashes(Domain domain, Consumer<Problem> report) {
        Map<String, Pci> seen = new HashMap<>();
        for (Pci a : guest(domain)) {
            Long bus = DeviceAddresses.number(a.bus(), null);
            Long slot = DeviceAddresses.number(a.slot(), null);
            if (bus == null || slot == null) {
                continue; // incomplete: libvirt assigns it
            }
            Pci first = seen.putIfAbsent(a.text(), a);
            if (first != null) {
                report.accept(Problem.at(Severity.ERROR, describe(a.device()) + ": guest PCI address " + a.text()
                        + " is already used by " + describe(first.device()), a.element(), feature(a.element(), "slot")));
            }
        }
    }

    /**
     * A PCI host device's source address has no type or type='pci'. libvirt 9.0 ignores the type
     * on a PCI {@code <hostdev>} (conf/domain_conf.c virDomainHostdevSubsysPCIDefParseXML reads
     * only the numbers), and on a hostdev interface type='usb' makes it a USB device, which gets
     * none of the interface's network settings (src/hypervisor/virhostdev.c
     * virHostdevIsPCINetDevice): both are accepted at define, so warnings.
     */
    static void sourceAddressType(Domain domain, Consumer<Problem> report) {
        for (HostDevice d : HostDevices.snapshot(domain)) {
            SourceAddress a = d.getSourceAddress();
            if (a == null || !a.isSetType()) {
                continue;
            }
            if (d.getOwner() instanceof Hostdev h && h.isSetType() && h.getType() == HostdevType.PCI
                    && a.getType() != SourceAddressType.PCI) {
                report.accept(Problem.at(Severity.WARNING, describe(h) + ": the source address of a PCI host device has type '"
                        + a.getType().getLiteral() + "'; libvirt ignores it, use type='pci'", a, Literals.SOURCE_ADDRESS__TYPE));
            } else if (d.getOwner() instanceof Interface i && a.getType() == SourceAddressType.USB) {
                report.accept(Problem.at(Severity.WARNING, describe(i) + ": a hostdev interface needs a PCI network device"
                        + " (an SR-IOV VF); with a USB source address its MAC, VLAN and virtualport are not applied",
                        a, Literals.SOURCE_ADDRESS__TYPE));
            }
        }
    }

    private static String outOfRange(String name, String text, long max) {
        Long n = DeviceAddresses.number(text, 0L);
        if (n == null || n <= max) {
            return null; // not a number: the schema and the model's value check say so
        }
        return name + " " + text + " is outside 0-0x" + Long.toHexString(max);
    }

    private static List<Pci> all(Domain domain) {
        List<Pci> result = new ArrayList<>();
        for (HostDevice d : HostDevices.snapshot(domain)) {
            SourceAddress a = d.getSourceAddress();
            if (d.getKind() == HostDevice.Kind.PCI && a != null && a.getType() != SourceAddressType.USB) {
                result.add(new Pci(a, d.getOwner(), a.getDomain(), a.getBus(), a.getSlot(), a.getFunction()));
            }
        }
        result.addAll(guest(domain));
        return result;
    }

    /** Every guest {@code <address type='pci'>} below {@code <devices>}, in document order. */
    private static List<Pci> guest(Domain domain) {
        List<Pci> result = new ArrayList<>();
        if (domain.getDevices() == null) {
            return result;
        }
        for (FeatureMap.Entry e : domain.getDevices().getMixed()) {
            Object device = e.getValue();
            Address a = device instanceof Interface i ? i.getAddress() : device instanceof Hostdev h ? h.getAddress() : null;
            if (a != null && a.getType() == AddressType.PCI) {
                result.add(new Pci(a, (EObject) device, a.getDomain(), a.getBus(), a.getSlot(), a.getFunction()));
            } else if (device instanceof AnyType untyped) {
                AnyType address = child(untyped, "address");
                if (address != null && "pci".equals(attribute(address, "type"))) {
                    result.add(new Pci(address, untyped, attribute(address, "domain"), attribute(address, "bus"),
                            attribute(address, "slot"), attribute(address, "function")));
                }
            }
        }
        return result;
    }

    private static AnyType child(AnyType element, String name) {
        for (FeatureMap.Entry e : element.getMixed()) {
            if (e.getValue() instanceof AnyType c && name.equals(ExtendedMetaData.INSTANCE.getName(e.getEStructuralFeature()))) {
                return c;
            }
        }
        return null;
    }

    private static String attribute(AnyType element, String name) {
        for (FeatureMap.Entry e : element.getAnyAttribute()) {
            if (name.equals(ExtendedMetaData.INSTANCE.getName(e.getEStructuralFeature()))) {
                return String.valueOf(e.getValue());
            }
        }
        return null;
    }

    private static EStructuralFeature feature(EObject element, String xmlName) {
        return element instanceof AnyType ? null : ExtendedMetaData.INSTANCE.getAttribute(element.eClass(), null, xmlName);
    }

    /** "interface 2 (MAC …)", "hostdev 1 (pci …)", or "controller 3" for a device the model keeps untyped. */
    static String describe(EObject device) {
        if (device instanceof Interface i) {
            return Labels.describe(i);
        }
        if (device instanceof Hostdev h) {
            return Labels.describe(h);
        }
        if (device instanceof AnyType a && a.eContainer() instanceof Devices devices) {
            // An untyped device is an entry of <devices>' mixed content named by its element.
            String name = null;
            int index = 0;
            for (FeatureMap.Entry e : devices.getMixed()) {
                String n = e.getValue() instanceof AnyType ? ExtendedMetaData.INSTANCE.getName(e.getEStructuralFeature()) : null;
                if (e.getValue() == a) {
                    name = n;
                    break;
                }
            }
            for (FeatureMap.Entry e : devices.getMixed()) {
                if (e.getValue() instanceof AnyType && name != null
                        && name.equals(ExtendedMetaData.INSTANCE.getName(e.getEStructuralFeature()))) {
                    index++;
                    if (e.getValue() == a) {
                        break;
                    }
                }
            }
            return name == null ? "device" : name + " " + index;
        }
        return Labels.describe(device);
    }
}
