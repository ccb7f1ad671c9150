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
    TIMESTAMPTZ,
    /** {@code java.net.InetAddress}. */
    INET,
    /** {@code OffsetTime}: {@code time with time zone}. */
    TIMETZ,
    /** {@code Duration}, {@code Period}. */
    INTERVAL,
    /** {@code Map<String, ?>}, nested records, collections of them, and JSON text ({@code @PgColumn(type = "jsonb")}). */
    JSONB,

    // One-dimensional arrays: List, Set and Java arrays of the scalar named before "_ARRAY".
    BOOL_ARRAY,
    INT2_ARRAY,
    INT4_ARRAY,
    INT8_ARRAY,
    FLOAT4_ARRAY,
    FLOAT8_ARRAY,
    NUMERIC_ARRAY,
    TEXT_ARRAY,
    /** Elements with {@code @PgColumn(length = n)}: {@code varchar(n)[]}. */
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

    /** Whether values are one-dimensional arrays ({@code List}s of element values). */
    public boolean isArray() {
        return name().endsWith(ARRAY_SUFFIX);
    }

    /** The element type of an array type; the type itself for a scalar. */
    public ColumnType elementType() {
        return isArray() ? valueOf(name().substring(0, name().length() - ARRAY_SUFFIX.length())) : this;
    }
}
