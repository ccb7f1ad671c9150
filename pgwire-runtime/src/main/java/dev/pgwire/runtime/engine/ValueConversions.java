package dev.pgwire.runtime.engine;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.types.CarrierText;
import dev.pgwire.runtime.types.PgInterval;
import dev.pgwire.runtime.types.PgType;
import dev.pgwire.runtime.types.PgTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Converts between the {@link dev.pgwire.runtime.spi.Values} representation the wire codecs use and
 * Calcite's internal one. They agree for almost everything; the differences are binary data
 * ({@code byte[]} vs {@link ByteString}), numbers whose Java class depends on how Calcite typed an
 * expression, and values PostgreSQL has no matching type for here (intervals, maps), sent as text.
 */
final class ValueConversions {
    private ValueConversions() {}

    /** A converter from Calcite's value of an expression to the representation of {@code target}. */
    static UnaryOperator<Object> toWire(PgType target, RelDataType source) {
        if (source.getSqlTypeName().getFamily() == org.apache.calcite.sql.type.SqlTypeFamily.INTERVAL_YEAR_MONTH) {
            return v -> v instanceof Number n ? Intervals.formatMonths(n.intValue()) : text(v);
        }
        if (source.getSqlTypeName().getFamily() == org.apache.calcite.sql.type.SqlTypeFamily.INTERVAL_DAY_TIME) {
            return v -> v instanceof Number n ? Intervals.formatMillis(n.longValue()) : text(v);
        }
        if (target.isArray()) {
            PgType element = PgTypes.byOid(target.elemOid());
            RelDataType component = source.getComponentType();
            UnaryOperator<Object> each = element == null || component == null
                    ? UnaryOperator.identity() : toWire(element, component);
            return v -> v instanceof List<?> list ? mapList(list, each) : v;
        }
        return switch (target.oid()) {
            case 16 -> v -> v;
            case 21 -> v -> v instanceof Number n ? (Object) n.shortValue() : v;
            case 23 -> v -> v instanceof Number n ? (Object) n.intValue() : v;
            case 20 -> v -> v instanceof Number n ? (Object) n.longValue() : v;
            case 700 -> v -> v instanceof Number n ? (Object) n.floatValue() : v;
            case 701 -> v -> v instanceof Number n ? (Object) n.doubleValue() : v;
            case 1700 -> ValueConversions::numeric;
            case 17 -> v -> v instanceof ByteString b ? b.getBytes() : v;
            case 1082, 1083 -> v -> v instanceof Number n ? (Object) n.intValue() : v;
            case 1114, 1184 -> v -> v instanceof Number n ? (Object) n.longValue() : v;
            case 2950 -> v -> v instanceof String s ? UUID.fromString(s) : v;
            case 1186 -> ValueConversions::interval;
            default -> ValueConversions::text;
        };
    }

    /** An interval column's carried text (CarrierText) as the codec's value, for every IntervalStyle and binary. */
    private static Object interval(Object v) {
        if (!(v instanceof String s)) {
            return v;
        }
        try {
            return CarrierText.parseInterval(s);
        } catch (PgException e) {
            throw new IllegalStateException("carried interval text does not parse: " + s, e);
        }
    }

    private static Object numeric(Object v) {
        BigDecimal d;
        if (v instanceof BigDecimal b) {
            d = b;
        } else if (v instanceof Number n) {
            d = v instanceof Double || v instanceof Float ? BigDecimal.valueOf(n.doubleValue())
                    : BigDecimal.valueOf(n.longValue());
        } else {
            return v;
        }
        return d;
    }

    private static List<Object> mapList(List<?> list, UnaryOperator<Object> each) {
        List<Object> out = new ArrayList<>(list.size());
        for (Object o : list) {
            out.add(o == null ? null : each.apply(o));
        }
        return out;
    }

