package dev.pgwire.runtime.engine;

import java.util.ArrayList;
import java.util.List;

/** Reads PostgreSQL's one-dimensional array text, {@code {a,"b c",NULL}}. */
final class ArrayLiterals {
    private ArrayLiterals() {}

    /** The elements (null for NULL), or null when the text is not a one-dimensional array literal. */
    static List<String> parse(String text) {
        String s = text.strip();
        if (s.length() < 2 || s.charAt(0) != '{' || s.charAt(s.length() - 1) != '}') {
            return null;
        }
        List<String> elements = new ArrayList<>();
        String body = s.substring(1, s.length() - 1);
        if (body.isBlank()) {
            return elements;
        }
        int i = 0;
        while (i <= body.length()) {
            while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            StringBuilder e = new StringBuilder();
            boolean quoted = false;
            if (i < body.length() && body.charAt(i) == '"') {
                quoted = true;
                i++;
                while (i < body.length() && body.charAt(i) != '"') {
                    char c = body.charAt(i++);
                    if (c == '\\' && i < body.length()) {
                        c = body.charAt(i++);
                    }
                    e.append(c);
                }
                if (i >= body.length()) {
                    return null;
                }
                i++;
                while (i < body.length() && Character.isWhitespace(body.charAt(i))) {
                    i++;
                }
            } else {
                while (i < body.length() && body.charAt(i) != ',') {
                    char c = body.charAt(i++);
                    if (c == '{' || c == '}' || c == '"') {
                        return null;
                    }
                    if (c == '\\' && i < body.length()) {
                        c = body.charAt(i++);
                    }
                    e.append(c);
                }
            }
            String value = quoted ? e.toString() : e.toString().strip();
            elements.add(!quoted && value.equalsIgnoreCase("NULL") ? null : value);
            if (i < body.length() && body.charAt(i) != ',') {
                return null;
            }
            i++;
        }
        return elements;
    }
}
