package dev.pgwire.runtime.engine;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;

/**
 * What a compiled {@link KeyLookup} runs: reads the keys (constants of the plan, or parameters of this
 * execution), converts each to the primary key's representation and fetches the rows from the source's
 * map. A key this class cannot convert exactly makes it scan the whole table instead: the filter above
 * the lookup always runs, so the result is the same either way. Public because generated code calls it.
 */
public final class KeyProbe {
    private final RegistryTable<?> table;
    /** Per key: its plan constant, or null when it is parameter {@code parameters[i]}. */
    private final Object[] constants;
    private final int[] parameters;
    private final String[] parameterNames;

    KeyProbe(RegistryTable<?> table, Object[] constants, int[] parameters) {
        this.table = table;
        this.constants = constants;
        this.parameters = parameters;
        this.parameterNames = new String[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            parameterNames[i] = parameters[i] < 0 ? null : "?" + parameters[i];
        }
    }

    /** The rows with the probed keys, each once, in key order. */
    public Enumerable<Object[]> rows(DataContext root) {
        if (constants.length == 1) {
            Object key = key(root, 0);
            if (key == KeyValues.UNKNOWN) {
                return table.scan(root);
            }
            Object[] row = key == KeyValues.NO_MATCH ? null : table.lookup(key);
            return row == null ? Linq4j.emptyEnumerable() : Linq4j.singletonEnumerable(row);
        }
        List<Object> keys = new ArrayList<>(constants.length);
        for (int i = 0; i < constants.length; i++) {
            Object key = key(root, i);
            if (key == KeyValues.UNKNOWN) {
                return table.scan(root);
            }
            if (key != KeyValues.NO_MATCH && !keys.contains(key)) {
                keys.add(key);
            }
        }
        List<Object[]> rows = new ArrayList<>(keys.size());
        for (Object key : keys) {
            Object[] row = table.lookup(key);
            if (row != null) {
                rows.add(row);
            }
        }
        return Linq4j.asEnumerable(rows);
    }

    private Object key(DataContext root, int i) {
        Object value = parameterNames[i] == null ? constants[i] : root.get(parameterNames[i]);
        return KeyValues.convert(value, table.keyType());
    }
}
