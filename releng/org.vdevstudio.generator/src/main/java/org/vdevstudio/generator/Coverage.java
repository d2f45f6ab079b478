package org.vdevstudio.generator;

import java.io.PrintStream;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How much of the schema the model types: element and attribute patterns (places in the schema)
 * and distinct names, against the schema's total, and for the closure of {@code <interface>} and
 * {@code <hostdev>}, where the model must type everything.
 */
public record Coverage(int schemaElements, int typedElements, int schemaAttributes, int typedAttributes,
        int schemaElementNames, int typedElementNames, int schemaAttributeNames, int typedAttributeNames,
        int deviceElements, int typedDeviceElements, int deviceAttributes, int typedDeviceAttributes,
        Set<String> untypedDevicePatterns, int classes) {

    static Coverage of(Rng.Grammar grammar, EcoreBuilder builder, List<SchemaAnalysis.ClassSet> classes) {
        Set<Rng.Pattern> schemaElements = identitySet();
        Set<Rng.Pattern> schemaAttributes = identitySet();
        closure(grammar, grammar.start, schemaElements, schemaAttributes, new HashSet<>());
        Set<Rng.Pattern> devElements = identitySet();
        Set<Rng.Pattern> devAttributes = identitySet();
        for (SchemaAnalysis.ClassSet s : classes) {
            if (ModelGenerator.TYPED_DEVICES.contains(s.elementName()) && s.patterns.get(0).topOfDefine != null) {
                for (Rng.Element e : s.patterns) {
                    closure(grammar, e, devElements, devAttributes, new HashSet<>());
                }
            }
        }
        Set<String> untyped = new TreeSet<>();
        int typedDevEl = 0;
        for (Rng.Pattern p : devElements) {
            if (builder.typedElements.contains(p)) {
                typedDevEl++;
            } else {
                untyped.add(describe(p));
            }
        }
        int typedDevAttr = 0;
        for (Rng.Pattern p : devAttributes) {
            if (builder.typedAttributes.contains(p)) {
                typedDevAttr++;
            } else {
                untyped.add(describe(p));
            }
        }
        return new Coverage(schemaElements.size(), builder.typedElements.size(),
                schemaAttributes.size(), builder.typedAttributes.size(),
                names(schemaElements), names(builder.typedElements),
                names(schemaAttributes), names(builder.typedAttributes),
                devElements.size(), typedDevEl, devAttributes.size(), typedDevAttr, untyped, builder.classCount);
    }

    private static Set<Rng.Pattern> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private static int names(Set<Rng.Pattern> patterns) {
        Set<String> n = new HashSet<>();
        for (Rng.Pattern p : patterns) {
            String name = p instanceof Rng.Element e ? e.name : ((Rng.Attribute) p).name;
            if (name != null) {
                n.add(name);
            }
        }
        return n.size();
    }

    private static String describe(Rng.Pattern p) {
        return (p instanceof Rng.Element e ? "element " + e.name : "attribute " + ((Rng.Attribute) p).name)
                + " (" + p.where + ")";
    }

    /** Named element and attribute patterns under an element (any-name patterns are wildcards). */
    private static void closure(Rng.Grammar g, Rng.Pattern p, Set<Rng.Pattern> elements, Set<Rng.Pattern> attributes,
            Set<String> refs) {
        if (p instanceof Rng.Element e) {
            if (e.name != null && elements.add(e)) {
                closure(g, e.content, elements, attributes, refs);
            }
        } else if (p instanceof Rng.Attribute a) {
            if (a.name != null) {
                attributes.add(a);
            }
        } else if (p instanceof Rng.Composite c) {
            for (Rng.Pattern child : c.children) {
                closure(g, child, elements, attributes, refs);
            }
        } else if (p instanceof Rng.Repeated r) {
            closure(g, r.child, elements, attributes, refs);
        } else if (p instanceof Rng.Ref r && refs.add(r.name)) {
            closure(g, g.resolve(r), elements, attributes, refs);
        }
    }

    void print(PrintStream out) {
        out.printf("model: %d classes%n", classes);
        out.printf("coverage, whole schema: %d of %d element patterns (%d of %d names), "
                + "%d of %d attribute patterns (%d of %d names) typed%n",
                typedElements, schemaElements, typedElementNames, schemaElementNames,
                typedAttributes, schemaAttributes, typedAttributeNames, schemaAttributeNames);
        out.printf("coverage, <interface> and <hostdev>: %d of %d element patterns, %d of %d attribute patterns typed%n",
                typedDeviceElements, deviceElements, typedDeviceAttributes, deviceAttributes);
        for (String u : untypedDevicePatterns) {
            out.println("  untyped: " + u);
        }
    }
}
