package dev.pgwire.runtime.catalog;

import java.util.List;

/**
 * A {@code pg_proc} row: a function the engine can call, or a type support function named by
 * {@code pg_type}.
 *
 * @param argTypes   {@code proargtypes}
 * @param returnType {@code prorettype}
 * @param volatility {@code provolatile}: {@code i}, {@code s} or {@code v}
 */
public record ProcDef(
        int oid,
        String name,
        int namespaceOid,
        List<Integer> argTypes,
        int returnType,
        boolean returnsSet,
        char volatility,
        boolean strict) {

    public ProcDef {
        argTypes = List.copyOf(argTypes);
    }
}
