package dev.pgwire.runtime.spi;

import java.util.Objects;

/**
 * A table: where it lives in the catalog, its row type and where its rows come from. Generated
 * bindings create these; the runtime serves them.
 *
 * @param schema      schema name (default {@code public})
 * @param name        table name
 * @param description table comment, or empty
 * @param rowType     generated row type
 * @param rows        opens an iteration over the current rows
 * @param <R>         the Java row type
 */
public record TableSource<R>(
        String schema, String name, String description, RowType<R> rowType, RowSupplier<R> rows) {

    public TableSource {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rowType, "rowType");
        Objects.requireNonNull(rows, "rows");
        description = description == null ? "" : description;
    }

    /** {@code schema.name}, for messages. */
    public String qualifiedName() {
        return schema + "." + name;
    }
}
