package org.vdevstudio.core.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.util.FeatureMapUtil;

/**
 * Child elements inserted and removed the way a person would indent them: the model is mixed, so
 * the whitespace between elements is text in the parent's mixed map, and the Source page shows it.
 */
public final class Indentation {

    /** Used when the document gives no hint (a domain written on one line). */
    static final String DEFAULT_UNIT = "  ";

    private Indentation() {
    }

    /** The mixed map of an object of the model (every class of it is mixed). */
    public static FeatureMap mixed(EObject o) {
        EStructuralFeature f = ExtendedMetaData.INSTANCE.getMixedFeature(o.eClass());
        if (f == null) {
            throw new IllegalArgumentException(o.eClass().getName() + " has no mixed content");
        }
        return (FeatureMap) o.eGet(f);
    }

    /** The whitespace that starts the line of {@code o}'s start tag: "    " for a device. */
    public static String indentOf(EObject o) {
        EObject c = o.eContainer();
        if (c == null) {
            return "";
        }
        FeatureMap m = mixed(c);
        int at = indexOf(m, o);
        if (at <= 0 || !isText(m.get(at - 1))) {
            return "";
        }
        String text = (String) m.get(at - 1).getValue();
        int nl = text.lastIndexOf('\n');
        String tail = text.substring(nl + 1);
        return nl >= 0 && tail.isBlank() ? tail : "";
    }

    /** One level of indentation, as the document around {@code o} uses it. */
    public static String unit(EObject o) {
        if (o.eContainer() == null) {
            return DEFAULT_UNIT;
        }
        String mine = indentOf(o);
        String outer = indentOf(o.eContainer());
        return mine.length() > outer.length() && mine.startsWith(outer) ? mine.substring(outer.length()) : DEFAULT_UNIT;
    }

    /** The position of {@code child}'s entry in {@code m}, or -1. */
    public static int indexOf(FeatureMap m, EObject child) {
        for (int i = 0; i < m.size(); i++) {
            if (m.get(i).getValue() == child) {
                return i;
            }
        }
        return -1;
    }

    static boolean isText(FeatureMap.Entry e) {
        return FeatureMapUtil.isText(e) && e.getValue() instanceof String s && s.isBlank();
    }

    private static boolean isElement(FeatureMap.Entry e) {
        return e.getEStructuralFeature() instanceof EReference;
    }

    /**
     * Adds whitespace to a detached subtree whose elements have none: each child on its own line,
     * one unit deeper than its parent, whose start tag is at {@code indent}.
     */
    public static void indentTree(EObject root, String indent, String unit) {
        if (ExtendedMetaData.INSTANCE.getMixedFeature(root.eClass()) == null) {
            return; // simple content such as <vcpu>4</vcpu>: no child elements to indent
        }
        FeatureMap m = mixed(root);
        List<FeatureMap.Entry> entries = new ArrayList<>(m);
        boolean hasElements = entries.stream().anyMatch(Indentation::isElement);
        boolean hasText = entries.stream().anyMatch(FeatureMapUtil::isText);
        if (!hasElements || hasText) {
            return;
        }
        List<FeatureMap.Entry> indented = new ArrayList<>();
        for (FeatureMap.Entry e : entries) {
            indented.add(FeatureMapUtil.createTextEntry("\n" + indent + unit));
            indented.add(e);
        }
        indented.add(FeatureMapUtil.createTextEntry("\n" + indent));
        m.clear();
        m.addAll(indented);
        for (FeatureMap.Entry e : entries) {
            if (e.getValue() instanceof EObject child) {
                indentTree(child, indent + unit, unit);
            }
        }
    }

    /** Inserts {@code child} (detached) as an element of {@code parent}, after {@code after}, or after the last child element when null. */
    public static Command insertAfter(String label, EObject parent, EStructuralFeature feature, EObject child, EObject after) {
        return insertAfter(label, parent, feature, List.of(child), after);
    }

