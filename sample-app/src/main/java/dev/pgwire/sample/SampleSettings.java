package dev.pgwire.sample;

import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * The sample's own settings, read from system properties (with {@code pgwire:run}, pass them to Maven:
 * {@code mvn -pl sample-app pgwire:run -Dsample.activity=off}).
 *
 * <ul>
 *   <li>{@code sample.activity}: {@code on} (default) or {@code off}; off leaves the seeded data unchanged,
 *       for reproducible query results.
 *   <li>{@code sample.activity.interval}: milliseconds between activity ticks, default 250.
 *   <li>{@code sample.seed}: seed of the generated data, default {@value #DEFAULT_SEED}.
 * </ul>
 *
 * @param activity whether the background activity runs
 * @param interval time between activity ticks
 * @param seed     seed of the generated data
 */
public record SampleSettings(boolean activity, Duration interval, long seed) {
    public static final long DEFAULT_SEED = 20_261_101L;

    public SampleSettings {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("sample.activity.interval must be positive: " + interval);
        }
    }

    /** Activity on every 250 ms, default seed. */
    public static SampleSettings defaults() {
        return new SampleSettings(true, Duration.ofMillis(250), DEFAULT_SEED);
    }

    public static SampleSettings fromSystemProperties() {
        return fromProperties(System.getProperties());
    }

    public static SampleSettings fromProperties(Properties p) {
        String activity = p.getProperty("sample.activity", "on").trim().toLowerCase(Locale.ROOT);
        boolean on = switch (activity) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new IllegalArgumentException("sample.activity must be on or off: \"" + activity + "\"");
        };
        return new SampleSettings(on,
                Duration.ofMillis(parseLong(p, "sample.activity.interval", 250)),
                parseLong(p, "sample.seed", DEFAULT_SEED));
    }

    /** The same settings with the activity switched {@code on} or off. */
    public SampleSettings withActivity(boolean on) {
        return new SampleSettings(on, interval, seed);
    }

    private static long parseLong(Properties p, String name, long fallback) {
        String value = p.getProperty(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a number: \"" + value + "\"", e);
        }
    }
}
