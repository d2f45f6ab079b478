package org.vdevstudio.generator;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Java names for schema names: unique classifier names, safe feature names. */
final class Names {

    /** Names that would clash with java.lang or with what EMF's generated code imports. */
    private static final Set<String> RESERVED_CLASSIFIERS = Set.of("Object", "Class", "String", "Integer", "Long",
            "Boolean", "Short", "Byte", "Double", "Float", "Character", "Number", "Package", "Process", "Thread",
            "Module", "Record", "Enum", "Error", "Exception", "System", "Math", "Void", "Runtime", "Override",
            "Deprecated", "Iterable", "Runnable", "Compiler", "List", "Map", "Set", "Collection", "Iterator",
            "Date", "URI", "EList", "EObject", "EClass", "EClassifier", "FeatureMap", "Notification",
            "NotificationChain", "Diagnostic", "DiagnosticChain", "Resource", "DocumentRoot", "InternalEObject");

    private static final Set<String> JAVA_KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "var", "record", "yield");

    private final Set<String> classifiers = new HashSet<>();
    private final String packagePrefix;

    Names(String packagePrefix) {
        this.packagePrefix = packagePrefix;
        for (String s : new String[] {"Package", "Factory", "Switch", "Validator", "AdapterFactory", "ResourceImpl",
                "ResourceFactoryImpl", "XMLProcessor", "Plugin"}) {
            classifiers.add(packagePrefix + s);
        }
    }

    /** A unique classifier name made from a schema name. */
    String classifier(String schemaName) {
        String base = camel(schemaName, true);
        if (RESERVED_CLASSIFIERS.contains(base)) {
            base = base + "Type";
        }
        String name = base;
        for (int i = 2; !classifiers.add(name); i++) {
            name = base + i;
        }
        return name;
    }

    boolean isTaken(String name) {
        return classifiers.contains(name) || RESERVED_CLASSIFIERS.contains(name);
    }

    String packagePrefix() {
        return packagePrefix;
    }

    /** camelCase (or CamelCase) of a schema name such as "virtio-transitional" or "nativeMode". */
    static String camel(String s, boolean upperFirst) {
        StringBuilder b = new StringBuilder();
        boolean up = upperFirst;
        for (char c : s.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            } else {
                up = true;
            }
        }
        if (b.length() == 0) {
            b.append("_");
        }
        if (!upperFirst) {
            b.setCharAt(0, Character.toLowerCase(b.charAt(0)));
        }
        if (Character.isDigit(b.charAt(0))) {
            b.insert(0, '_');
        }
        return b.toString();
    }

    /** A Java identifier for a feature or an enum literal; keywords get a trailing underscore. */
    static String identifier(String s, boolean feature) {
        String id = camel(s, false);
        if (!feature) {
            // Literals keep their spelling (EMF upper-cases them for the Java constants).
            id = s.replaceAll("[^A-Za-z0-9]", "_");
            if (id.isEmpty() || Character.isDigit(id.charAt(0))) {
                id = "_" + id;
            }
        }
        return JAVA_KEYWORDS.contains(id.toLowerCase(Locale.ROOT)) ? id + "_" : id;
    }

    /** The English plural of a schema name, for list features. */
    static String plural(String s) {
        if (s.endsWith("s") || s.endsWith("x") || s.endsWith("ch") || s.endsWith("sh")) {
            return s.endsWith("es") || s.endsWith("rs") ? s : s + "es";
        }
        if (s.endsWith("y") && s.length() > 1 && "aeiou".indexOf(s.charAt(s.length() - 2)) < 0) {
            return s.substring(0, s.length() - 1) + "ies";
        }
        return s + "s";
    }

    /** The longest run of whole CamelCase words that both names end with. */
    static String commonSuffix(String a, String b) {
        String[] wa = a.split("(?=[A-Z])");
        String[] wb = b.split("(?=[A-Z])");
        int n = 0;
        while (n < wa.length && n < wb.length && wa[wa.length - 1 - n].equals(wb[wb.length - 1 - n])) {
            n++;
        }
        return String.join("", java.util.Arrays.copyOfRange(wa, wa.length - n, wa.length));
    }
}
