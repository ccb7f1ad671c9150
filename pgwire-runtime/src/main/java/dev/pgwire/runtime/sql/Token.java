package dev.pgwire.runtime.sql;

import java.util.Locale;

/**
 * One lexical token.
 *
 * @param kind  category
 * @param start offset of the first character in the lexed text
 * @param end   offset after the last character
 * @param text  the token exactly as written
 */
public record Token(TokenKind kind, int start, int end, String text) {

    /**
     * The token's meaning: unquoted identifiers folded to lower case (as PostgreSQL folds them), quoted
     * identifiers exact, string literals decoded, parameters as their number; otherwise the text.
     */
    public String value() {
        return switch (kind) {
            case IDENT -> foldIdentifier(text);
            case QUOTED_IDENT -> text.substring(1, text.length() - 1).replace("\"\"", "\"");
            case STRING -> text.substring(1, text.length() - 1).replace("''", "'");
            case ESCAPE_STRING -> EscapeStrings.decode(text.substring(2, text.length() - 1));
            case DOLLAR_STRING -> {
                int tagEnd = text.indexOf('$', 1) + 1;
                yield text.substring(tagEnd, text.length() - tagEnd);
            }
            case BIT_STRING -> text.substring(2, text.length() - 1);
            case PARAM -> text.substring(1);
            default -> text;
        };
    }

    /** Whether this is the unquoted keyword {@code keyword} (case-insensitive). */
    public boolean isKeyword(String keyword) {
        return kind == TokenKind.IDENT && text.equalsIgnoreCase(keyword);
    }

    /** Whether this is the punctuation or operator {@code symbol}. */
    public boolean is(String symbol) {
        return (kind == TokenKind.PUNCT || kind == TokenKind.OPERATOR) && text.equals(symbol);
    }

    /** Whether this is any kind of string literal. */
    public boolean isString() {
        return kind == TokenKind.STRING || kind == TokenKind.ESCAPE_STRING || kind == TokenKind.DOLLAR_STRING;
    }

    /** PostgreSQL folds only ASCII letters of unquoted identifiers. */
    static String foldIdentifier(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                return s.toLowerCase(Locale.ROOT);
            }
        }
        return s;
    }
}
