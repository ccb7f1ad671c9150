package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.SessionSettings;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** A session with a time zone and optional settings, for codec tests. */
record TestSession(ZoneId timeZone, Map<String, String> settings) implements SessionSettings {
    static final TestSession UTC = new TestSession(ZoneId.of("UTC"));

    TestSession(ZoneId timeZone) {
        this(timeZone, Map.of());
    }

    static TestSession of(String zone) {
        return new TestSession(ZoneId.of(zone));
    }

    /** This session with one more setting. */
    TestSession with(String name, String value) {
        Map<String, String> copy = new HashMap<>(settings);
        copy.put(name, value);
        return new TestSession(timeZone, Map.copyOf(copy));
    }

    @Override
    public String get(String name) {
        return name.equals("timezone") ? timeZone.getId() : settings.get(name);
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
