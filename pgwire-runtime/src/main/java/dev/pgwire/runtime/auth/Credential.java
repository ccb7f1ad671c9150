package dev.pgwire.runtime.auth;

import java.util.Objects;

/**
 * The stored secret of one user: a SCRAM verifier, an MD5 secret, or both. Never a plain password.
 *
 * @param user  the user name, as it appears in the startup packet
 * @param scram the SCRAM-SHA-256 verifier, or null
 * @param md5   the stored MD5 secret ({@code md5...}), or null
 */
public record Credential(String user, ScramVerifier scram, String md5) {
    public Credential {
        Objects.requireNonNull(user, "user");
        if (scram == null && md5 == null) {
            throw new IllegalArgumentException("user \"" + user + "\" has no secret");
        }
    }

    /** Cleartext check for the {@code password} method, against whichever secret is stored. */
    public boolean matchesPassword(String password) {
        if (scram != null) {
            return scram.matches(password);
        }
        return Md5Password.stored(password, user).equals(md5);
    }

    @Override
    public String toString() {
        return "Credential[user=" + user + ", scram=" + (scram != null) + ", md5=" + (md5 != null) + "]";
    }
}
