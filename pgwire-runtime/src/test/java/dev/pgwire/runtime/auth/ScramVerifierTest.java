package dev.pgwire.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScramVerifierTest {
    /** {@code pg_authid.rolpassword} of a role created with password 'pw1' on PostgreSQL 15. */
    private static final String FROM_POSTGRES = "SCRAM-SHA-256$4096:xa6E9BTcS8R/myQJHUUqvw==$"
            + "PIgUoMVRnJc5izpaFudUX7DKhb/PP9aKOH+/SAOKDm4=:vTBks711y+obVE9YgtDIbpE+l+7akHRM3r3gh8WsXZ4=";

    @Test
    void readsAndWritesPostgresTextForm() {
        ScramVerifier v = ScramVerifier.parse(FROM_POSTGRES);
        assertEquals(4096, v.iterations());
        assertEquals(16, v.salt().length);
        assertEquals(FROM_POSTGRES, v.toString());
        assertTrue(v.matches("pw1"));
        assertFalse(v.matches("pw2"));
    }

    @Test
    void derivingWithPostgresSaltGivesPostgresKeys() {
        ScramVerifier pg = ScramVerifier.parse(FROM_POSTGRES);
        assertEquals(pg, ScramVerifier.fromPassword("pw1", pg.salt(), 4096));
        assertNotEquals(pg, ScramVerifier.fromPassword("pw1", new byte[16], 4096));
    }

    @Test
    void freshVerifiersAreSaltedRandomly() {
        ScramVerifier a = ScramVerifier.fromPassword("same");
        ScramVerifier b = ScramVerifier.fromPassword("same");
        assertNotEquals(a.toString(), b.toString());
        assertTrue(a.matches("same") && b.matches("same"));
    }

    @Test
    void malformedVerifiersAreRefusedWithoutEchoingThem() {
        for (String bad : new String[] {"SCRAM-SHA-256$4096:abc", "SCRAM-SHA-256$x:AAAA$AAAA:AAAA",
                "SCRAM-SHA-256$4096:AAAA$AAAA:AAAA", "SCRAM-SHA-256$4096:!!$" + "A".repeat(44) + ":" + "A".repeat(44)}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScramVerifier.parse(bad));
            assertFalse(e.getMessage().contains(bad), e.getMessage());
        }
    }

    /** SASLprep as libpq applies it to the password before hashing. */
    @Test
    void saslPrepNormalizesNonAsciiPasswords() {
        assertEquals("pä55 word", ScramCrypto.saslPrep("pä55 word"));
        assertEquals("p\u00e4", ScramCrypto.saslPrep("pa\u0308")); // NFKC composes
        assertEquals("IX", ScramCrypto.saslPrep("I\u00ADX")); // soft hyphen maps to nothing
        assertEquals("IX", ScramCrypto.saslPrep("\u2168")); // ROMAN NUMERAL NINE, NFKC
        assertEquals("a b", ScramCrypto.saslPrep("a\u00A0b")); // non-ASCII space
        assertEquals("tab\tok", ScramCrypto.saslPrep("tab\tok")); // ASCII passwords are used as they are
        assertEquals("x\u0007é", ScramCrypto.saslPrep("x\u0007é")); // prohibited: used unchanged
    }
}
