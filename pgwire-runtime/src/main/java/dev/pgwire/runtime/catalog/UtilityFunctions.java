package dev.pgwire.runtime.catalog;

import java.util.List;
import java.util.StringJoiner;

/**
 * Catalog helpers whose answer does not depend on the catalog: the in-memory tables have no stored
 * expressions, views, partitions, tablespaces or on-disk size, and a few array and text helpers
 * PostgreSQL's catalog queries use.
 */
public final class UtilityFunctions {
    private UtilityFunctions() {}

    /** No expressions are stored as node trees here, so any text passed in is already readable. */
    public static String pgGetExpr(String expr, Integer relation) {
        return expr;
    }

    public static String pgGetExprPretty(String expr, Integer relation, Boolean pretty) {
        return expr;
    }

    public static String pgGetPartkeydef(Integer relation) {
        return null;
    }

    public static String pgGetViewdef(Integer view) {
        return null;
    }

    public static String pgGetViewdefPretty(Integer view, Boolean pretty) {
        return null;
    }

    public static String pgGetStatisticsobjdefColumns(Integer statistics) {
        return null;
    }

    public static Boolean pgRelationIsPublishable(Integer relation) {
        return relation == null ? null : false;
    }

    public static String pgTablespaceLocation(Integer tablespace) {
        return tablespace == null ? null : "";
    }

    /** Rows live in the application's heap, not in relation files: every relation has size 0. */
    public static Long pgRelationSize(Integer relation) {
        return relation == null ? null : 0L;
    }

    public static Long pgDatabaseSize(String database) {
        return database == null ? null : 0L;
    }

    public static Long pgDatabaseSizeOid(Integer database) {
        return database == null ? null : 0L;
    }

    /** No column is backed by a sequence. */
    public static String pgGetSerialSequence(String table, String column) {
        return null;
    }

    public static String pgGetTriggerdef(Integer trigger) {
        return null;
    }

    /** There are no triggers, so every OID names none. */
    public static String pgGetTriggerdefPretty(Integer trigger, Boolean pretty) {
        return null;
    }

    public static String pgGetRuledef(Integer rule) {
        return null;
    }

    /** {@code pg_size_pretty(bigint)}: bytes, kB, MB, GB, TB or PB, rounding half up at each unit. */
    public static String pgSizePretty(Long size) {
        if (size == null) {
            return null;
        }
        long limit = 10 * 1024;
        long limit2 = limit * 2 - 1;
        long value = size;
        if (Math.abs(value) < limit) {
            return value + " bytes";
        }
        String[] units = {"kB", "MB", "GB", "TB", "PB"};
        value = value >> 9; // half-kB units, so the next halving can round
        for (int i = 0; i < units.length; i++) {
            if (Math.abs(value) < limit2 || i == units.length - 1) {
                return halfRounded(value) + " " + units[i];
            }
            value = value >> 10;
        }
        throw new AssertionError();
    }

    private static long halfRounded(long v) {
        return (v + (v < 0 ? -1 : 1)) / 2;
    }

    public static String quoteIdent(String ident) {
        return ident == null ? null : Names.quoteIdent(ident);
    }

    public static String arrayToString(List<?> array, String delimiter) {
        return arrayToStringNull(array, delimiter, null);
    }

    /** Joins the elements; nulls are skipped unless {@code nullString} is given. */
    public static String arrayToStringNull(List<?> array, String delimiter, String nullString) {
        if (array == null || delimiter == null) {
            return null;
        }
        StringJoiner j = new StringJoiner(delimiter);
        for (Object e : array) {
            if (e != null) {
                j.add(e.toString());
            } else if (nullString != null) {
                j.add(nullString);
            }
        }
        return j.toString();
    }

    /** Arrays here are one-dimensional with lower bound 1; an empty array has no bounds. */
    public static Integer arrayUpper(List<?> array, Integer dimension) {
        if (array == null || dimension == null || dimension != 1 || array.isEmpty()) {
            return null;
        }
        return array.size();
    }

    public static Integer arrayLower(List<?> array, Integer dimension) {
        if (array == null || dimension == null || dimension != 1 || array.isEmpty()) {
            return null;
        }
        return 1;
    }
}
