package dev.pgwire.bench.harness;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one harness run does: the data size, how long each load runs, how many repeats and connections.
 *
 * @param mode             {@code full} or {@code tiny}, for the report
 * @param scale            pgbench scale: 100,000 accounts per unit
 * @param source           how the benchmark app holds {@code pgbench_accounts}: {@code map} or {@code list}
 * @param pgbenchDuration  measured seconds of each pgbench run (a third of it is run before as warm-up, from 3 s)
 * @param repeats          measured runs of each latency query (after one warm-up run)
 * @param idleConnections  connections opened for the idle-memory workload
 * @param slowClientRows   rows of the slow client's result
 * @param profileSeconds   seconds of JFR profile taken for each missed target (0: none)
 * @param output           where the report goes ({@code null}: nowhere)
 * @param workDir          scratch directory (the PostgreSQL cluster, logs, profiles)
 */
public record BenchConfig(
        String mode,
        int scale,
        String source,
        Duration pgbenchDuration,
        int repeats,
        int idleConnections,
        long slowClientRows,
        int profileSeconds,
        Path output,
        Path workDir) {

    /** The full run recorded in BENCHMARKS.md (about 10 minutes on 2 cores). */
    public static BenchConfig full(Path output, Path workDir) {
        return new BenchConfig("full", 10, "map", Duration.ofSeconds(15), 5, 1000, 10_000_000L, 10, output,
                workDir);
    }

    /** CI's smoke run: every workload at a tiny size (well under a minute). */
    public static BenchConfig tiny(Path output, Path workDir) {
        return new BenchConfig("tiny", 1, "map", Duration.ofSeconds(1), 2, 20, 200_000L, 0, output, workDir);
    }

    public int accounts() {
        return scale * 100_000;
    }

    public BenchConfig withSource(String newSource) {
        return new BenchConfig(mode, scale, newSource, pgbenchDuration, repeats, idleConnections, slowClientRows,
                profileSeconds, output, workDir);
    }

    public BenchConfig withProfileSeconds(int seconds) {
        return new BenchConfig(mode, scale, source, pgbenchDuration, repeats, idleConnections, slowClientRows,
                seconds, output, workDir);
    }

    public BenchConfig withScale(int newScale) {
        return new BenchConfig(mode, newScale, source, pgbenchDuration, repeats, idleConnections, slowClientRows,
                profileSeconds, output, workDir);
    }
}
