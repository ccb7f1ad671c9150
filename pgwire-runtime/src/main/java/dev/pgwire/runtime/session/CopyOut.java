package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.ResultColumn;
import java.util.Arrays;
import java.util.List;

/**
 * One running {@code COPY ... TO STDOUT}: the copied columns, their output format and, per column, whether CSV
 * output quotes every non-null value ({@code FORCE_QUOTE}).
 */
public record CopyOut(List<ResultColumn> columns, CopyOptions options, boolean[] forceQuote) {
    public CopyOut {
        columns = List.copyOf(columns);
        if (forceQuote.length != columns.size()) {
            throw new IllegalArgumentException("one FORCE_QUOTE flag per column expected");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CopyOut c && columns.equals(c.columns) && options.equals(c.options)
                && Arrays.equals(forceQuote, c.forceQuote);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * columns.hashCode() + options.hashCode()) + Arrays.hashCode(forceQuote);
    }

    @Override
    public String toString() {
        return "CopyOut" + columns + options + Arrays.toString(forceQuote);
    }
}
