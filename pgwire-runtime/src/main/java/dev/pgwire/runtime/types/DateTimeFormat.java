package dev.pgwire.runtime.types;

import java.time.LocalDate;

/**
 * PostgreSQL's ISO {@code DateStyle} output: {@code YYYY-MM-DD}, {@code HH:MM:SS[.ffffff]} with trailing fraction
 * zeros dropped, zone offsets as {@code +HH[:MM[:SS]]}, and a trailing {@code BC} for years before 1 AD (which
 * PostgreSQL numbers 1 BC, 2 BC, ... where ISO has 0, -1, ...).
 */
final class DateTimeFormat {
    static final long MICROS_PER_DAY = 86_400_000_000L;

    private DateTimeFormat() {}

    /** Appends the date, returning whether it is BC (the caller appends {@code " BC"} after any time and zone). */
    static boolean appendDate(StringBuilder sb, long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        int year = date.getYear();
        boolean bc = year <= 0;
        appendPadded(sb, bc ? 1 - year : year, 4);
        sb.append('-');
        appendPadded(sb, date.getMonthValue(), 2);
        sb.append('-');
        appendPadded(sb, date.getDayOfMonth(), 2);
        return bc;
    }

    /** Appends {@code HH:MM:SS} and, when non-zero, the microseconds without trailing zeros. */
    static void appendTime(StringBuilder sb, long microsOfDay) {
        long seconds = microsOfDay / 1_000_000;
        int micros = (int) (microsOfDay % 1_000_000);
        appendPadded(sb, (int) (seconds / 3600), 2);
        sb.append(':');
        appendPadded(sb, (int) (seconds / 60 % 60), 2);
        sb.append(':');
        appendPadded(sb, (int) (seconds % 60), 2);
        if (micros != 0) {
            sb.append('.');
            int digits = 6;
            while (micros % 10 == 0) {
                micros /= 10;
                digits--;
            }
            appendPadded(sb, micros, digits);
        }
    }

    /** Appends a UTC offset as PostgreSQL prints it: {@code +01}, {@code +05:30}, {@code -00:19:32}. */
    static void appendOffset(StringBuilder sb, int offsetSeconds) {
        int abs = Math.abs(offsetSeconds);
        sb.append(offsetSeconds < 0 ? '-' : '+');
        appendPadded(sb, abs / 3600, 2);
        int minutes = abs / 60 % 60;
        int seconds = abs % 60;
        if (minutes != 0 || seconds != 0) {
            sb.append(':');
            appendPadded(sb, minutes, 2);
            if (seconds != 0) {
                sb.append(':');
                appendPadded(sb, seconds, 2);
            }
        }
    }

    static void appendPadded(StringBuilder sb, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }
}
