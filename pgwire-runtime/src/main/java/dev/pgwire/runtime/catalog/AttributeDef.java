package dev.pgwire.runtime.catalog;

/**
 * A {@code pg_attribute} row of a user column or a catalog column.
 *
 * @param attnum      1-based position
 * @param typeOid     {@code atttypid}
 * @param typmod      {@code atttypmod}, -1 when none
 * @param description column comment, or empty
 */
public record AttributeDef(String name, short attnum, int typeOid, int typmod, boolean notNull, String description) {}
