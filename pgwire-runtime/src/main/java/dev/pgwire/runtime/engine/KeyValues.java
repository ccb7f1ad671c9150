package dev.pgwire.runtime.engine;

import dev.pgwire.runtime.spi.ColumnType;
import java.math.BigDecimal;
import java.util.UUID;
import org.apache.calcite.util.NlsString;

/**
 * Turns the value a query compares a primary key with into the key's own representation, exactly: a
 * value no key can equal ({@code 2.5} for an integer key, a number out of the key's range) becomes
 * {@link #NO_MATCH}, a value of a kind this class does not know becomes {@link #UNKNOWN} (the caller then
 * scans, so the comparison keeps the engine's semantics).
 */
final class KeyValues {
    /** No row can have this key. */
    static final Object NO_MATCH = new Object();
    /** Not convertible here; scan instead. */
    static final Object UNKNOWN = new Object();

    private KeyValues() {}

    /** The class of a column's values in the engine's representation, when it can be a lookup key; else null. */
    static Class<?> internalClass(ColumnType type) {
        return switch (type) {
            case INT2 -> Short.class;
            case INT4 -> Integer.class;
            case INT8 -> Long.class;
            case TEXT, VARCHAR -> String.class;
            case UUID -> UUID.class;
            default -> null;
        };
    }

    /** {@code value} as a key of a {@code type} column, {@link #NO_MATCH}, or {@link #UNKNOWN}; null matches nothing. */
    static Object convert(Object value, ColumnType type) {
        if (value == null) {
            return NO_MATCH;
        }
        return switch (type) {
            case INT2 -> integral(value, Short.MIN_VALUE, Short.MAX_VALUE, type);
            case INT4 -> integral(value, Integer.MIN_VALUE, Integer.MAX_VALUE, type);
            case INT8 -> integral(value, Long.MIN_VALUE, Long.MAX_VALUE, type);
            case TEXT, VARCHAR -> value instanceof String s ? s
                    : value instanceof NlsString n ? n.getValue() : UNKNOWN;
            case UUID -> value instanceof UUID ? value : UNKNOWN;
            default -> UNKNOWN;
        };
    }

    private static Object integral(Object value, long min, long max, ColumnType type) {
        long v;
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            v = ((Number) value).longValue();
        } else if (value instanceof BigDecimal d) {
            if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
                return NO_MATCH;
            }
            if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
                return NO_MATCH;
            }
            v = d.longValue();
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || d < min || d > max) {
                return NO_MATCH;
            }
            if (Math.abs(d) >= 0x1p53) {
                // Many bigints round to this double: compare the engine's way.
                return UNKNOWN;
            }
            if (d != Math.rint(d)) {
                return NO_MATCH;
            }
            v = (long) d;
        } else {
            return UNKNOWN;
        }
        if (v < min || v > max) {
            return NO_MATCH;
        }
        return switch (type) {
            case INT2 -> (short) v;
            case INT4 -> (int) v;
            default -> v;
        };
    }
}
