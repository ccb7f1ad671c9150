package dev.pgwire.bench.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL 15 cluster: {@code initdb} (as the {@code postgres} user when we are root) into a temp
 * directory, {@code pg_ctl start} on a free loopback port with trust authentication, {@code pgbench -i}, and
 * settings for a read benchmark: the data fits in shared buffers, nothing is fsynced, logging is off.
 * Query-related settings (parallel workers, JIT, work_mem) stay at PostgreSQL's defaults.
 */
final class PostgresCluster implements BenchServer {
    static final Path DEFAULT_BIN = Path.of("/usr/lib/postgresql/15/bin");
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final Path bin;
    private final Path dir;
    private final int port;
    private final int maxConnections;
    private boolean running;

    private PostgresCluster(Path bin, Path dir, int port, int maxConnections) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.maxConnections = maxConnections;
    }

    /** {@code $PGWIRE_PG_BIN}, else Debian's PostgreSQL 15 directory. */
    static Path binDir() {
        String env = System.getenv("PGWIRE_PG_BIN");
        return env != null && !env.isBlank() ? Path.of(env) : DEFAULT_BIN;
    }

    /** Runs initdb in a new temp directory; start it with {@link #start()}, and {@link #close()} deletes it. */
    static PostgresCluster create(Path bin, Path workDir, int port, int maxConnections) throws IOException {
        for (String program : List.of("initdb", "pg_ctl", "pgbench")) {
            if (!Files.isExecutable(bin.resolve(program))) {
                throw new IOException(bin.resolve(program) + " not found: install PostgreSQL 15 (Debian: "
                        + "postgresql-15) or set PGWIRE_PG_BIN to its bin directory");
            }
        }
        // In the system temp directory, not the work directory: the postgres user must reach it.
        Path dir = Files.createTempDirectory("pgwire-bench-pg-");
        if (Commands.root()) {
            Commands.run(List.of("chown", "postgres:postgres", dir.toString()), workDir, TIMEOUT);
        }
        Commands.run(Commands.asPostgres(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(),
                "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions")),
                dir, TIMEOUT);
        return new PostgresCluster(bin, dir, port, maxConnections);
    }

    /** Starts the server and waits until it accepts connections ({@code pg_ctl -w}). */
    void start() throws IOException {
        Commands.run(Commands.asPostgres(startCommand(true)), dir, TIMEOUT);
        running = true;
    }

    /** Starts the server without waiting: for timing start-up to the first answer ourselves. */
    void startNoWait() throws IOException {
        Commands.run(Commands.asPostgres(startCommand(false)), dir, TIMEOUT);
        running = true;
    }

    private List<String> startCommand(boolean wait) {
        String options = "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1"
                + " -c max_connections=" + maxConnections
                + " -c shared_buffers=1GB -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                + " -c autovacuum=off -c logging_collector=off -c log_min_messages=fatal"
                + " -c log_min_error_statement=panic -c log_checkpoints=off";
        List<String> command = new ArrayList<>(List.of(bin.resolve("pg_ctl").toString(), "-D",
                dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(), "-o", options));
        command.addAll(wait ? List.of("-w", "-t", "60", "start") : List.of("-W", "start"));
        return command;
    }

    void stop() throws IOException {
        if (running) {
            Commands.run(Commands.asPostgres(List.of(bin.resolve("pg_ctl").toString(), "-D",
                    dir.resolve("data").toString(), "-m", "fast", "-w", "stop")), dir, TIMEOUT);
            running = false;
        }
    }

    /** {@code pgbench -i -s scale}: pgbench's own tables, data, vacuum and primary keys. */
    String initPgbench(int scale) throws IOException {
        return Commands.run(List.of(pgbench().toString(), "-i", "-s", Integer.toString(scale), "-q", "-h", HOST,
                "-p", Integer.toString(port), "-U", user(), database()), dir, TIMEOUT);
    }

    Path pgbench() {
        return bin.resolve("pgbench");
    }

    @Override
    public String name() {
        return "PostgreSQL 15";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String user() {
        return "postgres";
    }

    @Override
    public String database() {
        return "postgres";
    }

    /** The postmaster's pid, from {@code postmaster.pid}. */
    @Override
    public long pid() {
        try {
            Path file = dir.resolve("data").resolve("postmaster.pid");
            return Long.parseLong(Files.readAllLines(file, StandardCharsets.UTF_8).get(0).trim());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("PostgreSQL is not running (no postmaster.pid in " + dir + ")", e);
        }
    }

    @Override
    public long memory() {
        return ProcMemory.treePss(pid());
    }

    @Override
    public long heapAfterGc() {
        return -1;
    }

    @Override
    public void close() throws IOException {
        try {
            stop();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
