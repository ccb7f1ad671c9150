package dev.pgwire.runtime.engine;

import dev.pgwire.runtime.sql.Token;
import dev.pgwire.runtime.sql.TokenKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words Calcite's Babel parser reserves although PostgreSQL accepts them as names, so that the
 * rewriter can quote them where PostgreSQL reads a name: {@code SELECT 1 AS rows}, {@code t.new},
 * {@code SELECT range FROM t}. Measured by parsing each of PostgreSQL 15's keywords
 * ({@code pg_get_keywords()}) in those positions with the engine's parser configuration.
 */
final class CalciteReservedWords {
    /**
     * PostgreSQL unreserved and column-name keywords Babel rejects as a column name: PostgreSQL reads
     * them as a plain identifier (ColId) wherever a column may appear.
     */
    static final Set<String> COLUMN_NAMES = Set.of(
            "by", "call", "current", "cursor", "delete", "drop", "exists", "explain", "grouping", "insert",
            "interval", "merge", "new", "next", "over", "partition", "range", "rollup", "row", "rows", "set",
            "skip", "snapshot", "time", "timestamp", "update", "values", "volatile");

    /**
     * Every PostgreSQL keyword Babel rejects after {@code AS}: PostgreSQL accepts any keyword as a
     * column label there (ColLabel), even reserved ones.
     */
    static final Set<String> LABELS = Set.of(
            "any", "by", "call", "case", "create", "cross", "current", "cursor", "default", "delete", "distinct",
            "drop", "except", "explain", "fetch", "from", "full", "grant", "group", "grouping", "having", "in",
            "inner", "insert", "intersect", "interval", "into", "join", "lateral", "left", "limit", "merge",
            "natural", "new", "next", "null", "offset", "on", "order", "outer", "over", "partition", "range",
            "right", "rollup", "row", "rows", "select", "set", "skip", "snapshot", "some", "table", "tablesample",
            "then", "time", "timestamp", "union", "update", "using", "values", "volatile", "when", "where",
            "window", "with");

    /** Tokens before a bare column name that leave no doubt it is one: {@code SELECT x}, {@code , x}. */
    private static final Set<String> LIST_STARTS = Set.of("select", ",", "distinct", "where", "and", "or", "by");

    /** Tokens after a bare column name that leave no doubt it is one. */
    private static final Set<String> LIST_ENDS = Set.of(",", "from", ")", "as", ";", "where", "group", "order",
            "having", "limit", "offset", "union", "except", "intersect", "asc", "desc", "nulls", "is", "and", "or",
            "then", "else", "end", "=", "<>", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "%", "||");

    private CalciteReservedWords() {}

    /**
     * Whether the unquoted word at {@code i} must be quoted for Babel to read it as the name PostgreSQL
     * reads: a label after {@code AS} (outside {@code CAST(x AS type)}), a name after a dot, or a column
     * name alone in a list.
     */
    static boolean mustQuote(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.kind() != TokenKind.IDENT) {
            return false;
        }
        String word = t.value();
        if (!LABELS.contains(word)) {
            return false;
        }
        int prev = CastTypeNames.previous(tokens, i);
        int next = CastTypeNames.next(tokens, i);
        Token before = prev >= 0 ? tokens.get(prev) : null;
        Token after = next >= 0 ? tokens.get(next) : null;
        if (before != null && before.isKeyword("as")) {
            // WITH x AS MATERIALIZED (...) never gets here: "materialized" is not in LABELS.
            return !insideCast(tokens, prev) && (after == null || !after.is("("));
        }
        if (before != null && before.is(".")) {
            return true;
        }
        if (!COLUMN_NAMES.contains(word)) {
            return false;
        }
        boolean qualifier = after != null && after.is(".");
        boolean listStart = before != null && (LIST_STARTS.contains(bare(before)) || before.is("("));
        boolean listEnd = after == null || LIST_ENDS.contains(bare(after));
        return listStart && (listEnd || qualifier);
    }

    /** The lower-cased text of a keyword, punctuation or operator token; empty for names and literals. */
    private static String bare(Token t) {
        return switch (t.kind()) {
            case IDENT, PUNCT, OPERATOR -> t.text().toLowerCase(Locale.ROOT);
            default -> "";
        };
    }

    /** Whether {@code as} at {@code i} separates operand and type of {@code CAST(...)} or a similar form. */
    private static boolean insideCast(List<Token> tokens, int i) {
        int depth = 0;
        for (int j = i - 1; j >= 0; j--) {
            Token t = tokens.get(j);
            if (t.is(")")) {
                depth++;
            } else if (t.is("(")) {
                if (depth == 0) {
                    int fn = CastTypeNames.previous(tokens, j);
                    return fn >= 0 && tokens.get(fn).kind() == TokenKind.IDENT
                            && Set.of("cast", "try_cast", "safe_cast", "treat", "xmlserialize")
                                    .contains(tokens.get(fn).value());
                }
                depth--;
            }
        }
        return false;
    }
}
