package dev.pgwire.runtime.spi;

/**
 * A {@link RowSupplier} over a {@code Map} whose keys are the values of the row type's single primary-key
 * column, so that {@code WHERE pk = ...} can be answered with {@link #get} instead of a scan. The runtime
 * uses the lookup only when {@link #keyType()} is the class the primary-key column's values have in the
 * engine's representation (see {@link Values}): {@code Short}, {@code Integer}, {@code Long}, {@code String}
 * or {@code java.util.UUID}; otherwise it scans, as for any other source.
 *
 * @param <R> the Java row type
 */
public interface KeyedRowSupplier<R> extends RowSupplier<R> {
    /** The class of the map's keys. */
    Class<?> keyType();

    /** The row stored under {@code key} now, or {@code null}. */
    R get(Object key);
}
