package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.spi.Column;
import dev.pgwire.runtime.spi.ColumnType;
import dev.pgwire.runtime.types.PgType;
import dev.pgwire.runtime.types.PgTypes;

/** How an exposed column appears in {@code pg_attribute}: its PostgreSQL type and type modifier. */
public final class UserColumns {
    /** PostgreSQL's {@code VARHDRSZ}, added to lengths and precisions in type modifiers. */
    private static final int VARHDRSZ = 4;

    private UserColumns() {}

    /** The PostgreSQL type a column of this type is served as. */
    public static PgType pgType(ColumnType type) {
        return switch (type) {
            case BOOL -> PgTypes.BOOL;
            case INT2 -> PgTypes.INT2;
            case INT4 -> PgTypes.INT4;
            case INT8 -> PgTypes.INT8;
            case FLOAT4 -> PgTypes.FLOAT4;
            case FLOAT8 -> PgTypes.FLOAT8;
            case NUMERIC -> PgTypes.NUMERIC;
            case TEXT -> PgTypes.TEXT;
            case VARCHAR -> PgTypes.VARCHAR;
            case CHAR -> PgTypes.BPCHAR;
            case BYTEA -> PgTypes.BYTEA;
            case UUID -> PgTypes.UUID;
            case DATE -> PgTypes.DATE;
            case TIME -> PgTypes.TIME;
            case TIMESTAMP -> PgTypes.TIMESTAMP;
            case TIMESTAMPTZ -> PgTypes.TIMESTAMPTZ;
        };
    }

    /** {@code atttypmod}: {@code varchar(n)} and {@code character(1)} carry a length, {@code numeric(p,s)} a precision. */
    public static int typmod(Column column) {
        return switch (column.type()) {
            case VARCHAR -> column.length() > 0 ? column.length() + VARHDRSZ : -1;
            case CHAR -> 1 + VARHDRSZ;
            case NUMERIC -> column.precision() > 0
                    ? ((column.precision() << 16) | (column.scale() & 0xffff)) + VARHDRSZ
                    : -1;
            default -> -1;
        };
    }

    /** Numeric precision encoded in a {@code numeric} typmod, or -1. */
    static int numericPrecision(int typmod) {
        return typmod < VARHDRSZ ? -1 : ((typmod - VARHDRSZ) >> 16) & 0xffff;
    }

    /** Numeric scale encoded in a {@code numeric} typmod, or -1. */
    static int numericScale(int typmod) {
        return typmod < VARHDRSZ ? -1 : (typmod - VARHDRSZ) & 0xffff;
    }

    /** Character length encoded in a {@code varchar}/{@code bpchar} typmod, or -1. */
    static int charLength(int typmod) {
        return typmod < VARHDRSZ ? -1 : typmod - VARHDRSZ;
    }
}
