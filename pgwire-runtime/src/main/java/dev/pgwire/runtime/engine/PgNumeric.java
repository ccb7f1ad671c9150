package dev.pgwire.runtime.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * PostgreSQL's {@code numeric} arithmetic where its result scale depends on the values, not only on
 * the types: a quotient keeps at least 16 significant digits ({@code select_div_scale} in numeric.c)
 * and {@code round(x, n)} has exactly scale n. Called from generated code, hence public.
 */
public final class PgNumeric {
    /** PostgreSQL's NUMERIC_MIN_SIG_DIGITS. */
    private static final int MIN_SIG_DIGITS = 16;
    /** Decimal digits per base-10000 digit of PostgreSQL's representation (DEC_DIGITS). */
    private static final int DEC_DIGITS = 4;
    private static final int MAX_DISPLAY_SCALE = 1000;

    private PgNumeric() {}

    /** {@code a / b} for numeric operands, with PostgreSQL's result scale and rounding. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return null;
        }
        if (b.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        int qweight = weight(a) - weight(b);
        if (firstDigit(a) <= firstDigit(b)) {
            qweight--;
        }
        int scale = MIN_SIG_DIGITS - qweight * DEC_DIGITS;
        scale = Math.max(scale, Math.max(displayScale(a), displayScale(b)));
        scale = Math.min(Math.max(scale, 0), MAX_DISPLAY_SCALE);
        return a.divide(b, scale, RoundingMode.HALF_UP);
    }

    /**
     * {@code float8::numeric}: PostgreSQL prints the double with 15 significant digits and reads that
     * text back, so {@code 0.1::float8::numeric} is {@code 0.1}, not the binary expansion.
     */
    public static BigDecimal fromDouble(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new ArithmeticException("cannot convert " + d + " to numeric: value out of range");
        }
        BigDecimal r = new BigDecimal(d).round(new MathContext(15, RoundingMode.HALF_EVEN));
        r = r.signum() == 0 ? BigDecimal.ZERO : r.stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /**
     * {@code avg} of integers or numerics: PostgreSQL divides the numeric sum by the count, so the
     * result has the quotient's scale. Null when no row counted.
     */
    public static BigDecimal avg(BigDecimal sum, Long count) {
        if (sum == null || count == null || count == 0) {
            return null;
        }
        return divide(sum, BigDecimal.valueOf(count));
    }

    /** {@code round(x, n)}: half away from zero, result scale {@code max(n, 0)}. */
    public static BigDecimal round(BigDecimal x, int n) {
        if (x == null) {
            return null;
        }
        BigDecimal r = x.setScale(n, RoundingMode.HALF_UP);
        return n < 0 ? r.setScale(0) : r;
    }

    /**
     * {@code text::numeric}: the value with the scale it was written with, as PostgreSQL keeps it
     * ({@code '1.50'::numeric} is {@code 1.50}); an exponent never leaves a negative scale.
     */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        BigDecimal d = new BigDecimal(text.trim());
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** The value unchanged: stands for a cast whose only effect would be to pad or cut the scale. */
    public static BigDecimal keep(BigDecimal x) {
        return x;
    }

    /** Position of the leading base-10000 digit (PostgreSQL's weight); 0 for zero. */
    private static int weight(BigDecimal v) {
        if (v.signum() == 0) {
            return 0;
        }
        return Math.floorDiv(v.precision() - v.scale() - 1, DEC_DIGITS);
    }

    /** The leading base-10000 digit (1..9999); 0 for zero. */
    private static int firstDigit(BigDecimal v) {
        if (v.signum() == 0) {
            return 0;
        }
        return v.abs().movePointLeft(weight(v) * DEC_DIGITS).intValue();
    }

    private static int displayScale(BigDecimal v) {
        return Math.max(v.scale(), 0);
    }
}
