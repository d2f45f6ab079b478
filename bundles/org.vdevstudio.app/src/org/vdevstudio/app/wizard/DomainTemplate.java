package org.vdevstudio.app.wizard;

import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.vdevstudio.core.io.DomainLoadException;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;

/**
 * The starting points of File > New Domain: domain XML with the name, UUID and MAC filled in
 * when it is created. Each is a domain libvirt accepts as it is (the corpus test checks the shape).
 */
public record DomainTemplate(String label, String description, String xml) {

    private static final String HEAD = """
            <domain type='kvm'>
              <name>NAME</name>
              <uuid>UUID</uuid>
              <memory unit='MiB'>2048</memory>
              <vcpu>2</vcpu>
              <os>
                <type arch='x86_64' machine='q35'>hvm</type>
                <boot dev='hd'/>
              </os>
              <features>
                <acpi/>
                <apic/>
              </features>
              <cpu mode='host-passthrough'/>
              <devices>
                <emulator>/usr/bin/qemu-system-x86_64</emulator>
                <disk type='file' device='disk'>
                  <driver name='qemu' type='qcow2'/>
                  <source file='/var/lib/libvirt/images/NAME.qcow2'/>
                  <target dev='vda' bus='virtio'/>
                </disk>
            """;

    private static final String TAIL = """
                <console type='pty'/>
              </devices>
            </domain>
            """;

    public static final List<DomainTemplate> ALL = List.of(
            new DomainTemplate("KVM q35 with virtio NIC", "A q35 guest with a virtio disk and a virtio NIC on libvirt's default network.",
                    HEAD + """
                                <interface type='network'>
                                  <mac address='MAC'/>
                                  <source network='default'/>
                                  <model type='virtio'/>
                                </interface>
                            """ + TAIL),
            new DomainTemplate("KVM with SR-IOV VF (hostdev interface)",
                    "A q35 guest given an SR-IOV virtual function as <interface type='hostdev'>; set the VF's host address.",
                    HEAD + """
                                <interface type='hostdev' managed='yes'>
                                  <mac address='MAC'/>
                                  <source>
                                    <address type='pci' domain='0x0000' bus='0x03' slot='0x10' function='0x0'/>
                                  </source>
                                </interface>
                            """ + TAIL),
            new DomainTemplate("Minimal", "Only what libvirt requires: name, memory and the OS type.", """
                    <domain type='kvm'>
                      <name>NAME</name>
                      <uuid>UUID</uuid>
                      <memory unit='MiB'>512</memory>
                      <os>
                        <type arch='x86_64'>hvm</type>
                      </os>
                    </domain>
                    """));

    /** The template's XML for a domain called {@code name}, with a new UUID and MAC, parsed. */
    public DomainResource instantiate(String name, Random random) throws DomainLoadException {
        String mac = String.format("52:54:00:%02x:%02x:%02x", random.nextInt(256), random.nextInt(256), random.nextInt(256));
        String text = xml.replace("NAME", escape(name)).replace("UUID", new UUID(random.nextLong(), random.nextLong()).toString())
                .replace("MAC", mac);
        return DomainXml.load(text, name + ".xml");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;");
    }
}
