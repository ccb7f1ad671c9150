package dev.pgwire.runtime.catalog;

import java.util.List;

/**
 * A {@code pg_constraint} row: a table's primary key ({@code p}) or a foreign key ({@code f}) declared
 * with {@code @PgColumn(references)}. The framework knows no other constraint.
 *
 * @param indexOid           {@code conindid}: the primary key's index, or for a foreign key the index of
 *                           the referenced primary key
 * @param keys               {@code conkey}
 * @param referencedTableOid {@code confrelid}, 0 for a primary key
 * @param referencedKeys     {@code confkey}, empty for a primary key
 */
public record ConstraintDef(int oid, String name, int namespaceOid, char type, int tableOid, int indexOid,
        List<Short> keys, int referencedTableOid, List<Short> referencedKeys) {
    public ConstraintDef {
        keys = List.copyOf(keys);
        referencedKeys = List.copyOf(referencedKeys);
    }

    /** A primary key. */
    public ConstraintDef(int oid, String name, int namespaceOid, char type, int tableOid, int indexOid,
            List<Short> keys) {
        this(oid, name, namespaceOid, type, tableOid, indexOid, keys, 0, List.of());
    }

    public boolean isForeignKey() {
        return type == 'f';
    }
}
