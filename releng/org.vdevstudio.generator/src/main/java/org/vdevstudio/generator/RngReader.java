package org.vdevstudio.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a RelaxNG grammar in XML syntax with its includes. Defines with {@code combine="choice"}
 * or {@code combine="interleave"} are merged with their base definition, as RelaxNG prescribes.
 */
final class RngReader {

    static final String RNG_NS = "http://relaxng.org/ns/structure/1.0";

    private final Path dir;
    private final Map<String, List<Rng.Pattern>> bodies = new LinkedHashMap<>();
    private final Map<String, Rng.Combine> combines = new LinkedHashMap<>();
    private final Set<String> read = new HashSet<>();
    /** The files read, in the order of reading: the generator copies them beside the model. */
    final List<Path> files = new ArrayList<>();
    private Rng.Pattern start;
    private String currentFile;
    private String currentDefine;

    RngReader(Path dir) {
        this.dir = dir;
    }

    Rng.Grammar read(String fileName) throws IOException {
        readFile(fileName);
        Rng.Grammar grammar = new Rng.Grammar();
        grammar.start = start;
        for (Map.Entry<String, List<Rng.Pattern>> e : bodies.entrySet()) {
            List<Rng.Pattern> parts = e.getValue();
            if (parts.size() == 1) {
                grammar.defines.put(e.getKey(), parts.get(0));
            } else {
                Rng.Composite c = new Rng.Composite(combines.getOrDefault(e.getKey(), Rng.Combine.CHOICE));
                c.children.addAll(parts);
                grammar.defines.put(e.getKey(), c);
            }
        }
        return grammar;
    }

