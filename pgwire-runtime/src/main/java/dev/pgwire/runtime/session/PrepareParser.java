package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.session.StatementClassifier.Tokens;
import dev.pgwire.runtime.sql.Token;
import java.util.ArrayList;
import java.util.List;

/** The grammar of SQL-level PREPARE and EXECUTE; type names and argument expressions are kept as written. */
final class PrepareParser {
    private PrepareParser() {}

    /** After PREPARE. */
    static Command prepare(Tokens t) throws PgException {
        String name = t.identifier();
        List<Command.Written> types = List.of();
        if (!t.atEnd() && t.peek().is("(")) {
            types = parenthesisedList(t);
        }
        t.expect("as");
        if (t.atEnd()) {
            throw t.syntaxError();
        }
        Token start = t.peek();
        return new Command.Prepare(name, types, t.text().substring(start.start()), start.start());
    }

    /** After EXECUTE. */
    static Command execute(Tokens t) throws PgException {
        String name = t.identifier();
        List<Command.Written> arguments = List.of();
        if (!t.atEnd() && t.peek().is("(")) {
            arguments = parenthesisedList(t);
        }
        t.end();
        return new Command.Execute(name, arguments);
    }

    /** {@code ( item, item, ... )} split at the commas outside nested parentheses and brackets. */
    private static List<Command.Written> parenthesisedList(Tokens t) throws PgException {
        Token open = t.next();
        List<Command.Written> items = new ArrayList<>();
        int depth = 0;
        int itemStart = open.end();
        while (true) {
            if (t.atEnd()) {
                throw t.syntaxError();
            }
            Token tok = t.next();
            if (tok.is("(") || tok.is("[")) {
                depth++;
            } else if ((tok.is(")") || tok.is("]")) && depth > 0) {
                depth--;
            } else if (depth == 0 && (tok.is(",") || tok.is(")"))) {
                String raw = t.text().substring(itemStart, tok.start());
                String item = raw.strip();
                if (item.isEmpty()) {
                    t.back();
                    throw t.syntaxError();
                }
                items.add(new Command.Written(item, itemStart + raw.indexOf(item)));
                itemStart = tok.end();
                if (tok.is(")")) {
                    return items;
                }
            }
        }
    }
}
