package dev.pgwire.runtime.types;

import java.math.BigInteger;

/**
 * Ulf Adams' Ryū shortest round-trip algorithm for doubles and floats ("Ryū: fast float-to-string conversion",
 * PLDI 2018), as PostgreSQL uses it in {@code src/common/d2s.c} and {@code f2s.c}: with interval bounds never
 * accepted, so a decimal lying exactly on the midpoint to a neighbouring value is not a candidate. Returns the
 * digits as a {@code long} and the decimal exponent; the multiplier tables are computed once with
 * {@link BigInteger}.
 */
final class Ryu {
    private static final int POW5_INV_BITCOUNT = 125;
    private static final int POW5_BITCOUNT = 125;
    private static final int POW5_INV_TABLE_SIZE = 342;
    private static final int POW5_TABLE_SIZE = 326;
    /** 5^q / 2^k split into 128 bits: [q][0] low 64, [q][1] high bits. */
    private static final long[][] POW5_INV_SPLIT = new long[POW5_INV_TABLE_SIZE][];
    private static final long[][] POW5_SPLIT = new long[POW5_TABLE_SIZE][];
    private static final int FLOAT_POW5_INV_BITCOUNT = 59;
    private static final int FLOAT_POW5_BITCOUNT = 61;
    private static final long[] FLOAT_POW5_INV_SPLIT = new long[31];
    private static final long[] FLOAT_POW5_SPLIT = new long[47];

    static {
        BigInteger mask64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        for (int i = 0; i < Math.max(POW5_INV_TABLE_SIZE, POW5_TABLE_SIZE); i++) {
            BigInteger pow5 = BigInteger.valueOf(5).pow(i);
            int pow5len = pow5.bitLength();
            if (i < POW5_TABLE_SIZE) {
                int shift = pow5len - POW5_BITCOUNT;
                BigInteger v = shift >= 0 ? pow5.shiftRight(shift) : pow5.shiftLeft(-shift);
                POW5_SPLIT[i] = new long[] {v.and(mask64).longValue(), v.shiftRight(64).longValue()};
            }
            if (i < POW5_INV_TABLE_SIZE) {
                int j = pow5len - 1 + POW5_INV_BITCOUNT;
                BigInteger inv = BigInteger.ONE.shiftLeft(j).divide(pow5).add(BigInteger.ONE);
                POW5_INV_SPLIT[i] = new long[] {inv.and(mask64).longValue(), inv.shiftRight(64).longValue()};
            }
            if (i < FLOAT_POW5_SPLIT.length) {
                int shift = pow5len - FLOAT_POW5_BITCOUNT;
                FLOAT_POW5_SPLIT[i] = (shift >= 0 ? pow5.shiftRight(shift) : pow5.shiftLeft(-shift)).longValueExact();
            }
            if (i < FLOAT_POW5_INV_SPLIT.length) {
                int j = pow5len - 1 + FLOAT_POW5_INV_BITCOUNT;
                FLOAT_POW5_INV_SPLIT[i] = BigInteger.ONE.shiftLeft(j).divide(pow5).add(BigInteger.ONE).longValueExact();
            }
        }
    }

    private Ryu() {}

    /** The shortest digits of a positive finite double: {@code value ≈ digits × 10^exponent}. */
    record Result(long digits, int exponent) {}

