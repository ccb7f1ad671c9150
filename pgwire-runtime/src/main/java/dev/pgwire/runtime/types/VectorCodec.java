package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * {@code int2vector} and {@code oidvector}, the catalog's space-separated vectors ({@code pg_index.indkey},
 * {@code pg_proc.proargtypes}): values are {@link List}s without nulls. Text is {@code 1 2 3}; binary is the array
 * format with one dimension whose lower bound is 0.
 */
final class VectorCodec implements PgCodec {
    private final PgType element;
    private final String sqlName;

    VectorCodec(PgType element, String sqlName) {
        this.element = element;
        this.sqlName = sqlName;
    }

    @Override
    public void writeText(Object value, ByteBuf out, SessionSettings session) {
        List<?> list = list(value);
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.writeByte(' ');
            }
            element.codec().writeText(list.get(i), out, session);
        }
    }

    @Override
    public void writeBinary(Object value, ByteBuf out) {
        List<?> list = list(value);
        out.writeInt(1).writeInt(0).writeInt(element.oid()).writeInt(list.size()).writeInt(0);
        for (Object e : list) {
            int lengthAt = out.writerIndex();
            out.writeInt(0);
            element.codec().writeBinary(e, out);
            out.setInt(lengthAt, out.writerIndex() - lengthAt - 4);
        }
    }

    @Override
    public Object readText(String text, SessionSettings session) throws PgException {
        List<Object> values = new ArrayList<>();
        for (String token : Chars.trim(text).split("[ \t\n\r\u000b\f]+")) {
            if (!token.isEmpty()) {
                values.add(element.codec().readText(token, session));
            }
        }
        return Collections.unmodifiableList(values);
    }

    @Override
    public Object readBinary(ByteBuf in, int length) throws PgException {
        ByteBuf buf = in.readSlice(length);
        if (length < 20 || buf.readInt() != 1 || buf.readInt() != 0 || buf.readInt() != element.oid()) {
            throw CodecErrors.binaryValue("invalid " + sqlName + " data");
        }
        int size = buf.readInt();
        if (buf.readInt() != 0 || size < 0 || size > buf.readableBytes() / 4) {
            throw CodecErrors.binaryValue("invalid " + sqlName + " data");
        }
        Object[] values = new Object[size];
        for (int i = 0; i < size; i++) {
            int itemLength = buf.readableBytes() >= 4 ? buf.readInt() : -2;
            if (itemLength < 0 || itemLength > buf.readableBytes()) {
                throw CodecErrors.binaryValue("invalid " + sqlName + " data");
            }
            ByteBuf item = buf.readSlice(itemLength);
            values[i] = element.codec().readBinary(item, itemLength);
            if (item.isReadable()) {
                throw CodecErrors.binaryValue("improper binary format in array element " + (i + 1));
            }
        }
        if (buf.isReadable()) {
            throw CodecErrors.binaryValue("invalid " + sqlName + " data");
        }
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    private List<?> list(Object value) {
        if (value instanceof List<?> l) {
            return l;
        }
        if (value instanceof Object[] a) {
            return Arrays.asList(a);
        }
        throw CodecErrors.unsupportedValue(sqlName, value);
    }
}
