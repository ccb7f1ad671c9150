package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.session.Command.CopyOption;
import dev.pgwire.runtime.session.Command.CopyTarget;
import dev.pgwire.runtime.session.StatementClassifier.Tokens;
import dev.pgwire.runtime.sql.Token;
import dev.pgwire.runtime.sql.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The grammar of COPY (PostgreSQL 15's {@code CopyStmt}): the relation or {@code (query)} form, the target, and
 * options in the parenthesised generic syntax or the legacy keyword syntax. Only syntax is checked here; the
 * meaning of the options is {@link CopyOptionsValidator}'s.
 */
final class CopyParser {
    /** Legacy keywords whose generic option takes the string that follows ({@code DELIMITER [AS] ';'}). */
    private static final Map<String, String> LEGACY_STRING_OPTIONS =
            Map.of("delimiter", "delimiter", "null", "null", "quote", "quote", "escape", "escape", "encoding",
                    "encoding");

    private CopyParser() {}

    /** Parses after the COPY keyword. */
    static Command parse(Tokens t, String text) throws PgException {
        String relation = null;
        List<String> columns = List.of();
        String query = null;
        int queryOffset = 0;
        boolean from;
        List<CopyOption> options = new ArrayList<>();
        if (!t.atEnd() && t.peek().is("(")) {
            Token open = t.next();
            Token close = skipParenthesised(t);
            queryOffset = open.end();
            query = text.substring(open.end(), close.start());
            t.expect("to");
            from = false;
        } else {
            if (t.accept("binary")) {
                options.add(new CopyOption("format", CopyOption.Kind.STRING, "binary", List.of(),
                        t.peek(-1).start() + 1));
            }
            relation = qualifiedName(t, text);
            if (!t.atEnd() && t.peek().is("(")) {
                t.next();
                columns = nameList(t);
                expectSymbol(t, ")");
            }
            if (t.accept("from")) {
                from = true;
            } else {
                t.expect("to");
                from = false;
            }
        }
        CopyTarget target = CopyTarget.FILE;
        if (t.accept("program")) {
            target = CopyTarget.PROGRAM;
            string(t);
        } else if (t.accept("stdin") || t.accept("stdout")) {
            target = CopyTarget.CLIENT;
        } else {
            string(t);
        }
        if (relation != null && (t.accept("using") || (!t.atEnd() && t.peek().isKeyword("delimiters")))) {
            if (t.peek(-1).isKeyword("using")) {
                t.expect("delimiters");
            } else {
                t.next();
            }
            int position = t.peek(-1).start() + 1;
            options.add(new CopyOption("delimiter", CopyOption.Kind.STRING, string(t), List.of(), position));
        }
        t.accept("with");
        if (!t.atEnd() && t.peek().is("(")) {
            t.next();
            genericOptions(t, options);
        } else {
            legacyOptions(t, options);
        }
        if (!t.atEnd() && t.peek().isKeyword("where") && relation != null) {
            if (!from) {
                throw new PgException(SqlState.SYNTAX_ERROR, "WHERE clause not allowed with COPY TO", null, null,
                        t.peek().start() + 1, null);
            }
            return new Command.Copy(true, target, relation, columns, null, 0, options);
        }
        t.end();
        return new Command.Copy(from, target, relation, columns, query, queryOffset, options);
    }

    private static void genericOptions(Tokens t, List<CopyOption> options) throws PgException {
        do {
            Token name = t.next();
            if (name == null || (name.kind() != TokenKind.IDENT && name.kind() != TokenKind.QUOTED_IDENT)) {
                t.back();
                throw t.syntaxError();
            }
            options.add(genericArgument(t, name.value(), name.start() + 1));
        } while (acceptSymbol(t, ","));
        expectSymbol(t, ")");
    }

    private static CopyOption genericArgument(Tokens t, String name, int position) throws PgException {
        if (t.atEnd() || t.peek().is(",") || t.peek().is(")")) {
            return new CopyOption(name, CopyOption.Kind.NONE, null, List.of(), position);
        }
        if (acceptSymbol(t, "*")) {
            return new CopyOption(name, CopyOption.Kind.STAR, "*", List.of(), position);
        }
        if (acceptSymbol(t, "(")) {
            List<String> list = new ArrayList<>();
            do {
                list.add(simpleArgument(t).value());
            } while (acceptSymbol(t, ","));
            expectSymbol(t, ")");
            return new CopyOption(name, CopyOption.Kind.LIST, String.join(", ", list), list, position);
        }
        CopyOption arg = simpleArgument(t);
        return new CopyOption(name, arg.kind(), arg.value(), List.of(), position);
    }

    /** A boolean keyword, a name, a string or a (signed) number. */
    private static CopyOption simpleArgument(Tokens t) throws PgException {
        if (t.atEnd()) {
            throw t.syntaxError();
        }
        Token tok = t.next();
        String sign = "";
        if (tok.is("-") || tok.is("+")) {
            sign = tok.is("-") ? "-" : "";
            tok = t.next();
            if (tok == null || tok.kind() != TokenKind.NUMBER) {
                t.back();
                throw t.syntaxError();
            }
        }
        switch (tok.kind()) {
            case NUMBER:
                boolean integer = tok.text().chars().allMatch(Character::isDigit);
                return new CopyOption("", integer ? CopyOption.Kind.INTEGER : CopyOption.Kind.STRING,
                        sign + tok.text(), List.of(), 0);
            case IDENT:
            case QUOTED_IDENT:
            case STRING:
            case ESCAPE_STRING:
            case DOLLAR_STRING:
                return new CopyOption("", CopyOption.Kind.STRING, tok.value(), List.of(), 0);
            default:
                t.back();
                throw t.syntaxError();
        }
    }

    private static void legacyOptions(Tokens t, List<CopyOption> options) throws PgException {
        while (!t.atEnd() && !t.peek().isKeyword("where")) {
            Token kw = t.next();
            int position = kw.start() + 1;
            String word = kw.kind() == TokenKind.IDENT ? kw.value() : "";
            String generic = LEGACY_STRING_OPTIONS.get(word);
            if (generic != null) {
                if (!word.equals("encoding")) {
                    t.accept("as");
                }
                options.add(new CopyOption(generic, CopyOption.Kind.STRING, string(t), List.of(), position));
                continue;
            }
            switch (word) {
                case "binary", "csv" -> options.add(new CopyOption("format", CopyOption.Kind.STRING, word,
                        List.of(), position));
                case "header", "freeze" -> options.add(new CopyOption(word, CopyOption.Kind.NONE, null,
                        List.of(), position));
                case "force" -> options.add(force(t, position));
                default -> {
                    t.back();
                    throw t.syntaxError();
                }
            }
        }
    }

    /** FORCE QUOTE cols|*, FORCE NOT NULL cols, FORCE NULL cols (lists without parentheses). */
    private static CopyOption force(Tokens t, int position) throws PgException {
        String name;
        if (t.accept("quote")) {
            name = "force_quote";
            if (acceptSymbol(t, "*")) {
                return new CopyOption(name, CopyOption.Kind.STAR, "*", List.of(), position);
            }
        } else if (t.accept("not")) {
            t.expect("null");
            name = "force_not_null";
        } else {
            t.expect("null");
            name = "force_null";
        }
        List<String> list = nameList(t);
        return new CopyOption(name, CopyOption.Kind.LIST, String.join(", ", list), list, position);
    }

    /** {@code name[.name[.name]]}, returned as written so that the engine resolves it like any table name. */
    private static String qualifiedName(Tokens t, String text) throws PgException {
        Token first = identifierToken(t);
        Token last = first;
        while (acceptSymbol(t, ".")) {
            last = identifierToken(t);
        }
        return text.substring(first.start(), last.end());
    }

    private static Token identifierToken(Tokens t) throws PgException {
        if (t.atEnd() || (t.peek().kind() != TokenKind.IDENT && t.peek().kind() != TokenKind.QUOTED_IDENT)) {
            throw t.syntaxError();
        }
        return t.next();
    }

    private static List<String> nameList(Tokens t) throws PgException {
        List<String> names = new ArrayList<>();
        do {
            names.add(t.identifier());
        } while (acceptSymbol(t, ","));
        return names;
    }

    private static String string(Tokens t) throws PgException {
        if (t.atEnd() || !t.peek().isString()) {
            throw t.syntaxError();
        }
        return t.next().value();
    }

    /** Skips to the parenthesis closing the one just read, returning it. */
    private static Token skipParenthesised(Tokens t) throws PgException {
        int depth = 1;
        while (!t.atEnd()) {
            Token tok = t.next();
            if (tok.is("(")) {
                depth++;
            } else if (tok.is(")") && --depth == 0) {
                return tok;
            }
        }
        throw t.syntaxError();
    }

    private static boolean acceptSymbol(Tokens t, String symbol) {
        if (!t.atEnd() && t.peek().is(symbol)) {
            t.next();
            return true;
        }
        return false;
    }

    private static void expectSymbol(Tokens t, String symbol) throws PgException {
        if (!acceptSymbol(t, symbol)) {
            throw t.syntaxError();
        }
    }
}
