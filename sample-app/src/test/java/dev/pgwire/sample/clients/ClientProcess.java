package dev.pgwire.sample.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pgwire.sample.SampleApp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs a client script as a subprocess against the sample server and collects its observations: lines
 * of {@code key<TAB>value} (see {@code src/test/python/clientlib.py}). Scripts report failed checks as
 * {@code <check>.error} lines rather than dying, so one run shows every gap at once.
 */
final class ClientProcess {
    static final Path PYTHON_DIR = Path.of("src", "test", "python");
    static final Path NODE_DIR = Path.of("src", "test", "node");
    private static final long TIMEOUT_SECONDS = 120;
    private static final Map<String, Boolean> AVAILABLE = new ConcurrentHashMap<>();

    private ClientProcess() {}

    /** Skips the calling test unless {@code python3} can import every module. */
    static void assumePythonModules(String... modules) {
        for (String module : modules) {
            boolean present = AVAILABLE.computeIfAbsent("python:" + module,
                    k -> succeeds(List.of("python3", "-c", "import " + module)));
            assumeTrue(present, "python3 with module " + module + " is not installed (.ci/run installs it)");
        }
    }

    /** Skips the calling test unless {@code node} is installed and {@code npm ci} has run in the node dir. */
    static void assumeNodeModules() {
        boolean node = AVAILABLE.computeIfAbsent("node", k -> succeeds(List.of("node", "--version")));
        assumeTrue(node, "node is not installed (.ci/run installs the node client's packages)");
        assumeTrue(Files.isDirectory(NODE_DIR.resolve("node_modules").resolve("pg")),
                "node_modules of " + NODE_DIR + " is missing: run npm ci there (.ci/run does)");
    }

    /** Runs {@code python3 script args...} against the sample; fails on a non-zero exit or a timeout. */
    static Observations python(SampleApp.Embedded sample, String script, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", PYTHON_DIR.resolve(script).toString()));
        command.addAll(List.of(args));
        return run(sample, command, env);
    }

    /** Runs {@code node script} in the node directory against the sample. */
    static Observations node(SampleApp.Embedded sample, String script, Map<String, String> env)
            throws IOException, InterruptedException {
        return run(sample, List.of("node", NODE_DIR.resolve(script).toString()), env);
    }

    private static Observations run(SampleApp.Embedded sample, List<String> command, Map<String, String> env)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PGHOST", "127.0.0.1");
        pb.environment().put("PGPORT", Integer.toString(sample.port()));
        pb.environment().put("PGUSER", "test");
        pb.environment().put("PGDATABASE", "sample");
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        // Read before waiting: a full pipe would block the child.
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(command + " did not finish in " + TIMEOUT_SECONDS + " s:\n" + out);
        }
        assertEquals(0, p.exitValue(), command + " failed:\n" + out);
        Observations o = Observations.parse(out);
        assertEquals("ok", o.values.get("done"), command + " did not finish its checks:\n" + out);
        return o;
    }

    private static boolean succeeds(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A script's observations in output order, and its whole output for failure messages. */
    record Observations(Map<String, String> values, String output) {
        static Observations parse(String out) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : out.split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    values.put(line.substring(0, tab), unescape(line.substring(tab + 1)));
                }
            }
            return new Observations(values, out);
        }

        /** The value of {@code key}, failing with the whole output (and the check's error) when absent. */
        String get(String key) {
            String v = values.get(key);
            if (v == null) {
                String check = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
                fail("no " + key + (values.containsKey(check + ".error") ? ": " + values.get(check + ".error") : "")
                        + "\n" + output);
            }
            return v;
        }

        /** Asserts that no check reported an error, except those listed as known. */
        void assertNoErrors(String... known) {
            List<String> errors = new ArrayList<>();
            values.forEach((k, v) -> {
                if (k.endsWith(".error") && !List.of(known).contains(k)) {
                    errors.add(k + ": " + v);
                }
            });
            assertTrue(errors.isEmpty(), "client checks failed: " + errors + "\n" + output);
        }

        private static String unescape(String s) {
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length()) {
                    char n = s.charAt(++i);
                    b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
                } else {
                    b.append(c);
                }
            }
            return b.toString();
        }
    }
}
