package org.vdevstudio.ui.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.vdevstudio.core.edit.HostdevCommands;
import org.vdevstudio.host.HostScan;
import org.vdevstudio.host.PciDevice;
import org.vdevstudio.host.UsbDevice;
import org.vdevstudio.host.usage.AssignmentWarnings;
import org.vdevstudio.host.usage.UsedBy;

/**
 * Turns "give these host devices to that domain" into one command on the editor's stack, after
 * the user has seen the warnings. No SWT here: the view, the drop handler and the tests share it.
 */
public final class Assigner {

    /** The ways to assign, as the context menu names them. */
    public enum Action {
        HOSTDEV("Add as host device"), INTERFACE("Add as network interface (VF passthrough)"),
        IOMMU_GROUP("Add whole IOMMU group"), SLOT("Add all functions of this slot");

        public final String label;

        Action(String label) {
            this.label = label;
        }
    }

    /** Asks whether to go on despite warnings; the view shows a dialog, tests answer directly. */
    public interface Confirmer {
        boolean confirm(String title, List<String> warnings);
    }

    private final Supplier<HostScan> scan;
    private final Supplier<UsedBy> usedBy;
    private final BooleanSupplier managed;
    private final Confirmer confirmer;
    private final Random random = new Random();

    public Assigner(Supplier<HostScan> scan, Supplier<UsedBy> usedBy, BooleanSupplier managed, Confirmer confirmer) {
        this.scan = scan;
        this.usedBy = usedBy;
        this.managed = managed;
        this.confirmer = confirmer;
    }

    public boolean isEnabled(Action action, List<?> devices) {
        List<PciDevice> pci = pci(devices);
        int usb = devices.size() - pci.size();
        return switch (action) {
            case HOSTDEV -> !devices.isEmpty() && (usb == 0 || devices.size() == 1);
            case INTERFACE -> pci.size() == 1 && usb == 0 && pci.get(0).isVirtualFunction();
            case IOMMU_GROUP -> pci.size() == 1 && usb == 0 && pci.get(0).iommuGroup() != null;
            case SLOT -> pci.size() == 1 && usb == 0;
        };
    }

    /** What a double-click or a drop does: a network VF becomes an interface, anything else a host device. */
    public Action defaultAction(List<?> devices) {
        List<PciDevice> pci = pci(devices);
        if (devices.size() == 1 && pci.size() == 1 && pci.get(0).isVirtualFunction() && pci.get(0).classCode() >> 16 == 0x02) {
            return Action.INTERFACE;
        }
        return Action.HOSTDEV;
    }

    /** Runs {@code action} on the target's stack; false when not possible or the user declined. */
    public boolean assign(Action action, List<?> devices, AssignTarget target) {
        if (target == null || !isEnabled(action, devices)) {
            return false;
        }
        HostScan s = scan.get();
        List<PciDevice> pci = pci(devices);
        if (action == Action.IOMMU_GROUP) {
            pci = s.iommuGroupOf(pci.get(0));
        } else if (action == Action.SLOT) {
            pci = s.slotOf(pci.get(0));
        }
        List<UsbDevice> usb = new ArrayList<>();
        devices.stream().filter(UsbDevice.class::isInstance).forEach(d -> usb.add((UsbDevice) d));
        boolean isManaged = action == Action.INTERFACE || managed.getAsBoolean();
        List<String> warnings = AssignmentWarnings.check(s, pci, usb, usedBy.get(), target.domain().getName(), isManaged);
        if (!warnings.isEmpty() && !confirmer.confirm(action.label, warnings)) {
            return false;
        }
        Command c = command(action, pci, usb, target, isManaged);
        if (c == null || !c.canExecute()) {
            return false;
        }
        target.editingDomain().getCommandStack().execute(c);
        return true;
    }

    private Command command(Action action, List<PciDevice> pci, List<UsbDevice> usb, AssignTarget target, boolean isManaged) {
        HostdevCommands commands = new HostdevCommands(target.domain(), random);
        List<String> addresses = pci.stream().map(PciDevice::address).toList();
        switch (action) {
            case INTERFACE:
                return commands.hostdevInterface(addresses.get(0), null, null, null);
            case SLOT:
                return commands.pciSlot(addresses, isManaged);
            case IOMMU_GROUP:
                return commands.pciHostdevs(addresses, isManaged, "Add IOMMU group " + pci.get(0).iommuGroup());
            default:
                if (!usb.isEmpty()) {
                    return usbCommand(commands, usb.get(0), isManaged);
                }
                return addresses.size() == 1 ? commands.pciHostdev(addresses.get(0), isManaged)
                        : commands.pciHostdevs(addresses, isManaged, "Add " + addresses.size() + " host devices");
        }
    }

    /** By vendor:product when no other device on the host has the same ids (it survives replugging), else by bus.device. */
    private Command usbCommand(HostdevCommands commands, UsbDevice d, boolean isManaged) {
        long same = scan.get().usb().stream().filter(u -> d.vendorProduct() != null && d.vendorProduct().equals(u.vendorProduct())).count();
        if (d.vendorProduct() != null && same <= 1) {
            return commands.usbHostdev(d.vendorId(), d.productId(), isManaged);
        }
        if (d.bus() == null || d.device() == null) {
            return null;
        }
        return commands.usbHostdevAt(d.bus(), d.device(), isManaged);
    }

    private static List<PciDevice> pci(List<?> devices) {
        List<PciDevice> pci = new ArrayList<>();
        devices.stream().filter(PciDevice.class::isInstance).forEach(d -> pci.add((PciDevice) d));
        return pci;
    }
}
