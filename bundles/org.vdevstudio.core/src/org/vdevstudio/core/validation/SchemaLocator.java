package org.vdevstudio.core.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.vdevstudio.core.io.DomainResource;
import org.vdevstudio.model.domain.DocumentRoot;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Gives schema problems (which Jing reports by line and column only) the model object and, when
 * Jing names an attribute, the feature, so that a form can mark the field. The loaded resource
 * records where each object's start tag ended; this class reads the same text once more to learn
 * where each element ends, and takes the innermost element around a problem that is a typed model
 * object (an unknown element is reported on its known parent).
 */
final class SchemaLocator {

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute \"([^\"]+)\"");

    /** An element's extent: from the end of its start tag to the end of its end tag, and its parent. */
    private record Element(long start, long end, int parent) {
    }

    private final List<Element> elements = new ArrayList<>();
    private final Map<Long, EObject> objects = new HashMap<>();

    private SchemaLocator() {
    }

    /**
     * Problems with object (and feature) filled in where found. The resource must have been loaded
     * from {@code xml}: positions are compared, not content.
     */
    static List<Problem> locate(List<Problem> problems, byte[] xml, DomainResource resource) {
        if (problems.isEmpty() || resource == null) {
            return problems;
        }
        SchemaLocator l = new SchemaLocator();
        try {
            l.scan(xml);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            return problems; // Jing already reported what is wrong with the text; keep line and column only
        }
        for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject o = it.next();
            int[] at = DomainResource.getLocation(o);
            if (at != null && !(o instanceof DocumentRoot) && !(o instanceof AnyType)) {
                l.objects.put(key(at[0], at[1]), o);
            }
        }
        List<Problem> result = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            result.add(p.object() == null && p.line() > 0 ? l.locate(p) : p);
        }
        return result;
    }

    private Problem locate(Problem p) {
        long at = key(p.line(), p.column());
        int innermost = -1;
        for (int i = 0; i < elements.size(); i++) {
            Element e = elements.get(i);
            if (e.start() > at) {
                break; // document order: nothing later can contain the position
            }
            if (e.end() >= at) {
                innermost = i;
            }
        }
        boolean own = true; // the object is the element Jing complained about, not an ancestor
        for (int i = innermost; i >= 0; i = elements.get(i).parent(), own = false) {
            EObject o = objects.get(elements.get(i).start());
            if (o != null) {
                EStructuralFeature f = own ? attribute(o, p.message()) : null;
                return new Problem(p.severity(), p.message() + " (in " + Labels.describe(o) + ")", o, f, p.line(), p.column());
            }
        }
        return p;
    }

    private static EStructuralFeature attribute(EObject o, String message) {
        Matcher m = ATTRIBUTE.matcher(message);
        return m.find() ? ExtendedMetaData.INSTANCE.getAttribute(o.eClass(), null, m.group(1)) : null;
    }

    /** Line and column as one comparable number. */
    private static long key(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    private void scan(byte[] xml) throws IOException, SAXException, ParserConfigurationException {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        // The document already loaded through DomainXml, which refuses these; refuse them here too.
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.newSAXParser().parse(new ByteArrayInputStream(xml), new DefaultHandler() {
            private final Deque<Integer> open = new ArrayDeque<>();
            private Locator locator;

            @Override
            public void setDocumentLocator(Locator locator) {
                this.locator = locator;
            }

            @Override
            public void startElement(String uri, String local, String qName, Attributes attributes) {
                long start = key(locator.getLineNumber(), locator.getColumnNumber());
                elements.add(new Element(start, Long.MAX_VALUE, open.isEmpty() ? -1 : open.peek()));
                open.push(elements.size() - 1);
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                int i = open.pop();
                Element e = elements.get(i);
                elements.set(i, new Element(e.start(), key(locator.getLineNumber(), locator.getColumnNumber()), e.parent()));
            }
        });
    }
}
