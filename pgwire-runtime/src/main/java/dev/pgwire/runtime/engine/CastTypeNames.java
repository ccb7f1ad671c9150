package dev.pgwire.runtime.engine;

import dev.pgwire.runtime.sql.Token;
import dev.pgwire.runtime.sql.TokenKind;
import java.util.List;
import java.util.Map;

/**
 * Reads the PostgreSQL type name after {@code ::} from tokens and spells it for Calcite:
 * {@code pg_catalog.} dropped, multi-word names ({@code double precision}, {@code character varying},
 * {@code timestamp with time zone}), {@code []} as {@code ARRAY}, and reg* types as integers.
 */
final class CastTypeNames {
    /** Casts to these types look a name up; on a string literal they become the matching function. */
    static final Map<String, String> REG_TYPES = Map.of(
            "regclass", "to_regclass",
            "regtype", "to_regtype",
            "regnamespace", "to_regnamespace",
            "regproc", "to_regproc",
            "regprocedure", "to_regprocedure",
            "regrole", "to_regrole",
            "regoper", "to_regoper");

    private CastTypeNames() {}

    /** The SQL type named after the {@code ::} at {@code i}, or null; {@code last[0]} gets its last token. */
    static String typeAfter(List<Token> tokens, int i, int[] last) {
        int j = next(tokens, i);
        if (j >= 0 && tokens.get(j).isKeyword("pg_catalog")) {
            int dot = next(tokens, j);
            j = dot >= 0 && tokens.get(dot).is(".") ? next(tokens, dot) : -1;
        }
        if (j < 0 || !isIdent(tokens.get(j))) {
            return null;
        }
        Token name = tokens.get(j);
        String word = name.kind() == TokenKind.IDENT ? name.value() : null;
        StringBuilder type = new StringBuilder();
        int next = next(tokens, j);
        if (word != null && REG_TYPES.containsKey(word)) {
            type.append("INTEGER");
        } else if ("double".equals(word) && next >= 0 && tokens.get(next).isKeyword("precision")) {
            type.append("DOUBLE PRECISION");
            j = next;
        } else if (("character".equals(word) || "char".equals(word)) && next >= 0
                && tokens.get(next).isKeyword("varying")) {
            type.append("VARCHAR");
            j = next;
        } else if ("timestamp".equals(word) || "time".equals(word)) {
            j = skipPrecision(tokens, j);
            int zone = zoneSuffix(tokens, j);
            boolean withZone = zone > 0 && tokens.get(next(tokens, j)).isKeyword("with");
            // Millisecond precision: the engine's representation of times.
            type.append(word.toUpperCase(java.util.Locale.ROOT)).append("(3)");
            if (withZone && word.equals("timestamp")) {
                type.append(" WITH LOCAL TIME ZONE");
            }
            j = zone > 0 ? zone : j;
        } else {
            type.append(name.text());
        }
        int open = next(tokens, j);
        if (open >= 0 && tokens.get(open).is("(") && type.indexOf("(") < 0) {
            int k = next(tokens, open);
            StringBuilder args = new StringBuilder("(");
            while (k >= 0 && (tokens.get(k).kind() == TokenKind.NUMBER || tokens.get(k).is(","))) {
                args.append(tokens.get(k).text());
                k = next(tokens, k);
            }
            if (k >= 0 && tokens.get(k).is(")")) {
                type.append(args).append(')');
                j = k;
            }
        }
        for (int b = next(tokens, j); b >= 0 && tokens.get(b).is("["); b = next(tokens, j)) {
            int close = next(tokens, b);
            if (close < 0 || !tokens.get(close).is("]")) {
                break;
            }
            type.append(" ARRAY");
            j = close;
        }
        last[0] = j;
        return type.toString();
    }

    /** After {@code timestamp(6)}: the index of {@code )}; otherwise {@code j}. */
    private static int skipPrecision(List<Token> tokens, int j) {
        int open = next(tokens, j);
        if (open >= 0 && tokens.get(open).is("(")) {
            int n = next(tokens, open);
            int close = n >= 0 ? next(tokens, n) : -1;
            if (close >= 0 && tokens.get(close).is(")")) {
                return close;
            }
        }
        return j;
    }

    /** The index of {@code zone} in {@code with|without time zone} after {@code j}, or -1. */
    private static int zoneSuffix(List<Token> tokens, int j) {
        int w = next(tokens, j);
        if (w < 0 || !(tokens.get(w).isKeyword("with") || tokens.get(w).isKeyword("without"))) {
            return -1;
        }
        int time = next(tokens, w);
        int zone = time >= 0 ? next(tokens, time) : -1;
        return time >= 0 && tokens.get(time).isKeyword("time") && zone >= 0 && tokens.get(zone).isKeyword("zone")
                ? zone : -1;
    }

    /** The index of the next significant token after {@code i}, or -1. */
    static int next(List<Token> tokens, int i) {
        for (int j = i + 1; j < tokens.size(); j++) {
            if (tokens.get(j).kind().isSignificant()) {
                return j;
            }
        }
        return -1;
    }

    /** The index of the previous significant token before {@code i}, or -1. */
    static int previous(List<Token> tokens, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (tokens.get(j).kind().isSignificant()) {
                return j;
            }
        }
        return -1;
    }

    static boolean isIdent(Token t) {
        return t.kind() == TokenKind.IDENT || t.kind() == TokenKind.QUOTED_IDENT;
    }
}
