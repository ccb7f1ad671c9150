package dev.pgwire.sample.model;

import dev.pgwire.annotations.PgColumn;
import dev.pgwire.annotations.PgTable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Something the shop sells. */
@PgTable(description = "The product catalogue")
public record Product(
        @PgColumn(primaryKey = true, length = 16) String sku,
        String name,
        @PgColumn(length = 8, references = "categories", description = "References categories.code") String categoryCode,
        @PgColumn(precision = 10, scale = 2, description = "Price per unit, EUR") BigDecimal unitPrice,
        float weightKg,
        boolean discontinued,
        LocalDate introduced) {}
