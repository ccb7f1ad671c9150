package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.query.SessionSettings;
import dev.pgwire.runtime.query.SqlState;
import java.util.List;
import java.util.Locale;

/**
 * Functions answered from the query's session and from the server's fixed identity. The generated
 * code passes the session (see {@link FunctionDef.Context#SESSION}). Privilege checks are all true:
 * every exposed table is readable by every client.
 */
public final class SessionFunctions {
    /** Clients (pgjdbc, psql, SQLAlchemy, ...) parse the number after "PostgreSQL ". */
    static final String VERSION = "PostgreSQL 15.0 (pgwire 0.1.0) on " + architecture()
            + "-pc-linux-gnu, compiled by javac " + Runtime.version().feature() + ", 64-bit";

    /** When this server started, as far as the catalog can tell: when the runtime first loaded it. */
    private static final long STARTED = System.currentTimeMillis();

    private SessionFunctions() {}

    public static String version() {
        return VERSION;
    }

    public static String currentDatabase(SessionSettings session) {
        return session.database();
    }

    public static String currentUser(SessionSettings session) {
        return session.user();
    }

    public static String sessionUser(SessionSettings session) {
        return session.user();
    }

    public static Integer pgBackendPid(SessionSettings session) {
        return session.backendPid();
    }

    public static String currentSetting(SessionSettings session, String name) {
        return currentSettingMissingOk(session, name, false);
    }

    public static String currentSettingMissingOk(SessionSettings session, String name, Boolean missingOk) {
        if (name == null) {
            return null;
        }
        String value = setting(session, name);
        if (value == null && !Boolean.TRUE.equals(missingOk)) {
            throw CatalogErrors.error(SqlState.UNDEFINED_OBJECT,
                    "unrecognized configuration parameter \"" + name + "\"");
        }
        return value;
    }

    /** {@code set_config}: settings cannot be changed from a query here, so this only echoes the value. */
    public static String setConfig(String name, String value, Boolean isLocal) {
        if (name == null) {
            throw CatalogErrors.error(SqlState.INVALID_PARAMETER_VALUE, "SET requires parameter name");
        }
        return value;
    }

    public static Boolean pgIsInRecovery() {
        return false;
    }

    /** The bootstrap role is shown as the session user, who therefore owns every object. */
    public static String pgGetUserById(SessionSettings session, Integer oid) {
        if (oid == null) {
            return null;
        }
        if (oid == Oids.BOOTSTRAP_ROLE) {
            return session.user();
        }
        if (oid == Oids.PG_DATABASE_OWNER) {
            return "pg_database_owner";
        }
        return "unknown (OID=" + Integer.toUnsignedString(oid) + ")";
    }

    public static String pgEncodingToChar(Integer encoding) {
        if (encoding == null) {
            return null;
        }
        return switch (encoding) {
            case 0 -> "SQL_ASCII";
            case 6 -> "UTF8";
            default -> "";
        };
    }

    public static Boolean hasPrivilege(String object, String privilege) {
        return object == null || privilege == null ? null : true;
    }

    public static Boolean hasPrivilegeOid(Integer object, String privilege) {
        return object == null || privilege == null ? null : true;
    }

    public static Boolean hasPrivilegeOf(String user, String object, String privilege) {
        return user == null || object == null || privilege == null ? null : true;
    }

    public static Boolean hasPrivilegeOfOid(String user, Integer object, String privilege) {
        return user == null || object == null || privilege == null ? null : true;
    }

    public static Boolean hasColumnPrivilegeOid(Integer table, String column, String privilege) {
        return table == null || column == null || privilege == null ? null : true;
    }

    /** The session user is the bootstrap role; {@code pg_database_owner} is the only other role. */
    public static Integer toRegrole(SessionSettings session, String name) {
        if (name == null) {
            return null;
        }
        List<String> parts = Names.parseQualified(name);
        if (parts == null || parts.size() != 1) {
            return null;
        }
        if (parts.get(0).equals(session.user())) {
            return Oids.BOOTSTRAP_ROLE;
        }
        return parts.get(0).equals("pg_database_owner") ? Oids.PG_DATABASE_OWNER : null;
    }

    public static Integer pgCharToEncoding(String name) {
        if (name == null) {
            return null;
        }
        return switch (name.toUpperCase(Locale.ROOT).replace("-", "").replace("_", "")) {
            case "UTF8", "UNICODE" -> 6;
            case "SQLASCII" -> 0;
            default -> -1;
        };
    }

    /** {@code timestamptz}, in the internal representation (milliseconds since the epoch). */
    public static Long pgPostmasterStartTime() {
        return STARTED;
    }

    public static Boolean pgJitAvailable() {
        return false;
    }

    /**
     * {@code pg_advisory_unlock_all()}: a session here never holds advisory locks, so there is nothing
     * to release. asyncpg's pool runs it whenever a connection goes back to the pool. The result is
     * void, whose text form is the empty string.
     */
    public static String pgAdvisoryUnlockAll() {
        return "";
    }

    /** No session has temporary tables here. */
    public static Integer pgMyTempSchema() {
        return 0;
    }

    public static Boolean pgIsOtherTempSchema(Integer namespace) {
        return namespace == null ? null : false;
    }

    /** A setting's value: the session's, else the documented default; null when unknown. */
    static String setting(SessionSettings session, String name) {
        String key = name.toLowerCase(Locale.ROOT);
        String value = session.get(key);
        if (value != null) {
            return value;
        }
        switch (key) {
            case "timezone":
                return session.timeZone().getId();
            case "session_authorization":
                return session.user();
            case "search_path":
                return SearchPath.DEFAULT;
            default:
                break;
        }
        for (SettingDef s : BuiltinCatalog.settings()) {
            if (s.name().equalsIgnoreCase(key)) {
                return s.defaultValue();
            }
        }
        return null;
    }

    private static String architecture() {
        String arch = System.getProperty("os.arch", "x86_64");
        return switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> arch;
        };
    }
}
