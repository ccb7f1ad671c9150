package dev.pgwire.runtime.catalog;

import java.util.Map;

/** OIDs of PostgreSQL 15's built-in {@code =} operators that key columns are compared with. */
final class Operators {
    /** Same-type equality, by type OID. */
    private static final Map<Integer, Integer> SAME_TYPE = Map.ofEntries(
            Map.entry(16, 91),      // bool
            Map.entry(17, 1955),    // bytea
            Map.entry(18, 92),      // "char"
            Map.entry(19, 93),      // name
            Map.entry(20, 410),     // int8
            Map.entry(21, 94),      // int2
            Map.entry(23, 96),      // int4
            Map.entry(25, 98),      // text
            Map.entry(26, 607),     // oid
            Map.entry(700, 620),    // float4
            Map.entry(701, 670),    // float8
            Map.entry(1042, 1054),  // bpchar
            Map.entry(1043, 98),    // varchar compares as text
            Map.entry(1082, 1093),  // date
            Map.entry(1083, 1108),  // time
            Map.entry(1114, 2060),  // timestamp
            Map.entry(1184, 1320),  // timestamptz
            Map.entry(1186, 1330),  // interval
            Map.entry(1700, 1752),  // numeric
            Map.entry(2950, 2972)); // uuid

    /** Cross-type integer equality, keyed by {@code left * 100000 + right}. */
    private static final Map<Integer, Integer> INTEGERS = Map.of(
            21 * 100000 + 23, 532, 23 * 100000 + 21, 533,
            21 * 100000 + 20, 1862, 20 * 100000 + 21, 1868,
            23 * 100000 + 20, 15, 20 * 100000 + 23, 416);

    private Operators() {}

    /** The operator {@code left = right}; strings of different types compare as text. 0 when unknown. */
    static int equality(int left, int right) {
        if (left == right) {
            return SAME_TYPE.getOrDefault(left, 0);
        }
        Integer cross = INTEGERS.get(left * 100000 + right);
        if (cross != null) {
            return cross;
        }
        return isString(left) && isString(right) ? 98 : 0;
    }

    private static boolean isString(int type) {
        return type == 25 || type == 1043 || type == 1042;
    }
}
