package dev.pgwire.runtime.types;

import static dev.pgwire.runtime.types.Codecs.fromHex;
import static dev.pgwire.runtime.types.Codecs.fromText;
import static dev.pgwire.runtime.types.Codecs.hex;
import static dev.pgwire.runtime.types.Codecs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.Test;

class IntervalCodecTest {

    @Test
    void textFollowsIntervalStylePostgres() {
        assertEquals("1 year 2 mons 3 days 04:05:06.789", text(PgTypes.INTERVAL, new PgInterval(14, 3, 14_706_789_000L)));
        assertEquals("00:00:00", text(PgTypes.INTERVAL, new PgInterval(0, 0, 0)));
        assertEquals("-1 days +02:00:00", text(PgTypes.INTERVAL, new PgInterval(0, -1, 7_200_000_000L)));
        assertEquals("1 day -01:00:00", text(PgTypes.INTERVAL, new PgInterval(0, 1, -3_600_000_000L)));
        assertEquals("-1 years -2 mons", text(PgTypes.INTERVAL, new PgInterval(-14, 0, 0)));
        assertEquals("100:00:00", text(PgTypes.INTERVAL, new PgInterval(0, 0, 360_000_000_000L)));
        assertEquals("-00:00:00.001", text(PgTypes.INTERVAL, new PgInterval(0, 0, -1000)));
    }

    @Test
    void durationsAreJustifiedIntoDaysLikeTimestampSubtraction() {
        assertEquals("2 days 01:00:00", text(PgTypes.INTERVAL, Duration.ofHours(49)));
        assertEquals("-2 days -01:00:00", text(PgTypes.INTERVAL, PgInterval.ofMillis(-49 * 3_600_000L)));
        assertEquals("1 year 2 mons 3 days", text(PgTypes.INTERVAL, Period.of(1, 2, 3)));
    }

    @Test
    void binaryIsMicrosDaysMonths() throws PgException {
        PgInterval i = new PgInterval(14, 3, 1_000_000L);
        assertEquals("00000000000f4240" + "00000003" + "0000000e", hex(PgTypes.INTERVAL, i));
        assertEquals(i, fromHex(PgTypes.INTERVAL, hex(PgTypes.INTERVAL, i)));
        assertThrows(PgException.class, () -> fromHex(PgTypes.INTERVAL, "00"));
    }

    @Test
    void textInput() throws PgException {
        assertEquals(new PgInterval(18, 0, 0), fromText(PgTypes.INTERVAL, "1.5 years"));
        assertEquals(new PgInterval(1, 7, 43_200_000_000L), fromText(PgTypes.INTERVAL, "1.25 months"));
        assertEquals(new PgInterval(0, -3, 0), fromText(PgTypes.INTERVAL, "@ 3 days ago"));
        assertEquals(new PgInterval(0, 1, 7_380_000_000L), fromText(PgTypes.INTERVAL, "1 02:03"));
        assertEquals(new PgInterval(0, 0, 5_000_000L), fromText(PgTypes.INTERVAL, "5"));
        assertEquals(new PgInterval(14, 3, 14_706_500_000L), fromText(PgTypes.INTERVAL, "P1Y2M3DT4H5M6.5S"));
        PgException bad = assertThrows(PgException.class, () -> fromText(PgTypes.INTERVAL, "1 fortnight"));
        assertEquals(SqlState.INVALID_DATETIME_FORMAT, bad.state());
        assertEquals("invalid input syntax for type interval: \"1 fortnight\"", bad.getMessage());
        assertThrows(PgException.class, () -> fromText(PgTypes.INTERVAL, "1 day 2 days"));
        assertEquals(SqlState.INTERVAL_FIELD_OVERFLOW,
                assertThrows(PgException.class, () -> fromText(PgTypes.INTERVAL, "1:60")).state());
    }
}
