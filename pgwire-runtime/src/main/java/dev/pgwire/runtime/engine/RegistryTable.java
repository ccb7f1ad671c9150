package dev.pgwire.runtime.engine;

import dev.pgwire.runtime.spi.Column;
import dev.pgwire.runtime.spi.ColumnType;
import dev.pgwire.runtime.spi.KeyedRowSupplier;
import dev.pgwire.runtime.spi.RowType;
import dev.pgwire.runtime.spi.TableSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
    private final int[] byteaArrayColumns;
    /** Scale of each numeric(p,s) column (and array of them), -1 elsewhere; null when there are none. */
    private final int[] numericScales;
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
        List<Integer> byteaArrays = new ArrayList<>();
        List<Integer> pk = new ArrayList<>();
        int[] scales = new int[columns.size()];
        boolean anyScale = false;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).type() == ColumnType.BYTEA) {
                bytea.add(i);
            } else if (columns.get(i).type() == ColumnType.BYTEA_ARRAY) {
                byteaArrays.add(i);
            }
            Column c = columns.get(i);
            boolean numeric = c.type() == ColumnType.NUMERIC || c.type() == ColumnType.NUMERIC_ARRAY;
            scales[i] = numeric && c.precision() > 0 ? c.scale() : -1;
            anyScale |= scales[i] >= 0;
            if (columns.get(i).primaryKey()) {
                pk.add(i);
            }
        }
        this.byteaColumns = bytea.stream().mapToInt(Integer::intValue).toArray();
        this.byteaArrayColumns = byteaArrays.stream().mapToInt(Integer::intValue).toArray();
        this.numericScales = anyScale ? scales : null;
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
        for (int i : byteaArrayColumns) {
            if (row[i] instanceof List<?> list) {
                row[i] = byteStrings(list);
            }
        }
        if (numericScales != null) {
            applyScales(row);
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

    /** numeric(p,s) holds values at scale s, as PostgreSQL stores them: 1 in a numeric(6,2) column is 1.00. */
    private void applyScales(Object[] row) {
        for (int i = 0; i < row.length; i++) {
            int scale = numericScales[i];
            if (scale < 0 || row[i] == null) {
                continue;
            }
            if (row[i] instanceof BigDecimal d) {
                row[i] = scaled(d, scale);
            } else if (row[i] instanceof List<?> list) {
                Object[] out = list.toArray();
                for (int k = 0; k < out.length; k++) {
                    if (out[k] instanceof BigDecimal d) {
                        out[k] = scaled(d, scale);
                    }
                }
                row[i] = java.util.Arrays.asList(out);
            }
        }
    }

    /** PostgreSQL rounds half away from zero when it fits a value to a numeric's scale. */
    private static BigDecimal scaled(BigDecimal d, int scale) {
        return d.scale() == scale ? d : d.setScale(scale, RoundingMode.HALF_UP);
    }

    /** Calcite's binary values are ByteStrings, in arrays too. */
    private static List<Object> byteStrings(List<?> list) {
        Object[] out = list.toArray();
        for (int k = 0; k < out.length; k++) {
            if (out[k] instanceof byte[] bytes) {
                out[k] = new ByteString(bytes);
            }
        }
        return java.util.Arrays.asList(out);
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
