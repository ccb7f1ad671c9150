package dev.pgwire.runtime.engine;

/**
 * A statement after {@link PgSqlRewriter}: Calcite-parsable text plus what is needed to map back.
 *
 * @param sql            the rewritten text, with {@code ?} placeholders
 * @param parameterIndex for each {@code ?} in order, the 0-based PostgreSQL parameter ({@code $n} - 1)
 * @param markerOffsets  for each {@code ?} in order, its offset in {@link #sql}
 * @param parameterCount number of PostgreSQL parameters (the highest {@code $n})
 * @param origins        for each character of {@link #sql} (and one past the end), its offset in the
 *                       original text
 * @param castOids       per parameter, the OID of the type it is cast to with {@code $n::type}, or 0
 */
record RewrittenSql(
        String sql, int[] parameterIndex, int[] markerOffsets, int parameterCount, int[] origins, int[] castOids) {

    /** The 1-based position in the original text of offset {@code offset} of the rewritten text. */
    int originalPosition(int offset) {
        if (origins.length == 0) {
            return 1;
        }
        int clamped = Math.max(0, Math.min(offset, origins.length - 1));
        return origins[clamped] + 1;
    }

    /** The 0-based offset in {@link #sql} of a 1-based line and column, as Calcite reports positions. */
    int offsetOf(int line, int column) {
        int offset = 0;
        for (int l = 1; l < line && offset < sql.length(); offset++) {
            if (sql.charAt(offset) == '\n') {
                l++;
            }
        }
        return Math.min(sql.length(), offset + Math.max(0, column - 1));
    }

    /** The PostgreSQL parameter whose {@code ?} starts at {@code offset}, or -1. */
    int parameterAt(int offset) {
        for (int i = 0; i < markerOffsets.length; i++) {
            if (markerOffsets[i] == offset) {
                return parameterIndex[i];
            }
        }
        return -1;
    }
}
