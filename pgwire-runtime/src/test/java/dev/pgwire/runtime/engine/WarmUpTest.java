package dev.pgwire.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The start-up warm-up plans real statements without failing and leaves the engine usable. */
class WarmUpTest {
    @Test
    void warmUpPlansRepresentativeStatements() throws Exception {
        TestTables t = new TestTables();
        long t0 = System.nanoTime();
        t.engine.warmUp();
        long warmUp = System.nanoTime() - t0;
        t0 = System.nanoTime();
        assertEquals(4L, t.value("SELECT count(*) FROM customers WHERE name <> $1", "x"));
        long first = System.nanoTime() - t0;
        System.out.printf("engine warm-up %.0f ms; first query after it %.1f ms%n", warmUp / 1e6, first / 1e6);
    }
}
