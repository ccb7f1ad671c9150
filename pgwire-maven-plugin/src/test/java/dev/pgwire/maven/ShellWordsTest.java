package dev.pgwire.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellWordsTest {
    @Test
    void splitsOnRunsOfWhitespace() {
        assertEquals(List.of("-Xmx1g", "-Da=b"), ShellWords.split("  -Xmx1g \t -Da=b\n"));
    }

    @Test
    void nullAndBlankGiveNoWords() {
        assertEquals(List.of(), ShellWords.split(null));
        assertEquals(List.of(), ShellWords.split("   "));
    }

    @Test
    void singleQuotesKeepEverythingLiterally() {
        assertEquals(List.of("-Dgreeting=hello  world", "a\\\"b"), ShellWords.split("-Dgreeting='hello  world' 'a\\\"b'"));
    }

    @Test
    void doubleQuotesHonourBackslashEscapes() {
        assertEquals(List.of("say \"hi\" \\ \\n"), ShellWords.split("\"say \\\"hi\\\" \\\\ \\n\""));
    }

    @Test
    void backslashEscapesOutsideQuotes() {
        assertEquals(List.of("a b", "c"), ShellWords.split("a\\ b c"));
    }

    @Test
    void emptyQuotedWordIsKept() {
        assertEquals(List.of("--name", "", "x"), ShellWords.split("--name '' x"));
        assertEquals(List.of("ab"), ShellWords.split("a\"\"b"));
    }

    @Test
    void unterminatedQuotesAreErrors() {
        assertThrows(IllegalArgumentException.class, () -> ShellWords.split("'abc"));
        assertThrows(IllegalArgumentException.class, () -> ShellWords.split("\"abc"));
        assertThrows(IllegalArgumentException.class, () -> ShellWords.split("abc\\"));
    }

    @Test
    void quoteRoundTripsThroughSplit() {
        for (String word : List.of("plain", "two words", "it's", "", "$HOME", "a\"b", "-Dx=y z")) {
            assertEquals(List.of(word), ShellWords.split(ShellWords.quote(word)), word);
        }
        assertEquals("plain-word=1", ShellWords.quote("plain-word=1"));
    }
}
