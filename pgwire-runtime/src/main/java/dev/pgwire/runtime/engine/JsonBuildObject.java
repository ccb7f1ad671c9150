package dev.pgwire.runtime.engine;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.CallImplementor;
import org.apache.calcite.adapter.enumerable.NullPolicy;
import org.apache.calcite.adapter.enumerable.RexImpTable;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableFunction;
import org.apache.calcite.schema.ScalarFunction;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlOperandCountRange;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlOperandCountRanges;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;

/**
 * {@code json_build_object(VARIADIC "any")}: PostgreSQL's JSON object from alternating keys and values,
 * as text. SQLAlchemy's column reflection selects it (for identity and collation details). Each value
 * is rendered by its SQL type, chosen when the plan is compiled: numbers and booleans bare, dates and
 * times in ISO 8601 as PostgreSQL's JSON output writes them, everything else as a JSON string.
 */
final class JsonBuildObject {
    private static final Method OBJECT = method("object", Object[].class);
    private static final Method STRING = method("string", Object.class);
    private static final Method BARE = method("bare", Object.class);
    private static final Method TYPED = method("typed", Object.class, String.class);

    static final SqlOperator FUNCTION = new SqlUserDefinedFunction(
            new SqlIdentifier("json_build_object", SqlParserPos.ZERO),
            ReturnTypes.explicit(SqlTypeName.VARCHAR), null, OperandTypes.VARIADIC, null, new Impl()) {
        @Override
        public SqlOperandCountRange getOperandCountRange() {
            return SqlOperandCountRanges.any();
        }

        @Override
        public boolean checkOperandTypes(SqlCallBinding callBinding, boolean throwOnFailure) {
            return true; // "any": every operand is rendered by its own type
        }
    };

    private JsonBuildObject() {}

    private static Method method(String name, Class<?>... types) {
        try {
            return JsonText.class.getMethod(name, types);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The Calcite function: no fixed parameters, the implementor renders each operand by its type. */
    private static final class Impl implements ScalarFunction, ImplementableFunction {
        @Override
        public List<FunctionParameter> getParameters() {
            return List.of();
        }

        @Override
        public RelDataType getReturnType(RelDataTypeFactory typeFactory) {
            return typeFactory.createSqlType(SqlTypeName.VARCHAR);
        }

        @Override
        public CallImplementor getImplementor() {
            return RexImpTable.createImplementor((translator, call, operands) -> {
                List<Expression> parts = new ArrayList<>(operands.size());
                for (int i = 0; i < operands.size(); i++) {
                    RexNode operand = call.getOperands().get(i);
                    Expression value = operands.get(i);
                    SqlTypeFamily family = operand.getType().getSqlTypeName().getFamily();
                    boolean bare = i % 2 == 1
                            && (family == SqlTypeFamily.NUMERIC || family == SqlTypeFamily.BOOLEAN);
                    if (bare || family == SqlTypeFamily.CHARACTER) {
                        parts.add(Expressions.call(bare ? BARE : STRING, Expressions.box(value)));
                    } else {
                        // Dates and times arrive in Calcite's internal form: the type says how to read them.
                        parts.add(Expressions.call(TYPED, Expressions.box(value),
                                Expressions.constant(operand.getType().getSqlTypeName().name())));
                    }
                }
                return Expressions.call(OBJECT, Expressions.newArrayInit(Object.class, parts));
            }, NullPolicy.NONE, false);
        }
    }
}
