package dev.pgwire.runtime;

import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code pgwire.*} limit properties into a {@link PgWireServer.Builder}. Durations and sizes
 * take PostgreSQL's units ({@code 500ms}, {@code 30s}, {@code 5min}, {@code 1h}; {@code 64kB}, {@code 16MB});
 * a bare number is milliseconds or bytes. A property that is absent leaves the builder's value.
 */
final class LimitProperties {
    private static final Pattern VALUE = Pattern.compile("\\s*(\\d+)\\s*([a-zA-Z]*)\\s*");

    private LimitProperties() {}

    static void apply(Properties p, PgWireServer.Builder b) {
        Integer i;
        Duration d;
        if ((i = count(p, "pgwire.maxConnections")) != null) {
            b.maxConnections(i);
        }
        if ((i = bytes(p, "pgwire.maxMessageLength")) != null) {
            b.maxMessageLength(i);
        }
        if ((d = duration(p, "pgwire.authenticationTimeout")) != null) {
            b.authenticationTimeout(d);
        }
        if ((i = count(p, "pgwire.maxPreparedStatements")) != null) {
            b.maxPreparedStatements(i);
        }
        if ((i = count(p, "pgwire.maxPortals")) != null) {
            b.maxPortals(i);
        }
        if ((d = duration(p, "pgwire.statementTimeout")) != null) {
            b.statementTimeout(d);
        }
        if ((d = duration(p, "pgwire.idleSessionTimeout")) != null) {
            b.idleSessionTimeout(d);
        }
        if ((d = duration(p, "pgwire.idleInTransactionSessionTimeout")) != null) {
            b.idleInTransactionSessionTimeout(d);
        }
        if ((i = bytes(p, "pgwire.writeBufferHighWaterMark")) != null) {
            b.writeBufferHighWaterMark(i);
        }
        if ((d = duration(p, "pgwire.shutdownTimeout")) != null) {
            b.shutdownTimeout(d);
        }
    }

    private static Integer count(Properties p, String name) {
        Matcher m = match(p, name);
        if (m == null) {
            return null;
        }
        if (!m.group(2).isEmpty()) {
            throw invalid(name, p.getProperty(name), "a whole number");
        }
        return toInt(name, p.getProperty(name), Long.parseLong(m.group(1)));
    }

    private static Integer bytes(Properties p, String name) {
        Matcher m = match(p, name);
        if (m == null) {
            return null;
        }
        long unit = switch (m.group(2)) {
            case "", "B" -> 1;
            case "kB" -> 1024;
            case "MB" -> 1024 * 1024;
            case "GB" -> 1024 * 1024 * 1024;
            default -> throw invalid(name, p.getProperty(name), "a size such as 65536, 64kB or 16MB");
        };
        return toInt(name, p.getProperty(name), Math.multiplyExact(Long.parseLong(m.group(1)), unit));
    }

    private static Duration duration(Properties p, String name) {
        Matcher m = match(p, name);
        if (m == null) {
            return null;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "", "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "min" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> throw invalid(name, p.getProperty(name), "a duration such as 500ms, 30s, 5min or 1h");
        };
    }

    private static Matcher match(Properties p, String name) {
        String v = p.getProperty(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        Matcher m = VALUE.matcher(v);
        if (!m.matches() || m.group(1).length() > 18) {
            throw invalid(name, v, "a non-negative number, optionally with a unit");
        }
        return m;
    }

    private static int toInt(String name, String value, long n) {
        if (n > Integer.MAX_VALUE) {
            throw invalid(name, value, "a value below 2^31");
        }
        return (int) n;
    }

    private static IllegalArgumentException invalid(String name, String value, String expected) {
        return new IllegalArgumentException(name + " must be " + expected + ": \"" + value + "\"");
    }
}
