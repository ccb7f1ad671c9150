package dev.pgwire.runtime.catalog;

import java.util.List;

/**
 * A {@code pg_index} row: the unique btree index that backs a table's primary key.
 *
 * @param keys attribute numbers of the indexed columns, in key order
 */
public record IndexDef(int oid, String name, int tableOid, List<Short> keys) {
    public IndexDef {
        keys = List.copyOf(keys);
    }
}
