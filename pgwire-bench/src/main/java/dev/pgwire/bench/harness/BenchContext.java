package dev.pgwire.bench.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the workloads share: the configuration, both servers, pgbench, and what the report needs later. */
final class BenchContext {
    /** Re-runs a workload's load against pgwire for about {@code seconds}, while a profile records. */
    interface ProfileLoad {
        void run(int seconds) throws Exception;
    }

    final BenchConfig config;
    final PostgresCluster postgres;
    final PgwireProcess pgwire;
    final Pgbench pgbench;
    final Path workDir;
    /** One-minute load average when each workload started. */
    final List<Double> loadSamples = new ArrayList<>();
    /** By metric: how to reproduce its load on pgwire when its target is missed. */
    final Map<String, ProfileLoad> profileLoads = new LinkedHashMap<>();
    /** The exact commands, for the report's reproduction section. */
    final List<String> commands = new ArrayList<>();

    BenchContext(BenchConfig config, PostgresCluster postgres, PgwireProcess pgwire, Path workDir) {
        this.config = config;
        this.postgres = postgres;
        this.pgwire = pgwire;
        this.pgbench = new Pgbench(postgres.pgbench(), workDir);
        this.workDir = workDir;
    }

    /** The key of {@link #profileLoads} for a measurement. */
    static String key(String workload, String metric) {
        return workload + " / " + metric;
    }

    List<BenchServer> servers() {
        return List.of(postgres, pgwire);
    }

    /** Writes a pgbench script into the work directory. */
    Path script(String name, String text) throws IOException {
        return Files.writeString(workDir.resolve(name), text, StandardCharsets.UTF_8);
    }

    void sampleLoad() {
        loadSamples.add(Machine.loadAverage());
    }
}
