package dev.pgwire.bench.harness;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The benchmark: PostgreSQL 15 and pgwire side by side on this machine, same data, same clients, one run;
 * writes the report (BENCHMARKS.md).
 *
 * <pre>java -cp ... dev.pgwire.bench.harness.Harness [--tiny] [--scale N] [--source map|list]
 *      [--output BENCHMARKS.md] [--profile-seconds N] [--keep]</pre>
 *
 * <p>Needs PostgreSQL 15's server binaries and pgbench ({@code /usr/lib/postgresql/15/bin} or
 * {@code $PGWIRE_PG_BIN}); as root it runs them as the {@code postgres} user. The benchmark app runs on the
 * harness's own class path.
 */
public final class Harness {
    static final String POINT_QUERY = "SELECT abalance FROM pgbench_accounts WHERE aid = 1";

    private Harness() {}

    public static void main(String[] args) throws Exception {
        Path output = Path.of("BENCHMARKS.md");
        boolean tiny = false;
        boolean keep = false;
        Integer scale = null;
        String source = null;
        Integer profileSeconds = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--tiny" -> tiny = true;
                case "--keep" -> keep = true;
                case "--scale" -> scale = Integer.parseInt(args[++i]);
                case "--source" -> source = args[++i].toLowerCase(Locale.ROOT);
                case "--output" -> output = Path.of(args[++i]);
                case "--profile-seconds" -> profileSeconds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --tiny, --scale N, --source map|list, --output FILE, --profile-seconds N, --keep)");
            }
        }
        Path workDir = Files.createTempDirectory("pgwire-bench-");
        BenchConfig config = tiny ? BenchConfig.tiny(output, workDir) : BenchConfig.full(output, workDir);
        if (scale != null) {
            config = config.withScale(scale);
        }
        if (source != null) {
            config = config.withSource(source);
        }
        if (profileSeconds != null) {
            config = config.withProfileSeconds(profileSeconds);
        }
        try {
            Report report = run(config, System.getProperty("java.class.path"));
            System.out.println(MarkdownReport.render(report));
            System.out.println("wrote " + output.toAbsolutePath());
        } finally {
            if (!keep) {
                delete(workDir);
            }
        }
    }

    /**
     * Runs every workload and writes the report to {@code config.output()} (when set).
     *
     * @param classPath the benchmark app's class path
     */
    public static Report run(BenchConfig config, String classPath) throws Exception {
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long t0 = System.nanoTime();
        Path workDir = config.workDir();
        List<Double> load = new ArrayList<>(List.of(Machine.loadAverage()));
        Map<String, String> versions = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        List<Measurement> measurements = new ArrayList<>();
        Map<String, String> evidence = new LinkedHashMap<>();
        log("PostgreSQL: initdb, start, pgbench -i -s " + config.scale());
        PostgresCluster postgres = PostgresCluster.create(PostgresCluster.binDir(), workDir, freePort(),
                config.idleConnections() + 100);
        PgwireProcess pgwire = null;
        try {
            postgres.start();
            long init = System.nanoTime();
            postgres.initPgbench(config.scale());
            log("pgbench -i took " + Math.round(Figures.millisSince(init)) + " ms");
            describePostgres(postgres, versions, settings);

            // 8. Cold start: PostgreSQL restarts over its (page-cached) data; pgwire's JVM starts from nothing.
            postgres.stop();
            long pgSpawn = System.nanoTime();
            postgres.startNoWait();
            double pgCold = (ColdStart.awaitFirstAnswer(postgres, POINT_QUERY, deadline(60), () -> true) - pgSpawn)
                    / 1e6;
            log("pgwire: starting the benchmark app");
            PgwireProcess app = PgwireProcess.spawn(classPath, config, freePort(), workDir);
            pgwire = app;
            double pwCold;
            try {
                pwCold = (ColdStart.awaitFirstAnswer(app, POINT_QUERY, deadline(120), app::alive)
                        - app.spawnedNanos()) / 1e6;
            } catch (IOException e) {
                throw new IOException(e.getMessage() + "\n" + app.logTail(), e);
            }
            String loadNote = app.loadMillis().map(ms -> "pgwire's figure includes building the "
                    + String.format(Locale.ROOT, "%,d", config.accounts()) + " accounts in the app: " + ms
                    + " ms (" + Unit.MILLIS.format(pwCold - ms) + " without it)").orElse("");
            measurements.add(new Measurement("8. Cold start", "process start to first answered query",
                    Unit.MILLIS, pgCold, pwCold, new Target.Below(1500), loadNote));
            describePgwire(config, versions, settings);
            DataCheck.verify(postgres, app);
            settings.put("Data check", "before measuring, both servers gave the same answers to "
                    + DataCheck.QUERIES.size() + " queries over every table (`DataCheck`)");

            BenchContext ctx = new BenchContext(config, postgres, app, workDir);
            ctx.commands.add("cold start: PostgreSQL `pg_ctl start` (data in the page cache) / `java "
                    + String.join(" ", PgwireProcess.JVM_OPTIONS) + " -cp ... dev.pgwire.bench.app.BenchApp --scale "
                    + config.scale() + " --source " + config.source() + "`, then poll every 10 ms until `"
                    + POINT_QUERY + "` returns its row");
            log("1-2. pgbench");
            measurements.addAll(ThroughputWorkloads.run(ctx));
            log("3-4. query latency");
            measurements.addAll(QueryWorkloads.latency(ctx));
            log("5. bulk reads");
            measurements.addAll(QueryWorkloads.bulk(ctx));
            log("8. a new query shape");
            measurements.addAll(QueryWorkloads.newShape(ctx));
            log("6. idle connections");
            measurements.addAll(MemoryWorkloads.idleConnections(ctx));
            log("7. slow client");
            measurements.addAll(MemoryWorkloads.slowClient(ctx));
            load.addAll(ctx.loadSamples);
            if (config.profileSeconds() > 0) {
                profileMissed(ctx, measurements, evidence);
                Measurement cold = measurements.get(0);
                if (Boolean.FALSE.equals(cold.targetMet())) {
                    evidence.put(BenchContext.key(cold.workload(), cold.metric()),
                            profileColdStart(config, classPath, workDir));
                }
            }
            load.add(Machine.loadAverage());
            Report report = new Report(config, Machine.describe(), versions, settings, sortByWorkload(measurements),
                    evidence, load, ctx.commands, started, Duration.ofNanos(System.nanoTime() - t0));
            if (config.output() != null) {
                Files.writeString(config.output(), MarkdownReport.render(report), StandardCharsets.UTF_8);
            }
            return report;
        } finally {
            if (pgwire != null) {
                pgwire.close();
            }
            postgres.close();
        }
    }

    /** Records a JFR profile of pgwire under each missed target's load, and summarises its hot methods. */
    private static void profileMissed(BenchContext ctx, List<Measurement> measurements, Map<String, String> evidence) {
        JvmTools jvm = new JvmTools(ctx.workDir);
        for (Measurement m : measurements) {
            String key = BenchContext.key(m.workload(), m.metric());
            BenchContext.ProfileLoad load = ctx.profileLoads.get(key);
            if (!Boolean.FALSE.equals(m.targetMet()) || load == null || !ctx.pgwire.alive()) {
                continue;
            }
            log("profiling: " + key);
            Path file = ctx.workDir.resolve("profile-" + evidence.size() + ".jfr");
            try {
                jvm.startRecording(ctx.pgwire.pid(), "bench", file);
                try {
                    load.run(ctx.config.profileSeconds());
                } finally {
                    jvm.stopRecording(ctx.pgwire.pid(), "bench");
                }
                evidence.put(key, HotMethods.summarize(file, ctx.workDir, 12));
            } catch (Exception e) {
                evidence.put(key, "(profile failed: " + Figures.brief(e) + ")\n");
            }
        }
    }

    /** Starts a second app with a flight recording from its first instant to its first answer. */
    private static String profileColdStart(BenchConfig config, String classPath, Path workDir) {
        log("profiling: cold start");
        Path file = workDir.resolve("cold-start.jfr");
        try (PgwireProcess app = PgwireProcess.spawn(classPath, config, freePort(), workDir,
                List.of("-XX:StartFlightRecording=name=cold,settings=profile,filename=" + file), "cold-start.log")) {
            ColdStart.awaitFirstAnswer(app, POINT_QUERY, deadline(120), app::alive);
            new JvmTools(workDir).stopRecording(app.pid(), "cold");
            return "(a second start, recorded from JVM start to the first answer)\n"
                    + HotMethods.summarize(file, workDir, 12);
        } catch (Exception e) {
            return "(profile failed: " + Figures.brief(e) + ")\n";
        }
    }

    private static void describePostgres(PostgresCluster postgres, Map<String, String> versions,
            Map<String, String> settings) throws Exception {
        try (Connection c = postgres.connect(new Properties()); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT version()")) {
                rs.next();
                versions.put("PostgreSQL", rs.getString(1));
            }
            List<String> shown = new ArrayList<>();
            for (String name : List.of("shared_buffers", "work_mem", "max_parallel_workers_per_gather", "jit",
                    "max_connections", "fsync")) {
                try (ResultSet rs = s.executeQuery("SHOW " + name)) {
                    rs.next();
                    shown.add(name + "=" + rs.getString(1));
                }
            }
            settings.put("PostgreSQL 15", String.join(", ", shown) + "; logging off; tables from `pgbench -i` "
                    + "(primary keys, vacuumed); everything else at its default");
        }
        versions.put("pgbench", Commands.run(List.of(postgres.pgbench().toString(), "--version"),
                Path.of("."), Duration.ofSeconds(30)).trim());
    }

    private static void describePgwire(BenchConfig config, Map<String, String> versions,
            Map<String, String> settings) {
        versions.put("JDK", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        versions.put("pgwire", gitCommit());
        settings.put("pgwire", "`java " + String.join(" ", PgwireProcess.JVM_OPTIONS) + "`, BenchApp --scale "
                + config.scale() + " --source " + config.source() + "; defaults otherwise (planner warm-up on); "
                + "`filler` is `varchar(84)` holding 84 blanks (the processor has no `char(n)`), the same bytes on "
                + "the wire as PostgreSQL's `char(84)`");
    }

    /** {@code git describe}-like: the commit of the working tree, marked when it has local changes. */
    private static String gitCommit() {
        try {
            Path cwd = Path.of(".").toAbsolutePath();
            String commit = Commands.run(List.of("git", "rev-parse", "--short=12", "HEAD"), cwd,
                    Duration.ofSeconds(30)).trim();
            String status = Commands.run(List.of("git", "status", "--porcelain", "--untracked-files=no"), cwd,
                    Duration.ofSeconds(30)).trim();
            return "commit " + commit + (status.isEmpty() ? "" : " with local changes");
        } catch (IOException e) {
            return "unknown (not a git checkout)";
        }
    }

    /** Keeps workloads in their issue order (1..8), measurements of one workload in the order taken. */
    private static List<Measurement> sortByWorkload(List<Measurement> measurements) {
        List<Measurement> sorted = new ArrayList<>(measurements);
        sorted.sort(Comparator.comparingInt(m -> Integer.parseInt(m.workload().substring(0,
                m.workload().indexOf('.')))));
        return sorted;
    }

    private static long deadline(int seconds) {
        return System.nanoTime() + seconds * 1_000_000_000L;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void log(String message) {
        System.err.println("[bench " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + message);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
