package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.OffsetTime;
import java.time.Period;

/**
 * The text the engine carries for types Calcite has no type for ({@code inet}, {@code timetz}, {@code interval},
 * {@code jsonb}): each type's canonical output text, which keeps every field of the value (microseconds, offsets,
 * months and days apart), compares equal exactly when PostgreSQL's values do for the common cases, and is what the
 * codecs read back for binary output and non-default output settings.
 */
public final class CarrierText {
    private static final long MICROS_PER_SECOND = 1_000_000L;

    private CarrierText() {}

    public static String inet(InetAddress address) {
        return InetCodec.format(address);
    }

    public static String timetz(OffsetTime time) {
        return TimeTzCodec.format(time);
    }

    /** An exact amount of time: all of it in the time field ({@code 36:00:00}, not {@code 1 day 12:00:00}). */
    public static String interval(Duration d) {
        long micros = Math.addExact(Math.multiplyExact(d.getSeconds(), MICROS_PER_SECOND), d.getNano() / 1000);
        return IntervalCodec.format(new PgInterval(0, 0, micros));
    }

    /** Years and months as months, days as days: the fields PostgreSQL keeps apart. */
    public static String interval(Period p) {
        return IntervalCodec.format(new PgInterval(Math.toIntExact(p.toTotalMonths()), p.getDays(), 0));
    }

    public static String interval(PgInterval i) {
        return IntervalCodec.format(i);
    }

    /** The interval of carried text (the postgres {@code IntervalStyle}, as {@link #interval} writes it). */
    public static PgInterval parseInterval(String text) throws PgException {
        return IntervalParser.parse(text);
    }

    /** jsonb of a Java value: maps, collections, arrays, numbers, strings, ... ({@link JsonbWriter}). */
    public static String jsonb(Object value) {
        return JsonbWriter.write(value);
    }

    /** Normalised jsonb of JSON text; 22P02 when it is not JSON. */
    public static String jsonbText(String json) throws PgException {
        return JsonbText.normalize(json);
    }
}
