package dev.pgwire.runtime.query;

import java.util.List;

/** A planned statement: its result shape, its parameter types, and how to run it. Immutable and shareable. */
public interface PreparedQuery {
    /** Result columns; empty for a statement that returns no rows. */
    List<ResultColumn> columns();

    /** Type OIDs of {@code $1..$n}, as given by the client or inferred. */
    int[] parameterTypes();

    /**
     * Runs the statement.
     *
     * @param params parameter values, in the representation of {@link dev.pgwire.runtime.spi.Values}
     * @param cancel checked while rows are produced; cancellation fails the cursor with 57014
     */
    ResultCursor execute(Object[] params, SessionSettings session, CancelSignal cancel) throws PgException;

    /** The CommandComplete tag for a run that produced {@code rows} rows, e.g. {@code SELECT 5}. */
    default String commandTag(long rows) {
        return "SELECT " + rows;
    }
}
