package dev.pgwire.runtime.sql;

import java.util.List;

/**
 * One statement of a query string.
 *
 * @param text   the statement, from its first significant token to its last, without the {@code ;}
 * @param offset where {@code text} starts in the whole query string (for error positions)
 * @param tokens the statement's tokens, offsets relative to {@code text}
 */
public record SqlStatement(String text, int offset, List<Token> tokens) {
    public SqlStatement {
        tokens = List.copyOf(tokens);
    }

    /** The first token's lower-cased keyword, or "" when the statement does not start with one. */
    public String firstKeyword() {
        for (Token t : tokens) {
            if (t.kind().isSignificant()) {
                return t.kind() == TokenKind.IDENT ? t.value() : "";
            }
        }
        return "";
    }

    /** Tokens without whitespace and comments. */
    public List<Token> significantTokens() {
        return tokens.stream().filter(t -> t.kind().isSignificant()).toList();
    }
}
