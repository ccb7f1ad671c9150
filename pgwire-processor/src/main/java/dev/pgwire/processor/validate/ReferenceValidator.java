package dev.pgwire.processor.validate;

import dev.pgwire.processor.diag.ErrorReporter;
import dev.pgwire.processor.diag.Location;
import dev.pgwire.processor.diag.Messages;
import dev.pgwire.processor.model.ColumnModel;
import dev.pgwire.processor.model.RowTypeModel;
import dev.pgwire.processor.model.SourceModel;
import dev.pgwire.processor.model.SqlType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks {@code @PgColumn(references)} across every table of the compilation, once all rounds have
 * declared theirs: the referenced table exists (here, or is listed as external), has the column, the
 * column is its single-column primary key, and the types can be compared. Tables compiled elsewhere
 * are checked by the runtime when they are exposed.
 */
public final class ReferenceValidator {
    private static final Set<SqlType> INTEGERS = EnumSet.of(SqlType.INT2, SqlType.INT4, SqlType.INT8);
    private static final Set<SqlType> STRINGS = EnumSet.of(SqlType.TEXT, SqlType.VARCHAR, SqlType.CHAR);

    /** A table of this compilation; {@code columns} is empty when its row type was compiled elsewhere. */
    private record Table(String qualifiedName, List<ColumnModel> columns) {}

    /** A column that references another table, and where it was declared. */
    private record Pending(String table, String schema, ColumnModel column, Location location) {}

    private final Map<String, Table> tables = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private final Set<String> external;

    /** @param external {@code schema.table} names that other modules expose ({@code *}: any) */
    public ReferenceValidator(Set<String> external) {
        this.external = Set.copyOf(external);
    }

    /**
     * Records a table of this compilation and its references.
     *
     * @param location where each column of {@code rowType} was declared
     */
    public void add(SourceModel source, RowTypeModel rowType, java.util.function.Function<Object, Location> location) {
        tables.put(source.qualifiedName(), new Table(source.qualifiedName(), rowType.columns()));
        for (ColumnModel c : rowType.columns()) {
            if (c.references() != null) {
                pending.add(new Pending(source.qualifiedName(), source.schema(), c, location.apply(c)));
            }
        }
    }

    /**
     * Reports every reference that does not resolve.
     *
     * @param isFinal whether no later round can declare more tables; until then, references to unknown
     *              tables stay pending
     */
    public void validate(ErrorReporter reporter, boolean isFinal) {
        List<Pending> waiting = new ArrayList<>();
        for (Pending p : pending) {
            if (!check(p, reporter, isFinal)) {
                waiting.add(p);
            }
        }
        pending.clear();
        pending.addAll(waiting);
    }

    /** Checks one reference; false when it names a table not known yet and {@code isFinal} is false. */
    private boolean check(Pending p, ErrorReporter reporter, boolean isFinal) {
        ColumnModel.Reference ref = p.column().references();
        String target = (ref.schema().isEmpty() ? p.schema() : ref.schema()) + "." + ref.table();
        Table table = tables.get(target);
        if (table == null) {
            if (external.contains("*") || external.contains(target)) {
                return true;
            }
            if (!isFinal) {
                return false;
            }
            reporter.error(p.location(), Messages.COLUMN_REFERENCE_TABLE_UNKNOWN, p.column().name(), p.table(),
                    target);
            return true;
        }
        checkResolved(p, ref, target, table, reporter);
        return true;
    }

    private void checkResolved(Pending p, ColumnModel.Reference ref, String target, Table table,
            ErrorReporter reporter) {
        if (table.columns().isEmpty()) {
            return; // compiled elsewhere: the runtime checks it
        }
        List<ColumnModel> keys = table.columns().stream().filter(ColumnModel::primaryKey).toList();
        ColumnModel referenced = null;
        for (ColumnModel c : table.columns()) {
            if (c.name().equals(ref.column())) {
                referenced = c;
            }
        }
        if (!ref.column().isEmpty() && referenced == null) {
            reporter.error(p.location(), Messages.COLUMN_REFERENCE_COLUMN_UNKNOWN, p.column().name(), p.table(),
                    target + "." + ref.column(), target, ref.column());
            return;
        }
        if (keys.size() != 1 || (referenced != null && referenced != keys.get(0))) {
            String why = keys.isEmpty() ? target + " has no primary key"
                    : keys.size() > 1 ? target + " has a composite primary key"
                    : target + "'s primary key is " + keys.get(0).name();
            reporter.error(p.location(), Messages.COLUMN_REFERENCE_NOT_PRIMARY_KEY, p.column().name(), p.table(),
                    target + (ref.column().isEmpty() ? "" : "." + ref.column()), why);
            return;
        }
        ColumnModel key = keys.get(0);
        SqlType from = p.column().sqlType();
        SqlType to = key.sqlType();
        if (!(from == to || (INTEGERS.contains(from) && INTEGERS.contains(to))
                || (STRINGS.contains(from) && STRINGS.contains(to)))) {
            reporter.error(p.location(), Messages.COLUMN_REFERENCE_TYPE_MISMATCH, p.column().name(), p.table(),
                    p.column().javaType(), target + "." + key.name(), key.javaType());
        }
    }
}
