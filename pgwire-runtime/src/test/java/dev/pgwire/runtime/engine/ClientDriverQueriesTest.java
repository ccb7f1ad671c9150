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
}
