package dev.pgwire.runtime.types;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats floats as PostgreSQL 12+ does with {@code extra_float_digits > 0}: the shortest decimal that reads back to
 * the same value (closest to it when several have that length), in fixed notation for decimal exponents -4..14
 * (float8) or -4..5 (float4), else {@code d.ddde+XX}. JDK 17's {@code Double.toString} is not always shortest
 * (JDK-4511638), so digits are derived from the exact binary value; its output only seeds the search.
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
        // Whole numbers below 1e15 print as themselves: the common case, without BigDecimal.
        if (Math.abs(d) < 1e15 && d == Math.rint(d)) {
            return Long.toString((long) d);
        }
        return layout(d < 0, shortest(Math.abs(d), false, Double.toString(Math.abs(d))), 15);
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
        return layout(f < 0, shortest(Math.abs(f), true, Float.toString(Math.abs(f))), 6);
    }

    /** The shortest round-tripping decimal for a positive finite value, trailing zeros stripped. */
    private static BigDecimal shortest(double value, boolean single, String jdkRepr) {
        BigDecimal exact = new BigDecimal(value);
        int p = Math.max(1, significantDigits(jdkRepr));
        BigDecimal best = closestRoundTrip(exact, p, value, single);
        if (best == null) {
            // Never expected (the JDK's output round-trips), but stay correct if it did not.
            while (best == null) {
                best = closestRoundTrip(exact, ++p, value, single);
            }
        }
        for (int q = p - 1; q >= 1; q--) {
            BigDecimal shorter = closestRoundTrip(exact, q, value, single);
            if (shorter == null) {
                break;
            }
            best = shorter;
        }
        return best.stripTrailingZeros();
    }

    /** Of the two {@code digits}-digit decimals around {@code exact}, the closest that reads back, or null. */
    private static BigDecimal closestRoundTrip(BigDecimal exact, int digits, double value, boolean single) {
        BigDecimal down = exact.round(new MathContext(digits, RoundingMode.FLOOR));
        BigDecimal up = exact.round(new MathContext(digits, RoundingMode.CEILING));
        boolean downOk = readsBack(down, value, single);
        boolean upOk = !up.equals(down) && readsBack(up, value, single);
        if (downOk && upOk) {
            int cmp = exact.subtract(down).compareTo(up.subtract(exact));
            if (cmp != 0) {
                return cmp < 0 ? down : up;
            }
            return down.unscaledValue().testBit(0) ? up : down;
        }
        return downOk ? down : upOk ? up : null;
    }

    private static boolean readsBack(BigDecimal candidate, double value, boolean single) {
        return single ? candidate.floatValue() == (float) value : candidate.doubleValue() == value;
    }

    private static int significantDigits(String jdkRepr) {
        int e = jdkRepr.indexOf('E');
        String mantissa = e < 0 ? jdkRepr : jdkRepr.substring(0, e);
        String digits = mantissa.replace(".", "");
        int from = 0;
        while (from < digits.length() - 1 && digits.charAt(from) == '0') {
            from++;
        }
        int to = digits.length();
        while (to > from + 1 && digits.charAt(to - 1) == '0') {
            to--;
        }
        return to - from;
    }

    /** Fixed notation when {@code -4 <= exponent < fixedLimit}, else {@code %e}-style with a two-digit minimum. */
    private static String layout(boolean negative, BigDecimal v, int fixedLimit) {
        String digits = v.unscaledValue().toString();
        int exponent = digits.length() - 1 - v.scale();
        StringBuilder sb = new StringBuilder(digits.length() + 8);
        if (negative) {
            sb.append('-');
        }
        if (exponent >= -4 && exponent < fixedLimit) {
            if (exponent < 0) {
                sb.append("0.");
                sb.append("0".repeat(-exponent - 1));
                sb.append(digits);
            } else if (digits.length() <= exponent + 1) {
                sb.append(digits);
                sb.append("0".repeat(exponent + 1 - digits.length()));
            } else {
                sb.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, digits.length());
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append(exponent < 0 ? "e-" : "e+");
            int abs = Math.abs(exponent);
            if (abs < 10) {
                sb.append('0');
            }
            sb.append(abs);
        }
        return sb.toString();
    }
}
