package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import io.netty.buffer.ByteBuf;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Character helpers shared by the codecs: C-locale whitespace and strict UTF-8 decoding. */
final class Chars {
    private Chars() {}

    /** C {@code isspace}: the only whitespace PostgreSQL's input functions skip. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f';
    }

    /** Strips leading and trailing {@link #isSpace} characters. */
    static String trim(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == s.length() ? s : s.substring(from, to);
    }

    /** Writes an ASCII-only string one byte per char. */
    static void writeAscii(CharSequence s, ByteBuf out) {
        out.writeCharSequence(s, StandardCharsets.US_ASCII);
    }

    /** Writes a decimal integer without allocating a String: integer columns are the commonest hot path. */
    static void writeDecimal(long v, ByteBuf out) {
        if (v == Long.MIN_VALUE) {
            writeAscii("-9223372036854775808", out);
            return;
        }
        if (v < 0) {
            out.writeByte('-');
            v = -v;
        }
        int digits = 1;
        for (long t = v; t >= 10; t /= 10) {
            digits++;
        }
        out.ensureWritable(digits);
        int at = out.writerIndex();
        for (int i = at + digits - 1; i >= at; i--) {
            out.setByte(i, '0' + (int) (v % 10));
            v /= 10;
        }
        out.writerIndex(at + digits);
    }

    /** Reads {@code length} bytes as UTF-8, rejecting malformed input as PostgreSQL does (22021). */
    static String readUtf8(ByteBuf in, int length) throws PgException {
        if (length == 0) {
            return "";
        }
        ByteBuffer bytes = in.nioBufferCount() == 1 ? in.nioBuffer(in.readerIndex(), length) : copy(in, length);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String s = decoder.decode(bytes).toString();
            if (s.indexOf('\0') >= 0) {
                throw nulInText();
            }
            return s;
        } catch (CharacterCodingException e) {
            throw new PgException(SqlState.CHARACTER_NOT_IN_REPERTOIRE,
                    "invalid byte sequence for encoding \"UTF8\"", e);
        } finally {
            in.skipBytes(length);
        }
    }

    /** 22021, as PostgreSQL reports a zero byte in text. */
    static PgException nulInText() {
        return new PgException(SqlState.CHARACTER_NOT_IN_REPERTOIRE,
                "invalid byte sequence for encoding \"UTF8\": 0x00");
    }

    private static ByteBuffer copy(ByteBuf in, int length) {
        byte[] b = new byte[length];
        in.getBytes(in.readerIndex(), b);
        return ByteBuffer.wrap(b);
    }
}
