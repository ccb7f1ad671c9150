package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * Transaction state of a session. Nothing is ever written, so a transaction only scopes settings (a
 * rollback undoes SETs, SET LOCAL ends with it) and portals (closed when it ends), and drives the status
 * byte of ReadyForQuery.
 */
final class Transaction {
    enum State {
        /** No transaction. */
        IDLE,
        /** Implicit transaction of one simple Query message or of the extended messages up to Sync. */
        IMPLICIT,
        /** Inside BEGIN ... COMMIT. */
        BLOCK,
        /** Inside a block after an error: only ROLLBACK, COMMIT or ROLLBACK TO are accepted. */
        FAILED
    }

    private record Savepoint(String name, Settings.Snapshot settings) {}

    private final Settings settings;
    /** Told when a transaction ends, committed or rolled back. */
    @FunctionalInterface
    interface EndListener {
        void ended(boolean committed);
    }

    private final EndListener onEnd;
    private final Deque<Savepoint> savepoints = new ArrayDeque<>();
    private State state = State.IDLE;
    /** PostgreSQL's FirstSnapshotSet: a query ran in this transaction, so its isolation level is fixed. */
    private boolean snapshotTaken;
    private Settings.Snapshot start;

    /**
     * @param onEnd run whenever a transaction ends (commit or rollback), to close its portals and cursors
     */
    Transaction(Settings settings, EndListener onEnd) {
        this.settings = settings;
        this.onEnd = onEnd;
    }

    State state() {
        return state;
    }

    /** The ReadyForQuery status byte: I idle, T in a block, E in a failed block. */
    char status() {
        return switch (state) {
            case IDLE, IMPLICIT -> 'I';
            case BLOCK -> 'T';
            case FAILED -> 'E';
        };
    }

    /** A statement that reads data ran (SELECT, COPY, DECLARE, FETCH, EXECUTE). */
    void snapshotTaken() {
        snapshotTaken = true;
    }

    boolean hasSnapshot() {
        return snapshotTaken;
    }

    boolean isBlock() {
        return state == State.BLOCK || state == State.FAILED;
    }

    void beginImplicit() {
        if (state == State.IDLE) {
            start = settings.snapshot();
            state = State.IMPLICIT;
        }
    }

    /** BEGIN: false when a block is already open (the caller warns, like PostgreSQL). */
    boolean beginBlock() {
        if (isBlock()) {
            return false;
        }
        if (state == State.IDLE) {
            start = settings.snapshot();
        }
        state = State.BLOCK;
        return true;
    }

    /** Ends the implicit transaction of a Query message or Sync; blocks stay open. */
    void endImplicit() {
        if (state == State.IMPLICIT) {
            commit();
        }
    }

    void commit() {
        end(true);
    }

    void rollback() {
        if (start != null) {
            settings.restore(start);
        }
        end(false);
    }

    /** An error: an implicit transaction rolls back, a block becomes failed. */
    void fail() {
        switch (state) {
            case IMPLICIT -> rollback();
            case BLOCK -> state = State.FAILED;
            default -> { }
        }
    }

    void savepoint(String name) throws PgException {
        requireBlock("SAVEPOINT");
        savepoints.push(new Savepoint(name, settings.snapshot()));
    }

    void release(String name) throws PgException {
        requireBlock("RELEASE SAVEPOINT");
        find(name);
        while (!savepoints.pop().name().equals(name)) {
            // pops the named savepoint and every one set after it
        }
    }

    void rollbackTo(String name) throws PgException {
        requireBlock("ROLLBACK TO SAVEPOINT");
        Savepoint target = find(name);
        while (savepoints.peek() != target) {
            savepoints.pop();
        }
        settings.restore(target.settings());
        state = State.BLOCK;
    }

    private Savepoint find(String name) throws PgException {
        for (Iterator<Savepoint> it = savepoints.iterator(); it.hasNext(); ) {
            Savepoint s = it.next();
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new PgException(SqlState.INVALID_SAVEPOINT_SPECIFICATION, "savepoint \"" + name + "\" does not exist");
    }

    private void requireBlock(String command) throws PgException {
        if (!isBlock()) {
            throw new PgException(SqlState.NO_ACTIVE_SQL_TRANSACTION,
                    command + " can only be used in transaction blocks");
        }
    }

    private void end(boolean committed) {
        settings.endTransaction();
        savepoints.clear();
        snapshotTaken = false;
        start = null;
        state = State.IDLE;
        onEnd.ended(committed);
    }
}
