package dev.pgwire.processor.model;

import java.util.Objects;

/**
 * How values of one Java type become column values.
 *
 * @param type       the SQL type
 * @param conversion name of the {@code dev.pgwire.runtime.spi.Values} method that converts the Java value to
 *                   the engine's representation, or empty when the value is stored as is (after boxing)
 * @param primitive  whether the Java type is primitive, so the column can never be NULL
 * @param facet      which {@code @PgColumn} size attributes the type accepts
 */
public record ColumnMapping(SqlType type, String conversion, boolean primitive, Facet facet) {
    public ColumnMapping {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(conversion, "conversion");
        Objects.requireNonNull(facet, "facet");
    }

    /** Whether the value goes through a {@code Values} method. */
    public boolean converts() {
        return !conversion.isEmpty();
    }

    /** The {@code @PgColumn} size attributes a Java type accepts. */
    public enum Facet {
        NONE,
        /** {@code length}: strings. */
        LENGTH,
        /** {@code precision} and {@code scale}: arbitrary-precision numbers. */
        PRECISION
    }
}
