package dev.pgwire.runtime.testing;

import dev.pgwire.runtime.query.SessionSettings;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * Immutable session settings for tests of the layers below the session (types, engine, catalog).
 * {@code timezone} is both a setting and {@link #timeZone()}; {@link #with} keeps them in step.
 */
public record TestSession(String user, String database, int backendPid, ZoneId timeZone, Map<String, String> settings)
        implements SessionSettings {
    /** User and database {@code test}, UTC, no settings. */
    public static final TestSession UTC = new TestSession("test", "test", 1, ZoneId.of("UTC"), Map.of());

    public TestSession {
        settings = Map.copyOf(settings);
    }

    /** {@link #UTC} in another time zone. */
    public static TestSession of(ZoneId zone) {
        return new TestSession(UTC.user, UTC.database, UTC.backendPid, zone, Map.of());
    }

    /** {@link #UTC} in the zone with this id. */
    public static TestSession of(String zone) {
        return of(ZoneId.of(zone));
    }

    /** A session like psql's against a fresh PostgreSQL: user and database {@code postgres}. */
    public static TestSession postgres() {
        return forUser("postgres", "postgres");
    }

    /** A session of {@code user} on {@code database}, in {@code Etc/UTC}. */
    public static TestSession forUser(String user, String database) {
        return new TestSession(user, database, 4242, ZoneId.of("Etc/UTC"), Map.of());
    }

    /** This session with one more setting. */
    public TestSession with(String name, String value) {
        Map<String, String> copy = new HashMap<>(settings);
        copy.put(name, value);
        ZoneId zone = name.equals("timezone") ? ZoneId.of(value) : timeZone;
        return new TestSession(user, database, backendPid, zone, copy);
    }

    /** This session with more settings. */
    public TestSession with(Map<String, String> more) {
        TestSession s = this;
        for (Map.Entry<String, String> e : more.entrySet()) {
            s = s.with(e.getKey(), e.getValue());
        }
        return s;
    }

    @Override
    public String get(String name) {
        String value = settings.get(name);
        return value == null && name.equals("timezone") ? timeZone.getId() : value;
    }
}
