package dev.pgwire.runtime.catalog;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Calcite types of catalog columns and function signatures. OID-valued types ({@code oid},
 * {@code regclass}, ...) are INTEGER, names and {@code "char"} are VARCHAR (so {@code relkind = ''}
 * compares like PostgreSQL, without CHAR padding), and vectors are arrays. Everything is nullable.
 */
final class CalciteTypes {
    private CalciteTypes() {}

    /** The type of a catalog column, from its type as {@code format_type} prints it. */
    static RelDataType column(RelDataTypeFactory f, String pgType) {
        if (pgType.endsWith("[]")) {
            return nullable(f, f.createArrayType(column(f, pgType.substring(0, pgType.length() - 2)), -1));
        }
        return switch (pgType) {
            case "oid", "regproc", "regclass", "regtype", "regnamespace", "regrole", "xid", "cid", "integer",
                    "information_schema.cardinal_number" -> sql(f, SqlTypeName.INTEGER);
            case "smallint" -> sql(f, SqlTypeName.SMALLINT);
            case "bigint" -> sql(f, SqlTypeName.BIGINT);
            case "boolean" -> sql(f, SqlTypeName.BOOLEAN);
            case "real" -> sql(f, SqlTypeName.REAL);
            case "double precision" -> sql(f, SqlTypeName.DOUBLE);
            case "bytea" -> sql(f, SqlTypeName.VARBINARY);
            case "timestamp with time zone", "information_schema.time_stamp" ->
                    sql(f, SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE);
            case "int2vector" -> nullable(f, f.createArrayType(sql(f, SqlTypeName.SMALLINT), -1));
            case "oidvector" -> nullable(f, f.createArrayType(sql(f, SqlTypeName.INTEGER), -1));
            default -> sql(f, SqlTypeName.VARCHAR);
        };
    }

    /** The type of a function argument or result, from its PostgreSQL type OID. */
    static RelDataType forOid(RelDataTypeFactory f, int oid) {
        return switch (oid) {
            case FunctionCatalog.BOOL -> sql(f, SqlTypeName.BOOLEAN);
            case FunctionCatalog.INT8 -> sql(f, SqlTypeName.BIGINT);
            case FunctionCatalog.INT4, FunctionCatalog.OID, FunctionCatalog.REGPROC, FunctionCatalog.REGCLASS,
                    FunctionCatalog.REGTYPE, FunctionCatalog.REGNAMESPACE, FunctionCatalog.REGROLE ->
                    sql(f, SqlTypeName.INTEGER);
            case FunctionCatalog.TIMESTAMPTZ -> sql(f, SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE);
            case FunctionCatalog.NAME_ARRAY -> nullable(f, f.createArrayType(sql(f, SqlTypeName.VARCHAR), -1));
            case FunctionCatalog.ANYARRAY -> nullable(f, f.createArrayType(sql(f, SqlTypeName.ANY), -1));
            default -> sql(f, SqlTypeName.VARCHAR);
        };
    }

    private static RelDataType sql(RelDataTypeFactory f, SqlTypeName name) {
        return nullable(f, f.createSqlType(name));
    }

    private static RelDataType nullable(RelDataTypeFactory f, RelDataType t) {
        return f.createTypeWithNullability(t, true);
    }
}
