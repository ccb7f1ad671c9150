package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.testing.TestSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The catalog relations scanned directly. Expected contents are what PostgreSQL 15 returns for the
 * same schema (see {@link TestTables}), except where noted: the exposed tables are read-only.
 */
class CatalogRelationsTest {
    private final CatalogModel model = TestTables.customersAndOrders();
    private final RelDataTypeFactory types = new JavaTypeFactoryImpl();

    @BeforeEach
    void bind() {
        CurrentSession.set(TestSession.postgres());
    }

    @AfterEach
    void unbind() {
        CurrentSession.clear();
    }

    @Test
    void everyRelationProducesRowsOfItsDeclaredShape() {
        for (SystemRelation r : BuiltinCatalog.relations()) {
            CatalogTable table = new CatalogTable(r, model);
            RelDataType rowType = table.getRowType(types);
            assertEquals(r.columns().size(), rowType.getFieldCount(), r.name());
            for (Object[] row : table.scan(null)) {
                assertEquals(rowType.getFieldCount(), row.length, r.name());
                for (RelDataTypeField f : rowType.getFieldList()) {
                    checkValue(r.name() + "." + f.getName(), f.getType(), row[f.getIndex()]);
                }
            }
        }
    }

    @Test
    void relationsNotMarkedSessionDependentNeverReadTheSession() {
        CurrentSession.clear();
        for (SystemRelation r : BuiltinCatalog.relations()) {
            if (!CatalogRelations.sessionDependent(r)) {
                assertNotNull(new CatalogTable(r, model).scan(null).toList(), r.name());
            }
        }
    }

    @Test
    void pgClassDescribesTablesAndKeyIndexes() {
        assertEquals(List.of(
                Arrays.asList("customers", "r", (short) 3, true, "p", "d", 2, 16386, 10),
                Arrays.asList("customers_pkey", "i", (short) 1, false, "p", "n", 403, 0, 10)),
                select("pg_catalog", "pg_class", r -> List.of(16384, 16387).contains(r[0]),
                        "relname", "relkind", "relnatts", "relhasindex", "relpersistence", "relreplident", "relam",
                        "reltype", "relowner"));
    }

    @Test
    void pgAttributeDescribesColumns() {
        assertEquals(List.of(
                Arrays.asList("id", 20, (short) 8, (short) 1, -1, true, "d", "p", true, 0, 0),
                Arrays.asList("name", 25, (short) -1, (short) 2, -1, false, "i", "x", true, 100, 0),
                Arrays.asList("email", 1043, (short) -1, (short) 3, 84, false, "i", "x", false, 100, 0)),
                select("pg_catalog", "pg_attribute", r -> r[0].equals(16384),
                        "attname", "atttypid", "attlen", "attnum", "atttypmod", "attbyval", "attalign", "attstorage",
                        "attnotnull", "attcollation", "attndims"));
    }

    @Test
    void pgIndexAndPgConstraintDescribePrimaryKeys() {
        assertEquals(List.of(Arrays.asList(16387, 16384, (short) 1, true, true, false, true, List.of((short) 1))),
                select("pg_catalog", "pg_index", r -> r[1].equals(16384), "indexrelid", "indrelid", "indnatts",
                        "indisunique", "indisprimary", "indisclustered", "indisvalid", "indkey"));
        assertEquals(List.of(Arrays.asList("orders_pkey", "p", 16389, 16392, List.of((short) 1), 2200, 0, null,
                                " ", " ", " ", null),
                        Arrays.asList("orders_customer_id_fkey", "f", 16389, 16387, List.of((short) 2), 2200, 16384,
                                List.of((short) 1), "a", "a", "s", List.of(410))),
                select("pg_catalog", "pg_constraint", r -> r[7].equals(16389), "conname", "contype", "conrelid",
                        "conindid", "conkey", "connamespace", "confrelid", "confkey", "confupdtype", "confdeltype",
                        "confmatchtype", "conpfeqop"));
    }

    @Test
    void pgNamespaceAndPgDescription() {
        assertEquals(List.of(List.of("pg_toast", 10), List.of("pg_catalog", 10), List.of("public", 6171),
                List.of("information_schema", 10)),
                select("pg_catalog", "pg_namespace", r -> true, "nspname", "nspowner"));
        assertEquals(List.of(List.of(99, 2615, 0, "reserved schema for TOAST tables"),
                List.of(11, 2615, 0, "system catalog schema"), List.of(2200, 2615, 0, "standard public schema"),
                List.of(16384, 1259, 0, "Customers")),
                select("pg_catalog", "pg_description", r -> true, "objoid", "classoid", "objsubid", "description"));
        assertEquals(List.of(List.of(5, 1262, "default administrative connection database")),
                select("pg_catalog", "pg_shdescription", r -> true, "objoid", "classoid", "description"));
    }

