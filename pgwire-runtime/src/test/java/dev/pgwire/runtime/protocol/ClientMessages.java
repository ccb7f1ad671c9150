package dev.pgwire.runtime.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Encodes frontend messages the way a client does, for tests. Each method appends to {@code out}. */
final class ClientMessages {
    private final ByteBuf out = Unpooled.buffer();

    static ClientMessages create() {
        return new ClientMessages();
    }

    ByteBuf buffer() {
        return out;
    }

    byte[] bytes() {
        return ByteBufUtil.getBytes(out);
    }

    ClientMessages startup(Map<String, String> params) {
        return startup(PgFrontendDecoder.PROTOCOL_3_0, params);
    }

    ClientMessages startup(int protocolVersion, Map<String, String> params) {
        int start = out.writerIndex();
        out.writeInt(0).writeInt(protocolVersion);
        params.forEach((k, v) -> {
            cstring(k);
            cstring(v);
        });
        out.writeByte(0);
        out.setInt(start, out.writerIndex() - start);
        return this;
    }

    ClientMessages sslRequest() {
        out.writeInt(8).writeInt(PgFrontendDecoder.SSL_REQUEST_CODE);
        return this;
    }

    ClientMessages gssEncRequest() {
        out.writeInt(8).writeInt(PgFrontendDecoder.GSSENC_REQUEST_CODE);
        return this;
    }

    ClientMessages cancelRequest(int pid, int key) {
        out.writeInt(16).writeInt(PgFrontendDecoder.CANCEL_REQUEST_CODE).writeInt(pid).writeInt(key);
        return this;
    }

    ClientMessages query(String sql) {
        int start = begin('Q');
        cstring(sql);
        return end(start);
    }

    ClientMessages password(String password) {
        int start = begin('p');
        cstring(password);
        return end(start);
    }

    ClientMessages parse(String name, String sql, int... types) {
        int start = begin('P');
        cstring(name);
        cstring(sql);
        out.writeShort(types.length);
        for (int t : types) {
            out.writeInt(t);
        }
        return end(start);
    }

    /** Bind with text parameters (null = SQL NULL) and the given result format codes. */
    ClientMessages bind(String portal, String statement, String[] params, short... resultFormats) {
        byte[][] values = new byte[params.length][];
        for (int i = 0; i < params.length; i++) {
            values[i] = params[i] == null ? null : params[i].getBytes(StandardCharsets.UTF_8);
        }
        return bind(portal, statement, new short[0], values, resultFormats);
    }

    ClientMessages bind(String portal, String statement, short[] formats, byte[][] values, short... resultFormats) {
        int start = begin('B');
        cstring(portal);
        cstring(statement);
        out.writeShort(formats.length);
        for (short f : formats) {
            out.writeShort(f);
        }
        out.writeShort(values.length);
        for (byte[] v : values) {
            if (v == null) {
                out.writeInt(-1);
            } else {
                out.writeInt(v.length).writeBytes(v);
            }
        }
        out.writeShort(resultFormats.length);
        for (short f : resultFormats) {
            out.writeShort(f);
        }
        return end(start);
    }

    ClientMessages describe(char target, String name) {
        int start = begin('D');
        out.writeByte(target);
        cstring(name);
        return end(start);
    }

    ClientMessages execute(String portal, int maxRows) {
        int start = begin('E');
        cstring(portal);
        out.writeInt(maxRows);
        return end(start);
    }

    ClientMessages close(char target, String name) {
        int start = begin('C');
        out.writeByte(target);
        cstring(name);
        return end(start);
    }

    ClientMessages sync() {
        return empty('S');
    }

    ClientMessages flush() {
        return empty('H');
    }

    ClientMessages terminate() {
        return empty('X');
    }

    /** Any typed message with a raw body. */
    ClientMessages raw(char type, byte[] body) {
        out.writeByte(type).writeInt(body.length + 4).writeBytes(body);
        return this;
    }

    private ClientMessages empty(char type) {
        out.writeByte(type).writeInt(4);
        return this;
    }

    private int begin(char type) {
        int start = out.writerIndex();
        out.writeByte(type).writeInt(0);
        return start;
    }

    private ClientMessages end(int start) {
        out.setInt(start + 1, out.writerIndex() - start - 1);
        return this;
    }

    private void cstring(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8)).writeByte(0);
    }
}
