package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import dev.pgwire.runtime.query.SqlState;
import io.netty.buffer.ByteBuf;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@code bytea}: {@code byte[]} values. Text output is the hex format ({@code \x0a1b}), or the escape format when
 * the session sets {@code bytea_output=escape}; text input takes hex or the escape format ({@code \\},
 * {@code \ooo}, other bytes as themselves); binary is the raw bytes.
 */
final class ByteaCodec implements PgCodec {
    static final ByteaCodec INSTANCE = new ByteaCodec();

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private ByteaCodec() {}

    @Override
    public void writeText(Object value, ByteBuf out, SessionSettings session) {
        byte[] bytes = bytes(value);
        if (session != null && "escape".equals(session.get("bytea_output"))) {
            writeEscape(bytes, out);
            return;
        }
        out.ensureWritable(2 + 2 * bytes.length);
        out.writeByte('\\').writeByte('x');
        for (byte b : bytes) {
            out.writeByte(HEX[(b >> 4) & 0xF]).writeByte(HEX[b & 0xF]);
        }
    }

    /** {@code bytea_output=escape}: printable ASCII as is, a backslash doubled, other bytes as {@code \ooo}. */
    private static void writeEscape(byte[] bytes, ByteBuf out) {
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v == '\\') {
                out.writeByte('\\').writeByte('\\');
            } else if (v < 0x20 || v > 0x7e) {
                out.writeByte('\\').writeByte('0' + (v >> 6)).writeByte('0' + ((v >> 3) & 7))
                        .writeByte('0' + (v & 7));
            } else {
                out.writeByte(v);
            }
        }
    }

    @Override
    public void writeBinary(Object value, ByteBuf out) {
        out.writeBytes(bytes(value));
    }

    @Override
    public Object readText(String text, SessionSettings session) throws PgException {
        return text.startsWith("\\x") ? readHex(text) : readEscape(text);
    }

    @Override
    public Object readBinary(ByteBuf in, int length) {
        byte[] bytes = new byte[length];
        in.readBytes(bytes);
        return bytes;
    }

    /** Pairs of hex digits after {@code \x}; whitespace may separate pairs (PostgreSQL's {@code hex_decode}). */
    private static byte[] readHex(String text) throws PgException {
        byte[] out = new byte[(text.length() - 2) / 2];
        int n = 0;
        int i = 2;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Chars.isSpace(c)) {
                i++;
                continue;
            }
            int hi = hexValue(c);
            if (i + 1 >= text.length()) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "invalid hexadecimal data: odd number of digits");
            }
            int lo = hexValue(text.charAt(i + 1));
            out[n++] = (byte) (hi << 4 | lo);
            i += 2;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static int hexValue(char c) throws PgException {
        int v = Character.digit(c, 16);
        if (v < 0 || c > 'f') {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid hexadecimal digit: \"" + c + "\"");
        }
        return v;
    }

    /** The escape format: {@code \\} is a backslash, {@code \ooo} an octal byte; other text stands for its UTF-8. */
    private static byte[] readEscape(String text) throws PgException {
        if (text.indexOf('\\') < 0) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '\\') {
                int next = text.indexOf('\\', i);
                int end = next < 0 ? text.length() : next;
                out.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            } else if (i + 1 < text.length() && text.charAt(i + 1) == '\\') {
                out.write('\\');
                i += 2;
            } else if (i + 3 < text.length() && isOctal(text, i + 1)) {
                int v = (text.charAt(i + 1) - '0') << 6 | (text.charAt(i + 2) - '0') << 3 | (text.charAt(i + 3) - '0');
                out.write(v);
                i += 4;
            } else {
                throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type bytea");
            }
        }
        return out.toByteArray();
    }

    /** PostgreSQL accepts {@code [0-3][0-7][0-7]} after a backslash. */
    private static boolean isOctal(String s, int at) {
        return s.charAt(at) >= '0' && s.charAt(at) <= '3'
                && s.charAt(at + 1) >= '0' && s.charAt(at + 1) <= '7'
                && s.charAt(at + 2) >= '0' && s.charAt(at + 2) <= '7';
    }

    private static byte[] bytes(Object value) {
        if (value instanceof byte[] b) {
            return b;
        }
        throw CodecErrors.unsupportedValue("bytea", value);
    }
}
