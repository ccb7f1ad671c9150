package dev.pgwire.bench.harness;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal PostgreSQL v3 client (trust login, simple query, text results) for what a driver hides:
 * connections that only idle, a client that reads a huge result slowly, and polling for the first answer.
 * It is the same client for both servers, so neither gets a driver's extra start-up queries.
 */
final class WireClient implements Closeable {
    private static final int PROTOCOL_3_0 = 196_608;

    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;
    private byte[] scratch = new byte[8192];
    private int backendPid;

    private WireClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 65_536));
        this.out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), 8192));
    }

    /**
     * Connects and logs in (trust), returning once the server is ready for a query.
     *
     * @param receiveBuffer the socket's receive buffer in bytes, 0 for the system's default
     */
    static WireClient connect(String host, int port, String user, String database, int receiveBuffer)
            throws IOException {
        Socket socket = new Socket();
        try {
            if (receiveBuffer > 0) {
                socket.setReceiveBufferSize(receiveBuffer); // before connect, so the window is negotiated small
            }
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), 10_000);
            WireClient client = new WireClient(socket);
            client.startup(user, database);
            return client;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** The backend's process id from BackendKeyData (PostgreSQL's backend process; pgwire's is virtual). */
    int backendPid() {
        return backendPid;
    }

    private void startup(String user, String database) throws IOException {
        byte[] params = ("user\0" + user + "\0database\0" + database + "\0\0").getBytes(StandardCharsets.UTF_8);
        out.writeInt(8 + params.length);
        out.writeInt(PROTOCOL_3_0);
        out.write(params);
        out.flush();
        while (true) {
            char type = (char) in.readUnsignedByte();
            int length = in.readInt() - 4;
            switch (type) {
                case 'R' -> {
                    int code = in.readInt();
                    skip(length - 4);
                    if (code != 0) {
                        throw new IOException("the server asks for authentication (code " + code
                                + "); the harness's servers use trust");
                    }
                }
                case 'K' -> {
                    backendPid = in.readInt();
                    skip(length - 4);
                }
                case 'E' -> throw new IOException("login failed: " + errorMessage(length));
                case 'Z' -> {
                    skip(length);
                    return;
                }
                default -> skip(length);
            }
        }
    }

    /** Runs {@code sql} with the simple protocol and returns its rows as text (NULL as {@code null}). */
    List<List<String>> query(String sql) throws IOException {
        sendQuery(sql);
        List<List<String>> rows = new ArrayList<>();
        String error = null;
        while (true) {
            char type = (char) in.readUnsignedByte();
            int length = in.readInt() - 4;
            switch (type) {
                case 'D' -> {
                    int columns = in.readUnsignedShort();
                    List<String> row = new ArrayList<>(columns);
                    for (int i = 0; i < columns; i++) {
                        int n = in.readInt();
                        if (n < 0) {
                            row.add(null);
                        } else {
                            byte[] value = new byte[n];
                            in.readFully(value);
                            row.add(new String(value, StandardCharsets.UTF_8));
                        }
                    }
                    rows.add(row);
                }
                case 'E' -> error = errorMessage(length);
                case 'Z' -> {
                    skip(length);
                    if (error != null) {
                        throw new IOException(error);
                    }
                    return rows;
                }
                default -> skip(length);
            }
        }
    }

    /** Called while a result streams in, after every {@code every} rows. */
    interface Pacer {
        void rowsRead(long rows) throws IOException;
    }

    /**
     * Runs {@code sql} and reads its result without keeping it, calling {@code pacer} every {@code every}
     * rows (where a slow client sleeps); returns the number of rows.
     */
    long stream(String sql, long every, Pacer pacer) throws IOException {
        sendQuery(sql);
        long rows = 0;
        String error = null;
        while (true) {
            char type = (char) in.readUnsignedByte();
            int length = in.readInt() - 4;
            switch (type) {
                case 'D' -> {
                    skip(length);
                    if (++rows % every == 0) {
                        pacer.rowsRead(rows);
                    }
                }
                case 'E' -> error = errorMessage(length);
                case 'Z' -> {
                    skip(length);
                    if (error != null) {
                        throw new IOException(error);
                    }
                    return rows;
                }
                default -> skip(length);
            }
        }
    }

    private void sendQuery(String sql) throws IOException {
        byte[] text = sql.getBytes(StandardCharsets.UTF_8);
        out.writeByte('Q');
        out.writeInt(4 + text.length + 1);
        out.write(text);
        out.writeByte(0);
        out.flush();
    }

    private String errorMessage(int length) throws IOException {
        byte[] body = read(length);
        String sqlState = "";
        String message = "";
        int i = 0;
        while (i < body.length && body[i] != 0) {
            char field = (char) body[i++];
            int end = i;
            while (body[end] != 0) {
                end++;
            }
            String value = new String(body, i, end - i, StandardCharsets.UTF_8);
            if (field == 'C') {
                sqlState = value;
            } else if (field == 'M') {
                message = value;
            }
            i = end + 1;
        }
        return message + " (SQLSTATE " + sqlState + ")";
    }

    private byte[] read(int length) throws IOException {
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return bytes;
    }

    private void skip(int length) throws IOException {
        if (length > scratch.length) {
            scratch = new byte[length];
        }
        in.readFully(scratch, 0, length);
    }

    @Override
    public void close() throws IOException {
        try {
            out.writeByte('X');
            out.writeInt(4);
            out.flush();
        } catch (IOException ignored) {
            // closing anyway
        } finally {
            socket.close();
        }
    }
}
