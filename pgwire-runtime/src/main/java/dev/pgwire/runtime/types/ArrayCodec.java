package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import dev.pgwire.runtime.query.SqlState;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One-dimensional arrays of a scalar type. Values are {@link List}s of element values (null elements allowed);
 * writers also take {@code Object[]}. Text is {@code {1,2,NULL,"a b","x\"y"}} with PostgreSQL's quoting rules;
 * binary is {@code ndim, hasnull, elemoid} then {@code size, lbound} for the dimension and each element
 * length-prefixed. Lower bounds other than 1 are accepted on input and dropped.
 */
final class ArrayCodec implements PgCodec {
    private static final byte[] NULL_BYTES = "NULL".getBytes(StandardCharsets.US_ASCII);

    private final PgType element;

    ArrayCodec(PgType element) {
        this.element = element;
    }

    @Override
    public void writeText(Object value, ByteBuf out, SessionSettings session) {
        List<?> list = list(value);
        out.writeByte('{');
        ByteBuf scratch = out.alloc().buffer(32);
        try {
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.writeByte(',');
                }
                Object e = list.get(i);
                if (e == null) {
                    out.writeBytes(NULL_BYTES);
                    continue;
                }
                scratch.clear();
                element.codec().writeText(e, scratch, session);
                writeElement(scratch, out);
            }
        } finally {
            scratch.release();
        }
        out.writeByte('}');
    }

    /** Copies one element's text, quoted and backslash-escaped when PostgreSQL's {@code array_out} would. */
    private static void writeElement(ByteBuf text, ByteBuf out) {
        int from = text.readerIndex();
        int len = text.readableBytes();
        boolean quote = len == 0 || (len == 4 && text.toString(StandardCharsets.US_ASCII).equalsIgnoreCase("null"));
        for (int i = 0; i < len && !quote; i++) {
            quote = needsQuote(text.getByte(from + i));
        }
        if (!quote) {
            out.writeBytes(text);
            return;
        }
        out.writeByte('"');
        for (int i = 0; i < len; i++) {
            byte b = text.getByte(from + i);
            if (b == '"' || b == '\\') {
                out.writeByte('\\');
            }
            out.writeByte(b);
        }
        out.writeByte('"');
    }

    private static boolean needsQuote(byte b) {
        return b == '"' || b == '\\' || b == '{' || b == '}' || b == ',' || Chars.isSpace((char) b);
    }

    @Override
    public void writeBinary(Object value, ByteBuf out) {
        List<?> list = list(value);
        if (list.isEmpty()) {
            out.writeInt(0).writeInt(0).writeInt(element.oid());
            return;
        }
        // Not List.contains(null): immutable lists throw on a null argument.
        boolean hasNull = false;
        for (Object e : list) {
            hasNull |= e == null;
        }
        out.writeInt(1).writeInt(hasNull ? 1 : 0).writeInt(element.oid());
        out.writeInt(list.size()).writeInt(1);
        for (Object e : list) {
            if (e == null) {
                out.writeInt(-1);
                continue;
            }
            int lengthAt = out.writerIndex();
            out.writeInt(0);
            element.codec().writeBinary(e, out);
            out.setInt(lengthAt, out.writerIndex() - lengthAt - 4);
        }
    }

    @Override
    public Object readText(String text, SessionSettings session) throws PgException {
        List<String> items = ArrayLiteral.parse(text);
        List<Object> values = new ArrayList<>(items.size());
        for (String item : items) {
            values.add(item == null ? null : element.codec().readText(item, session));
        }
        return Collections.unmodifiableList(values);
    }

    @Override
    public Object readBinary(ByteBuf in, int length) throws PgException {
        ByteBuf buf = in.readSlice(length);
        if (length < 12) {
            throw CodecErrors.binaryFormat("array header needs 12 bytes, got " + length);
        }
        int ndim = buf.readInt();
        int flags = buf.readInt();
        int elemOid = buf.readInt();
        if (ndim < 0) {
            throw CodecErrors.binaryValue("invalid number of dimensions: " + ndim);
        }
        if (ndim > 1) {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "multidimensional arrays are not supported");
        }
        if (flags != 0 && flags != 1) {
            throw CodecErrors.binaryValue("invalid array flags");
        }
        if (elemOid != element.oid()) {
            PgType sent = PgTypes.byOid(elemOid);
            throw new PgException(SqlState.DATATYPE_MISMATCH, "binary data has array element type " + elemOid
                    + " (" + (sent == null ? "unknown" : sent.name()) + ") instead of expected " + element.oid()
                    + " (" + element.name() + ")");
        }
        if (ndim == 0) {
            if (buf.isReadable()) {
                throw CodecErrors.binaryFormat("trailing bytes after an empty array");
            }
            return List.of();
        }
        if (buf.readableBytes() < 8) {
            throw CodecErrors.binaryValue("insufficient data left in message");
        }
        int size = buf.readInt();
        buf.readInt(); // lower bound: values are plain lists
        if (size < 0 || size > buf.readableBytes() / 4) {
            throw CodecErrors.binaryValue("insufficient data left in message");
        }
        Object[] values = new Object[size];
        for (int i = 0; i < size; i++) {
            if (buf.readableBytes() < 4) {
                throw CodecErrors.binaryValue("insufficient data left in message");
            }
            int itemLength = buf.readInt();
            if (itemLength == -1) {
                continue;
            }
            if (itemLength < -1 || itemLength > buf.readableBytes()) {
                throw CodecErrors.binaryValue("insufficient data left in message");
            }
            ByteBuf item = buf.readSlice(itemLength);
            values[i] = element.codec().readBinary(item, itemLength);
            if (item.isReadable()) {
                throw CodecErrors.binaryValue("improper binary format in array element " + (i + 1));
            }
        }
        if (buf.isReadable()) {
            throw CodecErrors.binaryFormat("trailing bytes after the last array element");
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
        throw CodecErrors.unsupportedValue("_" + element.name(), value);
    }
}
