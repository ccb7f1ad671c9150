package dev.pgwire.runtime.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pgwire.runtime.PgWireServer;
import dev.pgwire.runtime.testing.PostgresServer;
import dev.pgwire.runtime.testing.TypedFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

/**
 * COPY and cursors through real clients, each run against our server and a real PostgreSQL 15 with the same table:
 * pgjdbc's {@code CopyManager}, psql's {@code \copy}, pgjdbc statements over cursors, psycopg2 named cursors.
 */
class ClientsDifferentialTest {
    private static PgWireServer server;
    private static int pgPort;

    @BeforeAll
    static void start() throws SQLException {
        PostgresServer pg = PostgresServer.shared();
        pgPort = pg.port();
        try (Connection admin = pg.connect(); Statement s = admin.createStatement()) {
            s.execute("DO $$ BEGIN CREATE ROLE " + Differential.ROLE + " LOGIN; EXCEPTION WHEN duplicate_object"
                    + " THEN NULL; END $$");
            TypedFixture.load(admin);
        }
        server = PgWireServer.builder().port(0).registry(TypedFixture.registry()).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static Connection connect(int port, String mode) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", Differential.ROLE);
        p.setProperty("preferQueryMode", mode);
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", p);
    }

    private static byte[] copyOut(int port, String mode, String sql, long[] rows) throws Exception {
        try (Connection c = connect(port, mode)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            rows[0] = c.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, out);
            return out.toByteArray();
        }
    }

    @Test
    void pgjdbcCopyManagerGetsTheSameBytes() throws Exception {
        for (String mode : List.of("extended", "simple")) {
            for (String sql : List.of("COPY cp_types TO STDOUT", "COPY cp_types TO STDOUT (FORMAT csv, HEADER)",
                    "COPY cp_types TO STDOUT (FORMAT binary)",
                    "COPY (SELECT t, by FROM cp_types ORDER BY id DESC) TO STDOUT (FORMAT csv, FORCE_QUOTE *)")) {
                long[] expectedRows = new long[1];
                long[] actualRows = new long[1];
                byte[] expected = copyOut(pgPort, mode, sql, expectedRows);
                byte[] actual = copyOut(server.port(), mode, sql, actualRows);
                assertArrayEquals(expected, actual, mode + ": " + sql);
                assertEquals(expectedRows[0], actualRows[0], sql);
                assertTrue(actual.length > 100, sql);
            }
        }
    }

    @Test
    void psqlBackslashCopyWritesTheSameFiles(@TempDir Path dir) throws Exception {
        assumeTrue(commandWorks("psql", "--version"), "psql is not installed");
        List<String> outputs = new ArrayList<>();
        for (int port : new int[] {pgPort, server.port()}) {
            Path csv = dir.resolve("out-" + port + ".csv");
            Path text = dir.resolve("out-" + port + ".txt");
            String stdout = run(List.of("psql", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U",
                    Differential.ROLE, "-d", "postgres", "-X", "-q", "-v", "ON_ERROR_STOP=1",
                    "-c", "\\copy (select id, t, vc, f8 from cp_types order by id) to '" + csv + "' with csv header",
                    "-c", "\\copy cp_types (id, by, ts) to '" + text + "'",
                    "-c", "\\copy cp_types to stdout"));
            outputs.add(stdout + "\n--csv--\n" + Files.readString(csv) + "\n--text--\n" + Files.readString(text));
            assertTrue(Files.size(csv) > 50);
        }
        assertEquals(outputs.get(0), outputs.get(1));
    }

    @Test
    void pgjdbcReadsCursorsTheSame() throws Exception {
        for (String mode : List.of("extended", "simple")) {
            assertEquals(cursorRows(pgPort, mode), cursorRows(server.port(), mode), mode);
        }
    }

    private static List<String> cursorRows(int port, String mode) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(port, mode); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("DECLARE c SCROLL CURSOR FOR SELECT id, t, n, d FROM cp_types ORDER BY id");
            for (String fetch : List.of("FETCH 2 FROM c", "FETCH ABSOLUTE 4 FROM c", "FETCH BACKWARD 2 FROM c",
                    "FETCH ALL FROM c")) {
                try (ResultSet rs = s.executeQuery(fetch)) {
                    out.add(fetch + " " + rs.getMetaData().getColumnTypeName(3));
                    while (rs.next()) {
                        out.add(rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getBigDecimal(3) + "|" + rs.getDate(4));
                    }
                }
            }
            s.execute("MOVE BACKWARD ALL IN c");
            out.add("update count " + s.getUpdateCount());
            s.execute("CLOSE c");
            c.commit();
        }
        return out;
    }

    @Test
    void psycopg2NamedCursorsAndCopyReadTheSame() throws Exception {
        assumeTrue(commandWorks("python3", "-c", "import psycopg2"),
                "python3 with psycopg2 is not installed (pip install psycopg2-binary)");
        String script = String.join("\n",
                "import io, sys, psycopg2",
                "conn = psycopg2.connect(host='127.0.0.1', port=int(sys.argv[1]), user='" + Differential.ROLE + "',"
                        + " dbname='postgres')",
                "cur = conn.cursor(name='named')",
                "cur.itersize = 2",
                "cur.execute('SELECT id, t, vc, f8, n, d, ts FROM cp_types ORDER BY id')",
                "print(cur.fetchone())",
                "print(cur.fetchmany(2))",
                "for row in cur: print(row)",
                "print(cur.description[1].name, cur.rowcount)",
                "cur.close()",
                "s = conn.cursor(name='scrolling', scrollable=True)",
                "s.execute('SELECT id FROM cp_types ORDER BY id')",
                "print(s.fetchall())",
                "s.scroll(-2)",
                "print(s.fetchone())",
                "s.scroll(0, mode='absolute')",
                "print(s.fetchmany(2))",
                "conn.commit()",
                "h = conn.cursor(name='held', withhold=True)",
                "h.execute('SELECT id FROM cp_types ORDER BY id')",
                "conn.commit()",
                "print(h.fetchmany(3))",
                "h.close()",
                "buf = io.StringIO()",
                "conn.cursor().copy_expert('COPY cp_types TO STDOUT WITH CSV HEADER FORCE QUOTE *', buf)",
                "print(repr(buf.getvalue()))",
                "conn.close()");
        Path file = Files.createTempFile("pgwire-psycopg2", ".py");
        try {
            Files.writeString(file, script);
            String expected = run(List.of("python3", file.toString(), Integer.toString(pgPort)));
            String actual = run(List.of("python3", file.toString(), Integer.toString(server.port())));
            assertEquals(expected, actual);
            assertTrue(expected.contains("(5,"), expected);
        } finally {
            Files.delete(file);
        }
    }

    private static boolean commandWorks(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs a command and returns its stdout; fails with stderr when it exits non-zero. */
    private static String run(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PGCONNECT_TIMEOUT", "5");
        pb.environment().put("PGTZ", "UTC");
        pb.environment().remove("PGPASSWORD");
        Path err = Files.createTempFile("pgwire-client", ".err");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        String stderr = Files.readString(err);
        Files.delete(err);
        assertEquals(0, p.exitValue(), command + ": " + stderr);
        return out;
    }
}
