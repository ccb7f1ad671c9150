package dev.pgwire.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Objects;

/**
 * A field or method annotated with {@code @PgTable}: one table.
 *
 * @param schema      schema of the table
 * @param name        table name
 * @param description table comment, or empty
 * @param member      the field or method that holds the rows
 * @param isStatic    whether the member is static (a static table) or belongs to registered instances
 * @param shape       the container the rows are in
 * @param supplied    whether the container is wrapped in a {@code Supplier}
 * @param rowType     the row class
 * @param descriptor  the row class's generated {@code RowType}
 * @param mapKey      for a {@code Map} source whose key type is a plain class, that class (the runtime reads
 *                    the map by key when it is the primary key's type); otherwise null
 */
public record SourceModel(
        String schema,
        String name,
        String description,
        MemberRef member,
        boolean isStatic,
        SourceShape shape,
        boolean supplied,
        ClassName rowType,
        ClassName descriptor,
        ClassName mapKey) {

    public SourceModel {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(rowType, "rowType");
        Objects.requireNonNull(descriptor, "descriptor");
    }

    /** {@code schema.name}, for messages and duplicate detection. */
    public String qualifiedName() {
        return schema + "." + name;
    }
}
