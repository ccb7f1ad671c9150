package dev.pgwire.runtime.spi;

import java.util.List;

/**
 * Generated for each row type: its columns and a direct, reflection-free extractor.
 *
 * @param <R> the Java row type
 */
public interface RowType<R> {
    /** The Java class of the rows. */
    Class<R> javaType();

    /** Columns in declaration order. */
    List<Column> columns();

    /**
     * Writes the row's column values into {@code out} (length = number of columns), each already
     * converted with {@link Values} to the engine's internal representation.
     */
    void extract(R row, Object[] out);
}
