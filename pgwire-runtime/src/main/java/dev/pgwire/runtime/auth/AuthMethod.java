package dev.pgwire.runtime.auth;

import java.util.Locale;

/** How clients prove who they are, named like pg_hba.conf's methods. */
public enum AuthMethod {
    /** No password: anyone who can reach the port gets in, under any user name. */
    TRUST("trust"),
    /** AuthenticationCleartextPassword: the password itself crosses the connection (use with TLS only). */
    PASSWORD("password"),
    /** PostgreSQL's legacy MD5 challenge: {@code md5(md5(password || user) || salt)}. */
    MD5("md5"),
    /** SASL SCRAM-SHA-256 (RFC 5802, 7677), PostgreSQL's default; -PLUS with channel binding over TLS. */
    SCRAM_SHA_256("scram-sha-256");

    private final String configName;

    AuthMethod(String configName) {
        this.configName = configName;
    }

    /** The name used in {@code pgwire.auth} and pg_hba.conf. */
    public String configName() {
        return configName;
    }

    /**
     * Reads a {@code pgwire.auth} value ({@code trust}, {@code password}, {@code md5}, {@code scram-sha-256}).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static AuthMethod parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (AuthMethod m : values()) {
            if (m.configName.equals(n)) {
                return m;
            }
        }
        throw new IllegalArgumentException(
                "unknown authentication method \"" + name + "\": use trust, password, md5 or scram-sha-256");
    }
}
