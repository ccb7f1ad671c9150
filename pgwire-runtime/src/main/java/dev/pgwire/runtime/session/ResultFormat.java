package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.ResultColumn;
import dev.pgwire.runtime.query.SqlState;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of a result and, per column, whether values go out in binary (format code 1) or text.
 *
 * @param columns result columns
 * @param binary  one flag per column
 */
public record ResultFormat(List<ResultColumn> columns, boolean[] binary) {
    public ResultFormat {
        columns = List.copyOf(columns);
        if (binary.length != columns.size()) {
            throw new IllegalArgumentException("one format per column expected");
        }
    }

    /** All columns in text format (simple query protocol, Describe of a statement). */
    public static ResultFormat text(List<ResultColumn> columns) {
        return new ResultFormat(columns, new boolean[columns.size()]);
    }

    /**
     * Applies Bind's result format codes: none means all text, one applies to every column, otherwise
     * one per column.
     */
    public static ResultFormat of(List<ResultColumn> columns, short[] codes) throws PgException {
        int n = columns.size();
        boolean[] binary = FormatCodes.expand(codes, n);
        if (codes.length > 1 && codes.length != n) {
            throw new PgException(SqlState.PROTOCOL_VIOLATION,
                    "bind message has " + codes.length + " result formats but query has " + n + " columns");
        }
        for (int i = 0; i < n; i++) {
            if (binary[i] && !columns.get(i).type().codec().supportsBinary()) {
                throw new PgException(SqlState.UNDEFINED_FUNCTION,
                        "no binary output function available for type " + columns.get(i).type().name());
            }
        }
        return new ResultFormat(columns, binary);
    }

    public boolean isEmpty() {
        return columns.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResultFormat f && columns.equals(f.columns) && Arrays.equals(binary, f.binary);
    }

    @Override
    public int hashCode() {
        return 31 * columns.hashCode() + Arrays.hashCode(binary);
    }

    @Override
    public String toString() {
        return "ResultFormat" + columns + Arrays.toString(binary);
    }
}
