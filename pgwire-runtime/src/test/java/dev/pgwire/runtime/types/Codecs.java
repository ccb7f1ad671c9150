package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import dev.pgwire.runtime.testing.TestSession;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;

/** Test helpers: encode to a String or hex, decode from them. */
final class Codecs {
    private Codecs() {}

    static String text(PgType type, Object value, SessionSettings session) {
        ByteBuf buf = Unpooled.buffer();
        try {
            type.codec().writeText(value, buf, session);
            return buf.toString(StandardCharsets.UTF_8);
        } finally {
            buf.release();
        }
    }

    static String text(PgType type, Object value) {
        return text(type, value, TestSession.UTC);
    }

    static String hex(PgType type, Object value) {
        ByteBuf buf = Unpooled.buffer();
        try {
            type.codec().writeBinary(value, buf);
            return ByteBufUtil.hexDump(buf);
        } finally {
            buf.release();
        }
    }

    static Object fromText(PgType type, String text) throws PgException {
        return type.codec().readText(text, TestSession.UTC);
    }

    /** Decodes binary, checking that the codec consumed exactly the value's bytes. */
    static Object fromHex(PgType type, String hex) throws PgException {
        byte[] bytes = ByteBufUtil.decodeHexDump(hex);
        ByteBuf buf = Unpooled.buffer();
        buf.writeBytes(bytes).writeByte(0x7f);
        try {
            Object v = type.codec().readBinary(buf, bytes.length);
            if (buf.readableBytes() != 1) {
                throw new AssertionError("codec consumed " + (bytes.length + 1 - buf.readableBytes()) + " of "
                        + bytes.length + " bytes");
            }
            return v;
        } finally {
            buf.release();
        }
    }
}
