package dev.pgwire.runtime.types;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats floats as PostgreSQL 12+ does with {@code extra_float_digits > 0}: the shortest decimal that reads back to
 * the same value (closest to it when several have that length), in fixed notation for decimal exponents -4..14
 * (float8) or -4..5 (float4), else {@code d.ddde+XX}. Digits come from {@link Ryu}, as in PostgreSQL (JDK 17's
 * {@code Double.toString} is not always shortest, JDK-4511638). Tests check this against an exact
 * {@code BigDecimal} search and against PostgreSQL on random bit patterns.
 */
final class FloatFormat {
    private FloatFormat() {}

    static String format(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        // Whole numbers below 1e15 print as themselves: the common case, and the cheapest.
        if (Math.abs(d) < 1e15 && d == Math.rint(d)) {
            return Long.toString((long) d);
        }
        Ryu.Result r = Ryu.shortest(Math.abs(d));
        return layout(d < 0, Long.toString(r.digits()), r.exponent(), 15);
    }

    static String format(float f) {
        if (Float.isNaN(f)) {
            return "NaN";
        }
        if (Float.isInfinite(f)) {
            return f > 0 ? "Infinity" : "-Infinity";
        }
        if (f == 0) {
            return 1 / f < 0 ? "-0" : "0";
        }
        if (Math.abs(f) < 1e6f && f == Math.rint(f)) {
            return Long.toString((long) f);
        }
        Ryu.Result r = Ryu.shortest(Math.abs(f));
        return layout(f < 0, Long.toString(r.digits()), r.exponent(), 6);
    }

    /**
     * {@code printf("%.*g", precision, value)}, as PostgreSQL prints floats when {@code extra_float_digits <= 0}
     * (precision 15 or 6 plus that setting): the exact binary value rounded half-even to that many significant
     * digits, trailing zeros dropped.
     */
    static String formatWithPrecision(double d, int precision) {
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
            return format(d);
        }
        int p = Math.max(1, precision);
        BigDecimal rounded = new BigDecimal(Math.abs(d)).round(new MathContext(p, RoundingMode.HALF_EVEN))
                .stripTrailingZeros();
        return layout(d < 0, rounded.unscaledValue().toString(), -rounded.scale(), p);
    }

    /**
     * Lays out {@code digits × 10^exponent} (digits without trailing zeros): fixed notation when the decimal
     * exponent of the first digit is in {@code -4 <= e < fixedLimit}, else {@code %e} style with at least two
     * exponent digits.
     */
    static String layout(boolean negative, String digits, int exponent, int fixedLimit) {
        int e = exponent + digits.length() - 1;
        StringBuilder sb = new StringBuilder(digits.length() + 8);
        if (negative) {
            sb.append('-');
        }
        if (e >= -4 && e < fixedLimit) {
            if (e < 0) {
                sb.append("0.");
                sb.append("0".repeat(-e - 1));
                sb.append(digits);
            } else if (digits.length() <= e + 1) {
                sb.append(digits);
                sb.append("0".repeat(e + 1 - digits.length()));
            } else {
                sb.append(digits, 0, e + 1).append('.').append(digits, e + 1, digits.length());
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append(e < 0 ? "e-" : "e+");
            int abs = Math.abs(e);
            if (abs < 10) {
                sb.append('0');
            }
            sb.append(abs);
        }
        return sb.toString();
    }
}
