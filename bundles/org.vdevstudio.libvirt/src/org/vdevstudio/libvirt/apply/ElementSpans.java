package org.vdevstudio.libvirt.apply;

import java.util.ArrayList;
import java.util.List;

import org.vdevstudio.core.io.XmlRegions;

/**
 * Finds the text of each element under {@code <domain><devices>} in the document as written, so
 * that the preview and the XML sent to libvirt keep the user's attribute order, quotes and
 * indentation (DOM keeps none of these). The document is known to be well-formed: DOM parsed it.
 */
final class ElementSpans {

    private ElementSpans() {
    }

    /** The texts of the child elements of the first {@code <devices>} directly under the root, in order. */
    static List<String> devices(String xml) {
        List<String> spans = new ArrayList<>();
        int[] root = XmlRegions.rootElement(xml);
        if (root == null) {
            return spans;
        }
        for (int[] child : XmlRegions.childElements(xml, root)) {
            if (XmlRegions.localName(xml, child).equals("devices")) {
                for (int[] device : XmlRegions.childElements(xml, child)) {
                    spans.add(xml.substring(device[0], device[1]));
                }
                return spans;
            }
        }
        return spans;
    }

    /** The indentation of the line {@code span} starts on in {@code xml}, taken off its continuation lines. */
    static String dedent(String xml, String span) {
        int at = xml.indexOf(span);
        if (at < 0) {
            return span;
        }
        String indent = xml.substring(xml.lastIndexOf('\n', at) + 1, at);
        if (indent.isEmpty() || !indent.isBlank()) {
            return span;
        }
        StringBuilder b = new StringBuilder();
        for (String line : span.split("\n", -1)) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(line.startsWith(indent) ? line.substring(indent.length()) : line);
        }
        return b.toString();
    }
}
