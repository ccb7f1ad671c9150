package dev.pgwire.bench.harness;

/**
 * One figure of one workload for both servers.
 *
 * @param workload the workload's number and name, e.g. {@code "1. Point lookup"}
 * @param metric   what was measured, e.g. {@code "pgbench -M prepared, 8 clients"}
 * @param unit     unit of both figures
 * @param postgres PostgreSQL 15's figure, {@code null} when it could not be measured
 * @param pgwire   pgwire's figure, {@code null} when it could not be measured (see the note)
 * @param target   the goal for it, or {@code null}
 * @param note     why a figure is missing, or what to know about it; empty when nothing
 */
public record Measurement(
        String workload, String metric, Unit unit, Double postgres, Double pgwire, Target target, String note) {

    public Measurement {
        note = note == null ? "" : note;
    }

    /**
     * How much better pgwire did: pgwire/PostgreSQL for throughput, PostgreSQL/pgwire for times and memory
     * (so above 1 always means pgwire is ahead); {@code null} when a figure is missing or zero.
     */
    public Double advantage() {
        if (postgres == null || pgwire == null || postgres <= 0 || pgwire <= 0) {
            return null;
        }
        return unit.higherIsBetter() ? pgwire / postgres : postgres / pgwire;
    }

    /** {@code null} when there is no target or a figure is missing. */
    public Boolean targetMet() {
        return target == null ? null : target.met(this);
    }

    public Measurement withNote(String more) {
        return new Measurement(workload, metric, unit, postgres, pgwire, target,
                note.isEmpty() ? more : note + "; " + more);
    }
}
