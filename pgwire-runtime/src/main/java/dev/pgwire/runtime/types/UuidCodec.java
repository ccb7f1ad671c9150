package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import io.netty.buffer.ByteBuf;
import java.util.UUID;

/** {@code uuid}: {@link UUID} values; text is lower-case 8-4-4-4-12 hex, binary the 16 bytes. */
final class UuidCodec implements PgCodec {
    static final UuidCodec INSTANCE = new UuidCodec();

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private UuidCodec() {}

    @Override
    public void writeText(Object value, ByteBuf out, SessionSettings session) {
        UUID u = uuid(value);
        writeHex(out, u.getMostSignificantBits() >>> 32, 8);
        out.writeByte('-');
        writeHex(out, u.getMostSignificantBits() >>> 16, 4);
        out.writeByte('-');
        writeHex(out, u.getMostSignificantBits(), 4);
        out.writeByte('-');
        writeHex(out, u.getLeastSignificantBits() >>> 48, 4);
        out.writeByte('-');
        writeHex(out, u.getLeastSignificantBits(), 12);
    }

    @Override
    public void writeBinary(Object value, ByteBuf out) {
        UUID u = uuid(value);
        out.writeLong(u.getMostSignificantBits()).writeLong(u.getLeastSignificantBits());
    }

    /**
     * PostgreSQL's {@code uuid_in}: 32 hex digits in either case, optionally in braces, with a hyphen allowed after
     * any group of four digits.
     */
    @Override
    public Object readText(String text, SessionSettings session) throws PgException {
        String s = text;
        int i = 0;
        int end = s.length();
        boolean braces = end > 0 && s.charAt(0) == '{';
        if (braces) {
            i = 1;
        }
        long hi = 0;
        long lo = 0;
        for (int digit = 0; digit < 32; digit++) {
            if (digit > 0 && digit % 4 == 0 && i < end && s.charAt(i) == '-') {
                i++;
            }
            int v = i < end ? Character.digit(s.charAt(i), 16) : -1;
            if (v < 0 || s.charAt(i) > 'f') {
                throw CodecErrors.invalidSyntax("uuid", text);
            }
            i++;
            if (digit < 16) {
                hi = hi << 4 | v;
            } else {
                lo = lo << 4 | v;
            }
        }
        if (braces) {
            if (i >= end || s.charAt(i) != '}') {
                throw CodecErrors.invalidSyntax("uuid", text);
            }
            i++;
        }
        if (i != end) {
            throw CodecErrors.invalidSyntax("uuid", text);
        }
        return new UUID(hi, lo);
    }

    @Override
    public Object readBinary(ByteBuf in, int length) throws PgException {
        CodecErrors.expectLength("uuid", length, 16);
        return new UUID(in.readLong(), in.readLong());
    }

    private static void writeHex(ByteBuf out, long bits, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.writeByte(HEX[(int) (bits >>> shift) & 0xF]);
        }
    }

    private static UUID uuid(Object value) {
        if (value instanceof UUID u) {
            return u;
        }
        throw CodecErrors.unsupportedValue("uuid", value);
    }
}
