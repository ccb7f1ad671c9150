package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import dev.pgwire.runtime.query.SqlState;
import io.netty.buffer.ByteBuf;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * {@code numeric}: {@code BigDecimal} values. Text is the plain decimal with its scale kept; binary is PostgreSQL's
 * base-10000 form: {@code ndigits, weight, sign, dscale} (int16 each) then {@code ndigits} int16 digits.
 *
 * <p>Writers also accept other {@link Number}s; a non-finite {@code Double} or {@code Float} is written as
 * {@code NaN}/{@code Infinity}/{@code -Infinity}, which {@code BigDecimal} cannot hold. Reading those special values
 * fails with 0A000 for the same reason.
 */
final class NumericCodec implements PgCodec {
    static final NumericCodec INSTANCE = new NumericCodec();

    private static final int SIGN_POS = 0x0000;
    private static final int SIGN_NEG = 0x4000;
    private static final int SIGN_NAN = 0xC000;
    private static final int SIGN_PINF = 0xD000;
    private static final int SIGN_NINF = 0xF000;
    private static final int MAX_DSCALE = 0x3FFF;
    /** {@code NUMERIC_MAX_PRECISION}: the largest exponent numeric_in accepts. */
    private static final int MAX_EXPONENT = 1000;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

    private NumericCodec() {}

    @Override
    public void writeText(Object value, ByteBuf out, SessionSettings session) {
        String special = specialName(value);
        Chars.writeAscii(special != null ? special : decimal(value).toPlainString(), out);
    }

    @Override
    public void writeBinary(Object value, ByteBuf out) {
        String special = specialName(value);
        if (special != null) {
            int sign = special.equals("NaN") ? SIGN_NAN : special.equals("Infinity") ? SIGN_PINF : SIGN_NINF;
            // PostgreSQL 15's numeric_send reads the display scale out of the special value's header word, which
            // gives 0 for NaN but 32 for the infinities; clients ignore it, but match it byte for byte.
            out.writeShort(0).writeShort(0).writeShort(sign).writeShort(sign == SIGN_NAN ? 0 : 0x20);
            return;
        }
        BigDecimal d = decimal(value);
        int dscale = d.scale();
        // Pad the fraction to whole base-10000 digits, then cut the digit string into groups of four.
        int fracGroups = (dscale + 3) / 4;
        BigInteger unscaled = d.unscaledValue().abs();
        if (fracGroups * 4 != dscale) {
            unscaled = unscaled.multiply(BigInteger.TEN.pow(fracGroups * 4 - dscale));
        }
        if (unscaled.signum() == 0) {
            out.writeShort(0).writeShort(0).writeShort(SIGN_POS).writeShort(dscale);
            return;
        }
        String digits = unscaled.toString();
        int groups = (digits.length() + 3) / 4;
        int weight = groups - fracGroups - 1;
        int lead = groups * 4 - digits.length();
        int[] base10k = new int[groups];
        for (int g = 0; g < groups; g++) {
            int from = Math.max(0, g * 4 - lead);
            int to = (g + 1) * 4 - lead;
            base10k[g] = Integer.parseInt(digits, from, to, 10);
        }
        int ndigits = groups;
        while (ndigits > 0 && base10k[ndigits - 1] == 0) {
            ndigits--;
        }
        out.writeShort(ndigits).writeShort(weight).writeShort(d.signum() < 0 ? SIGN_NEG : SIGN_POS).writeShort(dscale);
        for (int g = 0; g < ndigits; g++) {
            out.writeShort(base10k[g]);
        }
    }

