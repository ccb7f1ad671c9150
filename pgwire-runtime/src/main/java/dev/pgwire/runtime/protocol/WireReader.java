package dev.pgwire.runtime.protocol;

import dev.pgwire.runtime.query.PgException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.nio.charset.StandardCharsets;

/** Decodes the body of one typed frontend message; every read is bounds-checked (08P01 on failure). */
final class WireReader {
    private WireReader() {}

    static boolean isFrontendType(char type) {
        return "QPBDECSHXpFdcf".indexOf(type) >= 0;
    }

    static FrontendMessage message(char type, ByteBuf body) throws PgException {
        FrontendMessage m;
        try {
            m = switch (type) {
                case 'Q' -> new FrontendMessage.Query(cstring(body));
                case 'P' -> parse(body);
                case 'B' -> bind(body);
                case 'D' -> new FrontendMessage.Describe(target(body, "DESCRIBE"), cstring(body));
                case 'E' -> new FrontendMessage.Execute(cstring(body), body.readInt());
                case 'C' -> new FrontendMessage.Close(target(body, "CLOSE"), cstring(body));
                case 'S' -> new FrontendMessage.Sync();
                case 'H' -> new FrontendMessage.Flush();
                case 'X' -> new FrontendMessage.Terminate();
                case 'p' -> new FrontendMessage.PasswordMessage(ByteBufUtil.getBytes(body.readSlice(body.readableBytes())));
                case 'F' -> skip(body, new FrontendMessage.FunctionCall());
                case 'd', 'c', 'f' -> skip(body, new FrontendMessage.CopyMessage(type));
                default -> throw PgFrontendDecoder.violation("invalid frontend message type " + (int) type);
            };
        } catch (IndexOutOfBoundsException e) {
            throw PgFrontendDecoder.violation("insufficient data left in message");
        }
        end(body);
        return m;
    }

    private static FrontendMessage parse(ByteBuf body) throws PgException {
        String name = cstring(body);
        String sql = cstring(body);
        int n = count(body, 4);
        int[] types = new int[n];
        for (int i = 0; i < n; i++) {
            types[i] = body.readInt();
        }
        return new FrontendMessage.Parse(name, sql, types);
    }

    private static FrontendMessage bind(ByteBuf body) throws PgException {
        String portal = cstring(body);
        String statement = cstring(body);
        short[] formats = shorts(body);
        int n = count(body, 4);
        byte[][] values = new byte[n][];
        for (int i = 0; i < n; i++) {
            int length = body.readInt();
            if (length == -1) {
                continue;
            }
            if (length < 0 || length > body.readableBytes()) {
                throw PgFrontendDecoder.violation("insufficient data left in message");
            }
            values[i] = new byte[length];
            body.readBytes(values[i]);
        }
        short[] resultFormats = shorts(body);
        return new FrontendMessage.Bind(portal, statement, formats, values, resultFormats);
    }

    private static short[] shorts(ByteBuf body) throws PgException {
        int n = count(body, 2);
        short[] a = new short[n];
        for (int i = 0; i < n; i++) {
            a[i] = body.readShort();
        }
        return a;
    }

    /** An unsigned 16-bit count of items of at least {@code itemSize} bytes, checked against what is left. */
    private static int count(ByteBuf body, int itemSize) throws PgException {
        int n = body.readUnsignedShort();
        if ((long) n * itemSize > body.readableBytes()) {
            throw PgFrontendDecoder.violation("insufficient data left in message");
        }
        return n;
    }

    private static char target(ByteBuf body, String message) throws PgException {
        char c = (char) body.readByte();
        if (c != 'S' && c != 'P') {
            throw PgFrontendDecoder.violation("invalid " + message + " message subtype " + (int) c);
        }
        return c;
    }

    private static FrontendMessage skip(ByteBuf body, FrontendMessage m) {
        body.skipBytes(body.readableBytes());
        return m;
    }

    /** A NUL-terminated UTF-8 string. */
    static String cstring(ByteBuf buf) throws PgException {
        int start = buf.readerIndex();
        int nul = buf.indexOf(start, buf.writerIndex(), (byte) 0);
        if (nul < 0) {
            throw PgFrontendDecoder.violation("invalid string in message");
        }
        int length = nul - start;
        int bad = Utf8.firstInvalid(buf, start, nul);
        if (bad >= 0) {
            throw Utf8.invalid(buf, bad, nul);
        }
        String s = buf.toString(start, length, StandardCharsets.UTF_8);
        buf.readerIndex(nul + 1);
        return s;
    }

    /** The message must be fully consumed. */
    static void end(ByteBuf body) throws PgException {
        if (body.isReadable()) {
            throw PgFrontendDecoder.violation("invalid message format");
        }
    }
}
