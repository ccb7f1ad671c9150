package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.query.SessionSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Cluster-wide relations: {@code pg_database}, roles, {@code pg_tablespace} and {@code pg_settings}.
 * The server has one role, the bootstrap role, shown under the session user's name, and serves any
 * database name, so these depend on the session.
 */
final class ServerRows {
    /** {@code pg_database.encoding} of UTF8. */
    private static final int UTF8 = 6;
    private static final String LOCALE = "C.UTF-8";
    static final String POSTGRES_DESCRIPTION = "default administrative connection database";

    private ServerRows() {}

    /**
     * {@code pg_stat_activity}: the querying session only. Other connections are not visible to the
     * catalog, and the statement text is not known here.
     */
    static List<Object[]> activity(SystemRelation rel, CatalogModel model, SessionSettings session) {
        SessionSettings s = RowSource.require(session);
        return List.<Object[]>of(new CatalogRow(rel)
                .set("datid", databaseOid(s.database()))
                .set("datname", s.database())
                .set("pid", s.backendPid())
                .set("usesysid", Oids.BOOTSTRAP_ROLE)
                .set("usename", s.user())
                .set("application_name", SessionFunctions.setting(s, "application_name"))
                .set("state", "active")
                .set("backend_type", "client backend")
                .values());
    }

    private static int databaseOid(String name) {
        return "postgres".equals(name) ? Oids.POSTGRES_DATABASE : Oids.OTHER_DATABASE;
    }

    static List<Object[]> databases(SystemRelation rel, CatalogModel model, SessionSettings session) {
        String current = RowSource.require(session).database();
        List<Object[]> rows = new ArrayList<>();
        rows.add(database(rel, Oids.POSTGRES_DATABASE, "postgres"));
        if (!"postgres".equals(current)) {
            rows.add(database(rel, Oids.OTHER_DATABASE, current));
        }
        return rows;
    }

    private static Object[] database(SystemRelation rel, int oid, String name) {
        return new CatalogRow(rel)
                .set("oid", oid)
                .set("datname", name)
                .set("datdba", Oids.BOOTSTRAP_ROLE)
                .set("encoding", UTF8)
                .set("datlocprovider", "c")
                .set("datistemplate", false)
                .set("datallowconn", true)
                .set("datconnlimit", -1)
                .set("datfrozenxid", 0)
                .set("datminmxid", 1)
                .set("dattablespace", Oids.DEFAULT_TABLESPACE)
                .set("datcollate", LOCALE)
                .set("datctype", LOCALE)
                .values();
    }

    /** {@code pg_roles}: the session user (as the bootstrap role) and {@code pg_database_owner}. */
    static List<Object[]> roles(SystemRelation rel, CatalogModel model, SessionSettings session) {
        SessionSettings s = RowSource.require(session);
        return List.of(role(rel, Oids.BOOTSTRAP_ROLE, s.user(), superuser(s), true, "********"),
                role(rel, Oids.PG_DATABASE_OWNER, "pg_database_owner", false, false, "********"));
    }

    /** {@code pg_authid}: like {@code pg_roles}, without passwords. */
    static List<Object[]> authIds(SystemRelation rel, CatalogModel model, SessionSettings session) {
        SessionSettings s = RowSource.require(session);
        return List.of(role(rel, Oids.BOOTSTRAP_ROLE, s.user(), superuser(s), true, null),
                role(rel, Oids.PG_DATABASE_OWNER, "pg_database_owner", false, false, null));
    }

    private static Object[] role(SystemRelation rel, int oid, String name, boolean superuser, boolean login,
            String password) {
        return new CatalogRow(rel)
                .set("oid", oid)
                .set("rolname", name)
                .set("rolsuper", superuser)
                .set("rolinherit", true)
                .set("rolcreaterole", false)
                .set("rolcreatedb", false)
                .set("rolcanlogin", login)
                .set("rolreplication", false)
                .set("rolconnlimit", -1)
                .set("rolpassword", password)
                .set("rolbypassrls", false)
                .values();
    }

    static List<Object[]> users(SystemRelation rel, CatalogModel model, SessionSettings session) {
        SessionSettings s = RowSource.require(session);
        return List.<Object[]>of(new CatalogRow(rel)
                .set("usename", s.user())
                .set("usesysid", Oids.BOOTSTRAP_ROLE)
                .set("usecreatedb", false)
                .set("usesuper", superuser(s))
                .set("userepl", false)
                .set("usebypassrls", false)
                .set("passwd", "********")
                .values());
    }

    static List<Object[]> sharedDescriptions(SystemRelation rel, CatalogModel model, SessionSettings session) {
        return List.<Object[]>of(new CatalogRow(rel).set("objoid", Oids.POSTGRES_DATABASE)
                .set("classoid", Oids.PG_DATABASE).set("description", POSTGRES_DESCRIPTION).values());
    }

    static List<Object[]> tablespaces(SystemRelation rel, CatalogModel model, SessionSettings session) {
        return List.of(
                new CatalogRow(rel).set("oid", Oids.DEFAULT_TABLESPACE).set("spcname", "pg_default")
                        .set("spcowner", Oids.BOOTSTRAP_ROLE).values(),
                new CatalogRow(rel).set("oid", Oids.GLOBAL_TABLESPACE).set("spcname", "pg_global")
                        .set("spcowner", Oids.BOOTSTRAP_ROLE).values());
    }

    /** The described settings with the session's current values. */
    static List<Object[]> settings(SystemRelation rel, CatalogModel model, SessionSettings session) {
        SessionSettings s = RowSource.require(session);
        List<Object[]> rows = new ArrayList<>();
        for (SettingDef d : BuiltinCatalog.settings()) {
            String value = SessionFunctions.setting(s, d.name());
            rows.add(new CatalogRow(rel)
                    .set("name", d.name())
                    .set("setting", value)
                    .set("unit", d.unit())
                    .set("category", d.category())
                    .set("short_desc", d.shortDescription())
                    .set("context", d.context())
                    .set("vartype", d.vartype())
                    .set("source", value != null && value.equals(d.bootValue()) ? "default" : "session")
                    .set("min_val", d.minValue())
                    .set("max_val", d.maxValue())
                    .set("enumvals", d.enumValues() == null ? null : SearchPath.splitList(trimBraces(d.enumValues())))
                    .set("boot_val", d.bootValue())
                    .set("reset_val", value)
                    .set("pending_restart", false)
                    .values());
        }
        return rows;
    }

    private static String trimBraces(String array) {
        return array.substring(1, array.length() - 1);
    }

    private static boolean superuser(SessionSettings s) {
        return "on".equals(s.get("is_superuser"));
    }
}
