package dev.pgwire.runtime.engine;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL interval literals ({@code interval '90 minutes'}) as the SQL-standard form Calcite parses
 * ({@code INTERVAL '90' MINUTE}), and Calcite's interval values as PostgreSQL prints them. There is no
 * interval wire type here, so intervals travel as text.
 */
final class Intervals {
    private static final Pattern SIMPLE =
            Pattern.compile("\\s*([+-]?\\d+(?:\\.\\d+)?)\\s*([a-z]+)\\s*", Pattern.CASE_INSENSITIVE);
    private static final long MS_PER_DAY = 86_400_000L;

    private Intervals() {}

    /**
     * The standard literal for a one-unit PostgreSQL interval string ({@code '2 hours'}, {@code '1 week'}),
     * or null when the text is anything else.
     */
    static String standardLiteral(String text) {
        Matcher m = SIMPLE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String amount = m.group(1);
        String unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "year", "years", "y" -> "YEAR";
            case "month", "months", "mon", "mons" -> "MONTH";
            case "week", "weeks", "w" -> "WEEK";
            case "day", "days", "d" -> "DAY";
            case "hour", "hours", "h" -> "HOUR";
            case "minute", "minutes", "min", "mins", "m" -> "MINUTE";
            case "second", "seconds", "sec", "secs", "s" -> "SECOND";
            default -> null;
        };
        if (unit == null || (amount.contains(".") && !unit.equals("SECOND"))) {
            return null;
        }
        if (unit.equals("WEEK")) {
            return "INTERVAL '" + Math.multiplyExact(Long.parseLong(amount), 7) + "' DAY";
        }
        return "INTERVAL '" + amount + "' " + unit;
    }

    /** A year-month interval (months) as PostgreSQL prints it: {@code 1 year 2 mons}. */
    static String formatMonths(int months) {
        if (months == 0) {
            return "00:00:00";
        }
        int years = months / 12;
        int mons = months % 12;
        StringBuilder b = new StringBuilder();
        if (years != 0) {
            b.append(years).append(Math.abs(years) == 1 ? " year" : " years");
        }
        if (mons != 0) {
            b.append(b.length() > 0 ? " " : "").append(mons).append(Math.abs(mons) == 1 ? " mon" : " mons");
        }
        return b.toString();
    }

    /** A day-time interval (milliseconds) as PostgreSQL prints it: {@code 1 day 02:00:00}, {@code 00:00:01.5}. */
    static String formatMillis(long millis) {
        long days = millis / MS_PER_DAY;
        long rest = millis % MS_PER_DAY;
        StringBuilder b = new StringBuilder();
        if (days != 0) {
            b.append(days).append(Math.abs(days) == 1 ? " day" : " days");
            if (rest == 0) {
                return b.toString();
            }
            b.append(' ');
        }
        if (rest < 0) {
            b.append('-');
            rest = -rest;
        }
        long h = rest / 3_600_000L;
        long m = rest / 60_000L % 60;
        BigDecimal s = BigDecimal.valueOf(rest % 60_000L, 3).stripTrailingZeros();
        b.append(String.format(Locale.ROOT, "%02d:%02d:", h, m));
        String seconds = s.scale() <= 0 ? String.format(Locale.ROOT, "%02d", s.intValue()) : s.toPlainString();
        b.append(s.compareTo(BigDecimal.TEN) < 0 && s.scale() > 0 ? "0" + seconds : seconds);
        return b.toString();
    }
}
