package dev.pgwire.bench.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A hot-method summary of a JFR recording: the share of execution samples whose top frame is each method
 * (self time), and the share whose stack contains each of pgwire's, Calcite's or Netty's methods (total time).
 */
final class HotMethods {
    private static final int STACK_DEPTH = 48;

    private HotMethods() {}

    static String summarize(Path recording, Path cwd, int top) throws IOException {
        Path jfr = Path.of(System.getProperty("java.home"), "bin", "jfr");
        Path text = cwd.resolve(recording.getFileName() + ".txt");
        Files.writeString(text, Commands.run(List.of(jfr.toString(), "print", "--events", "jdk.ExecutionSample",
                "--stack-depth", Integer.toString(STACK_DEPTH), recording.toString()), cwd, Duration.ofMinutes(2)));
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int samples = 0;
        try (BufferedReader reader = Files.newBufferedReader(text, StandardCharsets.UTF_8)) {
            String line;
            boolean inStack = false;
            boolean first = false;
            Set<String> seen = new HashSet<>();
            while ((line = reader.readLine()) != null) {
                String t = line.trim();
                if (t.startsWith("stackTrace = [")) {
                    inStack = true;
                    first = true;
                    seen.clear();
                    samples++;
                } else if (inStack && t.equals("]")) {
                    inStack = false;
                } else if (inStack && !t.equals("...")) {
                    String method = frame(t);
                    if (first) {
                        self.merge(method, 1, Integer::sum);
                        first = false;
                    }
                    if (ours(method) && seen.add(method)) {
                        total.merge(method, 1, Integer::sum);
                    }
                }
            }
        }
        Files.deleteIfExists(text);
        if (samples == 0) {
            return "(no execution samples recorded)\n";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(samples).append(" execution samples.\n\nSelf (top frame):\n\n");
        appendTop(sb, self, samples, top);
        sb.append("\nTotal (on the stack; engine, codecs, Calcite, Janino, generated code, Netty buffers):\n\n");
        appendTop(sb, total, samples, top);
        return sb.toString();
    }

    /**
     * Frames where the work is, not the spine every sample shares (Netty's event loop, the connection handler,
     * the session): the engine, codecs, generated code, Calcite, Janino and Netty's buffers.
     */
    private static boolean ours(String method) {
        return method.startsWith("dev.pgwire.runtime.engine.") || method.startsWith("dev.pgwire.runtime.types.")
                || method.startsWith("dev.pgwire.runtime.catalog.") || method.startsWith("dev.pgwire.runtime.spi.")
                || method.startsWith("dev.pgwire.runtime.protocol.BackendMessages")
                || method.startsWith("dev.pgwire.bench.") || method.startsWith("org.apache.calcite.")
                || method.startsWith("org.codehaus.janino.") || method.startsWith("Baz")
                || method.startsWith("io.netty.buffer.");
    }

    /** {@code java.util.HashMap.getNode(int, Object) line: 570} to {@code java.util.HashMap.getNode}. */
    private static String frame(String line) {
        int paren = line.indexOf('(');
        return paren > 0 ? line.substring(0, paren) : line;
    }

    private static void appendTop(StringBuilder sb, Map<String, Integer> counts, int samples, int top) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> sb.append(String.format(Locale.ROOT, "    %5.1f%%  %s%n",
                        100.0 * e.getValue() / samples, e.getKey())));
    }
}
