package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import io.netty.buffer.ByteBuf;

/**
 * Text and binary wire formats of one PostgreSQL type. Values are in the representation documented on
 * {@link dev.pgwire.runtime.spi.Values}. Writers append the value's bytes only (the caller writes the
 * length prefix); readers get exactly the value's bytes.
 *
 * <p>Writers never see null (the caller writes length -1) and are lenient about the Java type where no information
 * is lost (an {@code Integer} for int8, a {@code Long} for numeric); a value they cannot encode is a bug upstream and
 * raises {@link IllegalArgumentException}. {@link #readBinary} consumes exactly {@code length} bytes from the
 * buffer's reader index. Readers raise {@link PgException} with PostgreSQL's SQLSTATE and wording (22P02 bad text,
 * 22003 out of range, 22007/22008 for dates and times, 22P03 bad binary). A null session means UTC.
 */
public interface PgCodec {
    void writeText(Object value, ByteBuf out, SessionSettings session);

    void writeBinary(Object value, ByteBuf out);

    Object readText(String text, SessionSettings session) throws PgException;

    Object readBinary(ByteBuf in, int length) throws PgException;

    /** Whether {@link #writeBinary} and {@link #readBinary} are implemented. */
    default boolean supportsBinary() {
        return true;
    }
}
