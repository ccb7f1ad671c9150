package dev.pgwire.runtime.engine;

import dev.pgwire.runtime.spi.Column;
import dev.pgwire.runtime.spi.ColumnType;
import dev.pgwire.runtime.spi.KeyedRowSupplier;
import dev.pgwire.runtime.spi.RowType;
import dev.pgwire.runtime.spi.TableSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.Statistic;
import org.apache.calcite.schema.Statistics;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * A registry {@link TableSource} as a Calcite table. Every scan opens a fresh iteration over the
 * source's current rows, so a cached plan sees live data; the generated extractor fills a new array per
 * row (operators such as joins and sorts keep references to rows).
 */
final class RegistryTable<R> extends AbstractTable implements ScannableTable {
    /** Rows between two polls of the cancel signal. */
    private static final int CANCEL_POLL_INTERVAL = 1024;
    /** The planner's row estimate before the first scan has counted the real size. */
    private static final double INITIAL_ROW_ESTIMATE = 1000;

    private final TableSource<R> source;
    private final RowType<R> rowType;
    private final int[] byteaColumns;
    private final List<ImmutableBitSet> keys;
    /** The source's by-key access when it is keyed by the single primary-key column, else null. */
    private final KeyedRowSupplier<R> keyed;
    /** That column's index, or -1. */
    private final int keyColumn;
    /** Row count of the last completed scan; feeds join ordering and build-side choice. */
    private volatile double rowEstimate = INITIAL_ROW_ESTIMATE;

    RegistryTable(TableSource<R> source) {
        this.source = source;
        this.rowType = source.rowType();
        List<Column> columns = rowType.columns();
        List<Integer> bytea = new ArrayList<>();
        List<Integer> pk = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).type() == ColumnType.BYTEA) {
                bytea.add(i);
            }
            if (columns.get(i).primaryKey()) {
                pk.add(i);
            }
        }
        this.byteaColumns = bytea.stream().mapToInt(Integer::intValue).toArray();
        this.keys = pk.isEmpty() ? List.of() : List.of(ImmutableBitSet.of(pk));
        if (pk.size() == 1 && source.rows() instanceof KeyedRowSupplier<R> k
                && k.keyType() == KeyValues.internalClass(columns.get(pk.get(0)).type())) {
            this.keyed = k;
            this.keyColumn = pk.get(0);
        } else {
            this.keyed = null;
            this.keyColumn = -1;
        }
    }

    /** The primary-key column a lookup can use, or -1 when the source cannot be read by key. */
    int keyColumn() {
        return keyColumn;
    }

    /**
     * The row whose primary key is {@code key} (already in the column's representation), as a fresh array,
     * or null.
     */
    Object[] lookup(Object key) {
        R r = keyed.get(key);
        if (r == null) {
            return null;
        }
        Object[] row = extract(r);
        // The map's key is meant to be the row's primary key; a row filed under another key is not this one.
        return key.equals(row[keyColumn]) ? row : null;
    }

    /** The column type of the key, for key conversions. */
    ColumnType keyType() {
        return rowType.columns().get(keyColumn).type();
    }

    private Object[] extract(R r) {
        Object[] row = new Object[rowType.columns().size()];
        rowType.extract(r, row);
        for (int i : byteaColumns) {
            if (row[i] instanceof byte[] bytes) {
                row[i] = new ByteString(bytes);
            }
        }
        return row;
    }

    TableSource<R> source() {
        return source;
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory typeFactory) {
        RelDataTypeFactory.Builder b = typeFactory.builder();
        for (Column c : rowType.columns()) {
            b.add(c.name(), TypeMapping.relType(c, typeFactory));
        }
        return b.build();
    }

    @Override
    public Statistic getStatistic() {
        return Statistics.of(rowEstimate, keys);
    }

    @Override
    public Enumerable<Object[]> scan(DataContext root) {
        ExecutionContext.Cancellation cancel = ExecutionContext.cancellation(root);
        return new AbstractEnumerable<>() {
            @Override
            public Enumerator<Object[]> enumerator() {
                return new Scan(cancel);
            }
        };
    }

    /** One pass over the source. */
    private final class Scan implements Enumerator<Object[]> {
        private final ExecutionContext.Cancellation cancel;
        private Iterator<? extends R> rows;
        private Object[] current;
        private long count;

        Scan(ExecutionContext.Cancellation cancel) {
            this.cancel = cancel;
        }

        @Override
        public Object[] current() {
            return current;
        }

        @Override
        public boolean moveNext() {
            if (rows == null) {
                rows = source.rows().open();
            }
            if (!rows.hasNext()) {
                rowEstimate = Math.max(1, count);
                current = null;
                return false;
            }
            if (++count % CANCEL_POLL_INTERVAL == 0) {
                cancel.check();
            }
            current = extract(rows.next());
            return true;
        }

        @Override
        public void reset() {
            rows = null;
            count = 0;
            current = null;
        }

        @Override
        public void close() {
            rows = null;
            current = null;
        }
    }
}
