package org.vdevstudio.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.core.io.DomainXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Load then save keeps every document of the corpus, and a second round trip is byte-identical
 * to the first (the model's output is a fixed point). Golden pairs pin the exact output.
 */
class RoundTripTest {

    @Test
    void everyCorpusDocumentLoadsAndASecondRoundTripIsByteIdentical() throws IOException {
        Map<String, byte[]> corpus = Corpus.domains();
        assertTrue(corpus.size() >= 40, "corpus size " + corpus.size());
        List<String> unstable = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : corpus.entrySet()) {
            byte[] first = DomainXml.toBytes(DomainXml.load(Corpus.text(e.getValue()), e.getKey()));
            byte[] second = DomainXml.toBytes(DomainXml.load(Corpus.text(first), e.getKey()));
            if (!java.util.Arrays.equals(first, second)) {
                unstable.add(e.getKey());
            }
        }
        assertEquals(List.of(), unstable);
    }

    @Test
    void goldenPairs() throws IOException {
        Map<String, byte[]> in = Corpus.read("golden", "*.in.xml");
        Map<String, byte[]> out = Corpus.read("golden", "*.out.xml");
        assertEquals(in.size(), out.size(), "each golden input has its expected output");
        for (Map.Entry<String, byte[]> e : in.entrySet()) {
            String expectedName = e.getKey().replace(".in.xml", ".out.xml");
            DomainResource r = DomainXml.load(Corpus.text(e.getValue()), e.getKey());
            assertEquals(Corpus.text(out.get(expectedName)), DomainXml.toString(r), e.getKey());
        }
    }

    @Test
    void untypedContentStaysInPlace() throws IOException {
        String xml = """
                <domain type='kvm'>
                  <name>keep</name>
                  <!-- before devices -->
                  <devices>
                    <disk type='file' device='disk'><source file='/a.img'/><target dev='vda' bus='virtio'/></disk>
                    <interface type='network'>
                      <source network='default'/>
                      <futureElement level='3'>text<inner/></futureElement>
                      <mac address='52:54:00:00:00:01'/>
                    </interface>
                    <controller type='usb' model='none'/>
                  </devices>
                  <clock offset='utc'/>
                </domain>
                """;
        String saved = DomainXml.toString(DomainXml.load(xml, "keep.xml"));
        int disk = saved.indexOf("<disk");
        int iface = saved.indexOf("<interface");
        int future = saved.indexOf("<futureElement level=\"3\">text<inner/></futureElement>");
        int mac = saved.indexOf("<mac");
        int controller = saved.indexOf("<controller");
        assertTrue(disk > 0 && disk < iface && iface < future && future < mac && mac < controller, saved);
        assertTrue(saved.indexOf("<!-- before devices -->") < saved.indexOf("<devices>"), saved);
        assertTrue(saved.contains("<clock offset=\"utc\"/>"), saved);
    }

    /** Regression: pooled SAX handlers once recorded namespaces into an earlier document. */
    @Test
    void namespaceDeclarationsStayInPlaceOverManyLoads() throws IOException {
        String xml = Corpus.text(Corpus.domains().get("kvm-q35-uefi-secureboot.xml"));
        for (int i = 0; i < 5; i++) {
            xml = DomainXml.toString(DomainXml.load(xml, "ns.xml"));
            assertTrue(xml.contains("<domain type=\"kvm\">"), i + ": " + xml.substring(0, 200));
            assertTrue(xml.contains("<libosinfo:libosinfo xmlns:libosinfo="), "round " + i);
        }
    }

    /**
     * Found by FuzzTest: one prefix bound to two namespaces in different places. EMF writes the
     * second namespace with another prefix; its declaration in place kept the old one, so the
     * names were unbound and the next load dropped their namespace.
     */
    @Test
    void onePrefixForTwoNamespacesInDifferentPlacesKeepsBoth() throws Exception {
        String xml = """
                <domain type='kvm'>
                  <name>p</name>
                  <metadata>
                    <app:a xmlns:app='urn:one'><app:x>1</app:x></app:a>
                    <app:b xmlns:app='urn:two'><app:y app:k='v'>2</app:y></app:b>
                  </metadata>
                </domain>
                """;
        byte[] first = DomainXml.toBytes(DomainXml.load(xml, "p.xml"));
        byte[] second = DomainXml.toBytes(DomainXml.load(Corpus.text(first), "p.xml"));
        assertArrayEquals(first, second, Corpus.text(first));
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        Document saved = f.newDocumentBuilder().parse(new ByteArrayInputStream(first));
        assertEquals("urn:one", ((Element) saved.getElementsByTagNameNS("*", "x").item(0)).getNamespaceURI());
        Element y = (Element) saved.getElementsByTagNameNS("*", "y").item(0);
        assertEquals("urn:two", y.getNamespaceURI(), Corpus.text(first));
        assertEquals("v", y.getAttributeNS("urn:two", "k"), Corpus.text(first));
    }

    @Test
    void documentsWithoutDeclarationStayWithout() throws IOException {
        String saved = DomainXml.toString(DomainXml.load("<domain type='kvm'><name>x</name></domain>", "x.xml"));
        assertEquals("<domain type=\"kvm\"><name>x</name></domain>", saved.trim());
        String declared = DomainXml.toString(DomainXml.load(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<domain type='kvm'><name>x</name></domain>", "y.xml"));
        assertTrue(declared.startsWith("<?xml"), declared);
        assertArrayEquals(declared.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                DomainXml.toBytes(DomainXml.load(declared, "y.xml")));
    }
}
