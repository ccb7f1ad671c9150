package dev.pgwire.runtime.session;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Per-session bounds and server-wide setting defaults.
 *
 * @param maxPreparedStatements named prepared statements one session may hold (the unnamed one is extra)
 * @param maxPortals            named portals one session may hold open (the unnamed one is extra)
 * @param settingDefaults       values of settings such as {@code statement_timeout} or
 *                              {@code idle_session_timeout} that sessions start with and RESET to; startup
 *                              parameters and SET still override them, as in PostgreSQL
 */
public record SessionLimits(int maxPreparedStatements, int maxPortals, Map<String, String> settingDefaults) {
    /** 1000 statements (drivers cache a few hundred at most), 100 portals, PostgreSQL's setting defaults. */
    public static final SessionLimits DEFAULT = new SessionLimits(1000, 100, Map.of());

    public SessionLimits {
        if (maxPreparedStatements < 0) {
            throw new IllegalArgumentException("maxPreparedStatements must not be negative: " + maxPreparedStatements);
        }
        if (maxPortals < 0) {
            throw new IllegalArgumentException("maxPortals must not be negative: " + maxPortals);
        }
        settingDefaults = Map.copyOf(Objects.requireNonNull(settingDefaults, "settingDefaults"));
    }

    public SessionLimits withMaxPreparedStatements(int n) {
        return new SessionLimits(n, maxPortals, settingDefaults);
    }

    public SessionLimits withMaxPortals(int n) {
        return new SessionLimits(maxPreparedStatements, n, settingDefaults);
    }

    /**
     * The same limits with a server-wide default for a setting, checked like a startup parameter.
     *
     * @throws IllegalArgumentException for an unknown setting or an invalid value
     */
    public SessionLimits withSettingDefault(String name, String value) {
        SettingDefinition d = SettingDefinitions.find(name);
        if (d == null || d.readOnly()) {
            throw new IllegalArgumentException("not a setting that can have a server default: " + name);
        }
        try {
            d.normalizer().normalize(d.name(), value);
        } catch (dev.pgwire.runtime.query.PgException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        java.util.Map<String, String> m = new java.util.HashMap<>(settingDefaults);
        m.put(d.name().toLowerCase(Locale.ROOT), value);
        return new SessionLimits(maxPreparedStatements, maxPortals, m);
    }
}
