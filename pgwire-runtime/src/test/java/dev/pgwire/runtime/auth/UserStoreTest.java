package dev.pgwire.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class UserStoreTest {
    @Test
    void passwordsBecomeTheSecretsTheMethodNeeds() {
        UserStore scram = UserStore.builder(AuthMethod.SCRAM_SHA_256).add("a", "pa").add("b", "pb").build();
        assertEquals(Set.of("a", "b"), scram.names());
        assertNull(scram.find("a").md5());
        assertTrue(scram.find("a").scram().matches("pa"));
        assertTrue(scram.find("b").matchesPassword("pb"));
        assertFalse(scram.find("b").matchesPassword("pa"));

        UserStore md5 = UserStore.builder(AuthMethod.MD5).add("a", "pa").build();
        assertEquals(Md5Password.stored("pa", "a"), md5.find("a").md5());
        assertNull(md5.find("a").scram());
        assertTrue(md5.find("a").matchesPassword("pa"));
        assertNull(md5.find("nobody"));
    }

    @Test
    void storedSecretsAreUsedAsTheyAre() {
        String verifier = ScramVerifier.fromPassword("secret").toString();
        UserStore s = UserStore.builder(AuthMethod.PASSWORD).add("v", verifier).add("m", Md5Password.stored("pw", "m"))
                .build();
        assertTrue(s.find("v").matchesPassword("secret"));
        assertTrue(s.find("m").matchesPassword("pw"));
        assertFalse(s.find("m").matchesPassword("md5" + "0".repeat(32)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UserStore.builder(AuthMethod.SCRAM_SHA_256).add("m", Md5Password.stored("pw", "m")));
        assertTrue(e.getMessage().contains("MD5 secret"), e.getMessage());
    }

    @Test
    void badUsersAreRefused() {
        UserStore.Builder b = UserStore.builder(AuthMethod.SCRAM_SHA_256).add("a", "x");
        assertThrows(IllegalArgumentException.class, () -> b.add("a", "y"));
        assertThrows(IllegalArgumentException.class, () -> b.add("", "y"));
        assertThrows(IllegalArgumentException.class, () -> b.add("c", ""));
    }

    /** The fake verifier of an unknown user looks stable to a client, like a real one, and differs per name. */
    @Test
    void mockVerifiersAreStablePerNameAndMatchNothing() {
        UserStore s = UserStore.builder(AuthMethod.SCRAM_SHA_256).add("a", "x").build();
        ScramVerifier eve = s.mockVerifier("eve");
        assertEquals(eve, s.mockVerifier("eve"));
        assertNotEquals(eve, s.mockVerifier("mallory"));
        assertEquals(ScramVerifier.DEFAULT_ITERATIONS, eve.iterations());
        assertEquals(16, eve.salt().length);
        assertFalse(eve.matches("x"));
        assertNotEquals(eve, UserStore.empty().mockVerifier("eve"), "a per-server secret, not a fixed function");
    }

    @Test
    void authMethodNames() {
        assertEquals(AuthMethod.SCRAM_SHA_256, AuthMethod.parse(" SCRAM-SHA-256 "));
        assertEquals(AuthMethod.MD5, AuthMethod.parse("md5"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AuthMethod.parse("ldap"));
        assertEquals("unknown authentication method \"ldap\": use trust, password, md5 or scram-sha-256",
                e.getMessage());
    }
}
