package dev.pgwire.runtime.types;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats floats as PostgreSQL 12+ does with {@code extra_float_digits > 0}: the shortest decimal that reads back to
 * the same value (closest to it when several have that length), in fixed notation for decimal exponents -4..14
 * (float8) or -4..5 (float4), else {@code d.ddde+XX}. Doubles use {@link Ryu}, as PostgreSQL does. JDK 17's
 * {@code Float.toString} is not always shortest (JDK-4511638), so float digits are searched for with exact
 * {@code BigDecimal} arithmetic, seeded by its output. The differential test checks both against PostgreSQL on
 * random bit patterns.
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
        String digits = Long.toString(r.digits());
        return new Decimal(digits, r.exponent() + digits.length() - 1).layout(d < 0, 15);
    }

    /** The BigDecimal search, for doubles: slower than {@link Ryu}, kept as the test oracle for it. */
    static String formatExactly(double d) {
        double abs = Math.abs(d);
        return shortest(abs, false, Decimal.parse(Double.toString(abs))).layout(d < 0, 15);
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
        float abs = Math.abs(f);
        Decimal jdk = Decimal.parse(Float.toString(abs));
        // FLT_DIG is 6; the same argument as for doubles, below 2^24.
        boolean unique = jdk.digits.length() <= 6 && abs < 0x1p24f && abs >= Float.MIN_NORMAL;
        Decimal digits = unique ? jdk : shortest(abs, true, jdk);
        return digits.layout(f < 0, 6);
    }

    /** The shortest round-tripping decimal for a positive finite value. */
    private static Decimal shortest(double value, boolean single, Decimal jdk) {
        BigDecimal exact = new BigDecimal(value);
        double below = single ? Math.nextDown((float) value) : Math.nextDown(value);
        double above = single ? Math.nextUp((float) value) : Math.nextUp(value);
        BigDecimal upperGap = Double.isInfinite(above) || (single && Float.isInfinite((float) above))
                ? new BigDecimal(single ? Math.ulp((float) value) : Math.ulp(value))
                : new BigDecimal(above).subtract(exact);
        Interval interval = new Interval(
                exact.add(new BigDecimal(below)).divide(TWO), exact.add(upperGap.divide(TWO)));
        int p = jdk.digits.length();
        BigDecimal best = closest(exact, p, interval);
        // The JDK's digits may sit on a boundary PostgreSQL rejects: then a longer form is needed.
        while (best == null) {
            best = closest(exact, ++p, interval);
        }
        for (int q = p - 1; q >= 1; q--) {
            BigDecimal shorter = closest(exact, q, interval);
            if (shorter == null) {
                break;
            }
            best = shorter;
        }
        BigDecimal stripped = best.stripTrailingZeros();
        String digits = stripped.unscaledValue().toString();
        return new Decimal(digits, digits.length() - 1 - stripped.scale());
    }

    /**
     * The open interval of decimals that read back as the value: between the midpoints to its neighbours. Like
     * PostgreSQL's Ryu ({@code src/common/d2s.c}, which does not accept bounds), the midpoints themselves are
     * excluded even where round-half-even would map them to the value: 1e23 prints as 9.999999999999999e+22.
     */
    private record Interval(BigDecimal low, BigDecimal high) {
        boolean contains(BigDecimal d) {
            return d.compareTo(low) > 0 && d.compareTo(high) < 0;
        }
    }

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** Of the two {@code digits}-digit decimals around {@code exact}, the closest inside the interval, or null. */
    private static BigDecimal closest(BigDecimal exact, int digits, Interval interval) {
        BigDecimal down = exact.round(new MathContext(digits, RoundingMode.FLOOR));
        BigDecimal up = exact.round(new MathContext(digits, RoundingMode.CEILING));
        boolean downOk = interval.contains(down);
        boolean upOk = !up.equals(down) && interval.contains(up);
        if (downOk && upOk) {
            int cmp = exact.subtract(down).compareTo(up.subtract(exact));
            if (cmp != 0) {
                return cmp < 0 ? down : up;
            }
            return down.unscaledValue().testBit(0) ? up : down;
        }
        return downOk ? down : upOk ? up : null;
    }

    /**
     * Significant digits without leading or trailing zeros, and the decimal exponent of the first one: the value is
     * {@code d.ddd × 10^exponent}.
     */
    private record Decimal(String digits, int exponent) {
        /** Reads {@code Double.toString}/{@code Float.toString} output ({@code 123.45}, {@code 1.0E-5}). */
        static Decimal parse(String repr) {
            int e = repr.indexOf('E');
            int exp10 = e < 0 ? 0 : Integer.parseInt(repr, e + 1, repr.length(), 10);
            String mantissa = e < 0 ? repr : repr.substring(0, e);
            int point = mantissa.indexOf('.');
            String all = mantissa.substring(0, point) + mantissa.substring(point + 1);
            int from = 0;
            while (from < all.length() - 1 && all.charAt(from) == '0') {
                from++;
            }
            int to = all.length();
            while (to > from + 1 && all.charAt(to - 1) == '0') {
                to--;
            }
            return new Decimal(all.substring(from, to), exp10 + point - 1 - from);
        }

        /** Fixed notation when {@code -4 <= exponent < fixedLimit}, else {@code %e}-style with two exponent digits. */
        String layout(boolean negative, int fixedLimit) {
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
}
