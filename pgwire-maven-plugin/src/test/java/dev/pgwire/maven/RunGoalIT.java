package dev.pgwire.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs {@code mvn pgwire:run} on the {@code src/it/run-basic} project, as a developer would, against the
 * artifacts of this build (installed by {@code invoker:install} into an isolated repository), then
 * queries the forked server over pgjdbc and checks that stopping Maven stops the server.
 */
class RunGoalIT {
    private static final Duration STARTUP = Duration.ofSeconds(120);

    /** Prepared once: later runs find it compiled, as a developer's second {@code mvn pgwire:run} would. */
    private static Path project;

    private Process maven;
    private Path buildLog;

    @BeforeAll
    static void prepare() throws IOException {
        project = prepareProject("run-basic");
    }

    @AfterEach
    void killMaven() {
        if (maven != null && maven.isAlive()) {
            ForkedJvm.stop(maven);
        }
    }

    @Test
    @Timeout(240)
    void servesTheProjectAndStopsWithMaven() throws Exception {
        int port = freePort();
        maven = startMaven("serve", List.of(
                "pgwire:run",
                "-Dpgwire.port=" + port,
                "-Dpgwire.database=it",
                "-Dit.greeting=hello world",
                "-Dpgwire.arguments=alpha 'beta gamma'",
                "-Dpgwire.jvmArguments=-Xmx256m -Dit.fromJvmArguments='set in jvmArguments'"));
        awaitPort(port);

        String url = "jdbc:postgresql://127.0.0.1:" + port + "/it?user=it";
        try (Connection c = DriverManager.getConnection(url)) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM items")) {
                assertTrue(rs.next());
                assertEquals(3, rs.getLong(1));
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT name, price FROM items WHERE id = ?")) {
                ps.setInt(1, 2);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals("pear", rs.getString(1));
                    assertEquals(0.75, rs.getDouble(2));
                    assertFalse(rs.next());
                }
            }
            // The server listens before the application's main has exposed its instance: give it a moment.
            long exposed = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!tableNames(c.getMetaData()).contains("settings") && System.nanoTime() < exposed) {
                Thread.sleep(100);
            }
            assertEquals(List.of("items", "settings"), tableNames(c.getMetaData()));
            Map<String, String> settings = new HashMap<>();
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT name, value FROM settings ORDER BY name")) {
                while (rs.next()) {
                    settings.put(rs.getString(1), rs.getString(2));
                }
            }
            assertEquals(Map.of("it.greeting", "hello world", "it.fromJvmArguments", "set in jvmArguments",
                            "arg0", "alpha", "arg1", "beta gamma"), settings,
                    "a pass-through -D property, pgwire.jvmArguments and pgwire.arguments reach the application");
        }

        List<ProcessHandle> forked = maven.descendants().toList();
        assertFalse(forked.isEmpty(), "pgwire:run forked a JVM");
        maven.destroy(); // SIGTERM, as when the developer stops Maven
        assertTrue(maven.waitFor(60, TimeUnit.SECONDS), "Maven stopped");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (forked.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(forked.stream().noneMatch(ProcessHandle::isAlive), "the forked server JVM is gone");
        assertFalse(accepts(port), "port " + port + " is closed");
    }

    @Test
    @Timeout(180)
    void failingServerJvmFailsTheBuild() throws Exception {
        maven = startMaven("failing-main", List.of("pgwire:run", "-Dpgwire.port=" + freePort(),
                "-Dpgwire.mainClass=it.basic.NoSuchMain"));
        assertTrue(maven.waitFor(150, TimeUnit.SECONDS), "Maven finished");
        String log = Files.readString(buildLog, StandardCharsets.UTF_8);
        assertEquals(1, maven.exitValue(), log);
        assertTrue(log.contains("it.basic.NoSuchMain"), "the forked JVM's error is on the console:\n" + log);
        assertTrue(log.contains("The pgwire server JVM exited with code"), log);
    }

    @Test
    @Timeout(180)
    void skipDoesNotFork() throws Exception {
        maven = startMaven("skip", List.of("pgwire:run", "-Dpgwire.skip=true"));
        assertTrue(maven.waitFor(150, TimeUnit.SECONDS), "Maven finished");
        String log = Files.readString(buildLog, StandardCharsets.UTF_8);
        assertEquals(0, maven.exitValue(), log);
        assertTrue(log.contains("pgwire:run skipped (pgwire.skip=true)"), log);
        assertFalse(log.contains("pgwire listening"), log);
    }

    /** Copies {@code src/it/<name>} to the work directory, filling in {@code @project.version@}. */
    private static Path prepareProject(String name) throws IOException {
        Path source = Path.of(property("pgwire.it.projects")).resolve(name);
        Path target = Path.of(property("pgwire.it.workDirectory")).resolve(name);
        String version = property("pgwire.it.version");
        deleteRecursively(target);
        // Its own .mvn marks the project root, so this repository's .mvn/*.config never leak into the run.
        Files.createDirectories(target.resolve(".mvn"));
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path dest = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(dest);
                } else {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    Files.writeString(dest, text.replace("@project.version@", version), StandardCharsets.UTF_8);
                }
            }
        }
        return target;
    }

    /**
     * Starts Maven on {@code project}: the isolated repository holds this build's artifacts; everything
     * else is read from the developer's repository through a file mirror (Central behind it for CI).
     */
    private Process startMaven(String run, List<String> goalsAndProps) throws IOException {
        Path settings = project.resolve("it-settings.xml");
        Files.writeString(settings, settingsXml(Path.of(property("pgwire.it.mirroredRepository")).toUri().toString()));
        Path mvn = Path.of(property("maven.home"), "bin", isWindows() ? "mvn.cmd" : "mvn");
        List<String> cmd = new ArrayList<>(List.of(mvn.toString(), "-B", "-ntp",
                "-s", settings.toString(),
                "-Dmaven.repo.local=" + property("pgwire.it.localRepository")));
        cmd.addAll(goalsAndProps);
        buildLog = project.resolve("build-" + run + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(buildLog.toFile());
        return pb.start();
    }

    private static String settingsXml(String mirroredRepositoryUrl) {
        String repo = """
                <id>developer-repository</id>
                <url>%s</url>
                <releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>
                <snapshots><enabled>false</enabled></snapshots>
                """.formatted(mirroredRepositoryUrl);
        return """
                <settings>
                  <profiles>
                    <profile>
                      <id>it</id>
                      <repositories><repository>%s</repository></repositories>
                      <pluginRepositories><pluginRepository>%s</pluginRepository></pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>it</activeProfile></activeProfiles>
                </settings>
                """.formatted(repo, repo);
    }

    private void awaitPort(int port) throws InterruptedException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (accepts(port)) {
                return;
            }
            if (!maven.isAlive()) {
                fail("Maven exited with " + maven.exitValue() + " before the server started:\n" + logTail());
            }
            Thread.sleep(200);
        }
        fail("the server did not listen on port " + port + " within " + STARTUP + ":\n" + logTail());
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(buildLog, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> tableNames(DatabaseMetaData md) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = md.getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        names.sort(null);
        return names;
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set; run this test through `mvn verify` (failsafe)");
        }
        return value;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
