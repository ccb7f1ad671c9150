package dev.pgwire.sample.model;

import dev.pgwire.annotations.PgColumn;
import dev.pgwire.annotations.PgTable;

/** Stock of one product in one warehouse, computed from live counters when queried. */
@PgTable(description = "Stock per warehouse and product, as counted right now")
public record StockLevel(
        @PgColumn(primaryKey = true, description = "References warehouses.id") int warehouseId,
        @PgColumn(primaryKey = true, length = 16, description = "References products.sku") String sku,
        @PgColumn(description = "Units on the shelves") int onHand,
        @PgColumn(description = "Units promised to open orders") int reserved) {}
