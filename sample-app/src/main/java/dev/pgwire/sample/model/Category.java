package dev.pgwire.sample.model;

import dev.pgwire.annotations.PgColumn;
import dev.pgwire.annotations.PgTable;
import java.math.BigDecimal;

/** A product category and the VAT rate that applies to it. */
@PgTable(description = "Product categories")
public record Category(
        @PgColumn(primaryKey = true, length = 8) String code,
        String name,
        @PgColumn(precision = 4, scale = 2, description = "VAT rate in percent") BigDecimal vatRate) {}
