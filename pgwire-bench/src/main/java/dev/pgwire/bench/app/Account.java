package dev.pgwire.bench.app;

import dev.pgwire.annotations.PgColumn;
import dev.pgwire.annotations.PgTable;

/** A row of pgbench's {@code pgbench_accounts}: {@code (aid int, bid int, abalance int, filler char(84))}. */
@PgTable(name = "pgbench_accounts", description = "pgbench accounts: 100,000 per unit of scale")
public record Account(
        @PgColumn(primaryKey = true) int aid,
        int bid,
        int abalance,
        @PgColumn(length = 84, description = "blank-padded to 84 characters, as char(84) is") String filler) {}
