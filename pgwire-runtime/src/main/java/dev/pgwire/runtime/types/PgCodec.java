package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import io.netty.buffer.ByteBuf;

/**
 * Text and binary wire formats of one PostgreSQL type. Values are in the representation documented on
 * {@link dev.pgwire.runtime.spi.Values}. Writers append the value's bytes only (the caller writes the
 * length prefix); readers get exactly the value's bytes.
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
