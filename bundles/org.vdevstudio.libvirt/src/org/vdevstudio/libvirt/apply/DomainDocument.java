package org.vdevstudio.libvirt.apply;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A domain's XML as libvirt exchanges it, read into DOM for comparing definitions device by device
 * (the model is for editing; here only the text that libvirt gets and gives matters). Refuses
 * DTDs like the core's loader does.
 */
public final class DomainDocument {

    private final Element domain;
    private final String text;

    private DomainDocument(Element domain, String text) {
        this.domain = domain;
        this.text = text;
    }

    public static DomainDocument parse(String xml) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            Document d = b.parse(new InputSource(new StringReader(xml)));
            Element root = d.getDocumentElement();
            if (!"domain".equals(root.getLocalName())) {
                throw new IOException("not a libvirt domain: the root element is <" + root.getTagName() + ">");
            }
            return new DomainDocument(root, xml);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read the domain XML: " + e.getMessage(), e);
        }
    }

    /** The elements under {@code <devices>} except {@code <emulator>} (a setting, not a device). */
    public List<Device> devices() {
        List<Device> list = new ArrayList<>();
        Element devices = child(domain, "devices");
        if (devices != null) {
            List<Element> elements = children(devices);
            List<String> spans = ElementSpans.devices(text);
            for (int i = 0; i < elements.size(); i++) {
                Element e = elements.get(i);
                if (!"emulator".equals(e.getLocalName())) {
                    // the written text when the scan agrees with DOM, else DOM's own serialisation
                    String written = spans.size() == elements.size() ? ElementSpans.dedent(text, spans.get(i)) : text(e);
                    list.add(new Device(e, written));
                }
            }
        }
        return list;
    }

    /** Everything but the devices (and with {@code <emulator>}), canonical: memory, vCPUs, name, OS, … */
    public String settingsCanonical() {
        Element copy = (Element) domain.cloneNode(true);
        Element devices = child(copy, "devices");
        if (devices != null) {
            for (Element e : children(devices)) {
                if (!"emulator".equals(e.getLocalName())) {
                    devices.removeChild(e);
                }
            }
        }
        copy.removeAttribute("id"); // the running domain's number, not a setting
        return canonical(copy);
    }

    /** The whole document, canonical. */
    public String canonical() {
        return canonical(domain);
    }

    // ---- helpers shared by Device

    static Element child(Element parent, String name) {
        for (Element e : children(parent)) {
            if (name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(Element parent) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                list.add(e);
            }
        }
        return list;
    }

    /**
     * A text form that is equal for equal content: attributes sorted, whitespace between elements
     * and comments dropped, text trimmed. Two definitions libvirt would read alike compare equal.
     */
    static String canonical(Element e) {
        StringBuilder b = new StringBuilder();
        canonical(e, b);
        return b.toString();
    }

    private static void canonical(Element e, StringBuilder b) {
        b.append('<').append(e.getLocalName() != null ? e.getLocalName() : e.getTagName());
        List<String> attributes = new ArrayList<>();
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            Node a = e.getAttributes().item(i);
            if (!"xmlns".equals(a.getPrefix()) && !"xmlns".equals(a.getNodeName())) {
                attributes.add((a.getLocalName() != null ? a.getLocalName() : a.getNodeName()) + "='" + a.getNodeValue() + "'");
            }
        }
        attributes.sort(null);
        for (String a : attributes) {
            b.append(' ').append(a);
        }
        b.append('>');
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                canonical(c, b);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = n.getNodeValue().trim();
                if (!text.isEmpty()) {
                    b.append(text);
                }
            }
        }
        b.append("</").append(e.getLocalName() != null ? e.getLocalName() : e.getTagName()).append('>');
    }

    /** The element as DOM writes it (a fallback: devices keep their written text, see {@link ElementSpans}). */
    static String text(Element e) {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(e), new StreamResult(w));
            return w.toString();
        } catch (TransformerException ex) {
            throw new IllegalStateException("cannot write a DOM element back as XML", ex);
        }
    }
}
