package dev.pgwire.runtime.engine;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.PreparedQuery;
import dev.pgwire.runtime.query.QueryEngine;
import dev.pgwire.runtime.query.SessionSettings;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.tables.TableRegistry;

/** The SQL engine: Apache Calcite over the registry's tables. (Skeleton: replaced by the real engine.) */
public final class CalciteQueryEngine implements QueryEngine {
    private final TableRegistry registry;

    public CalciteQueryEngine(TableRegistry registry) {
        this.registry = registry;
    }

    @Override
    public PreparedQuery prepare(String sql, int[] parameterTypes, SessionSettings session) throws PgException {
        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "engine not implemented yet");
    }
}
