package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.query.SqlState;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.NlsString;

/**
 * Set-returning functions of the catalog queries, as Calcite table functions: {@code generate_series},
 * {@code pg_partition_ancestors} and {@code information_schema._pg_expandarray}. Calcite also calls these
 * with null arguments while validating, only to learn the row type, so a null argument yields an empty table. A series can be
 * long enough to outlast statement_timeout, so it polls the cancel signal as table scans do.
 */
public final class SetReturningFunctions {
    private SetReturningFunctions() {}

    public static ScannableTable generateSeries(Integer start, Integer stop) {
        return generateSeriesStep(start, stop, 1);
    }

    public static ScannableTable generateSeriesStep(Integer start, Integer stop, Integer step) {
        if (step != null && step == 0) {
            throw CatalogErrors.error(SqlState.INVALID_PARAMETER_VALUE,
                    "step size cannot equal zero");
        }
        boolean empty = start == null || stop == null || step == null;
        return new Series(SqlTypeName.INTEGER, empty ? 1 : start, empty ? 0 : stop, empty ? 1 : step, false);
    }

    public static ScannableTable generateSeriesBig(Long start, Long stop) {
        boolean empty = start == null || stop == null;
        return new Series(SqlTypeName.BIGINT, empty ? 1 : start, empty ? 0 : stop, 1, true);
    }

    /**
     * {@code _pg_expandarray(anyarray)}: one row {@code (x, n)} per element, {@code n} counting from 1.
     * The catalog only expands attribute-number arrays, so {@code x} is an integer.
     */
    public static ScannableTable expandArray(List<?> array) {
        return new Expanded(array == null ? List.of() : array);
    }

    /**
     * {@code pg_partition_ancestors(regclass)}: the relation and the tables it is a partition of. No
     * table here is partitioned, so that is the relation alone (psql asks for it to find foreign keys).
     */
    public static ScannableTable partitionAncestors(Object relation) {
        // Declared as ANY: Calcite does not coerce psql's quoted OID ('16384') for table functions.
        Integer oid = relation instanceof Number n ? Integer.valueOf(n.intValue())
                : relation instanceof NlsString text ? parseOid(text.getValue())
                : relation == null ? null : parseOid(relation.toString());
        return new OidList(oid == null ? List.of() : List.of(oid), "pg_partition_ancestors");
    }

    private static Integer parseOid(String text) {
        try {
            return (int) Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw CatalogErrors.error(SqlState.INVALID_TEXT_REPRESENTATION,
                    "invalid input syntax for type oid: \"" + text + "\"");
        }
    }

    /** The integers from start to stop inclusive, in steps. */
    private static final class Series extends AbstractTable implements ScannableTable {
        private final SqlTypeName type;
        private final long start;
        private final long stop;
        private final long step;
        private final boolean asLong;

        Series(SqlTypeName type, long start, long stop, long step, boolean asLong) {
            this.type = type;
            this.start = start;
            this.stop = stop;
            this.step = step;
            this.asLong = asLong;
        }

        @Override
        public RelDataType getRowType(RelDataTypeFactory f) {
            return f.builder().add("generate_series", type).build();
        }

        @Override
        public Enumerable<Object[]> scan(DataContext root) {
            return new AbstractEnumerable<>() {
                @Override
                public Enumerator<Object[]> enumerator() {
                    CancelPolling cancel = CancelPolling.of(root);
                    return new Enumerator<>() {
                        private long next = start;
                        private Object[] current;

                        @Override
                        public Object[] current() {
                            return current;
                        }

                        @Override
                        public boolean moveNext() {
                            if (step > 0 ? next > stop : next < stop) {
                                return false;
                            }
                            cancel.row();
                            current = new Object[] {asLong ? (Object) next : (Object) (int) next};
                            next += step;
                            return true;
                        }

                        @Override
                        public void reset() {
                            next = start;
                        }

                        @Override
                        public void close() {}
                    };
                }
            };
        }
    }

    /** One {@code regclass} column. */
    private static final class OidList extends AbstractTable implements ScannableTable {
        private final List<Integer> oids;
        private final String column;

        OidList(List<Integer> oids, String column) {
            this.oids = oids;
            this.column = column;
        }

        @Override
        public RelDataType getRowType(RelDataTypeFactory f) {
            return f.builder().add(column, SqlTypeName.INTEGER).build();
        }

        @Override
        public Enumerable<Object[]> scan(DataContext root) {
            Object[][] rows = new Object[oids.size()][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = new Object[] {oids.get(i)};
            }
            return Linq4j.asEnumerable(rows);
        }
    }

    private static final class Expanded extends AbstractTable implements ScannableTable {
        private final List<?> array;

        Expanded(List<?> array) {
            this.array = array;
        }

        @Override
        public RelDataType getRowType(RelDataTypeFactory f) {
            return f.builder()
                    .add("x", SqlTypeName.INTEGER).nullable(true)
                    .add("n", SqlTypeName.INTEGER)
                    .build();
        }

        @Override
        public Enumerable<Object[]> scan(DataContext root) {
            Object[][] rows = new Object[array.size()][];
            for (int i = 0; i < rows.length; i++) {
                Object e = array.get(i);
                rows[i] = new Object[] {e instanceof Number num ? num.intValue() : null, i + 1};
            }
            return Linq4j.asEnumerable(rows);
        }
    }
}
