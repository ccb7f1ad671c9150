package dev.pgwire.sample.model;

import dev.pgwire.annotations.PgColumn;
import dev.pgwire.annotations.PgTable;
import java.time.LocalDate;

/** A distribution centre; reference data that never changes while the service runs. */
@PgTable(description = "Distribution centres orders are shipped from")
public record Warehouse(
        @PgColumn(primaryKey = true) int id,
        @PgColumn(length = 8, description = "Short code printed on labels") String code,
        String city,
        @PgColumn(length = 2, description = "ISO 3166-1 alpha-2 country code") String country,
        @PgColumn(description = "IANA time zone of the site; label times are local to it") String timeZone,
        double latitude,
        double longitude,
        LocalDate opened) {}
