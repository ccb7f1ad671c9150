package dev.pgwire.processor.model;

/**
 * The SQL type of a column, named exactly like the runtime's {@code dev.pgwire.runtime.spi.ColumnType}
 * constants that generated code refers to (the processor does not depend on the runtime).
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
    TIMESTAMPTZ
}
