package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PgException;

/**
 * The server ends the session while a statement runs (shutdown after its grace period): the statement
 * stops and the connection reports {@link #error()} as FATAL and closes, as a PostgreSQL backend does on
 * SIGTERM.
 */
public final class SessionTerminatedException extends RuntimeException {
    private final transient PgException error;

    public SessionTerminatedException(PgException error) {
        super(error.getMessage(), null, false, false);
        this.error = error;
    }

    public PgException error() {
        return error;
    }
}
