package dev.pgwire.runtime.engine;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.sql.SqlLexer;
import dev.pgwire.runtime.sql.Token;
import java.lang.reflect.InvocationTargetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Turns whatever Calcite or a running plan throws into the {@link PgException} PostgreSQL would have
 * reported: its SQLSTATE, its wording where clients or users rely on it, and a position in the text the
 * client sent. Nothing a user can type should reach the client as anything else.
 */
final class ErrorTranslator {
    private static final Pattern OBJECT_NOT_FOUND =
            Pattern.compile("(?:Object|Table) '([^']*)' not found(?: within '([^']*)')?");
    private static final Pattern COLUMN_NOT_FOUND =
            Pattern.compile("Column '([^']*)' not found in (?:any table|table '([^']*)')");
    private static final Pattern NO_FUNCTION = Pattern.compile("No match found for function signature (\\w+)\\((.*)\\)");
    private static final Pattern UNKNOWN_IDENTIFIER = Pattern.compile("Unknown identifier '([^']*)'");
    private static final Pattern AMBIGUOUS = Pattern.compile("Column '([^']*)' is ambiguous");
    private static final Pattern NOT_GROUPED = Pattern.compile("Expression '([^']*)' is not being grouped");
    private static final Pattern CANNOT_APPLY = Pattern.compile("Cannot apply '([^']*)' to arguments of type (.*)");
    private static final Pattern ENCOUNTERED = Pattern.compile("Encountered \"(.*?)\" at line");
    private static final Pattern CAST = Pattern.compile("Cast function cannot convert value of type (.*) to type (.*)");

    private ErrorTranslator() {}

    /** The PostgreSQL error for a failure while planning {@code sql}. */
    static PgException planning(Throwable t, RewrittenSql sql, String original) {
        if (t instanceof PgException e) {
            return e;
        }
        if (t instanceof SqlParseException e) {
            return syntax(e, sql, original);
        }
        if (t instanceof QueryPlanner.NotAQueryException e) {
            return notAQuery(e);
        }
        CalciteContextException context = find(t, CalciteContextException.class);
        if (context != null) {
            int position = sql.originalPosition(sql.offsetOf(context.getPosLine(), context.getPosColumn()));
            Throwable cause = context.getCause() != null ? context.getCause() : context;
            return validation(cause.getMessage(), position, context);
        }
        if (find(t, RelOptPlanner.CannotPlanException.class) != null) {
            return new PgException(SqlState.FEATURE_NOT_SUPPORTED, "the query engine cannot plan this statement", t);
        }
        return execution(t);
    }