    @Test
    void pgTypeHasRowTypes() {
        assertEquals(List.of(Arrays.asList(16386, "customers", 2200, "c", 16384, 16385, "C")),
                select("pg_catalog", "pg_type", r -> r[0].equals(16386), "oid", "typname", "typnamespace", "typtype",
                        "typrelid", "typarray", "typcategory"));
        assertEquals(List.of(Arrays.asList("int4", (short) 4, true, 1007, 42, 43, "i", "p")),
                select("pg_catalog", "pg_type", r -> r[0].equals(23), "typname", "typlen", "typbyval", "typarray",
                        "typinput", "typoutput", "typalign", "typstorage"));
    }

    @Test
    void serverRelationsFollowTheSession() {
        CurrentSession.set(TestSession.forUser("alice", "shop").with("application_name", "psql"));
        assertEquals(List.of(List.of("postgres", 5, true), List.of("shop", 1, true)),
                select("pg_catalog", "pg_database", r -> true, "datname", "oid", "datallowconn"));
        assertEquals(List.of(List.of("alice", 10), List.of("pg_database_owner", 6171)),
                select("pg_catalog", "pg_roles", r -> true, "rolname", "oid"));
        assertEquals(List.of(List.of("psql", "Reporting and Logging / What to Log")),
                select("pg_catalog", "pg_settings", r -> r[0].equals("application_name"), "setting", "category"));
        assertEquals(List.of(List.of(1, "shop", 4242, "alice", "psql", "active")),
                select("pg_catalog", "pg_stat_activity", r -> true, "datid", "datname", "pid", "usename",
                        "application_name", "state"));
        assertEquals(List.of(List.of("Etc/UTC")),
                select("pg_catalog", "pg_settings", r -> r[0].equals("TimeZone"), "setting"));
    }

    @Test
    void pgTablesAndPgIndexes() {
        assertEquals(List.of(List.of("customers", "postgres", true), List.of("orders", "postgres", true)),
                select("pg_catalog", "pg_tables", r -> r[0].equals("public"), "tablename", "tableowner",
                        "hasindexes"));
        assertEquals(List.of(List.of("customers_pkey",
                        "CREATE UNIQUE INDEX customers_pkey ON public.customers USING btree (id)"),
                List.of("orders_pkey", "CREATE UNIQUE INDEX orders_pkey ON public.orders USING btree (id)")),
                select("pg_catalog", "pg_indexes", r -> true, "indexname", "indexdef"));
        assertTrue(select("pg_catalog", "pg_tables", r -> r[0].equals("pg_catalog"), "tablename")
                .contains(List.of("pg_class")));
    }

    @Test
    void informationSchemaColumnsMatchPostgres() {
        // PostgreSQL says is_updatable YES; these tables are read-only.
        assertEquals(List.of(
                Arrays.asList("customers", "id", 1, "NO", "bigint", null, null, 64, 2, 0, null, "pg_catalog", "int8", "1", "NO"),
                Arrays.asList("customers", "name", 2, "NO", "text", null, 1073741824, null, null, null, null, "pg_catalog", "text", "2", "NO"),
                Arrays.asList("customers", "email", 3, "YES", "character varying", 80, 320, null, null, null, null, "pg_catalog", "varchar", "3", "NO"),
                Arrays.asList("orders", "id", 1, "NO", "bigint", null, null, 64, 2, 0, null, "pg_catalog", "int8", "1", "NO"),
                Arrays.asList("orders", "customer_id", 2, "NO", "bigint", null, null, 64, 2, 0, null, "pg_catalog", "int8", "2", "NO"),
                Arrays.asList("orders", "total", 3, "YES", "numeric", null, null, 12, 10, 2, null, "pg_catalog", "numeric", "3", "NO"),
                Arrays.asList("orders", "placed_at", 4, "YES", "timestamp with time zone", null, null, null, null, null, 6, "pg_catalog", "timestamptz", "4", "NO")),
                select("information_schema", "columns", r -> r[1].equals("public"), "table_name", "column_name",
                        "ordinal_position", "is_nullable", "data_type", "character_maximum_length",
                        "character_octet_length", "numeric_precision", "numeric_precision_radix", "numeric_scale",
                        "datetime_precision", "udt_schema", "udt_name", "dtd_identifier", "is_updatable"));
    }

