package dev.pgwire.runtime.protocol;

import dev.pgwire.runtime.auth.AuthMethod;

/**
 * How a configured password is checked: the two methods of the first release, kept so that code using
 * {@code PgWireServer.Builder.passwordMethod} keeps compiling. New code uses {@link AuthMethod}.
 */
public enum PasswordMethod {
    /** AuthenticationCleartextPassword: the client sends the password itself. */
    CLEARTEXT(AuthMethod.PASSWORD),
    /** SASL SCRAM-SHA-256 (RFC 5802, 7677), PostgreSQL's default: the password never crosses the wire. */
    SCRAM_SHA_256(AuthMethod.SCRAM_SHA_256);

    private final AuthMethod authMethod;

    PasswordMethod(AuthMethod authMethod) {
        this.authMethod = authMethod;
    }

    public AuthMethod authMethod() {
        return authMethod;
    }
}
