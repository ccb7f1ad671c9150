package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Parsers and normalizers for setting values, with PostgreSQL's error wording. */
final class SettingValues {
    private static final Map<String, String> ZONES_BY_LOWER_NAME = zonesByLowerName();

    private SettingValues() {}

    static PgException invalid(String name, String value) {
        return new PgException(SqlState.INVALID_PARAMETER_VALUE,
                "invalid value for parameter \"" + name + "\": \"" + value + "\"");
    }

    static PgException invalid(String name, String value, String detail) {
        return new PgException(SqlState.INVALID_PARAMETER_VALUE,
                "invalid value for parameter \"" + name + "\": \"" + value + "\"", detail, null, 0, null);
    }

    static String bool(String name, String value) throws PgException {
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes", "1", "t", "y":
                return "on";
            case "off", "false", "no", "0", "f", "n":
                return "off";
            default:
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "parameter \"" + name + "\" requires a Boolean value");
        }
    }

    static String integer(String name, String value, long min, long max) throws PgException {
        try {
            long v = Long.parseLong(value.trim());
            if (v < min || v > max) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, v + " is outside the valid range for parameter \""
                        + name + "\" (" + min + " .. " + max + ")");
            }
            return Long.toString(v);
        } catch (NumberFormatException e) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "invalid value for parameter \"" + name + "\": \"" + value + "\"");
        }
    }

    static String oneOf(String name, String value, String... allowed) throws PgException {
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            if (a.equals(v)) {
                return a;
            }
        }
        throw invalid(name, value, "Available values: " + String.join(", ", allowed) + ".");
    }

    /** A duration setting in milliseconds, accepting PostgreSQL units; shown as SHOW shows it (5s, 1min). */
    static String milliseconds(String name, String value) throws PgException {
        return formatMillis(parseMillis(name, value));
    }

    static long parseMillis(String name, String value) throws PgException {
        String v = value.trim();
        int i = 0;
        while (i < v.length() && (Character.isDigit(v.charAt(i)) || (i == 0 && v.charAt(i) == '-'))) {
            i++;
        }
        if (i == 0 || (i == 1 && v.charAt(0) == '-')) {
            throw invalid(name, value);
        }
        long n;
        try {
            n = Long.parseLong(v.substring(0, i));
        } catch (NumberFormatException e) {
            throw invalid(name, value);
        }
        String unit = v.substring(i).trim();
        long factor = switch (unit) {
            case "", "ms" -> 1L;
            case "s" -> 1000L;
            case "min" -> 60_000L;
            case "h" -> 3_600_000L;
            case "d" -> 86_400_000L;
            default -> throw invalid(name, value,
                    "Valid units for this parameter are \"us\", \"ms\", \"s\", \"min\", \"h\", and \"d\".");
        };
        if (n < 0 || n > Integer.MAX_VALUE / factor) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    value + " is outside the valid range for parameter \"" + name + "\" (0 .. 2147483647)");
        }
        return n * factor;
    }

    static String formatMillis(long ms) {
        if (ms == 0) {
            return "0";
        }
        if (ms % 86_400_000L == 0) {
            return ms / 86_400_000L + "d";
        }
        if (ms % 3_600_000L == 0) {
            return ms / 3_600_000L + "h";
        }
        if (ms % 60_000L == 0) {
            return ms / 60_000L + "min";
        }
        if (ms % 1000L == 0) {
            return ms / 1000L + "s";
        }
        return ms + "ms";
    }

    /**
     * Only UTF8 is spoken; PostgreSQL's aliases for it are accepted, and SQL_ASCII, which PostgreSQL
     * treats as "no conversion" (psql asks for it in the C locale). Like PostgreSQL's
     * {@code clean_encoding_name}, only letters and digits count, so asyncpg's startup value
     * {@code 'utf-8'} (quotes included) is UTF8.
     */
    static String clientEncoding(String name, String value) throws PgException {
        String v = value.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        if (v.equals("utf8") || v.equals("unicode")) {
            return "UTF8";
        }
        if (v.equals("sqlascii")) {
            return "SQL_ASCII";
        }
        throw invalid(name, value, "This server only supports the UTF8 client encoding.");
    }

    /** The output style must be ISO (pgjdbc insists on it, and the codecs write ISO); the order may vary. */
    static String dateStyle(String name, String value) throws PgException {
        String style = "ISO";
        String order = "MDY";
        for (String part : value.split(",")) {
            String p = part.trim().toUpperCase(Locale.ROOT);
            switch (p) {
                case "ISO" -> style = "ISO";
                case "MDY", "US", "NONEURO", "NONEUROPEAN" -> order = "MDY";
                case "DMY", "EURO", "EUROPEAN" -> order = "DMY";
                case "YMD" -> order = "YMD";
                case "DEFAULT" -> { }
                case "POSTGRES", "SQL", "GERMAN" -> throw invalid(name, value,
                        "Only the ISO output style is supported.");
                default -> throw invalid(name, value, "Unrecognized key word: \"" + part.trim() + "\".");
            }
        }
        return style + ", " + order;
    }

    /** Accepts IANA names case-insensitively, UTC/GMT, and numeric hour offsets ({@code SET TIME ZONE -7}). */
    static String timeZone(String name, String value) throws PgException {
        String v = value.trim();
        if (v.isEmpty()) {
            throw invalid(name, value);
        }
        String known = ZONES_BY_LOWER_NAME.get(v.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        if (v.equalsIgnoreCase("utc") || v.equalsIgnoreCase("gmt") || v.equalsIgnoreCase("z")
                || v.equalsIgnoreCase("zulu")) {
            return v.toUpperCase(Locale.ROOT).equals("Z") ? "UTC" : v.toUpperCase(Locale.ROOT);
        }
        try {
            double hours = Double.parseDouble(v);
            if (Math.abs(hours) > 15) {
                throw invalid(name, value);
            }
            return ZoneOffset.ofTotalSeconds((int) Math.round(hours * 3600)).getId();
        } catch (NumberFormatException ignored) {
            // not a number: try an offset or region id below
        }
        try {
            return ZoneId.of(v).getId();
        } catch (DateTimeException e) {
            throw invalid(name, value);
        }
    }

    static ZoneId zone(String timeZoneSetting) {
        try {
            return ZoneId.of(timeZoneSetting, ZoneId.SHORT_IDS);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private static Map<String, String> zonesByLowerName() {
        Map<String, String> m = new TreeMap<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            m.put(id.toLowerCase(Locale.ROOT), id);
        }
        return m;
    }
}
