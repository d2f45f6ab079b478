package org.vdevstudio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;
import org.vdevstudio.core.edit.GuestAddresses;
import org.vdevstudio.core.edit.HostdevCommands;
import org.vdevstudio.core.edit.MacAddresses;
import org.vdevstudio.core.edit.VirtualPorts;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;

/** The command factory: new devices indented like their siblings, everything else byte-identical, undo exact. */
class HostdevCommandsTest {

    static final String XML = """
            <domain type='kvm'>
              <name>edit</name>
              <devices>
                <disk type='file' device='disk'>
                  <source file='/x.qcow2'/>
                  <target dev='vda' bus='virtio'/>
                  <address type='pci' domain='0x0000' bus='0x00' slot='0x03' function='0x0'/>
                </disk>
                <interface type='user'>
                  <mac address='52:54:00:00:00:01'/>
                  <address type='pci' domain='0x0000' bus='0x00' slot='0x04' function='0x0'/>
                </interface>
                <hostdev mode='subsystem' type='pci' managed='yes'>
                  <source>
                    <address domain='0x0000' bus='0x06' slot='0x02' function='0x0'/>
                  </source>
                </hostdev>
                <memballoon model='virtio'/>
              </devices>
            </domain>
            """;

    private DomainResource resource;
    private AdapterFactoryEditingDomain domain;

