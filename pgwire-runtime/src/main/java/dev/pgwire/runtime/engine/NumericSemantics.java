package dev.pgwire.runtime.engine;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableCalc;
import org.apache.calcite.rel.RelHomogeneousShuttle;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.schema.impl.ScalarFunctionImpl;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;

/**
 * Gives {@code numeric} results PostgreSQL's scales. Calcite fixes a decimal's scale by its type and
 * casts every value to it; PostgreSQL lets each value carry its own. So, on the logical plan, numeric
 * division, {@code round} and casts to unconstrained {@code numeric} (from exact numbers, text and
 * doubles) become {@link PgNumeric} calls (non-deterministic to the planner, so it
 * does not fold them into literals of the static scale); on the physical plan, casts between decimal
 * types of equal precision and scale, which would only re-pad such values, become identities.
 */
final class NumericSemantics {
    private static final SqlOperator DIVIDE = function("divide");
    private static final SqlOperator ROUND = function("round");
    private static final SqlOperator KEEP = function("keep");
    private static final SqlOperator PARSE = function("parse");
    private static final SqlOperator FROM_DOUBLE = function("fromDouble");
    /**
     * {@code pg_numeric_literal(text)}: what {@link PgAstRewriter} makes of a literal cast to
     * unconstrained {@code numeric}; Calcite would fold the cast into a literal padded to scale 16.
     */
    static final SqlOperator LITERAL = new SqlUserDefinedFunction(
            new SqlIdentifier("pg_numeric_literal", SqlParserPos.ZERO),
            ReturnTypes.explicit(f -> f.createSqlType(SqlTypeName.DECIMAL,
                    PgTypeSystem.UNCONSTRAINED_PRECISION, PgTypeSystem.UNCONSTRAINED_SCALE)),
            null, OperandTypes.operandMetadata(List.of(SqlTypeFamily.STRING),
                    f -> List.of(f.createSqlType(SqlTypeName.VARCHAR)), i -> "text", i -> false),
            null, ScalarFunctionImpl.create(PgNumeric.class, "parse")) {
        @Override
        public boolean isDeterministic() {
            return false;
        }
    };

    private NumericSemantics() {}

    /** Whether {@code node} is a {@code pg_numeric_keep} call: its operand's value, unchanged. */
    static boolean isKeep(RexNode node) {
        return node instanceof RexCall call && call.getOperator() == KEEP;
    }

    /** Rewrites numeric division and rounding of the logical plan {@code rel}. */
    static RelNode logical(RelNode rel, RexBuilder rexBuilder) {
        RexShuttle rex = new RexShuttle() {
            @Override
            public RexNode visitCall(RexCall call) {
                RexCall visited = (RexCall) super.visitCall(call);
                if (!isDecimal(visited.getType())) {
                    return visited;
                }
                List<RexNode> operands = visited.getOperands();
                switch (visited.getKind()) {
                    case CAST -> {
                        // x::numeric keeps x's scale in PostgreSQL; Calcite would pad it to the default scale.
                        RelDataType from = operands.get(0).getType();
                        boolean unconstrained = PgTypeSystem.isUnconstrainedNumeric(
                                visited.getType().getPrecision(), visited.getType().getScale());
                        if (unconstrained && SqlTypeName.CHAR_TYPES.contains(from.getSqlTypeName())) {
                            // text::numeric keeps the scale the text was written with.
                            return rexBuilder.makeCall(visited.getType(), PARSE, List.of(operands.get(0)));
                        }
                        if (unconstrained && SqlTypeName.APPROX_TYPES.contains(from.getSqlTypeName())) {
                            return rexBuilder.makeCall(visited.getType(), FROM_DOUBLE, List.of(operands.get(0)));
                        }
                        boolean exact = isDecimal(from) || SqlTypeName.INT_TYPES.contains(from.getSqlTypeName());
                        if (exact && PgTypeSystem.isUnconstrainedNumeric(
                                visited.getType().getPrecision(), visited.getType().getScale())) {
                            return rexBuilder.makeCall(visited.getType(), KEEP,
                                    List.of(decimal(rexBuilder, operands.get(0))));
                        }
                        return visited;
                    }
                    case DIVIDE, CHECKED_DIVIDE -> {
                        return rexBuilder.makeCall(visited.getType(), DIVIDE,
                                List.of(decimal(rexBuilder, operands.get(0)), decimal(rexBuilder, operands.get(1))));
                    }
                    default -> {
                        if (visited.getOperator().getName().equalsIgnoreCase("round") && isDecimal(operands.get(0).getType())
                                && operands.size() <= 2) {
                            RexNode digits = operands.size() == 2 ? operands.get(1) : rexBuilder.makeExactLiteral(
                                    java.math.BigDecimal.ZERO, rexBuilder.getTypeFactory().createSqlType(SqlTypeName.INTEGER));
                            return rexBuilder.makeCall(visited.getType(), ROUND, List.of(operands.get(0), digits));
                        }
                        return visited;
                    }
                }
            }
        };
        return rel.accept(new RelHomogeneousShuttle() {
            @Override
            public RelNode visit(RelNode other) {
                return super.visit(other).accept(rex);
            }
        });
    }

