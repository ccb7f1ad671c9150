package dev.pgwire.runtime.types;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A date/time literal split into fields by {@link DateTimeParser}, before each type applies its own rules (which
 * parts it needs, which it ignores, how a zone is used).
 *
 * @param special     a special word, or {@link Special#NONE}
 * @param date        the date (already converted from BC), or null when absent
 * @param microsOfDay the time of day in microseconds (0..86400000000), or -1 when absent
 * @param zone        the explicit zone or offset, or null when absent
 */
record DateTimeInput(Special special, LocalDate date, long microsOfDay, ZoneId zone) {

    /** PostgreSQL's special date/time input words. */
    enum Special {
        NONE,
        INFINITY,
        NEG_INFINITY,
        EPOCH,
        NOW,
        TODAY,
        TOMORROW,
        YESTERDAY,
        ALLBALLS
    }

    boolean hasTime() {
        return microsOfDay >= 0;
    }
}
