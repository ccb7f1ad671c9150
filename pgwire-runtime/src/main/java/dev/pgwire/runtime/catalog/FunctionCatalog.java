package dev.pgwire.runtime.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every function the catalog registers, with PostgreSQL 15's OIDs and signatures, so that
 * {@code pg_proc} and {@code to_regproc} describe exactly what can be called.
 */
public final class FunctionCatalog {
    static final int BOOL = 16;
    static final int NAME = 19;
    static final int INT8 = 20;
    static final int INT4 = 23;
    static final int REGPROC = 24;
    static final int TEXT = 25;
    static final int OID = 26;
    static final int NODE_TREE = 194;
    static final int NAME_ARRAY = 1003;
    static final int REGCLASS = 2205;
    static final int REGTYPE = 2206;
    static final int RECORD = 2249;
    static final int ANYARRAY = 2277;
    static final int REGNAMESPACE = 4089;
    static final int REGROLE = 4096;
    static final int TIMESTAMPTZ = 1184;
    static final int VOID = 2278;

    private static final List<FunctionDef> ALL = build();

    private FunctionCatalog() {}

    public static List<FunctionDef> all() {
        return ALL;
    }

    private static List<FunctionDef> build() {
        List<FunctionDef> f = new ArrayList<>();
        Class<?> s = SessionFunctions.class;
        Class<?> c = CatalogFunctions.class;
        Class<?> u = UtilityFunctions.class;
        Class<?> t = SetReturningFunctions.class;

        // Session and server.
        f.add(plain(89, "version", s, "version", 's', TEXT));
        f.add(session(861, "current_database", s, "currentDatabase", 's', NAME));
        f.add(session(745, "current_user", s, "currentUser", 's', NAME));
        f.add(session(746, "session_user", s, "sessionUser", 's', NAME));
        f.add(session(2026, "pg_backend_pid", s, "pgBackendPid", 's', INT4));
        f.add(session(2077, "current_setting", s, "currentSetting", 's', TEXT, TEXT));
        f.add(session(3294, "current_setting", s, "currentSettingMissingOk", 's', TEXT, TEXT, BOOL));
        f.add(plain(2078, "set_config", s, "setConfig", 'v', TEXT, TEXT, TEXT, BOOL));
        f.add(plain(3810, "pg_is_in_recovery", s, "pgIsInRecovery", 'v', BOOL));
        f.add(session(1642, "pg_get_userbyid", s, "pgGetUserById", 's', NAME, OID));
        f.add(plain(1597, "pg_encoding_to_char", s, "pgEncodingToChar", 's', NAME, INT4));
        f.add(plain(1926, "has_table_privilege", s, "hasPrivilege", 's', BOOL, TEXT, TEXT));
        f.add(plain(1927, "has_table_privilege", s, "hasPrivilegeOid", 's', BOOL, OID, TEXT));
        f.add(plain(1922, "has_table_privilege", s, "hasPrivilegeOf", 's', BOOL, NAME, TEXT, TEXT));
        f.add(plain(1923, "has_table_privilege", s, "hasPrivilegeOfOid", 's', BOOL, NAME, OID, TEXT));
        f.add(plain(2272, "has_schema_privilege", s, "hasPrivilege", 's', BOOL, TEXT, TEXT));
        f.add(plain(2273, "has_schema_privilege", s, "hasPrivilegeOid", 's', BOOL, OID, TEXT));
        f.add(plain(2268, "has_schema_privilege", s, "hasPrivilegeOf", 's', BOOL, NAME, TEXT, TEXT));
        f.add(plain(2269, "has_schema_privilege", s, "hasPrivilegeOfOid", 's', BOOL, NAME, OID, TEXT));
        f.add(plain(2254, "has_database_privilege", s, "hasPrivilege", 's', BOOL, TEXT, TEXT));
        f.add(plain(2255, "has_database_privilege", s, "hasPrivilegeOid", 's', BOOL, OID, TEXT));
        f.add(plain(2250, "has_database_privilege", s, "hasPrivilegeOf", 's', BOOL, NAME, TEXT, TEXT));
        f.add(plain(2251, "has_database_privilege", s, "hasPrivilegeOfOid", 's', BOOL, NAME, OID, TEXT));
        f.add(plain(2260, "has_function_privilege", s, "hasPrivilege", 's', BOOL, TEXT, TEXT));
        f.add(plain(2261, "has_function_privilege", s, "hasPrivilegeOid", 's', BOOL, OID, TEXT));
        f.add(plain(2185, "has_sequence_privilege", s, "hasPrivilege", 's', BOOL, TEXT, TEXT));
        f.add(plain(2186, "has_sequence_privilege", s, "hasPrivilegeOid", 's', BOOL, OID, TEXT));
        f.add(plain(3020, "has_column_privilege", s, "hasPrivilegeOf", 's', BOOL, TEXT, TEXT, TEXT));
        f.add(plain(3022, "has_column_privilege", s, "hasColumnPrivilegeOid", 's', BOOL, OID, TEXT, TEXT));
        f.add(plain(2709, "pg_has_role", s, "hasPrivilege", 's', BOOL, NAME, TEXT));
        f.add(plain(2705, "pg_has_role", s, "hasPrivilegeOf", 's', BOOL, NAME, NAME, TEXT));
        f.add(session(4093, "to_regrole", s, "toRegrole", 's', REGROLE, TEXT));
        f.add(plain(1264, "pg_char_to_encoding", s, "pgCharToEncoding", 's', INT4, NAME));
        f.add(plain(2560, "pg_postmaster_start_time", s, "pgPostmasterStartTime", 's', TIMESTAMPTZ));
        f.add(plain(315, "pg_jit_available", s, "pgJitAvailable", 'v', BOOL));
        f.add(plain(2892, "pg_advisory_unlock_all", s, "pgAdvisoryUnlockAll", 'v', VOID));
        f.add(plain(2854, "pg_my_temp_schema", s, "pgMyTempSchema", 's', OID));
        f.add(plain(2855, "pg_is_other_temp_schema", s, "pgIsOtherTempSchema", 's', BOOL, OID));

        // Catalog lookups: they read the model.
        f.add(modelAndSession(1402, "current_schema", c, "currentSchema", 's', NAME));
        f.add(modelAndSession(1403, "current_schemas", c, "currentSchemas", 's', NAME_ARRAY, BOOL));
        f.add(modelAndSession(2079, "pg_table_is_visible", c, "pgTableIsVisible", 's', BOOL, OID));
        f.add(modelAndSession(2080, "pg_type_is_visible", c, "pgTypeIsVisible", 's', BOOL, OID));
        f.add(modelAndSession(2081, "pg_function_is_visible", c, "pgFunctionIsVisible", 's', BOOL, OID));
        f.add(plain(3815, "pg_collation_is_visible", c, "pgCollationIsVisible", 's', BOOL, OID));
        f.add(model(1081, "format_type", c, "formatType", 's', TEXT, OID, INT4));
        f.add(model(1348, "obj_description", c, "objDescription", 's', TEXT, OID));
        f.add(model(1215, "obj_description", c, "objDescriptionIn", 's', TEXT, OID, NAME));
        f.add(model(1216, "col_description", c, "colDescription", 's', TEXT, OID, INT4));
        f.add(model(1993, "shobj_description", c, "shobjDescription", 's', TEXT, OID, NAME));
        f.add(model(1643, "pg_get_indexdef", c, "pgGetIndexdef", 's', TEXT, OID));
        f.add(modelAndSession(2507, "pg_get_indexdef", c, "pgGetIndexdefColumn", 's', TEXT, OID, INT4, BOOL));
        f.add(modelAndSession(1387, "pg_get_constraintdef", c, "pgGetConstraintdef", 's', TEXT, OID));
        f.add(modelAndSession(2508, "pg_get_constraintdef", c, "pgGetConstraintdefPretty", 's', TEXT, OID, BOOL));
        f.add(modelAndSession(3495, "to_regclass", c, "toRegclass", 's', REGCLASS, TEXT));
        f.add(modelAndSession(3493, "to_regtype", c, "toRegtype", 's', REGTYPE, TEXT));
        f.add(model(4086, "to_regnamespace", c, "toRegnamespace", 's', REGNAMESPACE, TEXT));
        f.add(modelAndSession(3494, "to_regproc", c, "toRegproc", 's', REGPROC, TEXT));
        f.add(model(2162, "pg_get_function_arguments", c, "pgGetFunctionArguments", 's', TEXT, OID));
        f.add(model(2232, "pg_get_function_identity_arguments", c, "pgGetFunctionArguments", 's', TEXT, OID));
        f.add(model(2165, "pg_get_function_result", c, "pgGetFunctionResult", 's', TEXT, OID));

        // Values the in-memory tables do not have: sizes, expressions, view and key definitions.
        f.add(plain(1716, "pg_get_expr", u, "pgGetExpr", 's', TEXT, NODE_TREE, OID));
        f.add(plain(2509, "pg_get_expr", u, "pgGetExprPretty", 's', TEXT, NODE_TREE, OID, BOOL));
        f.add(plain(3352, "pg_get_partkeydef", u, "pgGetPartkeydef", 's', TEXT, OID));
        f.add(plain(1641, "pg_get_viewdef", u, "pgGetViewdef", 's', TEXT, OID));
        f.add(plain(2506, "pg_get_viewdef", u, "pgGetViewdefPretty", 's', TEXT, OID, BOOL));
        f.add(plain(6174, "pg_get_statisticsobjdef_columns", u, "pgGetStatisticsobjdefColumns", 's', TEXT, OID));
        f.add(plain(6121, "pg_relation_is_publishable", u, "pgRelationIsPublishable", 's', BOOL, REGCLASS));
        f.add(plain(3778, "pg_tablespace_location", u, "pgTablespaceLocation", 's', TEXT, OID));
        f.add(plain(2325, "pg_relation_size", u, "pgRelationSize", 'v', INT8, REGCLASS));
        f.add(plain(2997, "pg_table_size", u, "pgRelationSize", 'v', INT8, REGCLASS));
        f.add(plain(2286, "pg_total_relation_size", u, "pgRelationSize", 'v', INT8, REGCLASS));
        f.add(plain(2998, "pg_indexes_size", u, "pgRelationSize", 'v', INT8, REGCLASS));
        f.add(plain(2168, "pg_database_size", u, "pgDatabaseSize", 'v', INT8, NAME));
        f.add(plain(2324, "pg_database_size", u, "pgDatabaseSizeOid", 'v', INT8, OID));
        f.add(plain(1665, "pg_get_serial_sequence", u, "pgGetSerialSequence", 's', TEXT, TEXT, TEXT));
        f.add(plain(1662, "pg_get_triggerdef", u, "pgGetTriggerdef", 's', TEXT, OID));
        f.add(plain(2730, "pg_get_triggerdef", u, "pgGetTriggerdefPretty", 's', TEXT, OID, BOOL));
        f.add(plain(1573, "pg_get_ruledef", u, "pgGetRuledef", 's', TEXT, OID));
        f.add(plain(2288, "pg_size_pretty", u, "pgSizePretty", 'i', TEXT, INT8));
        f.add(plain(1282, "quote_ident", u, "quoteIdent", 'i', TEXT, TEXT));
        f.add(plain(395, "array_to_string", u, "arrayToString", 's', TEXT, ANYARRAY, TEXT));
        f.add(plain(384, "array_to_string", u, "arrayToStringNull", 's', TEXT, ANYARRAY, TEXT, TEXT));
        f.add(plain(2092, "array_upper", u, "arrayUpper", 'i', INT4, ANYARRAY, INT4));
        f.add(plain(2091, "array_lower", u, "arrayLower", 'i', INT4, ANYARRAY, INT4));

        // Set-returning.
        f.add(set(1067, "pg_catalog", "generate_series", t, "generateSeries", INT4, INT4, INT4));
        f.add(set(1066, "pg_catalog", "generate_series", t, "generateSeriesStep", INT4, INT4, INT4, INT4));
        f.add(set(1069, "pg_catalog", "generate_series", t, "generateSeriesBig", INT8, INT8, INT8));
        f.add(set(13208, "information_schema", "_pg_expandarray", t, "expandArray", RECORD, ANYARRAY));
        f.add(set(3425, "pg_catalog", "pg_partition_ancestors", t, "partitionAncestors", REGCLASS, REGCLASS));
        return Collections.unmodifiableList(f);
    }

