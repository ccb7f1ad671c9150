package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import io.netty.buffer.ByteBuf;
import java.time.Instant;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * {@code timetz} (time with time zone): values are the canonical text ({@code 12:34:56.789+02}), which keeps
 * microseconds and the offset and is what the engine carries; writers also take an {@link OffsetTime}. Text output is
 * the same in every {@code DateStyle}; binary is int64 microseconds of the day and int32 seconds <em>west</em> of UTC.
 */
final class TimeTzCodec implements PgCodec {
    static final TimeTzCodec INSTANCE = new TimeTzCodec();

    private static final String SQL_NAME = "time with time zone";

    private TimeTzCodec() {}

    @Override
    public void writeText(Object value, ByteBuf out, SessionSettings session) {
        Chars.writeAscii(text(value), out);
    }

    @Override
    public void writeBinary(Object value, ByteBuf out) {
        long micros;
        int offset;
        if (value instanceof OffsetTime t) {
            micros = t.toLocalTime().toNanoOfDay() / 1000;
            offset = t.getOffset().getTotalSeconds();
        } else {
            DateTimeInput in;
            try {
                in = DateTimeParser.parse(text(value), SQL_NAME);
            } catch (PgException e) {
                throw new IllegalArgumentException("not a timetz value: " + value, e);
            }
            micros = in.microsOfDay();
            offset = ((ZoneOffset) in.zone()).getTotalSeconds();
        }
        out.writeLong(micros).writeInt(-offset);
    }

    @Override
    public Object readText(String text, SessionSettings session) throws PgException {
        DateTimeInput in = DateTimeParser.parse(text, SQL_NAME);
        if (in.special() == DateTimeInput.Special.ALLBALLS) {
            return format(0, 0);
        }
        if (in.special() != DateTimeInput.Special.NONE || !in.hasTime()) {
            throw DateTimeParser.badFormat(SQL_NAME, text);
        }
        ZoneId zone = in.zone() != null ? in.zone() : SessionZone.of(session);
        // A zone name means its offset on the given date, or today, as PostgreSQL resolves it.
        Instant at = in.date() != null ? in.date().atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.now();
        return format(in.microsOfDay(), zone.getRules().getOffset(at).getTotalSeconds());
    }

    @Override
    public Object readBinary(ByteBuf in, int length) throws PgException {
        CodecErrors.expectLength("timetz", length, 12);
        long micros = in.readLong();
        int west = in.readInt();
        if (micros < 0 || micros > DateTimeFormat.MICROS_PER_DAY) {
            throw CodecErrors.binaryValue("time out of range");
        }
        // PostgreSQL's TZDISP_LIMIT: 15:59:59.
        if (Math.abs(west) > 15 * 3600 + 59 * 60 + 59) {
            throw CodecErrors.binaryValue("time zone displacement out of range");
        }
        return format(micros, -west);
    }

    /** {@code HH:MM:SS[.ffffff]+HH[:MM[:SS]]}. */
    static String format(long microsOfDay, int offsetSeconds) {
        StringBuilder sb = new StringBuilder(24);
        DateTimeFormat.appendTime(sb, microsOfDay);
        DateTimeFormat.appendOffset(sb, offsetSeconds);
        return sb.toString();
    }

    static String format(OffsetTime t) {
        return format(t.toLocalTime().toNanoOfDay() / 1000, t.getOffset().getTotalSeconds());
    }

    private static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof OffsetTime t) {
            return format(t);
        }
        throw CodecErrors.unsupportedValue("timetz", value);
    }
}
