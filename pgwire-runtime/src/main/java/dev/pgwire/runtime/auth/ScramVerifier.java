package dev.pgwire.runtime.auth;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A stored SCRAM-SHA-256 secret: salt, iteration count, StoredKey and ServerKey (RFC 5802), what PostgreSQL
 * keeps in {@code pg_authid.rolpassword}. It checks a login without knowing the password. Its text form is
 * PostgreSQL's, {@code SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>}, so a verifier copied from
 * PostgreSQL (or printed by {@link #toString()}) can be configured instead of a password.
 */
public record ScramVerifier(byte[] salt, int iterations, byte[] storedKey, byte[] serverKey) {
    /** PostgreSQL's default {@code scram_iterations}. */
    public static final int DEFAULT_ITERATIONS = 4096;
    static final String PREFIX = "SCRAM-SHA-256$";
    private static final int SALT_LENGTH = 16;
    private static final int KEY_LENGTH = 32;

    public ScramVerifier {
        Objects.requireNonNull(salt, "salt");
        if (iterations < 1) {
            throw new IllegalArgumentException("SCRAM iteration count must be positive: " + iterations);
        }
        if (storedKey.length != KEY_LENGTH || serverKey.length != KEY_LENGTH) {
            throw new IllegalArgumentException("SCRAM-SHA-256 keys are 32 bytes");
        }
        salt = salt.clone();
        storedKey = storedKey.clone();
        serverKey = serverKey.clone();
    }

    /** Derives a verifier with a fresh random salt and {@value #DEFAULT_ITERATIONS} iterations. */
    public static ScramVerifier fromPassword(String password) {
        return fromPassword(password, ScramCrypto.randomBytes(SALT_LENGTH), DEFAULT_ITERATIONS);
    }

    public static ScramVerifier fromPassword(String password, byte[] salt, int iterations) {
        byte[] salted = ScramCrypto.saltedPassword(password, salt, iterations);
        byte[] clientKey = ScramCrypto.hmac(salted, ScramCrypto.CLIENT_KEY);
        byte[] serverKey = ScramCrypto.hmac(salted, ScramCrypto.SERVER_KEY);
        Arrays.fill(salted, (byte) 0);
        return new ScramVerifier(salt, iterations, ScramCrypto.sha256(clientKey), serverKey);
    }

    /** True when {@code text} looks like a stored verifier rather than a password. */
    public static boolean isVerifier(String text) {
        return text.startsWith(PREFIX);
    }

    /**
     * Reads PostgreSQL's text form.
     *
     * @throws IllegalArgumentException when it is malformed (the message does not repeat the secret)
     */
    public static ScramVerifier parse(String text) {
        if (!isVerifier(text)) {
            throw new IllegalArgumentException("not a SCRAM-SHA-256 verifier (expected " + PREFIX + "...)");
        }
        String[] parts = text.substring(PREFIX.length()).split("[$:]", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException(
                    "malformed SCRAM-SHA-256 verifier: expected SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>");
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            return new ScramVerifier(b64.decode(parts[1]), Integer.parseInt(parts[0]), b64.decode(parts[2]),
                    b64.decode(parts[3]));
        } catch (IllegalArgumentException e) { // NumberFormatException included
            throw new IllegalArgumentException("malformed SCRAM-SHA-256 verifier: " + e.getMessage());
        }
    }

    /**
     * Checks a cleartext password (for the {@code password} method): derives its keys with this salt, like
     * PostgreSQL does for a SCRAM secret. Costs one PBKDF2 run.
     */
    public boolean matches(String password) {
        byte[] salted = ScramCrypto.saltedPassword(password, salt, iterations);
        byte[] clientKey = ScramCrypto.hmac(salted, ScramCrypto.CLIENT_KEY);
        return MessageDigest.isEqual(ScramCrypto.sha256(clientKey), storedKey);
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] storedKey() {
        return storedKey.clone();
    }

    @Override
    public byte[] serverKey() {
        return serverKey.clone();
    }

    // Package-private views without copies, for the exchange.
    byte[] saltBytes() {
        return salt;
    }

    byte[] storedKeyBytes() {
        return storedKey;
    }

    byte[] serverKeyBytes() {
        return serverKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScramVerifier v && iterations == v.iterations && Arrays.equals(salt, v.salt)
                && MessageDigest.isEqual(storedKey, v.storedKey) && MessageDigest.isEqual(serverKey, v.serverKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(salt) * 31 + iterations;
    }

    /** PostgreSQL's text form (a secret equivalent for this server: do not log it). */
    @Override
    public String toString() {
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + iterations + ":" + b64.encodeToString(salt) + "$" + b64.encodeToString(storedKey) + ":"
                + b64.encodeToString(serverKey);
    }
}
