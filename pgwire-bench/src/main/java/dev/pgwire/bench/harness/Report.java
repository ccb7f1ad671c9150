package dev.pgwire.bench.harness;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything one harness run found.
 *
 * @param versions     component → version (JDK, PostgreSQL, pgbench, pgwire commit, ...)
 * @param settings     how each server was configured, for the report
 * @param evidence     by {@link BenchContext#key}: the hot-method profile of a missed target
 * @param loadSamples  one-minute load average at the start, before each workload, and at the end
 */
public record Report(
        BenchConfig config,
        Machine machine,
        Map<String, String> versions,
        Map<String, String> settings,
        List<Measurement> measurements,
        Map<String, String> evidence,
        List<Double> loadSamples,
        List<String> commands,
        Instant started,
        Duration elapsed) {}
