package dev.pgwire.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.runtime.tables.TableRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** End to end with the real pgjdbc driver over a real socket, against the test engine. */
class PgWireServerTest {
    private static TestEngine engine;
    private static PgWireServer server;

    @BeforeAll
    static void start() {
        engine = new TestEngine();
        server = PgWireServer.builder().port(0).registry(new TableRegistry()).engine(engine).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Connection connect(String... extra) throws SQLException {
        Properties p = new Properties();
        for (int i = 0; i + 1 < extra.length; i += 2) {
            p.setProperty(extra[i], extra[i + 1]);
        }
        return DriverManager.getConnection(server.jdbcUrl(), p);
    }

    private static List<String> rows(ResultSet rs) throws SQLException {
        List<String> out = new ArrayList<>();
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                sb.append(i > 1 ? "|" : "").append(rs.getString(i));
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void connectsAndReportsVersion() throws SQLException {
        try (Connection c = connect()) {
            assertEquals(15, c.getMetaData().getDatabaseMajorVersion());
            assertEquals(0, c.getMetaData().getDatabaseMinorVersion());
            assertTrue(c.isValid(2));
        }
    }

    @Test
    void setShowAndReset() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("SET application_name = 'jdbc-test'");
            assertEquals(List.of("jdbc-test"), rows(s.executeQuery("SHOW application_name")));
            s.execute("set time zone 'UTC'");
            ResultSet rs = s.executeQuery("show timezone");
            assertEquals("TimeZone", rs.getMetaData().getColumnLabel(1));
            assertEquals(List.of("UTC"), rows(rs));
            s.execute("reset all");
            // pgjdbc sets application_name with SET after startup, so RESET goes back to the server default
            assertEquals(List.of(""), rows(s.executeQuery("show application_name")));
            assertEquals(List.of("ISO, MDY"), rows(s.executeQuery("SHOW DateStyle")));
            assertEquals(List.of("150000"), rows(s.executeQuery("show server_version_num")));
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("show nosuch"));
            assertEquals("42704", e.getSQLState());
        }
    }

    @Test
    void queryWithRows() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select * from series(3)");
            assertEquals("n", rs.getMetaData().getColumnLabel(1));
            assertEquals(java.sql.Types.INTEGER, rs.getMetaData().getColumnType(1));
            assertEquals(List.of("1|row 1", "2|row 2", "3|row 3"), rows(rs));
        }
    }

    @Test
    void preparedStatementWithParametersTextAndBinary() throws SQLException {
        for (String threshold : new String[] {"5", "-1"}) {
            try (Connection c = connect("prepareThreshold", threshold);
                    PreparedStatement ps = c.prepareStatement("select ?, ?")) {
                for (int i = 0; i < 7; i++) { // crosses the threshold: unnamed, then named server statements
                    ps.setInt(1, 40 + i);
                    ps.setString(2, "value " + i);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertTrue(rs.next());
                        assertEquals(40 + i, rs.getInt(1));
                        assertEquals("value " + i, rs.getString(2));
                        assertFalse(rs.next());
                    }
                }
                ps.setNull(1, java.sql.Types.INTEGER);
                ps.setString(2, null);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertNull(rs.getObject(1));
                    assertNull(rs.getObject(2));
                }
            }
        }
    }

    @Test
    void fetchSizeWithAutocommitOffUsesPortalSuspension() throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.setFetchSize(2);
                int before = engine.rowsProduced.get();
                try (ResultSet rs = s.executeQuery("select * from series(7)")) {
                    assertTrue(rs.next());
                    assertEquals(2, engine.rowsProduced.get() - before, "only the first fetch has been produced");
                    List<String> rest = rows(rs);
                    assertEquals(6, rest.size());
                    assertEquals("7|row 7", rest.get(5));
                }
            }
            c.commit();
        }
    }

    @Test
    void transactionsAndErrorsDoNotBreakTheConnection() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("select nosuch"));
            assertEquals("42703", e.getSQLState());
            assertEquals(List.of("1"), rows(s.executeQuery("select 1")));

            s.execute("BEGIN");
            assertEquals(List.of("2"), rows(s.executeQuery("select 2")));
            s.execute("COMMIT");

            c.setAutoCommit(false);
            assertThrows(SQLException.class, () -> s.executeQuery("select nosuch"));
            SQLException aborted = assertThrows(SQLException.class, () -> s.executeQuery("select 1"));
            assertEquals("25P02", aborted.getSQLState());
            c.rollback();
            assertEquals(List.of("3"), rows(s.executeQuery("select 3")));
            c.commit();
            c.setAutoCommit(true);

            SQLException ro = assertThrows(SQLException.class, () -> s.executeUpdate("insert into t values (1)"));
            assertEquals("25006", ro.getSQLState());
            assertEquals("ERROR: cannot execute INSERT in a read-only transaction", ro.getMessage());

            SQLException broken = assertThrows(SQLException.class, () -> rows(s.executeQuery("select * from broken(3)")));
            assertEquals("22012", broken.getSQLState());
            assertEquals(List.of("4"), rows(s.executeQuery("select 4")));
        }
    }

    @Test
    void jdbcTransactionSettings() throws SQLException {
        try (Connection c = connect()) {
            assertEquals(Connection.TRANSACTION_READ_COMMITTED, c.getTransactionIsolation());
            c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            assertEquals(Connection.TRANSACTION_SERIALIZABLE, c.getTransactionIsolation());
            c.setReadOnly(true);
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                assertEquals(List.of("on"), rows(s.executeQuery("show transaction_read_only")));
            }
            c.commit();
        }
    }

    @Test
    void warningsArriveAsNotices() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("commit");
            SQLWarning w = s.getWarnings();
            assertEquals("25P01", w.getSQLState());
            assertEquals("there is no transaction in progress", w.getMessage());
        }
    }

    @Test
    void simpleQueryMode() throws SQLException {
        try (Connection c = connect("preferQueryMode", "simple"); Statement s = c.createStatement()) {
            assertEquals(List.of("1|row 1", "2|row 2"), rows(s.executeQuery("select * from series(2)")));
            s.execute("set application_name to 'simple'");
            assertEquals(List.of("simple"), rows(s.executeQuery("show application_name")));
        }
    }

    @Test
    void cancelStopsARunningQuery() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            CompletableFuture<SQLException> failure = CompletableFuture.supplyAsync(() -> {
                try {
                    s.executeQuery("select sleep(20000)");
                    return null;
                } catch (SQLException e) {
                    return e;
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!failure.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(100);
                s.cancel();
            }
            SQLException e = failure.get(10, TimeUnit.SECONDS);
            assertEquals("57014", e.getSQLState());
            assertEquals("ERROR: canceling statement due to user request", e.getMessage());
            assertEquals(List.of("1"), rows(s.executeQuery("select 1")));
        }
    }

    @Test
    void statementTimeout() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("set statement_timeout = 200");
            assertEquals(List.of("200ms"), rows(s.executeQuery("show statement_timeout")));
            long start = System.nanoTime();
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("select sleep(10000)"));
            assertEquals("57014", e.getSQLState());
            assertEquals("ERROR: canceling statement due to statement timeout", e.getMessage());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
            s.execute("set statement_timeout = 0");
            assertEquals(List.of("1"), rows(s.executeQuery("select sleep(300)")));
        }
    }

    @Test
    void passwordAuthentication() throws SQLException {
        try (PgWireServer secured = PgWireServer.builder().port(0).user("bob").password("pw").database("db")
                .registry(new TableRegistry()).engine(engine).start()) {
            String url = "jdbc:postgresql://127.0.0.1:" + secured.port() + "/db";
            try (Connection c = DriverManager.getConnection(url, "bob", "pw"); Statement s = c.createStatement()) {
                assertEquals(List.of("bob"), rows(s.executeQuery("show session_authorization")));
            }
            SQLException wrong = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "bob", "nope"));
            assertEquals("28P01", wrong.getSQLState());
            SQLException db = assertThrows(SQLException.class, () -> DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + secured.port() + "/other", "bob", "pw"));
            assertEquals("3D000", db.getSQLState());
        }
    }

    @Test
    void scramAuthentication() throws SQLException {
        try (PgWireServer secured = PgWireServer.builder().port(0).user("bob").password("pä55 word")
                .passwordMethod(dev.pgwire.runtime.protocol.PasswordMethod.SCRAM_SHA_256)
                .registry(new TableRegistry()).engine(engine).start()) {
            String url = "jdbc:postgresql://127.0.0.1:" + secured.port() + "/bob";
            for (int i = 0; i < 2; i++) {
                try (Connection c = DriverManager.getConnection(url, "bob", "pä55 word");
                        Statement s = c.createStatement()) {
                    assertEquals(List.of("1"), rows(s.executeQuery("select 1")));
                }
            }
            SQLException wrong = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "bob", "nope"));
            assertEquals("28P01", wrong.getSQLState());
            SQLException user = assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(url, "eve", "pä55 word"));
            assertEquals("28P01", user.getSQLState());
        }
    }

    @Test
    void portInUseIsAClearError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PgWireServer.builder()
                .port(server.port()).registry(new TableRegistry()).engine(engine).start());
        assertTrue(e.getMessage().contains("port " + server.port() + " is already in use"), e.getMessage());
    }

    @Test
    void closeDisconnectsClients() throws SQLException {
        PgWireServer other = PgWireServer.builder().port(0).registry(new TableRegistry()).engine(engine).start();
        Connection c = DriverManager.getConnection(other.jdbcUrl());
        assertEquals(1, other.connectionCount());
        other.close();
        assertThrows(SQLException.class, () -> c.createStatement().executeQuery("select 1"));
        c.close();
    }
}
