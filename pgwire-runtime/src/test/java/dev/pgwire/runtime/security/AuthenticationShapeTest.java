package dev.pgwire.runtime.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.pgwire.runtime.PgWireServer;
import dev.pgwire.runtime.TestEngine;
import dev.pgwire.runtime.auth.AuthMethod;
import dev.pgwire.runtime.tables.TableRegistry;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a client sees of an unknown user is what it sees of a known one with a wrong password: the same
 * messages, a SCRAM salt that is stable across attempts, the same final error.
 */
class AuthenticationShapeTest {
    private static PgWireServer start(AuthMethod method) {
        return PgWireServer.builder().port(0).registry(new TableRegistry()).engine(new TestEngine())
                .user("alice", "pw").auth(method).start();
    }

    @Test
    void unknownScramUserGetsAStableFakeSaltAndTheSameFailure() throws Exception {
        try (PgWireServer server = start(AuthMethod.SCRAM_SHA_256)) {
            String alice1 = serverFirst(server, "alice");
            String alice2 = serverFirst(server, "alice");
            String eve1 = serverFirst(server, "eve");
            String eve2 = serverFirst(server, "eve");
            assertEquals(salt(alice1), salt(alice2));
            assertEquals(salt(eve1), salt(eve2), "a changing salt would give the unknown user away");
            assertNotEquals(salt(alice1), salt(eve1));
            assertEquals(iterations(alice1), iterations(eve1));
            assertEquals(salt(alice1).length(), salt(eve1).length());
            assertEquals("FATAL/28P01/password authentication failed for user \"alice\"", scramFailure(server, "alice"));
            assertEquals("FATAL/28P01/password authentication failed for user \"eve\"", scramFailure(server, "eve"));
        }
    }

    @Test
    void md5AndPasswordFailuresLookTheSameForUnknownUsers() throws Exception {
        for (AuthMethod method : new AuthMethod[] {AuthMethod.MD5, AuthMethod.PASSWORD}) {
            try (PgWireServer server = start(method)) {
                for (String user : new String[] {"alice", "eve"}) {
                    try (RawClient c = RawClient.plain(server.port())) {
                        c.startup(Map.of("user", user));
                        RawClient.Message request = c.read();
                        assertEquals(method == AuthMethod.MD5 ? 5 : 3, request.authCode());
                        assertEquals(method == AuthMethod.MD5 ? 8 : 4, request.body().length);
                        c.send('p', RawClient.cstring(method == AuthMethod.MD5 ? "md5" + "0".repeat(32) : "nope"));
                        assertEquals("FATAL/28P01/password authentication failed for user \"" + user + "\"",
                                c.read().error());
                    }
                }
                try (RawClient c = RawClient.plain(server.port())) {
                    c.startup(Map.of("user", "alice"));
                    c.read();
                    c.send('p', RawClient.cstring(""));
                    assertEquals("FATAL/28P01/empty password returned by client", c.read().error());
                }
            }
        }
    }

    @Test
    void md5SaltIsFreshPerConnection() throws Exception {
        try (PgWireServer server = start(AuthMethod.MD5);
                RawClient a = RawClient.plain(server.port());
                RawClient b = RawClient.plain(server.port())) {
            a.startup(Map.of("user", "alice"));
            b.startup(Map.of("user", "alice"));
            byte[] saltA = Arrays.copyOfRange(a.read().body(), 4, 8);
            byte[] saltB = Arrays.copyOfRange(b.read().body(), 4, 8);
            assertNotEquals(Arrays.toString(saltA), Arrays.toString(saltB)); // 2^-32 chance of a false failure
        }
    }

    /** A client answering another method than the one asked for fails like a wrong password (as PostgreSQL). */
    @Test
    void answeringWithAnotherMethodFailsLikeAWrongPassword() throws Exception {
        try (PgWireServer server = start(AuthMethod.MD5); RawClient c = RawClient.plain(server.port())) {
            c.startup(Map.of("user", "alice"));
            assertEquals(5, c.read().authCode());
            c.send('p', RawClient.cstring("pw")); // the cleartext password instead of the md5 answer
            assertEquals("FATAL/28P01/password authentication failed for user \"alice\"", c.read().error());
        }
    }

    @Test
    void unknownSaslMechanismIsAProtocolViolation() throws Exception {
        try (PgWireServer server = start(AuthMethod.SCRAM_SHA_256); RawClient c = RawClient.plain(server.port())) {
            c.startup(Map.of("user", "alice"));
            c.read();
            c.send('p', saslInitial("SCRAM-SHA-256-PLUS", "p=tls-server-end-point,,n=,r=abc"));
            assertEquals("FATAL/08P01/client selected an invalid SASL authentication mechanism", c.read().error());
        }
    }

    private static String serverFirst(PgWireServer server, String user) throws Exception {
        try (RawClient c = RawClient.plain(server.port())) {
            c.startup(Map.of("user", user));
            assertEquals(10, c.read().authCode());
            c.send('p', saslInitial("SCRAM-SHA-256", "n,,n=,r=clientnonce123"));
            RawClient.Message m = c.read();
            assertEquals(11, m.authCode());
            return new String(m.body(), 4, m.body().length - 4, StandardCharsets.UTF_8);
        }
    }

    /** A well-formed client-final with a made-up proof. */
    private static String scramFailure(PgWireServer server, String user) throws Exception {
        try (RawClient c = RawClient.plain(server.port())) {
            c.startup(Map.of("user", user));
            c.read();
            c.send('p', saslInitial("SCRAM-SHA-256", "n,,n=,r=clientnonce123"));
            RawClient.Message first = c.read();
            String nonce = new String(first.body(), 4, first.body().length - 4, StandardCharsets.UTF_8)
                    .split(",")[0].substring(2);
            String proof = Base64.getEncoder().encodeToString(new byte[32]);
            c.send('p', ("c=biws,r=" + nonce + ",p=" + proof).getBytes(StandardCharsets.UTF_8));
            return c.read().error();
        }
    }

    private static byte[] saslInitial(String mechanism, String data) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        out.write(RawClient.cstring(mechanism));
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
        return body.toByteArray();
    }

    private static String salt(String serverFirst) {
        return serverFirst.split(",")[1];
    }

    private static String iterations(String serverFirst) {
        return serverFirst.split(",")[2];
    }
}
