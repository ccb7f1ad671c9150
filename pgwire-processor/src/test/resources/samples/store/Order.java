package store;

import dev.pgwire.annotations.PgColumn;
import dev.pgwire.annotations.PgIgnore;
import dev.pgwire.annotations.PgTable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@PgTable(description = "customer orders")
public record Order(
        @PgColumn(primaryKey = true) long orderId,
        @PgColumn(length = 40, description = "who ordered") String customer,
        @PgColumn(precision = 10, scale = 2) BigDecimal total,
        LocalDate day,
        Instant placedAt,
        Status status,
        @PgIgnore Object internal) {

    public enum Status { OPEN, SHIPPED }
}
