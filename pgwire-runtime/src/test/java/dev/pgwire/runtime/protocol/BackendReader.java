package dev.pgwire.runtime.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses backend bytes into one compact line per message, so tests can assert whole conversations:
 * {@code Z:I}, {@code C:SELECT 3}, {@code T:n/23,label/25}, {@code D:1|row 1}, {@code E:ERROR/42601/message},
 * {@code N:WARNING/25001/message}, {@code S:TimeZone=UTC}, {@code t:25,23}, {@code R:0}, {@code K},
 * {@code 1} {@code 2} {@code 3} {@code n} {@code s} {@code I}. Binary values show as {@code 0x..}.
 */
final class BackendReader {
    private final ByteBuf in = Unpooled.buffer();
    private final boolean showKeys;

    BackendReader() {
        this(false);
    }

    /** @param showKeys render BackendKeyData as {@code K:pid/secret} instead of {@code K} */
    BackendReader(boolean showKeys) {
        this.showKeys = showKeys;
    }

    /** Appends received bytes and returns the complete messages they finish. */
    List<String> read(ByteBuf bytes) {
        in.writeBytes(bytes);
        bytes.release();
        List<String> out = new ArrayList<>();
        while (in.readableBytes() >= 5) {
            int len = in.getInt(in.readerIndex() + 1);
            if (in.readableBytes() < len + 1) {
                break;
            }
            char type = (char) in.readByte();
            in.readInt();
            out.add(render(type, in.readSlice(len - 4)));
        }
        in.discardReadBytes();
        return out;
    }

    private String render(char type, ByteBuf b) {
        return switch (type) {
            case 'Z' -> "Z:" + (char) b.readByte();
            case 'C' -> "C:" + cstring(b);
            case 'R' -> "R:" + b.readInt();
            case 'K' -> showKeys ? "K:" + b.readInt() + "/" + b.readInt() : "K";
            case 'S' -> "S:" + cstring(b) + "=" + cstring(b);
            case 'E', 'N' -> type + ":" + fields(b);
            case 'T' -> "T:" + rowDescription(b);
            case 'D' -> "D:" + dataRow(b);
            case 't' -> "t:" + oids(b);
            case 'v' -> "v:" + b.readInt() + "/" + b.readInt();
            default -> String.valueOf(type);
        };
    }

    private static String fields(ByteBuf b) {
        String severity = null;
        String code = null;
        String message = null;
        String position = null;
        while (true) {
            byte f = b.readByte();
            if (f == 0) {
                break;
            }
            String v = cstring(b);
            switch (f) {
                case 'V' -> severity = v;
                case 'C' -> code = v;
                case 'M' -> message = v;
                case 'P' -> position = v;
                default -> { }
            }
        }
        return severity + "/" + code + "/" + message + (position != null ? "@" + position : "");
    }

    private static String rowDescription(ByteBuf b) {
        int n = b.readShort();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String name = cstring(b);
            b.readInt();
            b.readShort();
            int oid = b.readInt();
            b.readShort();
            b.readInt();
            int format = b.readShort();
            sb.append(i > 0 ? "," : "").append(name).append('/').append(oid).append(format == 1 ? "b" : "");
        }
        return sb.toString();
    }

    private static String dataRow(ByteBuf b) {
        int n = b.readShort();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int len = b.readInt();
            sb.append(i > 0 ? "|" : "");
            if (len < 0) {
                sb.append("NULL");
            } else {
                ByteBuf v = b.readSlice(len);
                boolean printable = true;
                for (int j = 0; j < len; j++) {
                    byte c = v.getByte(j);
                    printable &= c >= 0x20 || c < 0;
                }
                if (printable) {
                    sb.append(v.toString(StandardCharsets.UTF_8));
                } else {
                    sb.append("0x").append(io.netty.buffer.ByteBufUtil.hexDump(v));
                }
            }
        }
        return sb.toString();
    }

    private static String oids(ByteBuf b) {
        int n = b.readShort();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i > 0 ? "," : "").append(b.readInt());
        }
        return sb.toString();
    }

    private static String cstring(ByteBuf b) {
        int nul = b.bytesBefore((byte) 0);
        String s = b.readCharSequence(nul, StandardCharsets.UTF_8).toString();
        b.readByte();
        return s;
    }
}
