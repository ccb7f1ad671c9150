package dev.pgwire.runtime.tables;

import dev.pgwire.runtime.spi.Column;
import dev.pgwire.runtime.spi.ColumnType;
import dev.pgwire.runtime.spi.ForeignKey;
import dev.pgwire.runtime.spi.TableSource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the {@link ForeignKey}s of exposed tables against each other, with PostgreSQL's rules for
 * what may be referenced: a column that is the whole primary key of its table, of a type the
 * referencing column can be compared with.
 */
public final class ForeignKeys {
    private static final Set<ColumnType> INTEGERS = EnumSet.of(ColumnType.INT2, ColumnType.INT4, ColumnType.INT8);
    private static final Set<ColumnType> STRINGS = EnumSet.of(ColumnType.TEXT, ColumnType.VARCHAR, ColumnType.CHAR);

    private ForeignKeys() {}

    /**
     * A resolved reference from {@code table.columns[column]} to {@code target.columns[targetColumn]}.
     *
     * @param column       index of the referencing column
     * @param targetColumn index of the referenced column
     */
    public record Resolved(TableSource<?> table, int column, TableSource<?> target, int targetColumn) {}

    /**
     * The references of {@code table}, resolved against {@code tables} ({@code schema.name} to table).
     *
     * @throws IllegalStateException naming the first reference that does not resolve
     */
    public static List<Resolved> resolve(TableSource<?> table, Map<String, TableSource<?>> tables) {
        List<Resolved> out = new ArrayList<>();
        List<Column> columns = table.rowType().columns();
        for (int i = 0; i < columns.size(); i++) {
            ForeignKey fk = columns.get(i).references();
            if (fk != null) {
                out.add(resolve(table, i, fk, tables));
            }
        }
        return out;
    }

    private static Resolved resolve(TableSource<?> table, int index, ForeignKey fk, Map<String, TableSource<?>> tables) {
        Column column = table.rowType().columns().get(index);
        String where = "column " + table.qualifiedName() + "." + column.name() + " references " + fk;
        String schema = fk.schema().isEmpty() ? table.schema() : fk.schema();
        TableSource<?> target = tables.get(schema + "." + fk.table());
        if (target == null) {
            throw new IllegalStateException(where + ", but no table " + schema + "." + fk.table()
                    + " is exposed; expose it together with (or before) " + table.qualifiedName()
                    + ", or fix @PgColumn(references)");
        }
        List<Column> targetColumns = target.rowType().columns();
        List<Integer> keys = new ArrayList<>();
        int targetIndex = -1;
        for (int i = 0; i < targetColumns.size(); i++) {
            if (targetColumns.get(i).primaryKey()) {
                keys.add(i);
            }
            if (targetColumns.get(i).name().equals(fk.column())) {
                targetIndex = i;
            }
        }
        if (!fk.column().isEmpty() && targetIndex < 0) {
            throw new IllegalStateException(where + ", but " + target.qualifiedName() + " has no column "
                    + fk.column());
        }
        if (keys.size() != 1 || (targetIndex >= 0 && keys.get(0) != targetIndex)) {
            throw new IllegalStateException(where + ", but only a single-column primary key can be referenced and "
                    + target.qualifiedName() + (keys.isEmpty() ? " has no primary key"
                            : keys.size() > 1 ? " has a composite primary key"
                            : "'s primary key is " + targetColumns.get(keys.get(0)).name()));
        }
        targetIndex = keys.get(0);
        ColumnType from = column.type();
        ColumnType to = targetColumns.get(targetIndex).type();
        if (!comparable(from, to)) {
            throw new IllegalStateException(where + ", but its type " + from + " cannot be compared with "
                    + to + " (" + target.qualifiedName() + "." + targetColumns.get(targetIndex).name() + ")");
        }
        return new Resolved(table, index, target, targetIndex);
    }

    /** Whether PostgreSQL accepts a key of type {@code from} referencing one of type {@code to}. */
    public static boolean comparable(ColumnType from, ColumnType to) {
        return from == to
                || (INTEGERS.contains(from) && INTEGERS.contains(to))
                || (STRINGS.contains(from) && STRINGS.contains(to));
    }
}
