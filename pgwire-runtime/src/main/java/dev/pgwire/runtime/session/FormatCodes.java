package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import java.util.Arrays;

/** Bind's format-code lists: zero codes mean all text, one code applies to all, else one per value. */
final class FormatCodes {
    private FormatCodes() {}

    /**
     * Expands {@code codes} to one binary flag per value; a count mismatch is left to the caller, whose
     * error message PostgreSQL words differently for parameters and results.
     */
    static boolean[] expand(short[] codes, int n) throws PgException {
        boolean[] binary = new boolean[n];
        for (short code : codes) {
            if (code != 0 && code != 1) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "unsupported format code: " + code);
            }
        }
        if (codes.length == 1) {
            Arrays.fill(binary, codes[0] == 1);
        } else if (codes.length == n) {
            for (int i = 0; i < n; i++) {
                binary[i] = codes[i] == 1;
            }
        }
        return binary;
    }
}
