package dev.pgwire.runtime.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.runtime.PgWireConfig;
import dev.pgwire.runtime.PgWireServer;
import dev.pgwire.runtime.TestEngine;
import dev.pgwire.runtime.auth.AuthMethod;
import dev.pgwire.runtime.tables.TableRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Safe defaults and the pgwire.* security properties, checked at start and on the wire. */
class ServerSecurityTest {
    private static PgWireServer.Builder builder() {
        return PgWireServer.builder().port(0).registry(new TableRegistry()).engine(new TestEngine());
    }

    @Test
    void refusesToServeEveryAddressWithoutAuthentication() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> builder().host("0.0.0.0").start());
        assertTrue(e.getMessage().startsWith("refusing to listen on 0.0.0.0 without authentication: anyone who can"
                + " reach that address could read every exposed table."), e.getMessage());
        assertTrue(e.getMessage().contains("pgwire.allowUnauthenticatedRemote=true"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> builder().host("::").auth(AuthMethod.TRUST)
                .password("ignored").start());
        try (PgWireServer allowed = builder().host("0.0.0.0").allowUnauthenticatedRemote(true).start()) {
            assertTrue(allowed.port() > 0);
        }
        try (PgWireServer secured = builder().host("0.0.0.0").password("pw").start()) {
            assertTrue(secured.port() > 0);
        }
        try (PgWireServer loopback = builder().host("localhost").start()) {
            assertTrue(loopback.port() > 0);
        }
    }

    @Test
    void incompleteSettingsAreRefusedAtStart() {
        IllegalStateException md5 = assertThrows(IllegalStateException.class,
                () -> builder().auth(AuthMethod.MD5).start());
        assertTrue(md5.getMessage().startsWith("pgwire.auth=md5 needs a password"), md5.getMessage());
        IllegalStateException tls = assertThrows(IllegalStateException.class,
                () -> builder().tlsRequired(true).start());
        assertTrue(tls.getMessage().startsWith("pgwire.tls.required=true needs a certificate"), tls.getMessage());
        IllegalArgumentException scramMd5 = assertThrows(IllegalArgumentException.class,
                () -> builder().user("u", "md5" + "0".repeat(32)).start());
        assertTrue(scramMd5.getMessage().contains("MD5 secret"), scramMd5.getMessage());
    }

    @Test
    void propertiesConfigureSecurity() {
        Properties p = new Properties();
        p.putAll(Map.of("pgwire.password", "pw", "pgwire.auth", "md5", "pgwire.tls.cert", "/etc/pgwire/server.crt",
                "pgwire.tls.key", "/etc/pgwire/server.key", "pgwire.tls.required", "true",
                "pgwire.allowUnauthenticatedRemote", "false"));
        PgWireConfig c = PgWireConfig.fromProperties(p);
        assertEquals(AuthMethod.MD5, c.authMethod());
        assertEquals(Path.of("/etc/pgwire/server.crt"), c.tlsCertificate());
        assertEquals(Path.of("/etc/pgwire/server.key"), c.tlsKey());
        assertTrue(c.tlsRequired());
        assertFalse(c.allowUnauthenticatedRemote());
        assertFalse(c.toString().contains("pw,"), c.toString());

        Properties defaults = new Properties();
        assertEquals(AuthMethod.TRUST, PgWireConfig.fromProperties(defaults).authMethod());
        defaults.setProperty("pgwire.password", "x");
        assertEquals(AuthMethod.SCRAM_SHA_256, PgWireConfig.fromProperties(defaults).authMethod());
        assertNull(PgWireConfig.fromProperties(defaults).tlsCertificate());

        Properties bad = new Properties();
        bad.setProperty("pgwire.tls.required", "yes please");
        assertEquals("pgwire.tls.required must be true or false: \"yes please\"",
                assertThrows(IllegalArgumentException.class, () -> PgWireConfig.fromProperties(bad)).getMessage());
        Properties halfTls = new Properties();
        halfTls.setProperty("pgwire.tls.cert", "server.crt");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PgWireConfig.fromProperties(halfTls))
                .getMessage().startsWith("pgwire.tls.cert and pgwire.tls.key must be set together"));
        Properties method = new Properties();
        method.setProperty("pgwire.auth", "ident");
        assertThrows(IllegalArgumentException.class, () -> PgWireConfig.fromProperties(method));
    }

    /** A password alone means SCRAM-SHA-256; pgwire.auth picks another method. Seen in the first request. */
    @Test
    void authenticationRequestFollowsTheConfiguredMethod() throws Exception {
        assertEquals(10, firstRequest(new Properties()));
        Map<String, Integer> codes = Map.of("scram-sha-256", 10, "md5", 5, "password", 3, "trust", 0);
        for (Map.Entry<String, Integer> e : codes.entrySet()) {
            Properties p = new Properties();
            p.setProperty("pgwire.auth", e.getKey());
            assertEquals(e.getValue(), firstRequest(p), e.getKey());
        }
    }

    private static int firstRequest(Properties p) throws Exception {
        p.setProperty("pgwire.port", "0");
        p.setProperty("pgwire.password", "pw");
        try (PgWireServer server = builder().config(PgWireConfig.fromProperties(p)).start();
                RawClient client = RawClient.plain(server.port())) {
            client.startup(Map.of("user", "pgwire"));
            RawClient.Message m = client.read();
            assertEquals('R', m.type(), new String(m.body(), StandardCharsets.UTF_8));
            return m.authCode();
        }
    }
}
