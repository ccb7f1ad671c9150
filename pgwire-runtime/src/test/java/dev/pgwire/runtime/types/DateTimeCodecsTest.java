package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.testing.TestSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static dev.pgwire.runtime.types.Codecs.fromHex;
import static dev.pgwire.runtime.types.Codecs.fromText;
import static dev.pgwire.runtime.types.Codecs.hex;
import static dev.pgwire.runtime.types.Codecs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DateTimeCodecsTest {

    private static int day(String iso) {
        return (int) LocalDate.parse(iso).toEpochDay();
    }

    private static long wall(String iso) {
        return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    @ParameterizedTest
    @CsvSource({
        "2024-01-02, 2024-01-02", "1970-01-01, 1970-01-01", "0001-01-01, 0001-01-01", "0000-12-31, 0001-12-31 BC",
        "-0043-03-15, 0044-03-15 BC", "+10000-01-01, 10000-01-01", "1900-02-28, 1900-02-28"
    })
    void dateText(String iso, String pg) throws PgException {
        assertEquals(pg, text(PgTypes.DATE, day(iso)));
        assertEquals(day(iso), fromText(PgTypes.DATE, pg));
    }

    @Test
    void dateBinaryCountsFrom2000() throws PgException {
        assertEquals("00000000", hex(PgTypes.DATE, day("2000-01-01")));
        assertEquals("ffffd533", hex(PgTypes.DATE, 0));
        assertEquals("7fffffff", hex(PgTypes.DATE, Integer.MAX_VALUE));
        assertEquals(day("2024-01-02"), fromHex(PgTypes.DATE, hex(PgTypes.DATE, day("2024-01-02"))));
        assertEquals(Integer.MIN_VALUE, fromHex(PgTypes.DATE, "80000000"));
    }

    @Test
    void dateTextInputForms() throws PgException {
        assertEquals("infinity", text(PgTypes.DATE, Integer.MAX_VALUE));
        assertEquals("-infinity", text(PgTypes.DATE, Integer.MIN_VALUE));
        assertEquals(Integer.MAX_VALUE, fromText(PgTypes.DATE, "Infinity"));
        assertEquals(0, fromText(PgTypes.DATE, "epoch"));
        // pgjdbc's setDate sends the zone; the time and zone are ignored for a date.
        assertEquals(day("2024-01-02"), fromText(PgTypes.DATE, "2024-01-02 +01"));
        assertEquals(day("2024-01-02"), fromText(PgTypes.DATE, "2024-01-02 03:04:05"));
        assertEquals(day("2024-01-02"), fromText(PgTypes.DATE, "20240102"));
        assertEquals(day("2024-01-02"), fromText(PgTypes.DATE, "2024-1-2"));
        PgException bad = assertThrows(PgException.class, () -> fromText(PgTypes.DATE, "yesterday-ish"));
        assertEquals(SqlState.INVALID_DATETIME_FORMAT, bad.state());
        assertEquals("invalid input syntax for type date: \"yesterday-ish\"", bad.getMessage());
        PgException field = assertThrows(PgException.class, () -> fromText(PgTypes.DATE, "2023-02-29"));
        assertEquals(SqlState.DATETIME_FIELD_OVERFLOW, field.state());
        assertEquals("date/time field value out of range: \"2023-02-29\"", field.getMessage());
        assertEquals(SqlState.DATETIME_FIELD_OVERFLOW,
                assertThrows(PgException.class, () -> fromText(PgTypes.DATE, "0000-01-01")).state());
        assertEquals("date out of range: \"5874898-01-01\"",
                assertThrows(PgException.class, () -> fromText(PgTypes.DATE, "5874898-01-01")).getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "00:00:00, 00:00:00", "03:04:05.120, 03:04:05.12", "23:59:59.999, 23:59:59.999", "12:00:00.001, 12:00:00.001"
    })
    void timeText(String iso, String pg) throws PgException {
        int ms = (int) (LocalTime.parse(iso).toNanoOfDay() / 1_000_000);
        assertEquals(pg, text(PgTypes.TIME, ms));
        assertEquals(ms, fromText(PgTypes.TIME, pg));
        assertEquals(ms, fromHex(PgTypes.TIME, hex(PgTypes.TIME, ms)));
    }

    @Test
    void timeEdgeCases() throws PgException {
        assertEquals("24:00:00", text(PgTypes.TIME, 86_400_000));
        assertEquals(86_400_000, fromText(PgTypes.TIME, "24:00:00"));
        assertEquals("00000000000f4240", hex(PgTypes.TIME, 1000));
        assertEquals(3_723_000, fromText(PgTypes.TIME, "01:02:03+05"));
        assertEquals(3_720_000, fromText(PgTypes.TIME, "1:02"));
        assertEquals(1, fromText(PgTypes.TIME, "00:00:00.0005"));
        assertEquals(0, fromText(PgTypes.TIME, "allballs"));
        assertEquals(3_723_000, fromText(PgTypes.TIME, "2024-01-02 01:02:03"));
        assertEquals(SqlState.DATETIME_FIELD_OVERFLOW,
                assertThrows(PgException.class, () -> fromText(PgTypes.TIME, "24:00:01")).state());
        assertEquals("invalid input syntax for type time: \"noon\"",
                assertThrows(PgException.class, () -> fromText(PgTypes.TIME, "noon")).getMessage());
        assertEquals("time out of range",
                assertThrows(PgException.class, () -> fromHex(PgTypes.TIME, "ffffffffffffffff")).getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "2024-01-02T03:04:05.123, 2024-01-02 03:04:05.123", "1970-01-01T00:00:00, 1970-01-01 00:00:00",
        "1969-12-31T23:59:59.999, 1969-12-31 23:59:59.999", "1900-01-01T00:00:00.5, 1900-01-01 00:00:00.5",
        "-0043-03-15T12:00:00, 0044-03-15 12:00:00 BC", "+200000-06-30T23:00:00, 200000-06-30 23:00:00"
    })
    void timestampText(String iso, String pg) throws PgException {
        long ms = wall(iso);
        assertEquals(pg, text(PgTypes.TIMESTAMP, ms));
        assertEquals(ms, fromText(PgTypes.TIMESTAMP, pg));
        assertEquals(ms, fromHex(PgTypes.TIMESTAMP, hex(PgTypes.TIMESTAMP, ms)));
    }

    @Test
    void timestampInputAsClientsSendIt() throws PgException {
        long expected = wall("2024-01-02T03:04:05.123");
        assertEquals(expected, fromText(PgTypes.TIMESTAMP, "2024-01-02 03:04:05.123456+01"));
        assertEquals(expected, fromText(PgTypes.TIMESTAMP, "2024-01-02T03:04:05.123"));
        assertEquals(expected + 1, fromText(PgTypes.TIMESTAMP, "2024-01-02 03:04:05.1235"));
        assertEquals(wall("2024-01-02T00:00:00"), fromText(PgTypes.TIMESTAMP, "2024-01-02"));
        assertEquals(Long.MAX_VALUE, fromText(PgTypes.TIMESTAMP, "infinity"));
        assertEquals("-infinity", text(PgTypes.TIMESTAMP, Long.MIN_VALUE));
        assertEquals("invalid input syntax for type timestamp: \"03:04:05\"",
                assertThrows(PgException.class, () -> fromText(PgTypes.TIMESTAMP, "03:04:05")).getMessage());
        assertEquals("timestamp out of range: \"294277-01-01 00:00:00\"",
                assertThrows(PgException.class, () -> fromText(PgTypes.TIMESTAMP, "294277-01-01 00:00:00"))
                        .getMessage());
    }

    @Test
    void timestampBinaryCountsMicrosFrom2000() throws PgException {
        assertEquals("0000000000000000", hex(PgTypes.TIMESTAMP, wall("2000-01-01T00:00:00")));
        assertEquals("fffc a2fe c4c8 2000".replace(" ", ""), hex(PgTypes.TIMESTAMP, 0L));
        assertEquals("7fffffffffffffff", hex(PgTypes.TIMESTAMP, Long.MAX_VALUE));
        assertEquals(Long.MIN_VALUE, fromHex(PgTypes.TIMESTAMP, "8000000000000000"));
        assertEquals(wall("2000-01-01T00:00:00.001"), fromHex(PgTypes.TIMESTAMP, "00000000000003e8"));
    }

    @Test
    void timestamptzRendersInTheSessionZone() {
        long ms = Instant.parse("2024-01-02T02:04:05.123Z").toEpochMilli();
        assertEquals("2024-01-02 02:04:05.123+00", text(PgTypes.TIMESTAMPTZ, ms, TestSession.UTC));
        assertEquals("2024-01-02 03:04:05.123+01", text(PgTypes.TIMESTAMPTZ, ms, TestSession.of("Europe/Paris")));
        assertEquals("2024-01-02 07:34:05.123+05:30", text(PgTypes.TIMESTAMPTZ, ms, TestSession.of("Asia/Kolkata")));
        assertEquals("2024-01-01 21:04:05.123-05", text(PgTypes.TIMESTAMPTZ, ms, TestSession.of("America/New_York")));
        long lmt = Instant.parse("1850-01-01T00:00:00Z").toEpochMilli();
        assertEquals("1849-12-31 19:03:58-04:56:02", text(PgTypes.TIMESTAMPTZ, lmt,
                TestSession.of("America/New_York")));
        assertEquals("infinity", text(PgTypes.TIMESTAMPTZ, Long.MAX_VALUE, TestSession.UTC));
    }

    @Test
    void timestamptzInput() throws PgException {
        long expected = Instant.parse("2024-01-02T02:04:05.123Z").toEpochMilli();
        assertEquals(expected, fromText(PgTypes.TIMESTAMPTZ, "2024-01-02 03:04:05.123+01"));
        assertEquals(expected, fromText(PgTypes.TIMESTAMPTZ, "2024-01-02 07:34:05.123+05:30"));
        assertEquals(expected, fromText(PgTypes.TIMESTAMPTZ, "2024-01-02T02:04:05.123Z"));
        assertEquals(expected, fromText(PgTypes.TIMESTAMPTZ, "2024-01-02 03:04:05.123 Europe/Paris"));
        assertEquals(expected, fromText(PgTypes.TIMESTAMPTZ, "2024-01-02 02:04:05.123"));
        assertEquals(expected, PgTypes.TIMESTAMPTZ.codec().readText("2024-01-02 03:04:05.123",
                TestSession.of("Europe/Paris")));
        assertEquals(expected, fromHex(PgTypes.TIMESTAMPTZ, hex(PgTypes.TIMESTAMPTZ, expected)));
        PgException zone = assertThrows(PgException.class,
                () -> fromText(PgTypes.TIMESTAMPTZ, "2024-01-02 03:04:05 Mars/Olympus"));
        assertEquals(SqlState.INVALID_PARAMETER_VALUE, zone.state());
        assertEquals("time zone \"mars/olympus\" not recognized", zone.getMessage());
        assertEquals("invalid input syntax for type timestamp with time zone: \"2024-01-02 03:04:05 +\"",
                assertThrows(PgException.class, () -> fromText(PgTypes.TIMESTAMPTZ, "2024-01-02 03:04:05 +"))
                        .getMessage());
    }
}
