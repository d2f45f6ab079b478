package org.vdevstudio.libvirt.apply;

import java.util.ArrayList;
import java.util.List;

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
        int depth = 0;
        boolean inDevices = false;
        int start = -1;
        int i = 0;
        while (i < xml.length()) {
            int lt = xml.indexOf('<', i);
            if (lt < 0) {
                break;
            }
            if (xml.startsWith("<!--", lt)) {
                i = xml.indexOf("-->", lt) + 3;
            } else if (xml.startsWith("<![CDATA[", lt)) {
                i = xml.indexOf("]]>", lt) + 3;
            } else if (xml.startsWith("<?", lt) || xml.startsWith("<!", lt)) {
                i = xml.indexOf('>', lt) + 1;
            } else if (xml.startsWith("</", lt)) {
                int gt = xml.indexOf('>', lt);
                depth--;
                if (inDevices && depth == 2 && start >= 0) {
                    spans.add(xml.substring(start, gt + 1));
                    start = -1;
                } else if (inDevices && depth == 1) {
                    return spans;
                }
                i = gt + 1;
            } else {
                int gt = endOfStartTag(xml, lt);
                boolean empty = xml.charAt(gt - 1) == '/';
                if (depth == 1 && name(xml, lt).equals("devices")) {
                    inDevices = !empty;
                    if (empty) {
                        return spans;
                    }
                } else if (inDevices && depth == 2) {
                    if (empty) {
                        spans.add(xml.substring(lt, gt + 1));
                    } else {
                        start = lt;
                    }
                }
                if (!empty) {
                    depth++;
                }
                i = gt + 1;
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

    private static int endOfStartTag(String xml, int lt) {
        char quote = 0;
        for (int i = lt + 1; i < xml.length(); i++) {
            char c = xml.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return xml.length() - 1;
    }

    private static String name(String xml, int lt) {
        int i = lt + 1;
        while (i < xml.length() && !Character.isWhitespace(xml.charAt(i)) && xml.charAt(i) != '>' && xml.charAt(i) != '/') {
            i++;
        }
        String qname = xml.substring(lt + 1, i);
        return qname.substring(qname.indexOf(':') + 1);
    }
}
