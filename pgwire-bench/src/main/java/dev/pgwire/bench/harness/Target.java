package dev.pgwire.bench.harness;

import java.util.Locale;

/** A goal from issue #5 that a figure is checked against. */
public sealed interface Target {
    /** Whether the measurement meets it; {@code null} when a figure is missing. */
    Boolean met(Measurement m);

    /** How the report states it. */
    String describe();

    /** pgwire's advantage (see {@link Measurement#advantage()}) is at least {@code min}. */
    record Ratio(double min) implements Target {
        @Override
        public Boolean met(Measurement m) {
            Double advantage = m.advantage();
            return advantage == null ? null : advantage >= min;
        }

        @Override
        public String describe() {
            return String.format(Locale.ROOT, "≥ %.1f×", min);
        }
    }

    /** pgwire's own figure is below {@code max} (in the measurement's unit). */
    record Below(double max) implements Target {
        @Override
        public Boolean met(Measurement m) {
            return m.pgwire() == null ? null : m.pgwire() < max;
        }

        @Override
        public String describe() {
            return "pgwire < " + (max == Math.rint(max) ? String.valueOf((long) max) : String.valueOf(max));
        }
    }
}
