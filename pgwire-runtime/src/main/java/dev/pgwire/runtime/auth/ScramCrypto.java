package dev.pgwire.runtime.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/** The hash functions of SCRAM-SHA-256 (RFC 5802 section 3 with SHA-256). */
final class ScramCrypto {
    static final SecureRandom RANDOM = new SecureRandom();
    static final byte[] CLIENT_KEY = "Client Key".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SERVER_KEY = "Server Key".getBytes(StandardCharsets.US_ASCII);

    private ScramCrypto() {}

    /** Hi(): PBKDF2-HMAC-SHA-256 of the SASLprep'd password (as UTF-8, which the JDK's PBKDF2 uses). */
    static byte[] saltedPassword(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(saslPrep(password).toCharArray(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        } finally {
            spec.clearPassword();
        }
    }

    /**
     * SASLprep (RFC 4013) the way PostgreSQL's {@code pg_saslprep} and libpq apply it: ASCII passwords are used
     * as they are; others get non-ASCII spaces mapped to a space, "mapped to nothing" characters removed and
     * NFKC normalization; a password with prohibited characters is used unchanged (PostgreSQL falls back to the
     * raw bytes too), so both sides agree.
     */
    static String saslPrep(String password) {
        if (password.chars().allMatch(c -> c < 0x80)) {
            return password;
        }
        StringBuilder mapped = new StringBuilder(password.length());
        for (int i = 0; i < password.length(); ) {
            int cp = password.codePointAt(i);
            i += Character.charCount(cp);
            if (mappedToNothing(cp)) {
                continue;
            }
            mapped.appendCodePoint(Character.getType(cp) == Character.SPACE_SEPARATOR ? ' ' : cp);
        }
        String normalized = Normalizer.normalize(mapped, Normalizer.Form.NFKC);
        if (normalized.isEmpty() || normalized.codePoints().anyMatch(ScramCrypto::prohibited)) {
            return password;
        }
        return normalized;
    }

    private static boolean mappedToNothing(int cp) {
        return cp == 0x00AD || cp == 0x034F || cp == 0x1806 || (cp >= 0x180B && cp <= 0x180D)
                || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF;
    }

    private static boolean prohibited(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || type == Character.UNASSIGNED || type == Character.FORMAT || (cp >= 0xFDD0 && cp <= 0xFDEF)
                || (cp & 0xFFFE) == 0xFFFE;
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
