package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.session.Command.Assignment;
import java.util.List;
import java.util.Locale;

/**
 * Runs the statements the session answers itself (SET, SHOW, RESET, transaction control, DISCARD,
 * DEALLOCATE, CLOSE, LISTEN), with PostgreSQL's command tags, warnings and errors.
 */
final class UtilityStatements {
    /**
     * @param tag  the CommandComplete tag
     * @param rows result rows (SHOW only), in the statement's result columns
     */
    record Result(String tag, List<Object[]> rows) {
        static Result of(String tag) {
            return new Result(tag, List.of());
        }
    }

    private final Session session;

    UtilityStatements(Session session) {
        this.session = session;
    }

    Result run(Command command) throws PgException {
        Settings settings = session.settings();
        Transaction tx = session.transaction();
        if (command instanceof Command.Set set) {
            if (set.local() && !session.inTransactionBlock()) {
                warn(SqlState.NO_ACTIVE_SQL_TRANSACTION, set.statement() + " can only be used in transaction blocks");
            }
            for (Assignment a : set.assignments()) {
                checkBeforeAnyQuery(tx, settings, a);
                settings.set(a.name(), a.value(), set.local());
            }
            return Result.of("SET");
        }
        if (command instanceof Command.Show show) {
            return show(settings, show.name());
        }
        if (command instanceof Command.Reset reset) {
            if (reset.name() == null) {
                settings.resetAll();
            } else {
                settings.reset(reset.name());
            }
            return Result.of("RESET");
        }
        if (command instanceof Command.Begin begin) {
            if (!tx.beginBlock()) {
                warn(SqlState.ACTIVE_SQL_TRANSACTION, "there is already a transaction in progress");
            }
            for (Assignment a : begin.modes()) {
                settings.set(a.name(), a.value(), true);
            }
            return Result.of(begin.tag());
        }
        if (command instanceof Command.Commit) {
            return commit(tx);
        }
        if (command instanceof Command.Rollback) {
            if (!tx.isBlock()) {
                warn(SqlState.NO_ACTIVE_SQL_TRANSACTION, "there is no transaction in progress");
            }
            tx.rollback();
            return Result.of("ROLLBACK");
        }
        if (command instanceof Command.Savepoint sp) {
            tx.savepoint(sp.name());
            return Result.of("SAVEPOINT");
        }
        if (command instanceof Command.Release rel) {
            tx.release(rel.name());
            return Result.of("RELEASE");
        }
        if (command instanceof Command.RollbackTo rb) {
            tx.rollbackTo(rb.name());
            return Result.of("ROLLBACK");
        }
        if (command instanceof Command.Discard discard) {
            return discard(settings, tx, discard.what());
        }
        if (command instanceof Command.Deallocate d) {
            session.deallocate(d.name());
            return Result.of(d.name() == null ? "DEALLOCATE ALL" : "DEALLOCATE");
        }
        if (command instanceof Command.CloseCursor c) {
            session.closeCursor(c.name());
            return Result.of(c.name() == null ? "CLOSE CURSOR ALL" : "CLOSE CURSOR");
        }
        if (command instanceof Command.NoOp noOp) {
            return Result.of(noOp.tag());
        }
        throw new IllegalStateException("not a utility statement: " + command);
    }

    /**
     * PostgreSQL fixes a transaction's isolation level (to a different one) and its deferrability (at all) once its
     * first query ran.
     */
    private static void checkBeforeAnyQuery(Transaction tx, Settings settings, Assignment a) throws PgException {
        String setting = a.name();
        if (!tx.hasSnapshot()) {
            return;
        }
        String current = settings.get(setting);
        boolean changes = a.value() == null || current == null || !current.equalsIgnoreCase(a.value());
        if (setting.equalsIgnoreCase("transaction_isolation") && changes) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION,
                    "SET TRANSACTION ISOLATION LEVEL must be called before any query");
        }
        if (setting.equalsIgnoreCase("transaction_deferrable")) {
            throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION,
                    "SET TRANSACTION [NOT] DEFERRABLE must be called before any query");
        }
    }

    private Result commit(Transaction tx) {
        switch (tx.state()) {
            case FAILED -> {
                tx.rollback();
                return Result.of("ROLLBACK");
            }
            case BLOCK -> tx.commit();
            default -> {
                warn(SqlState.NO_ACTIVE_SQL_TRANSACTION, "there is no transaction in progress");
                tx.commit();
            }
        }
        return Result.of("COMMIT");
    }

    private Result show(Settings settings, String name) throws PgException {
        if (name == null) {
            return new Result("SHOW", settings.showAll());
        }
        String value = settings.get(name);
        if (value == null) {
            throw SettingDefinitions.unrecognized(name);
        }
        return new Result("SHOW", List.<Object[]>of(new Object[] {value}));
    }

    private Result discard(Settings settings, Transaction tx, String what) throws PgException {
        if (what.equals("all")) {
            if (tx.isBlock()) {
                throw new PgException(SqlState.ACTIVE_SQL_TRANSACTION,
                        "DISCARD ALL cannot run inside a transaction block");
            }
            settings.resetAll();
            session.closeCursor(null);
            session.deallocate(null);
        }
        return Result.of("DISCARD " + what.toUpperCase(Locale.ROOT));
    }

    /** A WARNING notice, unless client_min_messages asks for errors only. */
    private void warn(SqlState state, String message) {
        if (!"error".equals(session.get("client_min_messages"))) {
            session.sink().notice("WARNING", state, message);
        }
    }
}
