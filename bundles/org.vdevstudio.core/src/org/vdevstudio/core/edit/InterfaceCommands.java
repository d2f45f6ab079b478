package org.vdevstudio.core.edit;

import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.DomainFactory;
import org.vdevstudio.model.domain.DomainPackage;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.model.domain.InterfaceMac;
import org.vdevstudio.model.domain.InterfaceModel;
import org.vdevstudio.model.domain.InterfaceSource;
import org.vdevstudio.model.domain.InterfaceType;

/** Add, remove, duplicate and reorder {@code <interface>} elements, each as one command. */
public final class InterfaceCommands {

    private static final Random RANDOM = new Random();

    private InterfaceCommands() {
    }

    /** A virtio NIC on libvirt's default network with a fresh MAC, after the last interface. */
    public static Command add(Domain domain) {
        Interface i = DomainFactory.eINSTANCE.createInterface();
        i.setType(InterfaceType.NETWORK);
        InterfaceMac mac = DomainFactory.eINSTANCE.createInterfaceMac();
        mac.setAddress(MacAddresses.generate(domain, RANDOM));
        i.setMac(mac);
        InterfaceSource source = DomainFactory.eINSTANCE.createInterfaceSource();
        source.setNetwork("default");
        i.setSource(source);
        InterfaceModel model = DomainFactory.eINSTANCE.createInterfaceModel();
        model.setType("virtio");
        i.setModel(model);
        return insert("Add Interface", domain, i);
    }

    /**
     * A copy right after {@code original}, with a new MAC and without what must stay unique in
     * the guest (its PCI address, alias, boot order and host-side device name).
     */
    public static Command duplicate(Interface original) {
        Domain domain = domainOf(original);
        Interface copy = EcoreUtil.copy(original);
        removeDetached(copy.getAddress());
        removeDetached(copy.getAlias());
        removeDetached(copy.getBoot());
        removeDetached(copy.getTarget());
        if (copy.getMac() != null) {
            copy.getMac().setAddress(MacAddresses.generate(domain, RANDOM));
        }
        return Indentation.insertAfter("Duplicate Interface", original.eContainer(), DomainPackage.Literals.DEVICES__INTERFACES,
                copy, original);
    }

    public static Command remove(Interface i) {
        return Indentation.remove("Remove Interface", i);
    }

    /** Moves the interface one place up ({@code -1}) or down ({@code +1}) among the interfaces. */
    public static Command move(Interface i, int direction) {
        return DeviceInsertion.move(direction < 0 ? "Move Interface Up" : "Move Interface Down", i, direction);
    }

    /** Inserts a detached interface after the last interface, or the last device. */
    private static Command insert(String label, Domain domain, Interface device) {
        return DeviceInsertion.append(label, domain, DomainPackage.Literals.DEVICES__INTERFACES, List.of(device));
    }

    static Domain domainOf(EObject o) {
        EObject e = o;
        while (e != null && !(e instanceof Domain)) {
            e = e.eContainer();
        }
        return (Domain) e;
    }

    /** Takes a child out of a detached copy, with the whitespace before it. */
    static void removeDetached(EObject child) {
        if (child != null) {
            Indentation.remove("", child).execute();
        }
    }
}
