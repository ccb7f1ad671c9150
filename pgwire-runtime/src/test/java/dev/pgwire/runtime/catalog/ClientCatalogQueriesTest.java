package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.engine.CalciteQueryEngine;
import dev.pgwire.runtime.query.CancelSignal;
import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.PreparedQuery;
import dev.pgwire.runtime.query.QueryEngine;
import dev.pgwire.runtime.query.ResultCursor;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.testing.CapturedQueries;
import dev.pgwire.runtime.testing.TestSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * psql's and pgjdbc's own catalog queries, verbatim, through the real engine over the schema of
 * {@link TestTables}. Expected rows are PostgreSQL 15's answers to the same queries for the same schema,
 * rendered as {@code psql -At} prints them ({@code |} between columns, {@code <null>} for NULL); where
 * this server deliberately differs, the comment says how.
 */
class ClientCatalogQueriesTest {
    private static final CapturedQueries QUERIES = new CapturedQueries(CapturedQueries.PSQL, CapturedQueries.PGJDBC);
    private static QueryEngine engine;

    @BeforeAll
    static void engine() {
        engine = new CalciteQueryEngine(TestTables.registry(TestTables.customers(), TestTables.orders()));
    }

    @Test
    void listTables() throws Exception {
        List<String> expected = List.of("public|customers|table|postgres", "public|orders|table|postgres");
        assertEquals(expected, run("psql \\dt #1"));
        assertEquals(expected, run("psql \\d #1"));
    }

    @Test
    void listTablesVerbose() throws Exception {
        // PostgreSQL reports 8192 bytes for customers, which had a row; in-memory tables have no size.
        assertEquals(List.of(
                "public|customers|table|postgres|permanent|heap|0 bytes|Customers",
                "public|orders|table|postgres|permanent|heap|0 bytes|<null>"), run("psql \\dt+ #1"));
    }

    @Test
    void describeTable() throws Exception {
        // relhastriggers is t: customers is referenced by a foreign key, which PostgreSQL backs with triggers.
        assertEquals(List.of("0|r|t|f|t|f|f|f|f||0||p|d|heap"), run("psql \\d customers #2"));
        // Known deviation, engine side: \d+ computes reloptions || array(...); PostgreSQL's array || treats the NULL
        // reloptions as empty and returns '', the engine's || returns NULL. psql prints both the same way.
        assertEquals(List.of("0|r|t|f|t|f|f|f|f|<null>|0||p|d|heap"), run("psql \\d+ customers #2"));
        for (String d : List.of("\\d", "\\d+")) {
            assertEquals(List.of("16384|public|customers"), run("psql " + d + " customers #1"), d);
            assertEquals(List.of("customers_pkey|t|t|f|t|CREATE UNIQUE INDEX customers_pkey ON customers USING btree"
                    + " (id)|PRIMARY KEY (id)|p|f|f|f|0"), run("psql " + d + " customers #4"), d);
            for (int i = 5; i <= 9; i++) {
                // Policies, statistics objects, publications, parents and partitions: none.
                assertEquals(List.of(), run("psql " + d + " customers #" + i), d + " #" + i);
            }
        }
        assertEquals(List.of(
                "id|bigint|<null>|t|<null>||",
                "name|text|<null>|t|<null>||",
                "email|character varying(80)|<null>|f|<null>||"), run("psql \\d customers #3"));
        assertEquals(List.of(
                "id|bigint|<null>|t|<null>|||p||<null>|<null>",
                "name|text|<null>|t|<null>|||x||<null>|<null>",
                "email|character varying(80)|<null>|f|<null>|||x||<null>|<null>"), run("psql \\d+ customers #3"));
    }

    @Test
    void listDatabasesAndSchemas() throws Exception {
        // PostgreSQL also lists template0 and template1, which this server does not have.
        assertEquals(List.of("postgres|postgres|UTF8|C.UTF-8|C.UTF-8|<null>|libc|<null>"), run("psql \\l #1"));
        assertEquals(List.of("public|pg_database_owner"), run("psql \\dn #1"));
    }

    @Test
    void pgjdbcTablesColumnsAndSchemas() throws Exception {
        assertEquals(List.of("postgres|public|customers|TABLE|Customers|||||",
                "postgres|public|orders|TABLE|<null>|||||"), run("pgjdbc getTables"));
        assertEquals(List.of(
                "postgres|public|customers|id|20|t|-1|8|-1|1|<null>|<null>|<null>|<null>|0|b",
                "postgres|public|customers|name|25|t|-1|-1|-1|2|<null>|<null>|<null>|<null>|0|b",
                "postgres|public|customers|email|1043|f|84|-1|-1|3|<null>|<null>|<null>|<null>|0|b"),
                run("pgjdbc getColumns"));
        assertEquals(List.of("information_schema|postgres", "pg_catalog|postgres", "public|postgres"),
                run("pgjdbc getSchemas"));
        // PostgreSQL also returns template1.
        assertEquals(List.of("postgres"), run("pgjdbc getCatalogs"));
        assertEquals(List.of("16384|1|id|customers|public|t|<null>", "16384|2|name|customers|public|t|<null>",
                "16384|3|email|customers|public|f|<null>"), run("pgjdbc rsmd"));
    }

    @Test
    void pgjdbcKeysAndIndexes() throws Exception {
        assertEquals(List.of("postgres|public|customers|id|1|customers_pkey"), run("pgjdbc getPrimaryKeys"));
        assertEquals(List.of("postgres|public|customers|f|<null>|customers_pkey|3|1|id|A|0|1|<null>|<null>"),
                run("pgjdbc getIndexInfo"));
    }

    @Test
    void catalogFunctionErrorsKeepTheirSqlState() {
        TestSession session = TestSession.postgres();
        PgException e = assertThrows(PgException.class, () -> {
            PreparedQuery q = engine.prepare("select current_setting('no_such')", new int[0], session);
            try (ResultCursor c = q.execute(new Object[0], session, CancelSignal.NEVER)) {
                c.next();
            }
        });
        assertEquals(SqlState.UNDEFINED_OBJECT, e.state());
        assertEquals("unrecognized configuration parameter \"no_such\"", e.getMessage());
    }

    /** Runs a captured query as its client did (text parameters declared as varchar) and renders the rows. */
    private static List<String> run(String name) throws Exception {
        CapturedQueries.Query q = QUERIES.get(name);
        int[] types = new int[q.parameters().size()];
        Arrays.fill(types, 1043);
        TestSession session = TestSession.postgres();
        PreparedQuery prepared = engine.prepare(q.sql(), types, session);
        List<String> rows = new ArrayList<>();
        try (ResultCursor cursor = prepared.execute(q.parameters().toArray(), session, CancelSignal.NEVER)) {
            for (Object[] row = cursor.next(); row != null; row = cursor.next()) {
                StringJoiner line = new StringJoiner("|");
                for (Object v : row) {
                    line.add(text(v));
                }
                rows.add(line.toString());
            }
        }
        return rows;
    }

    /** PostgreSQL's text form of the values these queries return. */
    private static String text(Object v) {
        if (v == null) {
            return "<null>";
        }
        if (v instanceof Boolean b) {
            return b ? "t" : "f";
        }
        if ((v instanceof Float || v instanceof Double) && ((Number) v).doubleValue() == Math.rint(((Number) v).doubleValue())) {
            return Long.toString(((Number) v).longValue());
        }
        return v.toString();
    }
}
