package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.CancelSignal;
import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;

/**
 * The cancel flag of one session. A CancelRequest or statement_timeout only takes effect while a statement
 * runs, as in PostgreSQL; a terminated session stays cancelled.
 */
public final class QueryCancel implements CancelSignal {
    static final String USER_REQUEST = "canceling statement due to user request";
    static final String STATEMENT_TIMEOUT = "canceling statement due to statement timeout";
    static final String TERMINATED = "terminating connection: client disconnected";
    static final String ADMIN_SHUTDOWN = "terminating connection due to administrator command";

    private volatile boolean running;
    private volatile String reason;
    private volatile boolean terminated;
    private volatile boolean shutdown;

    @Override
    public String cancelReason() {
        return terminated ? TERMINATED : shutdown ? ADMIN_SHUTDOWN : reason;
    }

    /**
     * The server is shutting down and its grace period is over: whatever runs now or later stops, and the
     * session ends with FATAL 57P01.
     */
    public void shutdown() {
        shutdown = true;
    }

    /** The FATAL error that ends a session stopped by {@link #shutdown()}, or null. */
    PgException shutdownError() {
        return shutdown && !terminated ? new PgException(SqlState.ADMIN_SHUTDOWN, ADMIN_SHUTDOWN) : null;
    }

    /** Cancels the running statement, if any. Called from other threads. */
    public void cancel(String why) {
        if (running) {
            reason = why;
        }
    }

    /** The connection is gone: whatever runs now or later stops. */
    public void terminate() {
        terminated = true;
    }

    void begin() {
        reason = null;
        running = true;
    }

    void end() {
        running = false;
        reason = null;
    }
}
