package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.testing.TestSession;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Catalog functions called directly; expected values are PostgreSQL 15's answers for the same input. */
class CatalogFunctionsTest {
    private final CatalogModel model = TestTables.customersAndOrders();

    @Test
    void formatTypeMatchesPostgres() {
        assertEquals("bpchar", format(1042, -1));
        assertEquals("character(1)", format(1042, 5));
        assertEquals("character", format(1042, null));
        assertEquals("character varying", format(1043, -1));
        assertEquals("character varying", format(1043, 0));
        assertEquals("numeric", format(1700, -1));
        assertEquals("numeric(12,2)", format(1700, 786438));
        assertEquals("timestamp(7) without time zone", format(1114, 7));
        assertEquals("timestamp with time zone", format(1184, -1));
        assertEquals("timestamp(3) with time zone", format(1184, 3));
        assertEquals("time without time zone", format(1083, -1));
        assertEquals("time(2) without time zone", format(1083, 2));
        assertEquals("time with time zone", format(1266, -1));
        assertEquals("\"char\"", format(18, -1));
        assertEquals("boolean[]", format(1000, -1));
        assertEquals("character varying(80)[]", format(1015, 84));
        assertEquals("text[]", format(1009, -1));
        assertEquals("customers", format(16386, -1));
        assertEquals("customers[]", format(16385, -1));
        assertEquals("???", format(99999, -1));
        assertEquals("interval", format(1186, -1));
        assertEquals("bit(12)", format(1560, 12));
        assertEquals("bit varying", format(1562, -1));
        assertEquals("regclass", format(2205, -1));
        assertEquals("boolean", format(16, null));
        assertEquals("bigint", format(20, -1));
        assertEquals("double precision", format(701, -1));
        assertNull(CatalogFunctions.formatType(model, null, 1));
    }

    @Test
    void sizePrettyMatchesPostgres() {
        assertEquals("0 bytes", UtilityFunctions.pgSizePretty(0L));
        assertEquals("10239 bytes", UtilityFunctions.pgSizePretty(10239L));
        assertEquals("10 kB", UtilityFunctions.pgSizePretty(10240L));
        assertEquals("1024 kB", UtilityFunctions.pgSizePretty(1048575L));
        assertEquals("20 MB", UtilityFunctions.pgSizePretty(20971520L));
        assertEquals("-118 MB", UtilityFunctions.pgSizePretty(-123456789L));
        assertEquals("8192 PB", UtilityFunctions.pgSizePretty(Long.MAX_VALUE));
    }

    @Test
    void quoteIdentMatchesPostgres() {
        assertEquals("abc", Names.quoteIdent("abc"));
        assertEquals("\"Abc\"", Names.quoteIdent("Abc"));
        assertEquals("\"select\"", Names.quoteIdent("select"));
        assertEquals("\"a b\"", Names.quoteIdent("a b"));
        assertEquals("\"a\"\"b\"", Names.quoteIdent("a\"b"));
        assertEquals("_x1", Names.quoteIdent("_x1"));
        assertEquals("name", Names.quoteIdent("name"));
        assertEquals("\"1a\"", Names.quoteIdent("1a"));
    }

    @Test
    void qualifiedNamesFoldUnquotedParts() {
        assertEquals(List.of("public", "customers"), Names.parseQualified(" Public . \"customers\" "));
        assertEquals(List.of("My \"T\""), Names.parseQualified("\"My \"\"T\"\"\""));
        assertNull(Names.parseQualified("a..b"));
        assertNull(Names.parseQualified("\"unterminated"));
        assertNull(Names.parseQualified("a b"));
        assertNull(Names.parseQualified(""));
    }

