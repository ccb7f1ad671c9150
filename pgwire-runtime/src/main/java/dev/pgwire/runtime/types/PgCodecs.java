package dev.pgwire.runtime.types;

/** The codec instances, one per wire representation; {@link PgTypes} attaches them to types. */
final class PgCodecs {
    static final PgCodec BOOL = BoolCodec.INSTANCE;
    static final PgCodec BYTEA = ByteaCodec.INSTANCE;
    static final PgCodec TEXT = TextCodec.INSTANCE;
    static final PgCodec NAME = TextCodec.NAME;
    static final PgCodec INT2 = IntCodec.INT2;
    static final PgCodec INT4 = IntCodec.INT4;
    static final PgCodec INT8 = IntCodec.INT8;
    static final PgCodec OID = OidCodec.OID;
    static final PgCodec REGPROC = OidCodec.REGPROC;
    static final PgCodec REGCLASS = OidCodec.REGCLASS;
    static final PgCodec REGTYPE = OidCodec.REGTYPE;
    static final PgCodec FLOAT4 = FloatCodec.FLOAT4;
    static final PgCodec FLOAT8 = FloatCodec.FLOAT8;
    static final PgCodec NUMERIC = NumericCodec.INSTANCE;
    static final PgCodec DATE = DateCodec.INSTANCE;
    static final PgCodec TIME = TimeCodec.INSTANCE;
    static final PgCodec TIMESTAMP = TimestampCodec.INSTANCE;
    static final PgCodec TIMESTAMPTZ = TimestampTzCodec.INSTANCE;
    static final PgCodec UUID = UuidCodec.INSTANCE;
    static final PgCodec INTERVAL = IntervalCodec.INSTANCE;
    static final PgCodec INET = InetCodec.INSTANCE;
    static final PgCodec TIMETZ = TimeTzCodec.INSTANCE;
    static final PgCodec JSONB = JsonbCodec.INSTANCE;

    private PgCodecs() {}
}
