package dev.pgwire.bench.harness;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The benchmark app ({@code dev.pgwire.bench.app.BenchApp}) in a JVM of its own, measured as a process. */
final class PgwireProcess implements BenchServer {
    /**
     * The app's JVM options: a fixed-size heap (so that G1 never uncommits memory after the harness's full GCs,
     * which would make RSS readings jump down) and the JDK's default collector.
     */
    static final List<String> JVM_OPTIONS = List.of("-Xms2g", "-Xmx2g", "-XX:+UseG1GC");
    private static final Pattern READY = Pattern.compile("loadMillis=(\\d+) startMillis=(\\d+)");

    private final Process process;
    private final int port;
    private final Path log;
    private final long spawnedNanos;
    private JmxProbe jmx;

    private PgwireProcess(Process process, int port, Path log, long spawnedNanos) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.spawnedNanos = spawnedNanos;
    }

    /** Spawns the app; it is ready once it answers (see {@link ColdStart}). */
    static PgwireProcess spawn(String classPath, BenchConfig config, int port, Path workDir) throws IOException {
        return spawn(classPath, config, port, workDir, List.of(), "pgwire-app.log");
    }

    /** Spawns the app with extra JVM options (a flight recording from the start, for instance). */
    static PgwireProcess spawn(String classPath, BenchConfig config, int port, Path workDir, List<String> extra,
            String logName) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(JVM_OPTIONS);
        command.addAll(extra);
        command.addAll(List.of("-cp", absolute(classPath), "dev.pgwire.bench.app.BenchApp",
                "--scale", Integer.toString(config.scale()), "--source", config.source(),
                "--port", Integer.toString(port), "--max-connections",
                Integer.toString(config.idleConnections() + 100)));
        Path log = workDir.resolve(logName);
        long spawned = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new PgwireProcess(process, port, log, spawned);
    }

    /** The app runs in the work directory, so relative class-path entries are resolved here first. */
    private static String absolute(String classPath) {
        StringBuilder sb = new StringBuilder();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : File.pathSeparator).append(Path.of(entry).toAbsolutePath());
            }
        }
        return sb.toString();
    }

    long spawnedNanos() {
        return spawnedNanos;
    }

    /** The app's own report of how long it took to build the rows, once it is ready. */
    Optional<Long> loadMillis() {
        try {
            Matcher m = READY.matcher(Files.readString(log, StandardCharsets.UTF_8));
            return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The end of the app's log, for error messages. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public String name() {
        return "pgwire";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String user() {
        return "bench";
    }

    @Override
    public String database() {
        return "bench";
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public long memory() throws IOException {
        return ProcMemory.rss(pid());
    }

    @Override
    public synchronized long heapAfterGc() throws IOException {
        if (jmx == null) {
            jmx = JmxProbe.attach(pid());
        }
        return jmx.heapAfterGc();
    }

    @Override
    public void close() {
        try {
            if (jmx != null) {
                jmx.close();
            }
        } catch (IOException ignored) {
            // the process goes anyway
        }
        process.destroy(); // SIGTERM: the app's shutdown hook closes the server
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
