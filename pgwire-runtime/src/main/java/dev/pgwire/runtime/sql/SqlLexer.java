package dev.pgwire.runtime.sql;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import java.util.ArrayList;
import java.util.List;

/**
 * A lexer for PostgreSQL's SQL dialect, following {@code scan.l}: quoted identifiers, standard, escape,
 * dollar-quoted and bit-string literals, nested block comments, {@code $n} parameters and PostgreSQL's
 * operator rules. The session uses it to split and classify statements, the engine to rewrite them.
 */
public final class SqlLexer {
    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";
    /** An operator ending in + or - keeps it only when it contains one of these (scan.l). */
    private static final String NON_MATH_OPERATOR_CHARS = "~!@#%^&|`?";

    private final String sql;
    private int pos;

    private SqlLexer(String sql) {
        this.sql = sql;
    }

    /** All tokens of {@code sql}, whitespace and comments included. */
    public static List<Token> tokenize(String sql) throws PgException {
        SqlLexer lexer = new SqlLexer(sql);
        List<Token> tokens = new ArrayList<>();
        while (lexer.pos < sql.length()) {
            tokens.add(lexer.next());
        }
        return tokens;
    }

    private Token next() throws PgException {
        int start = pos;
        char c = sql.charAt(pos);
        if (Character.isWhitespace(c)) {
            while (pos < sql.length() && Character.isWhitespace(sql.charAt(pos))) {
                pos++;
            }
            return token(TokenKind.WHITESPACE, start);
        }
        if (c == '-' && peek(1) == '-') {
            while (pos < sql.length() && sql.charAt(pos) != '\n' && sql.charAt(pos) != '\r') {
                pos++;
            }
            return token(TokenKind.COMMENT, start);
        }
        if (c == '/' && peek(1) == '*') {
            return blockComment(start);
        }
        if (c == '\'') {
            quoted('\'', start, "unterminated quoted string");
            return token(TokenKind.STRING, start);
        }
        if (c == '"') {
            quoted('"', start, "unterminated quoted identifier");
            if (pos - start == 2) {
                throw error("zero-length delimited identifier", start);
            }
            return token(TokenKind.QUOTED_IDENT, start);
        }
        if ((c == 'E' || c == 'e') && peek(1) == '\'') {
            pos++;
            escapeString(start);
            return token(TokenKind.ESCAPE_STRING, start);
        }
        if ((c == 'B' || c == 'b' || c == 'X' || c == 'x') && peek(1) == '\'') {
            pos++;
            quoted('\'', start, "unterminated bit string literal");
            return token(TokenKind.BIT_STRING, start);
        }
        if (c == '$') {
            return dollar(start);
        }
        if (isIdentStart(c)) {
            pos++;
            while (pos < sql.length() && isIdentPart(sql.charAt(pos))) {
                pos++;
            }
            return token(TokenKind.IDENT, start);
        }
        if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
            return number(start);
        }
        if (c == ':' && peek(1) == ':') {
            pos += 2;
            return token(TokenKind.OPERATOR, start);
        }
        if ("()[],;.:".indexOf(c) >= 0) {
            pos++;
            return token(TokenKind.PUNCT, start);
        }
        if (OPERATOR_CHARS.indexOf(c) >= 0) {
            return operator(start);
        }
        pos++;
        throw error("syntax error", start);
    }

    private Token blockComment(int start) throws PgException {
        int depth = 0;
        while (pos < sql.length()) {
            if (sql.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (sql.startsWith("*/", pos)) {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return token(TokenKind.COMMENT, start);
                }
            } else {
                pos++;
            }
        }
        throw error("unterminated /* comment", start);
    }

    /** Consumes a literal delimited by {@code quote}, where a doubled quote stands for itself. */
    private void quoted(char quote, int start, String unterminated) throws PgException {
        pos++;
        while (pos < sql.length()) {
            if (sql.charAt(pos) == quote) {
                if (peek(1) == quote) {
                    pos += 2;
                    continue;
                }
                pos++;
                return;
            }
            pos++;
        }
        throw error(unterminated, start);
    }

    private void escapeString(int start) throws PgException {
        pos++;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == '\\') {
                pos += 2;
            } else if (c == '\'') {
                if (peek(1) == '\'') {
                    pos += 2;
                    continue;
                }
                pos++;
                return;
            } else {
                pos++;
            }
        }
        throw error("unterminated quoted string", start);
    }

    private Token dollar(int start) throws PgException {
        if (isDigit(peek(1))) {
            pos++;
            while (pos < sql.length() && isDigit(sql.charAt(pos))) {
                pos++;
            }
            return token(TokenKind.PARAM, start);
        }
        int tagEnd = pos + 1;
        if (tagEnd < sql.length() && isIdentStart(sql.charAt(tagEnd))) {
            while (tagEnd < sql.length() && isIdentPart(sql.charAt(tagEnd)) && sql.charAt(tagEnd) != '$') {
                tagEnd++;
            }
        }
        if (tagEnd >= sql.length() || sql.charAt(tagEnd) != '$') {
            pos++;
            throw error("syntax error", start);
        }
        String tag = sql.substring(start, tagEnd + 1);
        int close = sql.indexOf(tag, tagEnd + 1);
        if (close < 0) {
            pos = sql.length();
            throw error("unterminated dollar-quoted string", start);
        }
        pos = close + tag.length();
        return token(TokenKind.DOLLAR_STRING, start);
    }

    private Token number(int start) {
        while (pos < sql.length() && (isDigit(sql.charAt(pos)) || sql.charAt(pos) == '_')) {
            pos++;
        }
        if (pos < sql.length() && sql.charAt(pos) == '.' && peek(1) != '.') {
            pos++;
            while (pos < sql.length() && isDigit(sql.charAt(pos))) {
                pos++;
            }
        }
        if (pos < sql.length() && (sql.charAt(pos) == 'e' || sql.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < sql.length() && (sql.charAt(pos) == '+' || sql.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < sql.length() && isDigit(sql.charAt(pos))) {
                while (pos < sql.length() && isDigit(sql.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
        return token(TokenKind.NUMBER, start);
    }

    private Token operator(int start) {
        int end = pos;
        while (end < sql.length() && OPERATOR_CHARS.indexOf(sql.charAt(end)) >= 0) {
            if (end > start && (sql.startsWith("--", end) || sql.startsWith("/*", end))) {
                break;
            }
            end++;
        }
        // A multi-character operator may not end in + or - unless it contains a non-math character,
        // so that "a=-1" lexes as "a", "=", "-1".
        while (end - start > 1 && (sql.charAt(end - 1) == '+' || sql.charAt(end - 1) == '-')) {
            boolean keep = false;
            for (int i = start; i < end - 1; i++) {
                if (NON_MATH_OPERATOR_CHARS.indexOf(sql.charAt(i)) >= 0) {
                    keep = true;
                    break;
                }
            }
            if (keep) {
                break;
            }
            end--;
        }
        pos = end;
        return token(TokenKind.OPERATOR, start);
    }

    private Token token(TokenKind kind, int start) {
        return new Token(kind, start, pos, sql.substring(start, pos));
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < sql.length() ? sql.charAt(i) : '\0';
    }

    private PgException error(String message, int start) {
        int end = Math.min(sql.length(), Math.max(pos, start + 1));
        String near = sql.substring(start, end);
        return new PgException(
                SqlState.SYNTAX_ERROR, message + " at or near \"" + near + "\"", null, null, start + 1, null);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean isIdentPart(char c) {
        return isIdentStart(c) || isDigit(c) || c == '$';
    }
}
