package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import io.netty.buffer.ByteBuf;
import java.time.LocalTime;

/**
 * {@code time} (without time zone): an {@code Integer} of milliseconds of the day, 0..86400000 (PostgreSQL allows
 * {@code 24:00:00}). Binary is int64 microseconds; finer input is rounded to the millisecond.
 */
final class TimeCodec implements PgCodec {
    static final TimeCodec INSTANCE = new TimeCodec();

    private static final long MS_PER_DAY = 86_400_000L;

    private TimeCodec() {}

    @Override
    public void writeText(Object value, ByteBuf out, SessionSettings session) {
        StringBuilder sb = new StringBuilder(12);
        DateTimeFormat.appendTime(sb, millis(value) * 1000);
        Chars.writeAscii(sb, out);
    }

    @Override
    public void writeBinary(Object value, ByteBuf out) {
        out.writeLong(millis(value) * 1000);
    }

    @Override
    public Object readText(String text, SessionSettings session) throws PgException {
        DateTimeInput in = DateTimeParser.parse(text, "time");
        long micros = switch (in.special()) {
            case ALLBALLS -> 0;
            case NOW -> LocalTime.now(SessionZone.of(session)).toNanoOfDay() / 1000;
            case NONE -> {
                if (!in.hasTime()) {
                    throw DateTimeParser.badFormat("time", text);
                }
                yield in.microsOfDay();
            }
            default -> throw DateTimeParser.badFormat("time", text);
        };
        return (int) TimestampCodec.microsToMillis(micros);
    }

    @Override
    public Object readBinary(ByteBuf in, int length) throws PgException {
        CodecErrors.expectLength("time", length, 8);
        long micros = in.readLong();
        if (micros < 0 || micros > DateTimeFormat.MICROS_PER_DAY) {
            throw CodecErrors.binaryValue("time out of range");
        }
        return (int) TimestampCodec.microsToMillis(micros);
    }

    private static long millis(Object value) {
        long ms;
        if (value instanceof Integer || value instanceof Long) {
            ms = ((Number) value).longValue();
        } else if (value instanceof LocalTime t) {
            ms = t.toNanoOfDay() / 1_000_000;
        } else {
            throw CodecErrors.unsupportedValue("time", value);
        }
        if (ms < 0 || ms > MS_PER_DAY) {
            throw new IllegalArgumentException("time of day out of range: " + ms + " ms");
        }
        return ms;
    }
}
