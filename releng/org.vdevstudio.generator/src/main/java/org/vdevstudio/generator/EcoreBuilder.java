package org.vdevstudio.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.ExtendedMetaData;

/**
 * Builds the Ecore package from the analysed schema, annotated with ExtendedMetaData so that EMF
 * reads and writes libvirt's own XML: element and attribute names as in the schema, no namespace.
 * <p>
 * Every class with element content is <em>mixed</em> with an element and an attribute wildcard
 * ({@code lax}): text, comments and elements the model does not type stay in the mixed feature
 * map in document order and are written back in their place.
 */
final class EcoreBuilder {

    static final String NS_URI = "http://vdevstudio.org/schemas/libvirt/domain";
    private static final ExtendedMetaData EMD = ExtendedMetaData.INSTANCE;
    private static final EcoreFactory F = EcoreFactory.eINSTANCE;

    /** Figures for the coverage report. */
    final Set<Rng.Pattern> typedElements = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<Rng.Pattern> typedAttributes = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    int classCount;

    private final Rng.Grammar grammar;
    private final SchemaAnalysis.Scope scope;
    private final Names names = new Names("Domain");
    private final TypeInference types;
    private final Map<Rng.Element, SchemaAnalysis.ClassSet> setOf = new IdentityHashMap<>();
    private final Map<SchemaAnalysis.ClassSet, EClass> classOf = new IdentityHashMap<>();
    private final Map<String, Set<String>> topElementsOfDefine = new HashMap<>();
    private EClass emptyElement;

    EcoreBuilder(Rng.Grammar grammar, SchemaAnalysis.Scope scope) {
        this.grammar = grammar;
        this.scope = scope;
        this.types = new TypeInference(grammar, names);
    }

    EPackage build(List<SchemaAnalysis.ClassSet> sets) {
        for (SchemaAnalysis.ClassSet s : sets) {
            for (Rng.Element e : s.patterns) {
                setOf.put(e, s);
                if (e.topOfDefine != null) {
                    topElementsOfDefine.computeIfAbsent(e.topOfDefine, k -> new HashSet<>()).add(e.name);
                }
            }
        }
        EPackage pkg = F.createEPackage();
        pkg.setName("domain");
        pkg.setNsPrefix("domain");
        pkg.setNsURI(NS_URI);
        EMD.setQualified(pkg, false);

        SchemaAnalysis.ClassSet root = sets.get(0);
        List<SchemaAnalysis.ClassSet> order = nameClasses(root);
        for (SchemaAnalysis.ClassSet s : order) {
            EClass c = F.createEClass();
            c.setName(s.name);
            // The ExtendedMetaData name of a class is its XML *type* name: it must be unique
            // (several classes are for elements named "source"). Element names are on features.
            EMD.setName(c, s.name);
            classOf.put(s, c);
            pkg.getEClassifiers().add(c);
        }
        pkg.getEClassifiers().add(0, documentRoot(classOf.get(root)));
        for (SchemaAnalysis.ClassSet s : order) {
            fill(classOf.get(s), s);
        }
        if (emptyElement != null) {
            pkg.getEClassifiers().add(emptyElement);
        }
        pkg.getEClassifiers().addAll(types.created());
        classCount = order.size() + (emptyElement != null ? 1 : 0);
        return pkg;
    }

    /**
     * Names each class by context (HostdevSource, InterfaceVlan); the domain's and the devices'
     * children by their element (Os, Interface); a class shared by several parents after its
     * define, when the define is named after the element (Address, DeviceBoot, Rom).
     */
    private List<SchemaAnalysis.ClassSet> nameClasses(SchemaAnalysis.ClassSet root) {
        Map<SchemaAnalysis.ClassSet, Set<SchemaAnalysis.ClassSet>> parents = new IdentityHashMap<>();
        List<SchemaAnalysis.ClassSet> order = new ArrayList<>(List.of(root));
        for (int i = 0; i < order.size(); i++) {
            SchemaAnalysis.ClassSet s = order.get(i);
            for (SchemaAnalysis.ClassSet cs : typedChildren(s)) {
                if (parents.computeIfAbsent(cs, k -> new LinkedHashSet<>()).isEmpty()) {
                    order.add(cs);
                }
                parents.get(cs).add(s);
            }
        }
        root.name = names.classifier("domain");
        for (SchemaAnalysis.ClassSet cs : order.subList(1, order.size())) {
            SchemaAnalysis.ClassSet parent = parents.get(cs).iterator().next();
            cs.name = names.classifier(nameFor(cs, parents.get(cs), root));
        }
        return order;
    }

    private List<SchemaAnalysis.ClassSet> typedChildren(SchemaAnalysis.ClassSet s) {
        List<SchemaAnalysis.ClassSet> result = new ArrayList<>();
        for (Map.Entry<String, List<Rng.Element>> child : s.content.elements.entrySet()) {
            SchemaAnalysis.ClassSet cs = setOf.get(child.getValue().get(0));
            if (scope.typed(s, child.getKey()) && !isSimple(cs) && !isEmpty(cs)) {
                result.add(cs);
            }
        }
        return result;
    }

