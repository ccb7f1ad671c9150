package dev.pgwire.runtime.protocol;

import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A protocol-level client over a real socket, for tests against a real server (pgwire or PostgreSQL):
 * sends {@link ClientMessages}, reads backend messages as {@link BackendReader} lines, and sees EOF.
 */
final class RawClient implements AutoCloseable {
    static final String EOF = "EOF";

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final BackendReader reader = new BackendReader(true);
    private final List<String> pending = new ArrayList<>();
    private int pid;
    private int secret;

    RawClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(30_000); // generous: a first query plans cold on a loaded CI machine
        out = socket.getOutputStream();
        in = socket.getInputStream();
    }

    /** Connects and starts up as {@code user}; returns the messages up to the first ReadyForQuery. */
    static RawClient connect(int port, String user) throws IOException {
        RawClient c = new RawClient(port);
        c.send(ClientMessages.create().startup(Map.of("user", user, "database", "postgres")));
        List<String> startup = c.readUntil(l -> l.startsWith("Z:") || l.startsWith("E:"));
        if (!startup.get(startup.size() - 1).startsWith("Z:")) {
            throw new IllegalStateException("startup failed: " + startup);
        }
        return c;
    }

    RawClient send(ClientMessages m) throws IOException {
        out.write(m.bytes());
        out.flush();
        return this;
    }

    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Messages up to and including the first that matches, or up to EOF (then the last line is {@link #EOF}). */
    List<String> readUntil(Predicate<String> last) throws IOException {
        List<String> got = new ArrayList<>();
        while (true) {
            while (!pending.isEmpty()) {
                String line = pending.remove(0);
                got.add(line);
                remember(line);
                if (last.test(line)) {
                    return got;
                }
            }
            byte[] buf = new byte[8192];
            int n;
            try {
                n = in.read(buf);
            } catch (SocketTimeoutException e) {
                throw new AssertionError("no answer in time; received so far: " + got, e);
            } catch (IOException e) {
                n = -1; // reset by peer counts as closed
            }
            if (n < 0) {
                got.add(EOF);
                return got;
            }
            pending.addAll(reader.read(Unpooled.wrappedBuffer(buf, 0, n)));
        }
    }

    /** Messages up to the next ReadyForQuery, or EOF. */
    List<String> readToReady() throws IOException {
        return readUntil(l -> l.startsWith("Z:"));
    }

    /** A simple query's whole answer. */
    List<String> query(String sql) throws IOException {
        send(ClientMessages.create().query(sql));
        return readToReady();
    }

    int processId() {
        return pid;
    }

    int secretKey() {
        return secret;
    }

    void setReadTimeout(int millis) {
        try {
            socket.setSoTimeout(millis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void remember(String line) {
        if (line.startsWith("K:")) {
            String[] parts = line.substring(2).split("/");
            pid = Integer.parseInt(parts[0]);
            secret = Integer.parseInt(parts[1]);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
