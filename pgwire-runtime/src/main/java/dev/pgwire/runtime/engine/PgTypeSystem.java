package dev.pgwire.runtime.engine;

import java.math.RoundingMode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Calcite's type system adjusted to PostgreSQL: {@code numeric} holds up to 1000 digits (Calcite's
 * default of 19 truncates sums of large decimals) and rounds half up, as {@code CAST(2.5 AS int)} and
 * {@code round()} do in PostgreSQL.
 */
final class PgTypeSystem extends RelDataTypeSystemImpl {
    static final PgTypeSystem INSTANCE = new PgTypeSystem();

    /** Precision and scale Calcite gives {@code numeric} without a typmod (a column or a bare cast). */
    static final int UNCONSTRAINED_PRECISION = 1000;
    static final int UNCONSTRAINED_SCALE = 16;

    private static final int MAX_NUMERIC = 1000;

    private PgTypeSystem() {}

    @Override
    public int getMaxPrecision(SqlTypeName typeName) {
        return typeName == SqlTypeName.DECIMAL ? MAX_NUMERIC : super.getMaxPrecision(typeName);
    }

    @Override
    public int getMaxScale(SqlTypeName typeName) {
        return typeName == SqlTypeName.DECIMAL ? MAX_NUMERIC : super.getMaxScale(typeName);
    }

    @Override
    public int getDefaultPrecision(SqlTypeName typeName) {
        return typeName == SqlTypeName.DECIMAL ? UNCONSTRAINED_PRECISION : super.getDefaultPrecision(typeName);
    }

    @Override
    public int getDefaultScale(SqlTypeName typeName) {
        // Calcite's default scale 0 would make '1.5'::numeric round to 2.
        return typeName == SqlTypeName.DECIMAL ? UNCONSTRAINED_SCALE : super.getDefaultScale(typeName);
    }

    /** Whether a DECIMAL type is what an unconstrained PostgreSQL {@code numeric} became. */
    static boolean isUnconstrainedNumeric(int precision, int scale) {
        return precision == UNCONSTRAINED_PRECISION && scale == UNCONSTRAINED_SCALE;
    }

    @Override
    public RoundingMode roundingMode() {
        return RoundingMode.HALF_UP;
    }

    @Override
    public RelDataType deriveAvgAggType(RelDataTypeFactory typeFactory, RelDataType argumentType) {
        // avg of integers and numerics is numeric in PostgreSQL; Calcite would keep the argument's type.
        SqlTypeName name = argumentType.getSqlTypeName();
        if (name == SqlTypeName.DECIMAL || SqlTypeName.INT_TYPES.contains(name)) {
            return typeFactory.createTypeWithNullability(typeFactory.createSqlType(SqlTypeName.DECIMAL,
                    UNCONSTRAINED_PRECISION, UNCONSTRAINED_SCALE), argumentType.isNullable());
        }
        return super.deriveAvgAggType(typeFactory, argumentType);
    }

    @Override
    public RelDataType deriveSumType(RelDataTypeFactory typeFactory, RelDataType argumentType) {
        // PostgreSQL widens so that sums do not overflow: sum(int2/int4) is int8. (sum(int8) is numeric there, but
        // Calcite 1.42's Enumerable SUM cannot accumulate BIGINT into DECIMAL: it stays bigint and overflows
        // with 22003.)
        SqlTypeName name = argumentType.getSqlTypeName();
        if (name == SqlTypeName.TINYINT || name == SqlTypeName.SMALLINT || name == SqlTypeName.INTEGER) {
            return typeFactory.createTypeWithNullability(typeFactory.createSqlType(SqlTypeName.BIGINT),
                    argumentType.isNullable());
        }
        return super.deriveSumType(typeFactory, argumentType);
    }

    @Override
    public boolean shouldConvertRaggedUnionTypesToVarying() {
        // 'a' UNION 'bcd' is text in PostgreSQL, not a blank-padded CHAR(3).
        return true;
    }
}
