package dev.pgwire.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.runtime.query.CancelSignal;
import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.PreparedQuery;
import dev.pgwire.runtime.query.ResultCursor;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.spi.Rows;
import dev.pgwire.runtime.spi.TableSource;
import dev.pgwire.runtime.testing.TestSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** search_path, catalog schemas and session-dependent functions. */
class NameResolutionTest {
    private static TestTables t;

    @BeforeAll
    static void setUp() {
        t = new TestTables();
        t.registry.addTable(new TableSource<>("sales", "orders", "", TestTables.ORDER_TYPE,
                Rows.ofCollection(() -> t.orders.subList(0, 2))));
    }

    private static List<List<Object>> run(String sql, Map<String, String> settings) throws PgException {
        TestSession session = TestTables.SESSION.with(settings);
        PreparedQuery q = t.engine.prepare(sql, new int[0], session);
        List<List<Object>> out = new ArrayList<>();
        try (ResultCursor c = q.execute(new Object[0], session, CancelSignal.NEVER)) {
            for (Object[] row = c.next(); row != null; row = c.next()) {
                out.add(List.of(row.clone()).stream().map(String::valueOf).map(Object.class::cast).toList());
            }
        }
        return out;
    }

    @Test
    void unqualifiedNamesFollowTheSearchPath() throws Exception {
        assertEquals(List.of(List.of("5")), run("SELECT count(*) FROM orders", Map.of()));
        assertEquals(List.of(List.of("2")), run("SELECT count(*) FROM orders", Map.of("search_path", "sales, public")));
        assertEquals(List.of(List.of("2")), run("SELECT count(*) FROM sales.orders", Map.of()));
        PgException e = assertThrows(PgException.class,
                () -> run("SELECT * FROM customers", Map.of("search_path", "sales")));
        assertEquals(SqlState.UNDEFINED_TABLE, e.state());
    }

    /** As in PostgreSQL, a function without arguments is called with parentheses; a bare name is a column. */
    @Test
    void aColumnNamedLikeANiladicFunctionIsTheColumn() throws Exception {
        assertEquals(List.of(List.of("7")), run("SELECT version FROM (VALUES (7)) AS v(version)", Map.of()));
        assertEquals(List.of(List.of("7")), run("SELECT pg_backend_pid FROM (VALUES (7)) AS v(pg_backend_pid)", Map.of()));
        assertTrue(run("SELECT version()", Map.of()).get(0).get(0).toString().startsWith("PostgreSQL 15"));
    }

    @Test
    void catalogRelationsResolveQualifiedAndUnqualified() throws Exception {
        List<List<Object>> qualified = run(
                "SELECT relname FROM pg_catalog.pg_class WHERE relname = 'customers'", Map.of());
        assertEquals(List.of(List.of("customers")), qualified);
        assertEquals(qualified, run("SELECT relname FROM pg_class WHERE relname = 'customers'", Map.of()));
    }

    @Test
    void informationSchemaDescribesRegistryTables() throws Exception {
        assertEquals(List.of(List.of("customers"), List.of("orders")), run("SELECT table_name FROM "
                + "information_schema.tables WHERE table_schema = 'public' ORDER BY 1", Map.of()));
        List<List<Object>> columns = run("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = 'public' AND table_name = 'customers' ORDER BY ordinal_position", Map.of());
        assertEquals(List.of("id", "name", "city", "balance", "since", "vip", "avatar"),
                columns.stream().map(r -> r.get(0)).toList());
    }

    @Test
    void regclassCastsAndOidComparisons() throws Exception {
        String oid = run("SELECT 'customers'::regclass", Map.of()).get(0).get(0).toString();
        assertTrue(Integer.parseInt(oid) > 0, oid);
        assertEquals(List.of(List.of("customers")),
                run("SELECT relname FROM pg_class c WHERE c.oid = '" + oid + "'", Map.of()));
        assertEquals(List.of(List.of("customers")),
                run("SELECT c.relname FROM pg_class c WHERE c.oid = 'public.customers'::regclass", Map.of()));
    }

    @Test
    void tableOidsAppearInResultColumns() throws Exception {
        String oid = run("SELECT 'customers'::regclass::oid", Map.of()).get(0).get(0).toString();
        PreparedQuery q = t.prepare("SELECT name FROM customers");
        assertEquals(Integer.parseInt(oid), q.columns().get(0).tableOid());
    }

    @Test
    void zoneLessTimestamptzLiteralsUseTheSessionTimeZone() throws Exception {
        String sql = "SELECT '2024-01-01 00:00:00'::timestamptz";
        long utc = Long.parseLong(run(sql, Map.of("timezone", "UTC")).get(0).get(0).toString());
        long paris = Long.parseLong(run(sql, Map.of("timezone", "Europe/Paris")).get(0).get(0).toString());
        assertEquals(3_600_000L, utc - paris, "the same cached plan, evaluated in each session's zone");
    }

    @Test
    void sessionFunctionsSeeTheExecutingSession() throws Exception {
        assertEquals(List.of(List.of("tester", "testdb", "sales")), run(
                "SELECT current_user, current_database(), current_schema", Map.of("search_path", "sales, public")));
        assertEquals(List.of(List.of("tester", "testdb", "public")), run(
                "SELECT current_user, current_database(), current_schema()", Map.of()));
    }
}
