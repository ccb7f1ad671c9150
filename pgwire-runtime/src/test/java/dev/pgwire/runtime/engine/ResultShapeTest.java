package dev.pgwire.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pgwire.runtime.query.ResultColumn;
import dev.pgwire.runtime.types.PgTypes;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Column labels, types, typmods and attribute numbers as PostgreSQL reports them in RowDescription. */
class ResultShapeTest {
    private static TestTables t;

    @BeforeAll
    static void setUp() {
        t = new TestTables();
    }

    private static List<String> labels(String sql) throws Exception {
        return t.prepare(sql).columns().stream().map(ResultColumn::name).toList();
    }

    @Test
    void labelsFollowPostgreSql() throws Exception {
        assertEquals(List.of("?column?", "count", "sum", "id", "id", "text", "case", "upper", "now", "x", "int4"),
                labels("SELECT 1, count(*), sum(id), c.id, id::text, 'a'::text, CASE WHEN true THEN 1 END, "
                        + "upper(name), now(), 2 AS x, '5'::int4 FROM customers c GROUP BY c.id, c.name"));
        assertEquals(List.of("row_number", "coalesce", "exists", "Quoted", "date", "?column?"),
                labels("SELECT row_number() OVER (), coalesce(1, 2), EXISTS (SELECT 1), 1 AS \"Quoted\", "
                        + "DATE '2024-01-01', $1"));
    }

    @Test
    void keywordsAreLabelsAndNames() throws Exception {
        assertEquals(List.of("new", "type", "name", "value", "position", "rows", "select", "current_catalog"),
                labels("SELECT 1 AS new, 2 AS type, 3 AS name, 4 AS value, 5 AS position, 6 AS rows, "
                        + "7 AS select, current_catalog"));
        assertEquals(List.of(List.of(1, true)), t.rows("SELECT new.rows, current_catalog = current_database() "
                + "FROM (SELECT id AS rows FROM customers) AS new WHERE new.rows = 1"));
        assertEquals(List.of(List.of(2)), t.rows("SELECT range FROM (SELECT id AS range FROM customers) s "
                + "WHERE range > 1 ORDER BY range LIMIT 1"));
    }

    @Test
    void derivedTablesGetPostgreSqlNamesToo() throws Exception {
        assertEquals(List.of(List.of(4L)), t.rows("SELECT s.count FROM (SELECT count(*) FROM customers) s"));
    }

    @Test
    void duplicateLabelsAreAllowed() throws Exception {
        assertEquals(List.of("?column?", "?column?", "count", "count"),
                labels("SELECT 1, 2, count(*), count(city) FROM customers"));
    }

    @Test
    void columnReferencesCarryTypeTypmodAndAttnum() throws Exception {
        List<ResultColumn> cols = t.prepare("SELECT c.name, balance, id, upper(name), city FROM customers c").columns();
        assertEquals(PgTypes.VARCHAR, cols.get(0).type());
        assertEquals(44, cols.get(0).typmod());
        assertEquals(2, cols.get(0).columnNumber());
        assertEquals(PgTypes.NUMERIC, cols.get(1).type());
        assertEquals((12 << 16 | 2) + 4, cols.get(1).typmod());
        assertEquals(PgTypes.INT4, cols.get(2).type());
        assertEquals(1, cols.get(2).columnNumber());
        assertEquals(PgTypes.TEXT, cols.get(3).type());
        assertEquals(0, cols.get(3).columnNumber());
        assertEquals(PgTypes.TEXT, cols.get(4).type());
    }

    @Test
    void expressionTypes() throws Exception {
        List<ResultColumn> cols = t.prepare("SELECT 1::int2, 1::int8, 1.5, 1.5::float4, 1.5::float8, 'a', true, "
                + "DATE '2024-01-01', TIMESTAMP '2024-01-01 00:00:00', now(), ARRAY[1, 2], NULL, placed "
                + "FROM orders").columns();
        assertEquals(List.of(PgTypes.INT2, PgTypes.INT8, PgTypes.NUMERIC, PgTypes.FLOAT4, PgTypes.FLOAT8, PgTypes.TEXT,
                PgTypes.BOOL, PgTypes.DATE, PgTypes.TIMESTAMP, PgTypes.TIMESTAMPTZ, PgTypes.INT4_ARRAY, PgTypes.TEXT,
                PgTypes.TIMESTAMPTZ), cols.stream().map(ResultColumn::type).toList());
    }

    @Test
    void arraysComeBackAsLists() throws Exception {
        assertEquals(List.of(1, 2), t.value("SELECT ARRAY[1, 2]"));
    }
}
