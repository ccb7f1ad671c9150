package dev.pgwire.runtime.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SqlLexerTest {

    private static String kinds(String sql) throws PgException {
        return SqlLexer.tokenize(sql).stream()
                .filter(t -> t.kind().isSignificant())
                .map(t -> t.kind() + ":" + t.value())
                .collect(Collectors.joining(" "));
    }

    @Test
    void identifiersFoldUnquotedAndKeepQuoted() throws PgException {
        assertEquals("IDENT:select IDENT:foo PUNCT:, QUOTED_IDENT:Bar\"x", kinds("SELECT Foo, \"Bar\"\"x\""));
        assertEquals("IDENT:ä$1", kinds("ä$1"));
    }

    @Test
    void literals() throws PgException {
        assertEquals("STRING:it's", kinds("'it''s'"));
        assertEquals("STRING:a\\nb", kinds("'a\\nb'"));
        assertEquals("ESCAPE_STRING:a\nb'c\u00e9A", kinds("E'a\\nb\\'c\\u00e9\\101'"));
        assertEquals("DOLLAR_STRING:body 'x' $y", kinds("$$body 'x' $y$$"));
        assertEquals("DOLLAR_STRING:in $$ side", kinds("$fn$in $$ side$fn$"));
        assertEquals("BIT_STRING:101 BIT_STRING:1F", kinds("B'101' X'1F'"));
        assertEquals("NUMBER:1 NUMBER:1.5 NUMBER:.5 NUMBER:1e10 NUMBER:2.5E-3", kinds("1 1.5 .5 1e10 2.5E-3"));
    }

    @Test
    void parametersOperatorsAndCasts() throws PgException {
        assertEquals(
                "IDENT:a OPERATOR:= PARAM:1 IDENT:and IDENT:b OPERATOR::: IDENT:int8 OPERATOR:<> PARAM:12",
                kinds("a=$1 and b::int8<>$12"));
        // PostgreSQL's rule: "=-" is split so that "a=-1" means a = -1.
        assertEquals("IDENT:a OPERATOR:= OPERATOR:- NUMBER:1", kinds("a=-1"));
        assertEquals("IDENT:a OPERATOR:!~ STRING:x", kinds("a !~ 'x'"));
        assertEquals("IDENT:a OPERATOR:@- IDENT:b", kinds("a @- b"));
        assertEquals(
                "IDENT:x IDENT:operator PUNCT:( IDENT:pg_catalog PUNCT:. OPERATOR:~ PUNCT:) STRING:^a$",
                kinds("x OPERATOR(pg_catalog.~) '^a$'"));
        assertEquals("IDENT:a PUNCT:[ NUMBER:1 PUNCT:: NUMBER:2 PUNCT:]", kinds("a[1:2]"));
    }

    @Test
    void comments() throws PgException {
        assertEquals("IDENT:select NUMBER:1", kinds("select /* a /* nested */ b */ 1 -- trailing"));
        List<Token> all = SqlLexer.tokenize("a-- c\nb");
        assertEquals(List.of(TokenKind.IDENT, TokenKind.COMMENT, TokenKind.WHITESPACE, TokenKind.IDENT),
                all.stream().map(Token::kind).toList());
    }

    @Test
    void unterminatedLiteralsAreSyntaxErrorsWithPosition() {
        PgException e = assertThrows(PgException.class, () -> SqlLexer.tokenize("select 'abc"));
        assertEquals(SqlState.SYNTAX_ERROR, e.state());
        assertEquals(8, e.position());
        assertEquals("unterminated quoted string at or near \"'abc\"", e.getMessage());
        assertEquals(SqlState.SYNTAX_ERROR,
                assertThrows(PgException.class, () -> SqlLexer.tokenize("select \"x")).state());
        assertEquals(SqlState.SYNTAX_ERROR,
                assertThrows(PgException.class, () -> SqlLexer.tokenize("select $$x")).state());
        assertEquals(SqlState.SYNTAX_ERROR,
                assertThrows(PgException.class, () -> SqlLexer.tokenize("select /* x")).state());
        assertEquals(SqlState.SYNTAX_ERROR,
                assertThrows(PgException.class, () -> SqlLexer.tokenize("select \"\"")).state());
    }

    @Test
    void splitsAtTopLevelSemicolonsOnly() throws PgException {
        List<SqlStatement> s = SqlScript.split(" SELECT 'a;b' ; ;-- only a comment\n SET x = $$;$$;  ");
        assertEquals(2, s.size());
        assertEquals("SELECT 'a;b'", s.get(0).text());
        assertEquals(1, s.get(0).offset());
        assertEquals("select", s.get(0).firstKeyword());
        assertEquals("SET x = $$;$$", s.get(1).text());
        assertEquals("set", s.get(1).firstKeyword());
        assertEquals(0, s.get(1).tokens().get(0).start());
        assertEquals(List.of(), SqlScript.split("  ;; -- nothing\n"));
        assertEquals(List.of(), SqlScript.split(""));
    }
}
