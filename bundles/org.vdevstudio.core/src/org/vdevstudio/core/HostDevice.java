package org.vdevstudio.core;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.vdevstudio.model.domain.Hostdev;
import org.vdevstudio.model.domain.HostdevSource;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.model.domain.InterfaceSource;
import org.vdevstudio.model.domain.InterfaceType;
import org.vdevstudio.model.domain.SourceAddress;
import org.vdevstudio.model.domain.SourceAddressType;
import org.vdevstudio.model.domain.VirYesNo;

/**
 * One host device given to the guest: a {@code <hostdev>}, or the host device that an
 * {@code <interface type='hostdev'>} embeds. As in libvirt's {@code virDomainNetDef}, the
 * interface owns its host device definition (its {@code managed} attribute and its
 * {@code <source><address/></source>}); this object only points at the owner and links back to
 * the interface, so the device is never held twice.
 */
public final class HostDevice {

    /** libvirt's host device types (subsystem, then capabilities mode). */
    public enum Kind { PCI, USB, SCSI, SCSI_HOST, MDEV, STORAGE, MISC, NET, UNKNOWN }

    private final EObject owner;

    private HostDevice(EObject owner) {
        this.owner = owner;
    }

    public static HostDevice of(Hostdev hostdev) {
        return new HostDevice(hostdev);
    }

    /** The host device of a hostdev interface; null for any other interface type. */
    public static HostDevice of(Interface iface) {
        return iface.getType() == InterfaceType.HOSTDEV ? new HostDevice(iface) : null;
    }

    /** The {@code <hostdev>} or the {@code <interface>} that holds this device. */
    public EObject getOwner() {
        return owner;
    }

    public boolean isInterface() {
        return owner instanceof Interface;
    }

    /** The interface this device belongs to, or null for a plain {@code <hostdev>}. */
    public Interface getInterface() {
        return owner instanceof Interface i ? i : null;
    }

    public Hostdev getHostdev() {
        return owner instanceof Hostdev h ? h : null;
    }

    public Kind getKind() {
        if (owner instanceof Hostdev h) {
            if (!h.isSetType()) {
                return Kind.UNKNOWN;
            }
            return Kind.valueOf(h.getType().getLiteral().toUpperCase(Locale.ROOT));
        }
        // An interface's host device is PCI unless its source address says USB.
        SourceAddress a = getSourceAddress();
        return a != null && a.getType() == SourceAddressType.USB ? Kind.USB : Kind.PCI;
    }

    public boolean isManaged() {
        VirYesNo managed = owner instanceof Hostdev h ? h.getManaged() : ((Interface) owner).getManaged();
        boolean set = owner instanceof Hostdev h ? h.isSetManaged() : ((Interface) owner).isSetManaged();
        return set && managed == VirYesNo.YES;
    }

    /** The host address of the device ({@code <source><address/>}), or null. */
    public SourceAddress getSourceAddress() {
        if (owner instanceof Hostdev h) {
            HostdevSource s = h.getSource();
            return s == null ? null : s.getAddress();
        }
        InterfaceSource s = ((Interface) owner).getSource();
        return s == null ? null : s.getAddress();
    }

    /** The host side in libvirt's words: "pci 0000:03:10.1", "usb 046d:c52b", "usb 1.5", "mdev UUID". */
    public String describeSource() {
        SourceAddress a = getSourceAddress();
        Kind kind = getKind();
        switch (kind) {
            case PCI:
                return a == null ? "pci (no address)" : "pci " + DeviceAddresses.pci(a);
            case USB: {
                String product = owner instanceof Hostdev h ? DeviceAddresses.usbProduct(h.getSource()) : null;
                if (product != null) {
                    return "usb " + product;
                }
                return a == null ? "usb (no address)" : "usb " + DeviceAddresses.usbBusDevice(a);
            }
            case MDEV:
                return "mdev " + (a == null ? "(no uuid)" : a.getUuid());
            default:
                return kind.name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HostDevice d && d.owner == owner;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(owner);
    }

    @Override
    public String toString() {
        return (isInterface() ? "interface " : "hostdev ") + describeSource();
    }
}
