package dev.pgwire.runtime.engine;

import org.apache.calcite.adapter.enumerable.EnumerableCalc;
import org.apache.calcite.adapter.enumerable.EnumerableTableFunctionScan;
import org.apache.calcite.rel.RelHomogeneousShuttle;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rex.RexProgram;

/**
 * Puts an identity calculation over every one-column table function scan of a physical plan. Such a
 * scan yields {@code Object[]} rows while one-column siblings (VALUES, other queries of a UNION) yield
 * bare values, and a UNION of the two fails at run time with a ClassCastException (psql's
 * {@code pg_partition_ancestors(..) UNION ALL VALUES (..)}); the calculation converts the rows to the
 * format its parent asks for.
 */
final class TableFunctionRows {
    private TableFunctionRows() {}

    static RelNode physical(RelNode plan) {
        return plan.accept(new RelHomogeneousShuttle() {
            @Override
            public RelNode visit(RelNode other) {
                RelNode visited = super.visit(other);
                if (visited instanceof EnumerableTableFunctionScan scan && scan.getRowType().getFieldCount() == 1) {
                    return EnumerableCalc.create(scan, RexProgram.createIdentity(scan.getRowType()));
                }
                return visited;
            }
        });
    }
}
