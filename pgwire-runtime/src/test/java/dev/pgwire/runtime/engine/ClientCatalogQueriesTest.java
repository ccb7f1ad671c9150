package dev.pgwire.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.PreparedQuery;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

    /** A captured statement: where it came from, its text and its parameter values. */
    record Captured(String origin, String sql, List<String> params) {}

    static List<Captured> load(String resource) throws IOException {
        String text;
        try (InputStream in = ClientCatalogQueriesTest.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Captured> out = new ArrayList<>();
        String origin = null;
        StringBuilder sql = new StringBuilder();
        for (String line : (text + "\n-- end").split("\n")) {
            if (line.startsWith("-- ")) {
                if (origin != null && !sql.toString().isBlank()) {
                    List<String> params = new ArrayList<>();
                    int p = origin.indexOf("params: ");
                    if (p >= 0 && !origin.substring(p + 8).isBlank()) {
                        params.addAll(List.of(origin.substring(p + 8).split("\\|", -1)));
                    }
                    out.add(new Captured(origin, sql.toString().strip(), params));
                }
                origin = line.substring(3);
                sql.setLength(0);
            } else {
                sql.append(line).append('\n');
            }
        }
        return out;
    }

    private static List<String> runAll(List<Captured> statements) {
        List<String> failures = new ArrayList<>();
        for (Captured c : statements) {
            try {
                PreparedQuery q = t.prepare(c.sql());
                TestTables.run(q, c.params().toArray());
            } catch (PgException | RuntimeException e) {
                failures.add(c.origin() + ": " + e + "\n    " + c.sql().replace('\n', ' '));
            }
        }
        failures.forEach(f -> System.out.println("FAILED " + f));
        return failures;
    }

    @Test
    void psqlDescribeQueriesRun() throws Exception {
        List<Captured> statements = load("psql-queries.sql");
        assertEquals(23, statements.size());
        List<String> failures = runAll(statements);
        assertTrue(failures.isEmpty(), failures.size() + " psql queries failed:\n" + String.join("\n", failures));
    }

    @Test
    void pgjdbcMetadataQueriesRun() throws Exception {
        List<Captured> statements = load("pgjdbc-queries.sql");
        assertEquals(16, statements.size());
        List<String> failures = runAll(statements);
        assertTrue(failures.isEmpty(), failures.size() + " pgjdbc queries failed:\n" + String.join("\n", failures));
    }

    @Test
    void pgjdbcFindsThePrimaryKeyThroughASetReturningFunction() throws Exception {
        Captured primaryKeys = load("pgjdbc-queries.sql").stream()
                .filter(c -> c.sql().contains("_pg_expandarray(con.conkey)")).findFirst().orElseThrow();
        List<List<Object>> rows = t.rows(primaryKeys.sql(), "public", "customers");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(List.of("customers", "id", 1), List.of(rows.get(0).get(2), rows.get(0).get(3),
                ((Number) rows.get(0).get(4)).intValue()));
    }

    @Test
    void psqlListsTheRegistryTables() throws Exception {
        List<List<Object>> rows = t.rows(load("psql-queries.sql").get(0).sql());
        assertEquals(List.of(List.of("public", "customers", "table", "tester"),
                List.of("public", "orders", "table", "tester")), rows.stream()
                .map(r -> List.of(r.get(0), r.get(1), r.get(2), String.valueOf(r.get(3)))).toList());
    }
}
