package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import io.netty.buffer.ByteBuf;
import java.time.LocalDate;

/**
 * {@code date}: an {@code Integer} of days since 1970-01-01, {@code Integer.MAX_VALUE}/{@code MIN_VALUE} meaning
 * {@code infinity}/{@code -infinity} (PostgreSQL's own sentinels). Binary is int32 days since 2000-01-01.
 */
final class DateCodec implements PgCodec {
    static final DateCodec INSTANCE = new DateCodec();

    /** Days from 1970-01-01 to 2000-01-01, PostgreSQL's epoch. */
    static final int PG_EPOCH_DAYS = 10_957;
    /** 4714-11-24 BC, Julian day 0: the first date PostgreSQL accepts. */
    private static final long MIN_DAY = LocalDate.of(-4713, 11, 24).toEpochDay();
    /** 5874897-12-31: the last one. */
    private static final long MAX_DAY = LocalDate.of(5_874_897, 12, 31).toEpochDay();

    private DateCodec() {}

    @Override
    public void writeText(Object value, ByteBuf out, SessionSettings session) {
        int days = days(value);
        if (days == Integer.MAX_VALUE) {
            Chars.writeAscii("infinity", out);
        } else if (days == Integer.MIN_VALUE) {
            Chars.writeAscii("-infinity", out);
        } else {
            StringBuilder sb = new StringBuilder(13);
            if (DateTimeFormat.appendDate(sb, days)) {
                sb.append(" BC");
            }
            Chars.writeAscii(sb, out);
        }
    }

    @Override
    public void writeBinary(Object value, ByteBuf out) {
        int days = days(value);
        out.writeInt(days == Integer.MAX_VALUE || days == Integer.MIN_VALUE ? days : days - PG_EPOCH_DAYS);
    }

    @Override
    public Object readText(String text, SessionSettings session) throws PgException {
        DateTimeInput in = DateTimeParser.parse(text, "date");
        long day = switch (in.special()) {
            case INFINITY -> Integer.MAX_VALUE;
            case NEG_INFINITY -> Integer.MIN_VALUE;
            case EPOCH -> 0;
            case NOW, TODAY -> today(session);
            case TOMORROW -> today(session) + 1;
            case YESTERDAY -> today(session) - 1;
            case ALLBALLS -> throw DateTimeParser.badFormat("date", text);
            case NONE -> {
                if (in.date() == null) {
                    throw DateTimeParser.badFormat("date", text);
                }
                long d = in.date().toEpochDay();
                if (d < MIN_DAY || d > MAX_DAY) {
                    throw CodecErrors.datetimeOutOfRange("date", text);
                }
                yield d;
            }
        };
        return (int) day;
    }

    @Override
    public Object readBinary(ByteBuf in, int length) throws PgException {
        CodecErrors.expectLength("date", length, 4);
        int pgDays = in.readInt();
        if (pgDays == Integer.MAX_VALUE || pgDays == Integer.MIN_VALUE) {
            return pgDays;
        }
        long day = (long) pgDays + PG_EPOCH_DAYS;
        if (day < MIN_DAY || day > MAX_DAY) {
            throw CodecErrors.binaryValue("date out of range");
        }
        return (int) day;
    }

    private static long today(SessionSettings session) {
        return LocalDate.now(SessionZone.of(session)).toEpochDay();
    }

    private static int days(Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof LocalDate d) {
            return Math.toIntExact(d.toEpochDay());
        }
        if (value instanceof Number n && !(value instanceof Double) && !(value instanceof Float)) {
            return Math.toIntExact(n.longValue());
        }
        throw CodecErrors.unsupportedValue("date", value);
    }
}
