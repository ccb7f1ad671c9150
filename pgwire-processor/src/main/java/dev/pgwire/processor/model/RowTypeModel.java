package dev.pgwire.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Objects;

/**
 * A Java class whose instances are rows, and the descriptor generated for it.
 *
 * @param javaType           the row class
 * @param descriptor         the generated {@code RowType} implementation ({@code Foo_PgRowType})
 * @param publicDescriptor   whether the descriptor is public (the row class is reachable from every package)
 * @param tableName          the row type's {@code @PgTable(name)}: default table name of its sources, or empty
 * @param schema             the row type's {@code @PgTable(schema)}: default schema of its sources
 * @param description        the row type's {@code @PgTable(description)}: default table comment, or empty
 * @param columns            the columns in declaration order (empty when the descriptor is reused)
 * @param generate           whether this compilation writes the descriptor (false when the row class was
 *                           compiled elsewhere together with its descriptor)
 */
public record RowTypeModel(
        ClassName javaType,
        ClassName descriptor,
        boolean publicDescriptor,
        String tableName,
        String schema,
        String description,
        List<ColumnModel> columns,
        boolean generate) {

    public RowTypeModel {
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(description, "description");
        columns = List.copyOf(columns);
    }

    /** The descriptor's name for a row class: nested classes are flattened ({@code Outer_Inner_PgRowType}). */
    public static ClassName descriptorOf(ClassName javaType) {
        return ClassName.get(javaType.packageName(), String.join("_", javaType.simpleNames()) + "_PgRowType");
    }
}