    private String nameFor(SchemaAnalysis.ClassSet s, Set<SchemaAnalysis.ClassSet> parents,
            SchemaAnalysis.ClassSet root) {
        String element = Names.camel(s.elementName(), true);
        SchemaAnalysis.ClassSet parent = parents.iterator().next();
        if (parent == root || "devices".equals(parent.elementName())) {
            return element;
        }
        if (parents.size() == 1) {
            return parent.name + element;
        }
        String d = s.patterns.get(0).topOfDefine;
        if (d != null && topElementsOfDefine.get(d).size() == 1 && !names.isTaken(Names.camel(d, true))
                && d.toLowerCase(java.util.Locale.ROOT).contains(s.elementName().toLowerCase(java.util.Locale.ROOT))
                && s.patterns.stream().allMatch(e -> d.equals(e.topOfDefine))) {
            return d;
        }
        // Shared by InterfaceSource and HostdevSource: SourceAddress.
        String common = null;
        for (SchemaAnalysis.ClassSet p : parents) {
            if (p.name != null) { // parents deeper in the tree are named later
                common = common == null ? p.name : Names.commonSuffix(common, p.name);
            }
        }
        return (common.isEmpty() ? parent.name : common) + element;
    }

    static boolean isSimple(SchemaAnalysis.ClassSet s) {
        SchemaAnalysis.Content c = s.content;
        return c.attributes.isEmpty() && c.elements.isEmpty() && !c.anyElement && !c.anyAttribute
                && !c.data.isEmpty();
    }

    static boolean isEmpty(SchemaAnalysis.ClassSet s) {
        SchemaAnalysis.Content c = s.content;
        return c.attributes.isEmpty() && c.elements.isEmpty() && !c.anyElement && !c.anyAttribute
                && c.data.isEmpty();
    }

    private static boolean isSimpleContent(SchemaAnalysis.ClassSet s) {
        SchemaAnalysis.Content c = s.content;
        return !c.data.isEmpty() && c.elements.isEmpty() && !c.anyElement;
    }

    private void fill(EClass c, SchemaAnalysis.ClassSet s) {
        typedElements.addAll(s.patterns);
        boolean mixed = !isSimpleContent(s);
        Set<String> featureNames = new LinkedHashSet<>(List.of("mixed", "any", "anyAttribute", "value"));
        if (mixed) {
            EMD.setContentKind(c, ExtendedMetaData.MIXED_CONTENT);
            c.getEStructuralFeatures().add(mixedFeature());
        } else {
            EMD.setContentKind(c, ExtendedMetaData.SIMPLE_CONTENT);
            EAttribute value = F.createEAttribute();
            value.setName("value");
            value.setEType(types.typeOf(s.content.data, c.getName() + "Value"));
            value.setUnsettable(value.getEType() instanceof EEnum);
            EMD.setName(value, ":0");
            EMD.setFeatureKind(value, ExtendedMetaData.SIMPLE_FEATURE);
            c.getEStructuralFeatures().add(value);
        }
        for (Map.Entry<String, List<Rng.Element>> child : s.content.elements.entrySet()) {
            if (scope.typed(s, child.getKey())) {
                boolean many = s.content.occurs.getOrDefault(child.getKey(), 1) == SchemaAnalysis.MANY;
                c.getEStructuralFeatures().add(element(c, child.getKey(), child.getValue(), many, mixed, featureNames));
            }
        }
        for (Map.Entry<String, List<Rng.Attribute>> a : s.content.attributes.entrySet()) {
            c.getEStructuralFeatures().add(attribute(c, a.getKey(), a.getValue(), featureNames));
            typedAttributes.addAll(a.getValue());
        }
        if (mixed) {
            c.getEStructuralFeatures().add(wildcard("any", ExtendedMetaData.ELEMENT_WILDCARD_FEATURE, c, true));
        }
        c.getEStructuralFeatures().add(wildcard("anyAttribute", ExtendedMetaData.ATTRIBUTE_WILDCARD_FEATURE, c, false));
    }

    private EStructuralFeature element(EClass owner, String xmlName, List<Rng.Element> patterns, boolean many,
            boolean mixed, Set<String> featureNames) {
        SchemaAnalysis.ClassSet cs = setOf.get(patterns.get(0));
        EStructuralFeature f;
        if (isSimple(cs)) {
            typedElements.addAll(cs.patterns);
            List<Rng.Pattern> contents = new ArrayList<>();
            for (Rng.Element e : cs.patterns) {
                contents.add(e.content);
            }
            EAttribute a = F.createEAttribute();
            a.setEType(types.typeOf(contents, owner.getName() + Names.camel(xmlName, true)));
            a.setUnsettable(a.getEType() instanceof EEnum);
            f = a;
        } else {
            EReference r = F.createEReference();
            r.setContainment(true);
            if (isEmpty(cs)) {
                typedElements.addAll(cs.patterns);
                r.setEType(emptyElement());
            } else {
                r.setEType(classOf.get(cs));
            }
            f = r;
        }
        // Lists read as plurals (getInterfaces(), getHostdevs()), as EMF models usually do.
        f.setName(featureName(many ? Names.plural(xmlName) : xmlName, featureNames, "Element"));
        f.setUpperBound(many ? -1 : 1);
        if (mixed) {
            f.setVolatile(true);
            f.setTransient(true);
            f.setDerived(true);
        }
        EMD.setName(f, xmlName);
        EMD.setFeatureKind(f, ExtendedMetaData.ELEMENT_FEATURE);
        return f;
    }

