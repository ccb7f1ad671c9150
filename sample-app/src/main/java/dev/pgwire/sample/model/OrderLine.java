package dev.pgwire.sample.model;

import dev.pgwire.annotations.PgColumn;
import dev.pgwire.annotations.PgTable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** One product on an order. */
@PgTable(description = "Order lines; the largest table")
public record OrderLine(
        @PgColumn(primaryKey = true, references = "orders", description = "References orders.id") long orderId,
        @PgColumn(primaryKey = true) int lineNo,
        @PgColumn(length = 16, description = "References products.sku") String sku,
        int quantity,
        @PgColumn(precision = 10, scale = 2) BigDecimal unitPrice,
        @PgColumn(precision = 5, scale = 2, description = "Discount in percent") BigDecimal discountPct) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** quantity × unit price less the discount, rounded to cents. */
    public BigDecimal amount() {
        BigDecimal gross = unitPrice.multiply(BigDecimal.valueOf(quantity));
        BigDecimal factor = HUNDRED.subtract(discountPct).divide(HUNDRED);
        return gross.multiply(factor).setScale(2, RoundingMode.HALF_EVEN);
    }
}
