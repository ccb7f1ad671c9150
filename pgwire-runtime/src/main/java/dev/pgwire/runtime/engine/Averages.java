package dev.pgwire.runtime.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.calcite.rel.RelHomogeneousShuttle;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.rel.logical.LogicalProject;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;

/**
 * {@code avg} of integers and numerics as PostgreSQL computes it: the numeric sum divided by the
 * count with numeric division's value-dependent scale ({@code avg(int)} of 1, 2, 4 is
 * {@code 2.3333333333333333}). Calcite's own average keeps the argument type's scale, so on the
 * logical plan each such {@code avg} becomes {@code sum} and {@code count} plus {@link PgNumeric#avg}
 * in a projection above the aggregate. Window averages and grouping sets keep Calcite's average.
 */
final class Averages {
    private static final SqlOperator AVG = new SqlUserDefinedFunction(
            new SqlIdentifier("pg_numeric_avg", SqlParserPos.ZERO), ReturnTypes.ARG0, null,
            OperandTypes.VARIADIC, null, ScalarFunctionImpl.create(PgNumeric.class, "avg")) {
        @Override
        public boolean isDeterministic() {
            // Folding would store the value as a literal of the static scale.
            return false;
        }
    };

    private Averages() {}

    static RelNode logical(RelNode rel, RexBuilder rexBuilder) {
        return rel.accept(new RelHomogeneousShuttle() {
            @Override
            public RelNode visit(RelNode other) {
                RelNode visited = super.visit(other);
                return visited instanceof LogicalAggregate agg && rewritable(agg)
                        ? rewrite(agg, rexBuilder) : visited;
            }
        });
    }

    private static boolean rewritable(LogicalAggregate agg) {
        return agg.getGroupType() == Aggregate.Group.SIMPLE
                && agg.getAggCallList().stream().anyMatch(c -> isExactAvg(c, agg.getInput()));
    }

    private static boolean isExactAvg(AggregateCall call, RelNode input) {
        if (call.getAggregation().getKind() != SqlKind.AVG || call.getArgList().size() != 1) {
            return false;
        }
        SqlTypeName arg = input.getRowType().getFieldList().get(call.getArgList().get(0)).getType().getSqlTypeName();
        return arg == SqlTypeName.DECIMAL || SqlTypeName.INT_TYPES.contains(arg);
    }

    private static RelNode rewrite(LogicalAggregate agg, RexBuilder rexBuilder) {
        RelNode input = agg.getInput();
        int groupCount = agg.getGroupCount();
        List<AggregateCall> calls = new ArrayList<>();
        // For each original call: its new index, or for an avg the index of its sum (count follows).
        List<Integer> positions = new ArrayList<>();
        for (AggregateCall call : agg.getAggCallList()) {
            positions.add(groupCount + calls.size());
            if (!isExactAvg(call, input)) {
                calls.add(call);
                continue;
            }
            calls.add(AggregateCall.create(SqlStdOperatorTable.SUM, call.isDistinct(), call.isApproximate(),
                    call.ignoreNulls(), call.rexList, call.getArgList(), call.filterArg, call.distinctKeys,
                    call.getCollation(), groupCount, input, null, null));
            calls.add(AggregateCall.create(SqlStdOperatorTable.COUNT, call.isDistinct(), call.isApproximate(),
                    call.ignoreNulls(), call.rexList, call.getArgList(), call.filterArg, call.distinctKeys,
                    call.getCollation(), groupCount, input, null, null));
        }
        LogicalAggregate reduced = LogicalAggregate.create(input, agg.getHints(), agg.getGroupSet(),
                agg.getGroupSets(), calls);
        List<RexNode> projects = new ArrayList<>();
        for (int i = 0; i < groupCount; i++) {
            projects.add(rexBuilder.makeInputRef(reduced, i));
        }
        for (int i = 0; i < agg.getAggCallList().size(); i++) {
            AggregateCall call = agg.getAggCallList().get(i);
            int at = positions.get(i);
            if (!isExactAvg(call, input)) {
                projects.add(rexBuilder.makeInputRef(reduced, at));
                continue;
            }
            RexNode sum = decimal(rexBuilder, rexBuilder.makeInputRef(reduced, at));
            RexNode count = rexBuilder.makeInputRef(reduced, at + 1);
            projects.add(rexBuilder.makeCall(call.getType(), AVG, List.of(sum, count)));
        }
        return LogicalProject.create(reduced, List.of(), projects, agg.getRowType().getFieldNames(), Set.of());
    }

    /** Sums of smaller integers accumulate in bigint, as in PostgreSQL, so they cannot wrap; else inferred. */
    /** The sum as a decimal: PostgreSQL sums integers exactly, as numeric or bigint. */
    private static RexNode decimal(RexBuilder rexBuilder, RexNode sum) {
        if (sum.getType().getSqlTypeName() == SqlTypeName.DECIMAL) {
            return sum;
        }
        RelDataType type = rexBuilder.getTypeFactory().createTypeWithNullability(
                rexBuilder.getTypeFactory().createSqlType(SqlTypeName.DECIMAL, 19, 0), sum.getType().isNullable());
        return rexBuilder.makeCast(type, sum, true, false);
    }
}
