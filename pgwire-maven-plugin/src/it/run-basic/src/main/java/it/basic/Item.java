package it.basic;

import dev.pgwire.annotations.PgColumn;
import dev.pgwire.annotations.PgTable;

/** A row of the static {@code items} table. */
@PgTable(description = "Fixed test items")
public record Item(@PgColumn(primaryKey = true) int id, String name, double price) {}
