package dev.pgwire.processor.validate;

import dev.pgwire.annotations.PgColumn.Nullability;
import dev.pgwire.processor.diag.ErrorReporter;
import dev.pgwire.processor.diag.Locations;
import dev.pgwire.processor.diag.Messages;
import dev.pgwire.processor.model.ColumnMapping.Facet;
import dev.pgwire.processor.model.ColumnModel;
import dev.pgwire.processor.model.RowTypeModel;
import dev.pgwire.processor.model.SourceModel;
import dev.pgwire.processor.model.TableOwnerModel;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Rules over the finished model: names PostgreSQL can store, column size attributes that fit the type,
 * nullability a Java type can honour, and no duplicate columns or tables. Every violation is reported; the
 * caller skips generation when any was.
 */
public final class ModelValidator {
    /** PostgreSQL's NAMEDATALEN - 1: longer identifiers are silently truncated by the server. */
    static final int MAX_NAME_BYTES = 63;
    /** PostgreSQL's maximum numeric precision. */
    static final int MAX_PRECISION = 1000;

    private final ErrorReporter reporter;
    private final Locations locations;

    public ModelValidator(ErrorReporter reporter, Locations locations) {
        this.reporter = reporter;
        this.locations = locations;
    }

    /** Checks a row type and its columns; a reused descriptor was checked when it was generated. */
    public void validate(RowTypeModel rowType) {
        if (!rowType.generate()) {
            return;
        }
        String typeName = rowType.javaType().canonicalName();
        if (rowType.columns().isEmpty()) {
            reporter.error(locations.of(rowType), Messages.ROW_TYPE_NO_COLUMNS, typeName);
        }
        Map<String, ColumnModel> byName = new HashMap<>();
        for (ColumnModel column : rowType.columns()) {
            String where = typeName + "." + column.member();
            checkName("column", column.name(), where, column);
            ColumnModel previous = byName.putIfAbsent(column.name(), column);
            if (previous != null) {
                reporter.error(locations.of(column), Messages.COLUMN_DUPLICATE, column.name(), typeName,
                        previous.member());
            }
            checkFacets(column);
            if (column.nullability() == Nullability.NULLABLE && column.mapping().primitive()) {
                reporter.error(locations.of(column), Messages.COLUMN_NULLABLE_PRIMITIVE, column.name(),
                        column.javaType());
            } else if (column.nullability() == Nullability.NULLABLE && column.primaryKey()) {
                reporter.error(locations.of(column), Messages.COLUMN_NULLABLE_PRIMARY_KEY, column.name());
            }
        }
    }

    /**
     * Checks the sources of one declaring class.
     *
     * @param tables tables declared so far in this compilation ({@code schema.name} → declaring member);
     *               this owner's tables are added
     */
    public void validate(TableOwnerModel owner, Map<String, String> tables) {
        for (SourceModel source : owner.sources()) {
            String where = owner.owner().simpleName() + "." + source.member();
            checkName("schema", source.schema(), where, source);
            checkName("table", source.name(), where, source);
            String previous = tables.putIfAbsent(source.qualifiedName(), owner.owner().canonicalName() + "."
                    + source.member());
            if (previous != null) {
                reporter.error(locations.of(source), Messages.TABLE_DUPLICATE, source.qualifiedName(), previous);
            }
        }
    }

    private void checkFacets(ColumnModel column) {
        Facet facet = column.mapping().facet();
        if (column.length() != -1) {
            if (facet != Facet.LENGTH) {
                reporter.error(locations.of(column), Messages.COLUMN_LENGTH_NOT_STRING, column.name(),
                        column.javaType());
            } else if (column.length() < 1) {
                reporter.error(locations.of(column), Messages.COLUMN_LENGTH_INVALID, column.name(), column.length());
            }
        }
        if (column.precision() == -1 && column.scale() == 0) {
            return;
        }
        if (facet != Facet.PRECISION) {
            reporter.error(locations.of(column), Messages.COLUMN_PRECISION_NOT_NUMERIC, column.name(),
                    column.javaType());
        } else if (column.precision() == -1) {
            reporter.error(locations.of(column), Messages.COLUMN_SCALE_WITHOUT_PRECISION, column.name(),
                    column.scale());
        } else if (column.precision() < 1 || column.precision() > MAX_PRECISION) {
            reporter.error(locations.of(column), Messages.COLUMN_PRECISION_INVALID, column.name(),
                    column.precision());
        } else if (column.scale() < 0 || column.scale() > column.precision()) {
            reporter.error(locations.of(column), Messages.COLUMN_SCALE_INVALID, column.name(), column.scale(),
                    column.precision());
        }
    }

    private void checkName(String kind, String name, String where, Object model) {
        if (name.isEmpty()) {
            reporter.error(locations.of(model), Messages.NAME_EMPTY, kind, where);
            return;
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            reporter.error(locations.of(model), Messages.NAME_TOO_LONG, kind, name, where, bytes);
        }
    }
}
