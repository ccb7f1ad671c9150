package dev.pgwire.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.runtime.PgWireServer;
import dev.pgwire.runtime.TestEngine;
import dev.pgwire.runtime.tables.TableRegistry;
import dev.pgwire.runtime.testing.WireClient;
import java.io.InputStream;
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
 * COPY TO STDOUT and SQL cursors stream: a slow COPY reader holds the query back, a cursor pulls only the rows a
 * FETCH asks for, statement_timeout stops a COPY, and everything is released when the client goes.
 */
class CopyAndCursorStreamingTest {
    private static final int ROWS = 1_000_000; // about 1 GB of CopyData: must never be buffered whole

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
    void slowCopyReaderHoldsTheQueryBack() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setReceiveBufferSize(64 * 1024);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(ClientMessages.create().startup(Map.of("user", "pgwire")).bytes());
            out.write(ClientMessages.create().query("copy (select * from big(" + ROWS + ")) to stdout").bytes());
            out.flush();
            in.readNBytes(64 * 1024);

            waitUntil(() -> engine.openCursors.get() == 1, "copy started");
            int produced = stableRowCount();
            assertTrue(produced < 20_000, "server ran ahead of the client by " + produced + " rows");
        }
        waitUntil(() -> engine.openCursors.get() == 0, "cursor closed after disconnect");
        assertTrue(engine.rowsProduced.get() < ROWS);
    }

    @Test
    void copyStreamsEveryRowAndCountsThem() throws Exception {
        try (WireClient c = WireClient.connect(server.port(), "pgwire", "db")) {
            List<String> lines = c.query("copy (select * from series(3)) to stdout with (format csv, header)");
            assertEquals(List.of("H:0/2/0,0", "d:n,label\\x0a", "d:1,row 1\\x0a", "d:2,row 2\\x0a",
                    "d:3,row 3\\x0a", "c", "C:COPY 3", "Z:I"), lines);
            List<String> big = c.query("copy (select * from big(20000)) to stdout");
            assertEquals(20000 + 4, big.size());
            assertEquals("C:COPY 20000", big.get(big.size() - 2));
        }
        assertEquals(0, engine.openCursors.get());
    }

    @Test
    void statementTimeoutStopsACopy() throws Exception {
        try (WireClient c = WireClient.connect(server.port(), "pgwire", "db")) {
            c.query("set statement_timeout = 100");
            assertEquals(List.of("H:0/1/0", "E:ERROR/57014/canceling statement due to statement timeout", "Z:I"),
                    c.query("copy (select sleep(20000)) to stdout"));
            c.query("set statement_timeout = 0");
            assertEquals(List.of("H:0/1/0", "d:7\\x0a", "c", "C:COPY 1", "Z:I"), c.query("copy (select 7) to stdout"));
        }
        assertEquals(0, engine.openCursors.get());
    }

    @Test
    void forwardCursorPullsOnlyWhatEachFetchReturns() throws Exception {
        try (WireClient c = WireClient.connect(server.port(), "pgwire", "db")) {
            assertEquals(List.of("C:BEGIN", "Z:T"), c.query("begin"));
            assertEquals(List.of("C:DECLARE CURSOR", "Z:T"),
                    c.query("declare c cursor for select * from big(" + ROWS + ")"));
            List<String> first = c.query("fetch 5 from c");
            assertEquals("C:FETCH 5", first.get(first.size() - 2));
            assertTrue(engine.rowsProduced.get() <= 5, "rows produced ahead: " + engine.rowsProduced.get());
            assertEquals(List.of("C:MOVE 1000", "Z:T"), c.query("move 1000 in c"));
            assertTrue(engine.rowsProduced.get() <= 1005);
            assertEquals(1, engine.openCursors.get());
            assertEquals(List.of("C:COMMIT", "Z:I"), c.query("commit"));
            assertEquals(0, engine.openCursors.get(), "commit closes the cursor");

            c.query("declare h scroll cursor with hold for select * from series(4)");
            assertEquals(List.of("T:n/23,label/25", "D:4|row 4", "C:FETCH 1", "T:n/23,label/25", "D:3|row 3",
                    "C:FETCH 1", "Z:I"),
                    c.query("fetch last from h; fetch prior from h"));
            assertEquals(List.of("T:n/23,label/25", "D:1|row 1", "C:FETCH 1", "Z:I"), c.query("fetch first from h"));
        }
        waitUntil(() -> engine.openCursors.get() == 0, "held cursor closed with the connection");
    }

    @Test
    void cursorsAndStatementsWorkThroughTheExtendedProtocol() throws Exception {
        try (WireClient c = WireClient.connect(server.port(), "pgwire", "db")) {
            c.query("begin; declare c binary cursor for select * from series(3)");
            // Describe of the FETCH portal reports the cursor's columns; results in the formats Bind asked for.
            assertEquals(List.of("1", "2", "T:n/23,label/25", "D:1|row 1", "D:2|row 2", "C:FETCH 2", "Z:T"),
                    c.extended("fetch 2 from c", 0, (short) 0));
            assertEquals(List.of("1", "2", "n", "C:MOVE 1", "Z:T"), c.extended("move next in c", 0, (short) 0));
            c.query("commit");
            assertEquals(List.of("C:PREPARE", "Z:I"), c.query("prepare p as select * from series(4)"));
            assertEquals(List.of("1", "2", "T:n/23,label/25", "D:1|row 1", "D:2|row 2", "s", "Z:I"),
                    c.extended("execute p", 2, (short) 0));
            assertEquals(List.of("1", "2", "n", "H:1/2/1,1", "d:PGCOPY\\x0a\\xff\\x0d\\x0a\\x00\\x00\\x00\\x00\\x00"
                    + "\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\x00\\x00\\x04\\x00\\x00\\x00\\x01\\x00\\x00\\x00\\x05row 1", "d:\\xff\\xff",
                    "c", "C:COPY 1", "Z:I"), c.extended("copy (select * from series(1)) to stdout (format binary)", 0,
                    (short) 0));
        }
    }

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

    private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(20);
        }
    }
}
