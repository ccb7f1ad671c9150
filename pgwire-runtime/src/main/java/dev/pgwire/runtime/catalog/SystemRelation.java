package dev.pgwire.runtime.catalog;

import java.util.List;

/**
 * One of the catalog's own relations as PostgreSQL 15 defines it.
 *
 * @param schema  {@code pg_catalog} or {@code information_schema}
 * @param oid     its {@code pg_class} OID in PostgreSQL 15
 * @param kind    {@code r} (table) or {@code v} (view)
 * @param columns in PostgreSQL's order
 */
public record SystemRelation(String schema, String name, int oid, char kind, List<Column> columns) {

    public SystemRelation {
        columns = List.copyOf(columns);
    }

    /**
     * A column.
     *
     * @param type    the type as {@code format_type} prints it ({@code oid}, {@code "char"}, {@code text[]}, ...)
     * @param typeOid {@code atttypid}, domains already replaced by their base type
     */
    public record Column(String name, String type, int typeOid) {}

    /** Position of {@code column}, or -1. */
    public int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }
}
