package org.vdevstudio.cli;

import java.util.Set;

import org.vdevstudio.libvirt.ApplyTarget;
import org.vdevstudio.libvirt.LibvirtConnection;
import org.vdevstudio.libvirt.LibvirtError;

/** What the libvirt commands share: {@code --connect URI} and the target flags. */
final class Connections {

    static final String CONNECT = "--connect";
    static final Set<String> TARGETS = Set.of("--config", "--live", "--both");

    private Connections() {
    }

    static LibvirtConnection open(Command command, Arguments a) throws CliException, LibvirtError {
        String uri = a.value(CONNECT);
        if (uri == null) {
            throw CliException.usage(command.name() + ": --connect URI is required (e.g. qemu:///system; usage: vdev "
                    + command.name() + " " + command.arguments() + ")");
        }
        return LibvirtConnection.open(uri);
    }

    /** Exactly one of --config (persistent), --live, --both. */
    static ApplyTarget target(Command command, Arguments a) throws CliException {
        ApplyTarget target = null;
        int given = 0;
        for (String flag : TARGETS) {
            if (a.has(flag)) {
                given++;
                target = switch (flag) {
                case "--config" -> ApplyTarget.PERSISTENT;
                case "--live" -> ApplyTarget.LIVE;
                default -> ApplyTarget.BOTH;
                };
            }
        }
        if (given != 1) {
            throw CliException.usage(command.name() + ": give one of --config, --live, --both (usage: vdev "
                    + command.name() + " " + command.arguments() + ")");
        }
        return target;
    }
}
