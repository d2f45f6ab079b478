package org.vdevstudio.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.vdevstudio.core.edit.VirtualPorts;
import org.vdevstudio.host.PciAddresses;
import org.vdevstudio.model.domain.InterfaceVirtualport;

/** {@code vdev add-interface-hostdev FILE --pci ADDR [--mac MAC] [--vlan N] [--virtualport SPEC] -o OUT}. */
final class AddInterfaceHostdevCommand implements Command {

    @Override
    public String name() {
        return "add-interface-hostdev";
    }

    @Override
    public String arguments() {
        return "FILE --pci ADDR [--mac MAC] [--vlan N] [--virtualport '802.1Qbh:profileid=X' | "
                + "'802.1Qbg:managerid=A,typeid=B,typeidversion=C,instanceid=UUID'] -o OUT";
    }

    @Override
    public String summary() {
        return "add an SR-IOV VF as <interface type='hostdev' managed='yes'> and write the domain to OUT";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Arguments a = Arguments.parse(this, args, Set.of(), Set.of("--pci", "--mac", "--vlan", "--virtualport", "-o"))
                .expect(this, 1, 1);
        String pci = a.value("--pci");
        if (pci == null || a.value("-o") == null) {
            throw CliException.usage(name() + ": --pci and -o are required (usage: vdev " + name() + " " + arguments() + ")");
        }
        if (PciAddresses.parse(pci) == null) {
            throw CliException.usage(name() + ": not a PCI address (DDDD:BB:SS.F): '" + pci + "'");
        }
        String mac = a.value("--mac");
        if (mac != null && !mac.matches("[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}")) {
            throw CliException.usage(name() + ": not a MAC address: '" + mac + "'");
        }
        if (mac != null && (Integer.parseInt(mac.substring(0, 2), 16) & 1) != 0) {
            throw CliException.usage(name() + ": " + mac + " is a multicast address");
        }
        Integer vlan = null;
        if (a.value("--vlan") != null) {
            try {
                vlan = Integer.valueOf(a.value("--vlan"));
            } catch (NumberFormatException e) {
                vlan = -1;
            }
            if (vlan < 0 || vlan > 4095) {
                throw CliException.usage(name() + ": --vlan takes a tag from 0 to 4095; got '" + a.value("--vlan") + "'");
            }
        }
        InterfaceVirtualport port;
        try {
            port = a.value("--virtualport") == null ? null : VirtualPorts.parse(a.value("--virtualport"));
        } catch (IllegalArgumentException e) {
            throw CliException.usage(name() + ": --virtualport: " + e.getMessage());
        }
        Integer tag = vlan;
        Path target = Path.of(a.value("-o"));
        DomainEdits.apply(Path.of(a.operands().get(0)), target,
                c -> c.hostdevInterface(PciAddresses.normalize(pci), mac, tag, port));
        out.println("wrote " + target);
        return 0;
    }
}