    /** Text for values of types reported as text: strings as they are, arrays as PostgreSQL array text. */
    static Object text(Object v) {
        if (v == null || v instanceof String) {
            return v;
        }
        if (v instanceof List<?> list) {
            StringBuilder b = new StringBuilder("{");
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                Object e = list.get(i);
                b.append(e == null ? "NULL" : arrayElement(String.valueOf(text(e))));
            }
            return b.append('}').toString();
        }
        if (v instanceof Map<?, ?> map) {
            return map.toString();
        }
        if (v instanceof ByteString b) {
            return "\\x" + b.toString();
        }
        return v.toString();
    }

    private static String arrayElement(String s) {
        if (s.isEmpty() || s.equalsIgnoreCase("NULL") || s.chars().anyMatch(c -> "{},\"\\ ".indexOf(c) >= 0)) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return s;
    }

    /**
     * Converts a bound parameter to Calcite's representation of the type the plan expects.
     *
     * @throws PgException 22P02 when a text value cannot be read as that type
     */
    static Object toCalcite(Object v, RelDataType expected) throws PgException {
        if (v == null) {
            return null;
        }
        try {
            return switch (expected.getSqlTypeName()) {
                case BOOLEAN -> v instanceof String s ? parseBool(s) : v;
                case TINYINT -> v instanceof Number n ? (Object) n.byteValue() : Byte.valueOf(v.toString().trim());
                case SMALLINT -> v instanceof Number n ? (Object) n.shortValue() : Short.valueOf(v.toString().trim());
                case INTEGER -> v instanceof Number n ? (Object) n.intValue() : Integer.valueOf(v.toString().trim());
                case BIGINT -> v instanceof Number n ? (Object) n.longValue() : Long.valueOf(v.toString().trim());
                case REAL -> v instanceof Number n ? (Object) n.floatValue() : Float.valueOf(v.toString().trim());
                case FLOAT, DOUBLE -> v instanceof Number n ? (Object) n.doubleValue()
                        : Double.valueOf(v.toString().trim());
                case DECIMAL -> decimal(v);
                case CHAR, VARCHAR -> v instanceof byte[] || v instanceof ByteString ? v
                        : v instanceof PgInterval i ? CarrierText.interval(i) : v.toString();
                case BINARY, VARBINARY -> v instanceof byte[] b ? new ByteString(b) : v;
                case DATE, TIME -> v instanceof Number n ? (Object) n.intValue() : v;
                case TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE, TIMESTAMP_TZ ->
                        v instanceof Number n ? (Object) n.longValue() : v;
                case UUID -> v instanceof String s ? UUID.fromString(s.trim()) : v;
                case ARRAY -> array(v, expected.getComponentType());
                default -> v instanceof byte[] b ? new ByteString(b) : v;
            };
        } catch (IllegalArgumentException e) {
            throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION,
                    "invalid input syntax for type " + TypeMapping.pgType(expected).name() + ": \"" + v + "\"", e);
        }
    }

    private static Object array(Object v, RelDataType component) throws PgException {
        List<?> list = v instanceof List<?> l ? l : v instanceof Object[] a ? java.util.Arrays.asList(a) : null;
        if (list == null || component == null) {
            return v;
        }
        List<Object> out = new ArrayList<>(list.size());
        for (Object e : list) {
            out.add(toCalcite(e, component));
        }
        return out;
    }

    private static Object decimal(Object v) {
        if (v instanceof BigDecimal) {
            return v;
        }
        if (v instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (v instanceof Double || v instanceof Float) {
            return BigDecimal.valueOf(((Number) v).doubleValue());
        }
        if (v instanceof Number n) {
            return BigDecimal.valueOf(n.longValue());
        }
        return new BigDecimal(v.toString().trim());
    }

    private static Boolean parseBool(String s) {
        Boolean b = PgBooleans.parse(s);
        if (b == null) {
            throw new IllegalArgumentException(s);
        }
        return b;
    }
}
