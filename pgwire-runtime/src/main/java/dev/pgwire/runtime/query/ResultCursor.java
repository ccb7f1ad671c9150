package dev.pgwire.runtime.query;

/**
 * Rows of one execution, pulled one at a time so that results stream with backpressure. Values are in
 * the representation documented on {@link dev.pgwire.runtime.spi.Values}. Not thread-safe; one
 * consumer.
 */
public interface ResultCursor extends AutoCloseable {
    /**
     * The next row, or null at the end. The returned array may be reused by the next call: encode it
     * before calling again.
     */
    Object[] next() throws PgException;

    /** Releases the execution; idempotent. */
    @Override
    void close();
}
