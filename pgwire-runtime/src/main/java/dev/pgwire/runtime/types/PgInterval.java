package dev.pgwire.runtime.types;

import java.time.Duration;

/**
 * A PostgreSQL {@code interval} value: months, days and microseconds kept apart, as PostgreSQL keeps them (a month is
 * not a fixed number of days, nor a day a fixed number of hours across DST changes).
 *
 * @param months months (years are 12 months)
 * @param days   days
 * @param micros the time part in microseconds, any size and sign
 */
public record PgInterval(int months, int days, long micros) {
    private static final long MICROS_PER_DAY = 86_400_000_000L;

    /**
     * A duration as PostgreSQL's timestamp subtraction reports it ({@code justify_hours}): whole 24-hour periods as
     * days, the rest as time, both with the duration's sign.
     */
    public static PgInterval of(Duration d) {
        long micros = Math.addExact(Math.multiplyExact(d.getSeconds(), 1_000_000L), d.getNano() / 1000);
        return new PgInterval(0, Math.toIntExact(micros / MICROS_PER_DAY), micros % MICROS_PER_DAY);
    }

    /** Milliseconds of a day-time interval, justified the same way: the engine's representation of durations. */
    public static PgInterval ofMillis(long millis) {
        return of(Duration.ofMillis(millis));
    }
}
