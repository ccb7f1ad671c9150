package dev.pgwire.runtime.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the catalog's own relations as PostgreSQL 15 defines it.
 *
 * @param schema  {@code pg_catalog} or {@code information_schema}
 * @param oid     its {@code pg_class} OID in PostgreSQL 15
 * @param kind    {@code r} (table) or {@code v} (view)
 * @param columns   in PostgreSQL's order
 * @param positions column name to index in {@code columns}
 */
public record SystemRelation(String schema, String name, int oid, char kind, List<Column> columns,
        Map<String, Integer> positions) {

    public SystemRelation(String schema, String name, int oid, char kind, List<Column> columns) {
        this(schema, name, oid, kind, List.copyOf(columns), positions(columns));
    }

    private static Map<String, Integer> positions(List<Column> columns) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            positions.put(columns.get(i).name(), i);
        }
        return Map.copyOf(positions);
    }

    /**
     * A column.
     *
     * @param type    the type as {@code format_type} prints it ({@code oid}, {@code "char"}, {@code text[]}, ...)
     * @param typeOid {@code atttypid}, domains already replaced by their base type
     * @param notNull {@code attnotnull} in PostgreSQL
     */
    public record Column(String name, String type, int typeOid, boolean notNull) {}

    /** Position of {@code column}, or -1. */
    public int indexOf(String column) {
        return positions.getOrDefault(column, -1);
    }
}
