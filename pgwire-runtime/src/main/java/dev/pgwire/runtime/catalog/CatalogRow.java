package dev.pgwire.runtime.catalog;

import java.util.Arrays;

/**
 * One row of a catalog relation, filled by column name so that producers cannot drift from the column
 * order PostgreSQL defines. Unset columns are null.
 */
final class CatalogRow {
    private final SystemRelation relation;
    private final Object[] values;

    CatalogRow(SystemRelation relation) {
        this.relation = relation;
        this.values = new Object[relation.columns().size()];
    }

    /** Sets a column; shorts are given as ints and narrowed here for smallint columns. */
    CatalogRow set(String column, Object value) {
        int i = relation.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException(relation.schema() + "." + relation.name() + " has no column " + column);
        }
        if (value instanceof Integer n && "smallint".equals(relation.columns().get(i).type())) {
            value = n.shortValue();
        }
        values[i] = value;
        return this;
    }

    Object[] values() {
        return Arrays.copyOf(values, values.length);
    }
}
