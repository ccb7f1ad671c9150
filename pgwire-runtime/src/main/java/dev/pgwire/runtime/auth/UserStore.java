package dev.pgwire.runtime.auth;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The users who may log in and their stored secrets, immutable. Built from passwords, or from secrets copied
 * from PostgreSQL ({@code SCRAM-SHA-256$...} or {@code md5...}); passwords are turned into the secrets
 * {@link AuthMethod} needs and then dropped. For names it does not know it makes up a consistent fake SCRAM
 * verifier, so that an unknown user goes through the same exchange as a known one with a wrong password.
 */
public final class UserStore {
    private static final int MOCK_SALT_LENGTH = 16;

    private final Map<String, Credential> users;
    private final byte[] mockSecret = ScramCrypto.randomBytes(32);

    private UserStore(Map<String, Credential> users) {
        this.users = Map.copyOf(users);
    }

    public static UserStore empty() {
        return new UserStore(Map.of());
    }

    /** Users for {@code method}: it decides which secrets are derived from passwords. */
    public static Builder builder(AuthMethod method) {
        return new Builder(method);
    }

    /** The user's secret, or null when there is no such user. */
    public Credential find(String user) {
        return users.get(user);
    }

    public Set<String> names() {
        return users.keySet();
    }

    public boolean isEmpty() {
        return users.isEmpty();
    }

    /**
     * A verifier for a user that does not exist: its salt is derived from the name and a per-server secret, so
     * repeated attempts see the same salt (as for a real user) and no password matches it.
     */
    public ScramVerifier mockVerifier(String user) {
        byte[] name = user.getBytes(StandardCharsets.UTF_8);
        byte[] salt = Arrays.copyOf(ScramCrypto.hmac(mockSecret, concat((byte) 's', name)), MOCK_SALT_LENGTH);
        return new ScramVerifier(salt, ScramVerifier.DEFAULT_ITERATIONS,
                ScramCrypto.hmac(mockSecret, concat((byte) 'k', name)),
                ScramCrypto.hmac(mockSecret, concat((byte) 'v', name)));
    }

    private static byte[] concat(byte tag, byte[] name) {
        byte[] out = new byte[name.length + 1];
        out[0] = tag;
        System.arraycopy(name, 0, out, 1, name.length);
        return out;
    }

    @Override
    public String toString() {
        return "UserStore" + users.keySet();
    }

    /** Collects users; {@link #add} derives their secrets at once (one PBKDF2 run per SCRAM password). */
    public static final class Builder {
        private final AuthMethod method;
        private final Map<String, Credential> users = new LinkedHashMap<>();

        private Builder(AuthMethod method) {
            this.method = Objects.requireNonNull(method, "method");
        }

        /**
         * Adds a user.
         *
         * @param secret a password, or a stored secret: {@code SCRAM-SHA-256$...} (works with every method; md5
         *               then logs this user in with SCRAM, as PostgreSQL does) or {@code md5...} (password and md5
         *               methods only)
         * @throws IllegalArgumentException for an empty or duplicate name, an empty password, a malformed secret,
         *                                  or an MD5 secret with scram-sha-256
         */
        public Builder add(String user, String secret) {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(secret, "password of user \"" + user + "\"");
            if (user.isEmpty() || user.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("invalid user name \"" + user + "\"");
            }
            if (secret.isEmpty()) {
                throw new IllegalArgumentException("the password of user \"" + user + "\" is empty");
            }
            if (users.containsKey(user)) {
                throw new IllegalArgumentException("user \"" + user + "\" is configured twice");
            }
            users.put(user, credential(user, secret));
            return this;
        }

        private Credential credential(String user, String secret) {
            if (ScramVerifier.isVerifier(secret)) {
                return new Credential(user, ScramVerifier.parse(secret), null);
            }
            if (Md5Password.isStored(secret)) {
                if (method == AuthMethod.SCRAM_SHA_256) {
                    throw new IllegalArgumentException("user \"" + user + "\" has an MD5 secret, which cannot be used"
                            + " for scram-sha-256: configure the password or a SCRAM-SHA-256 verifier");
                }
                return new Credential(user, null, secret);
            }
            return switch (method) {
                case MD5 -> new Credential(user, null, Md5Password.stored(secret, user));
                default -> new Credential(user, ScramVerifier.fromPassword(secret), null);
            };
        }

        public UserStore build() {
            return new UserStore(users);
        }
    }
}
