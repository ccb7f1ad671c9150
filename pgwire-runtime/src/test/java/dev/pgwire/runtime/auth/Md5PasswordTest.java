package dev.pgwire.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Md5PasswordTest {
    @Test
    void storedFormMatchesPostgres() {
        // pg_authid.rolpassword of "create role md5u password 'pw2'" with password_encryption = md5 (PostgreSQL 15)
        assertEquals("md5edb6d65a4d44d15a431ec981bb40da28", Md5Password.stored("pw2", "md5u"));
        assertTrue(Md5Password.isStored("md5edb6d65a4d44d15a431ec981bb40da28"));
        assertFalse(Md5Password.isStored("md5EDB6D65A4D44D15A431EC981BB40DA28"));
        assertFalse(Md5Password.isStored("md5 is my password"));
    }

    @Test
    void responseIsMd5OfTheStoredHexAndTheSalt() throws Exception {
        byte[] salt = {(byte) 0xa0, (byte) 0xd5, (byte) 0xd3, (byte) 0xbe};
        String stored = Md5Password.stored("pw2", "md5u");
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        md5.update("edb6d65a4d44d15a431ec981bb40da28".getBytes(StandardCharsets.US_ASCII));
        md5.update(salt);
        String expected = "md5" + HexFormat.of().formatHex(md5.digest());
        assertEquals(expected, Md5Password.response(stored, salt));
        assertTrue(Md5Password.verify(stored, salt, expected));
        assertFalse(Md5Password.verify(stored, new byte[4], expected));
        assertFalse(Md5Password.verify(stored, salt, expected.toUpperCase()));
        assertFalse(Md5Password.verify(stored, salt, "pw2"));
    }
}
