package dev.pgwire.runtime.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pgwire.runtime.PgWireServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real {@code psql} binary's describe commands against a server over {@link TestTables}. Expected
 * output is what psql 15 prints for the same schema on PostgreSQL 15, character for character, except
 * where a comment says otherwise.
 */
class PsqlCatalogCommandsTest {
    private static PgWireServer server;
    /**
     * How psql names the referencing table under "Referenced by:". Known deviation: PostgreSQL prints
     * {@code orders} ({@code conrelid::regclass} as text is the name); here a regclass value prints as its OID.
     */
    private static final String REFERENCING = "16389";

    @BeforeAll
    static void start() {
        assumeTrue(psqlAvailable(), "psql is not installed");
        server = PgWireServer.builder().port(0).user("postgres").database("postgres")
                .registry(TestTables.registry(TestTables.customers(), TestTables.orders())).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void listTables() throws Exception {
        String expected = """
                           List of relations
                 Schema |   Name    | Type  |  Owner  \s
                --------+-----------+-------+----------
                 public | customers | table | postgres
                 public | orders    | table | postgres
                (2 rows)

                """;
        assertEquals(expected, psql("\\dt"));
        assertEquals(expected, psql("\\d"));
    }

    @Test
    void describeTable() throws Exception {
        assertEquals("""
                                    Table "public.customers"
                 Column |         Type          | Collation | Nullable | Default\s
                --------+-----------------------+-----------+----------+---------
                 id     | bigint                |           | not null |\s
                 name   | text                  |           | not null |\s
                 email  | character varying(80) |           |          |\s
                Indexes:
                    "customers_pkey" PRIMARY KEY, btree (id)
                Referenced by:
                    TABLE "%s" CONSTRAINT "orders_customer_id_fkey" FOREIGN KEY (customer_id) REFERENCES customers(id)

                """.formatted(REFERENCING), psql("\\d customers"));
        assertEquals("""
                                          Table "public.orders"
                   Column    |           Type           | Collation | Nullable | Default\s
                -------------+--------------------------+-----------+----------+---------
                 id          | bigint                   |           | not null |\s
                 customer_id | bigint                   |           | not null |\s
                 total       | numeric(12,2)            |           |          |\s
                 placed_at   | timestamp with time zone |           |          |\s
                Indexes:
                    "orders_pkey" PRIMARY KEY, btree (id)
                Foreign-key constraints:
                    "orders_customer_id_fkey" FOREIGN KEY (customer_id) REFERENCES customers(id)

                """, psql("\\d orders"));
    }

    @Test
    void describeTableVerbose() throws Exception {
        assertEquals("""
                                                               Table "public.customers"
                 Column |         Type          | Collation | Nullable | Default | Storage  | Compression | Stats target | Description\s
                --------+-----------------------+-----------+----------+---------+----------+-------------+--------------+-------------
                 id     | bigint                |           | not null |         | plain    |             |              |\s
                 name   | text                  |           | not null |         | extended |             |              |\s
                 email  | character varying(80) |           |          |         | extended |             |              |\s
                Indexes:
                    "customers_pkey" PRIMARY KEY, btree (id)
                Referenced by:
                    TABLE "%s" CONSTRAINT "orders_customer_id_fkey" FOREIGN KEY (customer_id) REFERENCES customers(id)
                Access method: heap

                """.formatted(REFERENCING), psql("\\d+ customers"));
    }

    @Test
    void listSchemasTablesVerboseAndDatabases() throws Exception {
        assertEquals("""
                      List of schemas
                  Name  |       Owner      \s
                --------+-------------------
                 public | pg_database_owner
                (1 row)

                """, psql("\\dn"));
        // PostgreSQL shows 8192 bytes for customers, which held a row; in-memory tables have no size.
        assertEquals("""
                                                      List of relations
                 Schema |   Name    | Type  |  Owner   | Persistence | Access method |  Size   | Description\s
                --------+-----------+-------+----------+-------------+---------------+---------+-------------
                 public | customers | table | postgres | permanent   | heap          | 0 bytes | Customers
                 public | orders    | table | postgres | permanent   | heap          | 0 bytes |\s
                (2 rows)

                """, psql("\\dt+"));
        // PostgreSQL also lists template0 and template1.
        assertEquals("""
                                                           List of databases
                   Name   |  Owner   | Encoding | Collate |  Ctype  | ICU Locale | Locale Provider | Access privileges\s
                ----------+----------+----------+---------+---------+------------+-----------------+-------------------
                 postgres | postgres | UTF8     | C.UTF-8 | C.UTF-8 |            | libc            |\s
                (1 row)

                """, psql("\\l"));
    }

    private static boolean psqlAvailable() {
        try {
            return new ProcessBuilder("psql", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String psql(String command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(List.of("psql", "-X", "-P", "pager=off", "-w", "-v", "ON_ERROR_STOP=1",
                "-h", "127.0.0.1", "-p", Integer.toString(server.port()), "-U", "postgres", "-d", "postgres",
                "-c", command));
        pb.environment().put("PGCONNECT_TIMEOUT", "30");
        pb.environment().remove("PGPASSWORD");
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("psql did not finish: " + command);
        }
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), err);
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
