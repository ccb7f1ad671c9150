package dev.pgwire.runtime.spi;

import java.util.Objects;

/**
 * One column of a generated row type.
 *
 * @param name        SQL name, already folded as PostgreSQL stores it
 * @param type        SQL type
 * @param length      varchar length, or -1
 * @param precision   numeric precision, or -1 when unconstrained
 * @param scale       numeric scale (used only with a precision)
 * @param nullable    whether the column may hold NULL
 * @param primaryKey  whether the column is part of the primary key
 * @param description column comment, or empty
 * @param references  the column this one references (a foreign key), or null
 */
public record Column(
        String name,
        ColumnType type,
        int length,
        int precision,
        int scale,
        boolean nullable,
        boolean primaryKey,
        String description,
        ForeignKey references) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        description = description == null ? "" : description;
    }

    /** A column that references nothing. */
    public Column(String name, ColumnType type, int length, int precision, int scale, boolean nullable,
            boolean primaryKey, String description) {
        this(name, type, length, precision, scale, nullable, primaryKey, description, null);
    }

    /** A column with no length, precision or description. */
    public static Column of(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, -1, -1, 0, nullable, false, "", null);
    }

    /** This column, referencing {@code target}. */
    public Column withReferences(ForeignKey target) {
        return new Column(name, type, length, precision, scale, nullable, primaryKey, description, target);
    }
}
