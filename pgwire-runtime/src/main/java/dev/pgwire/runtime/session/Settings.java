package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of one session: values to RESET to (defaults overlaid with startup parameters), session
 * values, and transaction-local values from SET LOCAL. Snapshots let a rolled-back transaction undo its
 * SETs, as PostgreSQL does. Keys are lower-case names. Not thread-safe: owned by the session's thread.
 */
final class Settings {
    /**
     * Per-transaction settings: a transaction starts with the session's default_* value, and SET changes
     * them for the current transaction only.
     */
    private static final Map<String, String> TRANSACTION_DEFAULTS = Map.of(
            "transaction_isolation", "default_transaction_isolation",
            "transaction_read_only", "default_transaction_read_only",
            "transaction_deferrable", "default_transaction_deferrable");

    private final Map<String, String> resetValues;
    private Map<String, String> values;
    private Map<String, String> local = new HashMap<>();

    /** Saved state, restored by ROLLBACK or ROLLBACK TO SAVEPOINT. */
    record Snapshot(Map<String, String> values, Map<String, String> local) {}

    /**
     * @param sessionDefaults values of settings without a fixed default (TimeZone, session_authorization)
     * @param startup         startup-packet settings, already split out of {@code options}
     */
    Settings(Map<String, String> sessionDefaults, Map<String, String> startup) throws PgException {
        Map<String, String> base = new HashMap<>();
        for (SettingDefinition d : SettingDefinitions.all()) {
            base.put(key(d.name()), d.defaultValue());
        }
        for (Map.Entry<String, String> e : sessionDefaults.entrySet()) {
            base.put(key(e.getKey()), e.getValue());
        }
        for (Map.Entry<String, String> e : startup.entrySet()) {
            base.put(key(e.getKey()), normalize(e.getKey(), e.getValue()));
        }
        base.values().removeIf(Objects::isNull);
        this.resetValues = Map.copyOf(base);
        this.values = new HashMap<>(base);
    }

    /** The current value, or null for an unknown setting. */
    String get(String name) {
        String k = key(name);
        String v = local.get(k);
        if (v != null) {
            return v;
        }
        String sessionDefault = TRANSACTION_DEFAULTS.get(k);
        return sessionDefault != null ? values.get(sessionDefault) : values.get(k);
    }

    /** The spelling SHOW uses as column name. */
    static String displayName(String name) {
        SettingDefinition d = SettingDefinitions.find(name);
        return d != null ? d.name() : key(name);
    }

    /** Whether {@code name} is a setting SHOW can display. */
    boolean exists(String name) {
        return get(name) != null;
    }

    /**
     * SET. A null value means DEFAULT, i.e. the value RESET would restore.
     *
     * @param transactionLocal SET LOCAL: lasts until the end of the transaction
     */
    void set(String name, String value, boolean transactionLocal) throws PgException {
        String k = key(name);
        String v = value == null ? resetValueOf(name) : normalize(name, value);
        if (transactionLocal || TRANSACTION_DEFAULTS.containsKey(k)) {
            local.put(k, v);
        } else {
            values.put(k, v);
            local.remove(k);
        }
    }

    void reset(String name) throws PgException {
        set(name, null, false);
    }

    void resetAll() {
        for (Map.Entry<String, String> e : resetValues.entrySet()) {
            SettingDefinition d = SettingDefinitions.find(e.getKey());
            if (d == null || !d.readOnly()) {
                values.put(e.getKey(), e.getValue());
            }
        }
        values.keySet().removeIf(k -> !resetValues.containsKey(k) && SettingDefinitions.find(k) == null);
        local.clear();
    }

    Snapshot snapshot() {
        return new Snapshot(Map.copyOf(values), Map.copyOf(local));
    }

    void restore(Snapshot s) {
        values = new HashMap<>(s.values());
        local = new HashMap<>(s.local());
    }

    /** Drops SET LOCAL values at commit or rollback. */
    void endTransaction() {
        local.clear();
    }

    /** Current values of the settings reported in ParameterStatus, by display name. */
    Map<String, String> reported() {
        Map<String, String> m = new LinkedHashMap<>();
        for (SettingDefinition d : SettingDefinitions.all()) {
            if (d.reported()) {
                m.put(d.name(), get(d.name()));
            }
        }
        return m;
    }

    /** Rows of SHOW ALL: name, setting, description, sorted by name like PostgreSQL. */
    List<Object[]> showAll() {
        List<Object[]> rows = new ArrayList<>();
        for (SettingDefinition d : SettingDefinitions.all()) {
            rows.add(new Object[] {d.name(), get(d.name()), d.description()});
        }
        for (String k : values.keySet()) {
            if (SettingDefinitions.find(k) == null) {
                rows.add(new Object[] {k, get(k), ""});
            }
        }
        rows.sort((a, b) -> ((String) a[0]).compareToIgnoreCase((String) b[0]));
        return rows;
    }

    private String resetValueOf(String name) throws PgException {
        String k = key(name);
        if (resetValues.containsKey(k)) {
            normalize(name, resetValues.get(k)); // checks that the setting may be changed at all
            return resetValues.get(k);
        }
        if (SettingDefinitions.isCustom(name)) {
            return "";
        }
        throw SettingDefinitions.unrecognized(name);
    }

    private static String normalize(String name, String value) throws PgException {
        SettingDefinition d = SettingDefinitions.find(name);
        if (d == null) {
            if (SettingDefinitions.isCustom(name)) {
                return value;
            }
            throw SettingDefinitions.unrecognized(name);
        }
        if (d.readOnly()) {
            throw new PgException(SqlState.CANT_CHANGE_RUNTIME_PARAM,
                    "parameter \"" + key(name) + "\" cannot be changed");
        }
        return d.normalizer().normalize(d.name(), value);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
