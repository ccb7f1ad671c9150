package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses JSON text into a tree and prints it as PostgreSQL prints {@code jsonb}: object keys sorted by UTF-8 length,
 * then bytes (the last of duplicate keys wins), {@code ": "} and {@code ", "} as separators, numbers as
 * {@code numeric} prints them ({@code 1e2} is {@code 100}, {@code 1.50} keeps its scale).
 */
final class JsonbText {
    /** PostgreSQL numeric's limit on digits before the decimal point. */
    private static final int MAX_INTEGER_DIGITS = 131_072;

    private final String s;
    private int pos;

    private JsonbText(String s) {
        this.s = s;
    }

    /** The normalised jsonb text of {@code text}; 22P02 when it is not JSON. */
    static String normalize(String text) throws PgException {
        JsonbText p = new JsonbText(text);
        p.skipSpace();
        StringBuilder out = new StringBuilder(text.length() + 8);
        p.value(out);
        p.skipSpace();
        if (p.pos != text.length()) {
            throw p.invalid();
        }
        return out.toString();
    }

    /** Parses one value and appends its normalised text. */
    private void value(StringBuilder out) throws PgException {
        if (pos >= s.length()) {
            throw invalid();
        }
        char c = s.charAt(pos);
        switch (c) {
            case '{' -> object(out);
            case '[' -> array(out);
            case '"' -> JsonbWriter.appendString(out, string());
            case 't' -> literal("true", out);
            case 'f' -> literal("false", out);
            case 'n' -> literal("null", out);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    number(out);
                } else {
                    throw invalid();
                }
            }
        }
    }

    private void object(StringBuilder out) throws PgException {
        pos++;
        List<JsonbWriter.Member> members = new ArrayList<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
        } else {
            while (true) {
                skipSpace();
                if (peek() != '"') {
                    throw invalid();
                }
                String key = string();
                skipSpace();
                expect(':');
                skipSpace();
                StringBuilder v = new StringBuilder();
                value(v);
                members.add(new JsonbWriter.Member(key, v.toString()));
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else {
                    expect('}');
                    break;
                }
            }
        }
        JsonbWriter.appendObject(out, members);
    }

    private void array(StringBuilder out) throws PgException {
        pos++;
        out.append('[');
        skipSpace();
        if (peek() == ']') {
            pos++;
        } else {
            boolean first = true;
            while (true) {
                skipSpace();
                if (!first) {
                    out.append(", ");
                }
                first = false;
                value(out);
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else {
                    expect(']');
                    break;
                }
            }
        }
        out.append(']');
    }

    private String string() throws PgException {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= s.length()) {
                throw invalid();
            }
            char c = s.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                throw invalid();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= s.length()) {
                throw invalid();
            }
            char e = s.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    int code = hex4();
                    if (code == 0) {
                        throw new PgException(SqlState.UNTRANSLATABLE_CHARACTER,
                                "unsupported Unicode escape sequence");
                    }
                    sb.append((char) code);
                }
                default -> throw invalid();
            }
        }
    }

    private int hex4() throws PgException {
        if (pos + 4 > s.length()) {
            throw invalid();
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(s.charAt(pos++), 16);
            if (d < 0) {
                throw invalid();
            }
            v = v * 16 + d;
        }
        return v;
    }

    private void number(StringBuilder out) throws PgException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (!digits()) {
            throw invalid();
        }
        if (peek() == '.') {
            pos++;
            if (!digits()) {
                throw invalid();
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!digits()) {
                throw invalid();
            }
        }
        if (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
            throw invalid();
        }
        appendNumber(out, new BigDecimal(s.substring(start, pos)));
    }

    /** {@code numeric_out} of the value {@code numeric_in} makes of a JSON number: negative scales become 0. */
    static void appendNumber(StringBuilder out, BigDecimal d) throws PgException {
        if (d.precision() - d.scale() > MAX_INTEGER_DIGITS) {
            throw new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
        }
        out.append(d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString());
    }

    private boolean digits() {
        int start = pos;
        while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
            pos++;
        }
        return pos > start;
    }

    private void literal(String word, StringBuilder out) throws PgException {
        if (!s.startsWith(word, pos)) {
            throw invalid();
        }
        pos += word.length();
        if (pos < s.length() && Character.isLetterOrDigit(s.charAt(pos))) {
            throw invalid();
        }
        out.append(word);
    }

    private void expect(char c) throws PgException {
        if (peek() != c) {
            throw invalid();
        }
        pos++;
    }

    private char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private PgException invalid() {
        return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type json");
    }

    /** UTF-8 bytes of a key, for sorting: PostgreSQL compares lengths, then bytes. */
    static byte[] utf8(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    /** Key order of jsonb objects. */
    static int compareKeys(byte[] a, byte[] b) {
        if (a.length != b.length) {
            return Integer.compare(a.length, b.length);
        }
        return Arrays.compareUnsigned(a, b);
    }
}
