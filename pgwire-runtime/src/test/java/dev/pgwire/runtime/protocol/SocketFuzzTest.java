package dev.pgwire.runtime.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgwire.runtime.PgWireServer;
import dev.pgwire.runtime.TestEngine;
import dev.pgwire.runtime.tables.TableRegistry;
import dev.pgwire.runtime.testing.LogCapture;
import dev.pgwire.runtime.testing.NettyLeaks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * The fuzz traffic of {@link ProtocolFuzzTest} against a real server over real sockets (fewer tries: each
 * one is a TCP connection): a pgjdbc connection opened before the first try must answer after every try,
 * each fuzzed connection must be released, and nothing may leak or be logged as an error.
 */
class SocketFuzzTest {
    private final TestEngine engine = new TestEngine();
    private PgWireServer server;
    private Connection healthy;
    private LogCapture logs;

    @BeforeProperty
    void start() throws Exception {
        NettyLeaks.install();
        logs = LogCapture.start();
        server = PgWireServer.builder().port(0).registry(new TableRegistry()).engine(engine)
                .maxMessageLength(64 * 1024).start();
        healthy = DriverManager.getConnection(server.jdbcUrl());
    }

    @AfterTry
    void checkTry() throws Exception {
        waitUntil(() -> server.connectionCount() == 1, "fuzzed connection released");
        waitUntil(() -> engine.openCursors.get() == 0, "cursors closed");
        try (ResultSet rs = healthy.createStatement().executeQuery("select * from series(3)")) {
            int n = 0;
            while (rs.next()) {
                assertEquals("row " + ++n, rs.getString(2));
            }
            assertEquals(3, n);
        }
        logs.assertNoWarnings();
    }

    @AfterProperty
    void stop() throws Exception {
        healthy.close();
        server.close();
        logs.close();
        NettyLeaks.assertNone();
    }

    @Property(tries = 25)
    void fuzzedConnectionsNeverDisturbOthers(@ForAll("messageLists") List<byte[]> messages) throws Exception {
        byte[] input = FrontendFuzz.concat(EmbeddedFuzzServer.startup(),
                FrontendFuzz.concat(messages.toArray(new byte[0][])),
                ClientMessages.create().sync().query("select 1").bytes());
        BackendStream response = BackendStream.parse(exchange(input), true);
        response.assertSaneErrors();
    }

    @Provide
    Arbitrary<List<byte[]>> messageLists() {
        return FrontendFuzz.anyMessage().list().ofMinSize(1).ofMaxSize(8);
    }

    /**
     * Sends the input and reads what comes back until the final select 1 is answered, the server closes, or
     * it goes quiet (waiting for the rest of a frame the fuzz announced): then half-closes and reads to the end.
     */
    private byte[] exchange(byte[] input) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            try {
                socket.getOutputStream().write(input);
                socket.getOutputStream().flush();
            } catch (IOException e) {
                return received.toByteArray(); // closed by the server while we were still sending
            }
            InputStream in = socket.getInputStream();
            socket.setSoTimeout(300);
            byte[] buf = new byte[8192];
            boolean halfClosed = false;
            while (true) {
                int n;
                try {
                    n = in.read(buf);
                } catch (SocketTimeoutException e) {
                    if (halfClosed) {
                        throw new AssertionError("server neither answered nor closed after the client's EOF");
                    }
                    socket.shutdownOutput();
                    socket.setSoTimeout(10_000);
                    halfClosed = true;
                    continue;
                } catch (IOException e) {
                    break; // reset by the server after a FATAL
                }
                if (n < 0) {
                    break;
                }
                received.write(buf, 0, n);
                if (answeredSelect1(received.toByteArray())) {
                    break; // the final select 1 (or one like it) was answered: the session is alive
                }
            }
        }
        return received.toByteArray();
    }

    private static boolean answeredSelect1(byte[] bytes) {
        List<BackendStream.Message> m = BackendStream.parse(bytes, true).messages();
        int n = m.size();
        return n >= 4 && m.get(n - 4).type() == 'T' && m.get(n - 3).type() == 'D' && m.get(n - 2).type() == 'C'
                && m.get(n - 1).type() == 'Z';
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for: " + what);
            Thread.sleep(10);
        }
    }
}
