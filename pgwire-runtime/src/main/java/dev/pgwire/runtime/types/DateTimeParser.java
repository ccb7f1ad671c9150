package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Splits date/time text into fields. Accepts the forms clients send: ISO dates ({@code 2024-01-02},
 * {@code 20240102}), a time after a space or {@code T} ({@code 03:04}, {@code 03:04:05.123456}), a zone
 * ({@code Z}, {@code +01}, {@code -05:30}, {@code +0530}, {@code UTC}, {@code Europe/Paris}) and an era
 * ({@code BC}/{@code AD}) in pgjdbc's order {@code date time zone era}, plus the special words. Other
 * {@code DateStyle} orders ({@code 1/8/1999}, month names) are rejected with 22007.
 */
final class DateTimeParser {
    private final String original;
    private final String s;
    private final String sqlName;
    private int pos;

    private DateTimeParser(String original, String sqlName) {
        this.original = original;
        this.s = Chars.trim(original);
        this.sqlName = sqlName;
    }

    /**
     * @param sqlName the type's name in error messages ({@code date}, {@code timestamp with time zone}, ...)
     */
    static DateTimeInput parse(String text, String sqlName) throws PgException {
        return new DateTimeParser(text, sqlName).parse();
    }

    /** 22007 {@code invalid input syntax for type date: "..."}. */
    static PgException badFormat(String sqlName, String input) {
        return new PgException(SqlState.INVALID_DATETIME_FORMAT,
                "invalid input syntax for type " + sqlName + ": \"" + input + "\"");
    }

    private DateTimeInput parse() throws PgException {
        DateTimeInput.Special special = special(s.toLowerCase(Locale.ROOT));
        if (special != DateTimeInput.Special.NONE) {
            return new DateTimeInput(special, null, -1, null);
        }
        int year = 0;
        int month = 0;
        int day = 0;
        boolean hasDate = false;
        long micros = -1;
        if (peekDigitsThen(':')) {
            micros = time();
        } else {
            int start = pos;
            String first = digits(9);
            if (peek() == '-') {
                pos++;
                year = Integer.parseInt(first);
                month = Integer.parseInt(digits(2));
                expect('-');
                day = Integer.parseInt(digits(2));
            } else if (first.length() == 8) {
                year = Integer.parseInt(first.substring(0, 4));
                month = Integer.parseInt(first.substring(4, 6));
                day = Integer.parseInt(first.substring(6));
            } else {
                pos = start;
                throw badFormat();
            }
            hasDate = true;
            if (peek() == 'T' || peek() == 't') {
                pos++;
                micros = time();
            } else if (skipSpaces() && peekDigitsThen(':')) {
                micros = time();
            }
        }
        ZoneId zone = zone();
        boolean bc = era();
        if (pos != s.length()) {
            throw badFormat();
        }
        LocalDate date = null;
        if (hasDate) {
            if (year == 0 || month < 1 || month > 12 || day < 1) {
                throw CodecErrors.fieldOutOfRange(original);
            }
            int isoYear = bc ? 1 - year : year;
            if (day > LocalDate.of(isoYear, month, 1).lengthOfMonth()) {
                throw CodecErrors.fieldOutOfRange(original);
            }
            date = LocalDate.of(isoYear, month, day);
        } else if (bc) {
            throw badFormat();
        }
        return new DateTimeInput(DateTimeInput.Special.NONE, date, micros, zone);
    }

    private static DateTimeInput.Special special(String lower) {
        return switch (lower) {
            case "infinity", "+infinity" -> DateTimeInput.Special.INFINITY;
            case "-infinity" -> DateTimeInput.Special.NEG_INFINITY;
            case "epoch" -> DateTimeInput.Special.EPOCH;
            case "now" -> DateTimeInput.Special.NOW;
            case "today" -> DateTimeInput.Special.TODAY;
            case "tomorrow" -> DateTimeInput.Special.TOMORROW;
            case "yesterday" -> DateTimeInput.Special.YESTERDAY;
            case "allballs" -> DateTimeInput.Special.ALLBALLS;
            default -> DateTimeInput.Special.NONE;
        };
    }

    /** {@code H[H]:MM[:SS[.fraction]]} as microseconds of the day, the fraction rounded to microseconds. */
    private long time() throws PgException {
        int hour = Integer.parseInt(digits(2));
        expect(':');
        int minute = Integer.parseInt(exactDigits(2));
        int second = 0;
        long fractionMicros = 0;
        if (peek() == ':') {
            pos++;
            second = Integer.parseInt(exactDigits(2));
            if (peek() == '.') {
                pos++;
                String fraction = digits(Integer.MAX_VALUE);
                fractionMicros = fractionToMicros(fraction);
            }
        }
        if (hour > 24 || minute > 59 || second > 60
                || (hour == 24 && (minute != 0 || second != 0 || fractionMicros != 0))) {
            throw CodecErrors.fieldOutOfRange(original);
        }
        long micros = ((hour * 60L + minute) * 60 + second) * 1_000_000 + fractionMicros;
        if (micros > DateTimeFormat.MICROS_PER_DAY) {
            throw CodecErrors.fieldOutOfRange(original);
        }
        return micros;
    }

