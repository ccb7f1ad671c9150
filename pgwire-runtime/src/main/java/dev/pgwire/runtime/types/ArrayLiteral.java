package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a one-dimensional array literal ({@code {a,"b c",NULL}}, optionally prefixed by {@code [1:3]=}) into the
 * element texts, following PostgreSQL's {@code array_in}: whitespace around unquoted elements is dropped, backslash
 * escapes any character, and an unquoted, unescaped {@code NULL} (any case) is a null element.
 */
final class ArrayLiteral {
    private final String text;
    private int pos;

    private ArrayLiteral(String text) {
        this.text = text;
    }

    /** Element texts, null for NULL elements. */
    static List<String> parse(String text) throws PgException {
        return new ArrayLiteral(text).parse();
    }

    private List<String> parse() throws PgException {
        skipSpaces();
        int declared = -1;
        if (peek() == '[') {
            declared = dimension();
            skipSpaces();
            if (peek() == '[') {
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "multidimensional arrays are not supported");
            }
            if (peek() != '=') {
                throw malformed("Missing \"=\" after array dimensions.");
            }
            pos++;
            skipSpaces();
        }
        if (peek() != '{') {
            throw malformed("Array value must start with \"{\" or dimension information.");
        }
        pos++;
        List<String> items = new ArrayList<>();
        skipSpaces();
        if (peek() == '}') {
            pos++;
        } else {
            while (true) {
                items.add(element());
                skipSpaces();
                char c = peek();
                pos++;
                if (c == '}') {
                    break;
                }
                if (c != ',') {
                    throw malformed(c == '\0' ? "Unexpected end of input." : "Unexpected \"" + c + "\" character.");
                }
            }
        }
        skipSpaces();
        if (pos < text.length()) {
            throw malformed("Junk after closing right brace.");
        }
        if (declared >= 0 && declared != items.size()) {
            throw malformed("Specified array dimensions do not match array contents.");
        }
        return items;
    }

    /** {@code [lb:ub]} or {@code [ub]}; returns the element count it declares. */
    private int dimension() throws PgException {
        pos++;
        int close = text.indexOf(']', pos);
        if (close < 0) {
            throw malformed("Missing \"]\" in array dimensions.");
        }
        String spec = text.substring(pos, close).strip();
        pos = close + 1;
        try {
            int colon = spec.indexOf(':');
            long lower = colon < 0 ? 1 : Long.parseLong(spec.substring(0, colon).strip());
            long upper = Long.parseLong(spec.substring(colon + 1).strip());
            if (upper < lower - 1 || upper - lower + 1 > Integer.MAX_VALUE) {
                throw new PgException(SqlState.INVALID_TEXT_REPRESENTATION,
                        "upper bound cannot be less than lower bound");
            }
            return (int) (upper - lower + 1);
        } catch (NumberFormatException e) {
            throw malformed("Missing array dimension value.");
        }
    }

    private String element() throws PgException {
        skipSpaces();
        char c = peek();
        if (c == '{') {
            throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "multidimensional arrays are not supported");
        }
        if (c == '"') {
            pos++;
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= text.length()) {
                    throw malformed("Unexpected end of input.");
                }
                char ch = text.charAt(pos++);
                if (ch == '"') {
                    return sb.toString();
                }
                if (ch == '\\') {
                    if (pos >= text.length()) {
                        throw malformed("Unexpected end of input.");
                    }
                    ch = text.charAt(pos++);
                }
                sb.append(ch);
            }
        }
        StringBuilder sb = new StringBuilder();
        boolean escaped = false;
        // Length of the element up to its last escaped character: trailing whitespace after it is kept.
        int keep = 0;
        while (pos < text.length()) {
            char ch = text.charAt(pos);
            if (ch == ',' || ch == '}') {
                break;
            }
            if (ch == '{' || ch == '"') {
                throw malformed("Unexpected \"" + ch + "\" character.");
            }
            pos++;
            if (ch == '\\') {
                if (pos >= text.length()) {
                    throw malformed("Unexpected end of input.");
                }
                sb.append(text.charAt(pos++));
                escaped = true;
                keep = sb.length();
            } else {
                sb.append(ch);
            }
        }
        int end = sb.length();
        while (end > keep && Chars.isSpace(sb.charAt(end - 1))) {
            end--;
        }
        if (end == 0 && !escaped) {
            throw malformed("Unexpected \"" + peek() + "\" character.");
        }
        String item = sb.substring(0, end);
        return !escaped && item.equalsIgnoreCase("null") ? null : item;
    }

    private void skipSpaces() {
        while (pos < text.length() && Chars.isSpace(text.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private PgException malformed(String detail) {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "malformed array literal: \"" + text + "\"",
                detail, null, 0, null);
    }
}
