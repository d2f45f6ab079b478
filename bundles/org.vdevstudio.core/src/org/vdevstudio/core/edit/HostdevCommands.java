package org.vdevstudio.core.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.vdevstudio.model.domain.Address;
import org.vdevstudio.model.domain.AddressType;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.DomainFactory;
import org.vdevstudio.model.domain.DomainPackage;
import org.vdevstudio.model.domain.Hostdev;
import org.vdevstudio.model.domain.HostdevMode;
import org.vdevstudio.model.domain.HostdevSource;
import org.vdevstudio.model.domain.HostdevType;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.model.domain.InterfaceMac;
import org.vdevstudio.model.domain.InterfaceSource;
import org.vdevstudio.model.domain.InterfaceType;
import org.vdevstudio.model.domain.InterfaceVirtualport;
import org.vdevstudio.model.domain.InterfaceVlan;
import org.vdevstudio.model.domain.InterfaceVlanTag;
import org.vdevstudio.model.domain.SourceAddress;
import org.vdevstudio.model.domain.SourceAddressType;
import org.vdevstudio.model.domain.SourceProduct;
import org.vdevstudio.model.domain.SourceVendor;
import org.vdevstudio.model.domain.VirOnOff;
import org.vdevstudio.model.domain.VirYesNo;

/**
 * Commands that give host devices to a domain: one undoable command per user action, shared by
 * the CLI and the editor. Each command is built against the domain as it is now, so execute it
 * before building the next one.
 */
public final class HostdevCommands {

    private static final DomainFactory F = DomainFactory.eINSTANCE;

    private final Domain domain;
    private final Random random;

    public HostdevCommands(Domain domain) {
        this(domain, new Random());
    }

    /** {@code random} makes fresh MACs repeatable in tests. */
    public HostdevCommands(Domain domain, Random random) {
        this.domain = domain;
        this.random = random;
    }

    /** {@code <hostdev mode='subsystem' type='pci'>} for the host function at "DDDD:BB:SS.F". */
    public Command pciHostdev(String address, boolean managed) {
        return add("Add host device " + address, DomainPackage.Literals.DEVICES__HOSTDEVS, List.of(pci(address, managed)));
    }

    /** One {@code <hostdev>} per function, all in one command (a whole IOMMU group). */
    public Command pciHostdevs(List<String> addresses, boolean managed, String label) {
        List<Hostdev> hostdevs = new ArrayList<>();
        addresses.forEach(a -> hostdevs.add(pci(a, managed)));
        return add(label, DomainPackage.Literals.DEVICES__HOSTDEVS, hostdevs);
    }

    /**
     * All functions of one host slot, kept together in the guest as one multifunction slot:
     * the same free slot on bus 0, the host function numbers, {@code multifunction='on'} on function 0.
     */
    public Command pciSlot(List<String> addresses, boolean managed) {
        int slot = GuestAddresses.freeSlotOnBus0(domain);
        if (slot < 0) {
            throw new IllegalStateException("no free PCI slot on the guest's bus 0");
        }
        List<Hostdev> hostdevs = new ArrayList<>();
        for (String a : addresses) {
            Hostdev h = pci(a, managed);
            int function = Integer.parseInt(a.substring(a.length() - 1), 16);
            Address guest = F.createAddress();
            guest.setType(AddressType.PCI);
            guest.setDomain("0x0000");
            guest.setBus("0x00");
            guest.setSlot(String.format(Locale.ROOT, "0x%02x", slot));
            guest.setFunction("0x" + function);
            if (function == 0) {
                guest.setMultifunction(VirOnOff.ON);
            }
            h.setAddress(guest);
            hostdevs.add(h);
        }
        return add("Add all functions of slot " + addresses.get(0).substring(0, addresses.get(0).length() - 2),
                DomainPackage.Literals.DEVICES__HOSTDEVS, hostdevs);
    }

    /** A USB device picked by vendor and product id ("046d", "0x046d"). */
    public Command usbHostdev(String vendorId, String productId, boolean managed) {
        Hostdev h = hostdev(HostdevType.USB, managed);
        SourceVendor v = F.createSourceVendor();
        v.setId(hex4(vendorId));
        SourceProduct p = F.createSourceProduct();
        p.setId(hex4(productId));
        h.getSource().setVendor(v);
        h.getSource().setProduct(p);
        return add("Add USB device " + vendorId + ":" + productId, DomainPackage.Literals.DEVICES__HOSTDEVS, List.of(h));
    }