    @Override
    public Object readText(String text, SessionSettings session) throws PgException {
        String s = Chars.trim(text);
        if (!DECIMAL.matcher(s).matches()) {
            String body = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
            if (body.equalsIgnoreCase("nan") || body.equalsIgnoreCase("infinity") || body.equalsIgnoreCase("inf")) {
                throw unsupportedSpecial(s);
            }
            throw CodecErrors.invalidSyntax("numeric", text);
        }
        int e = Math.max(s.indexOf('e'), s.indexOf('E'));
        if (e >= 0) {
            String exp = s.substring(e + 1);
            // Compare lengths first so that a huge exponent cannot overflow parseInt.
            String magnitude = exp.replaceFirst("^[+-]?0*", "");
            if (magnitude.length() > 4 || Integer.parseInt(magnitude.isEmpty() ? "0" : magnitude) > MAX_EXPONENT) {
                throw CodecErrors.invalidSyntax("numeric", text);
            }
        }
        BigDecimal d = new BigDecimal(s);
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        if (d.scale() > MAX_DSCALE) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
        }
        return d;
    }

    @Override
    public Object readBinary(ByteBuf in, int length) throws PgException {
        if (length < 8) {
            throw CodecErrors.binaryFormat("numeric header needs 8 bytes, got " + length);
        }
        int ndigits = in.readUnsignedShort();
        int weight = in.readShort();
        int sign = in.readUnsignedShort();
        int dscale = in.readUnsignedShort();
        if (length != 8 + 2 * ndigits) {
            throw CodecErrors.binaryFormat("numeric with " + ndigits + " digits needs " + (8 + 2 * ndigits)
                    + " bytes, got " + length);
        }
        if (sign == SIGN_NAN || sign == SIGN_PINF || sign == SIGN_NINF) {
            in.skipBytes(2 * ndigits);
            throw unsupportedSpecial(sign == SIGN_NAN ? "NaN" : sign == SIGN_PINF ? "Infinity" : "-Infinity");
        }
        if (sign != SIGN_POS && sign != SIGN_NEG) {
            in.skipBytes(2 * ndigits);
            throw CodecErrors.binaryValue("invalid sign in external \"numeric\" value");
        }
        if (dscale > MAX_DSCALE) {
            in.skipBytes(2 * ndigits);
            throw CodecErrors.binaryValue("invalid scale in external \"numeric\" value");
        }
        StringBuilder digits = new StringBuilder(ndigits * 4 + 1);
        for (int i = 0; i < ndigits; i++) {
            int digit = in.readUnsignedShort();
            if (digit >= 10_000) {
                in.skipBytes(2 * (ndigits - i - 1));
                throw CodecErrors.binaryValue("invalid digit in external \"numeric\" value");
            }
            String g = Integer.toString(digit);
            digits.append("0000", 0, 4 - g.length()).append(g);
        }
        if (ndigits == 0) {
            return BigDecimal.ZERO.setScale(dscale);
        }
        BigInteger unscaled = new BigInteger(digits.toString());
        if (sign == SIGN_NEG) {
            unscaled = unscaled.negate();
        }
        // Digit i is worth 10000^(weight - i); the last one fixes the scale. Like numeric_recv, digits
        // beyond dscale are truncated away.
        BigDecimal d = new BigDecimal(unscaled, (ndigits - 1 - weight) * 4);
        return d.setScale(dscale, RoundingMode.DOWN);
    }

    private static PgException unsupportedSpecial(String what) {
        return new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                "numeric value \"" + what + "\" is not supported: values are held as java.math.BigDecimal");
    }

    /** NaN/Infinity/-Infinity for a non-finite binary float, else null. */
    private static String specialName(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d)) {
                return "NaN";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? "Infinity" : "-Infinity";
            }
        }
        return null;
    }

    private static BigDecimal decimal(Object value) {
        BigDecimal d;
        if (value instanceof BigDecimal bd) {
            d = bd;
        } else if (value instanceof BigInteger bi) {
            d = new BigDecimal(bi);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            d = BigDecimal.valueOf(((Number) value).longValue());
        } else if (value instanceof Float f) {
            // The shortest decimal that reads back, as the float's own text output shows it.
            d = new BigDecimal(FloatFormat.format(f.floatValue()));
        } else if (value instanceof Double dbl) {
            d = new BigDecimal(FloatFormat.format(dbl.doubleValue()));
        } else {
            throw CodecErrors.unsupportedValue("numeric", value);
        }
        // numeric has no negative display scale: 1E+3 is 1000.
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
