package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import io.netty.buffer.ByteBuf;
import java.util.regex.Pattern;

/**
 * {@code float4} and {@code float8}: shortest round-trip text (see {@link FloatFormat}), or {@code %.*g} with
 * {@code 6/15 + extra_float_digits} digits when the session sets that to 0 or less; IEEE 754 big-endian binary.
 * Writers accept any {@link Number}; readers return {@code Float} or {@code Double}.
 */
final class FloatCodec implements PgCodec {
    static final FloatCodec FLOAT4 = new FloatCodec(true);
    static final FloatCodec FLOAT8 = new FloatCodec(false);

    /** What C's {@code strtod} takes in decimal form; Java's parser also takes suffixes like {@code 1d}. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

    private static final int FLT_DIG = 6;
    private static final int DBL_DIG = 15;

    private final boolean single;
    private final String sqlName;

    private FloatCodec(boolean single) {
        this.single = single;
        this.sqlName = single ? "real" : "double precision";
    }

    @Override
    public void writeText(Object value, ByteBuf out, SessionSettings session) {
        Number n = number(value);
        int extraDigits = extraFloatDigits(session);
        String s;
        if (extraDigits > 0) {
            s = single ? FloatFormat.format(n.floatValue()) : FloatFormat.format(n.doubleValue());
        } else if (single) {
            s = FloatFormat.formatWithPrecision(n.floatValue(), FLT_DIG + extraDigits);
        } else {
            s = FloatFormat.formatWithPrecision(n.doubleValue(), DBL_DIG + extraDigits);
        }
        Chars.writeAscii(s, out);
    }

    /** The session's {@code extra_float_digits}: above 0 (the default 1) means shortest round-trip output. */
    private static int extraFloatDigits(SessionSettings session) {
        String v = session == null ? null : session.get("extra_float_digits");
        if (v == null || v.equals("1")) {
            return 1;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public void writeBinary(Object value, ByteBuf out) {
        if (single) {
            out.writeInt(Float.floatToRawIntBits(number(value).floatValue()));
        } else {
            out.writeLong(Double.doubleToRawLongBits(number(value).doubleValue()));
        }
    }

    @Override
    public Object readText(String text, SessionSettings session) throws PgException {
        String s = Chars.trim(text);
        Double special = special(s);
        if (special != null) {
            return single ? (Object) special.floatValue() : special;
        }
        if (!DECIMAL.matcher(s).matches()) {
            throw CodecErrors.invalidSyntax(sqlName, text);
        }
        if (single) {
            float f = Float.parseFloat(s);
            if (Float.isInfinite(f) || (f == 0 && hasNonZeroDigit(s))) {
                throw CodecErrors.floatOutOfRange(sqlName, text);
            }
            return f;
        }
        double d = Double.parseDouble(s);
        if (Double.isInfinite(d) || (d == 0 && hasNonZeroDigit(s))) {
            throw CodecErrors.floatOutOfRange(sqlName, text);
        }
        return d;
    }

    @Override
    public Object readBinary(ByteBuf in, int length) throws PgException {
        CodecErrors.expectLength(sqlName, length, single ? 4 : 8);
        return single ? (Object) Float.intBitsToFloat(in.readInt()) : Double.longBitsToDouble(in.readLong());
    }

    /** {@code NaN}, {@code Infinity}, {@code inf}, with optional sign, any case; null for anything else. */
    private static Double special(String s) {
        String body = s;
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            body = s.substring(1);
        }
        if (body.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        if (body.equalsIgnoreCase("infinity") || body.equalsIgnoreCase("inf")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return null;
    }

    /** Whether the mantissa has a non-zero digit, i.e. a parsed zero is an underflow. */
    private static boolean hasNonZeroDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private Number number(Object value) {
        if (value instanceof Number n) {
            return n;
        }
        throw CodecErrors.unsupportedValue(sqlName, value);
    }
}