    private HostdevCommands commands(String xml) throws Exception {
        resource = DomainXml.load(xml, "edit.xml");
        domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(),
                resource.getResourceSet());
        return new HostdevCommands(resource.getDomain(), new Random(4));
    }

    private String run(Command c) throws Exception {
        assertTrue(c.canExecute());
        domain.getCommandStack().execute(c);
        return DomainXml.toString(resource);
    }

    /**
     * The document as saved without the edit, with {@code inserted} lines placed after line
     * {@code after} (1-based). (A first save writes double quotes and attributes in schema order;
     * that is the round trip's business, the edit must change nothing else.)
     */
    private static String insert(String original, int after, String... inserted) throws Exception {
        List<String> lines = new ArrayList<>(saved(original).lines().toList());
        for (String l : inserted) {
            lines.add(after++, l.replace('\'', '"'));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String saved(String xml) throws Exception {
        return DomainXml.toString(DomainXml.load(xml, "baseline.xml"));
    }

    @Test
    void pciHostdevGoesAfterTheLastHostdevIndentedAndUndoes() throws Exception {
        String out = run(commands(XML).pciHostdev("0000:03:00.1", true));
        assertEquals(insert(XML, 17,
                "    <hostdev mode='subsystem' managed='yes' type='pci'>",
                "      <source>",
                "        <address bus='0x03' domain='0x0000' slot='0x00' function='0x1'/>",
                "      </source>",
                "    </hostdev>"), out);
        domain.getCommandStack().undo();
        assertEquals(saved(XML), DomainXml.toString(resource));
        domain.getCommandStack().redo();
        assertEquals(out, DomainXml.toString(resource));
    }

    @Test
    void usbByIdsAndByBusUnmanaged() throws Exception {
        HostdevCommands c = commands(XML);
        run(c.usbHostdev("46d", "0xC52B", false));
        String out = run(c.usbHostdevAt(1, 5, false));
        assertEquals(insert(XML, 17,
                "    <hostdev mode='subsystem' type='usb'>",
                "      <source>",
                "        <vendor id='0x046d'/>",
                "        <product id='0xc52b'/>",
                "      </source>",
                "    </hostdev>",
                "    <hostdev mode='subsystem' type='usb'>",
                "      <source>",
                "        <address bus='1' device='5'/>",
                "      </source>",
                "    </hostdev>"), out);
    }

    @Test
    void hostdevInterfaceWithFreshMacVlanAndVirtualPort() throws Exception {
        HostdevCommands c = commands(XML);
        String out = run(c.hostdevInterface("0000:01:02.1", null, 42, VirtualPorts.parse("802.1Qbh:profileid=finance")));
        String mac = resource.getDomain().getDevices().getInterfaces().get(1).getMac().getAddress();
        assertTrue(mac.matches("52:54:00:[0-9a-f]{2}:[0-9a-f]{2}:[0-9a-f]{2}") && !mac.equals("52:54:00:00:00:01"), mac);
        assertEquals(insert(XML, 12,
                "    <interface type='hostdev' managed='yes'>",
                "      <mac address='" + mac + "'/>",
                "      <source>",
                "        <address bus='0x01' type='pci' domain='0x0000' slot='0x02' function='0x1'/>",
                "      </source>",
                "      <vlan>",
                "        <tag id='42'/>",
                "      </vlan>",
                "      <virtualport type='802.1Qbh'>",
                "        <parameters profileid='finance'/>",
                "      </virtualport>",
                "    </interface>"), out);
    }

    @Test
    void qbgVirtualPortAndBadSpecs() throws Exception {
        var p = VirtualPorts.parse("802.1Qbg:managerid=11,typeid=1193047,typeidversion=2,instanceid=09b11c53-8b5c-4eeb-8f00-d84eaa0aaa4f");
        assertEquals("1193047", p.getParameters().getTypeid());
        assertThrows(IllegalArgumentException.class, () -> VirtualPorts.parse("802.1Qbg:managerid=11"));
        assertThrows(IllegalArgumentException.class, () -> VirtualPorts.parse("openvswitch:profileid=x"));
        assertThrows(IllegalArgumentException.class, () -> VirtualPorts.parse("802.1Qbh:bogus=1"));
    }

    @Test
    void freshMacsAreUniqueAcrossAllInterfaces() throws Exception {
        HostdevCommands c = commands(XML);
        for (int i = 0; i < 20; i++) {
            run(c.hostdevInterface("0000:01:02." + (i % 8), null, null, null));
        }
        assertEquals(21, MacAddresses.used(resource.getDomain()).size());
    }

    @Test
    void slotFunctionsShareOneFreeGuestSlotAsMultifunction() throws Exception {
        HostdevCommands c = commands(XML);
        // 0x03 (untyped disk) and 0x04 (typed interface) are taken; 0x00-0x02 are implicit
        assertEquals(5, GuestAddresses.freeSlotOnBus0(resource.getDomain()));
        String out = run(c.pciSlot(List.of("0000:05:00.0", "0000:05:00.1"), true));
        assertEquals(insert(XML, 17,
                "    <hostdev mode='subsystem' managed='yes' type='pci'>",
                "      <source>",
                "        <address bus='0x05' domain='0x0000' slot='0x00' function='0x0'/>",
                "      </source>",
                "      <address type='pci' domain='0x0000' bus='0x00' slot='0x05' function='0x0' multifunction='on'/>",
                "    </hostdev>",
                "    <hostdev mode='subsystem' managed='yes' type='pci'>",
                "      <source>",
                "        <address bus='0x05' domain='0x0000' slot='0x00' function='0x1'/>",
                "      </source>",
                "      <address type='pci' domain='0x0000' bus='0x00' slot='0x05' function='0x1'/>",
                "    </hostdev>"), out);
        assertEquals(6, GuestAddresses.freeSlotOnBus0(resource.getDomain()));
        domain.getCommandStack().undo();
        assertEquals(saved(XML), DomainXml.toString(resource), "the whole slot is one undo step");
    }

    @Test
    void aGroupIsOneCommand() throws Exception {
        HostdevCommands c = commands(XML);
        run(c.pciHostdevs(List.of("0000:01:00.0", "0000:01:00.1"), true, "Add IOMMU group 2"));
        assertEquals(3, resource.getDomain().getDevices().getHostdevs().size());
        domain.getCommandStack().undo();
        assertEquals(1, resource.getDomain().getDevices().getHostdevs().size());
    }

    @Test
    void aDomainWithoutDevicesGetsOne() throws Exception {
        String xml = "<domain type='kvm'>\n  <name>bare</name>\n</domain>\n";
        String out = run(commands(xml).pciHostdev("0000:03:00.0", false));
        assertEquals("""
                <domain type="kvm">
                  <name>bare</name>
                  <devices>
                    <hostdev mode="subsystem" type="pci">
                      <source>
                        <address bus="0x03" domain="0x0000" slot="0x00" function="0x0"/>
                      </source>
                    </hostdev>
                  </devices>
                </domain>
                """, out);
    }

    @Test
    void badAddressesAreRefused() throws Exception {
        HostdevCommands c = commands(XML);
        assertThrows(IllegalArgumentException.class, () -> c.pciHostdev("zz", true));
        assertThrows(IllegalArgumentException.class, () -> c.usbHostdev("xyz!", "1", true));
    }
}
