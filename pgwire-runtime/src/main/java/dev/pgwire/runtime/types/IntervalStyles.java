package dev.pgwire.runtime.types;

/**
 * PostgreSQL's {@code EncodeInterval} for the {@code IntervalStyle}s other than {@code postgres}: fields are split as
 * {@code interval2itm} splits them (years and months from months; hours, minutes, seconds and microseconds from the
 * time part, each carrying the time's sign).
 */
final class IntervalStyles {
    private static final long MICROS_PER_HOUR = 3_600_000_000L;
    private static final long MICROS_PER_MINUTE = 60_000_000L;
    private static final long MICROS_PER_SECOND = 1_000_000L;

    private IntervalStyles() {}

    /** The fields of an interval, as PostgreSQL's {@code struct pg_itm}. */
    private record Fields(int year, int mon, int day, long hour, int min, int sec, int fsec) {
        static Fields of(PgInterval i) {
            long time = i.micros();
            long hour = time / MICROS_PER_HOUR;
            time -= hour * MICROS_PER_HOUR;
            int min = (int) (time / MICROS_PER_MINUTE);
            time -= min * MICROS_PER_MINUTE;
            int sec = (int) (time / MICROS_PER_SECOND);
            int fsec = (int) (time - sec * MICROS_PER_SECOND);
            return new Fields(i.months() / 12, i.months() % 12, i.days(), hour, min, sec, fsec);
        }
    }

    /** {@code postgres_verbose}: {@code @ 1 year 2 mons -3 days 4 hours 5 mins 6.789 secs ago}. */
    static String verbose(PgInterval i) {
        Fields f = Fields.of(i);
        StringBuilder sb = new StringBuilder("@");
        boolean[] state = {true, false}; // {isZero, isBefore}
        verbosePart(sb, f.year(), "year", state);
        verbosePart(sb, f.mon(), "mon", state);
        verbosePart(sb, f.day(), "day", state);
        verbosePart(sb, f.hour(), "hour", state);
        verbosePart(sb, f.min(), "min", state);
        if (f.sec() != 0 || f.fsec() != 0) {
            sb.append(' ');
            if (f.sec() < 0 || (f.sec() == 0 && f.fsec() < 0)) {
                if (state[0]) {
                    state[1] = true;
                } else if (!state[1]) {
                    sb.append('-');
                }
            } else if (state[1]) {
                sb.append('-');
            }
            appendSeconds(sb, f.sec(), f.fsec(), false);
            sb.append(" sec").append(Math.abs(f.sec()) != 1 || f.fsec() != 0 ? "s" : "");
            state[0] = false;
        }
        if (state[0]) {
            sb.append(" 0");
        }
        if (state[1]) {
            sb.append(" ago");
        }
        return sb.toString();
    }

    private static void verbosePart(StringBuilder sb, long value, String unit, boolean[] state) {
        if (value == 0) {
            return;
        }
        if (state[0]) {
            state[1] = value < 0;
            value = Math.abs(value);
        } else if (state[1]) {
            value = -value;
        }
        sb.append(' ').append(value).append(' ').append(unit).append(value == 1 ? "" : "s");
        state[0] = false;
    }

    /** {@code sql_standard}: {@code 1-2}, {@code 3 4:05:06.789}, or {@code +1-2 -3 +4:05:06.789} when mixed. */
    static String sqlStandard(PgInterval i) {
        Fields f = Fields.of(i);
        int year = f.year();
        int mon = f.mon();
        int day = f.day();
        long hour = f.hour();
        int min = f.min();
        int sec = f.sec();
        int fsec = f.fsec();
        boolean hasNegative = year < 0 || mon < 0 || day < 0 || hour < 0 || min < 0 || sec < 0 || fsec < 0;
        boolean hasPositive = year > 0 || mon > 0 || day > 0 || hour > 0 || min > 0 || sec > 0 || fsec > 0;
        boolean hasYearMonth = year != 0 || mon != 0;
        boolean hasDayTime = day != 0 || hour != 0 || min != 0 || sec != 0 || fsec != 0;
        boolean standard = !(hasNegative && hasPositive) && !(hasYearMonth && hasDayTime);
        StringBuilder sb = new StringBuilder();
        if (hasNegative && standard) {
            sb.append('-');
            year = -year;
            mon = -mon;
            day = -day;
            hour = -hour;
            min = -min;
            sec = -sec;
            fsec = -fsec;
        }
        if (!hasNegative && !hasPositive) {
            sb.append('0');
        } else if (!standard) {
            char yearSign = year < 0 || mon < 0 ? '-' : '+';
            char daySign = day < 0 ? '-' : '+';
            char secSign = hour < 0 || min < 0 || sec < 0 || fsec < 0 ? '-' : '+';
            sb.append(yearSign).append(Math.abs(year)).append('-').append(Math.abs(mon)).append(' ')
                    .append(daySign).append(Math.abs((long) day)).append(' ')
                    .append(secSign).append(Math.abs(hour)).append(':');
            pad2(sb, Math.abs(min));
            sb.append(':');
            appendSeconds(sb, sec, fsec, true);
        } else if (hasYearMonth) {
            sb.append(year).append('-').append(mon);
        } else if (day != 0) {
            sb.append(day).append(' ').append(hour).append(':');
            pad2(sb, min);
            sb.append(':');
            appendSeconds(sb, sec, fsec, true);
        } else {
            sb.append(hour).append(':');
            pad2(sb, min);
            sb.append(':');
            appendSeconds(sb, sec, fsec, true);
        }
        return sb.toString();
    }

    /** {@code iso_8601}: {@code P1Y2M3DT4H5M6.789S}, {@code PT0S} for zero. */
    static String iso8601(PgInterval i) {
        Fields f = Fields.of(i);
        if (i.months() == 0 && i.days() == 0 && i.micros() == 0) {
            return "PT0S";
        }
        StringBuilder sb = new StringBuilder("P");
        isoPart(sb, f.year(), 'Y');
        isoPart(sb, f.mon(), 'M');
        isoPart(sb, f.day(), 'D');
        if (f.hour() != 0 || f.min() != 0 || f.sec() != 0 || f.fsec() != 0) {
            sb.append('T');
        }
        isoPart(sb, f.hour(), 'H');
        isoPart(sb, f.min(), 'M');
        if (f.sec() != 0 || f.fsec() != 0) {
            if (f.sec() < 0 || f.fsec() < 0) {
                sb.append('-');
            }
            appendSeconds(sb, f.sec(), f.fsec(), false);
            sb.append('S');
        }
        return sb.toString();
    }

    private static void isoPart(StringBuilder sb, long value, char unit) {
        if (value != 0) {
            sb.append(value).append(unit);
        }
    }

    /** {@code AppendSeconds}: absolute seconds (two digits when {@code pad}), then the fraction without zeros. */
    private static void appendSeconds(StringBuilder sb, int sec, int fsec, boolean pad) {
        int s = Math.abs(sec);
        if (pad) {
            pad2(sb, s);
        } else {
            sb.append(s);
        }
        int fraction = Math.abs(fsec);
        if (fraction != 0) {
            int digits = 6;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            sb.append('.');
            DateTimeFormat.appendPadded(sb, fraction, digits);
        }
    }

    private static void pad2(StringBuilder sb, int v) {
        if (v < 10) {
            sb.append('0');
        }
        sb.append(v);
    }
}
