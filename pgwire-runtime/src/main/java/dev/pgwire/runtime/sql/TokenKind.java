package dev.pgwire.runtime.sql;

/** Lexical categories of PostgreSQL SQL. */
public enum TokenKind {
    /** Unquoted identifier or keyword. */
    IDENT,
    /** {@code "Quoted"} identifier. */
    QUOTED_IDENT,
    /** {@code 'standard'} string literal (standard_conforming_strings is always on). */
    STRING,
    /** {@code E'escape'} string literal. */
    ESCAPE_STRING,
    /** {@code $tag$dollar-quoted$tag$} string literal. */
    DOLLAR_STRING,
    /** {@code B'0101'} or {@code X'1F'} bit-string literal. */
    BIT_STRING,
    /** Integer or decimal numeric literal. */
    NUMBER,
    /** Positional parameter {@code $n}. */
    PARAM,
    /** Operator, including {@code ::}. */
    OPERATOR,
    /** One of {@code ( ) [ ] , ; . :}. */
    PUNCT,
    WHITESPACE,
    /** {@code -- line} or {@code /* block *}{@code /} comment. */
    COMMENT;

    /** Whether tokens of this kind carry meaning (not whitespace or comments). */
    public boolean isSignificant() {
        return this != WHITESPACE && this != COMMENT;
    }
}
