package dev.pgwire.runtime.engine;

import dev.pgwire.runtime.spi.Column;
import dev.pgwire.runtime.spi.ColumnType;
import dev.pgwire.runtime.types.ColumnTypes;
import dev.pgwire.runtime.types.PgType;
import dev.pgwire.runtime.types.PgTypes;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/** Maps between the SPI's column types, Calcite's SQL types and PostgreSQL types. */
final class TypeMapping {
    /** Millisecond precision: the SPI's representation of times and timestamps. */
    private static final int MILLIS = 3;

    private TypeMapping() {}

    /** The Calcite type of a registry column, nullability included. */
    static RelDataType relType(Column c, RelDataTypeFactory f) {
        RelDataType t = c.type().isArray()
                // Elements of Java collections may be null.
                ? f.createArrayType(f.createTypeWithNullability(scalarType(c.type().elementType(), c, f), true), -1)
                : scalarType(c.type(), c, f);
        return f.createTypeWithNullability(t, c.nullable());
    }

    private static RelDataType scalarType(ColumnType type, Column c, RelDataTypeFactory f) {
        return switch (type) {
            case BOOL -> f.createSqlType(SqlTypeName.BOOLEAN);
            case INT2 -> f.createSqlType(SqlTypeName.SMALLINT);
            case INT4 -> f.createSqlType(SqlTypeName.INTEGER);
            case INT8 -> f.createSqlType(SqlTypeName.BIGINT);
            case FLOAT4 -> f.createSqlType(SqlTypeName.REAL);
            case FLOAT8 -> f.createSqlType(SqlTypeName.DOUBLE);
            case NUMERIC -> c.precision() > 0
                    ? f.createSqlType(SqlTypeName.DECIMAL, c.precision(), Math.max(0, c.scale()))
                    : f.createSqlType(SqlTypeName.DECIMAL);
            // inet, timetz, interval and jsonb travel as their canonical text (CarrierText).
            case TEXT, INET, TIMETZ, INTERVAL, JSONB -> f.createSqlType(SqlTypeName.VARCHAR);
            case VARCHAR -> c.length() > 0
                    ? f.createSqlType(SqlTypeName.VARCHAR, c.length())
                    : f.createSqlType(SqlTypeName.VARCHAR);
            case CHAR -> f.createSqlType(SqlTypeName.CHAR, 1);
            case BYTEA -> f.createSqlType(SqlTypeName.VARBINARY);
            case UUID -> f.createSqlType(SqlTypeName.UUID);
            case DATE -> f.createSqlType(SqlTypeName.DATE);
            case TIME -> f.createSqlType(SqlTypeName.TIME, MILLIS);
            case TIMESTAMP -> f.createSqlType(SqlTypeName.TIMESTAMP, MILLIS);
            case TIMESTAMPTZ -> f.createSqlType(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE, MILLIS);
            default -> throw new IllegalArgumentException("not a scalar column type: " + type);
        };
    }

    /**
     * Whether an expression of Calcite type {@code t} still has the engine type of column {@code c} (a plain reference
     * to it, possibly through subqueries), so that it may be reported with the column's PostgreSQL type and typmod.
     */
    static boolean carriesColumnType(Column c, RelDataType t, RelDataTypeFactory f) {
        RelDataType own = relType(c, f);
        if (own.getSqlTypeName() != t.getSqlTypeName()) {
            return false;
        }
        RelDataType a = own.getComponentType();
        RelDataType b = t.getComponentType();
        return a == null || b == null || a.getSqlTypeName() == b.getSqlTypeName();
    }

    /**
     * The PostgreSQL type of an expression of Calcite type {@code t}. Strings are {@code text}: Calcite
     * types literals as CHAR(n) and keeps VARCHAR(n) through functions, where PostgreSQL says text.
     */
    static PgType pgType(RelDataType t) {
        return switch (t.getSqlTypeName()) {
            case BOOLEAN -> PgTypes.BOOL;
            case TINYINT, SMALLINT -> PgTypes.INT2;
            case INTEGER -> PgTypes.INT4;
            case BIGINT -> PgTypes.INT8;
            case DECIMAL -> PgTypes.NUMERIC;
            case REAL -> PgTypes.FLOAT4;
            // Calcite's FLOAT is double precision, as PostgreSQL's float is.
            case FLOAT, DOUBLE -> PgTypes.FLOAT8;
            case DATE -> PgTypes.DATE;
            case TIME, TIME_WITH_LOCAL_TIME_ZONE, TIME_TZ -> PgTypes.TIME;
            case TIMESTAMP -> PgTypes.TIMESTAMP;
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE, TIMESTAMP_TZ -> PgTypes.TIMESTAMPTZ;
            case BINARY, VARBINARY -> PgTypes.BYTEA;
            case UUID -> PgTypes.UUID;
            case ARRAY -> arrayType(t.getComponentType());
            default -> PgTypes.TEXT;
        };
    }

    /** The array type of the element type, or text (the cursor renders the array literal) when unknown. */
    private static PgType arrayType(RelDataType element) {
        PgType arrayType = element == null ? null : PgTypes.byOid(pgType(element).arrayOid());
        return arrayType != null ? arrayType : PgTypes.TEXT;
    }

    /** The PostgreSQL type of a table column, as a plain reference to it reports it (and the catalog). */
    static PgType pgType(Column c) {
        return ColumnTypes.pgType(c);
    }

    /** The column's {@code atttypmod}: {@code n+4} for varchar(n), packed numeric(p,s). */
    static int typmod(Column c) {
        return ColumnTypes.typmod(c);
    }

    /**
     * The SQL type a client-declared parameter OID is cast to, or null for "infer" (0, unknown or a type
     * the engine has no SQL equivalent for).
     */
    static String sqlTypeForOid(int oid) {
        PgType type = PgTypes.byOid(oid);
        if (type != null && type.isArray()) {
            // int4[] for "id = ANY($1)": the element type's SQL type, as an array.
            String element = sqlTypeForOid(type.elemOid());
            return element == null ? null : element + " ARRAY";
        }
        return switch (oid) {
            case 16 -> "BOOLEAN";
            case 17 -> "VARBINARY";
            case 20 -> "BIGINT";
            case 21 -> "SMALLINT";
            case 23, 26, 24, 2205, 2206, 4089 -> "INTEGER";
            case 18, 19, 25, 1042, 1043 -> "VARCHAR";
            case 700 -> "REAL";
            case 701 -> "DOUBLE";
            case 1700 -> "DECIMAL";
            case 1082 -> "DATE";
            case 1083 -> "TIME(3)";
            case 1114 -> "TIMESTAMP(3)";
            case 1184 -> "TIMESTAMP(3) WITH LOCAL TIME ZONE";
            case 2950 -> "UUID";
            // Types the engine carries as their canonical text (CarrierText); the codec has normalised the value.
            case 869, 1266, 3802 -> "VARCHAR";
            default -> null;
        };
    }
}
