package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.session.Command.CursorScroll;
import dev.pgwire.runtime.session.Command.FetchDirection;
import dev.pgwire.runtime.session.StatementClassifier.Tokens;
import dev.pgwire.runtime.sql.Token;
import dev.pgwire.runtime.sql.TokenKind;
import java.util.Set;

/** The grammar of DECLARE ... CURSOR, FETCH and MOVE (PostgreSQL 15's {@code DeclareCursorStmt}, {@code FetchStmt}). */
final class CursorParser {
    /** What may follow {@code FOR}: PostgreSQL's SelectStmt. */
    private static final Set<String> SELECT_STARTS = Set.of("select", "values", "table", "with");

    /** PostgreSQL's reserved keywords: never a cursor name unless quoted. */
    private static final Set<String> RESERVED = Set.of("all", "analyse", "analyze", "and", "any", "array", "as",
            "asc", "asymmetric", "both", "case", "cast", "check", "collate", "column", "constraint", "create",
            "current_catalog", "current_date", "current_role", "current_time", "current_timestamp", "current_user",
            "default", "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for",
            "foreign", "from", "grant", "group", "having", "in", "initially", "intersect", "into", "lateral",
            "leading", "limit", "localtime", "localtimestamp", "not", "null", "offset", "on", "only", "or", "order",
            "placing", "primary", "references", "returning", "select", "session_user", "some", "symmetric", "table",
            "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "when", "where",
            "window", "with");

    private CursorParser() {}

    /** After DECLARE. */
    static Command declare(Tokens t) throws PgException {
        if (t.atEnd() || !isName(t.peek())) {
            throw t.syntaxError();
        }
        String name = t.identifier();
        boolean binary = false;
        boolean scroll = false;
        boolean noScroll = false;
        boolean asensitive = false;
        boolean insensitive = false;
        while (!t.accept("cursor")) {
            if (t.accept("no")) {
                t.expect("scroll");
                noScroll = true;
            } else if (t.accept("scroll")) {
                scroll = true;
            } else if (t.accept("binary")) {
                binary = true;
            } else if (t.accept("asensitive")) {
                asensitive = true;
            } else if (t.accept("insensitive")) {
                insensitive = true;
            } else {
                throw t.syntaxError();
            }
        }
        boolean hold = false;
        if (t.accept("with")) {
            t.expect("hold");
            hold = true;
        } else if (t.accept("without")) {
            t.expect("hold");
        }
        t.expect("for");
        if (t.atEnd() || !(t.peek().is("(")
                || (t.peek().kind() == TokenKind.IDENT && SELECT_STARTS.contains(t.peek().value())))) {
            throw t.syntaxError();
        }
        Token start = t.peek();
        if (scroll && noScroll) {
            return conflict("SCROLL", "NO SCROLL");
        }
        if (asensitive && insensitive) {
            return conflict("ASENSITIVE", "INSENSITIVE");
        }
        CursorScroll mode = scroll ? CursorScroll.SCROLL : noScroll ? CursorScroll.NO_SCROLL : CursorScroll.DEFAULT;
        return new Command.Declare(name, binary, mode, hold, t.text().substring(start.start()), start.start(), null);
    }

    /** After FETCH or MOVE. */
    static Command fetch(Tokens t, boolean move) throws PgException {
        FetchDirection direction = FetchDirection.FORWARD;
        long count = 1;
        if (!t.atEnd() && isName(t.peek()) && t.remaining() == 1) {
            return new Command.Fetch(cursorName(t), direction, count, move);
        }
        if (t.accept("from") || t.accept("in")) {
            return new Command.Fetch(cursorName(t), direction, count, move);
        }
        if (t.accept("next")) {
            // FORWARD 1
        } else if (t.accept("prior")) {
            direction = FetchDirection.BACKWARD;
        } else if (t.accept("first")) {
            direction = FetchDirection.ABSOLUTE;
        } else if (t.accept("last")) {
            direction = FetchDirection.ABSOLUTE;
            count = -1;
        } else if (t.accept("absolute")) {
            direction = FetchDirection.ABSOLUTE;
            count = signedInteger(t);
        } else if (t.accept("relative")) {
            direction = FetchDirection.RELATIVE;
            count = signedInteger(t);
        } else if (t.accept("all")) {
            count = Command.Fetch.ALL;
        } else if (t.accept("forward") || t.accept("backward")) {
            if (t.peek(-1).isKeyword("backward")) {
                direction = FetchDirection.BACKWARD;
            }
            if (t.accept("all")) {
                count = Command.Fetch.ALL;
            } else if (!t.atEnd() && (t.peek().kind() == TokenKind.NUMBER || t.peek().is("-") || t.peek().is("+"))) {
                count = signedInteger(t);
            }
        } else if (!t.atEnd() && (t.peek().kind() == TokenKind.NUMBER || t.peek().is("-") || t.peek().is("+"))) {
            count = signedInteger(t);
        } else {
            throw t.syntaxError();
        }
        if (!t.accept("from")) {
            t.accept("in");
        }
        return new Command.Fetch(cursorName(t), direction, count, move);
    }

    /** The cursor name ending a FETCH or MOVE. */
    private static String cursorName(Tokens t) throws PgException {
        if (t.atEnd() || !isName(t.peek())) {
            throw t.syntaxError();
        }
        return t.lastIdentifier();
    }

    private static Command conflict(String a, String b) {
        return new Command.Refused(SqlState.INVALID_CURSOR_DEFINITION, "cannot specify both " + a + " and " + b, 0);
    }

    private static long signedInteger(Tokens t) throws PgException {
        boolean negative = false;
        if (!t.atEnd() && (t.peek().is("-") || t.peek().is("+"))) {
            negative = t.next().is("-");
        }
        if (t.atEnd() || t.peek().kind() != TokenKind.NUMBER || !t.peek().text().chars().allMatch(Character::isDigit)) {
            throw t.syntaxError();
        }
        String digits = t.peek().text();
        long value;
        try {
            value = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw t.syntaxError();
        }
        if (value > Integer.MAX_VALUE) {
            throw t.syntaxError(); // PostgreSQL's grammar only takes an int here
        }
        t.next();
        return negative ? -value : value;
    }

    private static boolean isName(Token tok) {
        return tok.kind() == TokenKind.QUOTED_IDENT || (tok.kind() == TokenKind.IDENT && !RESERVED.contains(tok.value()));
    }
}
