package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.query.SessionSettings;

/**
 * The session a query runs for, visible to session-dependent catalog functions
 * ({@code current_user}, {@code current_setting}, ...) and to {@code pg_settings}. Calcite calls those
 * functions from generated code that cannot see the session, so the engine sets it on the thread around
 * every execution step (planning excluded) and clears it afterwards.
 */
public final class CurrentSession {
    private static final ThreadLocal<SessionSettings> CURRENT = new ThreadLocal<>();

    private CurrentSession() {}

    /** The session of the query running on this thread, or null outside query execution. */
    public static SessionSettings get() {
        return CURRENT.get();
    }

    /**
     * The session of the running query.
     *
     * @throws IllegalStateException outside query execution; this also keeps the planner from
     *     folding session-dependent calls into constants
     */
    public static SessionSettings require() {
        SessionSettings s = CURRENT.get();
        if (s == null) {
            throw new IllegalStateException("no session is bound to this thread (CurrentSession.set was not called)");
        }
        return s;
    }

    public static void set(SessionSettings session) {
        CURRENT.set(session);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
