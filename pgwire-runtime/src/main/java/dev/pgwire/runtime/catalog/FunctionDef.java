package dev.pgwire.runtime.catalog;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * A function the catalog registers: its PostgreSQL signature (which {@code pg_proc} lists) and the
 * static Java method that implements it.
 *
 * @param schema         {@code pg_catalog}, or {@code information_schema} for {@code _pg_expandarray}
 * @param argTypes       PostgreSQL argument type OIDs
 * @param returnType     PostgreSQL result type OID (the element type for set-returning functions)
 * @param returnsSet     whether it is a table function
 * @param volatility     {@code provolatile}
 * @param implementation class declaring the method
 * @param method         method name, unique in its class
 * @param context        what the method takes before the SQL arguments
 */
public record FunctionDef(
        int oid,
        String schema,
        String name,
        List<Integer> argTypes,
        int returnType,
        boolean returnsSet,
        char volatility,
        Class<?> implementation,
        String method,
        Context context) {

    /**
     * Leading Java parameters the generated call supplies from the running query. Functions with any
     * context read the query's DataContext, which is what keeps the planner from folding them into
     * constants (at planning time there is no catalog to read), so plans stay valid for every session.
     */
    public enum Context {
        /** Only the SQL arguments. */
        NONE(false, false),
        /** The {@link dev.pgwire.runtime.query.SessionSettings} first. */
        SESSION(false, true),
        /** The {@link CatalogModel} first. */
        MODEL(true, false),
        /** The model, then the session. */
        MODEL_AND_SESSION(true, true);

        private final boolean model;
        private final boolean session;

        Context(boolean model, boolean session) {
            this.model = model;
            this.session = session;
        }

        public boolean model() {
            return model;
        }

        public boolean session() {
            return session;
        }

        int parameters() {
            return (model ? 1 : 0) + (session ? 1 : 0);
        }
    }

    public FunctionDef {
        argTypes = List.copyOf(argTypes);
    }

    /** The implementing method. */
    public Method javaMethod() {
        Method found = null;
        for (Method m : implementation.getMethods()) {
            if (m.getName().equals(method) && Modifier.isStatic(m.getModifiers())) {
                if (found != null) {
                    throw new IllegalStateException(implementation.getName() + "." + method + " is overloaded");
                }
                found = m;
            }
        }
        if (found == null) {
            throw new IllegalStateException("no public static " + implementation.getName() + "." + method);
        }
        int expected = argTypes.size() + context.parameters();
        if (found.getParameterCount() != expected) {
            throw new IllegalStateException(implementation.getName() + "." + method + " takes "
                    + found.getParameterCount() + " parameters; " + name + " needs " + expected);
        }
        return found;
    }

    /** The {@code pg_proc} row. */
    ProcDef toProc() {
        int namespace = "information_schema".equals(schema) ? Oids.INFORMATION_SCHEMA : Oids.PG_CATALOG;
        return new ProcDef(oid, name, namespace, argTypes, returnType, returnsSet, volatility, true);
    }
}
