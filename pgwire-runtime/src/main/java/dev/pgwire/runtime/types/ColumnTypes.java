package dev.pgwire.runtime.types;

import dev.pgwire.runtime.spi.Column;
import dev.pgwire.runtime.spi.ColumnType;

/** Maps the processor's column types to PostgreSQL types and {@code atttypmod}s. */
public final class ColumnTypes {
    private ColumnTypes() {}

    /** The PostgreSQL type that carries values of a column type. */
    public static PgType pgType(ColumnType type) {
        if (type.isArray()) {
            return PgTypes.arrayOf(pgType(type.elementType()));
        }
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
            case INET -> PgTypes.INET;
            case TIMETZ -> PgTypes.TIMETZ;
            case INTERVAL -> PgTypes.INTERVAL;
            case JSONB -> PgTypes.JSONB;
            default -> throw new IllegalArgumentException("array type " + type);
        };
    }

    public static PgType pgType(Column column) {
        return pgType(column.type());
    }

    /**
     * The column's {@code atttypmod} (also RowDescription's type modifier): {@code length + 4} for a varchar with a
     * length, 5 for {@code character(1)}, {@code ((precision << 16) | scale) + 4} for a numeric with a precision,
     * otherwise -1. Arrays have their element's typmod ({@code varchar(20)[]}).
     */
    public static int typmod(Column column) {
        return switch (column.type().elementType()) {
            case VARCHAR -> column.length() > 0 ? column.length() + 4 : -1;
            case CHAR -> 1 + 4;
            case NUMERIC -> column.precision() > 0 ? ((column.precision() << 16) | (column.scale() & 0x7ff)) + 4 : -1;
            default -> -1;
        };
    }

    /** {@code format_type(atttypid, atttypmod)} for the column, as psql's {@code \d} shows it. */
    public static String formatType(Column column) {
        return PgTypes.formatType(pgType(column), typmod(column));
    }
}
