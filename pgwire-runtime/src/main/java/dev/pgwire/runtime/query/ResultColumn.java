package dev.pgwire.runtime.query;

import dev.pgwire.runtime.types.PgType;

/**
 * A result column as RowDescription reports it.
 *
 * @param name         column label as PostgreSQL would name it ({@code ?column?}, {@code count}, ...)
 * @param type         PostgreSQL type
 * @param typmod       type modifier, -1 when none
 * @param tableOid     OID of the source table, or 0
 * @param columnNumber attribute number in the source table, or 0
 */
public record ResultColumn(String name, PgType type, int typmod, int tableOid, short columnNumber) {
    public static ResultColumn of(String name, PgType type) {
        return new ResultColumn(name, type, -1, 0, (short) 0);
    }
}
