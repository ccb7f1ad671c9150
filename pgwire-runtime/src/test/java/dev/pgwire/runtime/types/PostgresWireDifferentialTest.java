package dev.pgwire.runtime.types;

import dev.pgwire.runtime.PgWireServer;
import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.spi.ColumnType;
import dev.pgwire.runtime.tables.TableRegistry;
import dev.pgwire.runtime.testing.PostgresServer;
import dev.pgwire.runtime.testing.RawPgClient;
import dev.pgwire.runtime.testing.TestSession;
import dev.pgwire.runtime.types.WireTable.Col;
import io.netty.buffer.ByteBufUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same rows in pgwire and in a real PostgreSQL 15, read by a raw protocol client: RowDescription (type OID, typlen,
 * typmod, format) and the exact bytes of every value, in text and in binary, must be identical. Edge values of every
 * mapped type: NULL, empty, min/max, NaN, infinities, -0, long numerics, dates BC and far ahead, DST changes,
 * non-ASCII text, quotes and backslashes inside arrays, empty arrays and arrays with NULLs.
 */
class PostgresWireDifferentialTest {
    private static final String ZONE = "Europe/Paris";
    private static final WireTable TABLE = new WireTable("edge", List.of(
            Col.of("b", ColumnType.BOOL, "boolean", "true", "false", null, "true", "false", "true"),
            Col.of("i2", ColumnType.INT2, "smallint", "-32768", "32767", "0", null, "-1", "1"),
            Col.of("i4", ColumnType.INT4, "integer", "-2147483648", "2147483647", "0", null, "-1", "42"),
            Col.of("i8", ColumnType.INT8, "bigint", "-9223372036854775808", "9223372036854775807", "0", null, "-1",
                    "7"),
            Col.of("f4", ColumnType.FLOAT4, "real", "NaN", "Infinity", "-Infinity", "-0", "3.4028235e38", "1.4e-45"),
            Col.of("f8", ColumnType.FLOAT8, "double precision", "NaN", "Infinity", "-Infinity", "-0",
                    "1.7976931348623157e308", "0.1"),
            Col.of("num", ColumnType.NUMERIC, "numeric", "0", "-0.000000001",
                    "12345678901234567890.123456789012345678", "1e-20", null, "1.50"),
            new Col("money", ColumnType.NUMERIC, -1, 12, 2, "numeric(12,2)", "1.50", "-9999999999.99", "0.00", null,
                    "3.145", "1"),
            Col.of("t", ColumnType.TEXT, "text", "", "é€😀", "a\"b\\c", " spaces ", "NULL", null),
            new Col("vc", ColumnType.VARCHAR, 5, -1, 0, "varchar(5)", "", "abcde", "é", null, "x y", "{}"),
            Col.of("c", ColumnType.CHAR, "character(1)", "a", " ", "é", null, "\"", "\\"),
            Col.of("by", ColumnType.BYTEA, "bytea", "\\x", "\\x00ff10", "abc", "é", null, "\\\\"),
            Col.of("u", ColumnType.UUID, "uuid", "00000000-0000-0000-0000-000000000000",
                    "ffffffff-ffff-ffff-ffff-ffffffffffff", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", null,
                    "123e4567-e89b-12d3-a456-426614174000", "00000000-0000-0000-0000-000000000001"),
            Col.of("d", ColumnType.DATE, "date", "1970-01-01", "1969-12-31", "0044-03-15 BC", "5874897-12-31",
                    "infinity", null),
            Col.of("tm", ColumnType.TIME, "time", "00:00", "23:59:59.999", "24:00:00", "12:34:56.789", null,
                    "00:00:00.001"),
            Col.of("ts", ColumnType.TIMESTAMP, "timestamp", "2024-01-02 03:04:05.123", "1969-12-31 23:59:59.999",
                    "0044-03-15 12:00:00 BC", "294276-12-31 23:59:59.999", "infinity", "-infinity"),
            // Around both 2024 DST changes in Paris, local mean time (1850), far ahead.
            Col.of("tstz", ColumnType.TIMESTAMPTZ, "timestamptz", "2024-03-31 00:59:59.999+00",
                    "2024-03-31 01:00:00+00", "2024-10-27 00:30:00+00", "2024-10-27 01:30:00+00",
                    "1850-01-01 00:00:00+00", "2200-07-01 12:00:00+00"),
            Col.of("ip", ColumnType.INET, "inet", "192.168.0.1", "10.0.0.0/8", "::1", "2001:db8:0:0:1:0:0:1",
                    "::ffff:1.2.3.4", null),
            Col.of("tz", ColumnType.TIMETZ, "timetz", "00:00:00+00", "12:34:56.789+05:30", "23:59:59.999999-12",
                    "24:00:00+00", "01:02:03-00:30:15", null),
            Col.of("iv", ColumnType.INTERVAL, "interval", "1 year 2 mons 3 days 04:05:06.789", "0", "-1 days +02:00:00",
                    "36:00:00.000001", "-178956970 years -8 mons", null),
            Col.of("js", ColumnType.JSONB, "jsonb", "{\"b\": 1, \"a\": [1, 2.50, 1e2, -0]}", "[]", "{}",
                    "\"é\\n\\u0001\"", "{\"zz\": {\"é\": null, \"z\": true}, \"aaa\": \"x\\\\y\", \"a\": 1, \"a\": 2}",
                    null),
            Col.of("ai4", ColumnType.INT4_ARRAY, "integer[]", "{}", "{1,NULL,3}", "{-2147483648,2147483647}", null,
                    "{NULL}", "{0}"),
            Col.of("at", ColumnType.TEXT_ARRAY, "text[]", "{}", "{\"a\\\"b\",\"c\\\\d\",\"\",NULL,\"NULL\"}",
                    "{\"é, x\",\" lead\",\"{b}\"}", null, "{null}", "{plain}"),
            new Col("avc", ColumnType.VARCHAR_ARRAY, 5, -1, 0, "varchar(5)[]", "{ab}", "{}", null, "{\"a b\"}",
                    "{NULL}", "{é}"),
            Col.of("af8", ColumnType.FLOAT8_ARRAY, "double precision[]", "{NaN,-0,Infinity,-Infinity}", "{0.1}",
                    "{}", null, "{1e300}", "{NULL,1}"),
            new Col("anum", ColumnType.NUMERIC_ARRAY, -1, 6, 2, "numeric(6,2)[]", "{1.50,NULL}", "{}", null,
                    "{-9999.99}", "{0.00}", "{1}"),
            Col.of("ab", ColumnType.BOOL_ARRAY, "boolean[]", "{t,f,NULL}", "{}", null, "{t}", "{f}", "{NULL}"),
            Col.of("ad", ColumnType.DATE_ARRAY, "date[]", "{2024-01-02,-infinity,\"0044-03-15 BC\"}", "{}", null,
                    "{1970-01-01}", "{NULL}", "{infinity}"),
            Col.of("atstz", ColumnType.TIMESTAMPTZ_ARRAY, "timestamptz[]", "{\"2024-10-27 01:30:00+00\"}", "{}",
                    null, "{infinity}", "{\"1969-12-31 23:59:59.999+00\"}", "{NULL}"),
            Col.of("au", ColumnType.UUID_ARRAY, "uuid[]", "{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11,NULL}", "{}",
                    null, "{00000000-0000-0000-0000-000000000000}", "{}", "{}"),
            Col.of("aby", ColumnType.BYTEA_ARRAY, "bytea[]", "{\"\\\\x00ff\",NULL}", "{}", null, "{\"\\\\x\"}",
                    "{}", "{}"),
            Col.of("aip", ColumnType.INET_ARRAY, "inet[]", "{192.168.0.1,::1,NULL}", "{}", null, "{10.0.0.0/8}",
                    "{}", "{}"),
            Col.of("aiv", ColumnType.INTERVAL_ARRAY, "interval[]", "{\"1 day\",\"-00:00:01\",NULL}", "{}", null,
                    "{\"1 mon\"}", "{}", "{}"),
            Col.of("atz", ColumnType.TIMETZ_ARRAY, "timetz[]", "{12:00:00+01,NULL}", "{}", null,
                    "{00:00:00-03:30}", "{}", "{}")));

