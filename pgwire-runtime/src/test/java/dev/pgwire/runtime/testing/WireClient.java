package dev.pgwire.runtime.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A minimal PostgreSQL v3 client over a plain socket, for differential tests that compare what two servers send
 * message by message: trust login, simple queries and a few extended-protocol messages. Each backend message is
 * rendered as one line ({@link Message#render()}), so conversations compare as lists of strings.
 */
public final class WireClient implements AutoCloseable {
    /** Messages that differ between servers for reasons outside the tests' scope. */
    private static final Set<Character> SESSION_NOISE = Set.of('S', 'K');

    /** One backend message: its type byte and body. */
    public record Message(char type, byte[] body) {
        /** A compact line: {@code C:COPY 3}, {@code d:1\t2\n}, {@code E:ERROR/42601/message}, {@code H:0/2/0,0}. */
        public String render() {
            ByteBuffer b = ByteBuffer.wrap(body);
            return switch (type) {
                case 'C' -> "C:" + cstring(b);
                case 'Z' -> "Z:" + (char) b.get();
                case 'd' -> "d:" + escape(body);
                case 'c' -> "c";
                case 'H', 'G' -> {
                    StringBuilder s = new StringBuilder(type + ":" + b.get() + "/");
                    int n = b.getShort();
                    s.append(n).append('/');
                    for (int i = 0; i < n; i++) {
                        s.append(i > 0 ? "," : "").append(b.getShort());
                    }
                    yield s.toString();
                }
                case 'E', 'N' -> {
                    StringBuilder s = new StringBuilder(type + ":");
                    String severity = "";
                    String code = "";
                    String message = "";
                    String hint = null;
                    String position = null;
                    for (byte f = b.get(); f != 0; f = b.get()) {
                        String v = cstring(b);
                        switch (f) {
                            case 'V' -> severity = v;
                            case 'C' -> code = v;
                            case 'M' -> message = v;
                            case 'H' -> hint = v;
                            case 'P' -> position = v;
                            default -> { }
                        }
                    }
                    s.append(severity).append('/').append(code).append('/').append(message);
                    if (hint != null) {
                        s.append(" HINT:").append(hint);
                    }
                    if (position != null) {
                        s.append(" @").append(position);
                    }
                    yield s.toString();
                }
                case 'T' -> {
                    StringBuilder s = new StringBuilder("T:");
                    int n = b.getShort();
                    for (int i = 0; i < n; i++) {
                        String name = cstring(b);
                        b.getInt();
                        b.getShort();
                        int oid = b.getInt();
                        b.getShort();
                        b.getInt();
                        int format = b.getShort();
                        s.append(i > 0 ? "," : "").append(name).append('/').append(oid).append(format == 1 ? "b" : "");
                    }
                    yield s.toString();
                }
                case 'D' -> {
                    StringBuilder s = new StringBuilder("D:");
                    int n = b.getShort();
                    for (int i = 0; i < n; i++) {
                        int len = b.getInt();
                        s.append(i > 0 ? "|" : "");
                        if (len < 0) {
                            s.append("NULL");
                        } else {
                            byte[] v = new byte[len];
                            b.get(v);
                            s.append(escape(v));
                        }
                    }
                    yield s.toString();
                }
                default -> String.valueOf(type);
            };
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;

    private WireClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        this.out = new DataOutputStream(socket.getOutputStream());
    }

    /** Connects and logs in (trust); throws if the server asks for a password or refuses. */
    public static WireClient connect(int port, String user, String database) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        s.setSoTimeout(60_000);
        WireClient c = new WireClient(s);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        d.writeInt(196608);
        for (String kv : new String[] {"user", user, "database", database, "client_encoding", "UTF8",
                "DateStyle", "ISO, MDY", "TimeZone", "UTC", "extra_float_digits", "1"}) {
            d.write(kv.getBytes(StandardCharsets.UTF_8));
            d.write(0);
        }
        d.write(0);
        c.out.writeInt(body.size() + 4);
        c.out.write(body.toByteArray());
        c.out.flush();
        List<Message> startup = c.readUntilReady();
        for (Message m : startup) {
            if (m.type() == 'E' || (m.type() == 'R' && ByteBuffer.wrap(m.body()).getInt() != 0)) {
                c.close();
                throw new IOException("login failed: " + m.render());
            }
        }
        return c;
    }

    /** A simple Query; returns every message up to and including ReadyForQuery, rendered, without noise. */
    public List<String> query(String sql) throws IOException {
        send('Q', cstringBytes(sql));
        return render(readUntilReady());
    }

    /** The raw messages of a simple Query, for byte comparisons. */
    public List<Message> queryRaw(String sql) throws IOException {
        send('Q', cstringBytes(sql));
        return readUntilReady();
    }

    /** Parse (no declared types), Bind (no parameters, all results in {@code resultFormat}), Describe portal, Execute, Sync. */
    public List<String> extended(String sql, int maxRows, short resultFormat) throws IOException {
        send('P', concat(cstringBytes(""), cstringBytes(sql), new byte[] {0, 0}));
        ByteArrayOutputStream bind = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(bind);
        d.write(cstringBytes(""));
        d.write(cstringBytes(""));
        d.writeShort(0);
        d.writeShort(0);
        d.writeShort(1);
        d.writeShort(resultFormat);
        send('B', bind.toByteArray());
        send('D', concat(new byte[] {'P'}, cstringBytes("")));
        ByteBuffer exec = ByteBuffer.allocate(5);
        exec.put((byte) 0).putInt(maxRows);
        send('E', exec.array());
        send('S', new byte[0]);
        return render(readUntilReady());
    }

    /** Execute of the unnamed portal again (after a PortalSuspended), then Sync. */
    public List<String> executeAgain(int maxRows) throws IOException {
        ByteBuffer exec = ByteBuffer.allocate(5);
        exec.put((byte) 0).putInt(maxRows);
        send('E', exec.array());
        send('S', new byte[0]);
        return render(readUntilReady());
    }

    /** Removes messages that legitimately differ between servers (ParameterStatus, BackendKeyData). */
    public static List<String> render(List<Message> messages) {
        List<String> lines = new ArrayList<>();
        for (Message m : messages) {
            if (!SESSION_NOISE.contains(m.type())) {
                lines.add(m.render());
            }
        }
        return lines;
    }

    private void send(char type, byte[] body) throws IOException {
        out.writeByte(type);
        out.writeInt(body.length + 4);
        out.write(body);
        out.flush();
    }

    private List<Message> readUntilReady() throws IOException {
        List<Message> messages = new ArrayList<>();
        while (true) {
            char type = (char) in.readUnsignedByte();
            int len = in.readInt();
            byte[] body = new byte[len - 4];
            in.readFully(body);
            messages.add(new Message(type, body));
            if (type == 'Z') {
                return messages;
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            OutputStream o = socket.getOutputStream();
            o.write(new byte[] {'X', 0, 0, 0, 4});
            o.flush();
        } catch (IOException ignored) {
            // already closed
        }
        socket.close();
    }

    private static byte[] cstringBytes(String s) {
        return concat(s.getBytes(StandardCharsets.UTF_8), new byte[] {0});
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    private static String cstring(ByteBuffer b) {
        int start = b.position();
        while (b.get() != 0) {
            // scan to the terminator
        }
        return new String(b.array(), start, b.position() - start - 1, StandardCharsets.UTF_8);
    }

    /** Printable ASCII as is, everything else as {@code \xNN} (so that byte differences show). */
    static String escape(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte v : bytes) {
            int c = v & 0xff;
            if (c >= 0x20 && c < 0x7f && c != '\\') {
                s.append((char) c);
            } else {
                s.append(String.format("\\x%02x", c));
            }
        }
        return s.toString();
    }
}
