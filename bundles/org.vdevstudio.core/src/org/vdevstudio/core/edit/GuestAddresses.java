package org.vdevstudio.core.edit;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.vdevstudio.core.DeviceAddresses;
import org.vdevstudio.model.domain.Address;
import org.vdevstudio.model.domain.AddressType;
import org.vdevstudio.model.domain.Domain;

/**
 * The guest PCI slots a domain's XML already names: every {@code <address type='pci'>} of a
 * device, typed ({@link Address}) or kept untyped (a {@code <disk>}'s or {@code <controller>}'s
 * address is an {@link AnyType} here). Host-side {@code <source><address>} is not a guest slot.
 */
public final class GuestAddresses {

    /**
     * Slots that machine types fill without saying so in the XML (0 host bridge, 1 PIIX3 on pc,
     * 2 often the video card, 0x1f the ICH9 on q35): a new slot is never taken from these.
     */
    private static final Set<Integer> IMPLICIT = Set.of(0x00, 0x01, 0x02, 0x1f);

    private GuestAddresses() {
    }

    /** "domain:bus:slot" keys (numbers) of the used slots. */
    public static Set<String> usedSlots(Domain domain) {
        Set<String> used = new HashSet<>();
        for (Iterator<EObject> it = domain.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof Address a) {
                if (a.getType() == AddressType.PCI) {
                    used.add(key(a.getDomain(), a.getBus(), a.getSlot()));
                }
            } else if (o instanceof AnyType any && isGuestAddress(any)) {
                used.add(key(attribute(any, "domain"), attribute(any, "bus"), attribute(any, "slot")));
            }
        }
        return used;
    }

    /** The first slot on bus 0 that is neither named in the XML nor filled implicitly; -1 if none. */
    public static int freeSlotOnBus0(Domain domain) {
        Set<String> used = usedSlots(domain);
        for (int slot = 0x03; slot < 0x20; slot++) {
            if (!IMPLICIT.contains(slot) && !used.contains(key("0", "0", Integer.toString(slot)))) {
                return slot;
            }
        }
        return -1;
    }

    private static boolean isGuestAddress(AnyType any) {
        EStructuralFeature f = any.eContainmentFeature();
        if (f == null || !"address".equals(ExtendedMetaData.INSTANCE.getName(f)) || !"pci".equals(attribute(any, "type"))) {
            return false;
        }
        EObject parent = any.eContainer();
        EStructuralFeature parentFeature = parent == null ? null : parent.eContainmentFeature();
        return parentFeature == null || !"source".equals(ExtendedMetaData.INSTANCE.getName(parentFeature));
    }

    private static String attribute(AnyType any, String name) {
        for (FeatureMap.Entry e : any.getAnyAttribute()) {
            if (name.equals(ExtendedMetaData.INSTANCE.getName(e.getEStructuralFeature()))) {
                return String.valueOf(e.getValue());
            }
        }
        return null;
    }

    private static String key(String domain, String bus, String slot) {
        return DeviceAddresses.number(domain, 0L) + ":" + DeviceAddresses.number(bus, 0L) + ":" + DeviceAddresses.number(slot, -1L);
    }
}