    /** A USB device picked by bus and device number (decimal, as lsusb prints them). */
    public Command usbHostdevAt(int bus, int device, boolean managed) {
        Hostdev h = hostdev(HostdevType.USB, managed);
        SourceAddress a = F.createSourceAddress();
        a.setBus(Integer.toString(bus));
        a.setDevice(Integer.toString(device));
        h.getSource().setAddress(a);
        return add("Add USB device " + bus + "." + device, DomainPackage.Literals.DEVICES__HOSTDEVS, List.of(h));
    }

    /**
     * {@code <interface type='hostdev' managed='yes'>} for an SR-IOV VF: MAC (fresh when null),
     * the VF's address, then VLAN and virtual port when given.
     */
    public Command hostdevInterface(String address, String mac, Integer vlan, InterfaceVirtualport virtualport) {
        Interface i = F.createInterface();
        i.setType(InterfaceType.HOSTDEV);
        i.setManaged(VirYesNo.YES);
        InterfaceMac m = F.createInterfaceMac();
        m.setAddress(mac != null ? mac.toLowerCase(Locale.ROOT) : MacAddresses.generate(domain, random));
        i.setMac(m);
        InterfaceSource s = F.createInterfaceSource();
        SourceAddress a = pciAddress(address);
        a.setType(SourceAddressType.PCI);
        s.setAddress(a);
        i.setSource(s);
        if (vlan != null) {
            InterfaceVlan v = F.createInterfaceVlan();
            InterfaceVlanTag tag = F.createInterfaceVlanTag();
            tag.setId(vlan.longValue());
            v.getTags().add(tag);
            i.setVlan(v);
        }
        if (virtualport != null) {
            i.setVirtualport(virtualport);
        }
        return add("Add network interface " + address, DomainPackage.Literals.DEVICES__INTERFACES, List.of(i));
    }

    private Hostdev pci(String address, boolean managed) {
        Hostdev h = hostdev(HostdevType.PCI, managed);
        h.getSource().setAddress(pciAddress(address));
        return h;
    }

    private static Hostdev hostdev(HostdevType type, boolean managed) {
        Hostdev h = F.createHostdev();
        h.setMode(HostdevMode.SUBSYSTEM);
        h.setType(type);
        if (managed) {
            h.setManaged(VirYesNo.YES);
        }
        HostdevSource source = F.createHostdevSource();
        h.setSource(source);
        return h;
    }

    /** libvirt's spelling: domain='0x0000' bus='0x03' slot='0x10' function='0x1'. */
    static SourceAddress pciAddress(String address) {
        String[] p = address.trim().toLowerCase(Locale.ROOT).split("[:.]");
        if (p.length == 3) {
            p = new String[] { "0000", p[0], p[1], p[2] };
        }
        if (p.length != 4) {
            throw new IllegalArgumentException("not a PCI address (DDDD:BB:SS.F): '" + address + "'");
        }
        try {
            SourceAddress a = F.createSourceAddress();
            a.setDomain(String.format(Locale.ROOT, "0x%04x", Integer.parseInt(p[0], 16)));
            a.setBus(String.format(Locale.ROOT, "0x%02x", Integer.parseInt(p[1], 16)));
            a.setSlot(String.format(Locale.ROOT, "0x%02x", Integer.parseInt(p[2], 16)));
            a.setFunction("0x" + Integer.toHexString(Integer.parseInt(p[3], 16)));
            return a;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a PCI address (DDDD:BB:SS.F): '" + address + "'", e);
        }
    }

    private static String hex4(String id) {
        String t = id.trim().toLowerCase(Locale.ROOT);
        t = t.startsWith("0x") ? t.substring(2) : t;
        try {
            return String.format(Locale.ROOT, "0x%04x", Integer.parseInt(t, 16));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a USB id (4 hex digits): '" + id + "'", e);
        }
    }

    /** Adds {@code children} below {@code <devices>} (made first if the domain has none), indented. */
    private Command add(String label, EReference feature, List<? extends EObject> children) {
        return DeviceInsertion.append(label, domain, feature, children);
    }
}
