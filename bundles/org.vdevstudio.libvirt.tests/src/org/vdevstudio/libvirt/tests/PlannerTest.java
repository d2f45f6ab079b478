package org.vdevstudio.libvirt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vdevstudio.libvirt.ApplyTarget;
import org.vdevstudio.libvirt.Definition;
import org.vdevstudio.libvirt.apply.ApplyPlan;
import org.vdevstudio.libvirt.apply.ApplyRequest;
import org.vdevstudio.libvirt.apply.ChangeKind;
import org.vdevstudio.libvirt.apply.Operation;
import org.vdevstudio.libvirt.apply.Planner;
import org.vdevstudio.libvirt.apply.Step;

/**
 * The planner offline, on definitions shaped like the qemu driver's: the same devices look
 * different in the persistent and the live definition (aliases, guest addresses libvirt assigned,
 * the bus.device a USB device was found at), and each is still found in both.
 */
class PlannerTest {

    private static final String PERSISTENT = """
            <domain type='kvm'>
              <name>g</name>
              <uuid>0e9c8c3a-6a2e-4d9b-9d6e-0a1b2c3d4e5f</uuid>
              <memory unit='KiB'>65536</memory>
              <os>
                <type arch='x86_64' machine='pc'>hvm</type>
              </os>
              <devices>
                <interface type='network'>
                  <mac address='52:54:00:00:00:01'/>
                  <source network='isolated'/>
                  <model type='virtio'/>
                </interface>
                <interface type='network'>
                  <mac address='52:54:00:00:00:02'/>
                  <source network='isolated'/>
                  <model type='virtio'/>
                </interface>
                <hostdev mode='subsystem' type='usb' managed='yes'>
                  <source>
                    <vendor id='0x1050'/>
                    <product id='0x0407'/>
                  </source>
                </hostdev>
                <hostdev mode='subsystem' type='pci' managed='yes'>
                  <source>
                    <address domain='0x0000' bus='0x3b' slot='0x02' function='0x2'/>
                  </source>
                </hostdev>
              </devices>
            </domain>
            """;

    private static final String LIVE = """
            <domain type='kvm' id='7'>
              <name>g</name>
              <uuid>0e9c8c3a-6a2e-4d9b-9d6e-0a1b2c3d4e5f</uuid>
              <memory unit='KiB'>65536</memory>
              <os>
                <type arch='x86_64' machine='pc'>hvm</type>
              </os>
              <devices>
                <interface type='network'>
                  <mac address='52:54:00:00:00:02'/>
                  <source network='isolated' portid='5d0c' bridge='virbr9'/>
                  <target dev='vnet1'/>
                  <model type='virtio'/>
                  <alias name='net1'/>
                  <address type='pci' domain='0x0000' bus='0x00' slot='0x04' function='0x0'/>
                </interface>
                <interface type='network'>
                  <mac address='52:54:00:00:00:01'/>
                  <source network='isolated' portid='77aa' bridge='virbr9'/>
                  <target dev='vnet0'/>
                  <model type='virtio'/>
                  <alias name='net0'/>
                  <address type='pci' domain='0x0000' bus='0x00' slot='0x03' function='0x0'/>
                </interface>
                <hostdev mode='subsystem' type='usb' managed='yes'>
                  <source>
                    <vendor id='0x1050'/>
                    <product id='0x0407'/>
                    <address bus='1' device='5'/>
                  </source>
                  <alias name='hostdev0'/>
                  <address type='usb' bus='0' port='1'/>
                </hostdev>
                <hostdev mode='subsystem' type='pci' managed='yes'>
                  <source>
                    <address domain='0x0000' bus='0x3b' slot='0x02' function='0x2'/>
                  </source>
                  <alias name='hostdev1'/>
                  <address type='pci' domain='0x0000' bus='0x00' slot='0x05' function='0x0'/>
                </hostdev>
              </devices>
            </domain>
            """;

    private static ApplyPlan plan(String edited, ApplyTarget target) throws Exception {
        return Planner.plan(new ApplyRequest("g", Definition.PERSISTENT, PERSISTENT, edited, target), PERSISTENT, LIVE, true);
    }

