package dev.pgwire.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.runtime.PgWireServer;
import dev.pgwire.runtime.TestEngine;
import dev.pgwire.runtime.tables.TableRegistry;
import dev.pgwire.runtime.testing.LogCapture;
import dev.pgwire.runtime.testing.NettyLeaks;
import java.io.OutputStream;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that misbehave, over real sockets: one that vanishes mid-result, one that never reads, one that
 * cancels from another socket. The server frees what they held, leaks no buffer, logs no unexpected error,
 * and keeps serving everyone else.
 */
class FailureModesTest {
    private static final int HIGH_WATER_MARK = 32 * 1024;

    private final TestEngine engine = new TestEngine();
    private PgWireServer server;
    private LogCapture logs;

    @BeforeEach
    void start() {
        NettyLeaks.install();
        logs = LogCapture.start();
        server = PgWireServer.builder().port(0).registry(new TableRegistry()).engine(engine)
                .writeBufferHighWaterMark(HIGH_WATER_MARK).start();
    }

    @AfterEach
    void stop() {
        server.close();
        logs.close();
    }

    @Test
    void aClientThatNeverReadsIsHeldAtTheWriteBufferWatermark() throws Exception {
        int total = 1_000_000; // 1 GB of rows
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(16 * 1024);
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()));
            OutputStream out = socket.getOutputStream();
            out.write(ClientMessages.create().startup(Map.of("user", "u")).query("select * from big(" + total + ")")
                    .bytes());
            out.flush();
            waitUntil(() -> engine.openCursors.get() == 1, "query started");
            int produced = stableRowCount();
            // What the kernel buffers on both sides plus at most the watermark and one chunk: far below the total.
            assertTrue(produced < total / 50, "server ran ahead of the client by " + produced + " rows");
            long buffered = server.bufferedOutboundBytes();
            assertTrue(buffered <= HIGH_WATER_MARK + 2 * ChannelResponseSink.CHUNK + 2048,
                    "buffered " + buffered + " bytes for one connection");
            assertHealthy();
        }
        waitUntil(() -> engine.openCursors.get() == 0, "cursor closed after the client left");
        waitUntil(() -> server.connectionCount() == 0, "connection released");
        logs.assertNoWarnings();
        NettyLeaks.assertNone();
    }

    @Test
    void aClientThatVanishesWithASuspendedPortalReleasesIt() throws Exception {
        try (RawClient c = RawClient.connect(server.port(), "u")) {
            assertEquals("Z:T", c.query("begin").get(1));
            c.send(ClientMessages.create().parse("", "select * from series(1000)").bind("p", "", new String[0])
                    .execute("p", 10).sync());
            List<String> out = c.readToReady();
            assertEquals("s", out.get(out.size() - 2), "portal suspended");
            assertEquals(1, engine.openCursors.get());
        }
        waitUntil(() -> engine.openCursors.get() == 0, "suspended portal closed after the client left");
        waitUntil(() -> server.connectionCount() == 0, "connection released");
        assertHealthy();
        logs.assertNoWarnings();
        NettyLeaks.assertNone();
    }

    @Test
    void aClientThatVanishesMidResultStopsTheQuery() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(ClientMessages.create().startup(Map.of("user", "u")).query("select * from big(1000000)").bytes());
            out.flush();
            socket.getInputStream().readNBytes(100_000); // part of the result
        }
        waitUntil(() -> engine.openCursors.get() == 0, "cursor closed after the client left");
        assertTrue(engine.rowsProduced.get() < 1_000_000, "the query stopped");
        waitUntil(() -> server.connectionCount() == 0, "connection released");
        assertHealthy();
        logs.assertNoWarnings();
        NettyLeaks.assertNone();
    }

    @Test
    void cancelRequestFromAnotherSocket() throws Exception {
        try (RawClient c = RawClient.connect(server.port(), "u")) {
            c.send(ClientMessages.create().query("select sleep(30000)"));
            waitUntil(() -> engine.openCursors.get() == 1, "query running");
            try (RawClient wrongKey = new RawClient(server.port())) {
                wrongKey.send(ClientMessages.create().cancelRequest(c.processId(), c.secretKey() + 1));
                assertEquals(List.of(RawClient.EOF), wrongKey.readUntil(l -> false));
            }
            Thread.sleep(200);
            assertEquals(1, engine.openCursors.get(), "a wrong key cancels nothing");
            try (RawClient canceller = new RawClient(server.port())) {
                canceller.send(ClientMessages.create().cancelRequest(c.processId(), c.secretKey()));
                assertEquals(List.of(RawClient.EOF), canceller.readUntil(l -> false)); // answered with silence
            }
            assertEquals(List.of("T:sleep/23", "E:ERROR/57014/canceling statement due to user request", "Z:I"),
                    c.readToReady());
            assertEquals(List.of("T:?column?/23", "D:1", "C:SELECT 1", "Z:I"), c.query("select 1"));
        }
        logs.assertNoWarnings();
    }

    @Test
    void portInUseNamesHostAndPort() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PgWireServer.builder()
                .port(server.port()).registry(new TableRegistry()).engine(engine).start());
        assertTrue(e.getMessage().startsWith("cannot listen on 127.0.0.1:" + server.port() + ": port "
                + server.port() + " is already in use"), e.getMessage());
    }

    private void assertHealthy() throws Exception {
        try (RawClient other = RawClient.connect(server.port(), "other")) {
            assertEquals(List.of("T:n/23,label/25", "D:1|row 1", "D:2|row 2", "C:SELECT 2", "Z:I"),
                    other.query("select * from series(2)"));
        }
    }

    /** Waits until the producer stops advancing (blocked on the socket) and returns its row count. */
    private int stableRowCount() throws InterruptedException {
        int last = -1;
        for (int i = 0; i < 100; i++) {
            int now = engine.rowsProduced.get();
            if (now == last) {
                return now;
            }
            last = now;
            Thread.sleep(300);
        }
        throw new AssertionError("producer never blocked: " + last + " rows");
    }

    private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(20);
        }
    }
}
