package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.SessionSettings;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The session's {@code TimeZone} for codecs: UTC when there is no session (tests, internal conversions). */
final class SessionZone {
    private SessionZone() {}

    static ZoneId of(SessionSettings session) {
        ZoneId zone = session == null ? null : session.timeZone();
        return zone == null ? ZoneOffset.UTC : zone;
    }
}
