package dev.pgwire.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Ryu} against the exact {@code BigDecimal} search it replaces for doubles. */
class RyuTest {

    @Test
    void agreesWithTheExactSearchOnRandomBitPatterns() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int i = 0; i < 50_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(d) || d == 0 || Math.abs(d) < 1e15 && d == Math.rint(d)) {
                continue;
            }
            assertEquals(FloatFormat.formatExactly(d), FloatFormat.format(d), "seed " + seed + ": bits "
                    + Long.toHexString(Double.doubleToRawLongBits(d)));
        }
    }

    @Test
    void agreesOnEdgeValues() {
        double[] values = {Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 1e23, 1e22, 5e-324, 0.1, 0.3,
            2.82879384806159E17, 9007199254740993.0, 1e15, 1e16, 123456789.123, 1.7976931348623157e308,
            Math.nextUp(1.0), Math.nextDown(1.0), 4.35, 0.1 + 0.2, 1e-7, 2.2250738585072014E-308,
            Math.nextDown(Double.MIN_NORMAL), 1.5e300, 7.0e-10, 9.5367431640625e-7};
        for (double d : values) {
            assertEquals(FloatFormat.formatExactly(d), FloatFormat.format(d), Double.toString(d));
            assertEquals(FloatFormat.formatExactly(-d), FloatFormat.format(-d), Double.toString(-d));
        }
    }

    @Test
    void agreesOnShortDecimals() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            double d = random.nextInt(10_000_000) * Math.pow(10, random.nextInt(40) - 20);
            if (d != 0 && !(Math.abs(d) < 1e15 && d == Math.rint(d))) {
                assertEquals(FloatFormat.formatExactly(d), FloatFormat.format(d), Double.toString(d));
            }
        }
    }
}
