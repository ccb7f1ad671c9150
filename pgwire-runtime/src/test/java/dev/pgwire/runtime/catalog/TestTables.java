package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.spi.Column;
import dev.pgwire.runtime.spi.ColumnType;
import dev.pgwire.runtime.spi.ForeignKey;
import dev.pgwire.runtime.spi.RowType;
import dev.pgwire.runtime.spi.Rows;
import dev.pgwire.runtime.spi.TableSource;
import dev.pgwire.runtime.tables.TableRegistry;
import java.util.List;

/**
 * The schema the expected values were captured from on PostgreSQL 15:
 * <pre>
 * CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL, email varchar(80));
 * COMMENT ON TABLE customers IS 'Customers';
 * CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers,
 *                      total numeric(12,2), placed_at timestamptz);
 * </pre>
 */
final class TestTables {
    private TestTables() {}

    static TableSource<Object[]> customers() {
        return table("public", "customers", "Customers", List.of(
                new Column("id", ColumnType.INT8, -1, -1, 0, false, true, ""),
                Column.of("name", ColumnType.TEXT, false),
                new Column("email", ColumnType.VARCHAR, 80, -1, 0, true, false, "")));
    }

    static TableSource<Object[]> orders() {
        return table("public", "orders", "", List.of(
                new Column("id", ColumnType.INT8, -1, -1, 0, false, true, ""),
                Column.of("customer_id", ColumnType.INT8, false).withReferences(ForeignKey.parse("customers")),
                new Column("total", ColumnType.NUMERIC, -1, 12, 2, true, false, ""),
                Column.of("placed_at", ColumnType.TIMESTAMPTZ, true)));
    }

    /** A registry with the given tables, added at once in the given order. */
    static TableRegistry registry(TableSource<?>... tables) {
        TableRegistry registry = new TableRegistry();
        registry.addTables(List.of(tables));
        return registry;
    }

    static CatalogModel customersAndOrders() {
        return CatalogModel.build(registry(customers(), orders()).snapshot());
    }

    static TableSource<Object[]> table(String schema, String name, String description, List<Column> columns) {
        RowType<Object[]> rowType = new RowType<>() {
            @Override
            public Class<Object[]> javaType() {
                return Object[].class;
            }

            @Override
            public List<Column> columns() {
                return columns;
            }

            @Override
            public void extract(Object[] row, Object[] out) {
                System.arraycopy(row, 0, out, 0, out.length);
            }
        };
        return new TableSource<>(schema, name, description, rowType, Rows.ofCollection(List::<Object[]>of));
    }
}
