package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.query.SessionSettings;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** A session with a user, a database and settings, as the session layer would provide. */
final class TestSession implements SessionSettings {
    private final String user;
    private final String database;
    private final Map<String, String> settings = new HashMap<>();

    TestSession(String user, String database) {
        this.user = user;
        this.database = database;
    }

    /** A session like psql's against a fresh PostgreSQL: user and database {@code postgres}. */
    static TestSession postgres() {
        return new TestSession("postgres", "postgres");
    }

    TestSession with(String name, String value) {
        settings.put(name, value);
        return this;
    }

    @Override
    public String get(String name) {
        return settings.get(name);
    }

    @Override
    public ZoneId timeZone() {
        return ZoneId.of("Etc/UTC");
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public String database() {
        return database;
    }

    @Override
    public int backendPid() {
        return 4242;
    }
}
