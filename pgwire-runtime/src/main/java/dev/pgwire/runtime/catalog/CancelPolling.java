package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.query.CancelSignal;
import dev.pgwire.runtime.query.SqlState;
import org.apache.calcite.DataContext;

/**
 * Lets row-producing catalog functions stop when the client cancels or statement_timeout fires. The
 * engine puts the run's {@link CancelSignal} into the {@link DataContext} under {@link #SIGNAL_KEY};
 * a generator polls it every {@value #INTERVAL} rows, as table scans do, so even an aggregate that
 * consumes a huge series before its first row stops promptly.
 */
public final class CancelPolling {
    /** The {@link DataContext} key of the running statement's {@link CancelSignal}. */
    public static final String SIGNAL_KEY = "pgwire.cancelSignal";
    /** Rows between two polls: cheap next to producing them, prompt next to a human's patience. */
    static final int INTERVAL = 1024;

    private final CancelSignal signal;
    private int sincePoll;

    private CancelPolling(CancelSignal signal) {
        this.signal = signal;
    }

    /** The poller of the run {@code root} belongs to; never cancels for contexts without a signal. */
    static CancelPolling of(DataContext root) {
        return new CancelPolling(root.get(SIGNAL_KEY) instanceof CancelSignal s ? s : CancelSignal.NEVER);
    }

    /** Counts one row; every {@value #INTERVAL} rows, throws a 57014 error if the signal has fired. */
    void row() {
        if (++sincePoll < INTERVAL) {
            return;
        }
        sincePoll = 0;
        String reason = signal.cancelReason();
        if (reason != null) {
            throw CatalogErrors.error(SqlState.QUERY_CANCELED, reason);
        }
    }
}
