package org.vdevstudio.core.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Mutates a valid domain document for {@link FuzzTest}: first its element tree (delete, duplicate,
 * swap, move or rename elements; change, drop or add attributes; change text), then its bytes
 * (truncate, flip bits, insert markup). All choices come from the given {@link Random}, so a seed
 * repeats a run exactly.
 */
final class DocumentMutator {

    /** A mutated document and the names of the steps that made it. */
    record Mutant(byte[] bytes, List<String> steps) {
    }

    private enum Step {
        DELETE(12), DUPLICATE(12), SWAP(10), MOVE(8), RENAME(6), ATTRIBUTE(22), TEXT(10),
        TRUNCATE(6), FLIP(7), INSERT(7);

        final int weight;

        Step(int weight) {
            this.weight = weight;
        }

        boolean onBytes() {
            return this == TRUNCATE || this == FLIP || this == INSERT;
        }
    }

    /** Values libvirt's types choke on: empty, signs, radixes, overflow, enums, markup, non-ASCII, long. */
    private static final String[] VALUES = {
        "", " ", "0", "-1", "4096", "4095", "0x1f", "0xzz", "99999999999999999999999", "1e3", "1.5", "NaN",
        "yes", "no", "on", "off", "true", "none", "hostdev", "network", "pci", "usb", "virtio", "e1000e",
        "52:54:00:12:34:56", "52:54:00:zz:00:01", "0000:3b:00.1", "<&>\"'", "\t\n ", "caf\u00e9 \u20ac \ud834\udd1e",
        "a".repeat(5000), "\u0001", "&amp;", "${HOME}", "../../etc/passwd",
    };

    /** Pieces of markup and bytes that break well-formedness or the encoding in different ways. */
    private static final byte[][] INSERTS = {
        bytes("<"), bytes(">"), bytes("&"), bytes("&amp"), bytes("&#0;"), bytes("&#xD800;"), bytes("]]>"),
        bytes("<!--"), bytes("-->"), bytes("<![CDATA["), bytes("<?xml version='1.0'?>"), bytes("<!DOCTYPE domain>"),
        bytes("<domain>"), bytes("</devices>"), bytes("\u0000"), bytes("\""), bytes(" xmlns:x='urn:x' x:a='1'"),
        bytes("\ufeff"), {(byte) 0xc3, (byte) 0x28}, {(byte) 0xff}, {(byte) 0xe9}, bytes("<x:y/>"), bytes("&unknown;"),
    };

    private final Random random;
    private final DocumentBuilderFactory builders;
    private final TransformerFactory transformers;

    DocumentMutator(Random random) {
        this.random = random;
        // The JDK's own implementations: the same on every run, whatever else the OSGi runtime offers.
        builders = DocumentBuilderFactory.newDefaultInstance();
        builders.setNamespaceAware(true);
        transformers = TransformerFactory.newDefaultInstance();
    }

