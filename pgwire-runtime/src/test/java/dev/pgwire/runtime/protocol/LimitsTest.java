package dev.pgwire.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.runtime.PgWireServer;
import dev.pgwire.runtime.TestEngine;
import dev.pgwire.runtime.tables.TableRegistry;
import dev.pgwire.runtime.testing.PostgresServer;
import java.io.InputStream;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every configurable limit, over a real socket; idle timeouts also against PostgreSQL 15 as the oracle. */
class LimitsTest {
    private static final String[] NONE = new String[0];
    private final TestEngine engine = new TestEngine();
    private PgWireServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private PgWireServer start(PgWireServer.Builder b) {
        server = b.port(0).registry(new TableRegistry()).engine(engine).start();
        return server;
    }

    @Test
    void namedPreparedStatementsAreBounded() throws Exception {
        start(PgWireServer.builder().maxPreparedStatements(3));
        try (RawClient c = RawClient.connect(server.port(), "u")) {
            c.send(ClientMessages.create().parse("s1", "select 1").parse("s2", "select 1").parse("s3", "select 1")
                    .parse("s4", "select 1").sync());
            assertEquals(List.of("1", "1", "1",
                    "E:ERROR/53400/too many prepared statements: a session may hold 3", "Z:I"), c.readToReady());
            // The unnamed statement does not count; closing one makes room.
            c.send(ClientMessages.create().parse("", "select 1").close('S', "s1").parse("s4", "select 1").sync());
            assertEquals(List.of("1", "3", "1", "Z:I"), c.readToReady());
        }
    }

    @Test
    void openPortalsAreBounded() throws Exception {
        start(PgWireServer.builder().maxPortals(2));
        try (RawClient c = RawClient.connect(server.port(), "u")) {
            assertEquals("Z:T", last(c.query("begin"))); // portals outlive Sync inside a transaction block
            c.send(ClientMessages.create().parse("s", "select * from series(5)").bind("p1", "s", NONE)
                    .bind("p2", "s", NONE).bind("", "s", NONE).bind("p3", "s", NONE).sync());
            assertEquals(List.of("1", "2", "2", "2", "E:ERROR/53400/too many open portals: a session may hold 2", "Z:E"),
                    c.readToReady());
            assertEquals("Z:I", last(c.query("rollback")));
            c.send(ClientMessages.create().bind("p3", "s", NONE).execute("p3", 2).sync());
            assertEquals(List.of("2", "D:1|row 1", "D:2|row 2", "s", "Z:I"), c.readToReady());
        }
        assertEquals(0, engine.openCursors.get());
    }

    @Test
    void idleSessionTimeoutSetBySet() throws Exception {
        start(PgWireServer.builder());
        assertEquals(List.of("C:SET", "Z:I", "E:FATAL/57P05/terminating connection due to idle-session timeout", "EOF"),
                idleConversation(server.port(), "pgwire", "set idle_session_timeout = '300ms'"));
    }

    @Test
    void idleInTransactionTimeoutSetBySet() throws Exception {
        start(PgWireServer.builder());
        assertEquals(List.of("C:SET", "C:BEGIN", "Z:T",
                        "E:FATAL/25P03/terminating connection due to idle-in-transaction timeout", "EOF"),
                idleConversation(server.port(), "pgwire",
                        "set idle_in_transaction_session_timeout = '300ms'; begin"));
    }

    @Test
    void idleTimeoutsMatchPostgres() throws Exception {
        int pg = PostgresServer.shared().port();
        start(PgWireServer.builder());
        String inTx = "set idle_in_transaction_session_timeout = '300ms'";
        for (List<String> sql : List.of(List.of("set idle_session_timeout = '300ms'"), List.of(inTx, "begin"),
                List.of(inTx, "begin; select 1/0"), List.of(inTx, "set idle_session_timeout = '200ms'"))) {
            // Compare without error texts: the test engine has no division.
            assertEquals(idleConversation(pg, "postgres", sql.toArray(String[]::new)).stream()
                            .map(l -> l.startsWith("E:ERROR") ? "E:ERROR" : l).toList(),
                    idleConversation(server.port(), "pgwire", sql.toArray(String[]::new)).stream()
                            .map(l -> l.startsWith("E:ERROR") ? "E:ERROR" : l).toList(), sql.toString());
        }
    }

