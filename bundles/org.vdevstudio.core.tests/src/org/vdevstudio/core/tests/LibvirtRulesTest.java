package org.vdevstudio.core.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.core.validation.Problem;
import org.vdevstudio.core.validation.Severity;
import org.vdevstudio.core.validation.Validation;

/**
 * Each of libvirt's rules on host devices and interfaces, on a small document that breaks it: our
 * full validator reports it, and libvirt's test driver refuses the same document at define. Where
 * libvirt accepts at define and fails later (QEMU, or at start), we warn, and the comment names the
 * libvirt function that refuses.
 */
class LibvirtRulesTest {

    private static Connect conn;

    @BeforeAll
    static void connect() throws LibvirtException {
        conn = new Connect("test:///default");
    }

    @AfterAll
    static void close() throws LibvirtException {
        conn.close();
    }

    static final String VF = "<source><address type='pci' domain='0x0000' bus='0x03' slot='0x10' function='0x1'/></source>";
    static final String USB = "<hostdev mode='subsystem' type='usb'><source><vendor id='0x046d'/><product id='0xc52b'/></source></hostdev>\n";

    static String domain(String devices, String os) {
        return "<domain type='kvm'>\n  <name>rules</name>\n  <memory>65536</memory>\n  <os><type>hvm</type>" + os
                + "</os>\n  <devices>\n" + devices + "  </devices>\n</domain>\n";
    }

    static String hostdevIface(String inner) {
        return "<interface type='hostdev' managed='yes'><mac address='52:54:00:00:00:01'/>" + VF + inner + "</interface>\n";
    }

