package dev.pgwire.runtime.spi;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.types.CarrierText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Converts Java values to the engine's internal representation. Generated extractors call these
 * for every non-trivial column type; {@code null} stays {@code null}.
 *
 * <p>Representation (shared by the engine and the wire codecs): BOOL {@code Boolean}; INT2
 * {@code Short}; INT4 {@code Integer}; INT8 {@code Long}; FLOAT4 {@code Float}; FLOAT8
 * {@code Double}; NUMERIC {@code BigDecimal}; TEXT/VARCHAR/CHAR {@code String}; BYTEA
 * {@code byte[]}; UUID {@code java.util.UUID}; DATE {@code Integer} days since 1970-01-01; TIME
 * {@code Integer} milliseconds of the day; TIMESTAMP {@code Long} milliseconds since 1970-01-01
 * 00:00 of the wall clock; TIMESTAMPTZ {@code Long} milliseconds since the epoch (UTC); INET, TIMETZ, INTERVAL
 * and JSONB {@code String}s of PostgreSQL's canonical output text (see {@link CarrierText}); arrays unmodifiable
 * {@code List}s of element values (null elements allowed).
 */
public final class Values {
    private Values() {}

    public static Short int2(byte v) {
        return (short) v;
    }

    public static Short int2(Byte v) {
        return v == null ? null : (short) v.byteValue();
    }

    public static BigDecimal numeric(BigInteger v) {
        return v == null ? null : new BigDecimal(v);
    }

    public static String text(Enum<?> v) {
        return v == null ? null : v.name();
    }

    public static String text(char v) {
        return String.valueOf(v);
    }

    public static String text(Character v) {
        return v == null ? null : String.valueOf(v.charValue());
    }

    public static Integer date(LocalDate v) {
        return v == null ? null : Math.toIntExact(v.toEpochDay());
    }

    public static Integer time(LocalTime v) {
        return v == null ? null : (int) (v.toNanoOfDay() / 1_000_000L);
    }

    public static Long timestamp(LocalDateTime v) {
        return v == null ? null : v.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    public static Long timestamptz(Instant v) {
        return v == null ? null : v.toEpochMilli();
    }

    public static Long timestamptz(OffsetDateTime v) {
        return v == null ? null : v.toInstant().toEpochMilli();
    }

    public static Long timestamptz(ZonedDateTime v) {
        return v == null ? null : v.toInstant().toEpochMilli();
    }

    public static String inet(InetAddress v) {
        return v == null ? null : CarrierText.inet(v);
    }

    public static String timetz(OffsetTime v) {
        return v == null ? null : CarrierText.timetz(v);
    }

    public static String interval(Duration v) {
        return v == null ? null : CarrierText.interval(v);
    }

    public static String interval(Period v) {
        return v == null ? null : CarrierText.interval(v);
    }

    /** jsonb of a map, collection, array or scalar; generated code has already turned nested records into maps. */
    public static String jsonb(Object v) {
        return v == null ? null : CarrierText.jsonb(v);
    }

    /** JSON text ({@code @PgColumn(type = "jsonb")} on a {@code String}), normalised; invalid JSON fails the query. */
    public static String jsonbText(String v) {
        if (v == null) {
            return null;
        }
        try {
            return CarrierText.jsonbText(v);
        } catch (PgException e) {
            // A plain RuntimeException: the engine unwraps it and reports the PgException's SQLSTATE.
            throw new RuntimeException(e);
        }
    }

    /** A map with each non-null value converted (nested records inside jsonb maps), in the map's order. */
    public static <K, V> Map<K, Object> map(Map<K, V> v, Function<? super V, ?> each) {
        if (v == null) {
            return null;
        }
        Map<K, Object> out = new LinkedHashMap<>(Math.max(4, v.size() * 2));
        for (Map.Entry<K, V> e : v.entrySet()) {
            out.put(e.getKey(), e.getValue() == null ? null : each.apply(e.getValue()));
        }
        return out;
    }

    // Optional members: empty is NULL.

    public static <T> T orNull(Optional<T> v) {
        return v == null ? null : v.orElse(null);
    }

    public static Integer int4(OptionalInt v) {
        return v == null || v.isEmpty() ? null : v.getAsInt();
    }

    public static Long int8(OptionalLong v) {
        return v == null || v.isEmpty() ? null : v.getAsLong();
    }

    public static Double float8(OptionalDouble v) {
        return v == null || v.isEmpty() ? null : v.getAsDouble();
    }

    // Arrays: a snapshot of the elements, so the application may change its collection while a query runs.

    public static List<Object> list(Collection<?> v) {
        return v == null ? null : Arrays.asList(v.toArray());
    }

    public static <T> List<Object> list(Collection<T> v, Function<? super T, ?> each) {
        if (v == null) {
            return null;
        }
        Object[] out = v.toArray();
        for (int i = 0; i < out.length; i++) {
            @SuppressWarnings("unchecked")
            T e = (T) out[i];
            out[i] = e == null ? null : each.apply(e);
        }
        return Arrays.asList(out);
    }

    public static List<Object> list(Object[] v) {
        return v == null ? null : Arrays.asList(v.clone());
    }

    public static <T> List<Object> list(T[] v, Function<? super T, ?> each) {
        if (v == null) {
            return null;
        }
        Object[] out = new Object[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] == null ? null : each.apply(v[i]);
        }
        return Arrays.asList(out);
    }

    public static List<Object> list(boolean[] v) {
        return v == null ? null : boxed(v.length, i -> v[i]);
    }

    public static List<Object> list(short[] v) {
        return v == null ? null : boxed(v.length, i -> v[i]);
    }

    public static List<Object> list(int[] v) {
        return v == null ? null : boxed(v.length, i -> v[i]);
    }

    public static List<Object> list(long[] v) {
        return v == null ? null : boxed(v.length, i -> v[i]);
    }

    public static List<Object> list(float[] v) {
        return v == null ? null : boxed(v.length, i -> v[i]);
    }

    public static List<Object> list(double[] v) {
        return v == null ? null : boxed(v.length, i -> v[i]);
    }

    /** {@code char[]} as {@code character(1)[]}. */
    public static List<Object> list(char[] v) {
        return v == null ? null : boxed(v.length, i -> String.valueOf(v[i]));
    }

    /** A primitive array's elements, boxed: one loop for every element type, without java.lang.reflect.Array. */
    private static List<Object> boxed(int length, IntFunction<Object> element) {
        Object[] out = new Object[length];
        for (int i = 0; i < length; i++) {
            out[i] = element.apply(i);
        }
        return Arrays.asList(out);
    }
}
