package dev.pgwire.runtime.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pgwire.runtime.PgWireServer;
import dev.pgwire.runtime.TestEngine;
import dev.pgwire.runtime.auth.AuthMethod;
import dev.pgwire.runtime.tables.TableRegistry;
import dev.pgwire.runtime.testing.Psql;
import dev.pgwire.runtime.testing.TestCertificates;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * TLS with psql (libpq 15) and pgjdbc against certificates made by openssl: sslmode=require and verify-full,
 * SCRAM-SHA-256-PLUS with channel binding required by the client, and a server that requires TLS.
 */
class TlsClientsTest {
    private static final String PASSWORD = "tls s3cret";
    private static TestCertificates certs;
    private static PgWireServer server;
    private static PgWireServer required;

    @BeforeAll
    static void start() {
        assumeTrue(TestCertificates.opensslAvailable(), "the openssl command line is not installed");
        certs = TestCertificates.get();
        certs.openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", "other-ca.key", "-out", "other-ca.crt", "-days", "1", "-subj", "/CN=another CA");
        server = builder().start();
        required = builder().tlsRequired(true).start();
    }

    private static PgWireServer.Builder builder() {
        return PgWireServer.builder().port(0).registry(new TableRegistry()).engine(new TestEngine())
                .user("alice", PASSWORD).tls(certs.serverCertificate(), certs.serverKey());
    }

    @AfterAll
    static void stop() {
        for (PgWireServer s : new PgWireServer[] {server, required}) {
            if (s != null) {
                s.close();
            }
        }
    }

    private static String conninfo(PgWireServer s, String host, String options) {
        return "host=" + host + " port=" + s.port() + " user=alice dbname=app " + options;
    }

    @Test
    void psqlRequireAndVerifyFull() {
        assumeTrue(Psql.available(), "psql is not installed");
        Psql.Result require = Psql.run(conninfo(server, "127.0.0.1", "sslmode=require"), PASSWORD, "\\conninfo");
        assertTrue(require.ok(), require.stderr());
        assertTrue(require.stdout().contains("SSL connection (protocol: TLSv1.3"), require.stdout());
        String ca = "sslrootcert=" + certs.caCertificate();
        for (String host : List.of("localhost", "127.0.0.1")) {
            Psql.Result full = Psql.run(conninfo(server, host, "sslmode=verify-full " + ca), PASSWORD, "select 1");
            assertTrue(full.ok(), host + ": " + full.stderr());
            assertEquals("1", full.stdout());
        }
        // A certificate the client does not trust: verify-ca fails in the handshake
        Psql.Result untrusted = Psql.run(conninfo(server, "127.0.0.1", "sslmode=verify-ca sslrootcert="
                + otherCa()), PASSWORD, "select 1");
        assertEquals(2, untrusted.exitCode());
        assertTrue(untrusted.stderr().contains("certificate verify failed"), untrusted.stderr());
    }

    /** libpq refuses to finish the login unless the server proved it holds the certificate's key (SCRAM-PLUS). */
    @Test
    void psqlChannelBindingRequired() {
        assumeTrue(Psql.available(), "psql is not installed");
        Psql.Result bound = Psql.run(conninfo(server, "localhost", "sslmode=verify-full channel_binding=require"
                + " sslrootcert=" + certs.caCertificate()), PASSWORD, "select 1");
        assertTrue(bound.ok(), bound.stderr());
        Psql.Result wrong = Psql.run(conninfo(server, "localhost", "sslmode=require channel_binding=require"),
                "nope", "select 1");
        assertTrue(wrong.stderr().endsWith("FATAL:  password authentication failed for user \"alice\""),
                wrong.stderr());
    }

    @Test
    void pgjdbcRequireVerifyFullAndChannelBinding() throws SQLException {
        assertTls(server, "localhost", "sslmode=require");
        assertTls(server, "localhost", "sslmode=verify-full&sslrootcert=" + certs.caCertificate());
        assertTls(server, "127.0.0.1", "sslmode=verify-full&sslrootcert=" + certs.caCertificate()
                + "&channelBinding=require");
        SQLException untrusted = assertThrows(SQLException.class, () -> assertTls(server, "127.0.0.1",
                "sslmode=verify-full&sslrootcert=" + otherCa()));
        assertEquals("08006", untrusted.getSQLState(), untrusted.getMessage());
    }

