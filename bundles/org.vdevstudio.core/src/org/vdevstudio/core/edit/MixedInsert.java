package org.vdevstudio.core.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.FeatureMapUtil;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;

/**
 * Places new elements into the mixed content of an element, indented like their siblings. The
 * model keeps whitespace as text entries of the mixed feature map; a plain add to a typed list
 * would put the new element after the closing indentation with none of its own, so the file
 * would end in {@code </memballoon>\n  <hostdev>...</hostdev></devices>}.
 */
final class MixedInsert {

    private static final EAttribute TEXT = XMLTypePackage.Literals.XML_TYPE_DOCUMENT_ROOT__TEXT;
    private static final String DEFAULT_UNIT = "  ";

    /** Where the entries go in the parent's mixed list, and the entries themselves. */
    record Plan(EObject parent, EAttribute mixed, int index, List<FeatureMap.Entry> entries) {
    }

    private MixedInsert() {
    }

    /**
     * Plans the insertion of {@code children} (as values of {@code feature}) after the last
     * element of the same feature, or after the last element of all when there is none.
     * The children are indented inside (they are new, so this needs no undo).
     */
    static Plan plan(EObject parent, EStructuralFeature feature, List<? extends EObject> children) {
        EAttribute mixed = (EAttribute) ExtendedMetaData.INSTANCE.getMixedFeature(parent.eClass());
        FeatureMap map = (FeatureMap) parent.eGet(mixed);
        int lastSame = -1;
        int lastElement = -1;
        for (int i = 0; i < map.size(); i++) {
            EStructuralFeature f = map.getEStructuralFeature(i);
            if (isElement(f)) {
                lastElement = i;
                if (f == feature) {
                    lastSame = i;
                }
            }
        }
        int after = lastSame >= 0 ? lastSame : lastElement;
        String closing = closingIndent(map);
        String indent = after >= 0 ? indentBefore(map, after, closing) : closing + DEFAULT_UNIT;
        String unit = indent.length() > closing.length() && indent.startsWith(closing)
                ? indent.substring(closing.length()) : DEFAULT_UNIT;
        List<FeatureMap.Entry> entries = new ArrayList<>();
        for (EObject child : children) {
            indentInside(child, indent, unit);
            entries.add(FeatureMapUtil.createEntry(TEXT, "\n" + indent));
            entries.add(FeatureMapUtil.createEntry(feature, child));
        }
        if (after < 0 && !endsWithText(map)) {
            // an empty <devices/>: the closing tag needs its own line too
            entries.add(FeatureMapUtil.createEntry(TEXT, "\n" + closing));
        }
        return new Plan(parent, mixed, after + 1, entries);
    }

    /** Puts every element child of {@code object} on its own line, one unit deeper than {@code indent}. */
    static void indentInside(EObject object, String indent, String unit) {
        EStructuralFeature mixedFeature = ExtendedMetaData.INSTANCE.getMixedFeature(object.eClass());
        if (mixedFeature == null) {
            return;
        }
        FeatureMap map = (FeatureMap) object.eGet(mixedFeature);
        List<FeatureMap.Entry> old = new ArrayList<>(map);
        if (old.stream().noneMatch(e -> isElement(e.getEStructuralFeature()))) {
            return;
        }
        List<FeatureMap.Entry> indented = new ArrayList<>();
        for (FeatureMap.Entry e : old) {
            if (isElement(e.getEStructuralFeature())) {
                indented.add(FeatureMapUtil.createEntry(TEXT, "\n" + indent + unit));
                if (e.getValue() instanceof EObject child) {
                    indentInside(child, indent + unit, unit);
                }
            }
            indented.add(e);
        }
        indented.add(FeatureMapUtil.createEntry(TEXT, "\n" + indent));
        map.clear();
        map.addAll(indented);
    }

    private static boolean isElement(EStructuralFeature f) {
        return f != TEXT && f != XMLTypePackage.Literals.XML_TYPE_DOCUMENT_ROOT__COMMENT
                && f != XMLTypePackage.Literals.XML_TYPE_DOCUMENT_ROOT__CDATA
                && f != XMLTypePackage.Literals.XML_TYPE_DOCUMENT_ROOT__PROCESSING_INSTRUCTION;
    }

    /** The blanks after the last line break of the text before entry {@code index}, else {@code fallback + unit}. */
    private static String indentBefore(FeatureMap map, int index, String fallback) {
        if (index > 0 && map.getEStructuralFeature(index - 1) == TEXT) {
            String text = (String) map.getValue(index - 1);
            int nl = text.lastIndexOf('\n');
            if (nl >= 0 && text.substring(nl + 1).isBlank()) {
                return text.substring(nl + 1);
            }
        }
        return fallback + DEFAULT_UNIT;
    }

    /** The indentation of the closing tag: the blanks after the last line break of trailing text. */
    private static String closingIndent(FeatureMap map) {
        if (endsWithText(map)) {
            String text = (String) map.getValue(map.size() - 1);
            int nl = text.lastIndexOf('\n');
            if (nl >= 0) {
                return text.substring(nl + 1);
            }
        }
        return DEFAULT_UNIT;
    }

    private static boolean endsWithText(FeatureMap map) {
        return !map.isEmpty() && map.getEStructuralFeature(map.size() - 1) == TEXT;
    }
}
