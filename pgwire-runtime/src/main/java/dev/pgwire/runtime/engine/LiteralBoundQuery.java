package dev.pgwire.runtime.engine;

import dev.pgwire.runtime.query.CancelSignal;
import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.PreparedQuery;
import dev.pgwire.runtime.query.ResultColumn;
import dev.pgwire.runtime.query.ResultCursor;
import dev.pgwire.runtime.query.SessionSettings;
import java.util.List;

/**
 * A statement whose literals {@link LiteralNormalizer} turned into parameters: the shared compiled plan
 * of the normalised text, run with this statement's literals. To the client it is the statement it sent,
 * without parameters.
 */
final class LiteralBoundQuery implements PreparedQuery {
    private static final int[] NO_PARAMETERS = new int[0];

    private final CompiledQuery plan;
    private final Object[] literals;

    LiteralBoundQuery(CompiledQuery plan, Object[] literals) {
        this.plan = plan;
        this.literals = literals;
    }

    /** The shared plan, for diagnostics and tests. */
    CompiledQuery plan() {
        return plan;
    }

    @Override
    public List<ResultColumn> columns() {
        return plan.columns();
    }

    @Override
    public int[] parameterTypes() {
        return NO_PARAMETERS;
    }

    @Override
    public ResultCursor execute(Object[] params, SessionSettings session, CancelSignal cancel) throws PgException {
        return plan.execute(literals, session, cancel);
    }
}
