package org.vdevstudio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.vdevstudio.host.PciAddresses;

/** {@code vdev add-hostdev FILE (--pci ADDR | --usb VID:PID | --usb-bus BUS.DEV) [--managed] -o OUT}. */
final class AddHostdevCommand implements Command {

    @Override
    public String name() {
        return "add-hostdev";
    }

    @Override
    public String arguments() {
        return "FILE (--pci ADDR | --usb VID:PID | --usb-bus BUS.DEV) [--managed] -o OUT";
    }

    @Override
    public String summary() {
        return "add a <hostdev> for a host PCI function or USB device and write the domain to OUT";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Arguments a = Arguments.parse(this, args, Set.of("--managed"), Set.of("--pci", "--usb", "--usb-bus", "-o"))
                .expect(this, 1, 1);
        String pci = a.value("--pci");
        String usb = a.value("--usb");
        String usbBus = a.value("--usb-bus");
        long given = java.util.stream.Stream.of(pci, usb, usbBus).filter(v -> v != null).count();
        if (given != 1 || a.value("-o") == null) {
            throw CliException.usage(name() + ": give one of --pci, --usb, --usb-bus, and -o OUT (usage: vdev "
                    + name() + " " + arguments() + ")");
        }
        boolean managed = a.has("--managed");
        Path in = Path.of(a.operands().get(0));
        Path target = Path.of(a.value("-o"));
        if (pci != null) {
            if (PciAddresses.parse(pci) == null) {
                throw CliException.usage(name() + ": not a PCI address (DDDD:BB:SS.F): '" + pci + "'");
            }
            DomainEdits.apply(in, target, c -> c.pciHostdev(PciAddresses.normalize(pci), managed));
        } else if (usb != null) {
            String[] ids = usb.split(":");
            if (ids.length != 2 || !ids[0].matches("(0x)?[0-9a-fA-F]{1,4}") || !ids[1].matches("(0x)?[0-9a-fA-F]{1,4}")) {
                throw CliException.usage(name() + ": --usb takes VENDOR:PRODUCT in hex, e.g. 046d:c52b; got '" + usb + "'");
            }
            DomainEdits.apply(in, target, c -> c.usbHostdev(ids[0], ids[1], managed));
        } else {
            String[] p = usbBus.split("\\.");
            if (p.length != 2 || !p[0].matches("\\d{1,3}") || !p[1].matches("\\d{1,3}")) {
                throw CliException.usage(name() + ": --usb-bus takes BUS.DEVICE in decimal, e.g. 1.5; got '" + usbBus + "'");
            }
            DomainEdits.apply(in, target, c -> c.usbHostdevAt(Integer.parseInt(p[0]), Integer.parseInt(p[1]), managed));
        }
        out.println("wrote " + target);
        return 0;
    }
}
