package dev.pgwire.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
    private static final Measurement FAST = new Measurement("1. Point lookup", "pgbench -M prepared", Unit.TPS,
            1000.0, 1500.0, new Target.Ratio(1.2), "");
    private static final Measurement SLOW = new Measurement("3. Aggregate", "median", Unit.MILLIS, 50.0, 100.0,
            new Target.Ratio(2.0), "");
    private static final Measurement COPY = new Measurement("5. Bulk read", "COPY", Unit.ROWS_PER_SECOND,
            200_000.0, null, null, "not supported by pgwire yet");

    private static String render() {
        BenchConfig config = BenchConfig.full(Path.of("BENCHMARKS.md"), Path.of("/tmp"));
        Report report = new Report(config, new Machine(2, "Test CPU", 8L << 30, "6.1"),
                Map.of("JDK", "17"), Map.of("pgwire", "defaults"), List.of(FAST, SLOW, COPY),
                Map.of(BenchContext.key("3. Aggregate", "median"), "12 execution samples.\n"),
                List.of(1.0, 2.0, 3.0), List.of("pgbench -n -M prepared"), Instant.parse("2026-01-01T00:00:00Z"),
                Duration.ofSeconds(42));
        return MarkdownReport.render(report);
    }

    @Test
    void tableHasBothFiguresTheAdvantageAndTheVerdict() {
        String md = render();
        assertTrue(md.contains(
                "| 1. Point lookup | pgbench -M prepared | 1,000 tps | 1,500 tps | 1.50× | ≥ 1.2× | met |"), md);
        assertTrue(md.contains(
                "| 3. Aggregate | median | 50.00 ms | 100.0 ms | 0.50× | ≥ 2.0× | **missed** |"), md);
        assertTrue(md.contains("| 5. Bulk read | COPY | 200,000 rows/s | n/a | – |  |  |"), md);
        assertTrue(md.contains("**Targets: 1 met, 1 missed**: 3 (median)."), md);
    }

    @Test
    void smallRatiosKeepTheirDigits() {
        assertEquals("1.50×", MarkdownReport.ratio(1.5));
        assertEquals("0.12×", MarkdownReport.ratio(0.1234));
        assertEquals("0.00040×", MarkdownReport.ratio(0.0004));
    }

    @Test
    void missedTargetsCarryTheirProfileAndNotesTheirReason() {
        String md = render();
        String missed = md.substring(md.indexOf("## Missed targets"), md.indexOf("## Machine"));
        assertTrue(missed.contains("### 3. Aggregate: median") && missed.contains("12 execution samples."), missed);
        assertFalse(missed.contains("1. Point lookup"), missed);
        assertTrue(md.contains("- **5. Bulk read, COPY**: not supported by pgwire yet"), md);
    }

    @Test
    void machineLoadAndReproductionAreRecorded() {
        String md = render();
        assertTrue(md.contains("- CPU: 2 cores, Test CPU"), md);
        assertTrue(md.contains("1.00 at the start, 1.00–3.00 over the workloads, 3.00 at the end"), md);
        assertTrue(md.contains("- JDK: 17"), md);
        assertTrue(md.contains("- `pgbench -n -M prepared`"), md);
    }
}
