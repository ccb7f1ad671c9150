package dev.pgwire.runtime.spi;

import java.util.Arrays;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Row suppliers for every source shape {@code @PgTable} accepts. The application keeps mutating its
 * collections while queries run, so collections are snapshotted (a copy of references, not of rows)
 * before iteration, retrying when a non-concurrent collection changes under the copy; null elements
 * are skipped.
 */
public final class Rows {
    private static final int SNAPSHOT_ATTEMPTS = 16;

    private Rows() {}

    public static <R> RowSupplier<R> ofCollection(Supplier<? extends Collection<? extends R>> source) {
        return () -> snapshot(source.get());
    }

    public static <R> RowSupplier<R> ofIterable(Supplier<? extends Iterable<? extends R>> source) {
        return () -> {
            Iterable<? extends R> it = source.get();
            if (it == null) {
                return emptyIterator();
            }
            if (it instanceof Collection<? extends R> c) {
                return snapshot(c);
            }
            return copyIterable(it);
        };
    }

    public static <R> RowSupplier<R> ofMapValues(Supplier<? extends Map<?, ? extends R>> source) {
        return () -> {
            Map<?, ? extends R> map = source.get();
            return map == null ? emptyIterator() : snapshot(map.values());
        };
    }

    /**
     * Like {@link #ofMapValues}, and the map may be read by key: a {@code Map<K, R>} source whose keys are
     * the primary key answers {@code WHERE pk = ...} with one {@code get}.
     *
     * @param keyType the class of the map's keys ({@code K})
     */
    public static <R> KeyedRowSupplier<R> ofKeyedMap(Class<?> keyType, Supplier<? extends Map<?, ? extends R>> source) {
        Objects.requireNonNull(keyType, "keyType");
        return new KeyedRowSupplier<>() {
            @Override
            public Iterator<? extends R> open() {
                Map<?, ? extends R> map = source.get();
                return map == null ? emptyIterator() : snapshot(map.values());
            }

            @Override
            public Class<?> keyType() {
                return keyType;
            }

            @Override
            public R get(Object key) {
                Map<?, ? extends R> map = source.get();
                return map == null || key == null ? null : map.get(key);
            }
        };
    }

    public static <R> RowSupplier<R> ofArray(Supplier<? extends R[]> source) {
        return () -> {
            R[] array = source.get();
            return array == null ? emptyIterator() : nonNull(array.clone(), array.length);
        };
    }

    public static <R> RowSupplier<R> ofStream(Supplier<? extends Stream<? extends R>> source) {
        return () -> {
            Stream<? extends R> stream = source.get();
            if (stream == null) {
                return emptyIterator();
            }
            return stream.filter(Objects::nonNull).map(r -> (R) r).iterator();
        };
    }

    private static <R> Iterator<R> snapshot(Collection<? extends R> c) {
        if (c == null) {
            return emptyIterator();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                Object[] copy = c.toArray();
                return nonNull(copy, copy.length);
            } catch (ConcurrentModificationException | ArrayIndexOutOfBoundsException | NullPointerException e) {
                // A plain ArrayList/HashMap resized while we copied it; try again.
                if (attempt == SNAPSHOT_ATTEMPTS) {
                    throw new ConcurrentModificationException(
                            "the collection changed during " + SNAPSHOT_ATTEMPTS
                                    + " snapshot attempts; use a concurrent collection",
                            e);
                }
                Thread.onSpinWait();
            }
        }
    }

    private static <R> Iterator<R> copyIterable(Iterable<? extends R> it) {
        for (int attempt = 1; ; attempt++) {
            try {
                Object[] buf = new Object[16];
                int n = 0;
                for (R r : it) {
                    if (n == buf.length) {
                        buf = Arrays.copyOf(buf, n * 2);
                    }
                    buf[n++] = r;
                }
                return nonNull(buf, n);
            } catch (ConcurrentModificationException e) {
                if (attempt == SNAPSHOT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <R> Iterator<R> nonNull(Object[] rows, int length) {
        return new Iterator<>() {
            private int next = advance(0);

            private int advance(int from) {
                while (from < length && rows[from] == null) {
                    from++;
                }
                return from;
            }

            @Override
            public boolean hasNext() {
                return next < length;
            }

            @Override
            public R next() {
                if (next >= length) {
                    throw new java.util.NoSuchElementException();
                }
                R r = (R) rows[next];
                next = advance(next + 1);
                return r;
            }
        };
    }

    private static <R> Iterator<R> emptyIterator() {
        return java.util.Collections.emptyIterator();
    }
}
