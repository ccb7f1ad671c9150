package dev.pgwire.runtime.protocol;

/** How a configured password is checked. */
public enum PasswordMethod {
    /** AuthenticationCleartextPassword: the client sends the password itself. */
    CLEARTEXT,
    /** SASL SCRAM-SHA-256 (RFC 5802, 7677), PostgreSQL's default: the password never crosses the wire. */
    SCRAM_SHA_256
}
