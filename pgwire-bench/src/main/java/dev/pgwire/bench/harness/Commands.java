package dev.pgwire.bench.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs external programs (initdb, pg_ctl, pgbench, jcmd, jfr) to completion and returns their output. */
final class Commands {
    private Commands() {}

    /** The error lines of a program's output on one line, else its first lines. */
    static String gist(String output) {
        List<String> lines = output.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
        List<String> errors = lines.stream().filter(l -> l.matches("(?i).*(error|fatal|abort|fail).*")).toList();
        return String.join(" / ", (errors.isEmpty() ? lines : errors).stream().limit(5).toList());
    }

    /** Whether the harness runs as root, in which case PostgreSQL's programs run as {@code postgres}. */
    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** {@code command}, prefixed with {@code runuser -u postgres --} when we are root. */
    static List<String> asPostgres(List<String> command) {
        if (!root()) {
            return command;
        }
        List<String> full = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        full.addAll(command);
        return full;
    }

    /** Runs {@code command}, failing with its output when it exits non-zero or outlives {@code timeout}. */
    static String run(List<String> command, Path cwd, Duration timeout) throws IOException {
        // Output goes to a file, not a pipe: a daemon it forks (the postmaster) must not hold our pipe open.
        Path log = Files.createTempFile(cwd, "cmd", ".log");
        try {
            Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            try {
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    throw new IOException("timed out after " + timeout.toSeconds() + " s: "
                            + String.join(" ", command));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
                throw new IOException("interrupted: " + String.join(" ", command), e);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IOException("exit " + p.exitValue() + " from " + command.get(0).replaceAll(".*/", "")
                        + ": " + gist(output) + " (command: " + String.join(" ", command) + ")");
            }
            return output;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
