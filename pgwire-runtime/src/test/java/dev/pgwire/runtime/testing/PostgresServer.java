package dev.pgwire.runtime.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL cluster for differential tests: {@code initdb} into a temp directory, {@code pg_ctl start}
 * on a free localhost port with trust authentication, stopped and deleted by a shutdown hook. Started once per JVM
 * on first use. When running as root the server binaries run as the {@code postgres} user via {@code runuser}.
 *
 * <p>The binaries come from {@code $PGWIRE_PG_BIN}, else {@code /usr/lib/postgresql/15/bin}. Tests call
 * {@link #shared()}, which skips the test (JUnit assumption) with a clear message when they are absent.
 */
public final class PostgresServer {
    private static final String DEFAULT_BIN = "/usr/lib/postgresql/15/bin";
    private static PostgresServer shared;
    private static String unavailableReason;

    private final Path bin;
    private final Path dir;
    private final int port;

    private PostgresServer(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** The JVM-wide server, started on first call; skips the calling test when PostgreSQL is not installed. */
    public static synchronized PostgresServer shared() {
        if (shared == null && unavailableReason == null) {
            Path bin = binDir();
            if (!Files.isExecutable(bin.resolve("initdb")) || !Files.isExecutable(bin.resolve("pg_ctl"))) {
                unavailableReason = "PostgreSQL server binaries not found in " + bin
                        + " (set PGWIRE_PG_BIN to a PostgreSQL 15 bin directory)";
            } else {
                shared = start(bin);
            }
        }
        Assumptions.assumeTrue(shared != null, () -> "skipped: " + unavailableReason);
        return shared;
    }

    public int port() {
        return port;
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/postgres?user=postgres}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    /** A new pgjdbc connection with extra properties (e.g. {@code preferQueryMode=simple}). */
    public Connection connect(Properties extra) throws SQLException {
        Properties props = new Properties();
        props.putAll(extra);
        return DriverManager.getConnection(jdbcUrl(), props);
    }

    public Connection connect() throws SQLException {
        return connect(new Properties());
    }

    private static Path binDir() {
        String env = System.getenv("PGWIRE_PG_BIN");
        return Paths.get(env != null && !env.isBlank() ? env : DEFAULT_BIN);
    }

    private static PostgresServer start(Path bin) {
        try {
            Path dir = Files.createTempDirectory("pgwire-pg-");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                run(List.of("chown", "postgres:postgres", dir.toString()), root, dir);
            }
            Path data = dir.resolve("data");
            run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
                    "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"), root, dir);
            int port = freePort();
            String options = "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                    + " -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=16MB";
            PostgresServer server = new PostgresServer(bin, dir, port);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "postgres-server-stop"));
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(),
                    "-o", options, "-w", "-t", "30", "start"), root, dir);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL", e);
        }
    }

    private void stop() {
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                    "-w", "stop"), root, dir);
        } catch (IOException | RuntimeException e) {
            System.err.println("could not stop PostgreSQL in " + dir + ": " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Runs a command (as postgres when we are root), failing with its output when it exits non-zero. */
    private static void run(List<String> command, boolean asPostgres, Path cwd) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgres && !command.get(0).equals("chown")) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        // Output goes to a file, not a pipe: the forked postmaster must not block on or inherit it.
        Path log = Files.createTempFile("pgwire-pg-cmd", ".log");
        Process p = new ProcessBuilder(full).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + String.join(" ", full));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted: " + String.join(" ", full), e);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        if (p.exitValue() != 0) {
            throw new IOException("exit " + p.exitValue() + ": " + String.join(" ", full) + "\n" + output);
        }
    }
}
