package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import io.netty.buffer.ByteBuf;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * {@code timestamp} (without time zone): a {@code Long} of wall-clock milliseconds since 1970-01-01 00:00, with
 * {@code Long.MAX_VALUE}/{@code MIN_VALUE} for {@code infinity}/{@code -infinity}. Binary is int64 microseconds since
 * 2000-01-01, PostgreSQL's sentinels mapping to ours. A zone in text input is ignored, as PostgreSQL does.
 */
final class TimestampCodec implements PgCodec {
    static final TimestampCodec INSTANCE = new TimestampCodec();

    /** 2000-01-01 00:00 in milliseconds since 1970. */
    static final long PG_EPOCH_MILLIS = 946_684_800_000L;
    /** {@code MIN_TIMESTAMP}: 4714-11-24 00:00 BC, in microseconds since 2000. */
    private static final long MIN_PG_MICROS = -211_813_488_000_000_000L;
    /** {@code END_TIMESTAMP} (exclusive): 294277-01-01 00:00, in microseconds since 2000. */
    private static final long END_PG_MICROS = 9_223_371_331_200_000_000L;

    private TimestampCodec() {}

    @Override
    public void writeText(Object value, ByteBuf out, SessionSettings session) {
        Chars.writeAscii(format(millis(value), null), out);
    }

    @Override
    public void writeBinary(Object value, ByteBuf out) {
        out.writeLong(toPgMicros(millis(value)));
    }

    @Override
    public Object readText(String text, SessionSettings session) throws PgException {
        DateTimeInput in = DateTimeParser.parse(text, "timestamp");
        return switch (in.special()) {
            case INFINITY -> Long.MAX_VALUE;
            case NEG_INFINITY -> Long.MIN_VALUE;
            case EPOCH -> 0L;
            case NOW -> wallMillis(now(session));
            case TODAY -> now(session).toLocalDate().toEpochDay() * 86_400_000L;
            case TOMORROW -> (now(session).toLocalDate().toEpochDay() + 1) * 86_400_000L;
            case YESTERDAY -> (now(session).toLocalDate().toEpochDay() - 1) * 86_400_000L;
            case ALLBALLS -> throw DateTimeParser.badFormat("timestamp", text);
            case NONE -> {
                if (in.date() == null) {
                    throw DateTimeParser.badFormat("timestamp", text);
                }
                long pgMicros = checkedPgMicros(in.date(), Math.max(0, in.microsOfDay()), text);
                yield microsToMillis(pgMicros) + PG_EPOCH_MILLIS;
            }
        };
    }

    @Override
    public Object readBinary(ByteBuf in, int length) throws PgException {
        CodecErrors.expectLength("timestamp", length, 8);
        return fromPgMicros(in.readLong());
    }

    /**
     * ISO text for wall-clock milliseconds, with {@code offsetSeconds} appended when non-null (for timestamptz);
     * {@code BC} comes last, as in PostgreSQL.
     */
    static String format(long wallMillis, Integer offsetSeconds) {
        if (wallMillis == Long.MAX_VALUE) {
            return "infinity";
        }
        if (wallMillis == Long.MIN_VALUE) {
            return "-infinity";
        }
        StringBuilder sb = new StringBuilder(32);
        boolean bc = DateTimeFormat.appendDate(sb, Math.floorDiv(wallMillis, 86_400_000L));
        sb.append(' ');
        DateTimeFormat.appendTime(sb, Math.floorMod(wallMillis, 86_400_000L) * 1000);
        if (offsetSeconds != null) {
            DateTimeFormat.appendOffset(sb, offsetSeconds);
        }
        if (bc) {
            sb.append(" BC");
        }
        return sb.toString();
    }

    /**
     * Microseconds since 2000 (PostgreSQL's own scale: the top of its range overflows microseconds since 1970) for
     * a wall-clock date and time, or 22008 outside PostgreSQL's timestamp range.
     */
    static long checkedPgMicros(LocalDate date, long microsOfDay, String text) throws PgException {
        try {
            long days = date.toEpochDay() - DateCodec.PG_EPOCH_DAYS;
            long pgMicros = Math.addExact(Math.multiplyExact(days, DateTimeFormat.MICROS_PER_DAY), microsOfDay);
            checkRange(pgMicros, text);
            return pgMicros;
        } catch (ArithmeticException e) {
            throw CodecErrors.datetimeOutOfRange("timestamp", text);
        }
    }

    static void checkRange(long pgMicros, String text) throws PgException {
        if (pgMicros < MIN_PG_MICROS || pgMicros >= END_PG_MICROS) {
            throw CodecErrors.datetimeOutOfRange("timestamp", text);
        }
    }

    /** Rounds microseconds to the nearest millisecond (halves up), the precision values are held in. */
    static long microsToMillis(long micros) {
        return Math.floorDiv(micros + 500, 1000);
    }

    /** Milliseconds since 1970 to PostgreSQL's microseconds since 2000, keeping the infinities. */
    static long toPgMicros(long millis) {
        if (millis == Long.MAX_VALUE || millis == Long.MIN_VALUE) {
            return millis;
        }
        try {
            return Math.multiplyExact(millis - PG_EPOCH_MILLIS, 1000L);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("timestamp out of range: " + millis + " ms", e);
        }
    }

    /** The inverse of {@link #toPgMicros}, with PostgreSQL's range check. */
    static long fromPgMicros(long pgMicros) throws PgException {
        if (pgMicros == Long.MAX_VALUE || pgMicros == Long.MIN_VALUE) {
            return pgMicros;
        }
        if (pgMicros < MIN_PG_MICROS || pgMicros >= END_PG_MICROS) {
            throw CodecErrors.binaryValue("timestamp out of range");
        }
        return microsToMillis(pgMicros) + PG_EPOCH_MILLIS;
    }

    private static LocalDateTime now(SessionSettings session) {
        return LocalDateTime.now(SessionZone.of(session));
    }

    private static long wallMillis(LocalDateTime t) {
        return t.toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    static long millis(Object value) {
        if (value instanceof Long || value instanceof Integer) {
            return ((Number) value).longValue();
        }
        if (value instanceof LocalDateTime t) {
            return wallMillis(t);
        }
        throw CodecErrors.unsupportedValue("timestamp", value);
    }
}