    @Test
    void regLookupsMatchPostgres() {
        TestSession session = TestSession.postgres();
        assertEquals(1043, CatalogFunctions.toRegtype(model, session, "varchar(10)"));
        assertEquals(1009, CatalogFunctions.toRegtype(model, session, "text[]"));
        assertEquals(701, CatalogFunctions.toRegtype(model, session, "double precision"));
        assertEquals(23, CatalogFunctions.toRegtype(model, session, "pg_catalog.int4"));
        assertEquals(16386, CatalogFunctions.toRegtype(model, session, "customers"));
        assertEquals(18, CatalogFunctions.toRegtype(model, session, "\"char\""));
        assertEquals(1042, CatalogFunctions.toRegtype(model, session, "char"));
        assertEquals(1184, CatalogFunctions.toRegtype(model, session, "timestamp with time zone"));
        assertNull(CatalogFunctions.toRegtype(model, session, "nope"));
        assertEquals(89, CatalogFunctions.toRegproc(model, session, "version"));
        assertEquals(1081, CatalogFunctions.toRegproc(model, session, "pg_catalog.format_type"));
        assertNull(CatalogFunctions.toRegproc(model, session, "generate_series"), "overloaded names are ambiguous");
        assertEquals(750, CatalogFunctions.toRegproc(model, session, "array_in"));
        assertEquals(16384, CatalogFunctions.toRegclass(model, session, "\"customers\""));
        assertNull(CatalogFunctions.toRegclass(model, session, "\"Customers\""));
        assertEquals(16384, CatalogFunctions.toRegclass(model, session, "postgres.public.customers"));
        assertNull(CatalogFunctions.toRegclass(model, session, "nope.customers"));
        PgException crossDatabase = pgError(() -> CatalogFunctions.toRegclass(model, session, "other.public.customers"));
        assertEquals(SqlState.FEATURE_NOT_SUPPORTED, crossDatabase.state());
        assertEquals("cross-database references are not implemented: \"other.public.customers\"",
                crossDatabase.getMessage());
        assertEquals(SqlState.SYNTAX_ERROR, pgError(() -> CatalogFunctions.toRegclass(model, session, "a.b.c.d")).state());
        assertEquals(1259, CatalogFunctions.toRegclass(model, session, "pg_class"));
        assertEquals(13207, CatalogFunctions.toRegnamespace(model, "information_schema"));
        assertNull(CatalogFunctions.toRegnamespace(model, "nope"));
    }

    @Test
    void searchPathDecidesVisibility() {
        CatalogModel m = CatalogModel.build(TestTables.registry(TestTables.customers(),
                TestTables.table("sales", "customers", "", TestTables.orders().rowType().columns())).snapshot());
        int publicCustomers = m.relationOid("public", "customers");
        int salesCustomers = m.relationOid("sales", "customers");
        TestSession s = TestSession.postgres();
        assertTrue(CatalogFunctions.pgTableIsVisible(m, s, publicCustomers));
        assertFalse(CatalogFunctions.pgTableIsVisible(m, s, salesCustomers));
        assertEquals(publicCustomers, CatalogFunctions.toRegclass(m, s, "customers"));
        assertEquals(List.of("pg_catalog", "public"), CatalogFunctions.currentSchemas(m, s, true));

        s = TestSession.postgres().with("search_path", "Sales, \"$user\", public");
        assertFalse(CatalogFunctions.pgTableIsVisible(m, s, publicCustomers));
        assertTrue(CatalogFunctions.pgTableIsVisible(m, s, salesCustomers));
        assertEquals(salesCustomers, CatalogFunctions.toRegclass(m, s, "customers"));
        assertEquals("sales", CatalogFunctions.currentSchema(m, s));
        assertEquals(List.of("sales", "public"), CatalogFunctions.currentSchemas(m, s, false));
        assertTrue(CatalogFunctions.pgTableIsVisible(m, s, 1259), "pg_catalog is searched implicitly");
        assertNull(CatalogFunctions.pgTableIsVisible(m, s, 123456));
    }

    @Test
    void descriptionsAndDefinitions() {
        assertEquals("Customers", CatalogFunctions.objDescriptionIn(model, 16384, "pg_class"));
        assertNull(CatalogFunctions.objDescriptionIn(model, 16389, "pg_class"));
        assertNull(CatalogFunctions.objDescriptionIn(model, 16384, "pg_namespace"));
        assertEquals("standard public schema", CatalogFunctions.objDescriptionIn(model, 2200, "pg_namespace"));
        assertEquals("default administrative connection database",
                CatalogFunctions.shobjDescription(model, 5, "pg_database"));
        assertNull(CatalogFunctions.shobjDescription(model, 5, "pg_authid"));
        assertNull(CatalogFunctions.colDescription(model, 16384, 1));
        assertNull(CatalogFunctions.colDescription(model, 16384, 9));
        assertEquals("CREATE UNIQUE INDEX orders_pkey ON public.orders USING btree (id)",
                CatalogFunctions.pgGetIndexdef(model, 16392));
        assertEquals("id", CatalogFunctions.pgGetIndexdefColumn(model, TestSession.postgres(), 16392, 1, true));
        assertEquals("", CatalogFunctions.pgGetIndexdefColumn(model, TestSession.postgres(), 16392, 2, true));
        assertNull(CatalogFunctions.pgGetIndexdef(model, 16389), "a table is not an index");
        TestSession session = TestSession.postgres();
        assertEquals("CREATE UNIQUE INDEX orders_pkey ON orders USING btree (id)",
                CatalogFunctions.pgGetIndexdefColumn(model, session, 16392, 0, true));
        assertEquals("CREATE UNIQUE INDEX orders_pkey ON public.orders USING btree (id)",
                CatalogFunctions.pgGetIndexdefColumn(model, session.with("search_path", "pg_catalog"), 16392, 0, true));
        assertEquals("PRIMARY KEY (id)", CatalogFunctions.pgGetConstraintdef(model, session, 16393));
        assertNull(CatalogFunctions.pgGetConstraintdef(model, session, 1));
        assertEquals("FOREIGN KEY (customer_id) REFERENCES customers(id)",
                CatalogFunctions.pgGetConstraintdef(model, session, 16394));
        assertEquals("FOREIGN KEY (customer_id) REFERENCES public.customers(id)",
                CatalogFunctions.pgGetConstraintdefPretty(model, session.with("search_path", "pg_catalog"), 16394, true));
    }

