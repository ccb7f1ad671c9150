package dev.pgwire.runtime.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code psql} (libpq) with a connection string, isolated from the user's environment: no
 * password file, no service file, no client certificate, no default root certificate.
 */
public final class Psql {
    private Psql() {}

    /** What psql printed and how it ended. */
    public record Result(int exitCode, String stdout, String stderr) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    public static boolean available() {
        try {
            return new ProcessBuilder("psql", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Runs {@code psql -X -A -t -c <command>} against {@code conninfo} (e.g. {@code host=127.0.0.1 port=5433
     * user=u sslmode=require}) with {@code password} in PGPASSWORD (null for none).
     */
    public static Result run(String conninfo, String password, String command) {
        List<String> cmd = new ArrayList<>(List.of("psql", "-X", "-q", "-A", "-t", "-w", "-v", "ON_ERROR_STOP=1",
                "-d", conninfo, "-c", command));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("PG"));
        env.put("PGCONNECT_TIMEOUT", "10");
        env.put("PGPASSFILE", "/nonexistent/pgpass");
        env.put("PGSYSCONFDIR", "/nonexistent");
        env.put("PGSSLCERT", "/nonexistent/postgresql.crt");
        env.put("PGSSLKEY", "/nonexistent/postgresql.key");
        env.put("PGSSLROOTCERT", "/nonexistent/root.crt");
        if (password != null) {
            env.put("PGPASSWORD", password);
        }
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("psql did not finish: " + cmd);
            }
            return new Result(p.exitValue(),
                    new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim(),
                    new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            throw new IllegalStateException("cannot run psql", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
