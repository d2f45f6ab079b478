package org.vdevstudio.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.ExtendedMetaData;

/**
 * Turns the content of an attribute or of a text-only element into an Ecore type: a choice of
 * values becomes an enum (shared when it comes from one define, such as {@code virYesNo}); data
 * with facets (pattern, range) becomes a data type that carries them as ExtendedMetaData, so that
 * EMF's validator checks them; a mix of values and data becomes a string with a combined pattern.
 */
final class TypeInference {

    private static final ExtendedMetaData EMD = ExtendedMetaData.INSTANCE;

    private final Rng.Grammar grammar;
    private final Names names;
    private final List<EClassifier> created = new ArrayList<>();
    private final Map<String, EClassifier> byDefine = new LinkedHashMap<>();
    private final Map<String, EDataType> builtins = new LinkedHashMap<>();
    private final Map<String, EEnum> enumsByName = new LinkedHashMap<>();

    TypeInference(Rng.Grammar grammar, Names names) {
        this.grammar = grammar;
        this.names = names;
    }

    /** The enums and data types made so far, in order of creation. */
    List<EClassifier> created() {
        return created;
    }

    /**
     * The type for all the given content patterns of one feature (several when variants merge).
     * {@code context} names the type when no define does.
     */
    EClassifier typeOf(List<Rng.Pattern> contents, String context) {
        String define = commonDefine(contents);
        if (define != null && byDefine.containsKey(define)) {
            return byDefine.get(define);
        }
        List<Rng.Pattern> alts = new ArrayList<>();
        for (Rng.Pattern p : contents) {
            alternatives(p, alts, new LinkedHashSet<>());
        }
        EClassifier type = build(alts, define != null ? Names.camel(define, true) : context);
        if (define != null && created.contains(type)) {
            byDefine.put(define, type);
        }
        return type;
    }

    private EClassifier build(List<Rng.Pattern> alts, String name) {
        boolean allValues = !alts.isEmpty();
        boolean anyText = false;
        List<Rng.Data> datas = new ArrayList<>();
        Set<String> values = new LinkedHashSet<>();
        for (Rng.Pattern p : alts) {
            if (p instanceof Rng.Value v) {
                values.add(v.value);
            } else {
                allValues = false;
                if (p instanceof Rng.Data d) {
                    datas.add(d);
                } else {
                    anyText = true;
                }
            }
        }
        if (allValues) {
            return enumOf(name, values);
        }
        if (anyText || alts.isEmpty()) {
            return EcorePackage.Literals.ESTRING;
        }
        if (values.isEmpty() && datas.size() == 1) {
            return dataType(datas.get(0), name);
        }
        return unionOf(name, values, datas);
    }

    private EEnum enumOf(String name, Set<String> values) {
        EEnum same = enumsByName.get(name);
        if (same != null && literals(same).equals(values)) {
            return same;
        }
        EEnum e = EcoreFactory.eINSTANCE.createEEnum();
        e.setName(names.classifier(name));
        EMD.setName(e, e.getName());
        enumsByName.put(name, e);
        Set<String> used = new LinkedHashSet<>();
        int i = 0;
        for (String v : values) {
            EEnumLiteral l = EcoreFactory.eINSTANCE.createEEnumLiteral();
            String id = Names.identifier(v.isEmpty() ? "empty" : v, false);
            while (!used.add(id.toUpperCase(java.util.Locale.ROOT))) {
                id = id + "_";
            }
            l.setName(id);
            l.setLiteral(v);
            l.setValue(i++);
            e.getELiterals().add(l);
        }
        created.add(e);
        return e;
    }

    private static Set<String> literals(EEnum e) {
        Set<String> s = new LinkedHashSet<>();
        for (EEnumLiteral l : e.getELiterals()) {
            s.add(l.getLiteral());
        }
        return s;
    }

    private EClassifier dataType(Rng.Data d, String name) {
        XsdType x = XsdType.of(d.type);
        if (d.params.isEmpty()) {
            return builtin(x);
        }
        EDataType t = newDataType(name, x);
        String pattern = d.params.get("pattern");
        if (pattern != null) {
            EMD.setPatternFacet(t, List.of(pattern));
        }
        if (d.params.containsKey("minInclusive")) {
            EMD.setMinInclusiveFacet(t, d.params.get("minInclusive").trim());
        } else if (x.min != null) {
            EMD.setMinInclusiveFacet(t, x.min);
        }
        if (d.params.containsKey("maxInclusive")) {
            EMD.setMaxInclusiveFacet(t, d.params.get("maxInclusive").trim());
        } else if (x.max != null) {
            EMD.setMaxInclusiveFacet(t, x.max);
        }
        if (d.params.containsKey("maxLength")) {
            EMD.setMaxLengthFacet(t, Integer.parseInt(d.params.get("maxLength").trim()));
        }
        return t;
    }

