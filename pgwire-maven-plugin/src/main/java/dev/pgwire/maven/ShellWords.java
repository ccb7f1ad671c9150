package dev.pgwire.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a string into words the way a POSIX shell does, without expansions: whitespace separates
 * words, single quotes keep everything literally, double quotes keep whitespace but honour {@code \"}
 * and {@code \\}, and a backslash outside quotes escapes the next character. Used for
 * {@code -Dpgwire.jvmArguments="-Xmx1g -Dgreeting='hello world'"}.
 */
final class ShellWords {
    private ShellWords() {}

    /**
     * The words of {@code line}; empty for {@code null} or blank input.
     *
     * @throws IllegalArgumentException on an unterminated quote or a trailing backslash
     */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        if (line == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else if (c == '\'') {
                int close = line.indexOf('\'', i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("unterminated single quote in: " + line);
                }
                word.append(line, i + 1, close);
                inWord = true;
                i = close + 1;
            } else if (c == '"') {
                i = readDoubleQuoted(line, i + 1, word);
                inWord = true;
            } else if (c == '\\') {
                if (i + 1 == n) {
                    throw new IllegalArgumentException("trailing backslash in: " + line);
                }
                word.append(line.charAt(i + 1));
                inWord = true;
                i += 2;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** Appends the body of a double-quoted run starting at {@code from}; returns the index after it. */
    private static int readDoubleQuoted(String line, int from, StringBuilder word) {
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < line.length() && isDoubleQuoteEscapable(line.charAt(i + 1))) {
                word.append(line.charAt(i + 1));
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        throw new IllegalArgumentException("unterminated double quote in: " + line);
    }

    private static boolean isDoubleQuoteEscapable(char c) {
        return c == '"' || c == '\\' || c == '$' || c == '`';
    }

    /** Quotes {@code word} for a POSIX shell when it needs it, so logged command lines can be pasted. */
    static String quote(String word) {
        if (!word.isEmpty() && word.chars().allMatch(ShellWords::isSafe)) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static boolean isSafe(int c) {
        return Character.isLetterOrDigit(c) || "-_./:=,+@%".indexOf(c) >= 0;
    }
}
