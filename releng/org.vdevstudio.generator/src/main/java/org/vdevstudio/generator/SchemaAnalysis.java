package org.vdevstudio.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which element patterns of the schema become one model class.
 * <p>
 * RelaxNG lets one element name under one parent have several definitions (libvirt's
 * {@code <interface>} has a {@code <source>} per interface type, chosen by the {@code type}
 * attribute). A model class needs one feature per name, so all element patterns with the same
 * name under the same class are merged into one class (union-find), until nothing changes.
 * A define's element that is reached from several parents stays one class, shared.
 * <p>
 * Only the part of the schema in {@link Scope} is typed; the rest is kept by wildcards.
 */
final class SchemaAnalysis {

    static final int MANY = 2;

    /** What one class may contain, merged over all its element patterns. */
    static final class Content {
        final Map<String, List<Rng.Attribute>> attributes = new LinkedHashMap<>();
        final Map<String, List<Rng.Element>> elements = new LinkedHashMap<>();
        final Map<String, Integer> occurs = new HashMap<>();
        /** Text, data or value patterns directly in the element's content. */
        final List<Rng.Pattern> data = new ArrayList<>();
        boolean anyElement;
        boolean anyAttribute;
    }

    /** Which children of a class are typed. */
    interface Scope {
        boolean typed(ClassSet parent, String childElement);
    }

    /** A set of element patterns that become one class. */
    static final class ClassSet {
        final List<Rng.Element> patterns = new ArrayList<>();
        ClassSet parentForName;
        Content content;
        String name;

        String elementName() {
            return patterns.get(0).name;
        }

        boolean contains(Rng.Element e) {
            return patterns.contains(e);
        }
    }

    private final Rng.Grammar grammar;
    private final Scope scope;
    private final Map<Rng.Element, Rng.Element> parent = new IdentityHashMap<>();
    private final Map<String, Map<String, Integer>> occursByDefine = new HashMap<>();
    SchemaAnalysis(Rng.Grammar grammar, Scope scope) {
        this.grammar = grammar;
        this.scope = scope;
    }

    /** The classes, root first, then in order of discovery. */
    List<ClassSet> classes(Rng.Element root) {
        parent.put(root, root);
        boolean changed = true;
        List<Rng.Element> order = new ArrayList<>();
        order.add(root);
        while (changed) {
            changed = false;
            Map<Rng.Element, List<Rng.Element>> groups = groups(order);
            for (Map.Entry<Rng.Element, List<Rng.Element>> g : groups.entrySet()) {
                Content c = collect(g.getValue());
                for (Map.Entry<String, List<Rng.Element>> child : c.elements.entrySet()) {
                    if (!scope.typed(asSet(g.getValue(), c), child.getKey())) {
                        continue;
                    }
                    Rng.Element first = null;
                    for (Rng.Element e : child.getValue()) {
                        if (!parent.containsKey(e)) {
                            parent.put(e, e);
                            order.add(e);
                            changed = true;
                        }
                        if (first == null) {
                            first = e;
                        } else if (union(first, e)) {
                            changed = true;
                        }
                    }
                }
            }
        }
        List<ClassSet> result = new ArrayList<>();
        for (List<Rng.Element> members : groups(order).values()) {
            ClassSet set = new ClassSet();
            set.patterns.addAll(members);
            set.content = collect(members);
            result.add(set);
        }
        return result;
    }

    private static ClassSet asSet(List<Rng.Element> members, Content c) {
        ClassSet s = new ClassSet();
        s.patterns.addAll(members);
        s.content = c;
        return s;
    }

    private Map<Rng.Element, List<Rng.Element>> groups(List<Rng.Element> order) {
        Map<Rng.Element, List<Rng.Element>> groups = new LinkedHashMap<>();
        for (Rng.Element e : order) {
            groups.computeIfAbsent(find(e), k -> new ArrayList<>()).add(e);
        }
        return groups;
    }

    private Rng.Element find(Rng.Element e) {
        Rng.Element p = parent.get(e);
        while (p != parent.get(p)) {
            p = parent.get(p);
        }
        parent.put(e, p);
        return p;
    }

    private boolean union(Rng.Element a, Rng.Element b) {
        Rng.Element ra = find(a);
        Rng.Element rb = find(b);
        if (ra == rb) {
            return false;
        }
        parent.put(rb, ra);
        return true;
    }

    Content collect(List<Rng.Element> members) {
        Content c = new Content();
        for (Rng.Element e : members) {
            collect(e.content, c, new LinkedHashSet<>());
            for (Map.Entry<String, Integer> o : occurs(e.content).entrySet()) {
                c.occurs.merge(o.getKey(), o.getValue(), Math::max);
            }
        }
        return c;
    }

    private void collect(Rng.Pattern p, Content c, Set<String> refs) {
        if (p instanceof Rng.Element e) {
            if (e.name == null) {
                c.anyElement = true;
            } else {
                addUnique(c.elements.computeIfAbsent(e.name, k -> new ArrayList<>()), e);
            }
        } else if (p instanceof Rng.Attribute a) {
            if (a.name == null) {
                c.anyAttribute = true;
            } else {
                addUnique(c.attributes.computeIfAbsent(a.name, k -> new ArrayList<>()), a);
            }
        } else if (p instanceof Rng.Composite k) {
            for (Rng.Pattern child : k.children) {
                collect(child, c, refs);
            }
        } else if (p instanceof Rng.Repeated r) {
            int before = c.data.size();
            collect(r.child, c, refs);
            if (r.kind != Rng.Repeat.ONE_OR_MORE && c.data.size() > before) {
                c.data.add(new Rng.Empty()); // optional text: an empty element is valid too
            }
        } else if (p instanceof Rng.Ref r) {
            if (refs.add(r.name)) {
                collect(grammar.resolve(r), c, refs);
                refs.remove(r.name);
            }
        } else if (p instanceof Rng.Text || p instanceof Rng.Data || p instanceof Rng.Value) {
            c.data.add(p);
        }
    }

    private static <T> void addUnique(List<T> list, T item) {
        for (T t : list) {
            if (t == item) {
                return;
            }
        }
        list.add(item);
    }

    /** How often each child element name may occur: 1, or {@link #MANY}. */
    private Map<String, Integer> occurs(Rng.Pattern p) {
        Map<String, Integer> m = new HashMap<>();
        if (p instanceof Rng.Element e) {
            if (e.name != null) {
                m.put(e.name, 1);
            }
        } else if (p instanceof Rng.Composite k) {
            for (Rng.Pattern child : k.children) {
                for (Map.Entry<String, Integer> o : occurs(child).entrySet()) {
                    if (k.kind == Rng.Combine.CHOICE) {
                        m.merge(o.getKey(), o.getValue(), Math::max);
                    } else {
                        m.merge(o.getKey(), o.getValue(), (x, y) -> Math.min(MANY, x + y));
                    }
                }
            }
        } else if (p instanceof Rng.Repeated r) {
            m.putAll(occurs(r.child));
            if (r.kind != Rng.Repeat.OPTIONAL) {
                m.replaceAll((k, v) -> MANY);
            }
        } else if (p instanceof Rng.Ref r) {
            Map<String, Integer> cached = occursByDefine.get(r.name);
            if (cached == null) {
                occursByDefine.put(r.name, Map.of()); // a ref cycle passes through an element
                cached = occurs(grammar.resolve(r));
                occursByDefine.put(r.name, cached);
            }
            m.putAll(cached);
        }
        return m;
    }
}
