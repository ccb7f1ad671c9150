package dev.pgwire.runtime.engine;

import org.apache.calcite.rel.RelHomogeneousShuttle;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Casts of booleans to strings produce {@code true}/{@code false} as in PostgreSQL; Calcite writes
 * {@code TRUE}/{@code FALSE}.
 */
final class BooleanText extends RelHomogeneousShuttle {
    private final RexShuttle rex;

    BooleanText(RexBuilder rexBuilder) {
        this.rex = new RexShuttle() {
            @Override
            public RexNode visitCall(RexCall call) {
                RexCall visited = (RexCall) super.visitCall(call);
                if (visited.getKind() == SqlKind.CAST
                        && visited.getOperands().get(0).getType().getSqlTypeName() == SqlTypeName.BOOLEAN
                        && SqlTypeFamily.CHARACTER.contains(visited.getType())) {
                    RexNode b = visited.getOperands().get(0);
                    RexNode text = rexBuilder.makeCall(SqlStdOperatorTable.CASE,
                            b, rexBuilder.makeLiteral("true"),
                            rexBuilder.makeCall(SqlStdOperatorTable.IS_FALSE, b), rexBuilder.makeLiteral("false"),
                            rexBuilder.makeNullLiteral(visited.getType()));
                    return rexBuilder.makeCast(visited.getType(), text, true, false);
                }
                return visited;
            }
        };
    }

    @Override
    public RelNode visit(RelNode other) {
        return super.visit(other).accept(rex);
    }
}
