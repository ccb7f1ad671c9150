package dev.pgwire.processor.model;

import dev.pgwire.annotations.PgColumn.Nullability;
import java.util.Objects;

/**
 * One column of a row type, as declared; {@link #sqlType()} and {@link #nullable()} apply the defaults.
 *
 * @param name        SQL column name
 * @param member      the record component accessor, getter or field that holds the value
 * @param javaType    the member's Java type as written, for messages
 * @param mapping     how the Java type maps to SQL
 * @param length      {@code @PgColumn(length)}
 * @param precision   {@code @PgColumn(precision)}
 * @param scale       {@code @PgColumn(scale)}
 * @param nullability {@code @PgColumn(nullable)}
 * @param primaryKey  {@code @PgColumn(primaryKey)}
 * @param description {@code @PgColumn(description)}, else the member's Javadoc, else empty
 * @param references  {@code @PgColumn(references)}, or null
 */
public record ColumnModel(
        String name,
        MemberRef member,
        String javaType,
        ColumnMapping mapping,
        int length,
        int precision,
        int scale,
        Nullability nullability,
        boolean primaryKey,
        String description,
        Reference references) {

    public ColumnModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(javaType, "javaType");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(nullability, "nullability");
        Objects.requireNonNull(description, "description");
    }

    /**
     * A parsed {@code @PgColumn(references)}: {@code table}, {@code table.column} or
     * {@code schema.table.column}; empty parts are defaulted by whoever resolves it.
     *
     * @param schema schema of the referenced table, or empty for the referencing table's
     * @param table  referenced table
     * @param column referenced column, or empty for the table's primary key
     */
    public record Reference(String schema, String table, String column) {
        /** The reference, or null when {@code text} is not one of the three forms. */
        public static Reference parse(String text) {
            String[] parts = text.split("\\.", -1);
            for (String part : parts) {
                if (part.isEmpty()) {
                    return null;
                }
            }
            return switch (parts.length) {
                case 1 -> new Reference("", parts[0], "");
                case 2 -> new Reference("", parts[0], parts[1]);
                case 3 -> new Reference(parts[0], parts[1], parts[2]);
                default -> null;
            };
        }

        @Override
        public String toString() {
            return (schema.isEmpty() ? "" : schema + ".") + table + (column.isEmpty() ? "" : "." + column);
        }
    }

    /** The SQL type: strings with a length are {@code varchar(n)}, arrays of them {@code varchar(n)[]}. */
    public SqlType sqlType() {
        boolean bounded = mapping.facet() == ColumnMapping.Facet.LENGTH && length > 0;
        if (bounded && mapping.type() == SqlType.TEXT) {
            return SqlType.VARCHAR;
        }
        if (bounded && mapping.type() == SqlType.TEXT_ARRAY) {
            return SqlType.VARCHAR_ARRAY;
        }
        return mapping.type();
    }

    /** Primitives and primary-key columns are NOT NULL unless {@code nullable} says otherwise. */
    public boolean nullable() {
        return switch (nullability) {
            case NULLABLE -> true;
            case NOT_NULL -> false;
            case DEFAULT -> !(mapping.primitive() || primaryKey);
        };
    }
}
