package org.vdevstudio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.core.validation.DeviceRules;
import org.vdevstudio.core.validation.Problem;
import org.vdevstudio.core.validation.Severity;

/** The rules across fields and devices, each on the smallest domain that breaks it. */
class DeviceRulesTest {

    private static List<Problem> check(String devices, String os) throws Exception {
        String xml = "<domain type='kvm'>\n  <name>r</name>\n  <memory>65536</memory>\n  <os><type>hvm</type>" + os
                + "</os>\n  <devices>\n" + devices + "  </devices>\n</domain>\n";
        return DeviceRules.validator().validate(DomainXml.load(xml, "r.xml").getDomain());
    }

    private static void assertOne(List<Problem> problems, Severity severity, String text) {
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(severity, problems.get(0).severity(), problems.toString());
        assertTrue(problems.get(0).message().contains(text), problems.get(0).message());
    }

    private static final String VF = "<interface type='hostdev' managed='yes'><mac address='52:54:00:00:00:%s'/>"
            + "<source><address type='pci' domain='0x0000' bus='0x03' slot='0x10' function='0x1'/></source></interface>\n";

    @Test
    void aValidDomainHasNoProblems() throws Exception {
        assertEquals(List.of(), check(VF.formatted("01"), ""));
    }

    @Test
    void theSameHostPciDeviceTwiceIsAnError() throws Exception {
        assertOne(check(VF.formatted("01") + "<hostdev mode='subsystem' type='pci'><source>"
                + "<address domain='0' bus='3' slot='16' function='1'/></source></hostdev>\n", ""),
                Severity.ERROR, "host PCI device 0000:03:10.1 is already given to interface 1");
    }

    @Test
    void theSameMacTwiceIsAWarning() throws Exception {
        assertOne(check("<interface type='user'><mac address='52:54:00:00:00:01'/></interface>\n"
                + "<interface type='user'><mac address='52:54:00:00:00:01'/></interface>\n", ""),
                Severity.WARNING, "MAC address 52:54:00:00:00:01 is also interface 1");
    }

    @Test
    void managedOnUsbIsAWarning() throws Exception {
        assertOne(check("<hostdev mode='subsystem' type='usb' managed='yes'><source><vendor id='0x046d'/>"
                + "<product id='0xc52b'/></source></hostdev>\n", ""), Severity.WARNING, "PCI devices only");
    }

    @Test
    void startupPolicyOnPciIsAnError() throws Exception {
        assertOne(check("<hostdev mode='subsystem' type='pci'><source startupPolicy='optional'>"
                + "<address domain='0' bus='6' slot='2' function='0'/></source></hostdev>\n", ""),
                Severity.ERROR, "startupPolicy");
    }

    @Test
    void aDisabledRomWithAFileIsAnError() throws Exception {
        assertOne(check(VF.formatted("01").replace("</interface>", "<rom enabled='no' file='/x.rom'/></interface>"), ""),
                Severity.ERROR, "enabled='no'");
    }

    @Test
    void bootOrdersAreUniqueAndNotMixedWithOsBoot() throws Exception {
        String two = VF.formatted("01").replace("</interface>", "<boot order='1'/></interface>")
                + "<interface type='user'><mac address='52:54:00:00:00:02'/><boot order='1'/></interface>\n";
        assertOne(check(two, ""), Severity.ERROR, "boot order 1 is also interface 1");
        assertOne(check(VF.formatted("01").replace("</interface>", "<boot order='1'/></interface>"), "<boot dev='hd'/>"),
                Severity.ERROR, "<os><boot>");
    }
}
