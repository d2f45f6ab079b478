package org.vdevstudio.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.vdevstudio.libvirt.DomainSummary;
import org.vdevstudio.libvirt.LibvirtConnection;

/** {@code vdev list --connect URI}: every domain with its state and whether it is persistent. */
final class ListCommand implements Command {

    @Override
    public String name() {
        return "list";
    }

    @Override
    public String arguments() {
        return "--connect URI";
    }

    @Override
    public String summary() {
        return "the domains of a libvirt connection: state, persistent or transient";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Arguments a = Arguments.parse(this, args, Set.of(), Set.of(Connections.CONNECT)).expect(this, 0, 0);
        try (LibvirtConnection c = Connections.open(this, a)) {
            TextTable t = new TextTable().row("id", "name", "state", "definition", "uuid");
            for (DomainSummary d : c.listDomains()) {
                t.row(d.active() ? Integer.toString(d.id()) : "-", d.name(), d.state().label(),
                        d.persistent() ? "persistent" : "transient", d.uuid());
            }
            t.print(out, "");
        }
        return 0;
    }
}
