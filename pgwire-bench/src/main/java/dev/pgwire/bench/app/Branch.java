package dev.pgwire.bench.app;

import dev.pgwire.annotations.PgColumn;
import dev.pgwire.annotations.PgTable;

/** A row of pgbench's {@code pgbench_branches}: {@code (bid int, bbalance int, filler char(88))}. */
@PgTable(name = "pgbench_branches", description = "pgbench branches: one per unit of scale")
public record Branch(
        @PgColumn(primaryKey = true) int bid,
        int bbalance,
        @PgColumn(length = 88, description = "NULL, as pgbench -i leaves it") String filler) {}
