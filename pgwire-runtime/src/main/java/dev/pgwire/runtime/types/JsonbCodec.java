package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * {@code jsonb}: values are normalised jsonb text ({@link JsonbText}), which the engine carries as a string. Text is
 * that text in UTF-8; binary is a version byte (1) followed by the same text. Input in either format is parsed and
 * normalised, so equal documents compare equal.
 */
final class JsonbCodec implements PgCodec {
    static final JsonbCodec INSTANCE = new JsonbCodec();

    private static final int VERSION = 1;

    private JsonbCodec() {}

    @Override
    public void writeText(Object value, ByteBuf out, SessionSettings session) {
        out.writeCharSequence(text(value), StandardCharsets.UTF_8);
    }

    @Override
    public void writeBinary(Object value, ByteBuf out) {
        out.writeByte(VERSION);
        out.writeCharSequence(text(value), StandardCharsets.UTF_8);
    }

    @Override
    public Object readText(String text, SessionSettings session) throws PgException {
        return JsonbText.normalize(text);
    }

    @Override
    public Object readBinary(ByteBuf in, int length) throws PgException {
        if (length < 1) {
            throw CodecErrors.binaryValue("unsupported jsonb version number 0");
        }
        int version = in.readByte();
        if (version != VERSION) {
            in.skipBytes(length - 1);
            throw CodecErrors.binaryValue("unsupported jsonb version number " + version);
        }
        return JsonbText.normalize(Chars.readUtf8(in, length - 1));
    }

    private static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw CodecErrors.unsupportedValue("jsonb", value);
    }
}
