/**
 * Annotations that declare which Java data pgwire exposes as SQL tables: {@link dev.pgwire.annotations.PgTable}
 * on row types and on the fields or methods that hold rows, {@link dev.pgwire.annotations.PgColumn} and
 * {@link dev.pgwire.annotations.PgIgnore} on members. This module has no dependencies.
 */
package dev.pgwire.annotations;
