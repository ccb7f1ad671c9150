package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import dev.pgwire.runtime.testing.PostgresServer;
import dev.pgwire.runtime.testing.TestSession;
import io.netty.buffer.ByteBufUtil;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Text input against a real PostgreSQL 15: for each input string, the value we read must equal the value
 * PostgreSQL parsed (taken from its {@code <type>send} bytes through our binary reader, which also rounds to our
 * millisecond precision). Inputs include the exact strings pgjdbc 42.7 sends for Bind parameters.
 */
class PostgresInputDifferentialTest {
    private static final String ZONE = "Europe/Paris";
    private static Connection conn;

    @BeforeAll
    static void connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("preferQueryMode", "simple");
        conn = PostgresServer.shared().connect(props);
        try (Statement st = conn.createStatement()) {
            st.execute("SET TimeZone = '" + ZONE + "'");
        }
    }

    @AfterAll
    static void close() throws SQLException {
        if (conn != null) {
            conn.close();
        }
    }

    @Test
    void textInputIsReadAsPostgresReadsIt() throws SQLException {
        List<String> problems = new ArrayList<>();
        SessionSettings session = TestSession.of(ZONE);
        check(problems, session, PgTypes.INT4, "int4send", " 42 ", "+7", "-0", "007", "-2147483648");
        check(problems, session, PgTypes.INT8, "int8send", " -9223372036854775808 ", "\t12\n");
        check(problems, session, PgTypes.INT2, "int2send", "-32768", " +1");
        check(problems, session, PgTypes.FLOAT8, "float8send", " 1.5 ", "1e3", ".5", "5.", "-inf", "+Infinity",
                "NaN", "1E-5", "  -0  ", "4.9e-324", "1.7976931348623157e308", "0.1000000000000000055511151231257827");
        check(problems, session, PgTypes.FLOAT4, "float4send", "3.14159", "1e-40", "-INF", "16777217", "0.1");
        check(problems, session, PgTypes.NUMERIC, "numeric_send", " 1.50 ", "1e3", "1.5e-3", "-0.0", "+5", ".5",
                "5.", "00012.3400", "1E+2", "-1e-10", "123456789012345678901234567890.123456789");
        check(problems, session, PgTypes.BOOL, "boolsend", "yes", "no", "on", "off", "1", "0", "TRUE", " t ",
                "tr", "n", "OF");
        check(problems, session, PgTypes.BYTEA, "byteasend", "\\x0A0b", "abc\\\\def", "\\001\\002x",
                "\\x 01 02", "", "é");
        check(problems, session, PgTypes.UUID, "uuid_send", "{a0eebc99-9c0b4ef8-bb6d6bb9-bd380a11}",
                "A0EEBC999C0B4EF8BB6D6BB9BD380A11", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
        check(problems, session, PgTypes.NAME, "namesend", "x".repeat(70), "é".repeat(40), "a" + "€".repeat(30),
                "short");
        check(problems, session, PgTypes.OID, "oidsend", "-1", " 12 ", "4294967295");
        check(problems, session, PgTypes.DATE, "date_send", "2024-01-02", "2024-1-2", "20240102", "2024-01-02 +01",
                "2024-01-02 03:04:05", "0044-03-15 BC", "epoch", " infinity ", "-infinity", "2024-01-02 AD",
                "2024-01-02T03:04:05Z", "2024-01-02 -05:30");
        check(problems, session, PgTypes.TIME, "time_send", "03:04", "3:04:05", "03:04:05.123456", "03:04:05+01",
                "2024-01-02 03:04:05", "24:00", "allballs", "03:04:05.9999999", "23:59:59.9995", "00:00:00.0004",
                "T03:04:05".substring(1));
        check(problems, session, PgTypes.TIMESTAMP, "timestamp_send", "2024-01-02 03:04:05.123456+01",
                "2024-01-02T03:04:05", "2024-01-02", "2024-01-02 03:04", "0044-03-15 12:00:00 BC",
                "2024-01-02 03:04:05.123 +01:00", "epoch", "-infinity", "1999-12-31 23:59:59.9995",
                "2024-01-02 03:04:05 Europe/Paris", "1969-12-31 23:59:59.9994", "2024-01-02 03:04:05 BC");
        check(problems, session, PgTypes.TIMESTAMPTZ, "timestamptz_send", "2024-01-02 03:04:05",
                "2024-01-02 03:04:05+05:30", "2024-07-01 12:00:00 America/New_York", "2024-01-02T03:04:05Z",
                "2024-01-02 03:04:05 UTC", "2024-03-31 02:30:00", "2024-10-27 02:30:00", "2024-01-02 03:04:05-0800",
                "1850-01-01 00:00:00", "2024-01-02 03:04:05 GMT", "2024-01-02 03:04:05.5+00:19:32", "epoch",
                "0044-03-15 12:00:00+00 BC", "2024-01-02", "2024-01-02 03:04:05-03:30 BC",
                "2024-01-02 03:04:05 PST", "2024-07-02 03:04:05 cest", "2024-01-02 03:04:05 europe/paris",
                "2024-01-02 03:04:05 IST", "2024-01-02 03:04:05 z", "2024-01-02 03:04:05 EST5EDT",
                "2024-01-02 03:04:05 ART", "2024-01-02 03:04:05 Etc/GMT+5");
        check(problems, session, PgTypes.INTERVAL, "interval_send", "1 year", "2 mons", "1.5 years", "1.25 months",
                "3d", "1 02:03", "5", "-1.5", "1 hour 30 minutes", "@ 3 days ago", "P3W", "PT0.5S", "1:02",
                "1:02:03.4567894", "10 decades", "1 century", "1 millennium", "2 weeks 3.5 days", "12 hrs 30 mins",
                "-1 year +2 mons -3 days +04:05:06");
        check(problems, session, PgTypes.INT4_ARRAY, "array_send", "{ 1 , 2 }", "{}", " { } ", "{NULL, 3}",
                "[1:2]={3,4}");
        check(problems, session, PgTypes.TEXT_ARRAY, "array_send", "{\"a b\", c ,NULL,\"NULL\"}",
                "{a\\,b,\"q\\\"\"}", "{ x y }", "{\\ a\\ }", "{nULL}");
        check(problems, session, PgTypes.BOOL_ARRAY, "array_send", "{yes,no,NULL}");
        check(problems, session, PgTypes.TIMESTAMPTZ_ARRAY, "array_send", "{\"2024-01-02 03:04:05+01\",infinity}");
        Differences.assertNone(problems);
    }

    /** The strings pgjdbc puts in Bind for common setters, as its {@code PreparedStatement.toString()} shows. */
    @Test
    void pgjdbcParameterStringsAreReadAsPostgresReadsThem() throws SQLException {
        ZoneId jvmZone = ZoneId.systemDefault();
        SessionSettings session = TestSession.of(jvmZone);
        List<String> problems = new ArrayList<>();
        try (Connection extended = PostgresServer.shared().connect()) {
            pgjdbc(problems, extended, session, PgTypes.TIMESTAMP, "timestamp_send",
                    ps -> ps.setTimestamp(1, Timestamp.valueOf("2024-01-02 03:04:05.123456")));
            pgjdbc(problems, extended, session, PgTypes.TIMESTAMP, "timestamp_send",
                    ps -> ps.setObject(1, LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_000_000)));
            pgjdbc(problems, extended, session, PgTypes.TIMESTAMP, "timestamp_send",
                    ps -> ps.setObject(1, LocalDateTime.of(1969, 12, 31, 23, 59, 59)));
            pgjdbc(problems, extended, session, PgTypes.TIMESTAMPTZ, "timestamptz_send",
                    ps -> ps.setObject(1, OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHoursMinutes(5, 30))));
            pgjdbc(problems, extended, session, PgTypes.TIMESTAMPTZ, "timestamptz_send",
                    ps -> ps.setTimestamp(1, Timestamp.valueOf("2024-07-01 12:00:00.5")));
            pgjdbc(problems, extended, session, PgTypes.DATE, "date_send",
                    ps -> ps.setObject(1, LocalDate.of(2024, 1, 2)));
            pgjdbc(problems, extended, session, PgTypes.DATE, "date_send",
                    ps -> ps.setDate(1, Date.valueOf("2024-01-02")));
            pgjdbc(problems, extended, session, PgTypes.TIME, "time_send",
                    ps -> ps.setObject(1, LocalTime.of(3, 4, 5, 123_000_000)));
            pgjdbc(problems, extended, session, PgTypes.TIME, "time_send",
                    ps -> ps.setTime(1, Time.valueOf("03:04:05")));
            pgjdbc(problems, extended, session, PgTypes.NUMERIC, "numeric_send",
                    ps -> ps.setBigDecimal(1, new BigDecimal("-1.50")));
            pgjdbc(problems, extended, session, PgTypes.BOOL, "boolsend", ps -> ps.setBoolean(1, true));
            pgjdbc(problems, extended, session, PgTypes.FLOAT8, "float8send", ps -> ps.setDouble(1, 0.1));
            pgjdbc(problems, extended, session, PgTypes.INT8, "int8send", ps -> ps.setLong(1, Long.MIN_VALUE));
            pgjdbc(problems, extended, session, PgTypes.UUID, "uuid_send",
                    ps -> ps.setObject(1, UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11")));
            pgjdbc(problems, extended, session, PgTypes.TEXT, "textsend", ps -> ps.setString(1, "it's é"));
        }
        Differences.assertNone(problems);
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'");

    private static void pgjdbc(List<String> problems, Connection c, SessionSettings session, PgType type,
            String send, Binder binder) throws SQLException {
        String sqlType = PgTypes.formatType(type, -1);
        try (PreparedStatement ps = c.prepareStatement("SELECT " + send + "(?::" + sqlType + ")")) {
            binder.bind(ps);
            Matcher m = LITERAL.matcher(ps.toString());
            if (!m.find()) {
                problems.add(type.name() + ": no literal in " + ps);
                return;
            }
            String sent = m.group(1).replace("''", "'");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                compare(problems, type, session, sent, rs.getBytes(1));
            }
        }
    }

    private static void check(List<String> problems, SessionSettings session, PgType type, String send,
            String... inputs) throws SQLException {
        String sqlType = PgTypes.formatType(type, -1);
        for (String input : inputs) {
            String sql = "SELECT " + send + "('" + input.replace("'", "''") + "'::" + sqlType + ")";
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                compare(problems, type, session, input, rs.getBytes(1));
            } catch (SQLException e) {
                problems.add(type.name() + " '" + input + "': PostgreSQL rejected it: " + e.getMessage());
            }
        }
    }

    private static void compare(List<String> problems, PgType type, SessionSettings session, String input,
            byte[] pgBinary) {
        String what = type.name() + " '" + input + "'";
        Object theirs;
        try {
            theirs = Codecs.fromHex(type, ByteBufUtil.hexDump(pgBinary));
        } catch (PgException e) {
            problems.add(what + ": cannot read PostgreSQL's binary: " + e.getMessage());
            return;
        }
        try {
            Object ours = type.codec().readText(input, session);
            if (!Differences.sameValue(ours, theirs)) {
                problems.add(what + ": ours " + show(type, ours, session) + ", PostgreSQL "
                        + show(type, theirs, session));
            }
        } catch (PgException e) {
            problems.add(what + ": we rejected it (" + e.state().code() + " " + e.getMessage() + "), PostgreSQL read "
                    + show(type, theirs, session));
        }
    }

    private static String show(PgType type, Object value, SessionSettings session) {
        return Codecs.text(type, value, session) + " (" + value + ")";
    }
}
