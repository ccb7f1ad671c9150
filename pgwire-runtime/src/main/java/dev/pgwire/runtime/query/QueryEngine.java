package dev.pgwire.runtime.query;

/**
 * Plans SQL queries. The seam between the session layer and the SQL engine: nothing here knows about
 * Netty, nothing on the caller's side knows about Calcite. One engine serves all connections, so
 * implementations are thread-safe.
 */
public interface QueryEngine {
    /**
     * Plans one statement (a SELECT, VALUES, TABLE or WITH query; utility statements are handled by the
     * session).
     *
     * @param sql            the statement, with PostgreSQL {@code $n} parameters
     * @param parameterTypes type OIDs the client declared in Parse (0 = infer); may be shorter than the
     *                       number of parameters
     */
    PreparedQuery prepare(String sql, int[] parameterTypes, SessionSettings session) throws PgException;
}
