package dev.pgwire.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.PreparedQuery;
import dev.pgwire.runtime.testing.CapturedQueries;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog queries psql 15 ({@code \dt}, {@code \d}, {@code \d t}, {@code \l}, {@code \dn},
 * {@code \d+ t}, {@code \dt+}) and pgjdbc 42.7 ({@code DatabaseMetaData}, {@code ResultSetMetaData}) send,
 * captured from a real PostgreSQL 15 session, run unchanged through the engine.
 */
class ClientCatalogQueriesTest {
    private static TestTables t;

    @BeforeAll
    static void setUp() {
        t = new TestTables();
    }

    private static List<String> runAll(List<CapturedQueries.Query> statements) {
        List<String> failures = new ArrayList<>();
        for (CapturedQueries.Query c : statements) {
            try {
                PreparedQuery q = t.prepare(c.sql());
                TestTables.run(q, c.parameters().toArray());
            } catch (PgException | RuntimeException e) {
                failures.add(c.name() + ": " + e + "\n    " + c.sql().replace('\n', ' '));
            }
        }
        failures.forEach(f -> System.out.println("FAILED " + f));
        return failures;
    }

    @Test
    void psqlDescribeQueriesRun() throws Exception {
        List<CapturedQueries.Query> statements = new CapturedQueries(CapturedQueries.PSQL).all();
        assertEquals(23, statements.size());
        List<String> failures = runAll(statements);
        assertTrue(failures.isEmpty(), failures.size() + " psql queries failed:\n" + String.join("\n", failures));
    }

    @Test
    void pgjdbcMetadataQueriesRun() throws Exception {
        List<CapturedQueries.Query> statements = new CapturedQueries(CapturedQueries.PGJDBC).all();
        assertEquals(9, statements.size());
        List<String> failures = runAll(statements);
        assertTrue(failures.isEmpty(), failures.size() + " pgjdbc queries failed:\n" + String.join("\n", failures));
    }

    @Test
    void pgjdbcFindsThePrimaryKeyThroughASetReturningFunction() throws Exception {
        CapturedQueries.Query primaryKeys = new CapturedQueries(CapturedQueries.PGJDBC).all().stream()
                .filter(c -> c.sql().contains("_pg_expandarray(con.conkey)")).findFirst().orElseThrow();
        List<List<Object>> rows = t.rows(primaryKeys.sql(), "public", "customers");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(List.of("customers", "id", 1), List.of(rows.get(0).get(2), rows.get(0).get(3),
                ((Number) rows.get(0).get(4)).intValue()));
    }

    @Test
    void psqlListsTheRegistryTables() throws Exception {
        List<List<Object>> rows = t.rows(new CapturedQueries(CapturedQueries.PSQL).all().get(0).sql());
        assertEquals(List.of(List.of("public", "customers", "table", "tester"),
                List.of("public", "orders", "table", "tester")), rows.stream()
                .map(r -> List.of(r.get(0), r.get(1), r.get(2), String.valueOf(r.get(3)))).toList());
    }
}
