package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.testing.TestSession;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The catalog through Calcite's own pipeline: validation, code generation and execution. */
class CatalogSqlTest {
    private final CalciteRunner calcite = new CalciteRunner(TestTables.customersAndOrders());
    private final TestSession session = TestSession.postgres();

    @Test
    void sessionFunctions() throws Exception {
        List<List<Object>> rows = calcite.query("select current_database(), pg_catalog.current_user(),"
                + " pg_backend_pid(), pg_catalog.current_schema(), pg_catalog.version()", session);
        assertEquals("postgres", rows.get(0).get(0));
        assertEquals("postgres", rows.get(0).get(1));
        assertEquals(4242, rows.get(0).get(2));
        assertEquals("public", rows.get(0).get(3));
        assertEquals(SessionFunctions.VERSION, rows.get(0).get(4));
    }

    @Test
    void sessionValuesAreNotFoldedIntoThePlan() throws Exception {
        TestSession alice = TestSession.forUser("alice", "shop").with("search_path", "nope");
        // Session functions only: one function that cannot be folded would keep the others unfolded too.
        List<List<Object>> rows = calcite.query("select current_database(), pg_catalog.current_user(),"
                + " current_setting('search_path'), pg_get_userbyid(10)", TestSession.postgres(), alice);
        assertEquals(Arrays.asList("shop", "alice", "nope", "alice"), rows.get(0));
        assertEquals(List.of(List.of("heap")), calcite.query("select amname from pg_catalog.pg_am"
                + " where current_database() = 'shop' and amtype = 't'", TestSession.postgres(), alice));
        rows = calcite.query("select pg_catalog.current_schema(), pg_table_is_visible(16384)",
                TestSession.postgres(), alice);
        assertEquals(Arrays.asList(null, false), rows.get(0));
    }

    @Test
    void setReturningAndTimestampFunctions() throws Exception {
        assertEquals(List.of(List.of(3, 1), List.of(4, 2)),
                calcite.query("select * from table(information_schema._pg_expandarray(array[3, 4]))", session));
        assertEquals(List.of(List.of(1), List.of(2), List.of(3)),
                calcite.query("select * from table(pg_catalog.generate_series(1, 3))", session));
        List<List<Object>> rows = calcite.query("select pg_postmaster_start_time(), pg_get_function_result(1067)",
                session);
        assertEquals(true, (Long) rows.get(0).get(0) <= System.currentTimeMillis());
        assertEquals("SETOF integer", rows.get(0).get(1));
    }

    @Test
    void formatTypeOverAttributes() throws Exception {
        List<List<Object>> rows = calcite.query("select a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod),"
                + " a.attnotnull from pg_catalog.pg_attribute a where a.attrelid = 16389 and a.attnum > 0"
                + " and not a.attisdropped order by a.attnum", session);
        assertEquals(List.of(
                Arrays.asList("id", "bigint", true),
                Arrays.asList("customer_id", "bigint", true),
                Arrays.asList("total", "numeric(12,2)", false),
                Arrays.asList("placed_at", "timestamp with time zone", false)), rows);
    }

    @Test
    void visibilityAndArrays() throws Exception {
        List<List<Object>> rows = calcite.query("select n.nspname, c.relname from pg_catalog.pg_class c"
                + " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
                + " where c.relkind in ('r','p','') and n.nspname <> 'pg_catalog'"
                + " and n.nspname <> 'information_schema' and pg_catalog.pg_table_is_visible(c.oid)"
                + " order by 1, 2", session);
        assertEquals(List.of(List.of("public", "customers"), List.of("public", "orders")), rows);
        rows = calcite.query("select (current_schemas(true))[1], array_to_string(current_schemas(true), ','),"
                + " array_upper(current_schemas(false), 1)", session);
        assertEquals(List.of("pg_catalog", "pg_catalog,public", 1), rows.get(0));
    }

    @Test
    void nameLookups() throws Exception {
        List<List<Object>> rows = calcite.query("select to_regclass('customers'), to_regclass('public.orders'),"
                + " to_regclass('pg_class'), to_regclass('nope'), to_regtype('integer'), to_regnamespace('public')",
                session);
        assertEquals(Arrays.asList(16384, 16389, 1259, null, 23, 2200), rows.get(0));
    }

    @Test
    void indexDefinitions() throws Exception {
        List<List<Object>> rows = calcite.query("select c2.relname, i.indisprimary,"
                + " pg_catalog.pg_get_indexdef(i.indexrelid, 0, true), pg_catalog.pg_get_constraintdef(con.oid, true)"
                + " from pg_catalog.pg_class c2, pg_catalog.pg_index i left join pg_catalog.pg_constraint con"
                + " on (conrelid = i.indrelid and conindid = i.indexrelid and contype in ('p','u','x'))"
                + " where i.indrelid = 16384 and i.indexrelid = c2.oid", session);
        assertEquals(List.of(List.of("customers_pkey", true,
                "CREATE UNIQUE INDEX customers_pkey ON customers USING btree (id)", "PRIMARY KEY (id)")), rows);
    }
}
