package dev.pgwire.bench.app;

import dev.pgwire.annotations.PgTable;
import java.util.List;

/** pgbench's small tables: branches, tellers and the (empty) history. */
public final class PgbenchTables {
    @PgTable(name = "pgbench_branches")
    final List<Branch> branches;

    @PgTable(name = "pgbench_tellers")
    final List<Teller> tellers;

    @PgTable(name = "pgbench_history")
    final List<History> history = List.of();

    public PgbenchTables(int scale) {
        this.branches = List.copyOf(PgbenchData.branches(scale));
        this.tellers = List.copyOf(PgbenchData.tellers(scale));
    }
}
