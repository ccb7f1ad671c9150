package dev.pgwire.bench.harness;

/** Measures one figure on one server. */
@FunctionalInterface
interface Probe {
    double measure(BenchServer server) throws Exception;

    /**
     * Measures on PostgreSQL, then on pgwire; a server that fails gets no figure and a note saying why, so that
     * one failure never hides the other figures.
     */
    static Measurement onBoth(BenchContext ctx, String workload, String metric, Unit unit, Target target,
            Probe probe) {
        Double[] values = new Double[2];
        StringBuilder note = new StringBuilder();
        for (int i = 0; i < 2; i++) {
            BenchServer server = ctx.servers().get(i);
            try {
                values[i] = probe.measure(server);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (Exception e) {
                note.append(note.isEmpty() ? "" : "; ").append(server.name()).append(" failed: ")
                        .append(Figures.brief(e));
            }
        }
        return new Measurement(workload, metric, unit, values[0], values[1], target, note.toString());
    }
}