    @Test
    void idleTimeoutFromTheServerConfigurationAndABusySessionIsNotIdle() throws Exception {
        start(PgWireServer.builder().idleSessionTimeout(Duration.ofMillis(400)));
        try (RawClient c = RawClient.connect(server.port(), "u")) {
            assertEquals(List.of("T:idle_session_timeout/25", "D:400ms", "C:SHOW", "Z:I"),
                    c.query("show idle_session_timeout"));
            // Running longer than the timeout is not being idle.
            assertEquals(List.of("T:sleep/23", "D:1", "C:SELECT 1", "Z:I"), c.query("select sleep(900)"));
            // Messages that arrive in time keep the session alive.
            for (int i = 0; i < 3; i++) {
                Thread.sleep(150);
                assertEquals("Z:I", last(c.query("select 1")));
            }
            assertEquals(List.of("E:FATAL/57P05/terminating connection due to idle-session timeout", RawClient.EOF),
                    c.readUntil(l -> false));
        }
    }

    @Test
    void statementTimeoutFromTheServerConfiguration() throws Exception {
        start(PgWireServer.builder().statementTimeout(Duration.ofMillis(250)));
        try (RawClient c = RawClient.connect(server.port(), "u")) {
            assertEquals(List.of("T:sleep/23", "E:ERROR/57014/canceling statement due to statement timeout", "Z:I"),
                    c.query("select sleep(5000)"));
            assertEquals("Z:I", last(c.query("set statement_timeout = 0")));
            assertEquals("C:SELECT 1", c.query("select sleep(400)").get(2));
        }
    }

    @Test
    void maxConnections() throws Exception {
        start(PgWireServer.builder().maxConnections(1));
        try (Connection first = DriverManager.getConnection(server.jdbcUrl())) {
            SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(server.jdbcUrl()));
            assertEquals("53300", e.getSQLState());
            assertTrue(first.isValid(5));
        }
    }

    @Test
    void maxMessageLengthIsCheckedFromTheHeader() throws Exception {
        start(PgWireServer.builder().maxMessageLength(4096));
        try (RawClient c = RawClient.connect(server.port(), "u")) {
            // Only the header of a 1 GB message is sent: the server must not wait for (or allocate) the rest.
            c.sendRaw(new byte[] {'Q', 0x40, 0, 0, 0});
            assertEquals(List.of("E:FATAL/54000/message of 1073741824 bytes exceeds the limit of 4096 bytes",
                    RawClient.EOF), c.readUntil(l -> false));
        }
        assertEquals("Z:I", last(RawClient.connect(server.port(), "u").query("select 1")));
    }

    @Test
    void authenticationTimeoutClosesSilentClients() throws Exception {
        start(PgWireServer.builder().authenticationTimeout(Duration.ofMillis(300)));
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            InputStream in = s.getInputStream();
            long start = System.nanoTime();
            assertEquals(-1, in.read());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(8).toNanos());
        }
    }

    @Test
    void limitsFromProperties() throws Exception {
        Properties p = new Properties();
        p.setProperty("pgwire.maxPreparedStatements", "1");
        p.setProperty("pgwire.idleInTransactionSessionTimeout", "2min");
        p.setProperty("pgwire.statementTimeout", "1500");
        p.setProperty("pgwire.maxMessageLength", "64kB");
        start(PgWireServer.builder().limits(p));
        try (RawClient c = RawClient.connect(server.port(), "u")) {
            assertEquals("D:2min", c.query("show idle_in_transaction_session_timeout").get(1));
            assertEquals("D:1500ms", c.query("show statement_timeout").get(1));
            c.send(ClientMessages.create().parse("a", "select 1").parse("b", "select 1").sync());
            assertEquals("E:ERROR/53400/too many prepared statements: a session may hold 1", c.readToReady().get(1));
        }
        for (String[] bad : new String[][] {{"pgwire.maxPortals", "many"}, {"pgwire.idleSessionTimeout", "5 parsecs"},
                {"pgwire.maxMessageLength", "3TB"}, {"pgwire.maxConnections", "-1"}}) {
            Properties q = new Properties();
            q.setProperty(bad[0], bad[1]);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> PgWireServer.builder().limits(q));
            assertTrue(e.getMessage().startsWith(bad[0] + " must be "), e.getMessage());
        }
    }

    /** Runs the queries, then waits (up to 10 s) for the server to end the idle session. */
    private static List<String> idleConversation(int port, String user, String... queries) throws Exception {
        try (RawClient c = RawClient.connect(port, user)) {
            List<String> out = new java.util.ArrayList<>();
            for (String sql : queries) {
                out.addAll(c.query(sql));
            }
            out.addAll(c.readUntil(l -> false));
            return out.stream().filter(l -> !l.startsWith("S:")).toList();
        }
    }

    private static String last(List<String> lines) {
        return lines.get(lines.size() - 1);
    }
}
