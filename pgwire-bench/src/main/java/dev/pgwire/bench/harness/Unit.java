package dev.pgwire.bench.harness;

import java.util.Locale;

/** A figure's unit, and whether more of it is better. */
public enum Unit {
    TPS("tps", true),
    MILLIS("ms", false),
    ROWS_PER_SECOND("rows/s", true),
    MIB("MiB", false),
    KIB("KiB", false);

    private final String symbol;
    private final boolean higherIsBetter;

    Unit(String symbol, boolean higherIsBetter) {
        this.symbol = symbol;
        this.higherIsBetter = higherIsBetter;
    }

    public String symbol() {
        return symbol;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** A value for the table: thousands separated, fewer decimals as it grows. */
    public String format(double value) {
        double abs = Math.abs(value);
        String pattern = abs >= 1000 ? "%,.0f" : abs >= 100 ? "%.1f" : abs >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, value) + " " + symbol;
    }
}
