package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import io.netty.buffer.ByteBuf;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * {@code timestamptz}: a {@code Long} of milliseconds since the epoch (UTC), {@code Long.MAX_VALUE}/{@code MIN_VALUE}
 * for the infinities. Text is rendered in the session's {@code TimeZone} with its UTC offset
 * ({@code 2024-01-02 03:04:05.123+01}); text without a zone is read in that zone. Binary is int64 microseconds since
 * 2000-01-01 UTC.
 */
final class TimestampTzCodec implements PgCodec {
    static final TimestampTzCodec INSTANCE = new TimestampTzCodec();

    private static final String SQL_NAME = "timestamp with time zone";

    private TimestampTzCodec() {}

    @Override
    public void writeText(Object value, ByteBuf out, SessionSettings session) {
        long ms = millis(value);
        if (ms == Long.MAX_VALUE || ms == Long.MIN_VALUE) {
            Chars.writeAscii(TimestampCodec.format(ms, null), out);
            return;
        }
        int offset = SessionZone.of(session).getRules().getOffset(Instant.ofEpochMilli(ms)).getTotalSeconds();
        Chars.writeAscii(TimestampCodec.format(ms + offset * 1000L, offset), out);
    }

    @Override
    public void writeBinary(Object value, ByteBuf out) {
        out.writeLong(TimestampCodec.toPgMicros(millis(value)));
    }

    @Override
    public Object readText(String text, SessionSettings session) throws PgException {
        DateTimeInput in = DateTimeParser.parse(text, SQL_NAME);
        ZoneId sessionZone = SessionZone.of(session);
        return switch (in.special()) {
            case INFINITY -> Long.MAX_VALUE;
            case NEG_INFINITY -> Long.MIN_VALUE;
            case EPOCH -> 0L;
            case NOW -> System.currentTimeMillis();
            case TODAY -> startOfDay(sessionZone, 0);
            case TOMORROW -> startOfDay(sessionZone, 1);
            case YESTERDAY -> startOfDay(sessionZone, -1);
            case ALLBALLS -> throw DateTimeParser.badFormat(SQL_NAME, text);
            case NONE -> {
                if (in.date() == null) {
                    throw DateTimeParser.badFormat(SQL_NAME, text);
                }
                long microsOfDay = Math.max(0, in.microsOfDay());
                // Range-check the wall clock first: it bounds the values the zone arithmetic below sees.
                TimestampCodec.checkedPgMicros(in.date(), microsOfDay, text);
                LocalDateTime local = in.date().atStartOfDay().plus(microsOfDay, ChronoUnit.MICROS);
                ZoneId zone = in.zone() != null ? in.zone() : sessionZone;
                // Like PostgreSQL: a wall time skipped by a spring-forward transition is read with the offset
                // before it, one repeated by a fall-back transition with the offset after it.
                Instant instant = ZonedDateTime.ofLocal(local, zone, null).withLaterOffsetAtOverlap().toInstant();
                long pgSeconds = instant.getEpochSecond() - TimestampCodec.PG_EPOCH_MILLIS / 1000;
                long pgMicros = pgSeconds * 1_000_000L + instant.getNano() / 1000;
                TimestampCodec.checkRange(pgMicros, text);
                yield TimestampCodec.microsToMillis(pgMicros) + TimestampCodec.PG_EPOCH_MILLIS;
            }
        };
    }

    @Override
    public Object readBinary(ByteBuf in, int length) throws PgException {
        CodecErrors.expectLength(SQL_NAME, length, 8);
        return TimestampCodec.fromPgMicros(in.readLong());
    }

    private static long startOfDay(ZoneId zone, int plusDays) {
        return LocalDateTime.now(zone).toLocalDate().plusDays(plusDays).atStartOfDay(zone).toInstant().toEpochMilli();
    }

    private static long millis(Object value) {
        if (value instanceof Long || value instanceof Integer) {
            return ((Number) value).longValue();
        }
        if (value instanceof Instant i) {
            return i.toEpochMilli();
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant().toEpochMilli();
        }
        if (value instanceof ZonedDateTime t) {
            return t.toInstant().toEpochMilli();
        }
        throw CodecErrors.unsupportedValue("timestamptz", value);
    }
}
