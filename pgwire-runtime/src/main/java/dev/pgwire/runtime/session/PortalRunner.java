package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import java.util.ArrayDeque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs portals for a session: a query streams its rows up to a limit (PortalSuspended) under the cancel
 * signal and statement_timeout, a utility statement runs once, an empty statement answers
 * EmptyQueryResponse.
 */
final class PortalRunner {
    private final Session session;
    private final ResponseSink sink;
    private final QueryCancel cancel;
    private final ScheduledExecutorService timer;
    private final UtilityStatements utilities;
    private final Consumer<Portal> discard;
    private final CopyRunner copies;

    /** @param discard called with a portal whose run failed: it is closed and must be forgotten */
    PortalRunner(Session session, ResponseSink sink, QueryCancel cancel, ScheduledExecutorService timer,
            Consumer<Portal> discard) {
        this.session = session;
        this.sink = sink;
        this.cancel = cancel;
        this.timer = timer;
        this.utilities = new UtilityStatements(session);
        this.discard = discard;
        this.copies = new CopyRunner(session, sink);
    }

    /**
     * Runs a portal.
     *
     * @param maxRows        row limit of this run, 0 for all
     * @param rowDescription whether to send RowDescription first (simple protocol only)
     */
    void run(Portal portal, int maxRows, boolean rowDescription) throws PgException {
        Command command = portal.statement.command();
        if (command instanceof Command.Query || command instanceof Command.Copy || command instanceof Command.Declare
                || command instanceof Command.Fetch) {
            session.transaction().snapshotTaken();
        }
        if (command instanceof Command.Empty) {
            sink.emptyQueryResponse();
        } else if (command instanceof Command.Refused r) {
            throw new PgException(r.state(), r.message());
        } else if (portal.isCompleted()) {
            sink.commandComplete(portal.completedTag());
        } else if (command instanceof Command.Copy copy) {
            String tag = guarded(() -> copies.run(copy, cancel, this::checkCancelled));
            portal.complete(tag);
            sink.commandComplete(tag);
        } else if (command instanceof Command.Declare declare) {
            session.declareCursor(declare, portal.parameters);
            portal.complete("DECLARE CURSOR");
            sink.commandComplete("DECLARE CURSOR");
        } else if (command instanceof Command.Prepare prepare) {
            session.prepareSql(prepare);
            portal.complete("PREPARE");
            sink.commandComplete("PREPARE");
        } else if (command instanceof Command.Execute execute) {
            if (portal.delegate() == null) {
                portal.delegate(session.executePortal(execute, portal.format));
            }
            Portal target = portal.delegate();
            run(target, maxRows, rowDescription);
            if (target.isCompleted()) {
                portal.complete(target.completedTag());
            }
        } else if (command instanceof Command.Fetch fetch) {
            runFetch(portal, fetch, maxRows, rowDescription);
        } else if (command instanceof Command.Query) {
            if (rowDescription && !portal.format.isEmpty()) {
                sink.rowDescription(portal.format);
            }
            runQuery(portal, maxRows);
        } else {
            UtilityStatements.Result result = utilities.run(command);
            if (rowDescription && !portal.format.isEmpty()) {
                sink.rowDescription(portal.format);
            }
            for (Object[] row : result.rows()) {
                sink.dataRow(row, portal.format, session);
            }
            portal.complete(result.tag());
            sink.commandComplete(result.tag());
        }
    }

    /**
     * FETCH streams the cursor's rows; in the simple protocol RowDescription goes first, sent only once the fetch is
     * known to work (with the first row, or at the end), so that a failing FETCH answers with just the error. An
     * Execute row limit makes it keep the fetched rows and hand them out over several Executes, as PostgreSQL does.
     */
    private void runFetch(Portal portal, Command.Fetch fetch, int maxRows, boolean rowDescription)
            throws PgException {
        if (maxRows > 0 && !fetch.move()) {
            runLimitedFetch(portal, fetch, maxRows);
            return;
        }
        boolean[] described = {!rowDescription || fetch.move() || portal.format.isEmpty()};
        Consumer<Object[]> rows = fetch.move() ? null : row -> {
            if (!described[0]) {
                sink.rowDescription(portal.format);
                described[0] = true;
            }
            sink.dataRow(row, portal.format, session);
        };
        String tag = fetch(fetch, rows);
        if (!described[0]) {
            sink.rowDescription(portal.format);
        }
        portal.complete(fetch.move() ? "MOVE 0" : "FETCH 0"); // what running it again reports, as in PostgreSQL
        sink.commandComplete(tag);
    }

