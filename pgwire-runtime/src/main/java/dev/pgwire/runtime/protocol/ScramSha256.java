package dev.pgwire.runtime.protocol;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server side of SCRAM-SHA-256 as PostgreSQL speaks it: no channel binding, the user name taken from
 * the startup packet (the SCRAM {@code n=} attribute is ignored, libpq leaves it empty). One
 * {@link Exchange} per authentication; the {@link Credentials} are derived once per server.
 */
final class ScramSha256 {
    static final String MECHANISM = "SCRAM-SHA-256";
    static final int ITERATIONS = 4096;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ScramSha256() {}

    /** Salt and derived keys of one password (what PostgreSQL stores in pg_authid). */
    record Credentials(byte[] salt, int iterations, byte[] storedKey, byte[] serverKey) {
        private static final Map<String, Credentials> CACHE = new ConcurrentHashMap<>();

        /** Derived once per password: PBKDF2 per connection would be work an attacker could make us do. */
        static Credentials forPassword(String password) {
            return CACHE.computeIfAbsent(password, Credentials::of);
        }

        static Credentials of(String password) {
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            return of(password, salt, ITERATIONS);
        }

        static Credentials of(String password, byte[] salt, int iterations) {
            byte[] salted = pbkdf2(password, salt, iterations);
            byte[] clientKey = hmac(salted, "Client Key".getBytes(StandardCharsets.US_ASCII));
            byte[] serverKey = hmac(salted, "Server Key".getBytes(StandardCharsets.US_ASCII));
            return new Credentials(salt, iterations, sha256(clientKey), serverKey);
        }
    }

    /** One authentication exchange: client-first → server-first, client-final → server-final. */
    static final class Exchange {
        private final Credentials credentials;
        private final String serverNonce;
        private String clientFirstBare;
        private String serverFirst;
        private String gs2Header;
        private String nonce;

        Exchange(Credentials credentials) {
            this(credentials, randomNonce());
        }

        /** With a fixed server nonce, for the RFC 7677 test vector. */
        Exchange(Credentials credentials, String serverNonce) {
            this.credentials = credentials;
            this.serverNonce = serverNonce;
        }

        private static String randomNonce() {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            return Base64.getEncoder().encodeToString(bytes);
        }

        /** Reads client-first-message, returns server-first-message. */
        String serverFirst(String clientFirst) throws PgException {
            if (clientFirst.startsWith("p=")) {
                throw malformed("channel binding is not supported");
            }
            if (!clientFirst.startsWith("n,") && !clientFirst.startsWith("y,")) {
                throw malformed("unexpected SCRAM channel-binding flag");
            }
            int bare = clientFirst.indexOf(',', 2);
            if (bare < 0) {
                throw malformed("malformed SCRAM message");
            }
            gs2Header = clientFirst.substring(0, bare + 1);
            clientFirstBare = clientFirst.substring(bare + 1);
            String clientNonce = attribute(clientFirstBare, 'r');
            nonce = clientNonce + serverNonce;
            serverFirst = "r=" + nonce + ",s=" + Base64.getEncoder().encodeToString(credentials.salt()) + ",i="
                    + credentials.iterations();
            return serverFirst;
        }

        /**
         * Checks client-final-message and returns server-final-message.
         *
         * @return null when the proof is wrong
         */
        String serverFinal(String clientFinal) throws PgException {
            int proofAt = clientFinal.lastIndexOf(",p=");
            if (proofAt < 0) {
                throw malformed("malformed SCRAM message");
            }
            String withoutProof = clientFinal.substring(0, proofAt);
            String binding = attribute(withoutProof, 'c');
            if (!binding.equals(Base64.getEncoder().encodeToString(gs2Header.getBytes(StandardCharsets.US_ASCII)))) {
                throw malformed("SCRAM channel binding check failed");
            }
            if (!attribute(withoutProof, 'r').equals(nonce)) {
                throw malformed("SCRAM nonce does not match");
            }
            byte[] proof;
            try {
                proof = Base64.getDecoder().decode(clientFinal.substring(proofAt + 3));
            } catch (IllegalArgumentException e) {
                throw malformed("malformed SCRAM message");
            }
            byte[] authMessage = (clientFirstBare + "," + serverFirst + "," + withoutProof)
                    .getBytes(StandardCharsets.UTF_8);
            byte[] clientSignature = hmac(credentials.storedKey(), authMessage);
            if (proof.length != clientSignature.length) {
                return null;
            }
            byte[] clientKey = new byte[proof.length];
            for (int i = 0; i < proof.length; i++) {
                clientKey[i] = (byte) (proof[i] ^ clientSignature[i]);
            }
            if (!MessageDigest.isEqual(sha256(clientKey), credentials.storedKey())) {
                return null;
            }
            return "v=" + Base64.getEncoder().encodeToString(hmac(credentials.serverKey(), authMessage));
        }
    }

    /** The value of attribute {@code name} in a comma-separated SCRAM message. */
    private static String attribute(String message, char name) throws PgException {
        for (String part : message.split(",")) {
            if (part.length() >= 2 && part.charAt(0) == name && part.charAt(1) == '=') {
                return part.substring(2);
            }
        }
        throw malformed("malformed SCRAM message: missing attribute \"" + name + "\"");
    }

    private static PgException malformed(String message) {
        return new PgException(SqlState.PROTOCOL_VIOLATION, message);
    }

    static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        }
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
}
