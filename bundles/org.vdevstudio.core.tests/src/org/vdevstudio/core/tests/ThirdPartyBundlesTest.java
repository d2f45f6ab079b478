package org.vdevstudio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.libvirt.Connect;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.xml.sax.InputSource;

import com.thaiopensource.validate.ValidationDriver;

/**
 * The wrapped plain jars work inside OSGi: Jing validates with a RelaxNG schema (as seen from
 * org.vdevstudio.core), and libvirt-java talks to libvirt's test driver through JNA.
 */
class ThirdPartyBundlesTest {

    private static final String SCHEMA = """
            <element name="interface" xmlns="http://relaxng.org/ns/structure/1.0"
                     datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
              <attribute name="type"><choice><value>network</value><value>hostdev</value></choice></attribute>
              <optional><element name="mtu"><attribute name="size"><data type="unsignedInt"/></attribute></element></optional>
            </element>
            """;

    @Test
    void coreSeesJing() throws Exception {
        Bundle core = bundle("org.vdevstudio.core");
        assertEquals(ValidationDriver.class, core.loadClass(ValidationDriver.class.getName()),
                "org.vdevstudio.core and this test share the one Jing bundle");
    }

    @Test
    void jingValidatesWithRelaxNg() throws Exception {
        ValidationDriver driver = new ValidationDriver();
        assertTrue(driver.loadSchema(source(SCHEMA)), "schema loads");
        assertTrue(driver.validate(source("<interface type='hostdev'><mtu size='9000'/></interface>")));
        assertFalse(driver.validate(source("<interface type='bridge'/>")), "unknown type value");
        assertFalse(driver.validate(source("<interface type='network'><mtu size='-1'/></interface>")),
                "XSD datatype check");
    }

    @Test
    void libvirtJavaTalksToTheTestDriver() throws Exception {
        Connect connection = new Connect("test:///default", true);
        try {
            assertTrue(connection.getLibVersion() > 0);
            assertTrue(connection.numOfDomains() >= 1, "the test driver has a running domain");
        } finally {
            connection.close();
        }
    }

    private static InputSource source(String xml) {
        return new InputSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Bundle bundle(String symbolicName) {
        for (Bundle bundle : FrameworkUtil.getBundle(ThirdPartyBundlesTest.class).getBundleContext().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }
}
