package org.vdevstudio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.core.validation.DomainValidator;
import org.vdevstudio.core.validation.Problem;
import org.vdevstudio.core.validation.Severity;
import org.vdevstudio.model.domain.Domain;
import org.vdevstudio.model.domain.DomainPackage;

/**
 * A value the model's type cannot hold (an interface type a newer libvirt added, a number that
 * does not parse) is kept verbatim and written back; validation reports it at its line.
 */
class RawValuesTest {

    static final String XML = """
            <domain type='kvm'>
              <name>raw</name>
              <devices>
                <interface type='futurenet'>
                  <source network='default'/>
                  <model type='virtio'/>
                </interface>
              </devices>
            </domain>
            """;

    @Test
    void unknownEnumValueIsKeptAndWrittenBack() throws Exception {
        Domain d = DomainXml.load(XML, "raw.xml").getDomain();
        assertFalse(d.getDevices().getInterfaces().get(0).isSetType(), "the typed feature holds no guess");
        String saved = DomainXml.toString((org.vdevstudio.core.io.DomainResource) d.eResource());
        assertTrue(saved.contains("<interface type=\"futurenet\">"), saved);
    }

    @Test
    void validationReportsTheRawValueAtItsLine() throws Exception {
        Domain d = DomainXml.load(XML, "raw.xml").getDomain();
        List<Problem> problems = new DomainValidator().validate(d);
        Problem p = problems.stream().filter(x -> x.message().contains("futurenet")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(4, p.line());
        assertEquals(DomainPackage.Literals.INTERFACE__TYPE, p.feature());
        assertTrue(p.message().startsWith("interface 1 (type") || p.message().startsWith("interface 1"), p.message());
        assertTrue(p.message().contains("expected one of: ") && p.message().contains("hostdev"), p.message());
    }
}
