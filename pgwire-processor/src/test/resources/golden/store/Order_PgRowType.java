package store;

import dev.pgwire.runtime.spi.Column;
import dev.pgwire.runtime.spi.ColumnType;
import dev.pgwire.runtime.spi.RowType;
import dev.pgwire.runtime.spi.Values;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Columns of {@link Order} and their reflection-free extractor.
 */
@Generated("dev.pgwire.processor.PgTableProcessor")
public final class Order_PgRowType implements RowType<Order> {
    public static final Order_PgRowType INSTANCE = new Order_PgRowType();

    private static final List<Column> COLUMNS = List.of(
            new Column("order_id", ColumnType.INT8, -1, -1, 0, false, true, ""),
            new Column("customer", ColumnType.VARCHAR, 40, -1, 0, true, false, "who ordered"),
            new Column("total", ColumnType.NUMERIC, -1, 10, 2, true, false, ""),
            new Column("day", ColumnType.DATE, -1, -1, 0, true, false, ""),
            new Column("placed_at", ColumnType.TIMESTAMPTZ, -1, -1, 0, true, false, ""),
            new Column("status", ColumnType.TEXT, -1, -1, 0, true, false, ""));

    private Order_PgRowType() {
    }

    @Override
    public Class<Order> javaType() {
        return Order.class;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public void extract(Order row, Object[] out) {
        out[0] = row.orderId();
        out[1] = row.customer();
        out[2] = row.total();
        out[3] = Values.date(row.day());
        out[4] = Values.timestamptz(row.placedAt());
        out[5] = Values.text(row.status());
    }
}
