package dev.pgwire.bench.harness;

import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a {@link Report} as BENCHMARKS.md. */
final class MarkdownReport {
    private MarkdownReport() {}

    static String render(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Benchmarks: pgwire vs PostgreSQL 15\n\n");
        sb.append("Written by the benchmark harness (`pgwire-bench/run.sh`, see [Reproduce](#reproduce)) on ")
                .append(r.started()).append(" in ").append(r.elapsed().toSeconds()).append(" s, mode `")
                .append(r.config().mode()).append("`: pgbench scale ").append(r.config().scale()).append(" (")
                .append(String.format(Locale.ROOT, "%,d", r.config().accounts()))
                .append(" accounts), accounts held in a `").append(r.config().source().equals("map")
                        ? "Map<Integer, Account>` keyed by `aid`" : "List<Account>`")
                .append(". Both servers ran on the same machine in the same run, one after the other for each ")
                .append("workload, with the same clients. **pgwire vs PG** is pgwire's advantage: its throughput ")
                .append("over PostgreSQL's, or PostgreSQL's time or memory over pgwire's, so above 1× means ")
                .append("pgwire is ahead.\n\n");
        long met = r.measurements().stream().filter(m -> Boolean.TRUE.equals(m.targetMet())).count();
        List<String> missed = r.measurements().stream().filter(m -> Boolean.FALSE.equals(m.targetMet()))
                .map(m -> m.workload().substring(0, m.workload().indexOf('.')) + " (" + m.metric() + ")").toList();
        sb.append("**Targets: ").append(met).append(" met, ").append(missed.size()).append(" missed**")
                .append(missed.isEmpty() ? "" : ": " + String.join("; ", missed)).append(".\n\n");
        sb.append("| Workload | Metric | PostgreSQL 15 | pgwire | pgwire vs PG | Target | Met |\n");
        sb.append("|---|---|---:|---:|---:|---|---|\n");
        for (Measurement m : r.measurements()) {
            sb.append("| ").append(m.workload()).append(" | ").append(m.metric()).append(" | ")
                    .append(value(m, m.postgres())).append(" | ").append(value(m, m.pgwire())).append(" | ")
                    .append(m.advantage() == null ? "–" : ratio(m.advantage()))
                    .append(" | ").append(m.target() == null ? "" : m.target().describe()).append(" | ")
                    .append(met(m.targetMet())).append(" |\n");
        }
        sb.append('\n');
        boolean anyNote = r.measurements().stream().anyMatch(m -> !m.note().isEmpty());
        if (anyNote) {
            sb.append("## Notes\n\n");
            for (Measurement m : r.measurements()) {
                if (!m.note().isEmpty()) {
                    sb.append("- **").append(m.workload()).append(", ").append(m.metric()).append("**: ")
                            .append(m.note()).append('\n');
                }
            }
            sb.append('\n');
        }
        sb.append("## Missed targets\n\n");
        boolean anyMissed = false;
        for (Measurement m : r.measurements()) {
            if (Boolean.FALSE.equals(m.targetMet())) {
                anyMissed = true;
                sb.append("### ").append(m.workload()).append(": ").append(m.metric()).append("\n\n");
                sb.append("Target ").append(m.target().describe()).append(", measured ")
                        .append(m.target() instanceof Target.Below || m.advantage() == null
                                ? value(m, m.pgwire()) : ratio(m.advantage()))
                        .append(".\n\n");
                String evidence = r.evidence().get(BenchContext.key(m.workload(), m.metric()));
                if (evidence != null) {
                    sb.append("JFR profile of pgwire (`settings=profile`; ").append(r.config().profileSeconds())
                            .append(" s of the same load unless it says otherwise):\n\n```\n").append(evidence)
                            .append("```\n\n");
                }
            }
        }
        if (!anyMissed) {
            sb.append("None.\n\n");
        }
        appendMachine(sb, r);
        appendReproduce(sb, r);
        return sb.toString();
    }

    private static void appendMachine(StringBuilder sb, Report r) {
        Machine m = r.machine();
        sb.append("## Machine and versions\n\n");
        sb.append("- CPU: ").append(m.cores()).append(" cores, ").append(m.cpuModel()).append('\n');
        sb.append("- Memory: ").append(String.format(Locale.ROOT, "%.1f GiB", m.memoryBytes() / (1024.0 * 1024 * 1024)))
                .append("; Linux ").append(m.kernel()).append('\n');
        DoubleSummaryStatistics load = r.loadSamples().stream().filter(v -> v >= 0)
                .mapToDouble(Double::doubleValue).summaryStatistics();
        if (load.getCount() > 0) {
            sb.append(String.format(Locale.ROOT, "- Load average (1 min) during the run: %.2f at the start, "
                    + "%.2f–%.2f over the workloads, %.2f at the end (other work shared the machine; both servers "
                    + "met the same load, workload by workload)%n", r.loadSamples().get(0), load.getMin(),
                    load.getMax(), r.loadSamples().get(r.loadSamples().size() - 1)));
        }
        for (Map.Entry<String, String> e : r.versions().entrySet()) {
            sb.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        sb.append('\n');
        sb.append("Server settings:\n\n");
        for (Map.Entry<String, String> e : r.settings().entrySet()) {
            sb.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        sb.append('\n');
    }

    private static void appendReproduce(StringBuilder sb, Report r) {
        sb.append("## Reproduce\n\n");
        sb.append("```sh\n./mvnw -q -B -pl pgwire-bench -am package -DskipTests && pgwire-bench/run.sh   "
                + "# full run, writes BENCHMARKS.md\npgwire-bench/run.sh --tiny --output /tmp/tiny.md            "
                + "# the CI-sized run\n```\n\n");
        sb.append("The harness (`dev.pgwire.bench.harness.Harness`) runs `initdb` and `pg_ctl` as the `postgres` ")
                .append("user in a temp directory, `pgbench -i -s ").append(r.config().scale())
                .append("`, starts `dev.pgwire.bench.app.BenchApp` in its own JVM (`")
                .append(String.join(" ", PgwireProcess.JVM_OPTIONS))
                .append("`), then runs, against each server in turn:\n\n");
        for (String c : r.commands()) {
            sb.append("- `").append(c.replace("`", "'")).append("`\n");
        }
        sb.append('\n');
    }

    /** Two decimals, or enough significant digits that a tiny ratio does not print as 0.00×. */
    static String ratio(double advantage) {
        return String.format(Locale.ROOT, advantage >= 0.1 ? "%.2f×" : "%.2g×", advantage);
    }

    private static String value(Measurement m, Double v) {
        return v == null ? "n/a" : m.unit().format(v);
    }

    private static String met(Boolean met) {
        return met == null ? "" : met ? "met" : "**missed**";
    }
}