    private static long fractionToMicros(String fraction) {
        if (fraction.length() <= 6) {
            return Long.parseLong((fraction + "000000").substring(0, 6));
        }
        long micros = Long.parseLong(fraction.substring(0, 6));
        return fraction.charAt(6) >= '5' ? micros + 1 : micros;
    }

    /** An optional zone: {@code Z}, a numeric offset, or a zone name; null when none follows. */
    private ZoneId zone() throws PgException {
        int start = pos;
        skipSpaces();
        char c = peek();
        if (c == '+' || c == '-') {
            pos++;
            return ZoneOffset.ofTotalSeconds((c == '-' ? -1 : 1) * offsetSeconds());
        }
        if (Character.isLetter(c)) {
            int nameStart = pos;
            while (pos < s.length() && isZoneNameChar(s.charAt(pos))) {
                pos++;
            }
            String name = s.substring(nameStart, pos);
            if (name.equalsIgnoreCase("bc") || name.equalsIgnoreCase("ad")) {
                pos = start;
                return null;
            }
            ZoneId zone = ZoneNames.resolve(name);
            if (zone == null) {
                // PostgreSQL takes an unknown word for bad syntax, and only an unknown Area/Location for a zone.
                if (name.indexOf('/') < 0) {
                    throw badFormat();
                }
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "time zone \"" + name.toLowerCase(Locale.ROOT) + "\" not recognized");
            }
            return zone;
        }
        pos = start;
        return null;
    }

    /** {@code H[H][:MM[:SS]]}, {@code HHMM} or {@code HHMMSS} after the sign, in seconds. */
    private int offsetSeconds() throws PgException {
        String first = digits(6);
        int hours;
        int minutes = 0;
        int seconds = 0;
        if (peek() == ':') {
            if (first.length() > 2) {
                throw badFormat();
            }
            hours = Integer.parseInt(first);
            pos++;
            minutes = Integer.parseInt(exactDigits(2));
            if (peek() == ':') {
                pos++;
                seconds = Integer.parseInt(exactDigits(2));
            }
        } else if (first.length() <= 2) {
            hours = Integer.parseInt(first);
        } else if (first.length() == 4 || first.length() == 6) {
            hours = Integer.parseInt(first.substring(0, 2));
            minutes = Integer.parseInt(first.substring(2, 4));
            seconds = first.length() == 6 ? Integer.parseInt(first.substring(4)) : 0;
        } else {
            throw badFormat();
        }
        if (minutes > 59 || seconds > 59) {
            throw CodecErrors.fieldOutOfRange(original);
        }
        int total = (hours * 60 + minutes) * 60 + seconds;
        // PostgreSQL 15 accepts displacements up to 15:59:59.
        if (hours > 15) {
            throw new PgException(SqlState.INVALID_TIME_ZONE_DISPLACEMENT_VALUE,
                    "time zone displacement out of range: \"" + original + "\"");
        }
        return total;
    }

    private boolean era() {
        int start = pos;
        skipSpaces();
        if (s.regionMatches(true, pos, "BC", 0, 2) && pos + 2 == s.length()) {
            pos += 2;
            return true;
        }
        if (s.regionMatches(true, pos, "AD", 0, 2) && pos + 2 == s.length()) {
            pos += 2;
            return false;
        }
        pos = start;
        return false;
    }

    private static boolean isZoneNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '/' || c == '_' || c == '+' || c == '-';
    }

    private boolean peekDigitsThen(char next) {
        int i = pos;
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i > pos && i < s.length() && s.charAt(i) == next;
    }

    private String digits(int max) throws PgException {
        int start = pos;
        while (pos < s.length() && pos - start < max && isDigit(s.charAt(pos))) {
            pos++;
        }
        if (pos == start || (pos < s.length() && isDigit(s.charAt(pos)))) {
            throw badFormat();
        }
        return s.substring(start, pos);
    }

    private String exactDigits(int count) throws PgException {
        String d = digits(count);
        if (d.length() != count) {
            throw badFormat();
        }
        return d;
    }

    private boolean skipSpaces() {
        int start = pos;
        while (pos < s.length() && Chars.isSpace(s.charAt(pos))) {
            pos++;
        }
        return pos > start;
    }

    private void expect(char c) throws PgException {
        if (peek() != c) {
            throw badFormat();
        }
        pos++;
    }

    private char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private PgException badFormat() {
        return badFormat(sqlName, original);
    }
}
