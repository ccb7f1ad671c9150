package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Writes Java values as normalised {@code jsonb} text, without reflection: maps (string keys) are objects,
 * collections and arrays are arrays, numbers are {@code numeric}s, booleans and null are themselves, empty optionals
 * are null, non-finite floats and every other value are strings ({@code toString()}; temporal values in ISO-8601 as
 * PostgreSQL's {@code to_jsonb} writes them, instants in UTC). Generated code turns nested records into maps first.
 */
final class JsonbWriter {
    /** One object member: its key and its value's finished text. */
    record Member(String key, String text) {}

    private JsonbWriter() {}

    /** The jsonb text of {@code value}. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder(64);
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object v) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            appendString(out, s);
        } else if (v instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger) {
            out.append(v);
        } else if (v instanceof Double || v instanceof Float) {
            appendFloat(out, ((Number) v).doubleValue(), v.toString());
        } else if (v instanceof BigDecimal d) {
            appendNumber(out, d);
        } else if (v instanceof Map<?, ?> map) {
            appendMap(out, map);
        } else if (v instanceof Collection<?> c) {
            appendArray(out, c);
        } else if (v instanceof Object[] a) {
            appendArray(out, Arrays.asList(a));
        } else if (v.getClass().isArray()) {
            Object items = primitiveArray(v);
            if (items instanceof String hex) {
                appendString(out, hex);
            } else {
                appendArray(out, (List<?>) items);
            }
        } else if (v instanceof Optional<?> o) {
            append(out, o.orElse(null));
        } else if (v instanceof OptionalInt o) {
            append(out, o.isPresent() ? (Object) o.getAsInt() : null);
        } else if (v instanceof OptionalLong o) {
            append(out, o.isPresent() ? (Object) o.getAsLong() : null);
        } else if (v instanceof OptionalDouble o) {
            append(out, o.isPresent() ? (Object) o.getAsDouble() : null);
        } else if (v instanceof Enum<?> e) {
            appendString(out, e.name());
        } else {
            appendString(out, temporal(v));
        }
    }

    private static void appendFloat(StringBuilder out, double d, String javaText) {
        if (Double.isFinite(d)) {
            // The shortest decimal that reads back as the same float or double, as numeric reads it.
            appendNumber(out, new BigDecimal(javaText));
        } else {
            appendString(out, Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        }
    }

    private static void appendNumber(StringBuilder out, BigDecimal d) {
        try {
            JsonbText.appendNumber(out, d);
        } catch (PgException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static void appendMap(StringBuilder out, Map<?, ?> map) {
        List<Member> members = new ArrayList<>(map.size());
        for (Map.Entry<?, ?> e : map.entrySet()) {
            StringBuilder v = new StringBuilder();
            append(v, e.getValue());
            members.add(new Member(String.valueOf(e.getKey()), v.toString()));
        }
        appendObject(out, members);
    }

    private static void appendArray(StringBuilder out, Collection<?> items) {
        out.append('[');
        boolean first = true;
        for (Object item : items) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            append(out, item);
        }
        out.append(']');
    }

    /** Sorts members as jsonb stores them (length, then bytes; the last duplicate wins) and appends the object. */
    static void appendObject(StringBuilder out, List<Member> members) {
        int n = members.size();
        byte[][] keys = new byte[n][];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            keys[i] = JsonbText.utf8(members.get(i).key());
            order[i] = i;
        }
        // Stable sort: equal keys keep input order, so the last one is the one to keep.
        Arrays.sort(order, (a, b) -> JsonbText.compareKeys(keys[a], keys[b]));
        out.append('{');
        boolean first = true;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (k + 1 < n && JsonbText.compareKeys(keys[i], keys[order[k + 1]]) == 0) {
                continue;
            }
            if (!first) {
                out.append(", ");
            }
            first = false;
            Member m = members.get(i);
            appendString(out, m.key());
            out.append(": ").append(m.text());
        }
        out.append('}');
    }

    /** PostgreSQL's {@code escape_json}. */
    static void appendString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static String temporal(Object v) {
        if (v instanceof LocalDateTime t) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
        }
        if (v instanceof Instant i) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(i.atOffset(ZoneOffset.UTC));
        }
        if (v instanceof OffsetDateTime t) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
        }
        if (v instanceof ZonedDateTime t) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
        }
        return v.toString();
    }

    /** Primitive arrays as lists, without reflection; {@code byte[]} is bytea, written as its hex text. */
    private static Object primitiveArray(Object a) {
        List<Object> out = new ArrayList<>();
        if (a instanceof int[] v) {
            for (int x : v) {
                out.add(x);
            }
        } else if (a instanceof long[] v) {
            for (long x : v) {
                out.add(x);
            }
        } else if (a instanceof short[] v) {
            for (short x : v) {
                out.add(x);
            }
        } else if (a instanceof double[] v) {
            for (double x : v) {
                out.add(x);
            }
        } else if (a instanceof float[] v) {
            for (float x : v) {
                out.add(x);
            }
        } else if (a instanceof boolean[] v) {
            for (boolean x : v) {
                out.add(x);
            }
        } else if (a instanceof char[] v) {
            for (char x : v) {
                out.add(String.valueOf(x));
            }
        } else if (a instanceof byte[] v) {
            StringBuilder hex = new StringBuilder(2 + v.length * 2).append("\\x");
            for (byte b : v) {
                hex.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
            }
            return hex.toString();
        }
        return out;
    }
}
