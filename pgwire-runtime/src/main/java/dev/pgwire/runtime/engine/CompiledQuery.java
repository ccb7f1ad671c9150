package dev.pgwire.runtime.engine;

import dev.pgwire.runtime.query.CancelSignal;
import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.PreparedQuery;
import dev.pgwire.runtime.query.ResultColumn;
import dev.pgwire.runtime.query.ResultCursor;
import dev.pgwire.runtime.query.SessionSettings;
import dev.pgwire.runtime.query.SqlState;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.runtime.Bindable;
import org.apache.calcite.schema.SchemaPlus;

/**
 * A planned, compiled statement. Immutable and shared by every session that prepares the same text:
 * each {@link #execute} binds the compiled plan to a fresh {@link ExecutionContext}.
 */
final class CompiledQuery implements PreparedQuery {
    private final List<ResultColumn> columns;
    private final int[] parameterTypes;
    private final int[] markerParameter;
    private final RelDataType[] markerTypes;
    private final Bindable<?> bindable;
    private final Map<String, Object> internalParams;
    private final SchemaPlus rootSchema;
    private final JavaTypeFactory typeFactory;
    private final UnaryOperator<Object>[] converters;
    private final String explain;

    CompiledQuery(
            List<ResultColumn> columns,
            int[] parameterTypes,
            int[] markerParameter,
            RelDataType[] markerTypes,
            Bindable<?> bindable,
            Map<String, Object> internalParams,
            SchemaPlus rootSchema,
            JavaTypeFactory typeFactory,
            UnaryOperator<Object>[] converters,
            String explain) {
        this.columns = List.copyOf(columns);
        this.parameterTypes = parameterTypes.clone();
        this.markerParameter = markerParameter;
        this.markerTypes = markerTypes;
        this.bindable = bindable;
        this.internalParams = internalParams;
        this.rootSchema = rootSchema;
        this.typeFactory = typeFactory;
        this.converters = converters;
        this.explain = explain;
    }

    /** The physical plan, as {@code EXPLAIN} would print it. */
    String explain() {
        return explain;
    }

    /** The type the plan expects for each parameter ({@code $1..$n}), or null for one it never reads. */
    RelDataType[] parameterRelTypes() {
        RelDataType[] types = new RelDataType[parameterTypes.length];
        for (int m = markerParameter.length - 1; m >= 0; m--) {
            types[markerParameter[m]] = markerTypes[m];
        }
        return types;
    }

    @Override
    public List<ResultColumn> columns() {
        return columns;
    }

    @Override
    public int[] parameterTypes() {
        return parameterTypes.clone();
    }

    @Override
    public ResultCursor execute(Object[] params, SessionSettings session, CancelSignal cancel) throws PgException {
        Object[] given = params == null ? new Object[0] : params;
        if (given.length < parameterTypes.length) {
            throw new PgException(SqlState.PROTOCOL_VIOLATION, "bind message supplies " + given.length
                    + " parameters, but prepared statement requires " + parameterTypes.length);
        }
        Object[] markers = new Object[markerParameter.length];
        for (int i = 0; i < markers.length; i++) {
            markers[i] = ValueConversions.toCalcite(given[markerParameter[i]], markerTypes[i]);
        }
        CancelSignal signal = cancel == null ? CancelSignal.NEVER : cancel;
        ExecutionContext context =
                new ExecutionContext(rootSchema, typeFactory, internalParams, markers, session, signal);
        CatalogBridge.enter(session);
        try {
            Enumerator<?> rows = bindable.bind(context).enumerator();
            return new QueryCursor(rows, converters, session, ExecutionContext.cancellation(context));
        } catch (RuntimeException | Error e) {
            throw ErrorTranslator.execution(e);
        } finally {
            CatalogBridge.exit();
        }
    }
}
