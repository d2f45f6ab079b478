package org.vdevstudio.core.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds elements in well-formed XML text by position, without parsing it into objects: the root
 * element, and the n-th child element of an element (text, comments, CDATA and processing
 * instructions are skipped). A region is {start, end}: from the element's {@code <} to just after
 * its end tag. Answers null for text that is not what it expects. Shared by the Source page's
 * incremental text ({@link ElementText}) and the connector, which sends devices as the user wrote them.
 */
public final class XmlRegions {

    private XmlRegions() {
    }

    /** The document's root element. */
    public static int[] rootElement(String text) {
        int i = nextTag(text, 0);
        if (i < 0 || text.charAt(i + 1) == '/') {
            return null;
        }
        int end = elementEnd(text, i);
        return end < 0 ? null : new int[] {i, end};
    }

    /** The {@code index}-th (0-based) child element of the element at {@code parent}. */
    public static int[] childElement(String text, int[] parent, int index) {
        int i = startTagEnd(text, parent[0]);
        if (i < 0 || text.charAt(i - 2) == '/') {
            return null; // <empty/> has no children
        }
        int seen = 0;
        while (true) {
            i = nextTag(text, i);
            if (i < 0 || i >= parent[1] || text.charAt(i + 1) == '/') {
                return null; // the parent's end tag: it has fewer children
            }
            int end = elementEnd(text, i);
            if (end < 0) {
                return null;
            }
            if (seen++ == index) {
                return new int[] {i, end};
            }
            i = end;
        }
    }

    /** All child elements of the element at {@code parent}, in order; empty when it has none or the text is not as expected. */
    public static List<int[]> childElements(String text, int[] parent) {
        List<int[]> children = new ArrayList<>();
        for (int[] child = childElement(text, parent, 0); child != null; child = nextSibling(text, parent, child)) {
            children.add(child);
        }
        return children;
    }

    /** The local name (no prefix) of the element at {@code region}. */
    public static String localName(String text, int[] region) {
        int i = region[0] + 1;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '>' && text.charAt(i) != '/') {
            i++;
        }
        String qname = text.substring(region[0] + 1, i);
        return qname.substring(qname.indexOf(':') + 1);
    }

    /** The element after {@code child} within {@code parent}, or null. */
    private static int[] nextSibling(String text, int[] parent, int[] child) {
        int i = nextTag(text, child[1]);
        if (i < 0 || i >= parent[1] || text.charAt(i + 1) == '/') {
            return null;
        }
        int end = elementEnd(text, i);
        return end < 0 ? null : new int[] {i, end};
    }

    /** The next start or end tag at or after {@code from}, past comments, CDATA and PIs; -1 if none. */
    private static int nextTag(String text, int from) {
        int i = from;
        while (true) {
            i = text.indexOf('<', i);
            if (i < 0 || i + 1 >= text.length()) {
                return -1;
            }
            int skipped = skipMarkup(text, i);
            if (skipped == i || skipped < 0) {
                return skipped;
            }
            i = skipped;
        }
    }

    /** After a comment, CDATA section or processing instruction at {@code i}; {@code i} itself for an element; -1 if unterminated. */
    private static int skipMarkup(String text, int i) {
        if (text.startsWith("<!--", i)) {
            int e = text.indexOf("-->", i + 4);
            return e < 0 ? -1 : e + 3;
        }
        if (text.startsWith("<![CDATA[", i)) {
            int e = text.indexOf("]]>", i + 9);
            return e < 0 ? -1 : e + 3;
        }
        if (text.startsWith("<?", i) || text.startsWith("<!", i)) {
            int e = text.indexOf(text.charAt(i + 1) == '?' ? "?>" : ">", i + 2);
            return e < 0 ? -1 : e + (text.charAt(i + 1) == '?' ? 2 : 1);
        }
        return i;
    }

    /** Just after the {@code >} of the start tag at {@code i} (quoted attribute values may hold {@code >}). */
    private static int startTagEnd(String text, int i) {
        char quote = 0;
        for (int j = i + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j + 1;
            }
        }
        return -1;
    }

    /** Just after the end of the element whose start tag is at {@code i}; -1 if it does not end. */
    private static int elementEnd(String text, int i) {
        int j = startTagEnd(text, i);
        if (j < 0 || text.charAt(j - 2) == '/') {
            return j;
        }
        int depth = 1;
        while (true) {
            j = nextTag(text, j);
            if (j < 0) {
                return -1;
            }
            boolean endTag = text.charAt(j + 1) == '/';
            j = startTagEnd(text, j);
            if (j < 0) {
                return -1;
            }
            if (endTag) {
                if (--depth == 0) {
                    return j;
                }
            } else if (text.charAt(j - 2) != '/') {
                depth++;
            }
        }
    }
}
