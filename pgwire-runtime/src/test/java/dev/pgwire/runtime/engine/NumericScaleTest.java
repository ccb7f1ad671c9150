package dev.pgwire.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pgwire.runtime.testing.PostgresServer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numeric results carry the scale PostgreSQL 15 gives them, checked against a real server. */
class NumericScaleTest {
    private static TestTables t;
    private static Connection pg;

    @BeforeAll
    static void setUp() throws SQLException {
        t = new TestTables();
        pg = PostgresServer.shared().connect();
    }

    @AfterAll
    static void tearDown() throws SQLException {
        pg.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1::numeric / 3",
        "10::numeric / 4",
        "7.0 / 2",
        "1 / 3.0",
        "2::numeric / 3::numeric",
        "1234567.891 / 0.007",
        "0.000123::numeric / 7",
        "1.00 / 3.000",
        "round(1::numeric / 3, 2)",
        "round(2.5)",
        "round(1234.5678, -2)",
        "round(8615569.800000000000000, 2)",
        "1.50 * 2.0",
        "1.5 + 2.25",
        "0::numeric / 5",
        "-7::numeric / 2",
        "x::numeric / 0.0001 FROM (VALUES (99999999)) v(x)",
        "x::numeric FROM (VALUES (7)) v(x)",
        "x / y FROM (VALUES (1::numeric, 3), (2.50, 7)) v(x, y) WHERE x > 1",
        "round(sum(q * p * (100 - d) / 100), 2) FROM (VALUES (3, 10.25, 7), (5, 3.10, 0)) v(q, p, d)",
        "sum(q * p * (100 - d) / 100) FROM (VALUES (3, 10.25, 7), (5, 3.10, 0)) v(q, p, d)",
        "4.25::numeric * 2",
        "'1.50'::numeric",
        "1.50::numeric",
        "'100'::numeric",
        "'-0.000'::numeric",
        "CAST('2.500' AS numeric) + 1",
        "x::numeric FROM (VALUES ('3.10')) v(x)",
        "avg(x) FROM (VALUES (1), (2), (4)) v(x)",
        "avg(x) FROM (VALUES (1::bigint), (2), (4)) v(x)",
        "avg(x) FROM (VALUES (2), (4)) v(x)",
        "avg(DISTINCT x) FROM (VALUES (1), (1), (2)) v(x)",
        "avg(x) FILTER (WHERE x > 1) FROM (VALUES (1), (2), (3)) v(x)",
        "avg(x::numeric(12,2)) FROM (VALUES (100.50), (20.00), (5.25)) v(x)",
        "avg(x::numeric(12,2)) FROM (VALUES (10.00), (20.00)) v(x)",
        "avg(x) FROM (VALUES (1.5), (2.25)) v(x)",
        "x::float8::numeric FROM (VALUES (0.1), (2.5), (123456.789012345678)) v(x) WHERE x < 1",
        "0.1::float8::numeric",
        "x::numeric FROM (VALUES (0.1::float8 + 0.2)) v(x)",
        "avg(x::float8) FROM (VALUES (1), (2), (4)) v(x)",
        "avg(x) FROM (VALUES (1), (2)) v(x) WHERE x > 5",
    })
    void matchesPostgreSql(String expression) throws Exception {
        String sql = "SELECT " + expression;
        String expected;
        try (Statement st = pg.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            expected = rs.getString(1);
        }
        Object actual = t.value(sql);
        assertEquals(expected, actual instanceof BigDecimal d ? d.toPlainString() : actual == null ? null
                : String.valueOf(actual), sql);
    }
}
