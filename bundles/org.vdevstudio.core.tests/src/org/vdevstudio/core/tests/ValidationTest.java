package org.vdevstudio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.core.validation.DomainValidator;
import org.vdevstudio.core.validation.Problem;
import org.vdevstudio.core.validation.SchemaValidator;
import org.vdevstudio.core.validation.Severity;
import org.vdevstudio.core.validation.Validation;
import org.vdevstudio.model.domain.DomainPackage;
import org.vdevstudio.model.domain.Interface;
import org.vdevstudio.model.domain.InterfaceVlan;
import org.vdevstudio.model.domain.InterfaceVlanTag;

/** The model's constraints and libvirt's schema: real errors are found, valid documents raise none. */
class ValidationTest {

    static String iface(String inner) {
        return """
                <domain type='kvm'>
                  <name>v</name>
                  <memory>65536</memory>
                  <os><type>hvm</type></os>
                  <devices>
                    <interface type='hostdev' managed='yes'>
                      <source><address type='pci' domain='0x0000' bus='0x03' slot='0x10' function='0x1'/></source>
                """ + inner + """
                    </interface>
                  </devices>
                </domain>
                """;
    }

    @Test
    void vlanTagOutOfRangeIsAnErrorNamingTheInterface() throws Exception {
        List<Problem> problems = new DomainValidator().validate(
                DomainXml.load(iface("      <mac address='52:54:00:12:34:56'/>\n      <vlan><tag id='5000'/></vlan>\n"), "v.xml").getDomain());
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertEquals(Severity.ERROR, p.severity());
        assertEquals("VLAN tag 5000 is outside 0-4095 (interface 1, MAC 52:54:00:12:34:56)", p.message());
        assertEquals(9, p.line());
    }

    @Test
    void malformedMacIsAnError() throws Exception {
        List<Problem> problems = new DomainValidator().validate(
                DomainXml.load(iface("      <mac address='52:54:00:zz:34:56'/>\n"), "v.xml").getDomain());
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("'address'"), problems.get(0).message());
    }

    @Test
    void schemaErrorsHaveLineAndColumn() throws Exception {
        byte[] xml = iface("      <vlan trunk='yes'><tag id='5'/></vlan>\n      <bogus/>\n").getBytes();
        List<Problem> problems = new SchemaValidator().validate(xml);
        assertTrue(problems.stream().anyMatch(p -> p.line() == 9 && p.message().contains("bogus")), problems.toString());
        assertTrue(problems.get(0).format("v.xml").startsWith("v.xml:" + problems.get(0).line() + ":"), problems.toString());
    }

    /**
     * The full check (schema, model constraints, every libvirt rule) on the corpus and the golden
     * inputs that libvirt accepts (sriov-vf and unknown-content are invalid on purpose: libvirt
     * refuses them too).
     */
    @Test
    void noFalseAlarmsOnTheCorpus() throws Exception {
        Map<String, byte[]> documents = new java.util.LinkedHashMap<>(Corpus.domains());
        documents.putAll(Corpus.read("golden", "metadata-namespaces.in.xml"));
        List<String> alarms = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : documents.entrySet()) {
            for (Problem p : Validation.check(e.getValue(), DomainXml.load(Corpus.text(e.getValue()), e.getKey()))) {
                if (p.severity() == Severity.ERROR) {
                    alarms.add(p.format(e.getKey()));
                }
            }
        }
        assertEquals(List.of(), alarms);
        assertTrue(documents.size() >= 52 + 1, "documents checked: " + documents.size());
    }

    @Test
    void schemaErrorsNameTheObjectAndTheAttributesFeature() throws Exception {
        String xml = iface("      <mac address='52:54:00:12:34:56'/>\n      <vlan><tag id='5000'/></vlan>\n");
        List<Problem> problems = Validation.check(xml.getBytes(), DomainXml.load(xml, "v.xml"));
        Problem schema = problems.stream().filter(p -> p.message().startsWith("schema:")).findFirst().orElseThrow();
        assertTrue(schema.object() instanceof InterfaceVlanTag, problems.toString());
        assertEquals(DomainPackage.Literals.INTERFACE_VLAN_TAG__ID, schema.feature(), problems.toString());
        assertEquals(9, schema.line());
        assertTrue(schema.message().contains("interface 1 (MAC 52:54:00:12:34:56) vlan/tag"), schema.message());
    }

    @Test
    void anUnknownElementIsReportedOnItsKnownParent() throws Exception {
        String xml = iface("      <bogus/>\n");
        List<Problem> problems = Validation.check(xml.getBytes(), DomainXml.load(xml, "v.xml"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).object() instanceof Interface, problems.toString());
        assertEquals(null, problems.get(0).feature());
    }

    @Test
    void aMissingChildIsReportedOnItsParentAtTheEndTag() throws Exception {
        // <vlan> needs a <tag>: Jing says so at </vlan>, after <mac> started: the object is the vlan, not the mac.
        String xml = iface("      <vlan>\n      </vlan>\n      <mac address='52:54:00:12:34:56'/>\n");
        List<Problem> problems = Validation.check(xml.getBytes(), DomainXml.load(xml, "v.xml"));
        assertTrue(problems.stream().anyMatch(p -> p.object() instanceof InterfaceVlan), problems.toString());
    }
}