    @Test
    void informationSchemaConstraintsMatchPostgres() {
        List<List<Object>> constraints = new ArrayList<>(select("information_schema", "table_constraints",
                r -> r[4].equals("public"), "constraint_name", "table_name", "constraint_type", "is_deferrable",
                "initially_deferred", "enforced", "nulls_distinct"));
        constraints.sort((a, b) -> (a.get(1) + "|" + a.get(0)).compareTo(b.get(1) + "|" + b.get(0)));
        assertEquals(List.of(
                Arrays.asList("2200_16384_1_not_null", "customers", "CHECK", "NO", "NO", "YES", null),
                Arrays.asList("2200_16384_2_not_null", "customers", "CHECK", "NO", "NO", "YES", null),
                Arrays.asList("customers_pkey", "customers", "PRIMARY KEY", "NO", "NO", "YES", null),
                Arrays.asList("2200_16389_1_not_null", "orders", "CHECK", "NO", "NO", "YES", null),
                Arrays.asList("2200_16389_2_not_null", "orders", "CHECK", "NO", "NO", "YES", null),
                Arrays.asList("orders_customer_id_fkey", "orders", "FOREIGN KEY", "NO", "NO", "YES", null),
                Arrays.asList("orders_pkey", "orders", "PRIMARY KEY", "NO", "NO", "YES", null)), constraints);
        assertEquals(List.of(Arrays.asList("customers_pkey", "customers", "id", 1, null),
                        Arrays.asList("orders_pkey", "orders", "id", 1, null),
                        Arrays.asList("orders_customer_id_fkey", "orders", "customer_id", 1, 1)),
                select("information_schema", "key_column_usage", r -> true, "constraint_name", "table_name",
                        "column_name", "ordinal_position", "position_in_unique_constraint"));
        assertEquals(List.of(Arrays.asList("public", "orders_customer_id_fkey", "postgres", "public", "customers_pkey",
                        "NONE", "NO ACTION", "NO ACTION")),
                select("information_schema", "referential_constraints", r -> true, "constraint_schema",
                        "constraint_name", "unique_constraint_catalog", "unique_constraint_schema",
                        "unique_constraint_name", "match_option", "update_rule", "delete_rule"));
        assertEquals(List.of(List.of("customers", "id", "customers_pkey"), List.of("orders", "id", "orders_pkey"),
                        List.of("customers", "id", "orders_customer_id_fkey")),
                select("information_schema", "constraint_column_usage", r -> true, "table_name", "column_name",
                        "constraint_name"));
        assertEquals(List.of(List.of("customers", "customers_pkey"), List.of("orders", "orders_pkey"),
                        List.of("customers", "orders_customer_id_fkey")),
                select("information_schema", "constraint_table_usage", r -> true, "table_name", "constraint_name"));
        assertEquals(List.of(List.of("customers", "BASE TABLE", "NO", "NO"), List.of("orders", "BASE TABLE", "NO", "NO")),
                select("information_schema", "tables", r -> r[1].equals("public"), "table_name", "table_type",
                        "is_insertable_into", "is_typed"));
    }

    /** Scans a relation and projects the named columns of the rows that pass {@code filter}. */
    private List<List<Object>> select(String schema, String name, Predicate<Object[]> filter, String... columns) {
        SystemRelation r = BuiltinCatalog.relation(schema, name);
        assertNotNull(r, name);
        List<List<Object>> out = new ArrayList<>();
        for (Object[] row : new CatalogTable(r, model).scan(null)) {
            if (filter.test(row)) {
                List<Object> projected = new ArrayList<>();
                for (String c : columns) {
                    int i = r.indexOf(c);
                    assertTrue(i >= 0, name + "." + c);
                    projected.add(row[i]);
                }
                out.add(projected);
            }
        }
        return out;
    }

    /** Values must be in Calcite's internal representation of the declared type. */
    private static void checkValue(String where, RelDataType type, Object value) {
        if (value == null) {
            return;
        }
        SqlTypeName t = type.getSqlTypeName();
        Class<?> expected = switch (t) {
            case INTEGER -> Integer.class;
            case SMALLINT -> Short.class;
            case BIGINT, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> Long.class;
            case REAL -> Float.class;
            case DOUBLE -> Double.class;
            case BOOLEAN -> Boolean.class;
            case VARCHAR -> String.class;
            case ARRAY -> List.class;
            default -> null;
        };
        if (expected == null) {
            fail(where + ": unexpected column type " + t);
        }
        if (!expected.isInstance(value)) {
            fail(where + ": " + value.getClass().getSimpleName() + " in a " + t + " column");
        }
        if (t == SqlTypeName.ARRAY) {
            for (Object e : (List<?>) value) {
                checkValue(where + "[]", type.getComponentType(), e);
            }
        }
        assertFalse(t == SqlTypeName.VARCHAR && type.getPrecision() > 0 && ((String) value).length() > type.getPrecision(),
                where);
    }
}
