package org.vdevstudio.core.edit;

import java.util.List;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.DomainFactory;
import org.vdevstudio.model.domain.DomainPackage;
import org.vdevstudio.model.domain.Hostdev;
import org.vdevstudio.model.domain.HostdevMode;
import org.vdevstudio.model.domain.HostdevModel;
import org.vdevstudio.model.domain.HostdevSource;
import org.vdevstudio.model.domain.HostdevSourceAdapter;
import org.vdevstudio.model.domain.HostdevType;
import org.vdevstudio.model.domain.SourceAddress;
import org.vdevstudio.model.domain.SourceVendor;
import org.vdevstudio.model.domain.SourceProduct;
import org.vdevstudio.model.domain.VirYesNo;

/**
 * Add, remove, duplicate and reorder {@code <hostdev>} elements, each as one command. A new device is a placeholder
 * of its type with the elements libvirt requires, so that the document stays valid and the user
 * only fills in the host's address.
 */
public final class HostdevTemplates {

    private static final DomainFactory F = DomainFactory.eINSTANCE;

    private HostdevTemplates() {
    }

    /** A managed PCI device at 0000:00:00.0, for the user to point at the real one. */
    public static Command addPci(Domain domain) {
        Hostdev h = subsystem(HostdevType.PCI);
        h.setManaged(VirYesNo.YES);
        SourceAddress a = F.createSourceAddress();
        a.setDomain("0x0000");
        a.setBus("0x00");
        a.setSlot("0x00");
        a.setFunction("0x0");
        h.getSource().setAddress(a);
        return insert("Add PCI Host Device", domain, h);
    }

    /** A USB device by vendor and product (libvirt finds it wherever it is plugged in). */
    public static Command addUsb(Domain domain) {
        Hostdev h = subsystem(HostdevType.USB);
        SourceVendor v = F.createSourceVendor();
        v.setId("0x0000");
        SourceProduct p = F.createSourceProduct();
        p.setId("0x0000");
        h.getSource().setVendor(v);
        h.getSource().setProduct(p);
        return insert("Add USB Host Device", domain, h);
    }

    /** A SCSI LUN of the host adapter scsi_host0 at 0:0:0. */
    public static Command addScsi(Domain domain) {
        Hostdev h = subsystem(HostdevType.SCSI);
        HostdevSourceAdapter adapter = F.createHostdevSourceAdapter();
        adapter.setName("scsi_host0");
        h.getSource().setAdapter(adapter);
        SourceAddress a = F.createSourceAddress();
        a.setBus("0");
        a.setTarget("0");
        a.setUnit("0");
        h.getSource().setAddress(a);
        return insert("Add SCSI Host Device", domain, h);
    }

    /** A mediated device (vGPU) with a new UUID; the host creates it from that UUID. */
    public static Command addMdev(Domain domain) {
        Hostdev h = subsystem(HostdevType.MDEV);
        h.setModel(HostdevModel.VFIO_PCI);
        SourceAddress a = F.createSourceAddress();
        a.setUuid(UUID.randomUUID().toString());
        h.getSource().setAddress(a);
        return insert("Add Mediated Device", domain, h);
    }

    public static Command remove(Hostdev h) {
        return Indentation.remove("Remove Host Device", h);
    }

    /**
     * A copy right after {@code original}, without what must stay unique in the guest (its guest
     * PCI address, alias and boot order). It names the same host device: the validation marks
     * that until the user points the copy at another one (a host device is never guessed).
     */
    public static Command duplicate(Hostdev original) {
        Hostdev copy = EcoreUtil.copy(original);
        InterfaceCommands.removeDetached(copy.getAddress());
        InterfaceCommands.removeDetached(copy.getAlias());
        InterfaceCommands.removeDetached(copy.getBoot());
        return Indentation.insertAfter("Duplicate Host Device", original.eContainer(), DomainPackage.Literals.DEVICES__HOSTDEVS,
                copy, original);
    }

    /** Moves the {@code <hostdev>} one place up ({@code -1}) or down ({@code +1}) among the hostdevs. */
    public static Command move(Hostdev h, int direction) {
        return DeviceInsertion.move(direction < 0 ? "Move Host Device Up" : "Move Host Device Down", h, direction);
    }

    private static Hostdev subsystem(HostdevType type) {
        Hostdev h = F.createHostdev();
        h.setMode(HostdevMode.SUBSYSTEM);
        h.setType(type);
        HostdevSource source = F.createHostdevSource();
        h.setSource(source);
        return h;
    }

    /** After the last {@code <hostdev>}, else after the last device. */
    private static Command insert(String label, Domain domain, Hostdev h) {
        return DeviceInsertion.append(label, domain, DomainPackage.Literals.DEVICES__HOSTDEVS, List.of(h));
    }
}
