package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PgException;

/** Checked between rows of a long-running statement; throws to stop it (cancel request, statement_timeout). */
@FunctionalInterface
interface Interruption {
    void check() throws PgException;
}
