package dev.pgwire.bench.harness;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Checks that the benchmark app serves the rows {@code pgbench -i} wrote: the small tables row by row, the
 * accounts by per-branch key ranges and the extremes of every column. Run before measuring, so that the two
 * servers are known to answer over the same data.
 */
final class DataCheck {
    static final List<String> QUERIES = List.of(
            "SELECT bid, bbalance, filler FROM pgbench_branches ORDER BY bid",
            "SELECT tid, bid, tbalance, filler FROM pgbench_tellers ORDER BY tid",
            "SELECT bid, count(*), min(aid), max(aid), min(abalance), max(abalance) FROM pgbench_accounts"
                    + " GROUP BY bid ORDER BY bid",
            "SELECT count(*), min(filler), max(filler), min(octet_length(filler)) FROM pgbench_accounts",
            "SELECT count(*) FROM pgbench_history");

    private DataCheck() {}

    /** Throws, naming the first query whose answers differ, unless both servers hold the same data. */
    static void verify(BenchServer postgres, BenchServer pgwire) throws IOException {
        try (WireClient pg = postgres.wire(0); WireClient pw = pgwire.wire(0)) {
            for (String sql : QUERIES) {
                List<List<String>> expected = pg.query(sql);
                List<List<String>> actual = pw.query(sql);
                if (!Objects.equals(expected, actual)) {
                    throw new IOException("pgwire's data differs from pgbench's: " + sql + "\n  PostgreSQL: "
                            + abbreviate(expected) + "\n  pgwire:     " + abbreviate(actual));
                }
            }
        }
    }

    private static String abbreviate(List<List<String>> rows) {
        String s = rows.toString();
        return s.length() > 300 ? s.substring(0, 297) + "..." : s;
    }
}