    private void readFile(String fileName) throws IOException {
        if (!read.add(fileName)) {
            return;
        }
        Path file = dir.resolve(fileName);
        files.add(file);
        Document doc = parse(file);
        String previous = currentFile;
        currentFile = fileName;
        for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!isRng(n)) {
                continue;
            }
            switch (n.getLocalName()) {
                case "include" -> readFile(attr(n, "href"));
                case "start" -> start = body(n);
                case "define" -> define(n);
                default -> throw new IOException(fileName + ": unexpected grammar child " + n.getLocalName());
            }
        }
        currentFile = previous;
    }

    private void define(Node n) {
        String name = attr(n, "name");
        String combine = attr(n, "combine");
        if (combine != null) {
            combines.put(name, "interleave".equals(combine) ? Rng.Combine.INTERLEAVE : Rng.Combine.CHOICE);
        }
        currentDefine = name;
        bodies.computeIfAbsent(name, k -> new ArrayList<>()).add(body(n));
        currentDefine = null;
    }

    /** The children of n as one pattern (a group when there are several). */
    private Rng.Pattern body(Node n) {
        List<Rng.Pattern> parts = new ArrayList<>();
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (isRng(c) && !"name".equals(c.getLocalName()) && !"anyName".equals(c.getLocalName())
                    && !"nsName".equals(c.getLocalName())) {
                parts.add(pattern(c));
            }
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        if (parts.isEmpty()) {
            return located(new Rng.Empty(), n);
        }
        Rng.Composite g = located(new Rng.Composite(Rng.Combine.GROUP), n);
        g.children.addAll(parts);
        return g;
    }

    private Rng.Pattern pattern(Node n) {
        switch (n.getLocalName()) {
            case "element": {
                Rng.Element e = located(new Rng.Element(attr(n, "name")), n);
                e.topOfDefine = currentDefine;
                String outer = currentDefine;
                currentDefine = null;
                e.content = body(n);
                currentDefine = outer;
                return e;
            }
            case "attribute": {
                Rng.Attribute a = located(new Rng.Attribute(attr(n, "name")), n);
                String outer = currentDefine;
                currentDefine = null;
                a.content = hasRngChild(n) ? body(n) : located(new Rng.Text(), n);
                currentDefine = outer;
                return a;
            }
            case "group":
                return composite(n, Rng.Combine.GROUP);
            case "interleave":
                return composite(n, Rng.Combine.INTERLEAVE);
            case "choice":
                return composite(n, Rng.Combine.CHOICE);
            case "optional":
                return repeated(n, Rng.Repeat.OPTIONAL);
            case "zeroOrMore":
                return repeated(n, Rng.Repeat.ZERO_OR_MORE);
            case "oneOrMore":
                return repeated(n, Rng.Repeat.ONE_OR_MORE);
            case "ref":
                return located(new Rng.Ref(attr(n, "name")), n);
            case "text":
                return located(new Rng.Text(), n);
            case "empty":
                return located(new Rng.Empty(), n);
            case "notAllowed":
                return located(new Rng.NotAllowed(), n);
            case "value":
                return located(new Rng.Value(n.getTextContent().trim()), n);
            case "data":
                return data(n);
            default:
                throw new IllegalStateException(currentFile + ": unsupported RelaxNG pattern " + n.getLocalName());
        }
    }

    private Rng.Pattern data(Node n) {
        Rng.Data d = located(new Rng.Data(attr(n, "type")), n);
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (isRng(c) && "param".equals(c.getLocalName())) {
                d.params.put(attr(c, "name"), c.getTextContent());
            }
            // <except> narrows the value space; validation of values is Jing's job, not the model's.
        }
        return d;
    }

    private Rng.Pattern composite(Node n, Rng.Combine kind) {
        Rng.Composite c = located(new Rng.Composite(kind), n);
        for (Node k = n.getFirstChild(); k != null; k = k.getNextSibling()) {
            if (isRng(k)) {
                c.children.add(pattern(k));
            }
        }
        return c;
    }

    private Rng.Pattern repeated(Node n, Rng.Repeat kind) {
        Rng.Repeated r = located(new Rng.Repeated(kind), n);
        r.child = body(n);
        return r;
    }

    private <T extends Rng.Pattern> T located(T p, Node n) {
        Object line = n.getUserData("line");
        p.where = currentFile + ":" + (line == null ? "?" : line);
        return p;
    }

    private static boolean hasRngChild(Node n) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (isRng(c) && !"name".equals(c.getLocalName()) && !"anyName".equals(c.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRng(Node n) {
        return n.getNodeType() == Node.ELEMENT_NODE && RNG_NS.equals(n.getNamespaceURI());
    }

    private static String attr(Node n, String name) {
        Node a = n.getAttributes().getNamedItem(name);
        return a == null ? null : a.getNodeValue().trim();
    }

    /** Parses with line numbers kept on each element (user data "line"). */
    private static Document parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            Document doc = b.parse(Files.newInputStream(file));
            LineNumbers.annotate(file, doc);
            return doc;
        } catch (SAXParseException e) {
            throw new IOException(file + ":" + e.getLineNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Second SAX pass that records the start line of each element, in document order. */
    private static final class LineNumbers extends DefaultHandler {
        private final List<Integer> lines = new ArrayList<>();
        private org.xml.sax.Locator locator;

        @Override
        public void setDocumentLocator(org.xml.sax.Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, org.xml.sax.Attributes atts) {
            lines.add(locator.getLineNumber());
        }

        static void annotate(Path file, Document doc) throws IOException {
            LineNumbers h = new LineNumbers();
            try {
                javax.xml.parsers.SAXParserFactory f = javax.xml.parsers.SAXParserFactory.newInstance();
                f.setNamespaceAware(true);
                f.newSAXParser().parse(file.toFile(), h);
            } catch (SAXException | ParserConfigurationException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
            int[] i = {0};
            walk(doc.getDocumentElement(), h.lines, i);
        }

        private static void walk(Node n, List<Integer> lines, int[] i) {
            n.setUserData("line", lines.get(i[0]++), null);
            for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c.getNodeType() == Node.ELEMENT_NODE) {
                    walk(c, lines, i);
                }
            }
        }
    }
}
