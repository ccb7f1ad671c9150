package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SessionSettings;
import io.netty.buffer.ByteBuf;

/** Codec instances, one per wire representation. (Skeleton: replaced by the real codecs.) */
final class PgCodecs {
    static final PgCodec BOOL = todo();
    static final PgCodec BYTEA = todo();
    static final PgCodec TEXT = todo();
    static final PgCodec INT2 = todo();
    static final PgCodec INT4 = todo();
    static final PgCodec INT8 = todo();
    static final PgCodec OID = todo();
    static final PgCodec FLOAT4 = todo();
    static final PgCodec FLOAT8 = todo();
    static final PgCodec NUMERIC = todo();
    static final PgCodec DATE = todo();
    static final PgCodec TIME = todo();
    static final PgCodec TIMESTAMP = todo();
    static final PgCodec TIMESTAMPTZ = todo();
    static final PgCodec UUID = todo();

    private PgCodecs() {}

    private static PgCodec todo() {
        return new PgCodec() {
            @Override
            public void writeText(Object value, ByteBuf out, SessionSettings session) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void writeBinary(Object value, ByteBuf out) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Object readText(String text, SessionSettings session) throws PgException {
                throw new UnsupportedOperationException();
            }

            @Override
            public Object readBinary(ByteBuf in, int length) throws PgException {
                throw new UnsupportedOperationException();
            }
        };
    }
}
