package dev.pgwire.runtime.spi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Converts Java values to the engine's internal representation. Generated extractors call these
 * for every non-trivial column type; {@code null} stays {@code null}.
 *
 * <p>Representation (shared by the engine and the wire codecs): BOOL {@code Boolean}; INT2
 * {@code Short}; INT4 {@code Integer}; INT8 {@code Long}; FLOAT4 {@code Float}; FLOAT8
 * {@code Double}; NUMERIC {@code BigDecimal}; TEXT/VARCHAR/CHAR {@code String}; BYTEA
 * {@code byte[]}; UUID {@code java.util.UUID}; DATE {@code Integer} days since 1970-01-01; TIME
 * {@code Integer} milliseconds of the day; TIMESTAMP {@code Long} milliseconds since 1970-01-01
 * 00:00 of the wall clock; TIMESTAMPTZ {@code Long} milliseconds since the epoch (UTC).
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
}
