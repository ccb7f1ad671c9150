package dev.pgwire.runtime.engine;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.ResultCursor;
import dev.pgwire.runtime.query.SessionSettings;
import java.util.function.UnaryOperator;
import org.apache.calcite.linq4j.Enumerator;

/**
 * Streams the rows of one execution: pulls them one at a time from the plan's enumerator, converts
 * them to the wire representation into a reused array, and polls the cancel signal. Not thread-safe
 * (one session drives it); {@link #close} releases the enumerator and is idempotent.
 */
final class QueryCursor implements ResultCursor {
    private final Enumerator<?> rows;
    private final UnaryOperator<Object>[] converters;
    private final SessionSettings session;
    private final ExecutionContext.Cancellation cancel;
    private final Object[] out;
    private boolean closed;

    QueryCursor(Enumerator<?> rows, UnaryOperator<Object>[] converters, SessionSettings session,
            ExecutionContext.Cancellation cancel) {
        this.rows = rows;
        this.converters = converters;
        this.session = session;
        this.cancel = cancel;
        this.out = new Object[converters.length];
    }

    @Override
    public Object[] next() throws PgException {
        if (closed) {
            return null;
        }
        CatalogBridge.enter(session);
        try {
            // A volatile read per row; scans also poll, below sorts and aggregations that block.
            cancel.check();
            if (!rows.moveNext()) {
                close();
                return null;
            }
            Object row = rows.current();
            if (converters.length == 1) {
                // Calcite produces single-column rows as bare values.
                Object v = row instanceof Object[] a && a.length == 1 ? a[0] : row;
                out[0] = v == null ? null : converters[0].apply(v);
            } else {
                Object[] values = (Object[]) row;
                for (int i = 0; i < out.length; i++) {
                    Object v = values[i];
                    out[i] = v == null ? null : converters[i].apply(v);
                }
            }
            return out;
        } catch (RuntimeException | Error e) {
            close();
            throw ErrorTranslator.execution(e);
        } finally {
            CatalogBridge.exit();
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                rows.close();
            } catch (RuntimeException ignored) {
                // Closing releases iterators over application collections; nothing to report to the client.
            }
        }
    }
}