    static List<Problem> check(String xml) throws Exception {
        return Validation.check(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8), DomainXml.load(xml, "rules.xml"));
    }

    /** Our validator has a problem of this severity whose message contains {@code text}. */
    static void assertProblem(String xml, Severity severity, String text) throws Exception {
        List<Problem> problems = check(xml);
        assertTrue(problems.stream().anyMatch(p -> p.severity() == severity && p.message().contains(text)),
                severity + " '" + text + "' in " + problems);
    }

    /** Our error, and libvirt refuses the document at define. */
    static void assertRefused(String xml, String text) throws Exception {
        assertProblem(xml, Severity.ERROR, text);
        assertThrows(LibvirtException.class, () -> conn.domainDefineXML(xml), "libvirt refuses:\n" + xml);
    }

    /** Our warning (and no error), and libvirt defines the document: it only bites later. */
    static void assertWarnedButDefined(String xml, String text) throws Exception {
        assertProblem(xml, Severity.WARNING, text);
        assertTrue(check(xml).stream().noneMatch(p -> p.severity() == Severity.ERROR), check(xml).toString());
        assertDoesNotThrow(() -> conn.domainDefineXML(xml).undefine());
    }

    @Test
    void theValidBaseIsValidForBoth() throws Exception {
        String xml = domain(hostdevIface("") + USB, "");
        assertTrue(check(xml).isEmpty(), check(xml).toString());
        assertDoesNotThrow(() -> conn.domainDefineXML(xml).undefine());
    }

    @Test
    void pciBusSlotFunctionRanges() throws Exception {
        assertRefused(domain("<hostdev mode='subsystem' type='pci'><source><address domain='0' bus='0x100' slot='2'"
                + " function='0'/></source></hostdev>\n", ""), "bus 0x100 is outside 0-0xff");
        assertRefused(domain("<hostdev mode='subsystem' type='pci'><source><address domain='0' bus='1' slot='0x20'"
                + " function='0'/></source></hostdev>\n", ""), "slot 0x20 is outside 0-0x1f");
        assertRefused(domain("<hostdev mode='subsystem' type='pci'><source><address domain='0' bus='1' slot='1'"
                + " function='8'/></source></hostdev>\n", ""), "function 8 is outside 0-0x7");
    }

    /** libvirt 9.0 and its schema accept a PCI domain over 0xffff (VMD hosts have them): a warning. */
    @Test
    void pciDomainOver0xffffIsAWarning() throws Exception {
        assertWarnedButDefined(domain("<hostdev mode='subsystem' type='pci'><source><address domain='0x10000' bus='1'"
                + " slot='1' function='0'/></source></hostdev>\n", ""), "domain 0x10000 is outside 0-0xffff");
    }

    @Test
    void theSameHostPciFunctionTwiceAcrossHostdevAndInterface() throws Exception {
        assertRefused(domain(hostdevIface("") + "<hostdev mode='subsystem' type='pci'>" + VF + "</hostdev>\n", ""),
                "host PCI device 0000:03:10.1 is already given to interface 1");
    }

    @Test
    void theSameUsbDeviceTwice() throws Exception {
        assertRefused(domain(USB + USB, ""), "host USB device 046d:c52b is already given to hostdev 1");
        String byAddress = "<hostdev mode='subsystem' type='usb'><source><address bus='1' device='5'/></source></hostdev>\n";
        assertRefused(domain(byAddress + byAddress, ""), "host USB device 1.5");
    }

    @Test
    void macMustBeUnicast() throws Exception {
        assertRefused(domain("<interface type='user'><mac address='53:54:00:00:00:01'/></interface>\n", ""), "multicast");
    }

    @Test
    void aMacTwiceIsAWarning() throws Exception {
        assertWarnedButDefined(domain("<interface type='user'><mac address='52:54:00:00:00:07'/></interface>\n"
                + "<interface type='user'><mac address='52:54:00:00:00:07'/></interface>\n", ""),
                "MAC address 52:54:00:00:00:07 is also interface 1");
    }

    @Test
    void managedOnUsbIsIgnoredByLibvirt() throws Exception {
        assertWarnedButDefined(domain(USB.replace("type='usb'", "type='usb' managed='yes'"), ""), "PCI devices only");
    }

    @Test
    void startupPolicyOnlyForUsb() throws Exception {
        assertRefused(domain("<hostdev mode='subsystem' type='pci'><source startupPolicy='optional'>"
                + "<address domain='0' bus='6' slot='2' function='0'/></source></hostdev>\n", ""), "startupPolicy");
    }

    @Test
    void disabledRomHasNoBarOrFile() throws Exception {
        assertRefused(domain(hostdevIface("<rom enabled='no' file='/x.rom'/>"), ""), "enabled='no'");
        assertRefused(domain(hostdevIface("<rom enabled='no' bar='on'/>"), ""), "enabled='no'");
    }

    @Test
    void bootOrdersAreUniqueAndNotWithOsBoot() throws Exception {
        assertRefused(domain(hostdevIface("<boot order='1'/>")
                + "<interface type='user'><mac address='52:54:00:00:00:02'/><boot order='1'/></interface>\n", ""),
                "boot order 1 is also");
        assertRefused(domain(hostdevIface("<boot order='1'/>"), "<boot dev='hd'/>"), "<os><boot>");
    }

    @Test
    void virtualPortProfilesAreComplete() throws Exception {
        assertRefused(domain(hostdevIface("<virtualport type='802.1Qbg'><parameters managerid='11' typeid='1193047'/>"
                + "</virtualport>"), ""), "needs typeidversion");
        assertRefused(domain(hostdevIface("<virtualport type='802.1Qbh'/>"), ""), "needs profileid");
        assertRefused(domain("<interface type='direct'><source dev='eth0' mode='private'/>"
                + "<virtualport type='802.1Qbh'/></interface>\n", ""), "needs profileid");
    }

    @Test
    void teamingReferences() throws Exception {
        assertRefused(domain(hostdevIface("<teaming type='transient'/>"), ""), "needs persistent='ALIAS'");
        assertRefused(domain("<interface type='user'><teaming type='persistent' persistent='ua-x'/></interface>\n", ""),
                "cannot have a persistent attribute");
        // QEMU refuses at start: failover_pair_id names no device (src/qemu/qemu_command.c
        // qemuBuildPCIHostdevDevProps); the test driver has no such check.
        assertWarnedButDefined(domain("<interface type='user'><alias name='ua-p'/><teaming type='persistent'/></interface>\n"
                + hostdevIface("<teaming type='transient' persistent='ua-q'/>"), ""), "teaming partner 'ua-q'");
        assertWarnedButDefined(domain("<interface type='user'><teaming type='persistent'/></interface>\n", ""),
                "needs an <alias");
    }

    /**
     * Checked when the domain starts, not at define: src/util/virnetdev.c virNetDevSetNetConfig
     * (one tag, no trunk on a VF) and src/conf/domain_validate.c virDomainActualNetDefValidate
     * (which connection types carry a VLAN), called from the QEMU driver's start path.
     */
    @Test
    void vlanRulesPerInterfaceType() throws Exception {
        assertWarnedButDefined(domain(hostdevIface("<vlan><tag id='5'/><tag id='6'/></vlan>"), ""), "exactly one VLAN tag");
        assertWarnedButDefined(domain(hostdevIface("<vlan trunk='yes'><tag id='5'/></vlan>"), ""), "trunk='yes'");
        assertWarnedButDefined(domain("<interface type='user'><vlan><tag id='5'/></vlan></interface>\n", ""),
                "not supported on a type='user' interface");
        assertWarnedButDefined(domain("<interface type='bridge'><source bridge='br0'/><vlan><tag id='5'/></vlan></interface>\n",
                ""), "openvswitch");
        assertTrue(check(domain("<interface type='bridge'><source bridge='br0'/><virtualport type='openvswitch'/>"
                + "<vlan><tag id='5'/></vlan></interface>\n", "")).isEmpty());
    }

    @Test
    void vlanTagRangeIsRefused() throws Exception {
        assertRefused(domain(hostdevIface("<vlan><tag id='5000'/></vlan>"), ""), "4095");
    }

    /**
     * The test driver assigns no guest addresses; the QEMU driver refuses a double use at define
     * (src/conf/domain_addr.c virDomainPCIAddressReserveAddrInternal, from
     * src/qemu/qemu_domain_address.c qemuDomainCollectPCIAddress).
     */
    @Test
    void guestPciAddressClashesIncludingUntypedDevices() throws Exception {
        String at = "<address type='pci' domain='0x0000' bus='0x00' slot='0x03' function='0x0'/>";
        List<Problem> p = check(domain(hostdevIface(at) + "<interface type='user'>" + at + "</interface>\n", ""));
        assertTrue(p.stream().anyMatch(x -> x.severity() == Severity.ERROR
                && x.message().contains("guest PCI address 0000:00:03.0 is already used by interface 1")), p.toString());
        p = check(domain("<controller type='usb' model='qemu-xhci'>" + at + "</controller>\n" + hostdevIface(at), ""));
        assertTrue(p.stream().anyMatch(x -> x.message().contains("is already used by controller 1")), p.toString());
    }

    /** libvirt defines it; a USB device gets none of the interface's network settings (virhostdev.c). */
    @Test
    void hostdevInterfaceWithUsbSourceIsAWarning() throws Exception {
        assertWarnedButDefined(domain("<interface type='hostdev'><source><address type='usb' bus='1' device='2'/></source>"
                + "</interface>\n", ""), "needs a PCI network device");
    }
}