    @Test
    void requiredTlsRefusesPlainConnectionsLikeAHostsslOnlyPgHba() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "alice");
        p.setProperty("password", PASSWORD);
        p.setProperty("sslmode", "disable");
        SQLException plain = assertThrows(SQLException.class,
                () -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + required.port() + "/app", p));
        assertEquals("28000", plain.getSQLState());
        assertEquals("FATAL: no pg_hba.conf entry for host \"127.0.0.1\", user \"alice\", database \"app\","
                + " no encryption", plain.getMessage());
        assertTls(required, "localhost", "sslmode=require");
        if (Psql.available()) {
            Psql.Result r = Psql.run(conninfo(required, "127.0.0.1", "sslmode=disable"), PASSWORD, "select 1");
            assertTrue(r.stderr().endsWith("FATAL:  no pg_hba.conf entry for host \"127.0.0.1\", user \"alice\","
                    + " database \"app\", no encryption"), r.stderr());
            assertTrue(Psql.run(conninfo(required, "127.0.0.1", "sslmode=prefer"), PASSWORD, "select 1").ok());
        }
    }

    /** PostgreSQL 17's sslnegotiation=direct: TLS from the first byte, ALPN "postgresql" required. */
    @Test
    void directTlsWithPgjdbcAndAlpn() throws Exception {
        try (RawClient direct = RawClient.directTls(server.port(), "postgresql")) {
            direct.startup(Map.of("user", "alice"));
            assertEquals(10, direct.read().authCode());
        }
        try (RawClient noAlpn = RawClient.directTls(server.port(), null)) {
            noAlpn.startup(Map.of("user", "alice"));
            assertThrows(java.io.IOException.class, noAlpn::read, "direct TLS without ALPN is closed");
        }
        assertThrows(javax.net.ssl.SSLException.class, () -> RawClient.directTls(server.port(), "http/1.1"));
        assertTls(server, "localhost", "sslmode=verify-full&sslnegotiation=direct&sslrootcert="
                + certs.caCertificate());
        assertTls(required, "127.0.0.1", "sslmode=require&sslNegotiation=direct&channelBinding=require");
    }

    /** On TLS the server offers SCRAM-SHA-256-PLUS first, as PostgreSQL does; in plain text only SCRAM-SHA-256. */
    @Test
    void saslMechanismsDependOnTheTransport() throws Exception {
        try (RawClient tls = RawClient.tls(server.port()); RawClient plain = RawClient.plain(server.port())) {
            Map<String, String> startup = new LinkedHashMap<>(Map.of("user", "alice"));
            tls.startup(startup);
            plain.startup(startup);
            assertEquals("SCRAM-SHA-256-PLUS\0SCRAM-SHA-256\0\0", mechanisms(tls.read()));
            assertEquals("SCRAM-SHA-256\0\0", mechanisms(plain.read()));
        }
    }

    @Test
    void serverWithoutCertificateAnswersN() {
        assumeTrue(Psql.available(), "psql is not installed");
        try (PgWireServer plain = PgWireServer.builder().port(0).registry(new TableRegistry())
                .engine(new TestEngine()).auth(AuthMethod.TRUST).start()) {
            Psql.Result r = Psql.run("host=127.0.0.1 port=" + plain.port() + " user=a sslmode=require", null,
                    "select 1");
            assertTrue(r.stderr().contains("server does not support SSL, but SSL was required"), r.stderr());
            assertTrue(Psql.run("host=127.0.0.1 port=" + plain.port() + " user=a sslmode=prefer", null,
                    "select 1").ok());
        }
    }

    private static String otherCa() {
        return certs.directory().resolve("other-ca.crt").toString();
    }

    private static String mechanisms(RawClient.Message m) {
        assertEquals('R', m.type());
        assertEquals(10, m.authCode());
        return new String(m.body(), 4, m.body().length - 4, StandardCharsets.UTF_8);
    }

    private static void assertTls(PgWireServer s, String host, String options) throws SQLException {
        String url = "jdbc:postgresql://" + host + ":" + s.port() + "/app?" + options;
        try (Connection c = DriverManager.getConnection(url, "alice", PASSWORD);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select 1")) {
            assertTrue(rs.next());
            assertTrue(c.unwrap(PGConnection.class) != null);
        }
    }
}
