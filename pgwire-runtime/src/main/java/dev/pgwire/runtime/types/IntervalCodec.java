package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import io.netty.buffer.ByteBuf;
import java.time.Duration;
import java.time.Period;

/**
 * {@code interval}: {@link PgInterval} values (writers also take a {@link Duration} or a {@link Period}). Text follows
 * the session's {@code IntervalStyle}: {@code postgres} ({@code 1 year 2 mons 3 days 04:05:06.789},
 * {@code -1 days +02:00:00}) here, the others in {@link IntervalStyles}; binary is
 * int64 microseconds, int32 days, int32 months. Text input is parsed by {@link IntervalParser}.
 */
final class IntervalCodec implements PgCodec {
    static final IntervalCodec INSTANCE = new IntervalCodec();

    private static final long MICROS_PER_HOUR = 3_600_000_000L;

    private IntervalCodec() {}

    @Override
    public void writeText(Object value, ByteBuf out, SessionSettings session) {
        PgInterval i = interval(value);
        String style = session == null ? null : session.get("intervalstyle");
        String text = style == null ? format(i) : switch (style.toLowerCase(java.util.Locale.ROOT)) {
            case "postgres_verbose" -> IntervalStyles.verbose(i);
            case "sql_standard" -> IntervalStyles.sqlStandard(i);
            case "iso_8601" -> IntervalStyles.iso8601(i);
            default -> format(i);
        };
        Chars.writeAscii(text, out);
    }

    @Override
    public void writeBinary(Object value, ByteBuf out) {
        PgInterval i = interval(value);
        out.writeLong(i.micros()).writeInt(i.days()).writeInt(i.months());
    }

    @Override
    public Object readText(String text, SessionSettings session) throws PgException {
        return IntervalParser.parse(text);
    }

    @Override
    public Object readBinary(ByteBuf in, int length) throws PgException {
        CodecErrors.expectLength("interval", length, 16);
        long micros = in.readLong();
        int days = in.readInt();
        int months = in.readInt();
        return new PgInterval(months, days, micros);
    }

    /** PostgreSQL's {@code EncodeInterval} for {@code INTSTYLE_POSTGRES}. */
    static String format(PgInterval i) {
        StringBuilder sb = new StringBuilder(32);
        // Signs as in PostgreSQL: a positive part after a negative one gets an explicit "+".
        boolean[] state = {true, false}; // {isZero, isBefore}
        addPart(sb, state, i.months() / 12, "year");
        addPart(sb, state, i.months() % 12, "mon");
        addPart(sb, state, i.days(), "day");
        long micros = i.micros();
        if (state[0] || micros != 0) {
            boolean minus = micros < 0;
            long abs = Math.abs(micros);
            if (!state[0]) {
                sb.append(' ');
            }
            sb.append(minus ? "-" : state[1] ? "+" : "");
            long hours = abs / MICROS_PER_HOUR;
            if (hours < 10) {
                sb.append('0');
            }
            sb.append(hours).append(':');
            DateTimeFormat.appendPadded(sb, (int) (abs / 60_000_000L % 60), 2);
            sb.append(':');
            DateTimeFormat.appendPadded(sb, (int) (abs / 1_000_000L % 60), 2);
            int fraction = (int) (abs % 1_000_000L);
            if (fraction != 0) {
                int digits = 6;
                while (fraction % 10 == 0) {
                    fraction /= 10;
                    digits--;
                }
                sb.append('.');
                DateTimeFormat.appendPadded(sb, fraction, digits);
            }
        }
        return sb.toString();
    }

    private static void addPart(StringBuilder sb, boolean[] state, int value, String unit) {
        if (value == 0) {
            return;
        }
        if (!state[0]) {
            sb.append(' ');
        }
        if (state[1] && value > 0) {
            sb.append('+');
        }
        sb.append(value).append(' ').append(unit);
        if (value != 1) {
            sb.append('s');
        }
        state[1] = value < 0;
        state[0] = false;
    }

    private static PgInterval interval(Object value) {
        if (value instanceof PgInterval i) {
            return i;
        }
        if (value instanceof Duration d) {
            return PgInterval.of(d);
        }
        if (value instanceof Period p) {
            return new PgInterval(Math.toIntExact(p.toTotalMonths()), p.getDays(), 0);
        }
        throw CodecErrors.unsupportedValue("interval", value);
    }
}
