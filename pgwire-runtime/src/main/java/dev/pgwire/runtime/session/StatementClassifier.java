package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.session.Command.Assignment;
import dev.pgwire.runtime.sql.SqlStatement;
import dev.pgwire.runtime.sql.Token;
import dev.pgwire.runtime.sql.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Classifies a statement from its tokens: queries for the engine, utility statements the session runs
 * itself, and refusals (writes in this read-only server, unsupported commands). Only the grammar of the
 * utility statements is parsed here; queries are left whole to the engine.
 */
final class StatementClassifier {
    private static final Set<String> QUERIES = Set.of("select", "with", "values", "table", "explain");
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "merge", "create", "drop",
            "alter", "truncate", "grant", "revoke", "comment", "vacuum", "analyze", "analyse", "cluster", "reindex",
            "refresh", "lock", "security", "import", "reassign", "notify");
    /** Words between CREATE/DROP/ALTER and the object kind that PostgreSQL leaves out of the command name. */
    private static final Set<String> CREATE_MODIFIERS =
            Set.of("or", "replace", "temp", "temporary", "unlogged", "global", "local", "unique", "recursive",
                    "trusted", "procedural", "default", "constraint");
    private static final Set<String> UNSUPPORTED = Set.of("do",
            "call", "load", "checkpoint");

    private StatementClassifier() {}

    static Command classify(SqlStatement statement) {
        Tokens t = new Tokens(statement.significantTokens(), statement.text());
        try {
            return classify(t);
        } catch (PgException e) {
            return new Command.Refused(e.state(), e.getMessage(), e.position());
        }
    }

    private static Command classify(Tokens t) throws PgException {
        Token first = t.peek();
        if (first.is("(")) {
            return new Command.Query();
        }
        if (first.kind() != TokenKind.IDENT) {
            throw t.syntaxError();
        }
        String kw = first.value();
        if (QUERIES.contains(kw)) {
            return new Command.Query();
        }
        if (WRITES.contains(kw)) {
            return readOnly(commandName(t));
        }
        if (UNSUPPORTED.contains(kw)) {
            return new Command.Refused(SqlState.FEATURE_NOT_SUPPORTED,
                    kw.toUpperCase(Locale.ROOT) + " is not supported by this server", 0);
        }
        t.next();
        switch (kw) {
            case "set":
                return set(t);
            case "show":
                return show(t);
            case "reset":
                return reset(t);
            case "begin":
                t.acceptAny("work", "transaction");
                return new Command.Begin("BEGIN", transactionModes(t, "transaction_"));
            case "start":
                t.expect("transaction");
                return new Command.Begin("START TRANSACTION", transactionModes(t, "transaction_"));
            case "commit":
            case "end":
                if (t.accept("prepared")) {
                    return unsupported("COMMIT PREPARED");
                }
                endOfTransaction(t);
                return new Command.Commit();
            case "rollback":
            case "abort":
                if (t.accept("prepared")) {
                    return unsupported("ROLLBACK PREPARED");
                }
                t.acceptAny("work", "transaction");
                if (t.accept("to")) {
                    t.accept("savepoint");
                    return new Command.RollbackTo(t.identifier());
                }
                endOfTransaction(t);
                return new Command.Rollback();
            case "savepoint":
                return new Command.Savepoint(t.lastIdentifier());
            case "release":
                t.accept("savepoint");
                return new Command.Release(t.lastIdentifier());
            case "discard":
                String what = t.identifier();
                if (!Set.of("all", "plans", "sequences", "temp", "temporary").contains(what)) {
                    throw t.syntaxErrorAtPrevious();
                }
                t.end();
                return new Command.Discard(what.equals("temporary") ? "temp" : what);
            case "deallocate":
                t.accept("prepare");
                if (t.accept("all")) {
                    t.end();
                    return new Command.Deallocate(null);
                }
                return new Command.Deallocate(t.lastIdentifier());
            case "close":
                if (t.accept("all")) {
                    t.end();
                    return new Command.CloseCursor(null);
                }
                return new Command.CloseCursor(t.lastIdentifier());
            case "listen":
                t.lastIdentifier();
                return new Command.NoOp("LISTEN");
            case "unlisten":
                if (!t.atEnd() && t.peek().is("*")) {
                    t.next();
                    t.end();
                } else {
                    t.lastIdentifier();
                }
                return new Command.NoOp("UNLISTEN");
            case "prepare":
                if (!t.atEnd() && t.peek().isKeyword("transaction")) {
                    return unsupported("PREPARE TRANSACTION");
                }
                return PrepareParser.prepare(t);
            case "execute":
                return PrepareParser.execute(t);
            case "declare":
                return CursorParser.declare(t);
            case "fetch":
            case "move":
                return CursorParser.fetch(t, kw.equals("move"));
            case "copy":
                return CopyParser.parse(t, t.text());
            default:
                t.back();
                throw t.syntaxError();
        }
    }

    private static Command set(Tokens t) throws PgException {
        boolean local = false;
        if (t.accept("local")) {
            local = true;
        } else if (t.accept("session")) {
            if (t.accept("characteristics")) {
                t.expect("as");
                t.expect("transaction");
                return new Command.Set(transactionModes(t, "default_transaction_"), false);
            }
            if (t.accept("authorization")) {
                return loginIdentity(t, "SET SESSION AUTHORIZATION", "default");
            }
        }
        if (t.accept("transaction")) {
            if (t.accept("snapshot")) {
                return unsupported("SET TRANSACTION SNAPSHOT");
            }
            return new Command.Set(transactionModes(t, "transaction_"), true, "SET TRANSACTION");
        }
        if (t.accept("role")) {
            return loginIdentity(t, "SET ROLE", "none");
        }
        if (t.accept("constraints")) {
            return unsupported("SET CONSTRAINTS");
        }
        String name;
        if (t.accept("time")) {
            t.expect("zone");
            name = "TimeZone";
            if (t.accept("local") || t.accept("default")) {
                t.end();
                return new Command.Set(List.of(new Assignment(name, null)), local);
            }
        } else if (t.accept("names")) {
            name = "client_encoding";
        } else if (t.accept("schema")) {
            name = "search_path";
        } else {
            name = t.settingName();
            if (t.atEnd() || !(t.peek().isKeyword("to") || t.peek().is("="))) {
                throw t.syntaxError();
            }
            t.next();
            if (t.accept("default")) {
                t.end();
                return new Command.Set(List.of(new Assignment(name, null)), local);
            }
        }
        return new Command.Set(List.of(new Assignment(name, values(t, name))), local);
    }

    private static Command show(Tokens t) throws PgException {
        String name;
        if (t.accept("all")) {
            name = null;
        } else if (t.accept("time")) {
            t.expect("zone");
            name = "TimeZone";
        } else if (t.accept("transaction")) {
            t.expect("isolation");
            t.expect("level");
            name = "transaction_isolation";
        } else if (t.accept("session")) {
            t.expect("authorization");
            name = "session_authorization";
        } else {
            name = t.settingName();
        }
        t.end();
        return new Command.Show(name);
    }

    private static Command reset(Tokens t) throws PgException {
        String name;
        if (t.accept("all")) {
            name = null;
        } else if (t.accept("time")) {
            t.expect("zone");
            name = "TimeZone";
        } else if (t.accept("session") || t.accept("role")) {
            if (t.peek(-1).isKeyword("session")) {
                t.expect("authorization");
            }
            t.end();
            return new Command.NoOp("RESET");
        } else {
            name = t.settingName();
        }
        t.end();
        return new Command.Reset(name);
    }

    /** SET ROLE NONE / SET SESSION AUTHORIZATION DEFAULT keep the login user; any other user is refused. */
    private static Command loginIdentity(Tokens t, String statement, String keepKeyword) throws PgException {
        if (t.accept(keepKeyword)) {
            t.end();
            return new Command.NoOp("SET");
        }
        return unsupported(statement);
    }

    /** ISOLATION LEVEL ..., READ ONLY | READ WRITE, [NOT] DEFERRABLE, optionally comma-separated. */
    private static List<Assignment> transactionModes(Tokens t, String prefix) throws PgException {
        List<Assignment> modes = new ArrayList<>();
        while (!t.atEnd()) {
            if (t.accept("isolation")) {
                t.expect("level");
                String level;
                if (t.accept("serializable")) {
                    level = "serializable";
                } else if (t.accept("repeatable")) {
                    t.expect("read");
                    level = "repeatable read";
                } else {
                    t.expect("read");
                    level = t.accept("committed") ? "read committed" : null;
                    if (level == null) {
                        t.expect("uncommitted");
                        level = "read uncommitted";
                    }
                }
                modes.add(new Assignment(prefix + "isolation", level));
            } else if (t.accept("read")) {
                if (t.accept("only")) {
                    modes.add(new Assignment(prefix + "read_only", "on"));
                } else {
                    t.expect("write");
                    modes.add(new Assignment(prefix + "read_only", "off"));
                }
            } else if (t.accept("not")) {
                t.expect("deferrable");
                modes.add(new Assignment(prefix + "deferrable", "off"));
            } else if (t.accept("deferrable")) {
                modes.add(new Assignment(prefix + "deferrable", "on"));
            } else {
                throw t.syntaxError();
            }
            if (!t.atEnd() && t.peek().is(",")) {
                t.next();
            }
        }
        return modes;
    }

    private static void endOfTransaction(Tokens t) throws PgException {
        t.acceptAny("work", "transaction");
        if (t.accept("and")) {
            if (t.accept("no")) {
                t.expect("chain");
            } else {
                t.expect("chain");
                throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "AND CHAIN is not supported by this server");
            }
        }
        t.end();
    }

    /** The value list of SET: strings, names, signed numbers, separated by commas. */
    private static String values(Tokens t, String setting) throws PgException {
        boolean quoteIdentifiers = setting.equalsIgnoreCase("search_path");
        StringBuilder out = new StringBuilder();
        while (true) {
            if (t.atEnd()) {
                throw t.syntaxError();
            }
            Token v = t.next();
            String value;
            if (v.is("-") || v.is("+")) {
                if (t.atEnd() || t.peek().kind() != TokenKind.NUMBER) {
                    throw t.syntaxError();
                }
                value = (v.is("-") ? "-" : "") + t.next().text();
            } else if (v.kind() == TokenKind.NUMBER) {
                value = v.text();
            } else if (v.isString() || v.kind() == TokenKind.IDENT || v.kind() == TokenKind.QUOTED_IDENT) {
                value = quoteIdentifiers ? quoteIdentifier(v.value()) : v.value();
            } else {
                throw t.syntaxErrorAtPrevious();
            }
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(value);
            if (t.atEnd()) {
                break;
            }
            if (!t.peek().is(",")) {
                throw t.syntaxError();
            }
            t.next();
        }
        return out.toString();
    }

    /** PostgreSQL's quote_identifier: quotes unless the name is lower-case letters, digits and underscores. */
    static String quoteIdentifier(String name) {
        boolean safe = !name.isEmpty() && (Character.isLowerCase(name.charAt(0)) || name.charAt(0) == '_');
        for (int i = 0; safe && i < name.length(); i++) {
            char c = name.charAt(i);
            safe = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        }
        return safe ? name : '"' + name.replace("\"", "\"\"") + '"';
    }

    private static Command readOnly(String commandName) {
        return new Command.Refused(SqlState.READ_ONLY_SQL_TRANSACTION,
                "cannot execute " + commandName + " in a read-only transaction", 0);
    }

    private static Command unsupported(String what) {
        return new Command.Refused(SqlState.FEATURE_NOT_SUPPORTED, what + " is not supported by this server", 0);
    }

    /** PostgreSQL's name for a write command: INSERT, CREATE TABLE, DROP INDEX, TRUNCATE TABLE, ... */
    private static String commandName(Tokens t) {
        String kw = t.next().value();
        String upper = kw.equals("analyse") ? "ANALYZE" : kw.toUpperCase(Locale.ROOT);
        switch (kw) {
            case "create", "drop", "alter": {
                while (!t.atEnd() && t.peek().kind() == TokenKind.IDENT && CREATE_MODIFIERS.contains(t.peek().value())) {
                    t.next();
                }
                if (t.atEnd() || t.peek().kind() != TokenKind.IDENT) {
                    return upper;
                }
                String object = t.next().value();
                if (object.equals("materialized") || object.equals("foreign") || object.equals("event")) {
                    if (!t.atEnd() && t.peek().kind() == TokenKind.IDENT) {
                        object = object + " " + t.next().value();
                    }
                }
                return upper + " " + object.toUpperCase(Locale.ROOT);
            }
            case "truncate", "lock":
                return upper + " TABLE";
            case "refresh":
                return "REFRESH MATERIALIZED VIEW";
            case "security":
                return "SECURITY LABEL";
            case "import":
                return "IMPORT FOREIGN SCHEMA";
            case "reassign":
                return "REASSIGN OWNED";
            default:
                return upper;
        }
    }

    /** A cursor over significant tokens with PostgreSQL-style syntax errors (also used by the COPY, cursor and PREPARE parsers). */
    static final class Tokens {
        private final List<Token> tokens;
        private final String text;
        private final int textLength;
        private int pos;

        Tokens(List<Token> tokens, String text) {
            this.tokens = tokens;
            this.text = text;
            this.textLength = text.length();
        }

        /** The statement text the tokens' offsets refer to. */
        String text() {
            return text;
        }

        boolean atEnd() {
            return pos >= tokens.size();
        }

        /** How many tokens are left. */
        int remaining() {
            return tokens.size() - pos;
        }

        Token peek() {
            return tokens.get(pos);
        }

        /** The token {@code offset} positions from the current one (negative: already read). */
        Token peek(int offset) {
            return tokens.get(pos + offset);
        }

        Token next() {
            return pos < tokens.size() ? tokens.get(pos++) : null;
        }

        void back() {
            pos--;
        }

        boolean accept(String keyword) {
            if (!atEnd() && peek().isKeyword(keyword)) {
                pos++;
                return true;
            }
            return false;
        }

        void acceptAny(String... keywords) {
            for (String k : keywords) {
                if (accept(k)) {
                    return;
                }
            }
        }

        void expect(String keyword) throws PgException {
            if (!accept(keyword)) {
                throw syntaxError();
            }
        }

        void end() throws PgException {
            if (!atEnd()) {
                throw syntaxError();
            }
        }

        /** A name: an identifier or quoted identifier. */
        String identifier() throws PgException {
            if (atEnd() || (peek().kind() != TokenKind.IDENT && peek().kind() != TokenKind.QUOTED_IDENT)) {
                throw syntaxError();
            }
            return next().value();
        }

        /** A name that must end the statement. */
        String lastIdentifier() throws PgException {
            String name = identifier();
            end();
            return name;
        }

        /** A setting name, possibly two-part ({@code myapp.flag}). */
        String settingName() throws PgException {
            String name = identifier();
            if (!atEnd() && peek().is(".")) {
                next();
                name = name + "." + identifier();
            }
            return name;
        }

        PgException syntaxError() {
            if (atEnd()) {
                return new PgException(SqlState.SYNTAX_ERROR, "syntax error at end of input", null, null,
                        textLength + 1, null);
            }
            Token tok = peek();
            return new PgException(SqlState.SYNTAX_ERROR, "syntax error at or near \"" + tok.text() + "\"", null,
                    null, tok.start() + 1, null);
        }

        PgException syntaxErrorAtPrevious() {
            back();
            return syntaxError();
        }
    }
}
