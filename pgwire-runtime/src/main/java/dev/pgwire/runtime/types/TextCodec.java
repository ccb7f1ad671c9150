package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * Character types ({@code text}, {@code varchar}, {@code bpchar}, {@code name}, {@code "char"}, {@code unknown}):
 * UTF-8 in both formats, which are identical. Length limits are the engine's business, not the codec's.
 */
final class TextCodec implements PgCodec {
    static final TextCodec INSTANCE = new TextCodec();

    private TextCodec() {}

    @Override
    public void writeText(Object value, ByteBuf out, SessionSettings session) {
        out.writeCharSequence(asText(value), StandardCharsets.UTF_8);
    }

    @Override
    public void writeBinary(Object value, ByteBuf out) {
        out.writeCharSequence(asText(value), StandardCharsets.UTF_8);
    }

    @Override
    public Object readText(String text, SessionSettings session) throws PgException {
        // PostgreSQL text cannot hold NUL; a Bind parameter can carry one, and PostgreSQL rejects it.
        if (text.indexOf('\0') >= 0) {
            throw Chars.nulInText();
        }
        return text;
    }

    @Override
    public Object readBinary(ByteBuf in, int length) throws PgException {
        return Chars.readUtf8(in, length);
    }

    private static CharSequence asText(Object value) {
        return value instanceof CharSequence cs ? cs : value.toString();
    }
}
