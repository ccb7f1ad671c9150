package dev.pgwire.runtime.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal PostgreSQL v3 client that hands back the exact bytes a server sends: RowDescription fields and raw
 * DataRow values, in text or binary. Trust authentication only; for differential tests against a real server.
 */
public final class RawPgClient implements AutoCloseable {
    /** One RowDescription field. */
    public record Field(String name, int tableOid, int attnum, int typeOid, int typlen, int typmod, int format) {
        /** Everything but the table identity, which differs between servers. */
        public String shape() {
            return name + " oid=" + typeOid + " len=" + typlen + " mod=" + typmod + " fmt=" + format;
        }
    }

    /** The fields and rows of a result; a null value is SQL NULL. */
    public record Result(List<Field> fields, List<List<byte[]>> rows) {}

    /** An ErrorResponse. */
    public static final class ServerError extends IOException {
        private final String sqlState;

        ServerError(String sqlState, String message) {
            super(sqlState + ": " + message);
            this.sqlState = sqlState;
        }

        public String sqlState() {
            return sqlState;
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private RawPgClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        this.out = socket.getOutputStream();
    }

    /** Connects and logs in with the given startup parameters (user, database, TimeZone, ...). */
    public static RawPgClient connect(int port, Map<String, String> startup) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        s.setSoTimeout(60_000);
        RawPgClient c = new RawPgClient(s);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        d.writeInt(196608);
        for (Map.Entry<String, String> e : startup.entrySet()) {
            cstring(d, e.getKey());
            cstring(d, e.getValue());
        }
        d.writeByte(0);
        DataOutputStream o = new DataOutputStream(c.out);
        o.writeInt(body.size() + 4);
        body.writeTo(o);
        o.flush();
        c.readUntilReady(null);
        return c;
    }

    public static RawPgClient connect(int port, String timeZone) throws IOException {
        Map<String, String> startup = new LinkedHashMap<>();
        startup.put("user", "postgres");
        startup.put("database", "postgres");
        startup.put("TimeZone", timeZone);
        return connect(port, startup);
    }

    /** Runs a simple query, discarding its results (SET, DDL, INSERT). */
    public void simple(String sql) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        cstring(new DataOutputStream(body), sql);
        send('Q', body);
        out.flush();
        readUntilReady(null);
    }

    /** Runs {@code sql} through Parse/Bind/Describe/Execute/Sync with every result column in {@code format}. */
    public Result query(String sql, int format) throws IOException {
        return query(sql, new int[0], new byte[0][], new int[0], format);
    }

    /**
     * The extended protocol with parameters.
     *
     * @param paramTypes  declared parameter type OIDs (0: let the server infer)
     * @param params      parameter values (null: NULL)
     * @param paramFormat one format per parameter
     * @param format      result format for every column
     */
    public Result query(String sql, int[] paramTypes, byte[][] params, int[] paramFormat, int format)
            throws IOException {
        ByteArrayOutputStream parse = new ByteArrayOutputStream();
        DataOutputStream p = new DataOutputStream(parse);
        cstring(p, "");
        cstring(p, sql);
        p.writeShort(paramTypes.length);
        for (int t : paramTypes) {
            p.writeInt(t);
        }
        send('P', parse);
        ByteArrayOutputStream bind = new ByteArrayOutputStream();
        DataOutputStream b = new DataOutputStream(bind);
        cstring(b, "");
        cstring(b, "");
        b.writeShort(paramFormat.length);
        for (int f : paramFormat) {
            b.writeShort(f);
        }
        b.writeShort(params.length);
        for (byte[] v : params) {
            if (v == null) {
                b.writeInt(-1);
            } else {
                b.writeInt(v.length);
                b.write(v);
            }
        }
        b.writeShort(1);
        b.writeShort(format);
        send('B', bind);
        send('D', bytes((byte) 'P', (byte) 0));
        ByteArrayOutputStream execute = new ByteArrayOutputStream();
        DataOutputStream e = new DataOutputStream(execute);
        cstring(e, "");
        e.writeInt(0);
        send('E', execute);
        send('S', new ByteArrayOutputStream());
        out.flush();
        Result result = new Result(new ArrayList<>(), new ArrayList<>());
        readUntilReady(result);
        return result;
    }

    private void readUntilReady(Result result) throws IOException {
        ServerError error = null;
        while (true) {
            int type = in.readUnsignedByte();
            int length = in.readInt();
            byte[] body = new byte[length - 4];
            in.readFully(body);
            DataInputStream m = new DataInputStream(new java.io.ByteArrayInputStream(body));
            switch (type) {
                case 'R' -> {
                    int code = m.readInt();
                    if (code != 0) {
                        throw new IOException("authentication method " + code + " is not supported");
                    }
                }
                case 'E' -> error = error(m);
                case 'T' -> {
                    int n = m.readUnsignedShort();
                    for (int i = 0; i < n; i++) {
                        result.fields().add(new Field(readCString(m), m.readInt(), m.readShort(), m.readInt(),
                                m.readShort(), m.readInt(), m.readShort()));
                    }
                }
                case 'D' -> {
                    int n = m.readUnsignedShort();
                    List<byte[]> row = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        int len = m.readInt();
                        byte[] v = null;
                        if (len >= 0) {
                            v = new byte[len];
                            m.readFully(v);
                        }
                        row.add(v);
                    }
                    result.rows().add(row);
                }
                case 'Z' -> {
                    if (error != null) {
                        throw error;
                    }
                    return;
                }
                default -> {
                    // ParameterStatus, BackendKeyData, ParseComplete, BindComplete, CommandComplete, NoData, notices
                }
            }
        }
    }

    private static ServerError error(DataInputStream m) throws IOException {
        String state = "";
        String message = "";
        for (int f = m.readUnsignedByte(); f != 0; f = m.readUnsignedByte()) {
            String v = readCString(m);
            if (f == 'C') {
                state = v;
            } else if (f == 'M') {
                message = v;
            }
        }
        return new ServerError(state, message);
    }

    private void send(char type, ByteArrayOutputStream body) throws IOException {
        DataOutputStream o = new DataOutputStream(out);
        o.writeByte(type);
        o.writeInt(body.size() + 4);
        body.writeTo(o);
    }

    private static ByteArrayOutputStream bytes(byte... b) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.writeBytes(b);
        return o;
    }

    private static void cstring(DataOutputStream d, String s) throws IOException {
        d.write(s.getBytes(StandardCharsets.UTF_8));
        d.writeByte(0);
    }

    private static String readCString(DataInputStream m) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = m.readUnsignedByte(); c != 0; c = m.readUnsignedByte()) {
            b.write(c);
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        try {
            send('X', new ByteArrayOutputStream());
            out.flush();
        } finally {
            socket.close();
        }
    }
}
