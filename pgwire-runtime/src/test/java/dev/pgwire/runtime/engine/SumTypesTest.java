package dev.pgwire.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pgwire.runtime.query.ResultColumn;
import dev.pgwire.runtime.types.PgTypes;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code sum} of integers widens to bigint as in PostgreSQL. Known limit: {@code sum(bigint)} stays bigint (PostgreSQL:
 * numeric), because Calcite 1.42 cannot accumulate BIGINT into DECIMAL.
 */
class SumTypesTest {
    private static TestTables t;

    @BeforeAll
    static void setUp() {
        t = new TestTables();
    }

    @Test
    void sumOfIntegerIsBigint() throws Exception {
        assertEquals(List.of(PgTypes.INT8), types("SELECT sum(customer_id) FROM orders"));
        assertEquals(List.of(List.of(107L)), t.rows("SELECT sum(customer_id) FROM orders"));
    }

    @Test
    void sumOfSmallintIsBigint() throws Exception {
        assertEquals(List.of(PgTypes.INT8), types("SELECT sum(CAST(customer_id AS smallint)) FROM orders"));
        assertEquals(List.of(List.of(107L)), t.rows("SELECT sum(CAST(customer_id AS smallint)) FROM orders"));
    }

    @Test
    void sumAndAvgTogether() throws Exception {
        assertEquals(List.of(PgTypes.INT8, PgTypes.NUMERIC, PgTypes.INT8, PgTypes.NUMERIC),
                types("SELECT sum(id), avg(id), sum(customer_id), avg(customer_id) FROM orders"));
        assertEquals(List.of(List.of(60L, new BigDecimal("12.0000000000000000"), 107L,
                        new BigDecimal("21.4000000000000000"))),
                t.rows("SELECT sum(id), avg(id), sum(customer_id), avg(customer_id) FROM orders"));
    }

    /** PostgreSQL accumulates int4 in bigint: neither sum nor avg may wrap past 2^31. */
    @Test
    void sumAndAvgOfLargeIntegersDoNotWrap() throws Exception {
        String sql = "SELECT sum(x), avg(x) FROM (VALUES (2147483647), (2147483647), (2147483646)) AS v(x)";
        assertEquals(List.of(List.of(6442450940L, new BigDecimal("2147483646.66666667"))), t.rows(sql));
    }

    @Test
    void windowedSumWidensToo() throws Exception {
        assertEquals(List.of(PgTypes.INT8), types("SELECT sum(customer_id) OVER () FROM orders"));
    }

    private static List<Object> types(String sql) throws Exception {
        return t.prepare(sql).columns().stream().map(ResultColumn::type).map(Object.class::cast).toList();
    }
}
