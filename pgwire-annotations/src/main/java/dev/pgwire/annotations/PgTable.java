package dev.pgwire.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes Java data as a read-only SQL table.
 *
 * <p>On a <b>record or class</b>, it declares a row type: each record component, public getter
 * ({@code getX()}/{@code isX()}) or public field becomes a column, and {@link #name()} and
 * {@link #description()} become the defaults of every table whose rows are of this type.
 *
 * <p>On a <b>field or method</b>, it declares a table source: its value holds the rows. Supported
 * shapes are {@code Collection<R>}, {@code Iterable<R>}, {@code Map<K, R>} (the values are the rows),
 * {@code Supplier} of any of those, {@code Stream<R>} (from a method) and {@code R[]}; the row type
 * argument may also be {@code ? extends R}. {@code R} is a record or class, annotated or not. Static
 * sources are served as soon as the server starts; sources on instance members are served for each
 * instance the application registers with the server.
 *
 * <p>A source's table name is its own {@link #name()}, else its row type's, else the snake_case form
 * of the member name without a {@code get} prefix: {@code getOpenOrders()} becomes {@code open_orders}.
 * Its schema is its own, unless that is the default {@code public} and the row type sets another; its
 * description is its own, else the row type's.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface PgTable {
    /** Table name; empty means the snake_case form of the Java name. */
    String name() default "";

    /** Schema that holds the table. */
    String schema() default "public";

    /** Table comment, shown by {@code \d+} and returned by {@code obj_description}. */
    String description() default "";
}
