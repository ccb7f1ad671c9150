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
 * @param usesModel      whether the method takes the {@link CatalogModel} as its first parameter
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
        boolean usesModel) {

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
        int expected = argTypes.size() + (usesModel ? 1 : 0);
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
