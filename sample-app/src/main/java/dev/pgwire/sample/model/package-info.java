/**
 * The sample service's data: immutable records, each a {@code @PgTable} row type. State changes replace a
 * record rather than mutate it, so a query never sees a half-updated row. Members marked
 * {@code @PgIgnore} stay private to the service.
 */
package dev.pgwire.sample.model;
