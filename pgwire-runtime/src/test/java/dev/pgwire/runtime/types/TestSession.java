package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.SessionSettings;
import java.time.ZoneId;

/** A session with only a time zone, for codec tests. */
record TestSession(ZoneId timeZone) implements SessionSettings {
    static final TestSession UTC = new TestSession(ZoneId.of("UTC"));

    static TestSession of(String zone) {
        return new TestSession(ZoneId.of(zone));
    }

    @Override
    public String get(String name) {
        return name.equals("timezone") ? timeZone.getId() : null;
    }

    @Override
    public String user() {
        return "test";
    }

    @Override
    public String database() {
        return "test";
    }

    @Override
    public int backendPid() {
        return 1;
    }
}
