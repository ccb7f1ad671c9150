package dev.pgwire.sample.model;

import dev.pgwire.annotations.PgColumn;
import dev.pgwire.annotations.PgTable;
import java.math.BigDecimal;
import java.time.Instant;

/** A customer's order; its lines live in {@code order_lines}. */
@PgTable(description = "Customer orders, current status included")
public record Order(
        @PgColumn(primaryKey = true) long id,
        @PgColumn(references = "customers", description = "References customers.id") long customerId,
        @PgColumn(references = "warehouses", description = "References warehouses.id") int warehouseId,
        OrderStatus status,
        Instant placedAt,
        Instant updatedAt,
        int lineCount,
        @PgColumn(precision = 12, scale = 2, description = "Sum of the lines after discounts, EUR") BigDecimal total) {

    /** This order moved to {@code newStatus} at {@code when}. */
    public Order withStatus(OrderStatus newStatus, Instant when) {
        return new Order(id, customerId, warehouseId, newStatus, placedAt, when, lineCount, total);
    }
}
