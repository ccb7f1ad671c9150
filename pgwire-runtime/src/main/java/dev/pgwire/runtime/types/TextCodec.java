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
    static final TextCodec INSTANCE = new TextCodec(Integer.MAX_VALUE);
    /** {@code name}: text input is cut to {@code NAMEDATALEN - 1} = 63 bytes, on a character boundary. */
    static final TextCodec NAME = new TextCodec(63);

    private final int maxInputBytes;

    private TextCodec(int maxInputBytes) {
        this.maxInputBytes = maxInputBytes;
    }

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
        return text.length() * 3 <= maxInputBytes ? text : clip(text);
    }

    /** The longest prefix of whole characters that fits {@link #maxInputBytes} in UTF-8. */
    private String clip(String text) {
        int bytes = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + size > maxInputBytes) {
                break;
            }
            bytes += size;
            i += Character.charCount(cp);
        }
        return i == text.length() ? text : text.substring(0, i);
    }

    @Override
    public Object readBinary(ByteBuf in, int length) throws PgException {
        return Chars.readUtf8(in, length);
    }

    private static CharSequence asText(Object value) {
        return value instanceof CharSequence cs ? cs : value.toString();
    }
}
