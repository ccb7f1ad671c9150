package dev.pgwire.runtime.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pgwire.runtime.PgWireServer;
import dev.pgwire.runtime.TestEngine;
import dev.pgwire.runtime.auth.AuthMethod;
import dev.pgwire.runtime.tables.TableRegistry;
import dev.pgwire.runtime.testing.Psql;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every password method with psql (libpq 15) and pgjdbc: two configured users log in, and a wrong password,
 * an unknown user and a missing password all fail with PostgreSQL's exact 28P01 message.
 */
class AuthenticationClientsTest {
    private static final String ALICE_PASSWORD = "alice's s3cret";
    private static final String BOB_PASSWORD = "pä55 wörd"; // non-ASCII: SASLprep and UTF-8 on both sides

    private static PgWireServer start(AuthMethod method) {
        return PgWireServer.builder().port(0).registry(new TableRegistry()).engine(new TestEngine())
                .user("alice", ALICE_PASSWORD).user("bob", BOB_PASSWORD).auth(method).start();
    }

    private static String conninfo(PgWireServer server, String user) {
        return "host=127.0.0.1 port=" + server.port() + " user=" + user + " dbname=app sslmode=disable";
    }

    @ParameterizedTest
    @EnumSource(value = AuthMethod.class, names = {"PASSWORD", "MD5", "SCRAM_SHA_256"})
    void psqlLogsInAndFailuresSayNothingMore(AuthMethod method) {
        assumeTrue(Psql.available(), "psql is not installed");
        try (PgWireServer server = start(method)) {
            Psql.Result alice = Psql.run(conninfo(server, "alice"), ALICE_PASSWORD, "show session_authorization");
            assertTrue(alice.ok(), alice.stderr());
            assertEquals("alice", alice.stdout());
            Psql.Result bob = Psql.run(conninfo(server, "bob"), BOB_PASSWORD, "select 1");
            assertTrue(bob.ok(), bob.stderr());

            String[][] failures = {{"alice", BOB_PASSWORD}, {"bob", "wrong"}, {"mallory", ALICE_PASSWORD}};
            for (String[] f : failures) {
                Psql.Result r = Psql.run(conninfo(server, f[0]), f[1], "select 1");
                assertEquals(2, r.exitCode(), r.stdout());
                assertTrue(r.stderr().endsWith("FATAL:  password authentication failed for user \"" + f[0] + "\""),
                        method + " " + f[0] + ": " + r.stderr());
            }
            Psql.Result none = Psql.run(conninfo(server, "alice"), null, "select 1");
            assertTrue(none.stderr().contains("no password supplied"), none.stderr());
        }
    }

    @ParameterizedTest
    @EnumSource(value = AuthMethod.class, names = {"PASSWORD", "MD5", "SCRAM_SHA_256"})
    void pgjdbcLogsInAndFailuresSayNothingMore(AuthMethod method) throws SQLException {
        try (PgWireServer server = start(method)) {
            String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/app";
            for (String[] login : new String[][] {{"alice", ALICE_PASSWORD}, {"bob", BOB_PASSWORD}}) {
                try (Connection c = DriverManager.getConnection(url, login[0], login[1]);
                        Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("show session_authorization")) {
                    assertTrue(rs.next());
                    assertEquals(login[0], rs.getString(1));
                }
            }
            for (String[] f : new String[][] {{"alice", "wrong"}, {"nobody", ALICE_PASSWORD}}) {
                SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, f[0], f[1]));
                assertEquals("28P01", e.getSQLState());
                assertEquals("FATAL: password authentication failed for user \"" + f[0] + "\"", e.getMessage());
            }
        }
    }

    /**
     * Secrets copied from PostgreSQL 15's pg_authid (roles made with passwords 'pw1' and, under
     * password_encryption = md5, 'pw2') log in with the original passwords; under md5 a user with a SCRAM verifier
     * is asked for SCRAM, as PostgreSQL does.
     */
    @Test
    void secretsCopiedFromPostgresLogIn() throws Exception {
        String scram = "SCRAM-SHA-256$4096:xa6E9BTcS8R/myQJHUUqvw==$PIgUoMVRnJc5izpaFudUX7DKhb/PP9aKOH+/SAOKDm4="
                + ":vTBks711y+obVE9YgtDIbpE+l+7akHRM3r3gh8WsXZ4=";
        try (PgWireServer server = PgWireServer.builder().port(0).registry(new TableRegistry())
                .engine(new TestEngine()).auth(AuthMethod.MD5).user("scram", scram)
                .user("md5u", "md5edb6d65a4d44d15a431ec981bb40da28").start()) {
            String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/app";
            DriverManager.getConnection(url, "scram", "pw1").close();
            DriverManager.getConnection(url, "md5u", "pw2").close();
            assertEquals("28P01", assertThrows(SQLException.class,
                    () -> DriverManager.getConnection(url, "md5u", "pw1")).getSQLState());
            for (String[] user : new String[][] {{"scram", "10"}, {"md5u", "5"}}) {
                try (RawClient c = RawClient.plain(server.port())) {
                    c.startup(Map.of("user", user[0]));
                    assertEquals(Integer.parseInt(user[1]), c.read().authCode(), user[0]);
                }
            }
            if (Psql.available()) {
                assertTrue(Psql.run(conninfo(server, "scram"), "pw1", "select 1").ok());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = AuthMethod.class, names = {"TRUST"})
    void trustAcceptsAnyUserWithoutPassword(AuthMethod method) throws SQLException {
        try (PgWireServer server = PgWireServer.builder().port(0).registry(new TableRegistry())
                .engine(new TestEngine()).auth(method).start()) {
            Properties p = new Properties();
            p.setProperty("user", "anyone");
            try (Connection c = DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + server.port() + "/x", p)) {
                assertFalse(c.isClosed());
            }
            if (Psql.available()) {
                Psql.Result r = Psql.run(conninfo(server, "someone"), null, "show session_authorization");
                assertEquals("someone", r.stdout(), r.stderr());
            }
        }
    }
}
