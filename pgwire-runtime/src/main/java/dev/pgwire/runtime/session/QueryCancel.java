package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.CancelSignal;

/**
 * The cancel flag of one session. A CancelRequest or statement_timeout only takes effect while a statement
 * runs, as in PostgreSQL; a terminated session stays cancelled.
 */
public final class QueryCancel implements CancelSignal {
    static final String USER_REQUEST = "canceling statement due to user request";
    static final String STATEMENT_TIMEOUT = "canceling statement due to statement timeout";
    static final String TERMINATED = "terminating connection: client disconnected";

    private volatile boolean running;
    private volatile String reason;
    private volatile boolean terminated;

    @Override
    public String cancelReason() {
        return terminated ? TERMINATED : reason;
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
