package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import dev.pgwire.runtime.testing.PostgresServer;
import dev.pgwire.runtime.testing.TestSession;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Compares the codecs with a real PostgreSQL 15. For each literal PostgreSQL renders the value
 * ({@code format('%s', v)} runs the type's output function) and sends it ({@code <type>send(v)}); we must read its
 * text back, print the same text, produce the same binary bytes, and read its binary to the same value. Errors for
 * bad input must carry the same SQLSTATE and message.
 */
class PostgresDifferentialTest {
    private static Connection conn;

    @BeforeAll
    static void connect() throws SQLException {
        PostgresServer server = PostgresServer.shared();
        Properties props = new Properties();
        props.setProperty("preferQueryMode", "simple");
        conn = server.connect(props);
    }

    @AfterAll
    static void close() throws SQLException {
        if (conn != null) {
            conn.close();
        }
    }

    @Test
    void scalarValuesMatch() throws SQLException {
        List<String> problems = new ArrayList<>();
        check(problems, PgTypes.BOOL, "boolsend", "true", "false");
        check(problems, PgTypes.INT2, "int2send", "-32768", "32767", "0", "-1");
        check(problems, PgTypes.INT4, "int4send", "-2147483648", "2147483647", "0", "42");
        check(problems, PgTypes.INT8, "int8send", "-9223372036854775808", "9223372036854775807", "0", "7");
        check(problems, PgTypes.OID, "oidsend", "0", "4294967295", "1259", "2147483648");
        check(problems, PgTypes.REGCLASS, "regclasssend", "99999", "0");
        check(problems, PgTypes.FLOAT4, "float4send", "0", "-0", "NaN", "Infinity", "-Infinity", "1e-7",
                "3.4028235e38", "1.4e-45", "0.1", "123456.7", "1e6", "100000", "16777217", "1.17549435e-38",
                "-2.5", "0.00012345", "1e-5", "0.0001");
        check(problems, PgTypes.FLOAT8, "float8send", "0", "-0", "NaN", "Infinity", "-Infinity", "1e-7",
                "123456789.123", "1.7976931348623157e308", "5e-324", "2.2250738585072014e-308", "0.1", "1e15",
                "1e14", "999999999999999", "1e-5", "0.0001", "2.82879384806159e17", "1e23", "9007199254740993",
                "0.30000000000000004", "-1.5e-300", "4.35", "1e22");
        check(problems, PgTypes.NUMERIC, "numeric_send", "0", "0.00", "1", "-1", "123456789.123", "0.0015",
                "-0.000000001", "1e-20", "99999999999999999999999999999999999999.123456789", "1.50", "10000",
                "1e100", "-12345678901234567890.98765432109876543210", "0.1000", "100000000", "9999.9999",
                "12345.678");
        check(problems, PgTypes.TEXT, "textsend", "", "abc", "é€😀", "a\"b\\c", " spaces ", "{1,2}", "NULL");
        check(problems, PgTypes.VARCHAR, "varcharsend", "", "x y");
        check(problems, PgTypes.BPCHAR, "bpcharsend", "ab", "ab  ");
        check(problems, PgTypes.NAME, "namesend", "pg_class", "Mixed Case");
        check(problems, PgTypes.BYTEA, "byteasend", "\\x", "\\x00ff10", "abc", "\\000\\377", "é");
        check(problems, PgTypes.UUID, "uuid_send", "00000000-0000-0000-0000-000000000000",
                "ffffffff-ffff-ffff-ffff-ffffffffffff", "A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11");
        check(problems, PgTypes.DATE, "date_send", "2024-01-02", "1970-01-01", "0001-01-01", "0044-03-15 BC",
                "4714-11-24 BC", "5874897-12-31", "infinity", "-infinity", "2000-02-29", "10000-01-01", "1969-12-31",
                "0001-12-31 BC");
        check(problems, PgTypes.TIME, "time_send", "00:00", "23:59:59.999", "24:00:00", "12:34:56.789",
                "00:00:00.001", "01:02:03.1", "13:14:15.12");
        String[] timestamps = {"2024-01-02 03:04:05.123", "1969-12-31 23:59:59.999", "1900-01-01",
            "0001-01-01 00:00 BC", "4713-11-24 00:00:00 BC", "294276-12-31 23:59:59.999", "infinity", "-infinity",
            "1970-01-01", "2038-01-19 03:14:08", "1000-06-15 12:00:00.5", "9999-12-31 23:59:59.99"};
        check(problems, PgTypes.TIMESTAMP, "timestamp_send", timestamps);
        check(problems, PgTypes.INTERVAL, "interval_send", "1 year 2 mons 3 days 04:05:06.789", "0", "-1 days +02:00:00",
                "-00:00:01", "1 day -01:00:00", "100 hours", "-1 year -2 mons", "P1Y2M", "1.5 days", "2 weeks",
                "1 millisecond", "-1 mon +1 day", "1 mon -1 day", "178956970 years 7 mons", "@ 1 minute ago",
                "1.5 months", "0.001 s", "-2562047788:00:54.775807", "1 day 02:03:04 ago", "P1DT2H3M4.5S");
        Differences.assertNone(problems);
    }

    @Test
    void timestamptzMatchesInSeveralZones() throws SQLException {
        List<String> problems = new ArrayList<>();
        String[] values = {"2024-01-02 03:04:05.123+01", "2024-07-01 12:00:00", "1969-12-31 23:59:59.999+00",
            "1850-01-01 00:00:00+00", "1900-01-01 00:00:00", "2200-07-01 12:00:00", "2100-01-01 00:00:00",
            "0044-03-15 12:00:00+00 BC", "294276-12-31 00:00:00+00", "infinity", "-infinity",
            "2024-03-31 02:30:00", "2024-10-27 02:30:00", "1970-01-01 00:00:00+05:30", "1999-12-31 23:59:59.9-03:30"};
        for (String zone : new String[] {"UTC", "Europe/Paris", "Asia/Kolkata", "America/New_York",
                "America/St_Johns", "Asia/Kathmandu", "Australia/Lord_Howe"}) {
            try (Statement st = conn.createStatement()) {
                st.execute("SET TimeZone = '" + zone + "'");
            }
            check(problems, PgTypes.TIMESTAMPTZ, "timestamptz_send", TestSession.of(zone), values);
        }
        try (Statement st = conn.createStatement()) {
            st.execute("RESET TimeZone");
        }
        Differences.assertNone(problems);
    }

    @Test
    void arraysMatch() throws SQLException {
        List<String> problems = new ArrayList<>();
        check(problems, PgTypes.INT4_ARRAY, "array_send", "{}", "{1,NULL,3}", "{-2147483648}");
        check(problems, PgTypes.TEXT_ARRAY, "array_send", "{}", "{\"a b\",\"x\\\"y\",\"\",NULL,\"NULL\",\"b\\\\c\",é}",
                "{a,{b}}".replace("{b}", "\"{b}\""), "{\" lead\",\"trail \",\"tab\there\",\"com,ma\"}", "{null}");
        check(problems, PgTypes.FLOAT8_ARRAY, "array_send", "{1.5,NaN,-Infinity,0.1,-0}");
        check(problems, PgTypes.FLOAT4_ARRAY, "array_send", "{1.5,NaN,0.1}");
        check(problems, PgTypes.NUMERIC_ARRAY, "array_send", "{1.50,NULL,-0.001}");
        check(problems, PgTypes.BOOL_ARRAY, "array_send", "{t,f,NULL}");
        check(problems, PgTypes.BYTEA_ARRAY, "array_send", "{\"\\\\x00ff\",NULL}");
        check(problems, PgTypes.TIMESTAMP_ARRAY, "array_send", "{\"2024-01-02 03:04:05\",infinity}");
        check(problems, PgTypes.TIMESTAMPTZ_ARRAY, "array_send", "{\"2024-01-02 03:04:05+00\"}");
        check(problems, PgTypes.DATE_ARRAY, "array_send", "{2024-01-02,-infinity,\"0044-03-15 BC\"}");
        check(problems, PgTypes.TIME_ARRAY, "array_send", "{03:04:05.5}");
        check(problems, PgTypes.UUID_ARRAY, "array_send", "{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}");
        check(problems, PgTypes.INT8_ARRAY, "array_send", "{1,2}");
        check(problems, PgTypes.INT2_ARRAY, "array_send", "{1,2}");
        check(problems, PgTypes.OID_ARRAY, "array_send", "{1,4294967295}");
        check(problems, PgTypes.VARCHAR_ARRAY, "array_send", "{a,\"b c\"}");
        check(problems, PgTypes.NAME_ARRAY, "array_send", "{pg_class,\"A B\"}");
        check(problems, PgTypes.CHAR_ARRAY, "array_send", "{r,v}");
        check(problems, PgTypes.BPCHAR_ARRAY, "array_send", "{a,\"b \"}");
        check(problems, PgTypes.INT2VECTOR, "int2vectorsend", "1 2 3", "", " 7 ", "-32768 32767");
        check(problems, PgTypes.OIDVECTOR, "oidvectorsend", "23 25", "", "4294967295");
        Differences.assertNone(problems);
    }

    /** Random bit patterns: the shortest round-trip digits are where hand-picked cases run out. */
    @Test
    void randomFloatsPrintAsPostgresPrintsThem() throws SQLException {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        List<String> doubles = new ArrayList<>();
        List<String> floats = new ArrayList<>();
        while (doubles.size() < 600) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(d)) {
                doubles.add(Double.toString(d));
            }
            float f = Float.intBitsToFloat(random.nextInt());
            if (Float.isFinite(f)) {
                floats.add(Float.toString(f));
            }
            doubles.add(Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20)));
            // Short decimals such as 123.45 or 6.1e-12: the fast path that trusts the JDK's digits.
            String shortDecimal = BigDecimal.valueOf(random.nextInt(10_000_000), random.nextInt(60) - 30)
                    .toString();
            doubles.add(shortDecimal);
            floats.add(shortDecimal);
        }
        List<String> problems = new ArrayList<>();
        check(problems, PgTypes.FLOAT8, "float8send", TestSession.UTC, doubles.toArray(String[]::new));
        check(problems, PgTypes.FLOAT4, "float4send", TestSession.UTC, floats.toArray(String[]::new));
        Differences.assertNone(problems.stream().map(p -> "seed " + seed + ": " + p).collect(Collectors.toList()));
    }

    /**
     * {@code extra_float_digits <= 0} and {@code bytea_output=escape}, the settings that change text output; on a
     * connection of its own so the settings cannot leak into other tests.
     */
    @Test
    void outputSettingsMatch() throws SQLException {
        List<String> problems = new ArrayList<>();
        String[] doubles = {"0.1", "1e-7", "123456789.123", "1.7976931348623157e308", "5e-324", "1e15", "1e14",
            "0.30000000000000004", "-2.5", "1234567.5", "0.00001234", "NaN", "-0", "9.87654321e-5", "1e23"};
        String[] floats = {"0.1", "1e-7", "123456.7", "3.4028235e38", "1.4e-45", "16777217", "100000", "1e6",
            "-2.5", "NaN", "-0", "9.87654321e-5"};
        Properties props = new Properties();
        props.setProperty("preferQueryMode", "simple");
        try (Connection c = PostgresServer.shared().connect(props); Statement st = c.createStatement()) {
            for (String efd : new String[] {"0", "-3", "-15"}) {
                st.execute("SET extra_float_digits = " + efd);
                TestSession session = TestSession.UTC.with("extra_float_digits", efd);
                checkOutput(problems, c, PgTypes.FLOAT8, "float8send", session, doubles);
                checkOutput(problems, c, PgTypes.FLOAT4, "float4send", session, floats);
            }
            st.execute("SET bytea_output = escape");
            checkOutput(problems, c, PgTypes.BYTEA, "byteasend", TestSession.UTC.with("bytea_output", "escape"),
                    "\\x00017f80ff5c41", "abc", "\\x", "é");
        }
        Differences.assertNone(problems);
    }

    /** Text output only: the value is read from PostgreSQL's binary form, which these settings do not change. */
    private static void checkOutput(List<String> problems, Connection c, PgType type, String send,
            SessionSettings session, String... literals) throws SQLException {
        for (String literal : literals) {
            String sql = "SELECT format('%s', v), " + send + "(v) FROM (VALUES (" + literal(literal) + "::"
                    + PgTypes.formatType(type, -1) + ")) t(v)";
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                String what = type.name() + " " + literal + " with " + session.get("extra_float_digits") + "/"
                        + session.get("bytea_output");
                try {
                    Object value = Codecs.fromHex(type, hex(rs.getBytes(2)));
                    compare(problems, what, rs.getString(1), Codecs.text(type, value, session));
                } catch (PgException e) {
                    problems.add(what + ": " + e.getMessage());
                }
            }
        }
    }

    @Test
    void numericSpecialValuesWrittenFromDoubles() throws SQLException {
        List<String> problems = new ArrayList<>();
        Object[][] cases = {{Double.NaN, "NaN"}, {Double.POSITIVE_INFINITY, "Infinity"},
            {Double.NEGATIVE_INFINITY, "-Infinity"}};
        for (Object[] c : cases) {
            try (Statement st = conn.createStatement();
                    ResultSet rs = st.executeQuery("SELECT format('%s', v), numeric_send(v) FROM (VALUES ('"
                            + c[1] + "'::numeric)) t(v)")) {
                rs.next();
                compare(problems, "numeric " + c[1], rs.getString(1), Codecs.text(PgTypes.NUMERIC, c[0]));
                compare(problems, "numeric_send " + c[1], hex(rs.getBytes(2)), Codecs.hex(PgTypes.NUMERIC, c[0]));
            }
        }
        Differences.assertNone(problems);
    }

    @Test
    void badInputFailsLikePostgres() throws SQLException {
        String[][] cases = {
            {"integer", "abc"}, {"integer", ""}, {"integer", "2147483648"}, {"integer", "1.0"},
            {"smallint", "40000"}, {"bigint", " 1 2"}, {"bigint", "9223372036854775808"},
            {"double precision", "1e400"}, {"double precision", "abc"}, {"double precision", "1e-400"},
            {"real", "1e39"}, {"real", "1d"}, {"numeric", "1.2.3"}, {"numeric", "abc"}, {"numeric", ""},
            {"boolean", "o"}, {"boolean", "truee"}, {"date", "2023-02-29"}, {"date", "abc"}, {"date", "0000-01-01"},
            {"date", "5874898-01-01"}, {"date", "2024-13-01"}, {"timestamp without time zone", "294277-01-01 00:00:00"},
            {"timestamp without time zone", "03:04:05"}, {"time without time zone", "24:00:01"},
            {"time without time zone", "noon"}, {"time without time zone", "12:60"}, {"uuid", "xyz"},
            {"uuid", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1"}, {"bytea", "\\x0g"}, {"bytea", "\\x012"},
            {"bytea", "a\\9"}, {"timestamp with time zone", "2024-01-02 03:04:05 Mars/Olympus"},
            {"timestamp with time zone", "2024-01-02 03:04:05 +"}, {"integer[]", "{1,2"}, {"integer[]", "{x}"},
            {"text[]", "{a\"b}"}, {"text[]", "1,2"}, {"oid", "4294967296"}, {"oid", "x"},
            {"interval", "1 day 1 day"}, {"interval", "+1 -2"}, {"interval", "abc"}, {"interval", "1 fortnight"},
            {"interval", ""}, {"interval", "1:60"},
            {"timestamp with time zone", "294277-01-01 00:00:00+00"}, {"date", "4714-11-23 BC"},
            {"timestamp without time zone", "4714-11-23 23:59:59 BC"}, {"date", "2024-01-02 03:04:05 BX"},
            {"time without time zone", "03:04:05.5.5"}, {"timestamp with time zone", "2024-01-02 03:04:05+16"},
            {"numeric", "NaNx"}, {"boolean", " "}, {"uuid", "{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"},
        };
        List<String> problems = new ArrayList<>();
        for (String[] c : cases) {
            String expectedState;
            String expectedMessage;
            try (Statement st = conn.createStatement()) {
                st.executeQuery("SELECT " + literal(c[1]) + "::" + c[0]).close();
                problems.add(c[0] + " '" + c[1] + "': PostgreSQL accepted it");
                continue;
            } catch (PSQLException e) {
                expectedState = e.getSQLState();
                expectedMessage = Objects.requireNonNull(e.getServerErrorMessage()).getMessage();
            }
            PgType type = TypeReference.tryParse(c[0]).type();
            try {
                Object v = type.codec().readText(c[1], TestSession.UTC);
                problems.add(c[0] + " '" + c[1] + "': we accepted it as " + v + ", PostgreSQL: " + expectedState
                        + " " + expectedMessage);
            } catch (PgException e) {
                if (!e.state().code().equals(expectedState) || !e.getMessage().equals(expectedMessage)) {
                    problems.add(c[0] + " '" + c[1] + "': PostgreSQL " + expectedState + " " + expectedMessage
                            + " / ours " + e.state().code() + " " + e.getMessage());
                }
            }
        }
        Differences.assertNone(problems);
    }

    @Test
    void typeIdentityMatchesPgType() throws SQLException {
        List<String> problems = new ArrayList<>();
        for (PgType t : PgTypes.all()) {
            try (Statement st = conn.createStatement();
                    ResultSet rs = st.executeQuery("SELECT typname, typlen, typcategory, typarray::int8, typelem::int8,"
                            + " format_type(oid, NULL), format_type(oid, -1) FROM pg_type WHERE oid = " + t.oid())) {
                if (!rs.next()) {
                    problems.add(t.name() + ": no pg_type row with oid " + t.oid());
                    continue;
                }
                compare(problems, t.name() + " typname", rs.getString(1), t.name());
                compare(problems, t.name() + " typlen", rs.getString(2), Integer.toString(t.typlen()));
                compare(problems, t.name() + " typcategory", rs.getString(3), String.valueOf(t.category()));
                compare(problems, t.name() + " typarray", rs.getString(4), Integer.toString(t.arrayOid()));
                compare(problems, t.name() + " typelem", rs.getString(5), Integer.toString(t.elemOid()));
                compare(problems, t.name() + " format_type(oid, NULL)", rs.getString(6), PgTypes.formatType(t));
                compare(problems, t.name() + " format_type(oid, -1)", rs.getString(7), PgTypes.formatType(t, -1));
            }
        }
        Differences.assertNone(problems);
    }

    /** Type names with modifiers: PostgreSQL's own parse (a temp table column) against {@link TypeReference}. */
    @Test
    void typeNamesAndModifiersMatch() throws SQLException {
        String[] names = {"varchar(20)", "character varying(1)", "char", "character(3)", "bpchar", "numeric(10,2)",
            "numeric(5)", "decimal(7,-2)", "numeric", "timestamp(3)", "timestamp(0) with time zone",
            "time(2) without time zone", "int", "integer[]", "float", "float(10)", "double precision", "real",
            "\"char\"", "text[]", "varchar(5)[]", "pg_catalog.int8", "boolean", "uuid", "bytea", "date", "name",
            "oid", "timestamptz", "smallint[]", "interval", "interval[]", "int2vector", "oidvector", "regclass",
            "character varying", "timestamp without time zone[]", "numeric(1000,1000)", "decimal", "dec(3,1)"};
        List<String> problems = new ArrayList<>();
        try (Statement st = conn.createStatement()) {
            StringBuilder ddl = new StringBuilder("CREATE TEMP TABLE typmods (");
            for (int i = 0; i < names.length; i++) {
                ddl.append(i == 0 ? "" : ", ").append("c").append(i).append(' ').append(names[i]);
            }
            st.execute(ddl.append(")").toString());
            try (ResultSet rs = st.executeQuery("SELECT attnum, atttypid::int8, atttypmod, format_type(atttypid,"
                    + " atttypmod) FROM pg_attribute WHERE attrelid = 'typmods'::regclass AND attnum > 0"
                    + " ORDER BY attnum")) {
                while (rs.next()) {
                    String name = names[rs.getInt(1) - 1];
                    TypeReference ref = TypeReference.tryParse(name);
                    if (ref == null) {
                        problems.add(name + ": not parsed");
                        continue;
                    }
                    compare(problems, name + " oid", rs.getString(2), Integer.toString(ref.type().oid()));
                    compare(problems, name + " typmod", rs.getString(3), Integer.toString(ref.typmod()));
                    compare(problems, name + " format_type", rs.getString(4),
                            PgTypes.formatType(ref.type(), ref.typmod()));
                }
            }
            st.execute("DROP TABLE typmods");
        }
        Differences.assertNone(problems);
    }

    private static void check(List<String> problems, PgType type, String send, String... literals)
            throws SQLException {
        check(problems, type, send, TestSession.UTC, literals);
    }

    private static void check(List<String> problems, PgType type, String send, SessionSettings session,
            String... literals) throws SQLException {
        String sqlType = PgTypes.formatType(type, -1);
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < literals.length; i++) {
            values.append(i == 0 ? "" : ", ").append('(').append(i).append(", ").append(literal(literals[i]))
                    .append("::").append(sqlType).append(')');
        }
        String sql = "SELECT format('%s', v), " + send + "(v) FROM (VALUES " + values + ") t(i, v) ORDER BY i";
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int i = 0;
            while (rs.next()) {
                String what = type.name() + " " + literals[i++] + " [" + session.timeZone() + "]";
                compareValue(problems, what, type, session, rs.getString(1), rs.getBytes(2));
            }
            assertEquals(literals.length, i, "rows for " + type.name());
        }
    }

    private static void compareValue(List<String> problems, String what, PgType type, SessionSettings session,
            String pgText, byte[] pgBinary) {
        Object value;
        try {
            value = type.codec().readText(pgText, session);
        } catch (PgException e) {
            problems.add(what + ": cannot read PostgreSQL's text '" + pgText + "': " + e.getMessage());
            return;
        }
        compare(problems, what + " text", pgText, Codecs.text(type, value, session));
        compare(problems, what + " binary", hex(pgBinary), Codecs.hex(type, value));
        try {
            Object fromBinary = Codecs.fromHex(type, hex(pgBinary));
            if (!Differences.sameValue(value, fromBinary)) {
                problems.add(what + " binary read: " + fromBinary + " != " + value);
            }
        } catch (PgException e) {
            problems.add(what + ": cannot read PostgreSQL's binary " + hex(pgBinary) + ": " + e.getMessage());
        }
    }

    private static void compare(List<String> problems, String what, String expected, String actual) {
        if (!Objects.equals(expected, actual)) {
            problems.add(what + ": PostgreSQL '" + expected + "', ours '" + actual + "'");
        }
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static String hex(byte[] bytes) {
        ByteBuf buf = Unpooled.wrappedBuffer(bytes);
        return ByteBufUtil.hexDump(buf);
    }
}
