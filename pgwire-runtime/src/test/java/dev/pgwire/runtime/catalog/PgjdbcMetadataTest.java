package dev.pgwire.runtime.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pgwire.runtime.PgWireServer;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * pgjdbc's {@link DatabaseMetaData} and {@link ResultSetMetaData} against a server over
 * {@link TestTables}. Expected values are what the same calls return from PostgreSQL 15 for the same
 * schema.
 */
class PgjdbcMetadataTest {
    private static PgWireServer server;
    private static Connection connection;

    @BeforeAll
    static void start() throws SQLException {
        server = PgWireServer.builder().port(0).user("postgres").database("postgres")
                .registry(TestTables.registry(TestTables.customers(), TestTables.orders())).start();
        connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres", "postgres", "");
    }

    @AfterAll
    static void stop() throws SQLException {
        if (connection != null) {
            connection.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void tablesAndColumns() throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        assertEquals(List.of("public|customers|TABLE|Customers", "public|orders|TABLE|null"),
                rows(md.getTables(null, "public", "%", new String[] {"TABLE"}),
                        "TABLE_SCHEM", "TABLE_NAME", "TABLE_TYPE", "REMARKS"));
        assertEquals(List.of(
                "id|-5|int8|19|0|0|NO|1|NO",
                "customer_id|-5|int8|19|0|0|NO|2|NO",
                "total|2|numeric|12|2|1|YES|3|NO",
                "placed_at|93|timestamptz|35|6|1|YES|4|NO"),
                rows(md.getColumns(null, "public", "orders", "%"), "COLUMN_NAME", "DATA_TYPE", "TYPE_NAME",
                        "COLUMN_SIZE", "DECIMAL_DIGITS", "NULLABLE", "IS_NULLABLE", "ORDINAL_POSITION",
                        "IS_AUTOINCREMENT"));
    }

    @Test
    void keysIndexesSchemasAndCatalogs() throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        assertEquals(List.of("orders|id|1|orders_pkey"),
                rows(md.getPrimaryKeys(null, "public", "orders"), "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ", "PK_NAME"));
        assertEquals(List.of("orders_pkey|f|id|1|A"),
                rows(md.getIndexInfo(null, "public", "orders", false, false), "INDEX_NAME", "NON_UNIQUE",
                        "COLUMN_NAME", "ORDINAL_POSITION", "ASC_OR_DESC"));
        assertEquals(List.of("information_schema", "pg_catalog", "public"), rows(md.getSchemas(), "TABLE_SCHEM"));
        // PostgreSQL also returns template1.
        assertEquals(List.of("postgres"), rows(md.getCatalogs(), "TABLE_CAT"));
        assertEquals(15, md.getDatabaseMajorVersion());
    }

    @Test
    void resultSetMetadataComesFromTheCatalog() throws SQLException {
        try (ResultSet rs = connection.createStatement().executeQuery("select id, name, email from customers")) {
            ResultSetMetaData m = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= m.getColumnCount(); i++) {
                columns.add(m.getColumnName(i) + "|" + m.getTableName(i) + "|" + m.isNullable(i) + "|"
                        + m.isAutoIncrement(i) + "|" + m.getColumnTypeName(i) + "|" + m.getPrecision(i));
            }
            assertEquals(List.of("id|customers|0|false|int8|19", "name|customers|0|false|text|2147483647",
                    "email|customers|1|false|varchar|80"), columns);
        }
    }

    private static List<String> rows(ResultSet rs, String... columns) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                StringJoiner j = new StringJoiner("|");
                for (String c : columns) {
                    j.add(String.valueOf(rs.getString(c)));
                }
                rows.add(j.toString());
            }
        }
        return rows;
    }
}
