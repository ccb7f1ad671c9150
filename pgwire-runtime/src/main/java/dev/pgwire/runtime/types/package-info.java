/**
 * PostgreSQL types: OIDs, {@code pg_type} identity, and text and binary wire codecs.
 *
 * <p>{@link dev.pgwire.runtime.types.PgTypes} lists every type (scalars, their one-dimensional arrays, and the
 * catalog vectors) with its {@link dev.pgwire.runtime.types.PgCodec}; there is one small codec class per family
 * ({@code IntCodec}, {@code FloatCodec}, {@code NumericCodec}, {@code TimestampTzCodec}, {@code ArrayCodec}, ...).
 * Values use the representation documented on {@link dev.pgwire.runtime.spi.Values}. Text output follows
 * PostgreSQL 15 with {@code DateStyle=ISO} and {@code IntervalStyle=postgres}, honouring the session's
 * {@code bytea_output} and {@code extra_float_digits}; input accepts what PostgreSQL's input functions accept for
 * these types (ISO date/time orders only) and fails with its SQLSTATEs and messages.
 *
 * <p>{@link dev.pgwire.runtime.types.TypeReference} parses SQL type names with modifiers,
 * {@link dev.pgwire.runtime.types.PgTypes#formatType} is {@code format_type()}, and
 * {@link dev.pgwire.runtime.types.ColumnTypes} maps the processor's column types. The tests compare all of this with
 * a real PostgreSQL 15 ({@code PostgresDifferentialTest}, {@code PostgresInputDifferentialTest}).
 */
package dev.pgwire.runtime.types;