    private static FunctionDef plain(int oid, String name, Class<?> impl, String method, char volatility, int ret,
            int... args) {
        return of(oid, name, impl, method, volatility, FunctionDef.Context.NONE, ret, args);
    }

    private static FunctionDef session(int oid, String name, Class<?> impl, String method, char volatility, int ret,
            int... args) {
        return of(oid, name, impl, method, volatility, FunctionDef.Context.SESSION, ret, args);
    }

    private static FunctionDef modelAndSession(int oid, String name, Class<?> impl, String method, char volatility,
            int ret, int... args) {
        return of(oid, name, impl, method, volatility, FunctionDef.Context.MODEL_AND_SESSION, ret, args);
    }

    private static FunctionDef of(int oid, String name, Class<?> impl, String method, char volatility,
            FunctionDef.Context context, int ret, int... args) {
        return new FunctionDef(oid, "pg_catalog", name, boxed(args), ret, false, volatility, impl, method, context);
    }

    private static FunctionDef model(int oid, String name, Class<?> impl, String method, char volatility, int ret,
            int... args) {
        return of(oid, name, impl, method, volatility, FunctionDef.Context.MODEL, ret, args);
    }

    private static FunctionDef set(int oid, String schema, String name, Class<?> impl, String method, int ret,
            int... args) {
        return new FunctionDef(oid, schema, name, boxed(args), ret, true, 'i', impl, method, FunctionDef.Context.NONE);
    }

    private static List<Integer> boxed(int[] args) {
        List<Integer> out = new ArrayList<>(args.length);
        for (int a : args) {
            out.add(a);
        }
        return out;
    }
}
