package dev.pgwire.runtime.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Timestamps with an explicit UTC offset, as PostgreSQL clients write timestamptz literals. */
final class Timestamps {
    private static final Pattern WITH_OFFSET = Pattern.compile(
            "\\s*(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?))?"
                    + "\\s*(Z|UTC|GMT|[+-]\\d{1,2}(?::?\\d{2})?)\\s*",
            Pattern.CASE_INSENSITIVE);

    private Timestamps() {}

    /** Milliseconds since the epoch of {@code text}, or null when it has no explicit offset or is invalid. */
    static Long instantMillis(String text) {
        Matcher m = WITH_OFFSET.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(m.group(1));
            LocalTime time = m.group(2) == null ? LocalTime.MIDNIGHT : LocalTime.parse(m.group(2));
            return LocalDateTime.of(date, time).toInstant(offset(m.group(3))).toEpochMilli();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String zone) {
        String z = zone.toUpperCase(java.util.Locale.ROOT);
        if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String sign = z.substring(0, 1);
        String digits = z.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
        int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
        return sign.equals("-") ? ZoneOffset.ofHoursMinutes(-hours, -minutes) : ZoneOffset.ofHoursMinutes(hours, minutes);
    }
}
