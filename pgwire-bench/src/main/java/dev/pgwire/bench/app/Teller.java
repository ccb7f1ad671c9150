package dev.pgwire.bench.app;

import dev.pgwire.annotations.PgColumn;
import dev.pgwire.annotations.PgTable;

/** A row of pgbench's {@code pgbench_tellers}: {@code (tid int, bid int, tbalance int, filler char(84))}. */
@PgTable(name = "pgbench_tellers", description = "pgbench tellers: ten per branch")
public record Teller(
        @PgColumn(primaryKey = true) int tid,
        int bid,
        int tbalance,
        @PgColumn(length = 84, description = "NULL, as pgbench -i leaves it") String filler) {}
