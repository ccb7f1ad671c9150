package dev.pgwire.sample.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.sample.SampleApp;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** pgjdbc's DatabaseMetaData, which GUI tools use to browse a database, answered from pgwire's catalog. */
@ExtendWith(QuietSample.class)
class MetadataTest {
    private static final List<String> TABLES = List.of("categories", "customers", "open_orders", "order_lines",
            "orders", "products", "shipments", "stock_levels", "warehouses");

    private final SampleApp.Embedded sample;

    MetadataTest(SampleApp.Embedded sample) {
        this.sample = sample;
    }

    @Test
    void getTablesListsEverySourceWithItsComment() throws SQLException {
        Map<String, String> remarks = new TreeMap<>();
        try (Connection c = QuietSample.connect(sample);
                ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                assertEquals("public", rs.getString("TABLE_SCHEM"));
                assertEquals("TABLE", rs.getString("TABLE_TYPE"));
                remarks.put(rs.getString("TABLE_NAME"), rs.getString("REMARKS"));
            }
        }
        assertEquals(TABLES, List.copyOf(remarks.keySet()));
        assertEquals("Orders neither delivered nor cancelled", remarks.get("open_orders"), "source-level description");
        assertEquals("Shipments handed to carriers; one per shipped order", remarks.get("shipments"), "row-type description");
    }

    @Test
    void getTablesWithAPatternAndNoTypeFilterAlsoListsPrimaryKeyIndexes() throws SQLException {
        Map<String, String> types = new TreeMap<>();
        try (Connection c = QuietSample.connect(sample);
                ResultSet rs = c.getMetaData().getTables(null, null, "order%", null)) {
            while (rs.next()) {
                types.put(rs.getString("TABLE_NAME"), rs.getString("TABLE_TYPE"));
            }
        }
        // As in PostgreSQL: every primary key is backed by an index named <table>_pkey.
        assertEquals(Map.of("order_lines", "TABLE", "order_lines_pkey", "INDEX", "orders", "TABLE", "orders_pkey", "INDEX"), types);
    }

    @Test
    void getColumnsDescribesTypesSizesAndNullability() throws SQLException {
        Map<String, Object[]> columns = new LinkedHashMap<>();
        try (Connection c = QuietSample.connect(sample);
                ResultSet rs = c.getMetaData().getColumns(null, "public", "shipments", "%")) {
            while (rs.next()) {
                columns.put(rs.getString("COLUMN_NAME"), new Object[] {
                    rs.getInt("DATA_TYPE"), rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE"),
                    rs.getInt("DECIMAL_DIGITS"), rs.getInt("NULLABLE"), rs.getInt("ORDINAL_POSITION"),
                    rs.getString("REMARKS")});
            }
        }
        assertEquals(39, columns.size());
        assertEquals(List.of("id", "order_id", "warehouse_id", "carrier"), List.copyOf(columns.keySet()).subList(0, 4));
        assertColumn(columns.get("id"), Types.BIGINT, "int8", DatabaseMetaData.columnNoNulls, 1);
        assertColumn(columns.get("tracking_number"), Types.VARCHAR, "varchar", DatabaseMetaData.columnNullable, 5);
        assertEquals(24, columns.get("tracking_number")[2], "varchar(24) size");
        assertColumn(columns.get("declared_value"), Types.NUMERIC, "numeric", DatabaseMetaData.columnNullable, 13);
        assertEquals(12, columns.get("declared_value")[2], "numeric precision");
        assertEquals(2, columns.get("declared_value")[3], "numeric scale");
        assertColumn(columns.get("signature_required"), Types.BIT, "bool", DatabaseMetaData.columnNoNulls, 8);
        assertColumn(columns.get("delivered_at"), Types.TIMESTAMP, "timestamptz", DatabaseMetaData.columnNullable, 21);
        assertColumn(columns.get("notes"), Types.VARCHAR, "text", DatabaseMetaData.columnNullable, 30);
        assertEquals("NULL until delivered", columns.get("delivered_at")[6], "column comment");
        assertColumn(columns.get("handling_codes"), Types.ARRAY, "_text", DatabaseMetaData.columnNullable, 31);
        assertColumn(columns.get("parcel_weights_g"), Types.ARRAY, "_int4", DatabaseMetaData.columnNullable, 32);
        assertColumn(columns.get("dimensions"), Types.OTHER, "jsonb", DatabaseMetaData.columnNullable, 33);
        assertColumn(columns.get("customs_reference"), Types.VARCHAR, "text", DatabaseMetaData.columnNullable, 34);
        assertColumn(columns.get("promised_transit"), Types.OTHER, "interval", DatabaseMetaData.columnNullable, 35);
        assertColumn(columns.get("window_start"), Types.TIME, "timetz", DatabaseMetaData.columnNullable, 37);
        assertColumn(columns.get("label_printer"), Types.OTHER, "inet", DatabaseMetaData.columnNullable, 38);
    }

    @Test
    void getPrimaryKeysInKeyOrder() throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection c = QuietSample.connect(sample);
                ResultSet rs = c.getMetaData().getPrimaryKeys(null, "public", "order_lines")) {
            while (rs.next()) {
                keys.add(rs.getInt("KEY_SEQ") + ":" + rs.getString("COLUMN_NAME"));
            }
        }
        keys.sort(null);
        assertEquals(List.of("1:order_id", "2:line_no"), keys);
    }

    @Test
    void foreignKeysDeclaredWithReferencesAreImportedAndExportedKeys() throws SQLException {
        List<String> imported = new ArrayList<>();
        List<String> exported = new ArrayList<>();
        List<String> cross = new ArrayList<>();
        try (Connection c = QuietSample.connect(sample)) {
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getImportedKeys(null, "public", "orders")) {
                while (rs.next()) {
                    imported.add(key(rs));
                }
            }
            try (ResultSet rs = md.getExportedKeys(null, "public", "customers")) {
                while (rs.next()) {
                    exported.add(key(rs));
                }
            }
            try (ResultSet rs = md.getCrossReference(null, "public", "orders", null, "public", "order_lines")) {
                while (rs.next()) {
                    cross.add(key(rs));
                }
            }
        }
        // pgjdbc orders imported keys by the referenced table; NO ACTION is importedKeyNoAction (3).
        assertEquals(List.of("customers.id <- orders.customer_id orders_customer_id_fkey customers_pkey 3/3",
                "warehouses.id <- orders.warehouse_id orders_warehouse_id_fkey warehouses_pkey 3/3"), imported);
        assertEquals(List.of("customers.id <- open_orders.customer_id open_orders_customer_id_fkey customers_pkey 3/3",
                "customers.id <- orders.customer_id orders_customer_id_fkey customers_pkey 3/3"), exported);
        assertEquals(List.of("orders.id <- order_lines.order_id order_lines_order_id_fkey orders_pkey 3/3"), cross);
    }

    private static String key(ResultSet rs) throws SQLException {
        return rs.getString("PKTABLE_NAME") + "." + rs.getString("PKCOLUMN_NAME") + " <- "
                + rs.getString("FKTABLE_NAME") + "." + rs.getString("FKCOLUMN_NAME") + " " + rs.getString("FK_NAME")
                + " " + rs.getString("PK_NAME") + " " + rs.getInt("UPDATE_RULE") + "/" + rs.getInt("DELETE_RULE");
    }

    @Test
    void getSchemasIncludesPublicAndTheCatalog() throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (Connection c = QuietSample.connect(sample); ResultSet rs = c.getMetaData().getSchemas()) {
            while (rs.next()) {
                schemas.add(rs.getString("TABLE_SCHEM"));
            }
        }
        assertTrue(schemas.contains("public"), schemas.toString());
        assertTrue(schemas.contains("pg_catalog"), schemas.toString());
    }

    @Test
    void databaseProductLooksLikePostgres15() throws SQLException {
        try (Connection c = QuietSample.connect(sample)) {
            DatabaseMetaData md = c.getMetaData();
            assertEquals("PostgreSQL", md.getDatabaseProductName());
            assertEquals(15, md.getDatabaseMajorVersion());
        }
    }

    private static void assertColumn(Object[] column, int sqlType, String typeName, int nullable, int position) {
        assertEquals(sqlType, column[0], typeName);
        assertEquals(typeName, column[1]);
        assertEquals(nullable, column[4], typeName + " nullability");
        assertEquals(position, column[5], typeName + " position");
    }
}
