package org.vdevstudio.ui.libvirt;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vdevstudio.core.io.DomainLoadException;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.host.usage.DomainRef;
import org.vdevstudio.libvirt.Definition;
import org.vdevstudio.libvirt.LibvirtConnection;
import org.vdevstudio.libvirt.LibvirtError;
import org.vdevstudio.ui.libvirt.Connections.State;
import org.vdevstudio.ui.libvirt.Connections.Status;

/**
 * The domains of the connected connections for the Host Devices view's "used by": each
 * persistent definition and each running guest's live one (a device can be in one and not the
 * other). Blocks on libvirt: call it from a job.
 */
public final class ConnectionUsage {

    /** The definitions read, and one line per domain that could not be read. */
    public record Result(List<DomainRef> domains, List<String> problems) {
    }

    private ConnectionUsage() {
    }

    /** True when at least one connection is connected: then its domains replace the folder of XMLs. */
    public static boolean anyConnected(Connections connections, List<String> uris) {
        return uris.stream().anyMatch(u -> connections.state(u).status() == Status.CONNECTED);
    }

    public static Result read(Connections connections, List<String> uris, IProgressMonitor monitor) {
        List<DomainRef> domains = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String uri : uris) {
            State state = connections.state(uri);
            LibvirtConnection connection = connections.connection(uri);
            if (state.status() != Status.CONNECTED || connection == null) {
                continue;
            }
            for (DomainRow d : state.domains()) {
                if (monitor.isCanceled()) {
                    return new Result(domains, problems);
                }
                if (d.persistent()) {
                    add(domains, problems, connection, d, Definition.PERSISTENT);
                }
                if (d.active()) {
                    add(domains, problems, connection, d, Definition.LIVE);
                }
            }
        }
        return new Result(domains, problems);
    }

    private static void add(List<DomainRef> domains, List<String> problems, LibvirtConnection connection, DomainRow d,
            Definition definition) {
        boolean live = definition == Definition.LIVE;
        try {
            String xml = connection.dumpXml(d.name(), definition);
            domains.add(new DomainRef(d.name(), live ? "live" : "inactive", live,
                    DomainXml.load(xml, d.uri() + " " + d.name()).getDomain()));
        } catch (LibvirtError | DomainLoadException e) {
            // a domain undefined since the listing, or XML we cannot read: the others still count
            problems.add(d.uri() + " " + d.name() + ": " + e.getMessage());
        }
    }
}
