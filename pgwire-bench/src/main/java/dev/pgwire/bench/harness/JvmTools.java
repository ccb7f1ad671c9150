package dev.pgwire.bench.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Profiles the benchmark app's JVM from outside with the JDK's {@code jcmd}, as an operator would. */
final class JvmTools {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Path jcmd;
    private final Path cwd;

    JvmTools(Path cwd) {
        this.jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        this.cwd = cwd;
    }

    void startRecording(long pid, String name, Path file) throws IOException {
        jcmd(pid, "JFR.start", "name=" + name, "settings=profile", "filename=" + file);
    }

    void stopRecording(long pid, String name) throws IOException {
        jcmd(pid, "JFR.stop", "name=" + name);
    }

    private String jcmd(long pid, String... command) throws IOException {
        List<String> full = new ArrayList<>(List.of(jcmd.toString(), Long.toString(pid)));
        full.addAll(List.of(command));
        return Commands.run(full, cwd, TIMEOUT);
    }
}
