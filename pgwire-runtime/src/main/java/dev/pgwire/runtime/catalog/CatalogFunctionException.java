package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;

/**
 * Raised by a catalog function while a query runs. Calcite's generated code only propagates unchecked
 * exceptions, so the {@link PgException} to report travels as the cause; the engine unwraps it.
 */
public final class CatalogFunctionException extends RuntimeException {
    public CatalogFunctionException(SqlState state, String message) {
        super(message, new PgException(state, message));
    }

    /** The error to send to the client. */
    public PgException toPgException() {
        return (PgException) getCause();
    }
}