    /** The shared type of an XML Schema type without facets of its own (UnsignedInt, ...). */
    private EDataType builtin(XsdType x) {
        if (x.ecore != null) {
            return x.ecore;
        }
        return builtins.computeIfAbsent(x.name, n -> {
            EDataType t = newDataType(Names.camel(n, true), x);
            if (x.min != null) {
                EMD.setMinInclusiveFacet(t, x.min);
            }
            if (x.max != null) {
                EMD.setMaxInclusiveFacet(t, x.max);
            }
            return t;
        });
    }

    /** Values and data mixed: a string whose pattern accepts any of them (when each has one). */
    private EClassifier unionOf(String name, Set<String> values, List<Rng.Data> datas) {
        List<String> regexes = new ArrayList<>();
        for (String v : values) {
            regexes.add(escape(v));
        }
        for (Rng.Data d : datas) {
            String r = d.params.get("pattern");
            if (r == null) {
                r = XsdType.of(d.type).regex;
            }
            if (r == null) {
                return EcorePackage.Literals.ESTRING;
            }
            regexes.add("(" + r + ")");
        }
        EDataType t = newDataType(name, XsdType.of("string"));
        EMD.setPatternFacet(t, List.of(String.join("|", regexes)));
        return t;
    }

    private static String escape(String literal) {
        StringBuilder b = new StringBuilder();
        for (char c : literal.toCharArray()) {
            if ("\\.^$|?*+()[]{}-".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    private EDataType newDataType(String name, XsdType x) {
        EDataType t = EcoreFactory.eINSTANCE.createEDataType();
        t.setName(names.classifier(name));
        t.setInstanceClassName(x.javaClass);
        EMD.setName(t, t.getName());
        created.add(t);
        return t;
    }

    /** The define all contents refer to, when each is exactly a ref to the same one. */
    private static String commonDefine(List<Rng.Pattern> contents) {
        String name = null;
        for (Rng.Pattern p : contents) {
            if (!(p instanceof Rng.Ref r) || (name != null && !name.equals(r.name))) {
                return null;
            }
            name = r.name;
        }
        return name;
    }

    private void alternatives(Rng.Pattern p, List<Rng.Pattern> out, Set<String> refs) {
        if (p instanceof Rng.Composite c && (c.kind == Rng.Combine.CHOICE || c.children.size() == 1)) {
            for (Rng.Pattern child : c.children) {
                alternatives(child, out, refs);
            }
        } else if (p instanceof Rng.Ref r) {
            if (refs.add(r.name)) {
                alternatives(grammar.resolve(r), out, refs);
            }
        } else if (p instanceof Rng.Repeated r) {
            alternatives(r.child, out, refs);
        } else if (p instanceof Rng.Empty) {
            out.add(new Rng.Value(""));
        } else if (p instanceof Rng.NotAllowed) {
            return;
        } else if (p instanceof Rng.Value v) {
            for (Rng.Pattern o : out) {
                if (o instanceof Rng.Value ov && ov.value.equals(v.value)) {
                    return;
                }
            }
            out.add(p);
        } else if (p instanceof Rng.Data || p instanceof Rng.Text) {
            out.add(p);
        } else {
            out.add(new Rng.Text()); // a group or list of values: kept as text
        }
    }

    /** XML Schema datatypes as libvirt's schema uses them. */
    private record XsdType(String name, String javaClass, EDataType ecore, String min, String max, String regex) {
        static XsdType of(String type) {
            return switch (type == null ? "string" : type) {
                case "int" -> new XsdType(type, "java.lang.Integer", EcorePackage.Literals.EINTEGER_OBJECT, null, null, "-?[0-9]+");
                case "short" -> new XsdType(type, "java.lang.Integer", null, "-32768", "32767", "-?[0-9]+");
                case "long" -> new XsdType(type, "java.lang.Long", EcorePackage.Literals.ELONG_OBJECT, null, null, "-?[0-9]+");
                case "integer" -> new XsdType(type, "java.lang.Long", EcorePackage.Literals.ELONG_OBJECT, null, null, "-?[0-9]+");
                case "unsignedShort" -> new XsdType(type, "java.lang.Integer", null, "0", "65535", "[0-9]+");
                case "unsignedInt" -> new XsdType(type, "java.lang.Long", null, "0", "4294967295", "[0-9]+");
                case "unsignedLong" -> new XsdType(type, "java.math.BigInteger", null, "0", "18446744073709551615", "[0-9]+");
                case "positiveInteger" -> new XsdType(type, "java.math.BigInteger", null, "1", null, "[0-9]+");
                case "double" -> new XsdType(type, "java.lang.Double", EcorePackage.Literals.EDOUBLE_OBJECT, null, null, null);
                default -> new XsdType("string", "java.lang.String", EcorePackage.Literals.ESTRING, null, null, null);
            };
        }
    }
}
