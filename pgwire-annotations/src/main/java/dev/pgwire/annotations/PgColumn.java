package dev.pgwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Customises the column that a record component, getter or field becomes.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface PgColumn {
    /** Column name; empty means the snake_case form of the Java name. */
    String name() default "";

    /** Part of the table's primary key. Primary-key columns are NOT NULL. */
    boolean primaryKey() default false;

    /** Whether the column may hold NULL. {@link Nullability#DEFAULT} derives it from the Java type. */
    Nullability nullable() default Nullability.DEFAULT;

    /**
     * Column comment. When empty, the member's Javadoc is used: a record component's {@code @param} text,
     * else the first paragraph of the getter's or field's comment (HTML and inline tags reduced to text).
     */
    String description() default "";

    /**
     * The column this one references, making it a foreign key that tools can follow: {@code "table"} (the
     * table's single-column primary key), {@code "table.column"} or {@code "schema.table.column"}. An
     * unqualified table is looked up in the referencing table's schema. The processor checks references
     * to tables declared in the same compilation (the table, the column, that it is the primary key and
     * that the types match); other references are checked when the server starts.
     */
    String references() default "";

    /** Maximum length of a {@code String} column ({@code varchar(n)}); -1 means unbounded ({@code text}). */
    int length() default -1;

    /** Precision of a {@code BigDecimal} column ({@code numeric(p, s)}); -1 means unconstrained. */
    int precision() default -1;

    /** Scale of a {@code BigDecimal} column; used only with {@link #precision()}. */
    int scale() default 0;

    /**
     * The PostgreSQL type when the Java type alone does not say it; empty means derived from the Java type. Only
     * {@code "jsonb"} is supported, on {@code String} members that hold JSON text: the text is parsed and stored as
     * PostgreSQL normalises jsonb (invalid JSON fails the query that reads it, with SQLSTATE 22P02).
     */
    String type() default "";

    /** How a column's nullability is decided. */
    enum Nullability {
        /** Primitives and primary-key columns are NOT NULL; everything else is nullable. */
        DEFAULT,
        NULLABLE,
        NOT_NULL
    }
}