    private EAttribute attribute(EClass owner, String xmlName, List<Rng.Attribute> patterns, Set<String> featureNames) {
        List<Rng.Pattern> contents = new ArrayList<>();
        for (Rng.Attribute a : patterns) {
            contents.add(a.content);
        }
        EAttribute a = F.createEAttribute();
        a.setName(featureName(xmlName, featureNames, "Attribute"));
        EClassifier type = types.typeOf(contents, owner.getName() + Names.camel(xmlName, true));
        a.setEType(type);
        // An enum attribute must be unsettable: otherwise its first literal could not be written.
        a.setUnsettable(type instanceof EEnum);
        EMD.setName(a, xmlName);
        EMD.setFeatureKind(a, ExtendedMetaData.ATTRIBUTE_FEATURE);
        return a;
    }

    private static String featureName(String xmlName, Set<String> taken, String suffix) {
        String name = Names.identifier(xmlName, true);
        if (!taken.add(name)) {
            name = name + suffix;
            for (int i = 2; !taken.add(name); i++) {
                name = Names.identifier(xmlName, true) + suffix + i;
            }
        }
        return name;
    }

    /** The class of elements that have neither attributes nor content, such as {@code <readonly/>}. */
    private EClass emptyElement() {
        if (emptyElement == null) {
            emptyElement = F.createEClass();
            emptyElement.setName(names.classifier("EmptyElement"));
            EMD.setName(emptyElement, "emptyElement");
            EMD.setContentKind(emptyElement, ExtendedMetaData.MIXED_CONTENT);
            emptyElement.getEStructuralFeatures().add(mixedFeature());
            emptyElement.getEStructuralFeatures().add(wildcard("any", ExtendedMetaData.ELEMENT_WILDCARD_FEATURE, emptyElement, true));
            emptyElement.getEStructuralFeatures().add(wildcard("anyAttribute", ExtendedMetaData.ATTRIBUTE_WILDCARD_FEATURE, emptyElement, false));
        }
        return emptyElement;
    }

    private static EAttribute mixedFeature() {
        EAttribute m = F.createEAttribute();
        m.setName("mixed");
        m.setEType(EcorePackage.Literals.EFEATURE_MAP_ENTRY);
        m.setUpperBound(-1);
        m.setUnique(false);
        EMD.setName(m, ":mixed");
        EMD.setFeatureKind(m, ExtendedMetaData.ELEMENT_WILDCARD_FEATURE);
        return m;
    }

    private static EAttribute wildcard(String name, int kind, EClass owner, boolean inMixed) {
        EAttribute w = F.createEAttribute();
        w.setName(name);
        w.setEType(EcorePackage.Literals.EFEATURE_MAP_ENTRY);
        w.setUpperBound(-1);
        w.setUnique(false);
        if (inMixed) {
            w.setVolatile(true);
            w.setTransient(true);
            w.setDerived(true);
        }
        EMD.setName(w, ":" + owner.getEStructuralFeatures().size());
        EMD.setFeatureKind(w, kind);
        EMD.setWildcards(w, List.of("##any"));
        EMD.setProcessingKind(w, ExtendedMetaData.LAX_PROCESSING);
        return w;
    }

    private static EClass documentRoot(EClass domain) {
        EClass root = F.createEClass();
        root.setName("DocumentRoot");
        EMD.setDocumentRoot(root);
        root.getEStructuralFeatures().add(mixedFeature());
        root.getEStructuralFeatures().add(prefixMap("xMLNSPrefixMap", "xmlns:prefix"));
        root.getEStructuralFeatures().add(prefixMap("xSISchemaLocation", "xsi:schemaLocation"));
        EReference d = F.createEReference();
        d.setName("domain");
        d.setEType(domain);
        d.setContainment(true);
        d.setUpperBound(-2);
        d.setVolatile(true);
        d.setTransient(true);
        d.setDerived(true);
        EMD.setName(d, "domain");
        EMD.setFeatureKind(d, ExtendedMetaData.ELEMENT_FEATURE);
        EMD.setNamespace(d, "##targetNamespace");
        root.getEStructuralFeatures().add(d);
        return root;
    }

    private static EReference prefixMap(String name, String xmlName) {
        EReference r = F.createEReference();
        r.setName(name);
        r.setEType(EcorePackage.Literals.ESTRING_TO_STRING_MAP_ENTRY);
        r.setContainment(true);
        r.setUpperBound(-1);
        r.setTransient(true);
        EMD.setName(r, xmlName);
        EMD.setFeatureKind(r, ExtendedMetaData.ATTRIBUTE_FEATURE);
        return r;
    }
}