    /** Each Execute's tag counts the rows it sent, as PostgreSQL's does for a stored result. */
    private void runLimitedFetch(Portal portal, Command.Fetch fetch, int maxRows) throws PgException {
        if (portal.fetchedRows() == null) {
            ArrayDeque<Object[]> rows = new ArrayDeque<>();
            fetch(fetch, row -> rows.add(row.clone()));
            portal.fetched(rows);
        }
        ArrayDeque<Object[]> rows = portal.fetchedRows();
        int sent = 0;
        while (sent < maxRows && !rows.isEmpty()) {
            sink.dataRow(rows.poll(), portal.format, session);
            sent++;
        }
        if (rows.isEmpty()) {
            portal.complete("FETCH 0");
            sink.commandComplete("FETCH " + sent);
        } else {
            sink.portalSuspended();
        }
    }

    /** Runs FETCH or MOVE on its cursor and returns the command tag; a cursor whose query failed is closed. */
    private String fetch(Command.Fetch fetch, Consumer<Object[]> rows) throws PgException {
        SqlCursor cursor = session.cursors().get(fetch.cursor());
        long count;
        try {
            count = guarded(() -> cursor.fetch(fetch.direction(), fetch.count(), rows, this::checkCancelled));
        } catch (PgException | RuntimeException e) {
            if (!(e instanceof PgException p) || p.state() != SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE) {
                session.cursors().close(cursor.name());
            }
            throw e;
        }
        return (fetch.move() ? "MOVE " : "FETCH ") + count;
    }

    private void runQuery(Portal portal, int maxRows) throws PgException {
        cancel.begin();
        ScheduledFuture<?> timeout = scheduleStatementTimeout();
        try {
            if (portal.cursor() == null) {
                portal.open(portal.statement.query().execute(portal.parameters, session, cancel));
            }
            long rows = 0;
            while (maxRows <= 0 || rows < maxRows) {
                checkCancelled();
                Object[] row = portal.cursor().next();
                if (row == null) {
                    String tag = portal.statement.query().commandTag(rows);
                    portal.complete(tag);
                    sink.commandComplete(tag);
                    return;
                }
                sink.dataRow(row, portal.format, session);
                rows++;
            }
            sink.portalSuspended();
        } catch (PgException | RuntimeException e) {
            portal.close();
            discard.accept(portal);
            PgException shutdown = cancel.shutdownError();
            if (shutdown != null) {
                throw new SessionTerminatedException(shutdown);
            }
            throw e;
        } finally {
            if (timeout != null) {
                timeout.cancel(false);
            }
            cancel.end();
        }
    }

    /** Runs {@code body} under the cancel signal and statement_timeout. */
    private <T> T guarded(Guarded<T> body) throws PgException {
        cancel.begin();
        ScheduledFuture<?> timeout = scheduleStatementTimeout();
        try {
            return body.run();
        } finally {
            if (timeout != null) {
                timeout.cancel(false);
            }
            cancel.end();
        }
    }

    @FunctionalInterface
    private interface Guarded<T> {
        T run() throws PgException;
    }

    /** Between rows, so that cancellation works even for an engine that does not poll the signal. */
    private void checkCancelled() throws PgException {
        String reason = cancel.cancelReason();
        if (reason != null) {
            if (reason.equals(QueryCancel.TERMINATED)) {
                throw new ClientGoneException();
            }
            PgException shutdown = cancel.shutdownError();
            if (shutdown != null) {
                throw new SessionTerminatedException(shutdown);
            }
            throw new PgException(SqlState.QUERY_CANCELED, reason);
        }
    }

    private ScheduledFuture<?> scheduleStatementTimeout() {
        long ms;
        try {
            ms = SettingValues.parseMillis("statement_timeout", session.get("statement_timeout"));
        } catch (PgException e) {
            return null;
        }
        if (ms <= 0) {
            return null;
        }
        return timer.schedule(() -> cancel.cancel(QueryCancel.STATEMENT_TIMEOUT), ms, TimeUnit.MILLISECONDS);
    }
}