    /** Turns re-padding decimal casts of the physical plan {@code rel} into identities. */
    static RelNode physical(RelNode rel, RexBuilder rexBuilder) {
        RexShuttle rex = new RexShuttle() {
            @Override
            public RexNode visitCall(RexCall call) {
                RexCall visited = (RexCall) super.visitCall(call);
                if (visited.getKind() == SqlKind.CAST && isDecimal(visited.getType())) {
                    RelDataType from = visited.getOperands().get(0).getType();
                    if (isDecimal(from) && from.getPrecision() == visited.getType().getPrecision()
                            && from.getScale() == visited.getType().getScale()) {
                        return rexBuilder.makeCall(visited.getType(), KEEP, visited.getOperands());
                    }
                }
                return visited;
            }
        };
        return rel.accept(new RelHomogeneousShuttle() {
            @Override
            public RelNode visit(RelNode other) {
                RelNode visited = super.visit(other);
                if (!(visited instanceof EnumerableCalc calc)) {
                    return visited;
                }
                RexProgram program = calc.getProgram();
                List<RexNode> projects = new ArrayList<>();
                for (RexNode p : program.getProjectList()) {
                    projects.add(program.expandLocalRef((org.apache.calcite.rex.RexLocalRef) p).accept(rex));
                }
                RexNode condition = program.getCondition() == null ? null
                        : program.expandLocalRef(program.getCondition()).accept(rex);
                RexProgram rewritten = RexProgram.create(program.getInputRowType(), projects, condition,
                        program.getOutputRowType(), rexBuilder);
                return EnumerableCalc.create(calc.getInput(), rewritten);
            }
        });
    }

    private static boolean isDecimal(RelDataType type) {
        return type.getSqlTypeName() == SqlTypeName.DECIMAL;
    }

    /** An exact operand as a decimal of scale 0 (PostgreSQL converts an integer to numeric exactly). */
    private static RexNode decimal(RexBuilder rexBuilder, RexNode operand) {
        if (isDecimal(operand.getType())) {
            return operand;
        }
        RelDataType type = rexBuilder.getTypeFactory().createTypeWithNullability(
                rexBuilder.getTypeFactory().createSqlType(SqlTypeName.DECIMAL, 19, 0), operand.getType().isNullable());
        return rexBuilder.makeCast(type, operand, true, false);
    }

    private static SqlOperator function(String method) {
        return new SqlUserDefinedFunction(new SqlIdentifier("pg_numeric_" + method, SqlParserPos.ZERO),
                ReturnTypes.ARG0, null, OperandTypes.VARIADIC, null,
                ScalarFunctionImpl.create(PgNumeric.class, method)) {
            @Override
            public boolean isDeterministic() {
                // Folding would store the value as a literal of the static scale.
                return false;
            }
        };
    }
}
