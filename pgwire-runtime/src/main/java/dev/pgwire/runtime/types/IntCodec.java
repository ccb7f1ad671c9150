package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import io.netty.buffer.ByteBuf;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * {@code int2}, {@code int4} and {@code int8}: decimal text, big-endian two's complement binary. Writers accept any
 * integral {@link Number} that fits; readers return {@code Short}, {@code Integer} or {@code Long}.
 */
final class IntCodec implements PgCodec {
    static final IntCodec INT2 = new IntCodec(2, "smallint", Short.MIN_VALUE, Short.MAX_VALUE);
    static final IntCodec INT4 = new IntCodec(4, "integer", Integer.MIN_VALUE, Integer.MAX_VALUE);
    static final IntCodec INT8 = new IntCodec(8, "bigint", Long.MIN_VALUE, Long.MAX_VALUE);

    private final int size;
    private final String sqlName;
    private final long min;
    private final long max;

    private IntCodec(int size, String sqlName, long min, long max) {
        this.size = size;
        this.sqlName = sqlName;
        this.min = min;
        this.max = max;
    }

    @Override
    public void writeText(Object value, ByteBuf out, SessionSettings session) {
        Chars.writeDecimal(toLong(value), out);
    }

    @Override
    public void writeBinary(Object value, ByteBuf out) {
        long v = toLong(value);
        switch (size) {
            case 2 -> out.writeShort((int) v);
            case 4 -> out.writeInt((int) v);
            default -> out.writeLong(v);
        }
    }

    @Override
    public Object readText(String text, SessionSettings session) throws PgException {
        return box(parse(text, sqlName, min, max));
    }

    @Override
    public Object readBinary(ByteBuf in, int length) throws PgException {
        CodecErrors.expectLength(sqlName, length, size);
        return switch (size) {
            case 2 -> in.readShort();
            case 4 -> in.readInt();
            default -> in.readLong();
        };
    }

    private Object box(long v) {
        return switch (size) {
            case 2 -> (short) v;
            case 4 -> (int) v;
            default -> v;
        };
    }

    /**
     * PostgreSQL 15's {@code pg_strtoint}: optional surrounding whitespace, an optional sign, and at least one decimal
     * digit; nothing else.
     */
    static long parse(String text, String sqlName, long min, long max) throws PgException {
        int i = 0;
        int end = text.length();
        while (i < end && Chars.isSpace(text.charAt(i))) {
            i++;
        }
        while (end > i && Chars.isSpace(text.charAt(end - 1))) {
            end--;
        }
        boolean negative = false;
        if (i < end && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        if (i == end) {
            throw CodecErrors.invalidSyntax(sqlName, text);
        }
        // Accumulate negatively so that MIN_VALUE parses without overflow.
        long acc = 0;
        boolean overflow = false;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw CodecErrors.invalidSyntax(sqlName, text);
            }
            int digit = c - '0';
            if (!overflow) {
                if (acc < (Long.MIN_VALUE + digit) / 10) {
                    overflow = true;
                } else {
                    acc = acc * 10 - digit;
                }
            }
        }
        if (overflow || (!negative && acc == Long.MIN_VALUE)) {
            throw CodecErrors.valueOutOfRange(sqlName, text);
        }
        long v = negative ? acc : -acc;
        if (v < min || v > max) {
            throw CodecErrors.valueOutOfRange(sqlName, text);
        }
        return v;
    }

    private long toLong(Object value) {
        long v;
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            v = ((Number) value).longValue();
        } else if (value instanceof BigInteger bi) {
            v = bi.longValueExact();
        } else if (value instanceof BigDecimal bd) {
            v = bd.longValueExact();
        } else if (value instanceof Number n) {
            double d = n.doubleValue();
            v = (long) d;
            if (v != d) {
                throw CodecErrors.unsupportedValue(sqlName, value);
            }
        } else {
            throw CodecErrors.unsupportedValue(sqlName, value);
        }
        if (v < min || v > max) {
            throw new IllegalArgumentException(sqlName + " out of range: " + v);
        }
        return v;
    }
}