    Mutant mutate(byte[] document) throws Exception {
        List<Step> steps = new ArrayList<>();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            steps.add(pick());
        }
        Document doc = builders.newDocumentBuilder().parse(new ByteArrayInputStream(document));
        List<String> names = new ArrayList<>();
        for (Step s : steps) {
            if (!s.onBytes()) {
                names.add(s.name().toLowerCase() + (applyToTree(s, doc) ? "" : " (no target)"));
            }
        }
        byte[] bytes = serialize(doc);
        for (Step s : steps) {
            if (s.onBytes()) {
                bytes = applyToBytes(s, bytes);
                names.add(s.name().toLowerCase());
            }
        }
        return new Mutant(bytes, names);
    }

    private Step pick() {
        int total = Arrays.stream(Step.values()).mapToInt(s -> s.weight).sum();
        int r = random.nextInt(total);
        for (Step s : Step.values()) {
            r -= s.weight;
            if (r < 0) {
                return s;
            }
        }
        throw new IllegalStateException("weights");
    }

    /** Applies a tree step; false when the document has nothing it applies to. */
    private boolean applyToTree(Step step, Document doc) {
        List<Element> all = new ArrayList<>();
        collect(doc.getDocumentElement(), all);
        List<Element> inner = all.subList(1, all.size()); // all but the root: a document has one root
        if (inner.isEmpty()) {
            return false;
        }
        Element e = inner.get(random.nextInt(inner.size()));
        switch (step) {
            case DELETE -> e.getParentNode().removeChild(e);
            case DUPLICATE -> e.getParentNode().insertBefore(e.cloneNode(true), e.getNextSibling());
            case SWAP -> {
                Element other = inner.get(random.nextInt(inner.size()));
                if (other == e || contains(e, other) || contains(other, e)) {
                    return false;
                }
                Node mark = doc.createComment("");
                e.getParentNode().replaceChild(mark, e);
                other.getParentNode().replaceChild(e, other);
                mark.getParentNode().replaceChild(other, mark);
            }
            case MOVE -> {
                Element target = all.get(random.nextInt(all.size()));
                if (target == e || contains(e, target)) {
                    return false;
                }
                Node before = randomChild(target);
                target.insertBefore(e, before == e ? e.getNextSibling() : before);
            }
            case RENAME -> {
                Element name = all.get(random.nextInt(all.size()));
                doc.renameNode(e, name.getNamespaceURI(), name.getTagName());
            }
            case ATTRIBUTE -> {
                return changeAttribute(all);
            }
            case TEXT -> {
                List<Element> leaves = all.stream().filter(x -> x.getFirstChild() != null && x.getFirstChild() == x.getLastChild()
                        && x.getFirstChild().getNodeType() == Node.TEXT_NODE).toList();
                if (leaves.isEmpty()) {
                    return false;
                }
                leaves.get(random.nextInt(leaves.size())).setTextContent(value(all));
            }
            default -> throw new IllegalArgumentException(step.name());
        }
        return true;
    }

    /** Sets an attribute to a hostile value (most often), drops one, or adds one seen elsewhere. */
    private boolean changeAttribute(List<Element> all) {
        List<Attr> attributes = new ArrayList<>();
        for (Element x : all) {
            NamedNodeMap map = x.getAttributes();
            for (int i = 0; i < map.getLength(); i++) {
                attributes.add((Attr) map.item(i));
            }
        }
        if (attributes.isEmpty()) {
            return false;
        }
        Attr a = attributes.get(random.nextInt(attributes.size()));
        int how = random.nextInt(10);
        if (how < 7) {
            a.setValue(value(all));
        } else if (how < 8) {
            a.getOwnerElement().removeAttributeNode(a);
        } else {
            Element to = all.get(random.nextInt(all.size()));
            to.setAttributeNS(a.getNamespaceURI(), a.getName(), random.nextBoolean() ? a.getValue() : value(all));
        }
        return true;
    }

    /** A hostile value, or (a third of the time) a value taken from elsewhere in the document. */
    private String value(List<Element> all) {
        if (random.nextInt(3) == 0) {
            Element from = all.get(random.nextInt(all.size()));
            NamedNodeMap map = from.getAttributes();
            if (map.getLength() > 0) {
                return map.item(random.nextInt(map.getLength())).getNodeValue();
            }
            return from.getTextContent();
        }
        return VALUES[random.nextInt(VALUES.length)];
    }

    private byte[] applyToBytes(Step step, byte[] b) {
        if (b.length == 0) {
            return b;
        }
        switch (step) {
            case TRUNCATE -> {
                return Arrays.copyOf(b, random.nextInt(b.length));
            }
            case FLIP -> {
                byte[] flipped = b.clone();
                for (int n = 1 + random.nextInt(4); n > 0; n--) {
                    int at = random.nextInt(flipped.length);
                    flipped[at] ^= (byte) (1 << random.nextInt(8));
                }
                return flipped;
            }
            case INSERT -> {
                byte[] piece = INSERTS[random.nextInt(INSERTS.length)];
                int at = random.nextInt(b.length + 1);
                byte[] out = new byte[b.length + piece.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(piece, 0, out, at, piece.length);
                System.arraycopy(b, at, out, at + piece.length, b.length - at);
                return out;
            }
            default -> throw new IllegalArgumentException(step.name());
        }
    }

    private byte[] serialize(Document doc) throws Exception {
        Transformer t = transformers.newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, random.nextBoolean() ? "yes" : "no");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.transform(new DOMSource(doc), new StreamResult(out));
        return out.toByteArray();
    }

    private Node randomChild(Element parent) {
        int n = parent.getChildNodes().getLength();
        int i = random.nextInt(n + 1);
        return i == n ? null : parent.getChildNodes().item(i);
    }

    private static void collect(Element e, List<Element> into) {
        into.add(e);
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                collect(child, into);
            }
        }
    }

    /** Whether {@code inner} is {@code outer} or below it. */
    private static boolean contains(Node outer, Node inner) {
        for (Node n = inner; n != null; n = n.getParentNode()) {
            if (n == outer) {
                return true;
            }
        }
        return false;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
