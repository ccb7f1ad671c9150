package dev.pgwire.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Ryu} (through {@link FloatFormat}) against the exact search in {@link ExactShortest}. */
class RyuTest {

    @Test
    void agreesWithTheExactSearchOnRandomBitPatterns() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int i = 0; i < 5_000; i++) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(d) || d == 0 || Math.abs(d) < 1e15 && d == Math.rint(d)) {
                continue;
            }
            assertEquals(ExactShortest.format(d), FloatFormat.format(d), "seed " + seed + ": bits "
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
            assertEquals(ExactShortest.format(d), FloatFormat.format(d), Double.toString(d));
            assertEquals(ExactShortest.format(-d), FloatFormat.format(-d), Double.toString(-d));
        }
    }

    @Test
    void agreesOnShortDecimals() {
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            double d = random.nextInt(10_000_000) * Math.pow(10, random.nextInt(40) - 20);
            if (d != 0 && !(Math.abs(d) < 1e15 && d == Math.rint(d))) {
                assertEquals(ExactShortest.format(d), FloatFormat.format(d), Double.toString(d));
            }
        }
    }

    @Test
    void floatsAgreeWithTheExactSearch() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int i = 0; i < 5_000; i++) {
            float f = Float.intBitsToFloat(random.nextInt());
            if (!Float.isFinite(f) || f == 0 || Math.abs(f) < 1e6f && f == Math.rint(f)) {
                continue;
            }
            assertEquals(ExactShortest.format(f), FloatFormat.format(f), "seed " + seed + ": bits "
                    + Integer.toHexString(Float.floatToRawIntBits(f)));
        }
        float[] edges = {Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, 0.1f, 16777217f, 1e-40f, 3.4028235e38f,
            1.17549435e-38f, 7.038531e-26f, 1e6f, 1e7f, 9.999999e9f, 0.3f, 123456.7f};
        for (float f : edges) {
            assertEquals(ExactShortest.format(f), FloatFormat.format(f), Float.toString(f));
        }
        for (int i = 0; i < 5_000; i++) {
            float f = (float) (random.nextInt(10_000_000) * Math.pow(10, random.nextInt(40) - 20));
            if (f != 0 && Float.isFinite(f) && !(Math.abs(f) < 1e6f && f == Math.rint(f))) {
                assertEquals(ExactShortest.format(f), FloatFormat.format(f), Float.toString(f));
            }
        }
    }
}
