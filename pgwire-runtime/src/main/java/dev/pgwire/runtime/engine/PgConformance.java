package dev.pgwire.runtime.engine;

import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.apache.calcite.sql.validate.SqlDelegatingConformance;

/**
 * Babel's liberal conformance plus checked arithmetic: PostgreSQL raises "integer out of range" where
 * Calcite would silently wrap {@code 2147483647 + 1}.
 */
final class PgConformance extends SqlDelegatingConformance {
    static final PgConformance INSTANCE = new PgConformance();

    private PgConformance() {
        super(SqlConformanceEnum.BABEL);
    }

    @Override
    public boolean checkedArithmetic() {
        return true;
    }

    @Override
    public boolean isNonStrictGroupBy() {
        // PostgreSQL rejects ungrouped columns; Calcite's lenient check also trips over CASE without ELSE.
        return false;
    }

    @Override
    public SelectAliasLookup isSelectAlias() {
        // PostgreSQL does not let a select item refer to another item's alias; allowing it turns
        // an unknown column into a confusing "depends on itself" error.
        return SelectAliasLookup.UNSUPPORTED;
    }
}
