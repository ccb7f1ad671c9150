package dev.pgwire.runtime.spi;

/**
 * The SQL type of a generated column. The processor picks one from the Java type of the member; the
 * runtime maps it to a PostgreSQL type (OID, codecs) and to the engine's internal representation.
 */
public enum ColumnType {
    /** {@code boolean}, {@code Boolean}. */
    BOOL,
    /** {@code short}, {@code Short}, {@code byte}, {@code Byte}. */
    INT2,
    /** {@code int}, {@code Integer}. */
    INT4,
    /** {@code long}, {@code Long}. */
    INT8,
    /** {@code float}, {@code Float}. */
    FLOAT4,
    /** {@code double}, {@code Double}. */
    FLOAT8,
    /** {@code BigDecimal}, {@code BigInteger}. */
    NUMERIC,
    /** {@code String} without a length, enums. */
    TEXT,
    /** {@code String} with {@code @PgColumn(length = n)}. */
    VARCHAR,
    /** {@code char}, {@code Character}: {@code character(1)}. */
    CHAR,
    /** {@code byte[]}. */
    BYTEA,
    /** {@code java.util.UUID}. */
    UUID,
    /** {@code LocalDate}. */
    DATE,
    /** {@code LocalTime}. */
    TIME,
    /** {@code LocalDateTime}. */
    TIMESTAMP,
    /** {@code Instant}, {@code OffsetDateTime}, {@code ZonedDateTime}. */
    TIMESTAMPTZ
}