    private static PgWireServer pgwire;
    private static int postgresPort;

    @BeforeAll
    static void start() throws IOException, PgException {
        PostgresServer postgres = PostgresServer.shared();
        postgresPort = postgres.port();
        try (RawPgClient c = RawPgClient.connect(postgresPort, ZONE)) {
            for (String sql : TABLE.ddl()) {
                c.simple(sql);
            }
        }
        TableRegistry registry = new TableRegistry();
        registry.addTable(TABLE.source(TestSession.of(ZONE)));
        pgwire = PgWireServer.builder().port(0).registry(registry).start();
    }

    @AfterAll
    static void stop() {
        if (pgwire != null) {
            pgwire.close();
        }
    }

    @Test
    void textResultsAreByteForByteIdentical() throws IOException {
        List<String> problems = new ArrayList<>();
        compare(problems, "SELECT * FROM edge ORDER BY id", 0, List.of());
        Differences.assertNone(problems);
    }

    @Test
    void binaryResultsAreByteForByteIdentical() throws IOException {
        List<String> problems = new ArrayList<>();
        compare(problems, "SELECT * FROM edge ORDER BY id", 1, List.of());
        Differences.assertNone(problems);
    }

    /** Runs {@code sql} on both servers after {@code settings} and lists every difference. */
    static void compare(List<String> problems, String sql, int format, List<String> settings) throws IOException {
        RawPgClient.Result expected;
        RawPgClient.Result actual;
        try (RawPgClient pg = RawPgClient.connect(postgresPort, ZONE);
                RawPgClient ours = RawPgClient.connect(pgwire.port(), ZONE)) {
            for (String set : settings) {
                pg.simple(set);
                ours.simple(set);
            }
            expected = pg.query(sql, format);
            actual = ours.query(sql, format);
        }
        String where = settings.isEmpty() ? "" : " " + settings;
        int n = expected.fields().size();
        if (n != actual.fields().size()) {
            problems.add("column count: PostgreSQL " + n + ", ours " + actual.fields().size());
            return;
        }
        for (int i = 0; i < n; i++) {
            String e = expected.fields().get(i).shape();
            String a = actual.fields().get(i).shape();
            if (!e.equals(a)) {
                problems.add("RowDescription" + where + ": PostgreSQL " + e + ", ours " + a);
            }
        }
        if (expected.rows().size() != actual.rows().size()) {
            problems.add("rows: PostgreSQL " + expected.rows().size() + ", ours " + actual.rows().size());
            return;
        }
        for (int r = 0; r < expected.rows().size(); r++) {
            for (int i = 0; i < n; i++) {
                byte[] e = expected.rows().get(r).get(i);
                byte[] a = actual.rows().get(r).get(i);
                if (!Objects.equals(show(e, format), show(a, format))) {
                    problems.add(expected.fields().get(i).name() + " row " + (r + 1) + (format == 0 ? " text" : " binary")
                            + where + ": PostgreSQL " + show(e, format) + ", ours " + show(a, format));
                }
            }
        }
    }

    private static String show(byte[] v, int format) {
        if (v == null) {
            return "NULL";
        }
        return format == 0 ? "'" + new String(v, StandardCharsets.UTF_8) + "'" : ByteBufUtil.hexDump(v);
    }
}
