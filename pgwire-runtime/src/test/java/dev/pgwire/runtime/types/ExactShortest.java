package dev.pgwire.runtime.types;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The test oracle for {@link Ryu}: the shortest decimal strictly between the midpoints to a value's neighbours
 * (PostgreSQL's Ryu never accepts the bounds, so 1e23 prints as 9.999999999999999e+22), closest to the value, ties
 * to even, found by exact {@code BigDecimal} arithmetic. Slow, obviously correct.
 */
final class ExactShortest {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private ExactShortest() {}

    /** What {@link FloatFormat#format(double)} must print for a finite, non-zero value. */
    static String format(double d) {
        return layout(d < 0, shortest(Math.abs(d), false), 15);
    }

    static String format(float f) {
        return layout(f < 0, shortest(Math.abs(f), true), 6);
    }

    private static String layout(boolean negative, BigDecimal v, int fixedLimit) {
        String digits = v.unscaledValue().toString();
        return FloatFormat.layout(negative, digits, -v.scale(), fixedLimit);
    }

    private static BigDecimal shortest(double value, boolean single) {
        BigDecimal exact = new BigDecimal(value);
        double below = single ? Math.nextDown((float) value) : Math.nextDown(value);
        double above = single ? Math.nextUp((float) value) : Math.nextUp(value);
        BigDecimal upperGap = Double.isInfinite(above) || (single && Float.isInfinite((float) above))
                ? new BigDecimal(single ? Math.ulp((float) value) : Math.ulp(value))
                : new BigDecimal(above).subtract(exact);
        BigDecimal low = exact.add(new BigDecimal(below)).divide(TWO);
        BigDecimal high = exact.add(upperGap.divide(TWO));
        // Whether some p-digit decimal lies inside is monotonic in p (append a zero), so binary-search the least p;
        // 17 digits (9 for floats) always suffice.
        int lo = 1;
        int hi = single ? 9 : 17;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (closest(exact, mid, low, high) != null) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return closest(exact, lo, low, high).stripTrailingZeros();
    }

    private static BigDecimal closest(BigDecimal exact, int digits, BigDecimal low, BigDecimal high) {
        BigDecimal down = exact.round(new MathContext(digits, RoundingMode.FLOOR));
        BigDecimal up = exact.round(new MathContext(digits, RoundingMode.CEILING));
        boolean downOk = down.compareTo(low) > 0 && down.compareTo(high) < 0;
        boolean upOk = !up.equals(down) && up.compareTo(low) > 0 && up.compareTo(high) < 0;
        if (downOk && upOk) {
            int cmp = exact.subtract(down).compareTo(up.subtract(exact));
            if (cmp != 0) {
                return cmp < 0 ? down : up;
            }
            return down.unscaledValue().testBit(0) ? up : down;
        }
        return downOk ? down : upOk ? up : null;
    }
}
