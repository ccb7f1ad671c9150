package dev.pgwire.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.runtime.PgWireServer;
import dev.pgwire.runtime.TestEngine;
import dev.pgwire.runtime.tables.TableRegistry;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Streaming over a real socket: a slow reader holds the query back, a vanished one stops it. */
class BackpressureTest {
    private static final int ROWS = 1_000_000; // about 1 GB of DataRows: must never be buffered whole

    private TestEngine engine;
    private PgWireServer server;

    @BeforeEach
    void start() {
        engine = new TestEngine();
        server = PgWireServer.builder().port(0).registry(new TableRegistry()).engine(engine).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void slowReaderHoldsTheQueryBackAndDisconnectClosesTheCursor() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setReceiveBufferSize(64 * 1024);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(ClientMessages.create().startup(Map.of("user", "pgwire")).bytes());
            out.write(ClientMessages.create().query("select * from big(" + ROWS + ")").bytes());
            out.flush();
            in.readNBytes(64 * 1024); // read a little, then stop reading

            waitUntil(() -> engine.openCursors.get() == 1, "query started");
            int produced = stableRowCount();
            assertTrue(produced < 20_000, "server ran ahead of the client by " + produced + " rows");
        }
        // The client is gone mid-result: the worker notices and closes the cursor.
        waitUntil(() -> engine.openCursors.get() == 0, "cursor closed after disconnect");
        assertTrue(engine.rowsProduced.get() < ROWS);
        waitUntil(() -> server.connectionCount() == 0, "connection released");
    }

    @Test
    void otherConnectionsAreServedWhileOneIsBlocked() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(ClientMessages.create().startup(Map.of("user", "pgwire")).bytes());
            out.write(ClientMessages.create().query("select * from big(" + ROWS + ")").bytes());
            out.flush();
            waitUntil(() -> engine.openCursors.get() == 1, "query started");
            try (Connection c = DriverManager.getConnection(server.jdbcUrl());
                    ResultSet rs = c.createStatement().executeQuery("select * from series(2)")) {
                assertTrue(rs.next());
                assertEquals("row 1", rs.getString(2));
            }
        }
    }

    /** Waits until the producer stops advancing (it is blocked on the socket) and returns its row count. */
    private int stableRowCount() throws InterruptedException {
        int last = -1;
        for (int i = 0; i < 50; i++) {
            int now = engine.rowsProduced.get();
            if (now == last) {
                return now;
            }
            last = now;
            Thread.sleep(200);
        }
        throw new AssertionError("producer never blocked: " + last + " rows");
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(20);
        }
    }
}
