package dev.pgwire.sample.model;

import dev.pgwire.annotations.PgColumn;
import dev.pgwire.annotations.PgIgnore;
import dev.pgwire.annotations.PgTable;
import java.math.BigDecimal;
import java.time.Instant;

/** Someone who places orders. */
@PgTable(description = "Registered customers")
public record Customer(
        @PgColumn(primaryKey = true) long id,
        @PgColumn(length = 80) String name,
        String email,
        @PgColumn(length = 2, description = "ISO 3166-1 alpha-2 country code") String country,
        CustomerTier tier,
        Instant createdAt,
        @PgColumn(precision = 12, scale = 2, description = "Open balance allowed, EUR") BigDecimal creditLimit,
        boolean active,
        @PgIgnore String passwordHash) {

    /** This customer with another tier. */
    public Customer withTier(CustomerTier newTier) {
        return new Customer(id, name, email, country, newTier, createdAt, creditLimit, active, passwordHash);
    }
}
