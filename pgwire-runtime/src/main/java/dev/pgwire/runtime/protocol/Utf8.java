package dev.pgwire.runtime.protocol;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import io.netty.buffer.ByteBuf;
import java.util.Locale;

/**
 * UTF-8 validation with PostgreSQL's rules (no overlong forms, no surrogates, nothing above U+10FFFF) and
 * its error: 22021 naming the offending bytes, e.g. {@code invalid byte sequence for encoding "UTF8": 0xc3 0x28}.
 */
final class Utf8 {
    private Utf8() {}

    /** Index of the first byte of the first invalid sequence in {@code [from, to)}, or -1. */
    static int firstInvalid(ByteBuf buf, int from, int to) {
        int i = from;
        while (i < to) {
            int b = buf.getByte(i) & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int n;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                n = 1;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                n = 2;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                n = 3;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + n >= to) {
                return i; // truncated sequence
            }
            int cp = b & (0x3F >> n);
            for (int k = 1; k <= n; k++) {
                int c = buf.getByte(i + k) & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    return i;
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return i;
            }
            i += n + 1;
        }
        return -1;
    }

    /** PostgreSQL's report_invalid_encoding: as many bytes as the lead byte announces, within the string. */
    static PgException invalid(ByteBuf buf, int at, int end) {
        int lead = buf.getByte(at) & 0xFF;
        int len = (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 1;
        len = Math.min(len, end - at);
        StringBuilder sb = new StringBuilder("invalid byte sequence for encoding \"UTF8\":");
        for (int k = 0; k < len; k++) {
            sb.append(String.format(Locale.ROOT, " 0x%02x", buf.getByte(at + k) & 0xFF));
        }
        return new PgException(SqlState.CHARACTER_NOT_IN_REPERTOIRE, sb.toString());
    }
}
