package dev.pgwire.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Workloads 1 and 2: pgbench with custom scripts, 8 clients on 2 threads, same script for both servers. */
final class ThroughputWorkloads {
    static final int CLIENTS = 8;
    static final int THREADS = 2;

    private ThroughputWorkloads() {}

    static List<Measurement> run(BenchContext ctx) throws Exception {
        List<Measurement> out = new ArrayList<>();
        Path point = ctx.script("point-lookup.sql", "\\set aid random(1, " + ctx.config.accounts() + ")\n"
                + "SELECT abalance FROM pgbench_accounts WHERE aid = :aid;\n");
        Path select1 = ctx.script("select-1.sql", "SELECT 1;\n");
        out.add(pgbench(ctx, "1. Point lookup by primary key", point, "prepared", new Target.Ratio(1.2)));
        out.add(pgbench(ctx, "1. Point lookup by primary key", point, "simple", new Target.Ratio(1.0)));
        out.add(pgbench(ctx, "2. Protocol ceiling (SELECT 1)", select1, "prepared", null));
        return out;
    }

    private static Measurement pgbench(BenchContext ctx, String workload, Path script, String mode, Target target) {
        ctx.sampleLoad();
        Duration measured = ctx.config.pgbenchDuration();
        Duration warmUp = Duration.ofSeconds(measured.toSeconds() / 3); // none for the tiny run's 1 s
        String metric = "pgbench -M " + mode + ", " + CLIENTS + " clients, " + THREADS + " threads";
        String name = script.getFileName().toString();
        ctx.commands.add(Pgbench.commandLine(mode, CLIENTS, THREADS, measured.toSeconds(), name)
                + (warmUp.isZero() ? "" : "   # after a " + warmUp.toSeconds() + " s warm-up run")
                + "; " + name + ": " + scriptText(script));
        ctx.profileLoads.put(BenchContext.key(workload, metric), seconds ->
                ctx.pgbench.run(ctx.pgwire, script, mode, CLIENTS, THREADS, Duration.ofSeconds(seconds)));
        return Probe.onBoth(ctx, workload, metric, Unit.TPS, target, server -> {
            if (!warmUp.isZero()) {
                ctx.pgbench.run(server, script, mode, CLIENTS, THREADS, warmUp);
            }
            return ctx.pgbench.run(server, script, mode, CLIENTS, THREADS, measured).tps();
        });
    }

    private static String scriptText(Path script) {
        try {
            return String.join(" ", Files.readAllLines(script)).trim();
        } catch (IOException e) {
            return "";
        }
    }
}
