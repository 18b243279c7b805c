package dev.dslfix.lang.playbook;

import java.util.ArrayList;
import java.util.List;

/**
 * A YAML node of a playbook, as the checker sees it: a mapping, a sequence, a scalar, a null
 * (nothing after "key:" or "- ") or an alias. Offsets are UTF-16, end exclusive.
 */
final class YNode {
    enum Kind { MAP, SEQ, SCALAR, NULL, ALIAS }

    enum Style { PLAIN, DOUBLE, SINGLE, LITERAL, FOLDED, BROKEN }

    /** Raw text of a scalar as written, where it starts: Jinja is searched in these. */
    record Segment(int start, String text) {
    }

    record Entry(YNode key, YNode value) {
    }

    final Kind kind;
    int start;
    int end;
    /** SCALAR: the value (quotes and escapes resolved, lines folded). */
    String value = "";
    Style style = Style.PLAIN;
    final List<Segment> segments = new ArrayList<>(1);
    final List<Entry> entries = new ArrayList<>();
    final List<YNode> items = new ArrayList<>();
    String tag;
    /** ALIAS: the anchored node it refers to, when the anchor was seen before. */
    YNode target;

    YNode(Kind kind, int start, int end) {
        this.kind = kind;
        this.start = start;
        this.end = end;
    }

    boolean isMap() {
        return kind == Kind.MAP;
    }

    boolean isSeq() {
        return kind == Kind.SEQ;
    }

    boolean isScalar() {
        return kind == Kind.SCALAR;
    }

    boolean isNull() {
        return kind == Kind.NULL || (kind == Kind.SCALAR && style == Style.PLAIN && Scalars.resolve(value) == Scalars.Type.NULL);
    }

    /** The YAML type of a scalar: quoted and block scalars are strings. */
    Scalars.Type type() {
        if (kind == Kind.NULL) {
            return Scalars.Type.NULL;
        }
        if (kind != Kind.SCALAR) {
            return Scalars.Type.STRING;
        }
        return style == Style.PLAIN ? Scalars.resolve(value) : Scalars.Type.STRING;
    }

    /** Whether a scalar has a Jinja expression in it. */
    boolean templated() {
        return kind == Kind.SCALAR && (value.contains("{{") || value.contains("{%"));
    }

    /** The value of a mapping's key, or null. */
    YNode get(String key) {
        for (Entry e : entries) {
            if (e.key().value.equals(key)) {
                return e.value();
            }
        }
        return null;
    }

    Entry entry(String key) {
        for (Entry e : entries) {
            if (e.key().value.equals(key)) {
                return e;
            }
        }
        return null;
    }

    boolean has(String key) {
        return entry(key) != null;
    }

    /** A short description for messages: "a list", "a mapping", "the string 'x'", ... */
    String describe() {
        return switch (kind) {
            case MAP -> "a mapping";
            case SEQ -> "a list";
            case NULL -> "no value";
            case ALIAS -> "an alias";
            case SCALAR -> switch (type()) {
                case NULL -> "no value";
                case BOOL -> "the boolean " + value;
                case INT, FLOAT -> "the number " + value;
                case STRING -> "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
            };
        };
    }
}
