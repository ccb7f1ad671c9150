package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;

/**
 * Errors raised by catalog functions while a query runs. Calcite's generated code only propagates
 * unchecked exceptions, so the {@link PgException} to report travels as the cause of a plain
 * {@link RuntimeException}, which the engine unwraps.
 */
final class CatalogErrors {
    private CatalogErrors() {}

    static RuntimeException error(SqlState state, String message) {
        return new RuntimeException(message, new PgException(state, message));
    }
}