    static Result shortest(double value) {
        long bits = Double.doubleToRawLongBits(value);
        long ieeeMantissa = bits & ((1L << 52) - 1);
        int ieeeExponent = (int) ((bits >>> 52) & 0x7ff);
        int e2;
        long m2;
        if (ieeeExponent == 0) {
            e2 = 1 - 1023 - 52 - 2;
            m2 = ieeeMantissa;
        } else {
            e2 = ieeeExponent - 1023 - 52 - 2;
            m2 = (1L << 52) | ieeeMantissa;
        }
        // PostgreSQL never accepts the interval bounds (see the class comment).
        boolean acceptBounds = false;

        long mv = 4 * m2;
        int mmShift = ieeeMantissa != 0 || ieeeExponent <= 1 ? 1 : 0;

        long vr;
        long vp;
        long vm;
        int e10;
        boolean vmIsTrailingZeros = false;
        boolean vrIsTrailingZeros = false;
        if (e2 >= 0) {
            int q = log10Pow2(e2) - (e2 > 3 ? 1 : 0);
            e10 = q;
            int k = POW5_INV_BITCOUNT + pow5bits(q) - 1;
            int i = -e2 + q + k;
            long[] mul = POW5_INV_SPLIT[q];
            vr = mulShift(4 * m2, mul, i);
            vp = mulShift(4 * m2 + 2, mul, i);
            vm = mulShift(4 * m2 - 1 - mmShift, mul, i);
            if (q <= 21) {
                if (mv % 5 == 0) {
                    vrIsTrailingZeros = multipleOfPowerOf5(mv, q);
                } else if (acceptBounds) {
                    vmIsTrailingZeros = multipleOfPowerOf5(mv - 1 - mmShift, q);
                } else {
                    vp -= multipleOfPowerOf5(mv + 2, q) ? 1 : 0;
                }
            }
        } else {
            int q = log10Pow5(-e2) - (-e2 > 1 ? 1 : 0);
            e10 = q + e2;
            int i = -e2 - q;
            int k = pow5bits(i) - POW5_BITCOUNT;
            int j = q - k;
            long[] mul = POW5_SPLIT[i];
            vr = mulShift(4 * m2, mul, j);
            vp = mulShift(4 * m2 + 2, mul, j);
            vm = mulShift(4 * m2 - 1 - mmShift, mul, j);
            if (q <= 1) {
                vrIsTrailingZeros = true;
                if (acceptBounds) {
                    vmIsTrailingZeros = mmShift == 1;
                } else {
                    --vp;
                }
            } else if (q < 63) {
                vrIsTrailingZeros = multipleOfPowerOf2(mv, q);
            }
        }

        int removed = 0;
        int lastRemovedDigit = 0;
        long output;
        if (vmIsTrailingZeros || vrIsTrailingZeros) {
            while (vp / 10 > vm / 10) {
                vmIsTrailingZeros &= vm % 10 == 0;
                vrIsTrailingZeros &= lastRemovedDigit == 0;
                lastRemovedDigit = (int) (vr % 10);
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }
            if (vmIsTrailingZeros) {
                while (vm % 10 == 0) {
                    vrIsTrailingZeros &= lastRemovedDigit == 0;
                    lastRemovedDigit = (int) (vr % 10);
                    vr /= 10;
                    vp /= 10;
                    vm /= 10;
                    removed++;
                }
            }
            if (vrIsTrailingZeros && lastRemovedDigit == 5 && vr % 2 == 0) {
                // Exactly halfway: round to even.
                lastRemovedDigit = 4;
            }
            output = vr + ((vr == vm && (!acceptBounds || !vmIsTrailingZeros)) || lastRemovedDigit >= 5 ? 1 : 0);
        } else {
            boolean roundUp = false;
            if (vp / 100 > vm / 100) {
                roundUp = vr % 100 >= 50;
                vr /= 100;
                vp /= 100;
                vm /= 100;
                removed += 2;
            }
            while (vp / 10 > vm / 10) {
                roundUp = vr % 10 >= 5;
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }
            output = vr + (vr == vm || roundUp ? 1 : 0);
        }
        // Drop trailing zeros the loops above kept (they stop once the interval allows no shorter digits).
        int exponent = e10 + removed;
        while (output % 10 == 0 && output != 0) {
            output /= 10;
            exponent++;
        }
        return new Result(output, exponent);
    }

