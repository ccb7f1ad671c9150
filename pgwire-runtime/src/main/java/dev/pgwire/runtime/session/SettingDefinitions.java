package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.session.SettingDefinition.Normalizer;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The settings a session knows, with PostgreSQL 15's defaults. Names are case-insensitive; a name with a
 * dot ({@code myapp.flag}) is a custom setting and accepted like in PostgreSQL.
 */
final class SettingDefinitions {
    static final String SERVER_VERSION = "15.0 (pgwire)";

    private static final Map<String, SettingDefinition> BY_LOWER_NAME = new LinkedHashMap<>();

    static {
        Normalizer readOnlyTx = (name, value) -> {
            if (SettingValues.bool(name, value).equals("off")) {
                throw new PgException(SqlState.READ_ONLY_SQL_TRANSACTION,
                        "cannot set transaction read-write mode", "This server only serves read-only data.",
                        null, 0, null);
            }
            return "on";
        };
        Normalizer isolation = (name, value) -> SettingValues.oneOf(name, value,
                "serializable", "repeatable read", "read committed", "read uncommitted");
        Normalizer ms = SettingValues::milliseconds;

        // Reported to the client in ParameterStatus (PostgreSQL 15's GUC_REPORT set).
        add("application_name", "", true, false, Normalizer.ANY, "Sets the application name to be reported.");
        add("client_encoding", "UTF8", true, false, SettingValues::clientEncoding,
                "Sets the client's character set encoding.");
        add("DateStyle", "ISO, MDY", true, false, SettingValues::dateStyle,
                "Sets the display format for date and time values.");
        add("default_transaction_read_only", "on", true, false, readOnlyTx,
                "Sets the default read-only status of new transactions.");
        add("in_hot_standby", "off", true, true, Normalizer.ANY, "Shows whether hot standby is currently active.");
        add("integer_datetimes", "on", true, true, Normalizer.ANY, "Shows whether datetimes are integer based.");
        add("IntervalStyle", "postgres", true, false,
                (name, value) -> SettingValues.oneOf(name, value, "postgres"),
                "Sets the display format for interval values.");
        add("is_superuser", "on", true, true, Normalizer.ANY,
                "Shows whether the current user is a superuser.");
        add("server_encoding", "UTF8", true, true, Normalizer.ANY, "Shows the server (database) character set.");
        add("server_version", SERVER_VERSION, true, true, Normalizer.ANY, "Shows the server version.");
        add("session_authorization", null, true, true, Normalizer.ANY,
                "Sets the session user name.");
        add("standard_conforming_strings", "on", true, false, (name, value) -> {
            if (SettingValues.bool(name, value).equals("off")) {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                        "standard_conforming_strings cannot be turned off on this server");
            }
            return "on";
        }, "Causes '...' strings to treat backslashes literally.");
        add("TimeZone", null, true, false, SettingValues::timeZone,
                "Sets the time zone for displaying and interpreting time stamps.");

        // Not reported.
        add("bytea_output", "hex", false, false, (name, value) -> SettingValues.oneOf(name, value, "hex", "escape"),
                "Sets the output format for bytea.");
        add("client_min_messages", "notice", false, false, (name, value) -> SettingValues.oneOf(name, value,
                "debug5", "debug4", "debug3", "debug2", "debug1", "debug", "log", "notice", "warning", "error"),
                "Sets the message levels that are sent to the client.");
        // SQLAlchemy's MetaData.reflect() reads it (current_setting) for the tables' access method.
        add("default_table_access_method", "heap", false, false, Normalizer.ANY,
                "Sets the default table access method for new tables.");
        add("default_transaction_isolation", "read committed", false, false, isolation,
                "Sets the transaction isolation level of each new transaction.");
        add("default_transaction_deferrable", "off", false, false, SettingValues::bool,
                "Sets the default deferrable status of new transactions.");
        add("escape_string_warning", "on", false, false, SettingValues::bool,
                "Warn about backslash escapes in ordinary string literals.");
        add("extra_float_digits", "1", false, false, (name, value) -> SettingValues.integer(name, value, -15, 3),
                "Sets the number of digits displayed for floating-point values.");
        add("idle_in_transaction_session_timeout", "0", false, false, ms,
                "Sets the maximum allowed idle time between queries, when in a transaction.");
        add("idle_session_timeout", "0", false, false, ms,
                "Sets the maximum allowed idle time between queries, when not in a transaction.");
        add("lc_collate", "C", false, true, Normalizer.ANY, "Shows the collation order locale.");
        add("lc_ctype", "C", false, true, Normalizer.ANY, "Shows the character classification and case conversion locale.");
        add("lc_messages", "C", false, false, Normalizer.ANY, "Sets the language in which messages are displayed.");
        add("lc_monetary", "C", false, false, Normalizer.ANY, "Sets the locale for formatting monetary amounts.");
        add("lc_numeric", "C", false, false, Normalizer.ANY, "Sets the locale for formatting numbers.");
        add("lc_time", "C", false, false, Normalizer.ANY, "Sets the locale for formatting date and time values.");
        add("lock_timeout", "0", false, false, ms, "Sets the maximum allowed duration of any wait for a lock.");
        add("max_identifier_length", "63", false, true, Normalizer.ANY, "Shows the maximum identifier length.");
        add("row_security", "on", false, false, SettingValues::bool, "Enable row security.");
        add("search_path", "\"$user\", public", false, false, Normalizer.ANY,
                "Sets the schema search order for names that are not schema-qualified.");
        add("server_version_num", "150000", false, true, Normalizer.ANY, "Shows the server version as an integer.");
        add("statement_timeout", "0", false, false, ms, "Sets the maximum allowed duration of any statement.");
        add("synchronous_commit", "on", false, false, Normalizer.ANY,
                "Sets the current transaction's synchronization level.");
        add("timezone_abbreviations", "Default", false, false, Normalizer.ANY,
                "Selects a file of time zone abbreviations.");
        add("transaction_deferrable", "off", false, false, SettingValues::bool,
                "Whether to defer a read-only serializable transaction until it can be executed with no possible"
                        + " serialization failures.");
        add("transaction_isolation", "read committed", false, false, isolation,
                "Sets the current transaction's isolation level.");
        add("transaction_read_only", "on", false, false, readOnlyTx,
                "Sets the current transaction's read-only status.");
        add("work_mem", "4MB", false, false, Normalizer.ANY,
                "Sets the maximum memory to be used for query workspaces.");
    }

    private SettingDefinitions() {}

    private static void add(
            String name, String def, boolean reported, boolean readOnly, Normalizer normalizer, String description) {
        BY_LOWER_NAME.put(name.toLowerCase(Locale.ROOT),
                new SettingDefinition(name, def, reported, readOnly, normalizer, description));
    }

    /** The definition for a name in any case, or null. */
    static SettingDefinition find(String name) {
        return BY_LOWER_NAME.get(name.toLowerCase(Locale.ROOT));
    }

    static Collection<SettingDefinition> all() {
        return Collections.unmodifiableCollection(BY_LOWER_NAME.values());
    }

    /** PostgreSQL accepts any two-part name as a placeholder for an extension's setting. */
    static boolean isCustom(String name) {
        int dot = name.indexOf('.');
        return dot > 0 && dot < name.length() - 1;
    }

    static PgException unrecognized(String name) {
        return new PgException(SqlState.UNDEFINED_OBJECT,
                "unrecognized configuration parameter \"" + name.toLowerCase(Locale.ROOT) + "\"");
    }
}
