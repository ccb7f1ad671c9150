package dev.pgwire.runtime.catalog;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.CallImplementor;
import org.apache.calcite.adapter.enumerable.EnumUtils;
import org.apache.calcite.adapter.enumerable.NullPolicy;
import org.apache.calcite.adapter.enumerable.RexImpTable;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableFunction;
import org.apache.calcite.schema.ScalarFunction;

/**
 * A catalog function as a Calcite scalar function with PostgreSQL's signature (so {@code name[]}
 * results are real arrays and OIDs are integers). The generated call goes straight to the static
 * Java method; functions that read the catalog or the session get the model of the query's own
 * {@code pg_catalog} schema (found through the DataContext) and the {@link CurrentSession} as leading
 * arguments. Null handling is the methods' own.
 */
final class PgScalarFunction implements ScalarFunction, ImplementableFunction {
    private static final Method MODEL_OF = contextMethod("modelOf");
    private static final Method SESSION_OF = contextMethod("sessionOf");

    private final FunctionDef def;
    private final Method method;

    PgScalarFunction(FunctionDef def) {
        this.def = def;
        this.method = def.javaMethod();
    }

    @Override
    public List<FunctionParameter> getParameters() {
        List<FunctionParameter> params = new ArrayList<>();
        for (int i = 0; i < def.argTypes().size(); i++) {
            int ordinal = i;
            params.add(new FunctionParameter() {
                @Override
                public int getOrdinal() {
                    return ordinal;
                }

                @Override
                public String getName() {
                    return "arg" + ordinal;
                }

                @Override
                public RelDataType getType(RelDataTypeFactory typeFactory) {
                    return CalciteTypes.forOid(typeFactory, def.argTypes().get(ordinal));
                }

                @Override
                public boolean isOptional() {
                    return false;
                }
            });
        }
        return params;
    }

    @Override
    public RelDataType getReturnType(RelDataTypeFactory typeFactory) {
        return CalciteTypes.forOid(typeFactory, def.returnType());
    }

    @Override
    public CallImplementor getImplementor() {
        return RexImpTable.createImplementor((translator, call, operands) -> {
            Class<?>[] types = method.getParameterTypes();
            List<Expression> args = new ArrayList<>();
            if (def.context().model()) {
                args.add(Expressions.call(MODEL_OF, DataContext.ROOT));
            }
            if (def.context().session()) {
                args.add(Expressions.call(SESSION_OF, DataContext.ROOT));
            }
            int offset = args.size();
            for (int i = 0; i < operands.size(); i++) {
                args.add(EnumUtils.convert(operands.get(i), types[i + offset]));
            }
            return Expressions.call(method, args);
        }, NullPolicy.NONE, false);
    }

    private static Method contextMethod(String name) {
        try {
            return PgCatalogSchemas.class.getMethod(name, DataContext.class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public String toString() {
        return def.name() + def.argTypes();
    }
}