    /** The PostgreSQL error for a failure while a plan runs. */
    static PgException execution(Throwable t) {
        Throwable root = unwrap(t);
        if (root instanceof PgException e) {
            return e;
        }
        if (root instanceof ExecutionContext.QueryCanceledException e) {
            return new PgException(SqlState.QUERY_CANCELED, e.getMessage());
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        if (root instanceof ArithmeticException) {
            if (lower.contains("by zero") || lower.contains("division undefined") || lower.contains("division by")) {
                return new PgException(SqlState.DIVISION_BY_ZERO, "division by zero", root);
            }
            if (lower.contains("does not fit in a smallint") || lower.contains("does not fit in a tinyint")) {
                return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "smallint out of range", root);
            }
            if (lower.contains("long overflow")) {
                return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "bigint out of range", root);
            }
            if (lower.contains("integer overflow")) {
                return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "integer out of range", root);
            }
            if (lower.contains("overflow") || lower.contains("out of range")) {
                return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, message, root);
            }
            return new PgException(SqlState.DATA_EXCEPTION, message, root);
        }
        if (lower.contains("out of range")) {
            return new PgException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, message, root);
        }
        if (root instanceof NumberFormatException || lower.contains("invalid character for cast")
                || lower.startsWith("for input string")) {
            return new PgException(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax: " + message, root);
        }
        if (lower.contains("invalid date") || lower.contains("invalid time") || lower.contains("invalid timestamp")
                || root instanceof java.time.DateTimeException) {
            return new PgException(SqlState.INVALID_DATETIME_FORMAT, message, root);
        }
        if (root instanceof StackOverflowError) {
            return new PgException(SqlState.PROGRAM_LIMIT_EXCEEDED, "stack depth limit exceeded", root);
        }
        if (root instanceof UnsupportedOperationException || lower.contains("unable to implement")) {
            return new PgException(SqlState.FEATURE_NOT_SUPPORTED, message, root);
        }
        return new PgException(SqlState.INTERNAL_ERROR, message, root);
    }

    private static PgException validation(String message, int position, Throwable cause) {
        String m = message == null ? "invalid statement" : message;
        Matcher x;
        if ((x = OBJECT_NOT_FOUND.matcher(m)).find()) {
            String name = x.group(2) != null && !x.group(2).isEmpty() ? x.group(2) + "." + x.group(1) : x.group(1);
            return error(SqlState.UNDEFINED_TABLE, "relation \"" + name + "\" does not exist", null, position, cause);
        }
        if ((x = COLUMN_NOT_FOUND.matcher(m)).find()) {
            String name = x.group(2) != null ? x.group(2) + "." + x.group(1) : x.group(1);
            return error(SqlState.UNDEFINED_COLUMN, "column " + quoteIfSimple(name) + " does not exist", null,
                    position, cause);
        }
        if ((x = NO_FUNCTION.matcher(m)).find()) {
            return error(SqlState.UNDEFINED_FUNCTION,
                    "function " + x.group(1).toLowerCase(Locale.ROOT) + "(" + argTypes(x.group(2)) + ") does not exist",
                    "No function matches the given name and argument types. You might need to add explicit type casts.",
                    position, cause);
        }
        if ((x = CANNOT_APPLY.matcher(m)).find()) {
            return error(SqlState.UNDEFINED_FUNCTION, "operator does not exist: " + operatorSignature(x.group(2)),
                    "No operator matches the given name and argument types. You might need to add explicit type casts.",
                    position, cause);
        }
        if ((x = UNKNOWN_IDENTIFIER.matcher(m)).find()) {
            return error(SqlState.UNDEFINED_OBJECT, "type \"" + x.group(1) + "\" does not exist", null, position, cause);
        }
        if ((x = AMBIGUOUS.matcher(m)).find()) {
            return error(SqlState.AMBIGUOUS_COLUMN, "column reference \"" + x.group(1) + "\" is ambiguous", null,
                    position, cause);
        }
        if ((x = NOT_GROUPED.matcher(m)).find()) {
            return error(SqlState.GROUPING_ERROR, "column \"" + x.group(1)
                    + "\" must appear in the GROUP BY clause or be used in an aggregate function", null, position,
                    cause);
        }
        if ((x = CAST.matcher(m)).find()) {
            return error(SqlState.CANNOT_COERCE, "cannot cast type " + x.group(1).toLowerCase(Locale.ROOT) + " to "
                    + x.group(2).toLowerCase(Locale.ROOT), null, position, cause);
        }
        if (m.contains("must have compatible types")) {
            return error(SqlState.UNDEFINED_FUNCTION, "operator does not exist: " + m,
                    "No operator matches the given name and argument types. You might need to add explicit type casts.",
                    position, cause);
        }
        if (m.contains("Illegal use of dynamic parameter")) {
            return error(SqlState.DATATYPE_MISMATCH, "could not determine data type of parameter", null, position,
                    cause);
        }
        if (m.contains("Aggregate expression is illegal") || m.contains("Windowed aggregate expression is illegal")) {
            return error(SqlState.GROUPING_ERROR, "aggregate functions are not allowed here", null, position, cause);
        }
        if (m.contains("type") || m.contains("Type")) {
            return error(SqlState.DATATYPE_MISMATCH, m, null, position, cause);
        }
        return error(SqlState.SYNTAX_ERROR, m, null, position, cause);
    }

    private static PgException syntax(SqlParseException e, RewrittenSql sql, String original) {
        SqlParserPos pos = e.getPos();
        int position = pos == null ? 0 : sql.originalPosition(sql.offsetOf(pos.getLineNum(), pos.getColumnNum()));
        Token near = position == 0 ? null : tokenAt(original, position - 1, encounteredTokens(e));
        if (near == null) {
            return new PgException(SqlState.SYNTAX_ERROR, "syntax error at end of input", null, null,
                    original.length() + 1, e);
        }
        return new PgException(SqlState.SYNTAX_ERROR, "syntax error at or near \"" + near.text() + "\"", null, null,
                near.start() + 1, e);
    }

    private static PgException notAQuery(QueryPlanner.NotAQueryException e) {
        String kind = e.kind().sql.replace('_', ' ');
        return switch (e.kind()) {
            case INSERT, UPDATE, DELETE, MERGE -> new PgException(SqlState.READ_ONLY_SQL_TRANSACTION,
                    "cannot execute " + kind + " in a read-only transaction");
            default -> new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                    kind + " is not supported: only queries can be run");
        };
    }

    /**
     * How many tokens Calcite's "Encountered" sequence spans: the parser reports where the offending
     * sequence starts, PostgreSQL the token where the grammar failed, which is the sequence's last one
     * ({@code <EOF>} meaning the end of input).
     */
    private static int encounteredTokens(SqlParseException e) {
        Matcher m = ENCOUNTERED.matcher(String.valueOf(e.getMessage()));
        if (!m.find()) {
            return 1;
        }
        String[] parts = m.group(1).trim().split("\\s+");
        return parts[parts.length - 1].equals("<EOF>") ? Integer.MAX_VALUE : parts.length;
    }

    /**
     * The {@code skip}-th significant original token (1 = the first) from the one covering {@code offset},
     * or null when that is past the end of the input.
     */
    private static Token tokenAt(String original, int offset, int skip) {
        try {
            int seen = 0;
            for (Token t : SqlLexer.tokenize(original)) {
                if (t.kind().isSignificant() && t.end() > offset && ++seen >= skip) {
                    return t.is(";") ? null : t;
                }
            }
        } catch (PgException ignored) {
            // The lexer accepted this text before; without tokens there is nothing better to quote.
        }
        return null;
    }

    /** Calcite's {@code <NUMERIC>, <CHARACTER>} argument families as PostgreSQL-ish type names. */
    private static String argTypes(String calcite) {
        return calcite.replace("<", "").replace(">", "").toLowerCase(Locale.ROOT)
                .replace("character", "text").replace("numeric", "integer");
    }

    /** {@code '<INTEGER> + <BOOLEAN>'. Supported form(s): ...} → {@code integer + boolean}. */
    private static String operatorSignature(String calcite) {
        int end = calcite.indexOf("'", 1);
        String signature = calcite.startsWith("'") && end > 0 ? calcite.substring(1, end) : calcite;
        return signature.replaceAll("<([A-Z_ ]+)(\\([0-9, ]*\\))?>", "$1").toLowerCase(Locale.ROOT)
                .replace("char", "text").replace("varchar", "text");
    }

    private static String quoteIfSimple(String name) {
        return name.contains(".") ? name : "\"" + name + "\"";
    }

    private static PgException error(SqlState state, String message, String hint, int position, Throwable cause) {
        return new PgException(state, message, null, hint, position, cause);
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        for (int depth = 0; depth < 16; depth++) {
            Throwable next = null;
            if (current instanceof InvocationTargetException ite) {
                next = ite.getTargetException();
            } else if (current instanceof ExceptionInInitializerError init) {
                // Constant expressions hoisted into static fields of the generated class fail here.
                next = init.getCause();
            } else if (current instanceof java.lang.reflect.UndeclaredThrowableException u) {
                next = u.getUndeclaredThrowable();
            } else if (current.getCause() != null && current.getClass() == RuntimeException.class) {
                next = current.getCause();
            }
            if (next == null || next == current) {
                return current;
            }
            current = next;
        }
        return current;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
