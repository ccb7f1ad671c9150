package dev.pgwire.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the sample the way {@code pgwire:run} does: a separate JVM with {@code PgWireMain} as the main
 * class and {@code -Dpgwire.mainClass=dev.pgwire.sample.SampleApp}. A separate JVM because
 * {@code PgWire.expose} is process-wide.
 */
class SampleMainTest {
    private Process jvm;

    @AfterEach
    void stop() throws InterruptedException {
        if (jvm != null) {
            jvm.destroy();
            if (!jvm.waitFor(20, TimeUnit.SECONDS)) {
                jvm.destroyForcibly();
            }
        }
    }

    @Test
    @Timeout(120)
    void pgWireMainServesTheSampleUntilStopped() throws Exception {
        int port = freePort();
        Path log = Files.createTempFile("sample-main", ".log");
        jvm = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dpgwire.port=" + port,
                        "-Dpgwire.mainClass=" + SampleApp.class.getName(),
                        "-Dsample.activity=off",
                        "-cp", System.getProperty("java.class.path"),
                        "dev.pgwire.runtime.PgWireMain"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!accepts(port)) {
            if (!jvm.isAlive() || System.nanoTime() > deadline) {
                fail("the sample did not start:\n" + Files.readString(log));
            }
            Thread.sleep(100);
        }
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/sample?user=pgwire");
                Statement st = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> st.execute("DELETE FROM orders"));
            assertEquals("25006", e.getSQLState(), e.getMessage());
        }
        String output = waitForLine(log, "sample data ready", deadline);
        assertTrue(output.contains("activity off"), output);
        jvm.destroy();
        assertTrue(jvm.waitFor(20, TimeUnit.SECONDS), "SIGTERM stops the server JVM");
        assertTrue(!accepts(port), "port closed");
    }

    private static String waitForLine(Path log, String text, long deadline) throws IOException, InterruptedException {
        while (true) {
            String content = Files.readString(log);
            if (content.contains(text)) {
                return content;
            }
            if (System.nanoTime() > deadline) {
                fail("no \"" + text + "\" in:\n" + content);
            }
            Thread.sleep(100);
        }
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
}
