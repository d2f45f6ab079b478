package org.vdevstudio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.vdevstudio.core.HostDevice;
import org.vdevstudio.core.HostDevices;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.DomainFactory;
import org.vdevstudio.model.domain.Hostdev;
import org.vdevstudio.model.domain.HostdevType;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.model.domain.InterfaceType;

/** The derived list of all host devices: hostdevs plus hostdev interfaces, owned once, following edits. */
class HostDevicesTest {

    static final String XML = """
            <domain type='kvm'>
              <name>hd</name>
              <devices>
                <hostdev mode='subsystem' type='pci' managed='yes'>
                  <source><address domain='0x0000' bus='0x3b' slot='0x00' function='0x1'/></source>
                </hostdev>
                <interface type='network'><source network='default'/></interface>
                <interface type='hostdev' managed='yes'>
                  <mac address='52:54:00:6d:90:02'/>
                  <source><address type='pci' domain='0x0000' bus='0x03' slot='0x10' function='0x1'/></source>
                  <vlan><tag id='42'/></vlan>
                </interface>
                <hostdev mode='subsystem' type='usb'>
                  <source><vendor id='0x046d'/><product id='0xc52b'/></source>
                </hostdev>
              </devices>
            </domain>
            """;

    @Test
    void listsHostdevsAndHostdevInterfacesInDocumentOrder() throws Exception {
        Domain d = DomainXml.load(XML, "hd.xml").getDomain();
        List<HostDevice> all = HostDevices.of(d);
        assertEquals(List.of("hostdev pci 0000:3b:00.1", "interface pci 0000:03:10.1", "hostdev usb 046d:c52b"),
                all.stream().map(HostDevice::toString).toList());
        HostDevice vf = all.get(1);
        assertTrue(vf.isInterface());
        assertTrue(vf.isManaged());
        assertEquals(HostDevice.Kind.PCI, vf.getKind());
        Interface iface = d.getDevices().getInterfaces().get(1);
        assertSame(iface, vf.getInterface(), "the device links back to its interface");
        assertSame(iface, vf.getOwner());
        assertEquals(2, d.getDevices().getHostdevs().size(), "the interface's device is not a second <hostdev>");
        assertFalse(all.get(2).isManaged());
    }

    @Test
    void followsEdits() throws Exception {
        Domain d = DomainXml.load(XML, "hd.xml").getDomain();
        List<HostDevice> all = HostDevices.of(d);
        assertEquals(3, all.size());
        Interface vf = d.getDevices().getInterfaces().get(1);
        vf.setType(InterfaceType.NETWORK);
        assertEquals(2, all.size(), "an interface that is no longer type='hostdev' leaves the list");
        vf.setType(InterfaceType.HOSTDEV);
        Hostdev mdev = DomainFactory.eINSTANCE.createHostdev();
        mdev.setType(HostdevType.MDEV);
        d.getDevices().getHostdevs().add(mdev);
        assertEquals(4, all.size());
        assertEquals(HostDevice.Kind.MDEV, all.get(3).getKind());
        EcoreUtil.remove(d.getDevices().getHostdevs().get(0));
        assertEquals(3, all.size());
        assertTrue(all.get(0).isInterface());
        assertSame(all, HostDevices.of(d), "one view per domain");
    }

    @Test
    void otherInterfaceTypesHaveNoHostDevice() throws Exception {
        Domain d = DomainXml.load(XML, "hd.xml").getDomain();
        assertNull(HostDevice.of(d.getDevices().getInterfaces().get(0)));
    }
}
