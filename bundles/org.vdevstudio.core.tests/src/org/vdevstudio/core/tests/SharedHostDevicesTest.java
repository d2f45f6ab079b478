package org.vdevstudio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.core.validation.Problem;
import org.vdevstudio.core.validation.Severity;
import org.vdevstudio.core.validation.SharedHostDevices;
import org.vdevstudio.core.validation.SharedHostDevices.Other;
import org.vdevstudio.model.domain.Domain;

/** A host device given to two domains that can run together: a warning on each. */
class SharedHostDevicesTest {

    private static Domain load(String name, String devices) throws Exception {
        return DomainXml.load("<domain type='kvm'>\n  <name>" + name + "</name>\n  <memory>65536</memory>\n"
                + "  <os><type>hvm</type></os>\n  <devices>\n" + devices + "  </devices>\n</domain>\n", name + ".xml").getDomain();
    }

    @Test
    void aPciFunctionInTwoDomainsIsAWarningNamingTheOther() throws Exception {
        Domain a = load("a", LibvirtRulesTest.hostdevIface(""));
        Domain b = load("b", "<hostdev mode='subsystem' type='pci'>" + LibvirtRulesTest.VF + "</hostdev>\n");
        Domain c = load("c", LibvirtRulesTest.USB);
        List<Problem> p = SharedHostDevices.check(a, List.of(new Other("domain 'b'", b), new Other("domain 'c'", c)));
        assertEquals(1, p.size(), p.toString());
        assertEquals(Severity.WARNING, p.get(0).severity());
        assertTrue(p.get(0).message().contains("host PCI device 0000:03:10.1 is also assigned to domain 'b'"), p.toString());
        assertEquals(6, p.get(0).line());
    }

    @Test
    void theSameDomainTwiceIsNoConflict() throws Exception {
        Domain a = load("a", LibvirtRulesTest.USB);
        Domain copy = load("a", LibvirtRulesTest.USB);
        assertEquals(List.of(), SharedHostDevices.check(a, List.of(new Other("a", a), new Other("copy", copy))));
    }
}
