package dev.pgwire.bench.harness;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Workloads 6 and 7: server memory with many idle connections, and while a slow client reads a huge result.
 * pgwire's heap is measured after a full GC ({@code jcmd GC.run}), so it counts what is live, not garbage;
 * process memory is the JVM's RSS, and PostgreSQL's PSS over the postmaster and its backends.
 */
final class MemoryWorkloads {
    /** The slow client's socket receive buffer: small, so that the server meets backpressure early. */
    private static final int SLOW_RECEIVE_BUFFER = 64 * 1024;

    private MemoryWorkloads() {}

    static List<Measurement> idleConnections(BenchContext ctx) {
        ctx.sampleLoad();
        int n = ctx.config.idleConnections();
        String workload = "6. " + n + " idle connections";
        ctx.commands.add(n + " connections (startup, then idle) opened at once; memory before and after, 1 s later");
        long[][] figures = new long[2][];
        StringBuilder notes = new StringBuilder();
        for (int i = 0; i < 2; i++) {
            BenchServer server = ctx.servers().get(i);
            try {
                figures[i] = idle(server, n);
            } catch (Exception e) {
                notes.append(notes.isEmpty() ? "" : "; ").append(server.name()).append(" failed: ")
                        .append(Figures.brief(e));
            }
        }
        List<Measurement> out = new ArrayList<>();
        // figures: {memory before, memory after, heap before, heap after, RSS sum before, RSS sum after}
        out.add(new Measurement(workload, "memory per connection (PostgreSQL: PSS of all processes; pgwire: RSS)",
                Unit.KIB, perConnection(figures[0], 0, n), perConnection(figures[1], 0, n), null, notes.toString()));
        out.add(new Measurement(workload, "RSS per connection, summed over the server's processes", Unit.KIB,
                perConnection(figures[0], 4, n), perConnection(figures[1], 4, n), null,
                "a PostgreSQL backend's RSS counts the shared buffers it touched again in every process; PSS "
                        + "(the row above) splits them"));
        Double heapGrowth = figures[1] == null ? null : Figures.mib(figures[1][3] - figures[1][2]);
        Double pgGrowth = figures[0] == null ? null : Figures.mib(figures[0][1] - figures[0][0]);
        out.add(new Measurement(workload, "growth for all " + n + " (pgwire: heap after GC; PostgreSQL: PSS)",
                Unit.MIB, pgGrowth, heapGrowth, new Target.Below(100),
                figures[1] == null ? "" : "pgwire's whole heap after GC with them open: "
                        + Unit.MIB.format(Figures.mib(figures[1][3])) + ", of which the data set "
                        + Unit.MIB.format(Figures.mib(figures[1][2])) + " before they opened"));
        return out;
    }

    /** KiB per connection from {before, after} at {@code at}, {@code at + 1}. */
    private static Double perConnection(long[] figures, int at, int n) {
        return figures == null ? null : (figures[at + 1] - figures[at]) / (double) n / 1024;
    }

    private static long[] idle(BenchServer server, int n) throws IOException, InterruptedException {
        long heapBefore = Math.max(0, server.heapAfterGc());
        long before = server.memory();
        long rssBefore = ProcMemory.treeRss(server.pid());
        List<WireClient> clients = new ArrayList<>(n);
        try {
            for (int i = 0; i < n; i++) {
                clients.add(server.wire(0));
            }
            Thread.sleep(1000);
            long heapAfter = Math.max(0, server.heapAfterGc());
            long after = server.memory();
            long rssAfter = ProcMemory.treeRss(server.pid());
            return new long[] {before, after, heapBefore, heapAfter, rssBefore, rssAfter};
        } finally {
            for (WireClient c : clients) {
                c.close();
            }
        }
    }

    static List<Measurement> slowClient(BenchContext ctx) {
        ctx.sampleLoad();
        long rows = ctx.config.slowClientRows();
        String sql = "SELECT g FROM generate_series(1, " + rows + ") AS g";
        String workload = "7. Slow client reading " + String.format("%,d", rows) + " rows";
        ctx.commands.add("raw v3 client, 64 KiB receive buffer, simple query: " + sql
                + "; stops for 1 s at 7 checkpoints (every eighth of the rows) to measure");
        long[][] growth = new long[2][];
        StringBuilder notes = new StringBuilder();
        for (int i = 0; i < 2; i++) {
            BenchServer server = ctx.servers().get(i);
            try {
                growth[i] = slow(server, sql, rows, ctx.config.mode().equals("tiny") ? 100 : 1000);
            } catch (Exception e) {
                notes.append(notes.isEmpty() ? "" : "; ").append(server.name()).append(" failed: ")
                        .append(Figures.brief(e));
            }
        }
        // growth: {heap or backend growth, process memory growth}
        List<Measurement> out = new ArrayList<>();
        out.add(new Measurement(workload, "peak growth (pgwire: heap after GC; PostgreSQL: backend PSS)", Unit.MIB,
                growth[0] == null ? null : Figures.mib(growth[0][0]),
                growth[1] == null ? null : Figures.mib(growth[1][0]), new Target.Below(64), notes.toString()));
        out.add(new Measurement(workload, "peak process memory growth (pgwire: RSS; PostgreSQL: backend PSS)",
                Unit.MIB, growth[0] == null ? null : Figures.mib(growth[0][1]),
                growth[1] == null ? null : Figures.mib(growth[1][1]), null, ""));
        return out;
    }

    /** Returns {peak heap-or-backend growth, peak process growth} in bytes. */
    private static long[] slow(BenchServer server, String sql, long rows, long pauseMillis)
            throws IOException {
        try (WireClient client = server.wire(SLOW_RECEIVE_BUFFER)) {
            boolean jvm = server.heapAfterGc() >= 0;
            long backend = client.backendPid();
            long heapBase = jvm ? server.heapAfterGc() : 0;
            long processBase = jvm ? server.memory() : ProcMemory.pss(backend);
            long[] peak = new long[2];
            long every = Math.max(1, rows / 8);
            long read = client.stream(sql, every, soFar -> {
                if (soFar >= every * 8) {
                    return;
                }
                try {
                    Thread.sleep(pauseMillis); // the slow part: the server keeps producing, nobody reads
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
                if (jvm) {
                    peak[0] = Math.max(peak[0], server.heapAfterGc() - heapBase);
                    peak[1] = Math.max(peak[1], server.memory() - processBase);
                } else {
                    long grown = ProcMemory.pss(backend) - processBase;
                    peak[0] = Math.max(peak[0], grown);
                    peak[1] = peak[0];
                }
            });
            if (read != rows) {
                throw new IOException("read " + read + " rows, expected " + rows);
            }
            return peak;
        }
    }
}
