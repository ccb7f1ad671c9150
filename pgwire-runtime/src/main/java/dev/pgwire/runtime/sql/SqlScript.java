package dev.pgwire.runtime.sql;

import dev.pgwire.runtime.query.PgException;
import java.util.ArrayList;
import java.util.List;

/** Splits a simple-query string into statements at top-level semicolons, as PostgreSQL does. */
public final class SqlScript {
    private SqlScript() {}

    /**
     * The non-empty statements of {@code sql}, in order. Statements made only of whitespace, comments or
     * semicolons are dropped, so an empty list means "empty query".
     */
    public static List<SqlStatement> split(String sql) throws PgException {
        List<Token> tokens = SqlLexer.tokenize(sql);
        List<SqlStatement> statements = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (int i = 0; i <= tokens.size(); i++) {
            Token t = i < tokens.size() ? tokens.get(i) : null;
            if (t == null || t.is(";")) {
                if (first >= 0) {
                    statements.add(statement(sql, tokens, first, last));
                }
                first = -1;
                last = -1;
            } else if (t.kind().isSignificant()) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return statements;
    }

    private static SqlStatement statement(String sql, List<Token> tokens, int first, int last) {
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        List<Token> own = new ArrayList<>(last - first + 1);
        for (int i = first; i <= last; i++) {
            Token t = tokens.get(i);
            own.add(new Token(t.kind(), t.start() - start, t.end() - start, t.text()));
        }
        return new SqlStatement(sql.substring(start, end), start, own);
    }
}
