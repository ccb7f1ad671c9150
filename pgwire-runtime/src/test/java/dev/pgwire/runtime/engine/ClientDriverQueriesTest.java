package dev.pgwire.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pgwire.runtime.query.PreparedQuery;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What client drivers send, answered as PostgreSQL 15 answers it (checked against a real server):
 * parameter types of statements prepared without declared types (node-postgres and asyncpg encode
 * their values by them) and the catalog idioms of SQLAlchemy's reflection.
 */
class ClientDriverQueriesTest {
    private static TestTables t;

    @BeforeAll
    static void setUp() {
        t = new TestTables();
    }

    @Test
    void untypedAnyOperandIsAnArrayOfTheOtherSidesType() throws Exception {
        PreparedQuery ids = t.prepare("SELECT id FROM customers WHERE id = ANY($1) ORDER BY id");
        assertArrayEquals(new int[] {1007}, ids.parameterTypes());
        assertEquals(List.of(List.of(2), List.of(4)), TestTables.run(ids, List.of(2, 4, 9)));
        PreparedQuery names = t.prepare("SELECT id FROM customers WHERE name <> ALL($1) ORDER BY id");
        assertArrayEquals(new int[] {1009}, names.parameterTypes());
        assertEquals(List.of(List.of(2), List.of(4)), TestTables.run(names, List.of("Alice", "Carol")));
        // A declared type wins.
        assertArrayEquals(new int[] {1016},
                t.prepare("SELECT id FROM customers WHERE id = ANY($1)", 1016).parameterTypes());
    }

    @Test
    void castParameterReportsTheCastType() throws Exception {
        assertArrayEquals(new int[] {26}, t.prepare("SELECT $1::oid").parameterTypes());
        assertArrayEquals(new int[] {1028}, t.prepare("SELECT 1 WHERE 23 = ANY($1::oid[])").parameterTypes());
        assertArrayEquals(new int[] {2205}, t.prepare("SELECT $1::pg_catalog.regclass").parameterTypes());
        assertArrayEquals(new int[] {19}, t.prepare("SELECT $1::name").parameterTypes());
        // Multi-word names are left to inference, which already gets them right.
        assertArrayEquals(new int[] {701}, t.prepare("SELECT $1::double precision").parameterTypes());
        assertEquals(List.of(Arrays.asList(true)), TestTables.run(
                t.prepare("SELECT 23 = ANY($1::oid[])"), List.of(16, 23)));
    }

    @Test
    void castOfANameToRegclassLooksItUp() throws Exception {
        // SQLAlchemy's get_table_comment: CAST('pg_catalog.pg_class' AS REGCLASS), literal or bound.
        assertEquals(1259, t.value("SELECT CAST('pg_catalog.pg_class' AS REGCLASS)"));
        assertEquals(1259, t.value("SELECT CAST($1 AS pg_catalog.regclass)", "pg_class"));
        assertEquals(2615, t.value("SELECT CAST('pg_namespace' AS regclass)"));
    }

    @Test
    void arrayFunctionsInASelectListAdvanceTogether() throws Exception {
        assertEquals(List.of(List.of(10, 1), List.of(20, 2), List.of(30, 3)), t.rows(
                "SELECT unnest(ARRAY[10, 20, 30]) AS v, generate_subscripts(ARRAY[10, 20, 30], 1) AS i"));
        // Two arrays of one row: zipped, not crossed.
        assertEquals(List.of(List.of("a", 1), List.of("b", 2)),
                t.rows("SELECT unnest(ARRAY['a', 'b']) AS l, unnest(ARRAY[1, 2]) AS n"));
        // The dimension may be a parameter (psycopg 3 binds it); another dimension has no subscripts.
        assertEquals(List.of(List.of(1), List.of(2)), t.rows("SELECT generate_subscripts(ARRAY[7, 8], $1) AS s", 1));
        assertEquals(List.of(Arrays.asList((Object) null), Arrays.asList((Object) null)),
                t.rows("SELECT generate_subscripts(ARRAY[7, 8], $1) AS s", 2));
        // Parameters keep their types when the rewrite moves the function's arguments into FROM.
        assertEquals(List.of(List.of("x", 5), List.of("x", 6)),
                t.rows("SELECT $1::text AS a, unnest(ARRAY[$2::int, $3::int]) AS u", "x", 5, 6));
        // FROM unnest(...) stays Calcite's own.
        assertEquals(List.of(List.of(1), List.of(2)), t.rows("SELECT x FROM unnest(ARRAY[1, 2]) AS u(x)"));
    }

    @Test
    void catalogVectorSubscriptsStartAtZero() throws Exception {
        // SQLAlchemy's primary key and index reflection: int2vector subscripts count from 0.
        List<List<Object>> keys = t.rows("SELECT c.relname, unnest(i.indkey) AS attnum,"
                + " generate_subscripts(i.indkey, 1) AS ord FROM pg_catalog.pg_index i"
                + " JOIN pg_catalog.pg_class c ON c.oid = i.indrelid ORDER BY 1");
        assertEquals(List.of(List.of("customers", (short) 1, 0), List.of("orders", (short) 1, 0)), keys);
    }

    @Test
    void arrayAggregateOfACatalogOidColumnIsAnOidArray() throws Exception {
        assertEquals(1028, resultType("SELECT array_agg(atttypid) FROM pg_catalog.pg_attribute"));
        assertEquals(1003, resultType("SELECT array_agg(attname ORDER BY attnum) FROM pg_catalog.pg_attribute"));
        // Followed through CASE, a scalar subquery and a WITH query, as in asyncpg's type introspection.
        assertEquals(1028, resultType("WITH t AS (SELECT CASE WHEN true THEN (SELECT array_agg(a.atttypid)"
                + " FROM pg_catalog.pg_attribute a) ELSE NULL END AS x) SELECT * FROM t ORDER BY 1"));
        // Application columns and plain arrays keep the engine's type.
        assertEquals(1007, resultType("SELECT array_agg(id) FROM customers"));
        assertEquals(1007, resultType("SELECT ARRAY[1, 2]"));
    }

    private static int resultType(String sql) throws Exception {
        return t.prepare(sql).columns().get(0).type().oid();
    }
}
