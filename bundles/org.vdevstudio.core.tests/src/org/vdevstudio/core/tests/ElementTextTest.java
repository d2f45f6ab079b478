package org.vdevstudio.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;
import org.vdevstudio.core.io.ElementText;

/** One element's text, found in and made apart from the whole document's, is the same text. */
class ElementTextTest {

    @Test
    void everyDeviceOfTheCorpusHasTheTextTheWholeDocumentGivesIt() throws Exception {
        int devices = 0;
        int local = 0;
        for (Map.Entry<String, byte[]> e : Corpus.domains().entrySet()) {
            DomainResource r = DomainXml.load(Corpus.text(e.getValue()), e.getKey());
            String whole = DomainXml.toString(r);
            if (r.getDomain().getDevices() == null) {
                continue;
            }
            for (EObject device : r.getDomain().getDevices().eContents()) {
                devices++;
                int[] region = ElementText.find(whole, device);
                String alone = ElementText.of(device);
                assertEquals(region == null, alone == null, e.getKey() + ": both answers, or neither, for " + device.eClass().getName());
                if (region != null) {
                    local++;
                    assertEquals(whole.substring(region[0], region[1]), alone, e.getKey() + ": " + device.eClass().getName());
                }
            }
        }
        assertTrue(devices > 200, "devices in the corpus: " + devices);
        assertTrue(local > devices * 9 / 10, local + " of " + devices + " devices answered");
    }

    @Test
    void anElementWithNamespacesIsNotAnswered() throws Exception {
        DomainResource r = DomainXml.load("""
                <domain type='kvm'>
                  <name>ns</name>
                  <devices>
                    <interface type='user'>
                      <mac address='52:54:00:00:00:01'/>
                      <x:extra xmlns:x='http://example.com/x'/>
                    </interface>
                    <interface type='user'>
                      <mac address='52:54:00:00:00:02'/>
                    </interface>
                  </devices>
                </domain>
                """, "ns.xml");
        String whole = DomainXml.toString(r);
        EObject first = r.getDomain().getDevices().getInterfaces().get(0);
        EObject second = r.getDomain().getDevices().getInterfaces().get(1);
        assertNull(ElementText.find(whole, first));
        assertNull(ElementText.of(first));
        int[] region = ElementText.find(whole, second);
        assertNotNull(region);
        assertEquals("<interface type=\"user\">\n      <mac address=\"52:54:00:00:00:02\"/>\n    </interface>",
                whole.substring(region[0], region[1]));
        assertEquals(whole.substring(region[0], region[1]), ElementText.of(second));
    }
}
