package dev.pgwire.runtime.catalog;

import java.util.List;

/**
 * A {@code pg_class} row: an exposed table ({@code r}), a primary-key index ({@code i}), or one of the
 * catalog's own relations ({@code r} for tables, {@code v} for views).
 *
 * @param rowTypeOid  {@code reltype}: the composite type of a table or view, 0 for an index
 * @param description table comment, or empty
 */
public record RelationDef(
        int oid,
        String name,
        int namespaceOid,
        char kind,
        int rowTypeOid,
        List<AttributeDef> attributes,
        String description) {

    public RelationDef {
        attributes = List.copyOf(attributes);
    }

    /** Whether the relation is one of the catalog's own tables or views. */
    public boolean isSystem() {
        return namespaceOid == Oids.PG_CATALOG || namespaceOid == Oids.INFORMATION_SCHEMA;
    }

    /** The attribute named {@code name}, or null. */
    public AttributeDef attribute(String name) {
        for (AttributeDef a : attributes) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }
}
