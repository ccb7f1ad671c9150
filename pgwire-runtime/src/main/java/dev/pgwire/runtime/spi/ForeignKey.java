package dev.pgwire.runtime.spi;

import java.util.Objects;

/**
 * The table column a column references, as declared with {@code @PgColumn(references = ...)}. The runtime
 * resolves it against the exposed tables: an empty {@code schema} means the referencing table's schema, an
 * empty {@code column} the referenced table's (single-column) primary key.
 *
 * @param schema schema of the referenced table, or empty
 * @param table  referenced table
 * @param column referenced column, or empty
 */
public record ForeignKey(String schema, String table, String column) {
    public ForeignKey {
        Objects.requireNonNull(table, "table");
        schema = schema == null ? "" : schema;
        column = column == null ? "" : column;
        if (table.isEmpty()) {
            throw new IllegalArgumentException("a foreign key needs a referenced table");
        }
    }

    /**
     * Parses {@code table}, {@code table.column} or {@code schema.table.column}, the forms
     * {@code @PgColumn(references)} accepts.
     *
     * @throws IllegalArgumentException for any other form
     */
    public static ForeignKey parse(String reference) {
        String[] parts = reference.split("\\.", -1);
        for (String part : parts) {
            if (part.isEmpty()) {
                throw new IllegalArgumentException("invalid reference \"" + reference
                        + "\": use table, table.column or schema.table.column");
            }
        }
        return switch (parts.length) {
            case 1 -> new ForeignKey("", parts[0], "");
            case 2 -> new ForeignKey("", parts[0], parts[1]);
            case 3 -> new ForeignKey(parts[0], parts[1], parts[2]);
            default -> throw new IllegalArgumentException("invalid reference \"" + reference
                    + "\": use table, table.column or schema.table.column");
        };
    }

    /** The reference as declared: {@code [schema.]table[.column]}. */
    @Override
    public String toString() {
        return (schema.isEmpty() ? "" : schema + ".") + table + (column.isEmpty() ? "" : "." + column);
    }
}
