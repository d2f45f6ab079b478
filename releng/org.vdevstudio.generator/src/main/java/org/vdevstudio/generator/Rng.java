package org.vdevstudio.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The patterns of a RelaxNG grammar (XML syntax), as far as libvirt's schemas use them.
 * Refs stay refs: {@link Grammar#resolve(Ref)} follows them, so recursive definitions are fine.
 */
final class Rng {

    private Rng() {
    }

    /** A pattern. Identity matters: one object per place in the schema. */
    abstract static class Pattern {
        /** "file.rng:line" of the pattern, for messages and stable ordering. */
        String where = "";
    }

    /** {@code <element name="x">}, or an element of any name when {@code name} is null. */
    static final class Element extends Pattern {
        final String name;
        Pattern content;
        /** The define whose body holds this element without another element between, if any. */
        String topOfDefine;

        Element(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return "element " + name + " @" + where;
        }
    }

    /** {@code <attribute name="x">}, or an attribute of any name when {@code name} is null. */
    static final class Attribute extends Pattern {
        final String name;
        Pattern content;

        Attribute(String name) {
            this.name = name;
        }
    }

    enum Combine { GROUP, INTERLEAVE, CHOICE }

    /** group, interleave, choice (and element/define bodies with several children, as a group). */
    static final class Composite extends Pattern {
        final Combine kind;
        final List<Pattern> children = new ArrayList<>();

        Composite(Combine kind) {
            this.kind = kind;
        }
    }

    enum Repeat { OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE }

    static final class Repeated extends Pattern {
        final Repeat kind;
        Pattern child;

        Repeated(Repeat kind) {
            this.kind = kind;
        }
    }

    static final class Ref extends Pattern {
        final String name;

        Ref(String name) {
            this.name = name;
        }
    }

    static final class Text extends Pattern {
    }

    static final class Empty extends Pattern {
    }

    static final class NotAllowed extends Pattern {
    }

    /** {@code <data type="...">} with its params (pattern, minInclusive, ...). */
    static final class Data extends Pattern {
        final String type;
        final Map<String, String> params = new LinkedHashMap<>();

        Data(String type) {
            this.type = type;
        }
    }

    /** {@code <value>literal</value>}. */
    static final class Value extends Pattern {
        final String value;

        Value(String value) {
            this.value = value;
        }
    }

    /** The grammar: its start pattern and its defines (after includes and combines). */
    static final class Grammar {
        Pattern start;
        final Map<String, Pattern> defines = new LinkedHashMap<>();

        Pattern resolve(Ref ref) {
            Pattern p = defines.get(ref.name);
            if (p == null) {
                throw new IllegalStateException("undefined ref " + ref.name + " at " + ref.where);
            }
            return p;
        }
    }
}
