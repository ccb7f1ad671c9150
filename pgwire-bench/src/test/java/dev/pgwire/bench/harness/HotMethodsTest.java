package dev.pgwire.bench.harness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hot-method summary of a real flight recording names the method that burned the CPU. */
class HotMethodsTest {
    @TempDir
    Path dir;

    private static volatile long sink;

    @Test
    void summaryNamesTheBusyMethod() throws Exception {
        Path file = dir.resolve("busy.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.start();
            spin(1500);
            recording.stop();
            recording.dump(file);
        }
        String summary = HotMethods.summarize(file, dir, 5);
        assertTrue(summary.matches("(?s)\\d+ execution samples\\..*Self \\(top frame\\):.*"), summary);
        assertTrue(summary.contains("dev.pgwire.bench.harness.HotMethodsTest.spin")
                || summary.contains("dev.pgwire.bench.harness.HotMethodsTest.work"), summary);
    }

    private static void spin(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            sink += work(sink);
        }
    }

    private static long work(long seed) {
        long x = seed;
        for (int i = 0; i < 10_000; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return x;
    }
}
