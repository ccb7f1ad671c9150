package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code interval} text as PostgreSQL's {@code interval_in} does for the common forms: quantity-unit pairs
 * ({@code 1 year 2 mons}, {@code 1.5 hours}, {@code 3d}), a time ({@code 04:05:06.789}, {@code -01:00}), a bare
 * number of seconds, {@code @} and {@code ago}, and ISO 8601 designators ({@code P1Y2M3DT4H5M6.5S}). Fractions spill
 * into smaller fields as in PostgreSQL: a month is 30 days, a day 24 hours.
 */
final class IntervalParser {
    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final long MICROS_PER_DAY = 86_400L * MICROS_PER_SECOND;

    private enum Unit { MICROSECOND, MILLISECOND, SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, YEAR, DECADE, CENTURY,
        MILLENNIUM }

    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("microsecond", Unit.MICROSECOND), Map.entry("microseconds", Unit.MICROSECOND),
            Map.entry("usec", Unit.MICROSECOND), Map.entry("usecs", Unit.MICROSECOND),
            Map.entry("us", Unit.MICROSECOND),
            Map.entry("millisecond", Unit.MILLISECOND), Map.entry("milliseconds", Unit.MILLISECOND),
            Map.entry("msec", Unit.MILLISECOND), Map.entry("msecs", Unit.MILLISECOND),
            Map.entry("ms", Unit.MILLISECOND),
            Map.entry("second", Unit.SECOND), Map.entry("seconds", Unit.SECOND), Map.entry("sec", Unit.SECOND),
            Map.entry("secs", Unit.SECOND), Map.entry("s", Unit.SECOND),
            Map.entry("minute", Unit.MINUTE), Map.entry("minutes", Unit.MINUTE), Map.entry("min", Unit.MINUTE),
            Map.entry("mins", Unit.MINUTE), Map.entry("m", Unit.MINUTE),
            Map.entry("hour", Unit.HOUR), Map.entry("hours", Unit.HOUR), Map.entry("hr", Unit.HOUR),
            Map.entry("hrs", Unit.HOUR), Map.entry("h", Unit.HOUR),
            Map.entry("day", Unit.DAY), Map.entry("days", Unit.DAY), Map.entry("d", Unit.DAY),
            Map.entry("week", Unit.WEEK), Map.entry("weeks", Unit.WEEK), Map.entry("w", Unit.WEEK),
            Map.entry("month", Unit.MONTH), Map.entry("months", Unit.MONTH), Map.entry("mon", Unit.MONTH),
            Map.entry("mons", Unit.MONTH),
            Map.entry("year", Unit.YEAR), Map.entry("years", Unit.YEAR), Map.entry("yr", Unit.YEAR),
            Map.entry("yrs", Unit.YEAR), Map.entry("y", Unit.YEAR),
            Map.entry("decade", Unit.DECADE), Map.entry("decades", Unit.DECADE), Map.entry("dec", Unit.DECADE),
            Map.entry("decs", Unit.DECADE),
            Map.entry("century", Unit.CENTURY), Map.entry("centuries", Unit.CENTURY), Map.entry("c", Unit.CENTURY),
            Map.entry("cent", Unit.CENTURY),
            Map.entry("millennium", Unit.MILLENNIUM), Map.entry("millennia", Unit.MILLENNIUM),
            Map.entry("mil", Unit.MILLENNIUM), Map.entry("mils", Unit.MILLENNIUM));

    private final String text;
    private final String s;
    private int pos;
    private long months;
    private long days;
    private long micros;
    /** Units already given: PostgreSQL rejects a repeated field, e.g. {@code 1 day 1 day}. */
    private final EnumSet<Unit> seen = EnumSet.noneOf(Unit.class);

    private IntervalParser(String text) {
        this.text = text;
        this.s = Chars.trim(text).toLowerCase(Locale.ROOT);
    }

    static PgInterval parse(String text) throws PgException {
        return new IntervalParser(text).parse();
    }

    private PgInterval parse() throws PgException {
        if (s.isEmpty()) {
            throw bad();
        }
        if (s.charAt(0) == 'p') {
            iso();
        } else {
            postgres();
        }
        if (months < Integer.MIN_VALUE || months > Integer.MAX_VALUE || days < Integer.MIN_VALUE
                || days > Integer.MAX_VALUE) {
            throw new PgException(SqlState.DATETIME_FIELD_OVERFLOW, "interval out of range");
        }
        return new PgInterval((int) months, (int) days, micros);
    }

    private void postgres() throws PgException {
        skipSpaces();
        if (peek() == '@') {
            pos++;
        }
        boolean any = false;
        boolean ago = false;
        while (true) {
            skipSpaces();
            if (pos >= s.length()) {
                break;
            }
            if (s.startsWith("ago", pos) && s.substring(pos + 3).isBlank()) {
                ago = true;
                pos = s.length();
                break;
            }
            int start = pos;
            String number = number();
            if (number == null) {
                throw bad();
            }
            if (peek() == ':') {
                pos = start;
                time();
                any = true;
                continue;
            }
            skipSpaces();
            String word = word();
            if (word.isEmpty()) {
                // A bare number: days before a time ("1 02:03"), else seconds.
                int save = pos;
                skipSpaces();
                boolean timeFollows = number() != null && peek() == ':';
                pos = save;
                add(new BigDecimal(number), timeFollows ? Unit.DAY : Unit.SECOND);
            } else {
                Unit unit = UNITS.get(word);
                if (unit == null) {
                    throw bad();
                }
                add(new BigDecimal(number), unit);
            }
            any = true;
        }
        if (!any) {
            throw bad();
        }
        if (ago) {
            months = -months;
            days = -days;
            micros = -micros;
        }
    }

    /** {@code [+-]H:MM[:SS[.fraction]]}, hours unbounded. */
    private void time() throws PgException {
        claim(Unit.HOUR);
        claim(Unit.MINUTE);
        claim(Unit.SECOND);
        boolean negative = peek() == '-';
        if (peek() == '-' || peek() == '+') {
            pos++;
        }
        long hours = Long.parseLong(digits());
        expect(':');
        long minutes = Long.parseLong(digits());
        BigDecimal seconds = BigDecimal.ZERO;
        if (peek() == ':') {
            pos++;
            int start = pos;
            digits();
            if (peek() == '.') {
                pos++;
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
            }
            seconds = new BigDecimal(s.substring(start, pos));
        }
        if (minutes > 59 || seconds.compareTo(BigDecimal.valueOf(60)) >= 0) {
            throw new PgException(SqlState.INTERVAL_FIELD_OVERFLOW,
                    "interval field value out of range: \"" + text + "\"");
        }
        long value = Math.addExact(Math.multiplyExact(hours * 60 + minutes, 60 * MICROS_PER_SECOND),
                seconds.movePointRight(6).setScale(0, RoundingMode.HALF_EVEN).longValueExact());
        micros = Math.addExact(micros, negative ? -value : value);
    }

    /** {@code P[nY][nM][nW][nD][T[nH][nM][nS]]}. */
    private void iso() throws PgException {
        pos = 1;
        boolean timePart = false;
        boolean any = false;
        while (pos < s.length()) {
            if (peek() == 't') {
                timePart = true;
                pos++;
                continue;
            }
            String number = number();
            if (number == null || pos >= s.length()) {
                throw bad();
            }
            char designator = s.charAt(pos++);
            Unit unit = switch (designator) {
                case 'y' -> timePart ? null : Unit.YEAR;
                case 'm' -> timePart ? Unit.MINUTE : Unit.MONTH;
                case 'w' -> timePart ? null : Unit.WEEK;
                case 'd' -> timePart ? null : Unit.DAY;
                case 'h' -> timePart ? Unit.HOUR : null;
                case 's' -> timePart ? Unit.SECOND : null;
                default -> null;
            };
            if (unit == null) {
                throw bad();
            }
            add(new BigDecimal(number), unit);
            any = true;
        }
        if (!any) {
            throw bad();
        }
    }

    /** Adds a quantity, spilling its fraction downwards as PostgreSQL does. */
    private void add(BigDecimal value, Unit unit) throws PgException {
        claim(unit);
        try {
            switch (unit) {
                case MICROSECOND -> addMicros(value);
                case MILLISECOND -> addMicros(value.movePointRight(3));
                case SECOND -> addMicros(value.movePointRight(6));
                case MINUTE -> addMicros(value.multiply(BigDecimal.valueOf(60_000_000L)));
                case HOUR -> addMicros(value.multiply(BigDecimal.valueOf(3_600_000_000L)));
                case DAY -> addDays(value);
                case WEEK -> addDays(value.multiply(BigDecimal.valueOf(7)));
                case MONTH -> addMonths(value);
                case YEAR -> addYearsOfMonths(value, 12);
                case DECADE -> addYearsOfMonths(value, 120);
                case CENTURY -> addYearsOfMonths(value, 1200);
                case MILLENNIUM -> addYearsOfMonths(value, 12_000);
                default -> throw new IllegalStateException(unit.name());
            }
        } catch (ArithmeticException e) {
            throw new PgException(SqlState.INTERVAL_FIELD_OVERFLOW, "interval field value out of range: \""
                    + text + "\"");
        }
    }

    private void claim(Unit unit) throws PgException {
        if (!seen.add(unit)) {
            throw bad();
        }
    }

    private void addMicros(BigDecimal v) {
        micros = Math.addExact(micros, v.setScale(0, RoundingMode.HALF_EVEN).longValueExact());
    }

    private void addDays(BigDecimal v) {
        BigDecimal whole = v.setScale(0, RoundingMode.DOWN);
        days = Math.addExact(days, whole.longValueExact());
        addMicros(v.subtract(whole).multiply(BigDecimal.valueOf(MICROS_PER_DAY)));
    }

    private void addMonths(BigDecimal v) {
        BigDecimal whole = v.setScale(0, RoundingMode.DOWN);
        months = Math.addExact(months, whole.longValueExact());
        addDays(v.subtract(whole).multiply(BigDecimal.valueOf(30)));
    }

    /** Years and larger units: the fraction becomes whole months, rounded (PostgreSQL does not spill further). */
    private void addYearsOfMonths(BigDecimal v, int monthsPerUnit) {
        months = Math.addExact(months,
                v.multiply(BigDecimal.valueOf(monthsPerUnit)).setScale(0, RoundingMode.HALF_EVEN).longValueExact());
    }

    private String number() {
        int start = pos;
        if (peek() == '+' || peek() == '-') {
            pos++;
        }
        int digitsStart = pos;
        while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
            pos++;
        }
        String body = s.substring(digitsStart, pos);
        if (body.isEmpty() || body.equals(".") || body.indexOf('.') != body.lastIndexOf('.')) {
            pos = start;
            return null;
        }
        return s.substring(start, pos);
    }

    private String word() {
        int start = pos;
        while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
            pos++;
        }
        return s.substring(start, pos);
    }

    private String digits() throws PgException {
        int start = pos;
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw bad();
        }
        return s.substring(start, pos);
    }

    private void expect(char c) throws PgException {
        if (peek() != c) {
            throw bad();
        }
        pos++;
    }

    private void skipSpaces() {
        while (pos < s.length() && Chars.isSpace(s.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private PgException bad() {
        return new PgException(SqlState.INVALID_DATETIME_FORMAT,
                "invalid input syntax for type interval: \"" + text + "\"");
    }
}
