package dev.pgwire.bench.app;

import dev.pgwire.annotations.PgColumn;
import dev.pgwire.annotations.PgTable;
import java.time.LocalDateTime;

/** A row of pgbench's {@code pgbench_history}, which {@code pgbench -i} creates empty. */
@PgTable(name = "pgbench_history", description = "pgbench history: empty after pgbench -i")
public record History(
        Integer tid,
        Integer bid,
        Integer aid,
        Integer delta,
        LocalDateTime mtime,
        @PgColumn(length = 22) String filler) {}
