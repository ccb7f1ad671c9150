package dev.pgwire.runtime.catalog;

import java.util.List;

/**
 * A {@code pg_constraint} row. Only primary keys ({@code p}) exist: the framework knows no other
 * constraint.
 *
 * @param indexOid {@code conindid}
 * @param keys     {@code conkey}
 */
public record ConstraintDef(int oid, String name, int namespaceOid, char type, int tableOid, int indexOid, List<Short> keys) {
    public ConstraintDef {
        keys = List.copyOf(keys);
    }
}
