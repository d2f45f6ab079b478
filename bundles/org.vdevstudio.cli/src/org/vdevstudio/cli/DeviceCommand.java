package org.vdevstudio.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.vdevstudio.libvirt.ApplyTarget;
import org.vdevstudio.libvirt.LibvirtConnection;

/**
 * {@code vdev attach|detach --connect URI DOMAIN DEVICE.xml (--config|--live|--both)}: one device,
 * sent to libvirt as it is in the file, with the AFFECT flags of the target.
 */
final class DeviceCommand implements Command {

    private final boolean attach;

    private DeviceCommand(boolean attach) {
        this.attach = attach;
    }

    static DeviceCommand attach() {
        return new DeviceCommand(true);
    }

    static DeviceCommand detach() {
        return new DeviceCommand(false);
    }

    @Override
    public String name() {
        return attach ? "attach" : "detach";
    }

    @Override
    public String arguments() {
        return "--connect URI DOMAIN DEVICE.xml (--config|--live|--both)";
    }

    @Override
    public String summary() {
        return attach ? "attach a device (its XML in a file) to a domain" : "detach a device (its XML in a file) from a domain";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Arguments a = Arguments.parse(this, args, Connections.TARGETS, Set.of(Connections.CONNECT)).expect(this, 2, 2);
        ApplyTarget target = Connections.target(this, a);
        String domain = a.operands().get(0);
        String device = Files.readString(Path.of(a.operands().get(1)));
        try (LibvirtConnection c = Connections.open(this, a)) {
            if (attach) {
                c.attachDevice(domain, device, target);
                out.println("device attached (" + target.label() + ")");
            } else {
                c.detachDevice(domain, device, target);
                out.println(target.affectsLive()
                        ? "device detach requested (" + target.label() + "): it leaves the running guest when the guest releases it"
                        : "device detached (" + target.label() + ")");
            }
        }
        return 0;
    }
}
