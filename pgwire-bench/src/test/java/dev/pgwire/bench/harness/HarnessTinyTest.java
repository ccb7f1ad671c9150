package dev.pgwire.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole harness at its tiny size, against a real PostgreSQL 15 and the benchmark app in its own JVM:
 * checks that every workload produced figures (not what they are) and that the report was written.
 */
class HarnessTinyTest {
    @TempDir
    Path dir;

    @Test
    void everyWorkloadProducesFiguresForBothServers() throws Exception {
        assumeTrue(Files.isExecutable(PostgresCluster.binDir().resolve("pgbench")),
                "PostgreSQL 15 binaries not installed in " + PostgresCluster.binDir());
        Path output = dir.resolve("BENCHMARKS.md");
        Path work = Files.createDirectories(dir.resolve("work"));
        Report report = Harness.run(BenchConfig.tiny(output, work), System.getProperty("java.class.path"));

        Set<String> workloads = new TreeSet<>();
        for (Measurement m : report.measurements()) {
            workloads.add(m.workload().substring(0, m.workload().indexOf('.')));
            assertNotNull(m.postgres(), () -> "no PostgreSQL figure for " + m);
            // memory deltas may be slightly negative (the allocator returns pages); they must be numbers
            assertTrue(Double.isFinite(m.postgres()), () -> "not a number: " + m);
            if (isCopy(m) && m.pgwire() == null) {
                assertTrue(m.note().startsWith("not supported by pgwire"), m::toString);
            } else {
                assertNotNull(m.pgwire(), () -> "no pgwire figure for " + m);
            }
            if (m.unit() == Unit.TPS || m.unit() == Unit.ROWS_PER_SECOND || m.unit() == Unit.MILLIS) {
                assertTrue(m.postgres() > 0, () -> "PostgreSQL figure not positive: " + m);
                assertTrue(m.pgwire() == null || m.pgwire() > 0, () -> "pgwire figure not positive: " + m);
            }
        }
        assertEquals(Set.of("1", "2", "3", "4", "5", "6", "7", "8"), workloads);
        assertEquals(3, report.measurements().stream().filter(m -> m.workload().startsWith("5.")).count());

        String md = Files.readString(output, StandardCharsets.UTF_8);
        for (Measurement m : report.measurements()) {
            assertTrue(md.contains("| " + m.workload() + " | " + m.metric() + " |"), () -> "not in report: " + m);
        }
        assertTrue(md.contains("## Machine and versions") && md.contains("## Reproduce"), md);
        assertTrue(report.loadSamples().size() >= 2, "load sampled at start and end");
        assertTrue(List.of(report.versions().keySet().toArray()).containsAll(List.of("PostgreSQL", "JDK", "pgwire")),
                () -> report.versions().toString());
    }

    private static boolean isCopy(Measurement m) {
        return m.metric().startsWith("COPY");
    }
}
