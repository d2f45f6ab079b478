package org.vdevstudio.core.edit;

import java.util.Random;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.util.EcoreUtil;
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
import org.vdevstudio.model.domain.SourceAddress;
import org.vdevstudio.model.domain.SourceAddressType;

/**
 * A PCI {@code <hostdev>} that is a NIC's virtual function becomes {@code <interface type='hostdev'>}
 * (so that libvirt sets its MAC and VLAN on the VF), and back. Each is one command that puts the
 * new element where the old one was. What both elements have (managed, the host address, boot
 * order, ROM, guest address, alias) is kept; the way back drops MAC, VLAN and virtual port,
 * which a plain hostdev cannot carry.
 */
public final class HostdevConversion {

    private static final Random RANDOM = new Random();

    private HostdevConversion() {
    }

    public static boolean canConvert(Hostdev h) {
        return h.isSetType() && h.getType() == HostdevType.PCI && h.getSource() != null && h.getSource().getAddress() != null;
    }

    public static Command toInterface(Hostdev h) {
        if (!canConvert(h)) {
            return UnexecutableCommand.INSTANCE;
        }
        Interface i = DomainFactory.eINSTANCE.createInterface();
        i.setType(InterfaceType.HOSTDEV);
        if (h.isSetManaged()) {
            i.setManaged(h.getManaged());
        }
        InterfaceMac mac = DomainFactory.eINSTANCE.createInterfaceMac();
        mac.setAddress(MacAddresses.generate(InterfaceCommands.domainOf(h), RANDOM));
        i.setMac(mac);
        InterfaceSource source = DomainFactory.eINSTANCE.createInterfaceSource();
        SourceAddress address = EcoreUtil.copy(h.getSource().getAddress());
        address.setType(SourceAddressType.PCI);
        source.setAddress(address);
        i.setSource(source);
        copyCommon(h, i);
        return Indentation.replace("Convert to Network Interface", h, DomainPackage.Literals.DEVICES__INTERFACES, i);
    }

    public static boolean canConvert(Interface i) {
        return i.isSetType() && i.getType() == InterfaceType.HOSTDEV && i.getSource() != null && i.getSource().getAddress() != null
                && (!i.getSource().getAddress().isSetType() || i.getSource().getAddress().getType() == SourceAddressType.PCI);
    }

    public static Command toHostdev(Interface i) {
        if (!canConvert(i)) {
            return UnexecutableCommand.INSTANCE;
        }
        Hostdev h = DomainFactory.eINSTANCE.createHostdev();
        h.setMode(HostdevMode.SUBSYSTEM);
        h.setType(HostdevType.PCI);
        if (i.isSetManaged()) {
            h.setManaged(i.getManaged());
        }
        HostdevSource source = DomainFactory.eINSTANCE.createHostdevSource();
        SourceAddress address = EcoreUtil.copy(i.getSource().getAddress());
        // In <hostdev> the address type is implied by the device type.
        address.unsetType();
        source.setAddress(address);
        h.setSource(source);
        if (i.getBoot() != null) {
            h.setBoot(EcoreUtil.copy(i.getBoot()));
        }
        if (i.getRom() != null) {
            h.setRom(EcoreUtil.copy(i.getRom()));
        }
        if (i.getAddress() != null) {
            h.setAddress(EcoreUtil.copy(i.getAddress()));
        }
        if (i.getAlias() != null) {
            h.setAlias(EcoreUtil.copy(i.getAlias()));
        }
        return Indentation.replace("Convert to Host Device", i, DomainPackage.Literals.DEVICES__HOSTDEVS, h);
    }

    private static void copyCommon(Hostdev h, Interface i) {
        if (h.getBoot() != null) {
            i.setBoot(EcoreUtil.copy(h.getBoot()));
        }
        if (h.getRom() != null) {
            i.setRom(EcoreUtil.copy(h.getRom()));
        }
        if (h.getAddress() != null) {
            i.setAddress(EcoreUtil.copy(h.getAddress()));
        }
        if (h.getAlias() != null) {
            i.setAlias(EcoreUtil.copy(h.getAlias()));
        }
    }
}
