package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.CancelSignal;
import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.PreparedQuery;
import dev.pgwire.runtime.query.QueryEngine;
import dev.pgwire.runtime.query.ResultCursor;
import dev.pgwire.runtime.query.SessionSettings;
import dev.pgwire.runtime.session.Command.Written;
import dev.pgwire.runtime.sql.SqlLexer;
import dev.pgwire.runtime.sql.Token;
import dev.pgwire.runtime.sql.TokenKind;
import dev.pgwire.runtime.types.PgType;
import dev.pgwire.runtime.types.PgTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of EXECUTE's arguments, as PostgreSQL coerces them to the statement's parameter types: a NULL stays
 * null, a string literal goes through the type's input function (its errors point at the literal), and any other
 * expression is evaluated by the engine as {@code SELECT (expr)::type, ...}, error positions mapped back.
 */
final class ExecuteArguments {
    private static final int[] NO_TYPES = new int[0];

    private ExecuteArguments() {}

    static Object[] evaluate(List<Written> arguments, int[] types, QueryEngine engine, SessionSettings session,
            CancelSignal cancel) throws PgException {
        Object[] values = new Object[types.length];
        List<Integer> expressions = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            Written arg = arguments.get(i);
            PgType type = PgTypes.byOid(types[i]);
            Token only = singleToken(arg.text());
            if (only != null && only.isKeyword("null")) {
                values[i] = null;
            } else if (only != null && only.isString() && type != null) {
                try {
                    values[i] = type.codec().readText(only.value(), session);
                } catch (PgException e) {
                    throw e.position() > 0 ? e : e.withPosition(arg.offset() + 1);
                }
            } else {
                expressions.add(i);
            }
        }
        if (!expressions.isEmpty()) {
            evaluateExpressions(arguments, types, expressions, values, engine, session, cancel);
        }
        return values;
    }

    private static void evaluateExpressions(List<Written> arguments, int[] types, List<Integer> which,
            Object[] values, QueryEngine engine, SessionSettings session, CancelSignal cancel) throws PgException {
        StringBuilder select = new StringBuilder("SELECT ");
        int[] starts = new int[which.size()];
        for (int k = 0; k < which.size(); k++) {
            int i = which.get(k);
            select.append(k > 0 ? ", " : "").append('(');
            starts[k] = select.length();
            select.append(arguments.get(i).text()).append(')');
            PgType type = PgTypes.byOid(types[i]);
            if (type != null) {
                select.append("::").append(PgTypes.formatType(type));
            }
        }
        try {
            PreparedQuery query = engine.prepare(select.toString(), NO_TYPES, session);
            try (ResultCursor cursor = query.execute(new Object[0], session, cancel)) {
                Object[] row = cursor.next();
                for (int k = 0; k < which.size(); k++) {
                    values[which.get(k)] = row[k];
                }
            }
        } catch (PgException e) {
            throw e.position() > 0 ? e.withPosition(originalPosition(e.position(), arguments, which, starts)) : e;
        }
    }

    /** Maps a 1-based position in the generated SELECT back into the EXECUTE statement, or 0 outside any argument. */
    private static int originalPosition(int position, List<Written> arguments, List<Integer> which, int[] starts) {
        int offset = position - 1;
        for (int k = which.size() - 1; k >= 0; k--) {
            Written arg = arguments.get(which.get(k));
            if (offset >= starts[k]) {
                return offset < starts[k] + arg.text().length() ? arg.offset() + (offset - starts[k]) + 1 : 0;
            }
        }
        return 0;
    }

    /** The argument's only significant token, or null when it has several. */
    private static Token singleToken(String text) throws PgException {
        Token only = null;
        for (Token t : SqlLexer.tokenize(text)) {
            if (t.kind() == TokenKind.WHITESPACE || t.kind() == TokenKind.COMMENT) {
                continue;
            }
            if (only != null) {
                return null;
            }
            only = t;
        }
        return only;
    }
}
