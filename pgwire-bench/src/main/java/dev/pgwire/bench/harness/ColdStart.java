package dev.pgwire.bench.harness;

import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Waits for a starting server's first answer to a real query, polling as a client would. */
final class ColdStart {
    private ColdStart() {}

    /**
     * Polls (every 10 ms) until {@code sql} returns a row, and returns {@link System#nanoTime()} at that moment.
     *
     * @param alive checked between attempts, so that a server that died is reported at once
     */
    static long awaitFirstAnswer(BenchServer server, String sql, long deadlineNanos,
            BooleanSupplier alive)
            throws IOException, InterruptedException {
        IOException last = null;
        while (System.nanoTime() < deadlineNanos) {
            try (WireClient client = server.wire(0)) {
                List<List<String>> rows = client.query(sql);
                if (!rows.isEmpty()) {
                    return System.nanoTime();
                }
                last = new IOException("no row from " + sql);
            } catch (IOException e) {
                last = e; // not listening yet, or still starting
            }
            if (!alive.getAsBoolean()) {
                throw new IOException(server.name() + " exited while starting", last);
            }
            Thread.sleep(10);
        }
        throw new IOException(server.name() + " gave no answer to " + sql + " in time", last);
    }
}
