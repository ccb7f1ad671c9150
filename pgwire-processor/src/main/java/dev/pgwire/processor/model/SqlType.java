package dev.pgwire.processor.model;

/**
 * The SQL type of a column, named exactly like the runtime's {@code dev.pgwire.runtime.spi.ColumnType}
 * constants that generated code refers to (the processor does not depend on the runtime), arrays included.
 */
public enum SqlType {
    BOOL,
    INT2,
    INT4,
    INT8,
    FLOAT4,
    FLOAT8,
    NUMERIC,
    TEXT,
    VARCHAR,
    CHAR,
    BYTEA,
    UUID,
    DATE,
    TIME,
    TIMESTAMP,
    TIMESTAMPTZ,
    INET,
    TIMETZ,
    INTERVAL,
    JSONB,
    BOOL_ARRAY,
    INT2_ARRAY,
    INT4_ARRAY,
    INT8_ARRAY,
    FLOAT4_ARRAY,
    FLOAT8_ARRAY,
    NUMERIC_ARRAY,
    TEXT_ARRAY,
    VARCHAR_ARRAY,
    CHAR_ARRAY,
    BYTEA_ARRAY,
    UUID_ARRAY,
    DATE_ARRAY,
    TIME_ARRAY,
    TIMESTAMP_ARRAY,
    TIMESTAMPTZ_ARRAY,
    INET_ARRAY,
    TIMETZ_ARRAY,
    INTERVAL_ARRAY;

    private static final String ARRAY_SUFFIX = "_ARRAY";

    public boolean isArray() {
        return name().endsWith(ARRAY_SUFFIX);
    }

    /** The one-dimensional array type of this scalar, or null when PostgreSQL arrays of it are not mapped. */
    public SqlType arrayType() {
        if (isArray()) {
            return null;
        }
        for (SqlType t : values()) {
            if (t.name().equals(name() + ARRAY_SUFFIX)) {
                return t;
            }
        }
        return null;
    }
}
