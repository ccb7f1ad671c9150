package dev.pgwire.bench.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs {@code pgbench} with a custom script against a server and reads its figures. */
final class Pgbench {
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");

    /** pgbench's summary. */
    record Result(double tps, double latencyMillis, long failed) {}

    private final Path pgbench;
    private final Path cwd;

    Pgbench(Path pgbench, Path cwd) {
        this.pgbench = pgbench;
        this.cwd = cwd;
    }

    /** The command line, for the report's reproduction section. */
    static String commandLine(String mode, int clients, int threads, long seconds, String script) {
        return "pgbench -n -M " + mode + " -c " + clients + " -j " + threads + " -T " + seconds + " -f " + script;
    }

    /** pgbench's error lines and counts on one line, for a report note. */
    private static String summary(String output) {
        return String.join(" / ", output.lines().map(String::trim)
                .filter(l -> l.contains("error") || l.contains("ERROR") || l.contains("FATAL")
                        || l.contains("processed") || l.contains("failed") || l.contains("aborted"))
                .limit(4).toList());
    }

    /**
     * {@code pgbench -n -M mode -c clients -j threads -T seconds -f script}: {@code -n} because neither server
     * should vacuum; fails when any transaction failed.
     */
    Result run(BenchServer server, Path script, String mode, int clients, int threads, Duration duration)
            throws IOException {
        List<String> command = List.of(pgbench.toString(), "-h", BenchServer.HOST, "-p",
                Integer.toString(server.port()), "-U", server.user(), "-n", "-M", mode, "-c",
                Integer.toString(clients), "-j", Integer.toString(threads), "-T",
                Long.toString(Math.max(1, duration.toSeconds())), "-f", script.toString(), server.database());
        String output = Commands.run(command, cwd, duration.plusMinutes(2));
        Matcher tps = TPS.matcher(output);
        Matcher latency = LATENCY.matcher(output);
        if (!tps.find() || !latency.find()) {
            throw new IOException("pgbench printed no tps: " + summary(output));
        }
        Matcher failed = FAILED.matcher(output);
        long failures = failed.find() ? Long.parseLong(failed.group(1)) : 0;
        if (failures > 0) {
            throw new IOException(failures + " pgbench transactions failed: " + summary(output));
        }
        return new Result(Double.parseDouble(tps.group(1)), Double.parseDouble(latency.group(1)), failures);
    }
}
