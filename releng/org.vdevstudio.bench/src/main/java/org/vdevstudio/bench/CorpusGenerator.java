package org.vdevstudio.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Writes the benchmark corpus: {@code count} varied domain documents of everyday size and
 * {@code large} documents with over a thousand devices each, all accepted by libvirt's test
 * driver, from a fixed seed so every run measures the same documents.
 * <p>
 * Usage: {@code CorpusGenerator DIR [count] [large]}.
 */
public final class CorpusGenerator {

    private final Random random = new Random(20261125L);
    private int macCounter;
    /** Virtual functions handed out so far: each hostdev interface gets a VF of its own. */
    private int vfCounter;

    public static void main(String[] args) throws IOException {
        Path dir = Paths.get(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int large = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        new CorpusGenerator().write(dir, count, large);
    }

    void write(Path dir, int count, int large) throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Files.createDirectories(dir.resolve("large"));
        for (int i = 0; i < count; i++) {
            String name = String.format(Locale.ROOT, "bench-%04d", i);
            Files.writeString(dir.resolve("docs").resolve(name + ".xml"), everyday(name));
        }
        for (int i = 0; i < large; i++) {
            String name = String.format(Locale.ROOT, "large-%d", i);
            Files.writeString(dir.resolve("large").resolve(name + ".xml"), large(name, 700, 400));
        }
    }

    private String everyday(String name) {
        StringBuilder b = head(name);
        b.append("  <devices>\n    <emulator>/usr/bin/qemu-system-x86_64</emulator>\n");
        int disks = 1 + random.nextInt(4);
        for (int d = 0; d < disks; d++) {
            b.append("    <disk type='file' device='disk'>\n      <driver name='qemu' type='qcow2'/>\n")
                    .append("      <source file='/var/lib/libvirt/images/").append(name).append('-').append(d).append(".qcow2'/>\n")
                    .append("      <target dev='vd").append((char) ('a' + d)).append("' bus='virtio'/>\n    </disk>\n");
        }
        b.append("    <controller type='usb' model='qemu-xhci'/>\n");
        int nics = 1 + random.nextInt(4);
        for (int n = 0; n < nics; n++) {
            b.append(nic(random.nextInt(5)));
        }
        int hostdevs = random.nextInt(4);
        for (int h = 0; h < hostdevs; h++) {
            b.append(random.nextBoolean() ? pciHostdev(0x3b + h, 0, 1) : usbHostdev());
        }
        b.append("    <serial type='pty'><target port='0'/></serial>\n    <console type='pty'><target type='serial' port='0'/></console>\n")
                .append("    <graphics type='vnc' port='-1' autoport='yes'/>\n    <video><model type='virtio'/></video>\n")
                .append("    <memballoon model='virtio'/>\n  </devices>\n</domain>\n");
        return b.toString();
    }

    private String large(String name, int nics, int hostdevs) {
        StringBuilder b = head(name);
        b.append("  <devices>\n");
        for (int n = 0; n < nics; n++) {
            b.append(nic(n % 3));
        }
        for (int h = 0; h < hostdevs; h++) {
            b.append(pciHostdev(1 + h / 32, h % 32, 0));
        }
        return b.append("  </devices>\n</domain>\n").toString();
    }

    private StringBuilder head(String name) {
        StringBuilder b = new StringBuilder(4096);
        boolean q35 = random.nextBoolean();
        b.append("<domain type='kvm'>\n  <name>").append(name).append("</name>\n  <uuid>")
                .append(new UUID(random.nextLong(), random.nextLong())).append("</uuid>\n");
        if (random.nextInt(4) == 0) {
            b.append("  <metadata>\n    <app:owner xmlns:app='http://example.com/app/1'>team-")
                    .append(random.nextInt(50)).append("</app:owner>\n  </metadata>\n");
        }
        int mib = 512 << random.nextInt(5);
        b.append("  <memory unit='MiB'>").append(mib).append("</memory>\n  <currentMemory unit='MiB'>").append(mib)
                .append("</currentMemory>\n  <vcpu placement='static'>").append(1 + random.nextInt(8)).append("</vcpu>\n")
                .append("  <os>\n    <type arch='x86_64' machine='").append(q35 ? "pc-q35-7.2" : "pc-i440fx-7.2")
                .append("'>hvm</type>\n    <boot dev='hd'/>\n  </os>\n  <features>\n    <acpi/>\n    <apic/>\n  </features>\n")
                .append("  <cpu mode='host-passthrough' check='none'/>\n  <clock offset='utc'/>\n");
        return b;
    }

    private String nic(int kind) {
        String mac = mac();
        switch (kind) {
            case 0:
                return "    <interface type='network'>\n      <mac address='" + mac + "'/>\n      <source network='default'/>\n      <model type='virtio'/>\n    </interface>\n";
            case 1:
                return "    <interface type='bridge'>\n      <mac address='" + mac + "'/>\n      <source bridge='br0'/>\n      <virtualport type='openvswitch'/>\n      <vlan trunk='yes'>\n        <tag id='" + (1 + random.nextInt(4000)) + "'/>\n        <tag id='4001' nativeMode='untagged'/>\n      </vlan>\n      <model type='virtio'/>\n    </interface>\n";
            case 2:
                return "    <interface type='hostdev' managed='yes'>\n      <mac address='" + mac + "'/>\n      <source>\n        <address type='pci' domain='0x0000' bus='0x" + hex2(0x40 + vfCounter / 256) + "' slot='0x" + hex2(vfCounter / 8 % 32) + "' function='0x" + (vfCounter++ % 8) + "'/>\n      </source>\n      <vlan>\n        <tag id='" + (1 + random.nextInt(4000)) + "'/>\n      </vlan>\n    </interface>\n";
            case 3:
                return "    <interface type='direct'>\n      <mac address='" + mac + "'/>\n      <source dev='eth0' mode='vepa'/>\n      <model type='virtio'/>\n    </interface>\n";
            default:
                return "    <interface type='user'>\n      <mac address='" + mac + "'/>\n      <model type='e1000'/>\n    </interface>\n";
        }
    }

    private static String pciHostdev(int bus, int slot, int function) {
        return "    <hostdev mode='subsystem' type='pci' managed='yes'>\n      <source>\n        <address domain='0x0000' bus='0x"
                + hex2(bus) + "' slot='0x" + hex2(slot) + "' function='0x" + function + "'/>\n      </source>\n    </hostdev>\n";
    }

    private String usbHostdev() {
        return "    <hostdev mode='subsystem' type='usb' managed='yes'>\n      <source>\n        <vendor id='0x" + hex4(random.nextInt(0xffff))
                + "'/>\n        <product id='0x" + hex4(random.nextInt(0xffff)) + "'/>\n      </source>\n    </hostdev>\n";
    }

    private String mac() {
        int n = macCounter++;
        return String.format(Locale.ROOT, "52:54:00:%02x:%02x:%02x", (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
    }

    private static String hex2(int v) {
        return String.format(Locale.ROOT, "%02x", v);
    }

    private static String hex4(int v) {
        return String.format(Locale.ROOT, "%04x", v);
    }
}
