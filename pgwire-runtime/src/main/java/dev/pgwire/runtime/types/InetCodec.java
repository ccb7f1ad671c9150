package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import io.netty.buffer.ByteBuf;
import java.net.InetAddress;

/**
 * {@code inet}: values are the address's canonical text ({@code 192.168.0.1}, {@code 10.0.0.0/8}, {@code ::1},
 * {@code 2001:db8::/32}), which is also what the engine compares; writers also take an {@link InetAddress}. Text is
 * PostgreSQL's {@code inet_out} (the netmask only when it is not the full width); binary is family (2 for IPv4, 3 for
 * IPv6), netmask bits, an is-cidr flag (0) and the address bytes.
 */
final class InetCodec implements PgCodec {
    static final InetCodec INSTANCE = new InetCodec();

    /** PostgreSQL's {@code PGSQL_AF_INET} and {@code PGSQL_AF_INET6}. */
    private static final int FAMILY_V4 = 2;
    private static final int FAMILY_V6 = 3;

    private InetCodec() {}

    @Override
    public void writeText(Object value, ByteBuf out, SessionSettings session) {
        Chars.writeAscii(text(value), out);
    }

    @Override
    public void writeBinary(Object value, ByteBuf out) {
        InetValue v = value instanceof InetAddress a ? new InetValue(a.getAddress(), a.getAddress().length * 8)
                : parseTrusted(text(value));
        out.writeByte(v.address().length == 4 ? FAMILY_V4 : FAMILY_V6)
                .writeByte(v.bits())
                .writeByte(0)
                .writeByte(v.address().length)
                .writeBytes(v.address());
    }

    @Override
    public Object readText(String text, SessionSettings session) throws PgException {
        InetValue v = InetValue.parse(Chars.trim(text));
        if (v == null) {
            throw CodecErrors.invalidSyntax("inet", text);
        }
        return v.format();
    }

    @Override
    public Object readBinary(ByteBuf in, int length) throws PgException {
        if (length < 4) {
            throw CodecErrors.binaryValue("invalid length in external \"inet\" value");
        }
        int family = in.readByte();
        int bits = in.readUnsignedByte();
        in.readByte(); // is_cidr: PostgreSQL ignores it for inet
        int size = in.readUnsignedByte();
        if (family != FAMILY_V4 && family != FAMILY_V6) {
            in.skipBytes(length - 4);
            throw CodecErrors.binaryValue("invalid address family in external \"inet\" value");
        }
        int expected = family == FAMILY_V4 ? 4 : 16;
        if (bits > expected * 8) {
            in.skipBytes(length - 4);
            throw CodecErrors.binaryValue("invalid bits in external \"inet\" value");
        }
        if (size != expected || length != 4 + size) {
            in.skipBytes(length - 4);
            throw CodecErrors.binaryValue("invalid length in external \"inet\" value");
        }
        byte[] address = new byte[size];
        in.readBytes(address);
        return new InetValue(address, bits).format();
    }

    /** The canonical text of an {@link InetAddress}: full netmask, so no {@code /n}. */
    static String format(InetAddress address) {
        byte[] bytes = address.getAddress();
        return new InetValue(bytes, bytes.length * 8).format();
    }

    private static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof InetAddress a) {
            return format(a);
        }
        throw CodecErrors.unsupportedValue("inet", value);
    }

    /** Values come from {@link #readText} or {@link #format}: unparseable text is a bug upstream. */
    private static InetValue parseTrusted(String text) {
        InetValue v = InetValue.parse(text);
        if (v == null) {
            throw new IllegalArgumentException("not an inet value: " + text);
        }
        return v;
    }
}
