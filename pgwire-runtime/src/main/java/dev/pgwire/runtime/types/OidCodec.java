package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import io.netty.buffer.ByteBuf;

/**
 * {@code oid} and the numeric form of the {@code reg*} aliases: an unsigned 32-bit integer. Writers accept an
 * {@code Integer} (its bits read as unsigned, so -1 is 4294967295) or a {@code Long} in 0..4294967295; readers return
 * an {@code Integer} holding the unsigned bits, which keeps catalog OIDs in the engine's INTEGER columns.
 *
 * <p>Names ({@code 'pg_class'::regclass}) need a catalog lookup and are resolved by the engine, not here.
 */
final class OidCodec implements PgCodec {
    static final OidCodec OID = new OidCodec("oid");
    static final OidCodec REGPROC = new OidCodec("regproc");
    static final OidCodec REGCLASS = new OidCodec("regclass");
    static final OidCodec REGTYPE = new OidCodec("regtype");

    private static final long MAX_OID = 0xFFFF_FFFFL;

    private final String sqlName;

    private OidCodec(String sqlName) {
        this.sqlName = sqlName;
    }

    @Override
    public void writeText(Object value, ByteBuf out, SessionSettings session) {
        long oid = toUnsigned(value);
        // reg* types print InvalidOid as "-" (and read it back).
        if (oid == 0 && isReg()) {
            out.writeByte('-');
        } else {
            Chars.writeDecimal(oid, out);
        }
    }

    private boolean isReg() {
        return this != OID;
    }

    @Override
    public void writeBinary(Object value, ByteBuf out) {
        out.writeInt((int) toUnsigned(value));
    }

    @Override
    public Object readText(String text, SessionSettings session) throws PgException {
        if (isReg() && text.equals("-")) {
            return 0;
        }
        // Like PostgreSQL's oidin, a negative int4 is accepted and taken as its unsigned bits.
        return (int) IntCodec.parse(text, sqlName, Integer.MIN_VALUE, MAX_OID);
    }

    @Override
    public Object readBinary(ByteBuf in, int length) throws PgException {
        CodecErrors.expectLength(sqlName, length, 4);
        return in.readInt();
    }

    private long toUnsigned(Object value) {
        if (value instanceof Integer i) {
            return Integer.toUnsignedLong(i);
        }
        if (value instanceof Number n && !(value instanceof Double) && !(value instanceof Float)) {
            long v = n.longValue();
            if (v < 0 || v > MAX_OID) {
                throw new IllegalArgumentException(sqlName + " out of range: " + v);
            }
            return v;
        }
        throw CodecErrors.unsupportedValue(sqlName, value);
    }
}
