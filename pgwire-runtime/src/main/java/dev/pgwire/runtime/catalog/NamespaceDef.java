package dev.pgwire.runtime.catalog;

/**
 * A {@code pg_namespace} row.
 *
 * @param description the schema's comment, or empty
 */
public record NamespaceDef(int oid, String name, int ownerOid, String description) {}
