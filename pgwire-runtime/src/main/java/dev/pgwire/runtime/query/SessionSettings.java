package dev.pgwire.runtime.query;

import java.time.ZoneId;

/** What the engine may read of a session: its settings and identity. Implemented by the session layer. */
public interface SessionSettings {
    /** Current value of a setting (GUC) by lower-case name, or null when unknown. */
    String get(String name);

    /** The session's {@code TimeZone}. */
    ZoneId timeZone();

    /** {@code current_user} / {@code session_user}. */
    String user();

    /** {@code current_database()}. */
    String database();

    /** {@code pg_backend_pid()}. */
    int backendPid();
}