    @Test
    void sessionFunctionsReadTheSession() {
        TestSession s = TestSession.forUser("alice", "shop").with("application_name", "psql");
        assertEquals("shop", SessionFunctions.currentDatabase(s));
        assertEquals("alice", SessionFunctions.currentUser(s));
        assertEquals("alice", SessionFunctions.pgGetUserById(s, 10));
        assertEquals("pg_database_owner", SessionFunctions.pgGetUserById(s, 6171));
        assertEquals("unknown (OID=77)", SessionFunctions.pgGetUserById(s, 77));
        assertEquals("psql", SessionFunctions.currentSetting(s, "application_name"));
        assertEquals("Etc/UTC", SessionFunctions.currentSetting(s, "TimeZone"));
        assertEquals("15.0", SessionFunctions.currentSetting(s, "server_version"));
        assertNull(SessionFunctions.currentSettingMissingOk(s, "no_such", true));
        assertEquals(SqlState.UNDEFINED_OBJECT, pgError(() -> SessionFunctions.currentSetting(s, "no_such")).state());
        assertEquals("UTF8", SessionFunctions.pgEncodingToChar(6));
        assertTrue(SessionFunctions.version().startsWith("PostgreSQL 15.0 "));
    }

    @Test
    void functionSignaturesAndRolesMatchPostgres() {
        assertEquals("oid, integer", CatalogFunctions.pgGetFunctionArguments(model, 1081));
        assertEquals("text, text, boolean", CatalogFunctions.pgGetFunctionArguments(model, 2078));
        assertEquals("SETOF integer", CatalogFunctions.pgGetFunctionResult(model, 1067));
        assertEquals("SETOF record", CatalogFunctions.pgGetFunctionResult(model, 13208));
        assertEquals("name[]", CatalogFunctions.pgGetFunctionResult(model, 1403));
        assertNull(CatalogFunctions.pgGetFunctionResult(model, 1));
        assertEquals(6, SessionFunctions.pgCharToEncoding("utf-8"));
        assertEquals(-1, SessionFunctions.pgCharToEncoding("nope"));
        assertEquals(10, SessionFunctions.toRegrole(TestSession.postgres(), "postgres"));
        assertNull(SessionFunctions.toRegrole(TestSession.postgres(), "nobody"));
        assertEquals(0, SessionFunctions.pgMyTempSchema());
    }

    @Test
    void arrayHelpers() {
        List<Object> withNull = Arrays.asList("a", null, "c");
        assertEquals("a,c", UtilityFunctions.arrayToString(withNull, ","));
        assertEquals("a,*,c", UtilityFunctions.arrayToStringNull(withNull, ",", "*"));
        assertEquals(3, UtilityFunctions.arrayUpper(withNull, 1));
        assertEquals(1, UtilityFunctions.arrayLower(withNull, 1));
        assertNull(UtilityFunctions.arrayUpper(List.of(), 1));
        assertNull(UtilityFunctions.arrayUpper(withNull, 2));
    }

    /** The error a function raised, as the engine unwraps it. */
    private static PgException pgError(org.junit.jupiter.api.function.Executable call) {
        RuntimeException e = assertThrows(RuntimeException.class, call);
        assertEquals(RuntimeException.class, e.getClass());
        return (PgException) e.getCause();
    }

    private String format(int oid, Integer typmod) {
        return CatalogFunctions.formatType(model, oid, typmod);
    }
}
