package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.ResultCursor;
import java.util.ArrayDeque;

/**
 * A bound statement ready to run, created by Bind. A query portal keeps its cursor open between
 * Execute messages that stop at a row limit (PortalSuspended) until it is exhausted, closed, or its
 * transaction ends.
 */
final class Portal {
    final String name;
    final PreparedStatement statement;
    final Object[] parameters;
    final ResultFormat format;
    private ResultCursor cursor;
    /** For EXECUTE: the portal of the prepared statement it runs, kept across suspended Executes. */
    private Portal delegate;
    /** For a FETCH run with a row limit: its rows, sent over several Executes (PostgreSQL stores them too). */
    private ArrayDeque<Object[]> fetchedRows;
    private boolean completed;
    private String completedTag;

    Portal(String name, PreparedStatement statement, Object[] parameters, ResultFormat format) {
        this.name = name;
        this.statement = statement;
        this.parameters = parameters;
        this.format = format;
    }

    ResultCursor cursor() {
        return cursor;
    }

    void open(ResultCursor c) {
        this.cursor = c;
    }

    Portal delegate() {
        return delegate;
    }

    void delegate(Portal p) {
        this.delegate = p;
    }

    ArrayDeque<Object[]> fetchedRows() {
        return fetchedRows;
    }

    void fetched(ArrayDeque<Object[]> rows) {
        this.fetchedRows = rows;
    }

    boolean isCompleted() {
        return completed;
    }

    /** The tag of the run that completed the portal, repeated if it is executed again. */
    String completedTag() {
        return completedTag;
    }

    void complete(String tag) {
        completed = true;
        fetchedRows = null;
        completedTag = tag;
        closeCursor();
    }

    void close() {
        closeCursor();
        if (delegate != null) {
            delegate.close();
        }
    }

    private void closeCursor() {
        ResultCursor c = cursor;
        cursor = null;
        if (c != null) {
            c.close();
        }
    }
}
