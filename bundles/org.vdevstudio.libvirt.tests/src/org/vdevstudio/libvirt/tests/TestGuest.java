package org.vdevstudio.libvirt.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.vdevstudio.libvirt.ApplyTarget;
import org.vdevstudio.libvirt.Definition;
import org.vdevstudio.libvirt.LibvirtConnection;
import org.vdevstudio.libvirt.LibvirtError;

/**
 * A TCG guest on the real daemon: machine pc, 64 MiB, no disk, ACPI (without it "Bus 'pci.0' does
 * not support hotplugging"), booting the kernel and busybox initramfs of releng/bin/guest-image
 * (whose folder the test bundle's pom passes as {@code vdev.guest.dir}) so that live detaches are
 * acknowledged; or, without a kernel, a guest with no OS that never acknowledges one. Unique names,
 * since other test runs share the daemon.
 */
final class TestGuest implements AutoCloseable {

    static final String GUEST_DIR = System.getProperty("vdev.guest.dir", "/var/lib/libvirt/images/vdev-test-guest");

    private static final String PROBE_NIC = "<interface type='user'>\n  <mac address='52:54:00:fe:00:01'/>\n"
            + "  <model type='virtio'/>\n</interface>";

    final String name;
    private final LibvirtConnection connection;

    private TestGuest(LibvirtConnection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    /** The XML of a guest named {@code name}; {@code withOs} boots the test kernel. */
    static String xml(String name, boolean withOs) {
        Path kernel = Path.of(GUEST_DIR, "vmlinuz");
        Path initrd = Path.of(GUEST_DIR, "initramfs.img");
        String os = withOs ? "    <kernel>" + kernel + "</kernel>\n    <initrd>" + initrd + "</initrd>\n"
                + "    <cmdline>console=ttyS0 quiet</cmdline>\n" : "";
        return "<domain type='qemu'>\n  <name>" + name + "</name>\n  <memory unit='MiB'>64</memory>\n"
                + "  <vcpu>1</vcpu>\n  <os>\n    <type arch='x86_64' machine='pc'>hvm</type>\n" + os + "  </os>\n"
                + "  <features>\n    <acpi/>\n  </features>\n  <devices>\n  </devices>\n</domain>\n";
    }

    /** Defines and starts a guest; with an OS, waits until it has booted far enough to release devices. */
    static TestGuest start(LibvirtConnection connection, String prefix, boolean withOs) throws Exception {
        if (withOs && !(Files.isReadable(Path.of(GUEST_DIR, "vmlinuz")) && Files.isReadable(Path.of(GUEST_DIR, "initramfs.img")))) {
            throw new IllegalStateException("no test guest kernel in " + GUEST_DIR + ": run releng/bin/guest-image " + GUEST_DIR);
        }
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        connection.define(xml(name, withOs));
        TestGuest guest = new TestGuest(connection, name);
        try {
            connection.start(name);
            if (withOs) {
                guest.awaitBoot();
            }
        } catch (Exception e) {
            guest.close();
            throw e;
        }
        return guest;
    }

    /**
     * The guest has booted when it releases a NIC: attach a probe NIC live and ask for its removal
     * until it is gone (libvirt waits 5 s per request; an eject sent before the guest's ACPI is up
     * stays latched, and a repeated request while one is in progress is refused, so those errors
     * are expected here).
     */
    private void awaitBoot() throws Exception {
        connection.attachDevice(name, PROBE_NIC, ApplyTarget.LIVE);
        long deadline = System.nanoTime() + 180_000_000_000L;
        LibvirtError last = null;
        while (System.nanoTime() < deadline) {
            try {
                connection.detachDevice(name, PROBE_NIC, ApplyTarget.LIVE);
            } catch (LibvirtError e) {
                last = e;
            }
            for (int i = 0; i < 20; i++) {
                if (!connection.dumpXml(name, Definition.LIVE).contains("52:54:00:fe:00:01")) {
                    return;
                }
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("the test guest did not release a NIC within 180 s"
                + (last != null ? "; last libvirt error: " + last.getMessage() : ""));
    }

    /** Destroys and undefines the guest; what is already gone is fine. */
    @Override
    public void close() throws LibvirtError {
        try {
            if (connection.lookup(name).active()) {
                connection.destroy(name);
            }
            connection.undefine(name);
        } catch (LibvirtError e) {
            if (e.code() != 42) { // VIR_ERR_NO_DOMAIN: nothing left to clean
                throw e;
            }
        }
    }
}