    private static String without(String xml, String deviceStart, String deviceEnd) {
        int start = xml.indexOf(deviceStart);
        int end = xml.indexOf(deviceEnd, start) + deviceEnd.length();
        return xml.substring(0, xml.lastIndexOf('\n', start)) + xml.substring(end);
    }

    @Test
    void aUsbDeviceIsFoundLiveThoughThereItHasABusDeviceAnAliasAndAPort() throws Exception {
        ApplyPlan plan = plan(without(PERSISTENT, "<hostdev mode='subsystem' type='usb'", "</hostdev>"), ApplyTarget.LIVE);
        assertEquals(1, plan.changes().size());
        assertEquals(ChangeKind.REMOVED, plan.changes().get(0).change());
        Step detach = plan.steps().get(0);
        assertEquals(Operation.DETACH, detach.operation());
        assertTrue(detach.xml().contains("<alias name='hostdev0'/>") && detach.xml().contains("<address bus='1' device='5'/>"), detach.xml());
    }

    @Test
    void twoNicsOnOneNetworkAreToldApartByMacNotByOrder() throws Exception {
        ApplyPlan plan = plan(without(PERSISTENT, "<interface type='network'>", "</interface>"), ApplyTarget.LIVE);
        Step detach = plan.steps().get(0);
        assertTrue(detach.xml().contains("52:54:00:00:00:01") && detach.xml().contains("<alias name='net0'/>"), detach.xml());
    }

    @Test
    void aPciHostdevIsFoundByItsHostAddressAndCanOnlyBeDetachedLive() throws Exception {
        String edited = PERSISTENT.replace("<hostdev mode='subsystem' type='pci' managed='yes'>",
                "<hostdev mode='subsystem' type='pci' managed='no'>");
        ApplyPlan plan = plan(edited, ApplyTarget.BOTH);
        assertEquals(1, plan.changes().size());
        assertTrue(plan.changes().get(0).restartReason().contains("only attach or detach"), plan.changes().get(0).restartReason());
        assertEquals(List.of(Operation.DEFINE), plan.steps().stream().map(Step::operation).toList(), "persistent only");
    }

    @Test
    void aLinkStateChangeIsALiveUpdateOfTheMatchedNic() throws Exception {
        String edited = PERSISTENT.replace("<mac address='52:54:00:00:00:02'/>",
                "<mac address='52:54:00:00:00:02'/>\n      <link state='down'/>");
        ApplyPlan plan = plan(edited, ApplyTarget.LIVE);
        assertNull(plan.changes().get(0).restartReason());
        assertEquals(Operation.UPDATE, plan.steps().get(0).operation());
        assertTrue(plan.steps().get(0).xml().contains("<link state='down'/>"));
    }

    @Test
    void movingANicToAnotherNetworkIsLiveButANewMacIsNot() throws Exception {
        String network = PERSISTENT.replaceFirst("<source network='isolated'/>", "<source network='other'/>");
        assertNull(plan(network, ApplyTarget.LIVE).changes().get(0).restartReason());
        String mac = PERSISTENT.replace("52:54:00:00:00:02", "52:54:00:00:00:09");
        assertTrue(plan(mac, ApplyTarget.LIVE).changes().get(0).restartReason().contains("the MAC address"));
    }

    @Test
    void detachesGoBeforeAttaches() throws Exception {
        String swapped = without(PERSISTENT, "<hostdev mode='subsystem' type='pci'", "</hostdev>").replace("</devices>",
                "  <hostdev mode='subsystem' type='pci' managed='yes'>\n      <source>\n"
                        + "        <address domain='0x0000' bus='0x3b' slot='0x02' function='0x3'/>\n      </source>\n"
                        + "    </hostdev>\n  </devices>");
        ApplyPlan plan = plan(swapped, ApplyTarget.LIVE);
        assertEquals(List.of(Operation.DETACH, Operation.ATTACH), plan.steps().stream().map(Step::operation).toList(),
                plan.changes().toString());
    }
}
