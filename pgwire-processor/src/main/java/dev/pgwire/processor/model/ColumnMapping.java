package dev.pgwire.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * How values of one Java type become column values.
 *
 * @param type      the SQL type
 * @param steps     what converts the Java value to the engine's representation (calls of
 *                  {@code dev.pgwire.runtime.spi.Values} methods), or empty when the value is stored as is
 *                  (after boxing)
 * @param primitive whether the Java type is primitive, so the column can never be NULL
 * @param facet     which {@code @PgColumn} size attributes the type accepts
 */
public record ColumnMapping(SqlType type, List<ValueStep> steps, boolean primitive, Facet facet) {
    public ColumnMapping {
        Objects.requireNonNull(type, "type");
        steps = List.copyOf(steps);
        Objects.requireNonNull(facet, "facet");
    }

    /** A mapping with at most one {@code Values} call ({@code conversion} empty: none). */
    public static ColumnMapping of(SqlType type, String conversion, boolean primitive, Facet facet) {
        return new ColumnMapping(type, conversion.isEmpty() ? List.of() : List.of(new ValueStep.Call(conversion)),
                primitive, facet);
    }

    /** Whether the value goes through {@code Values} methods. */
    public boolean converts() {
        return !steps.isEmpty();
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
