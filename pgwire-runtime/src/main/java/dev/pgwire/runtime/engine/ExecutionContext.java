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

    /** {@code ?0, ?1, ...}: the names generated code reads parameters by, made once. */
    private static final String[] PARAMETER_NAMES = new String[64];

    static {
        for (int i = 0; i < PARAMETER_NAMES.length; i++) {
            PARAMETER_NAMES[i] = "?" + i;
        }
    }

    private final SchemaPlus rootSchema;
    private final JavaTypeFactory typeFactory;
    private final Map<String, Object> values;
    private final SessionSettings session;
    /** When the statement started: PostgreSQL fixes now() there. */
    private final long now;
    private TimeZone zone;
    private AtomicBoolean cancelFlag;

    ExecutionContext(
            SchemaPlus rootSchema,
            JavaTypeFactory typeFactory,
            Map<String, Object> internalParameters,
            Object[] parameters,
            SessionSettings session,
            CancelSignal cancel) {
        this.rootSchema = rootSchema;
        this.typeFactory = typeFactory;
        this.session = session;
        this.now = System.currentTimeMillis();
        Map<String, Object> v = new HashMap<>((internalParameters.size() + parameters.length + 2) * 2);
        v.putAll(internalParameters);
        for (int i = 0; i < parameters.length; i++) {
            v.put(i < PARAMETER_NAMES.length ? PARAMETER_NAMES[i] : "?" + i, parameters[i]);
        }
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

    /**
     * Parameters and plan values from the map; the clock, zone and user (which most plans never read) only
     * when asked. Calcite's timestamps are wall-clock milliseconds in the session's zone.
     */
    @Override
    public @Nullable Object get(String name) {
        Object v = values.get(name);
        if (v != null || values.containsKey(name)) {
            return v;
        }
        if (name.equals(Variable.UTC_TIMESTAMP.camelName) || name.equals(Variable.SYS_TIMESTAMP.camelName)) {
            return now;
        }
        if (name.equals(Variable.CURRENT_TIMESTAMP.camelName) || name.equals(Variable.LOCAL_TIMESTAMP.camelName)) {
            return now + zone().getOffset(now);
        }
        if (name.equals(Variable.TIME_ZONE.camelName)) {
            return zone();
        }
        if (name.equals(Variable.USER.camelName) || name.equals(Variable.SYSTEM_USER.camelName)) {
            return session.user();
        }
        if (name.equals(Variable.CANCEL_FLAG.camelName)) {
            if (cancelFlag == null) {
                cancelFlag = new AtomicBoolean();
            }
            return cancelFlag;
        }
        return null;
    }

    private TimeZone zone() {
        if (zone == null) {
            zone = TimeZone.getTimeZone(session.timeZone());
        }
        return zone;
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