    /** The shortest digits of a positive finite float, as PostgreSQL's {@code src/common/f2s.c} finds them. */
    static Result shortest(float value) {
        int bits = Float.floatToRawIntBits(value);
        int ieeeMantissa = bits & ((1 << 23) - 1);
        int ieeeExponent = (bits >>> 23) & 0xff;
        int e2;
        long m2;
        if (ieeeExponent == 0) {
            e2 = 1 - 127 - 23 - 2;
            m2 = ieeeMantissa;
        } else {
            e2 = ieeeExponent - 127 - 23 - 2;
            m2 = (1L << 23) | ieeeMantissa;
        }
        boolean acceptBounds = false;
        long mv = 4 * m2;
        long mp = 4 * m2 + 2;
        int mmShift = ieeeMantissa != 0 || ieeeExponent <= 1 ? 1 : 0;
        long mm = 4 * m2 - 1 - mmShift;

        long vr;
        long vp;
        long vm;
        int e10;
        boolean vmIsTrailingZeros = false;
        boolean vrIsTrailingZeros = false;
        int lastRemovedDigit = 0;
        if (e2 >= 0) {
            int q = log10Pow2(e2);
            e10 = q;
            int k = FLOAT_POW5_INV_BITCOUNT + pow5bits(q) - 1;
            int i = -e2 + q + k;
            vr = mulShift32(mv, FLOAT_POW5_INV_SPLIT[q], i);
            vp = mulShift32(mp, FLOAT_POW5_INV_SPLIT[q], i);
            vm = mulShift32(mm, FLOAT_POW5_INV_SPLIT[q], i);
            if (q != 0 && (vp - 1) / 10 <= vm / 10) {
                // The loop below removes no digit, but the rounding needs the last one removed here.
                int l = FLOAT_POW5_INV_BITCOUNT + pow5bits(q - 1) - 1;
                lastRemovedDigit = (int) (mulShift32(mv, FLOAT_POW5_INV_SPLIT[q - 1], -e2 + q - 1 + l) % 10);
            }
            if (q <= 9) {
                if (mv % 5 == 0) {
                    vrIsTrailingZeros = multipleOfPowerOf5(mv, q);
                } else if (acceptBounds) {
                    vmIsTrailingZeros = multipleOfPowerOf5(mm, q);
                } else {
                    vp -= multipleOfPowerOf5(mp, q) ? 1 : 0;
                }
            }
        } else {
            int q = log10Pow5(-e2);
            e10 = q + e2;
            int i = -e2 - q;
            int k = pow5bits(i) - FLOAT_POW5_BITCOUNT;
            int j = q - k;
            vr = mulShift32(mv, FLOAT_POW5_SPLIT[i], j);
            vp = mulShift32(mp, FLOAT_POW5_SPLIT[i], j);
            vm = mulShift32(mm, FLOAT_POW5_SPLIT[i], j);
            if (q != 0 && (vp - 1) / 10 <= vm / 10) {
                j = q - 1 - (pow5bits(i + 1) - FLOAT_POW5_BITCOUNT);
                lastRemovedDigit = (int) (mulShift32(mv, FLOAT_POW5_SPLIT[i + 1], j) % 10);
            }
            if (q <= 1) {
                vrIsTrailingZeros = true;
                if (acceptBounds) {
                    vmIsTrailingZeros = mmShift == 1;
                } else {
                    --vp;
                }
            } else if (q < 31) {
                vrIsTrailingZeros = multipleOfPowerOf2(mv, q - 1);
            }
        }

        int removed = 0;
        long output;
        if (vmIsTrailingZeros || vrIsTrailingZeros) {
            while (vp / 10 > vm / 10) {
                vmIsTrailingZeros &= vm % 10 == 0;
                vrIsTrailingZeros &= lastRemovedDigit == 0;
                lastRemovedDigit = (int) (vr % 10);
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }
            if (vmIsTrailingZeros) {
                while (vm % 10 == 0) {
                    vrIsTrailingZeros &= lastRemovedDigit == 0;
                    lastRemovedDigit = (int) (vr % 10);
                    vr /= 10;
                    vp /= 10;
                    vm /= 10;
                    removed++;
                }
            }
            if (vrIsTrailingZeros && lastRemovedDigit == 5 && vr % 2 == 0) {
                lastRemovedDigit = 4;
            }
            output = vr + ((vr == vm && (!acceptBounds || !vmIsTrailingZeros)) || lastRemovedDigit >= 5 ? 1 : 0);
        } else {
            while (vp / 10 > vm / 10) {
                lastRemovedDigit = (int) (vr % 10);
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }
            output = vr + (vr == vm || lastRemovedDigit >= 5 ? 1 : 0);
        }
        int exponent = e10 + removed;
        while (output % 10 == 0 && output != 0) {
            output /= 10;
            exponent++;
        }
        return new Result(output, exponent);
    }

    /** {@code (m * factor) >> shift} for a 64-bit factor below 2^62 and m below 2^27 (shift > 32). */
    private static long mulShift32(long m, long factor, int shift) {
        long factorLo = factor & 0xFFFF_FFFFL;
        long factorHi = factor >>> 32;
        long bits0 = m * factorLo;
        long bits1 = m * factorHi;
        long sum = (bits0 >>> 32) + bits1;
        return (sum >>> (shift - 32)) & 0xFFFF_FFFFL;
    }

    /** {@code (m * mul) >> j} for a 128-bit {@code mul}, exactly (m < 2^57, j >= 64). */
    private static long mulShift(long m, long[] mul, int j) {
        long low = mul[0];
        long high = mul[1];
        // m * low, high 64 bits of the unsigned product (m is non-negative).
        long b0High = Math.multiplyHigh(m, low) + (low < 0 ? m : 0);
        long b2Low = m * high;
        long b2High = Math.multiplyHigh(m, high);
        long sumLow = b2Low + b0High;
        long sumHigh = b2High + (Long.compareUnsigned(sumLow, b2Low) < 0 ? 1 : 0);
        int shift = j - 64;
        if (shift == 0) {
            return sumLow;
        }
        if (shift >= 64) {
            return sumHigh >>> (shift - 64);
        }
        return (sumHigh << (64 - shift)) | (sumLow >>> shift);
    }

    /** Bits of 5^e: {@code ceil(log2(5^e))}, 1 for e = 0. */
    private static int pow5bits(int e) {
        return (int) (((long) e * 1217359) >>> 19) + 1;
    }

    private static int log10Pow2(int e) {
        return (int) (((long) e * 78913) >>> 18);
    }

    private static int log10Pow5(int e) {
        return (int) (((long) e * 732923) >>> 20);
    }

    private static boolean multipleOfPowerOf5(long value, int p) {
        int count = 0;
        while (value > 0 && value % 5 == 0) {
            value /= 5;
            count++;
        }
        return count >= p;
    }

    private static boolean multipleOfPowerOf2(long value, int p) {
        return (value & ((1L << p) - 1)) == 0;
    }
}