    /** Inserts {@code children} (detached), each on its own line, the way {@link #insertAfter(String, EObject, EStructuralFeature, EObject, EObject)} inserts one. */
    public static Command insertAfter(String label, EObject parent, EStructuralFeature feature, List<? extends EObject> children,
            EObject after) {
        FeatureMap m = mixed(parent);
        String indent = childIndent(parent);
        String unit = unit(parent);
        int anchor = after != null ? indexOf(m, after) : lastElement(m);
        List<FeatureMap.Entry> entries = new ArrayList<>();
        for (EObject child : children) {
            indentTree(child, indent, unit);
            entries.add(FeatureMapUtil.createTextEntry("\n" + indent));
            entries.add(FeatureMapUtil.createEntry(feature, child));
        }
        if (anchor < 0) {
            // No element yet: the closing tag goes on its own line after the new child.
            boolean closingWhitespace = !m.isEmpty() && isText(m.get(m.size() - 1));
            if (!closingWhitespace) {
                entries.add(FeatureMapUtil.createTextEntry("\n" + indentOf(parent)));
            }
            return new MixedEdit(label, parent, m, closingWhitespace ? m.size() - 1 : m.size(), 0, entries);
        }
        return new MixedEdit(label, parent, m, anchor + 1, 0, entries);
    }

    /** Inserts {@code child} (detached) right before the element {@code before}, on its own line. */
    public static Command insertBefore(String label, EObject parent, EStructuralFeature feature, EObject child, EObject before) {
        FeatureMap m = mixed(parent);
        String indent = indentOf(before);
        indentTree(child, indent, unit(parent));
        List<FeatureMap.Entry> entries = List.of(FeatureMapUtil.createEntry(feature, child),
                FeatureMapUtil.createTextEntry("\n" + indent));
        return new MixedEdit(label, parent, m, indexOf(m, before), 0, entries);
    }

    /** Removes the element {@code child} and the whitespace before it. */
    public static Command remove(String label, EObject child) {
        EObject parent = child.eContainer();
        FeatureMap m = mixed(parent);
        int at = indexOf(m, child);
        boolean ws = at > 0 && isText(m.get(at - 1));
        return new MixedEdit(label, parent, m, ws ? at - 1 : at, ws ? 2 : 1, List.of());
    }

    /** Puts {@code replacement} (detached) where {@code old} is, as a {@code feature} element, in one edit. */
    public static Command replace(String label, EObject old, EStructuralFeature feature, EObject replacement) {
        EObject parent = old.eContainer();
        FeatureMap m = mixed(parent);
        indentTree(replacement, indentOf(old), unit(parent));
        return new MixedEdit(label, parent, m, indexOf(m, old), 1, List.of(FeatureMapUtil.createEntry(feature, replacement)));
    }

    /** Swaps two child elements of one parent; the whitespace stays where it is. */
    public static Command swap(String label, EObject first, EObject second) {
        EObject parent = first.eContainer();
        FeatureMap m = mixed(parent);
        int a = Math.min(indexOf(m, first), indexOf(m, second));
        int b = Math.max(indexOf(m, first), indexOf(m, second));
        List<FeatureMap.Entry> run = new ArrayList<>(m.subList(a, b + 1));
        FeatureMap.Entry head = run.get(0);
        run.set(0, run.get(run.size() - 1));
        run.set(run.size() - 1, head);
        return new MixedEdit(label, parent, m, a, b - a + 1, run);
    }

    private static String childIndent(EObject parent) {
        FeatureMap m = mixed(parent);
        for (FeatureMap.Entry e : m) {
            if (e.getValue() instanceof EObject child && isElement(e)) {
                return indentOf(child);
            }
        }
        return indentOf(parent) + unit(parent);
    }

    private static int lastElement(FeatureMap m) {
        for (int i = m.size() - 1; i >= 0; i--) {
            if (isElement(m.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
