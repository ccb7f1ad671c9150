package dev.pgwire.runtime.engine;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Run-time helpers of {@link JsonBuildObject}, called from generated code: JSON text as PostgreSQL's
 * {@code json} output writes it ({@code {"a" : 1, "b" : "x"}}).
 */
public final class JsonText {
    /** Marks a key or value that was SQL NULL; keys may not be. */
    private static final Object NULL = new Object();

    private JsonText() {}

    /** A value to quote as a JSON string (or NULL). */
    public static Object string(Object value) {
        return value == null ? NULL : quote(value.toString());
    }

    /** A number or boolean, written as is (or NULL). */
    public static Object bare(Object value) {
        if (value == null) {
            return NULL;
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    /**
     * A value of SQL type {@code typeName} in Calcite's internal form (days, milliseconds), as a JSON
     * string: ISO 8601 with a {@code T}, as PostgreSQL writes dates and times in JSON. timestamptz is
     * written in UTC.
     */
    public static Object typed(Object value, String typeName) {
        if (value == null) {
            return NULL;
        }
        String text = switch (typeName) {
            case "DATE" -> LocalDate.ofEpochDay(((Number) value).longValue()).toString();
            case "TIME" -> DateTimeFormatter.ISO_LOCAL_TIME.format(
                    LocalTime.ofNanoOfDay(((Number) value).longValue() * 1_000_000L));
            case "TIMESTAMP" -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(utc(((Number) value).longValue()));
            case "TIMESTAMP_WITH_LOCAL_TIME_ZONE" ->
                    DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(utc(((Number) value).longValue())) + "+00:00";
            default -> value.toString();
        };
        return quote(text);
    }

    private static LocalDateTime utc(long millis) {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000L), (int) Math.floorMod(millis, 1000L) * 1_000_000,
                ZoneOffset.UTC);
    }

    /** {@code {"k1" : v1, "k2" : v2}} from rendered alternating keys and values. */
    public static String object(Object[] parts) {
        if (parts.length % 2 != 0) {
            throw error("argument list must have even number of elements");
        }
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < parts.length; i += 2) {
            if (parts[i] == NULL) {
                throw error("argument " + (i + 1) + " cannot be null");
            }
            if (i > 0) {
                b.append(", ");
            }
            b.append(parts[i]).append(" : ").append(parts[i + 1] == NULL ? "null" : parts[i + 1]);
        }
        return b.append('}').toString();
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static RuntimeException error(String message) {
        return new RuntimeException(message, new PgException(SqlState.INVALID_PARAMETER_VALUE, message));
    }
}
