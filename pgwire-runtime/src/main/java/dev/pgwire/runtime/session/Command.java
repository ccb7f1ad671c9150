package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PreparedQuery;
import dev.pgwire.runtime.query.SqlState;
import java.util.List;

/** What one statement asks for, as classified from its tokens. Queries go to the engine, the rest stays here. */
sealed interface Command {
    /** Whether PostgreSQL runs this inside a failed transaction block instead of answering 25P02. */
    default boolean allowedInFailedTransaction() {
        return false;
    }

    /** A query string with no statement in it: answered with EmptyQueryResponse. */
    record Empty() implements Command {}

    /** A SELECT, VALUES, TABLE, WITH or EXPLAIN statement for the query engine. */
    record Query() implements Command {}

    /** One {@code name = value} assignment; a null value means DEFAULT. */
    record Assignment(String name, String value) {}

    /**
     * SET, SET LOCAL, SET TRANSACTION, SET SESSION CHARACTERISTICS: one or more assignments.
     *
     * @param local     SET LOCAL or SET TRANSACTION (lasts until the end of the transaction)
     * @param statement the statement's name for the warning outside a block ("SET LOCAL", "SET TRANSACTION")
     */
    record Set(List<Assignment> assignments, boolean local, String statement) implements Command {
        Set(List<Assignment> assignments, boolean local) {
            this(assignments, local, local ? "SET LOCAL" : "SET");
        }
    }

    /** SHOW name, or SHOW ALL when {@code name} is null. */
    record Show(String name) implements Command {}

    /** RESET name, or RESET ALL when {@code name} is null. */
    record Reset(String name) implements Command {}

    /** BEGIN or START TRANSACTION, with transaction modes as transaction-local assignments. */
    record Begin(String tag, List<Assignment> modes) implements Command {}

    /** COMMIT or END. */
    record Commit() implements Command {
        @Override
        public boolean allowedInFailedTransaction() {
            return true;
        }
    }

    /** ROLLBACK or ABORT. */
    record Rollback() implements Command {
        @Override
        public boolean allowedInFailedTransaction() {
            return true;
        }
    }

    record Savepoint(String name) implements Command {}

    record Release(String name) implements Command {}

    record RollbackTo(String name) implements Command {
        @Override
        public boolean allowedInFailedTransaction() {
            return true;
        }
    }

    /** DISCARD ALL / PLANS / SEQUENCES / TEMP. */
    record Discard(String what) implements Command {}

    /** DEALLOCATE name, or DEALLOCATE ALL when {@code name} is null. */
    record Deallocate(String name) implements Command {}

    /** CLOSE cursor, or CLOSE ALL when {@code name} is null. */
    record CloseCursor(String name) implements Command {}

    /**
     * Accepted without effect: LISTEN and UNLISTEN (this server never notifies), and resetting the role
     * or session authorization to the login user (the only one a session ever has).
     */
    record NoOp(String tag) implements Command {}

    /**
     * COPY, as parsed; checked and run by {@link CopyRunner} in PostgreSQL's order (file privileges, relation,
     * columns, read-only, options, query).
     *
     * @param from        COPY FROM (refused: read-only)
     * @param target      where the data goes or comes from
     * @param relation    the table's name as written ({@code schema.table}), or null for {@code COPY (query)}
     * @param columns     the column list after the table, empty for all columns
     * @param query       the query of {@code COPY (query) TO}, or null
     * @param queryOffset where {@code query} starts in the statement text (for error positions)
     * @param options     the options in the order written, both syntaxes
     */
    record Copy(boolean from, CopyTarget target, String relation, List<String> columns, String query,
            int queryOffset, List<CopyOption> options) implements Command {}

    /** Where COPY data goes: the client (STDIN/STDOUT), a server file, or a server program. */
    enum CopyTarget { CLIENT, FILE, PROGRAM }

    /**
     * One COPY option as written: {@code FORMAT csv}, {@code HEADER}, {@code FORCE_QUOTE (a, b)}, ...
     *
     * @param name     lower-case option name (legacy keywords mapped to their generic names)
     * @param kind     what the argument is
     * @param value    the argument as PostgreSQL's defGetString sees it (null when absent)
     * @param list     the names of a parenthesised list argument, else empty
     * @param position 1-based position of the option in the statement
     */
    record CopyOption(String name, CopyOption.Kind kind, String value, List<String> list, int position) {
        enum Kind { NONE, STRING, INTEGER, STAR, LIST }
    }

    /**
     * DECLARE name CURSOR ... FOR query.
     *
     * @param query       the query text; {@code prepared} holds its plan once the session prepared it
     * @param queryOffset where the query starts in the statement text (for error positions)
     */
    record Declare(String name, boolean binary, CursorScroll scroll, boolean hold, String query, int queryOffset,
            PreparedQuery prepared) implements Command {
        Declare withPrepared(PreparedQuery plan) {
            return new Declare(name, binary, scroll, hold, query, queryOffset, plan);
        }
    }

    /** Whether a cursor may move backward: SCROLL, NO SCROLL, or neither said. */
    enum CursorScroll { DEFAULT, SCROLL, NO_SCROLL }

    /** FETCH or MOVE, in PostgreSQL's normalised form: a direction and a count ({@link #ALL} for ALL). */
    record Fetch(String cursor, FetchDirection direction, long count, boolean move) implements Command {
        /** PostgreSQL's FETCH_ALL. */
        static final long ALL = Long.MAX_VALUE;
    }

    enum FetchDirection { FORWARD, BACKWARD, ABSOLUTE, RELATIVE }

    /**
     * PREPARE name [(types)] AS statement.
     *
     * @param types      the parameter type names as written, with their offsets in the statement
     * @param body       the statement to prepare
     * @param bodyOffset where {@code body} starts in the statement text (for error positions)
     */
    record Prepare(String name, List<Written> types, String body, int bodyOffset) implements Command {}

    /** EXECUTE name [(arguments)]: each argument an expression, as written. */
    record Execute(String name, List<Written> arguments) implements Command {}

    /** A piece of the statement as written, and where it starts in the statement text (0-based). */
    record Written(String text, int offset) {}

    /** A statement answered with an error: read-only refusals, unsupported commands, syntax errors. */
    record Refused(SqlState state, String message, int position) implements Command {}
}
