package dev.pgwire.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.runtime.PgWireMain;
import dev.pgwire.runtime.PgWireServer;
import dev.pgwire.runtime.TestEngine;
import dev.pgwire.runtime.tables.TableRegistry;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Graceful shutdown: stop accepting, let running statements finish within the grace period, then FATAL 57P01. */
class ShutdownTest {
    private static final String ADMIN = "E:FATAL/57P01/terminating connection due to administrator command";

    private final TestEngine engine = new TestEngine();

    private PgWireServer start() {
        return PgWireServer.builder().port(0).registry(new TableRegistry()).engine(engine).start();
    }

    @Test
    void idleSessionsEndAtOnceAndNoConnectionIsAccepted() throws Exception {
        PgWireServer server = start();
        try (RawClient idle = RawClient.connect(server.port(), "u");
                RawClient inTransaction = RawClient.connect(server.port(), "u")) {
            assertEquals("Z:T", inTransaction.query("begin").get(1));
            long start = System.nanoTime();
            server.shutdown(Duration.ofSeconds(30));
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10), "idle sessions did not hold it up");
            assertEquals(List.of(ADMIN, RawClient.EOF), idle.readUntil(l -> false));
            assertEquals(List.of(ADMIN, RawClient.EOF), inTransaction.readUntil(l -> false));
        }
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", server.port()).close());
    }

    @Test
    void aRunningStatementFinishesWithinTheGracePeriod() throws Exception {
        PgWireServer server = start();
        try (RawClient busy = RawClient.connect(server.port(), "u")) {
            busy.send(ClientMessages.create().query("select sleep(1500)"));
            waitUntil(() -> engine.openCursors.get() == 1);
            long start = System.nanoTime();
            server.shutdown(Duration.ofSeconds(30));
            long took = System.nanoTime() - start;
            assertEquals(List.of("T:sleep/23", "D:1", "C:SELECT 1", "Z:I", ADMIN, RawClient.EOF),
                    busy.readUntil(l -> false));
            assertTrue(took > TimeUnit.MILLISECONDS.toNanos(500), "waited for the statement");
            assertTrue(took < TimeUnit.SECONDS.toNanos(20), "did not wait for the whole grace period");
        }
    }

    @Test
    void aStatementStillRunningAfterTheGracePeriodIsTerminated() throws Exception {
        PgWireServer server = start();
        try (RawClient busy = RawClient.connect(server.port(), "u");
                RawClient idle = RawClient.connect(server.port(), "u")) {
            busy.send(ClientMessages.create().query("select sleep(60000)"));
            waitUntil(() -> engine.openCursors.get() == 1);
            long start = System.nanoTime();
            server.shutdown(Duration.ofMillis(300));
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(10));
            // As PostgreSQL's fast shutdown: FATAL instead of the result, no ERROR first.
            assertEquals(List.of("T:sleep/23", ADMIN, RawClient.EOF), busy.readUntil(l -> false));
            assertEquals(List.of(ADMIN, RawClient.EOF), idle.readUntil(l -> false));
        }
        assertEquals(0, engine.openCursors.get());
    }

    @Test
    void aSessionInTheMiddleOfAnExtendedQueryEndsAtItsSync() throws Exception {
        PgWireServer server = start();
        try (RawClient c = RawClient.connect(server.port(), "u")) {
            c.send(ClientMessages.create().parse("", "select * from series(2)").bind("", "", new String[0])
                    .flush());
            assertEquals(List.of("1", "2"), c.readUntil(l -> l.equals("2")));
            CompletableFuture<Void> shutdown = CompletableFuture.runAsync(() -> server.shutdown(Duration.ofSeconds(30)));
            Thread.sleep(300);
            assertTrue(!shutdown.isDone(), "waits for the pipeline to reach Sync");
            c.send(ClientMessages.create().execute("", 0).sync());
            assertEquals(List.of("D:1|row 1", "D:2|row 2", "C:SELECT 2", "Z:I", ADMIN, RawClient.EOF),
                    c.readUntil(l -> false));
            shutdown.get(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void closeIsIdempotentAndAwaitCloseReturns() throws Exception {
        PgWireServer server = start();
        CompletableFuture<Void> awaiting = CompletableFuture.runAsync(() -> {
            try {
                server.awaitClose();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.close();
        server.close();
        awaiting.get(10, TimeUnit.SECONDS);
    }

    /** PgWireMain's shutdown hook: SIGTERM ends sessions with FATAL 57P01 and the JVM exits. */
    @Test
    void sigtermShutsPgWireMainDownGracefully() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "-Dpgwire.port=" + port, "-Dpgwire.warmUp=false",
                "-Dpgwire.shutdownTimeout=10s", PgWireMain.class.getName())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            RawClient c = connectWithin(port, Duration.ofSeconds(30));
            try (c) {
                c.setReadTimeout(60_000); // a fresh JVM on a loaded machine
                // A session statement: no planner to load in the fresh JVM.
                assertEquals(List.of("C:SET", "S:application_name=sigterm", "Z:I"),
                        c.query("set application_name = 'sigterm'"));
                p.destroy(); // SIGTERM
                assertEquals(List.of(ADMIN, RawClient.EOF), c.readUntil(l -> false));
            }
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the JVM exited");
        } finally {
            p.destroyForcibly();
        }
    }

    private static RawClient connectWithin(int port, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Exception> failures = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            try {
                return RawClient.connect(port, "u");
            } catch (IOException e) {
                failures.add(e);
                Thread.sleep(100);
            }
        }
        throw new AssertionError("PgWireMain did not start listening: " + failures.get(failures.size() - 1));
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(10);
        }
    }
}
