package dev.pgwire.runtime.sql;

/** Decodes the body of an {@code E'...'} literal: backslash escapes and doubled quotes. */
final class EscapeStrings {
    private EscapeStrings() {}

    static String decode(String body) {
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'') {
                out.append('\'');
                i++;
                continue;
            }
            if (c != '\\' || i + 1 >= body.length()) {
                out.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'x' -> i = appendCode(out, body, i + 1, 2, 16) - 1;
                case 'u' -> i = appendCode(out, body, i + 1, 4, 16) - 1;
                case 'U' -> i = appendCode(out, body, i + 1, 8, 16) - 1;
                default -> {
                    if (e >= '0' && e <= '7') {
                        i = appendCode(out, body, i, 3, 8) - 1;
                    } else {
                        out.append(e);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Appends the code point of up to {@code max} digits at {@code from}; returns the index after them. */
    private static int appendCode(StringBuilder out, String s, int from, int max, int radix) {
        int end = from;
        while (end < s.length() && end - from < max && Character.digit(s.charAt(end), radix) >= 0) {
            end++;
        }
        if (end == from) {
            out.append(s.charAt(from - 1));
            return from;
        }
        out.appendCodePoint(Integer.parseInt(s.substring(from, end), radix));
        return end;
    }
}
