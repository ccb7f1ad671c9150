package dev.pgwire.runtime.engine;

import dev.pgwire.runtime.catalog.CancelPolling;
import dev.pgwire.runtime.query.CancelSignal;
import dev.pgwire.runtime.query.SessionSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.schema.SchemaPlus;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What a compiled plan reads while it runs: the schema, bound parameters ({@code ?0, ?1, ...} in
 * Calcite's internal representation), the statement's clock and time zone, the session user and the
 * cancel signal.
 */
final class ExecutionContext implements DataContext {
    private static final String CANCEL_KEY = "pgwire.cancel";

    private final SchemaPlus rootSchema;
    private final JavaTypeFactory typeFactory;
    private final Map<String, Object> values;

    ExecutionContext(
            SchemaPlus rootSchema,
            JavaTypeFactory typeFactory,
            Map<String, Object> internalParameters,
            Object[] parameters,
            SessionSettings session,
            CancelSignal cancel) {
        this.rootSchema = rootSchema;
        this.typeFactory = typeFactory;
        Map<String, Object> v = new HashMap<>(internalParameters);
        for (int i = 0; i < parameters.length; i++) {
            v.put("?" + i, parameters[i]);
        }
        // PostgreSQL fixes now() at the start of the statement; Calcite's timestamps are wall-clock millis.
        long now = System.currentTimeMillis();
        TimeZone zone = TimeZone.getTimeZone(session.timeZone());
        long local = now + zone.getOffset(now);
        v.put(Variable.UTC_TIMESTAMP.camelName, now);
        v.put(Variable.CURRENT_TIMESTAMP.camelName, local);
        v.put(Variable.LOCAL_TIMESTAMP.camelName, local);
        v.put(Variable.SYS_TIMESTAMP.camelName, now);
        v.put(Variable.TIME_ZONE.camelName, zone);
        v.put(Variable.USER.camelName, session.user());
        v.put(Variable.SYSTEM_USER.camelName, session.user());
        v.put(Variable.CANCEL_FLAG.camelName, new AtomicBoolean());
        v.put(CANCEL_KEY, new Cancellation(cancel));
        v.put(CancelPolling.SIGNAL_KEY, cancel);
        this.values = v;
    }

    @Override
    public SchemaPlus getRootSchema() {
        return rootSchema;
    }

    @Override
    public JavaTypeFactory getTypeFactory() {
        return typeFactory;
    }

    @Override
    public QueryProvider getQueryProvider() {
        // Only queryable (LINQ) tables use it; the engine serves scannable tables.
        throw new UnsupportedOperationException("no query provider");
    }

    @Override
    public @Nullable Object get(String name) {
        return values.get(name);
    }

    /** The cancellation of the run {@code root} belongs to; never cancels for foreign contexts. */
    static Cancellation cancellation(DataContext root) {
        return root.get(CANCEL_KEY) instanceof Cancellation c ? c : new Cancellation(CancelSignal.NEVER);
    }

    /** Polled by scans and cursors; throws {@link QueryCanceledException} once the signal fires. */
    static final class Cancellation {
        private final CancelSignal signal;

        Cancellation(CancelSignal signal) {
            this.signal = signal;
        }

        void check() {
            String reason = signal.cancelReason();
            if (reason != null) {
                throw new QueryCanceledException(reason);
            }
        }
    }

    /** Unwinds a running plan when the client cancelled it or statement_timeout fired. */
    static final class QueryCanceledException extends RuntimeException {
        QueryCanceledException(String reason) {
            super(reason, null, false, false);
        }
    }
}
