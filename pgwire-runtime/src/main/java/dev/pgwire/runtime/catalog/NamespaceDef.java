package dev.pgwire.runtime.catalog;

/** A {@code pg_namespace} row. */
public record NamespaceDef(int oid, String name, int ownerOid) {}
