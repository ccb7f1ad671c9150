package dev.pgwire.runtime.spi;

import java.util.Iterator;

/**
 * Opens a fresh iteration over a source's current rows. Called once per table scan, so every query
 * sees the data as it is now. Implementations come from {@link Rows}.
 *
 * @param <R> the Java row type
 */
@FunctionalInterface
public interface RowSupplier<R> {
    Iterator<? extends R> open();
}
