package dev.pgwire.runtime.engine;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.sql.SqlLexer;
import dev.pgwire.runtime.sql.Token;
import dev.pgwire.runtime.sql.TokenKind;
import dev.pgwire.runtime.types.PgType;
import dev.pgwire.runtime.types.PgTypes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Token-level rewrite of PostgreSQL syntax that Calcite's Babel parser cannot read, or reads wrongly,
 * into equivalent syntax it can. Works on {@link SqlLexer} tokens, so string literals, quoted identifiers
 * and comments are never touched by accident; every output character remembers where it came from, so
 * errors point into the text the client sent.
 *
 * <ul>
 *   <li>{@code $n} becomes {@code ?} (the same {@code $n} may appear several times, in any order), or
 *       {@code CAST(? AS type)} when the client declared its type or it must be text;
 *   <li>{@code OPERATOR(pg_catalog.~)} becomes {@code ~}; {@code COLLATE x} is dropped (the engine
 *       compares strings by code point, as the C collation does);
 *   <li>{@code type[]} becomes {@code type ARRAY}; {@code '{a,b}'} used as an array (cast to an array
 *       type, or the operand of {@code ANY}/{@code ALL}) becomes {@code ARRAY['a','b']};
 *   <li>dollar-quoted and {@code E'...'} strings become standard literals; {@code interval '2 hours'} and
 *       {@code '2 hours'::interval} become {@code INTERVAL '2' HOUR};
 *   <li>{@code 'name'::regclass} (and regtype, regnamespace, regproc...) becomes {@code to_regclass('name')};
 *       the same cast of a non-literal becomes an integer cast (an OID is an integer here);
 *   <li>a SELECT with WHERE, GROUP BY or HAVING but no FROM reads from a one-row VALUES;
 *   <li>{@code f(args) WITH ORDINALITY} (but for {@code unnest}) becomes a lateral subquery numbering the
 *       function's rows;
 *   <li>{@code pg_catalog.} is dropped before type names and function calls (functions live in the
 *       root schema too), and {@code current_schema}/{@code current_catalog} become function calls;
 *   <li>words Calcite reserves but PostgreSQL reads as names there ({@code AS rows}, {@code t.new}) are
 *       quoted in their lower-case form ({@link CalciteReservedWords}).
 * </ul>
 */
final class PgSqlRewriter {
    /** Type names that may follow {@code pg_catalog.}; the prefix is dropped (aliases live in the root). */
    private static final Set<String> TYPE_NAMES = Set.of(
            "int2", "int4", "int8", "float4", "float8", "bool", "text", "varchar", "name", "oid", "numeric",
            "bpchar", "char", "bytea", "uuid", "date", "time", "timestamp", "timestamptz", "json", "jsonb",
            "regclass", "regtype", "regnamespace", "regproc", "regprocedure", "regrole", "regoper", "xid",
            "int2vector", "oidvector", "pg_node_tree", "aclitem", "interval", "boolean", "integer", "bigint",
            "smallint", "real", "cid");

    /** Keywords that never end an operand, so a {@code (} after them opens a new one. */
    private static final Set<String> NOT_OPERANDS = Set.of(
            "select", "where", "and", "or", "not", "on", "in", "when", "then", "else", "from", "by", "as",
            "distinct", "exists", "values", "having", "limit", "offset", "is", "like", "ilike", "similar",
            "between", "join", "union", "except", "intersect", "with", "group", "order", "using", "lateral",
            "over", "partition", "filter", "any", "all", "some", "return", "escape", "within");

    /** Keyword functions PostgreSQL calls without parentheses that the engine implements as functions. */
    private static final Map<String, String> KEYWORD_FUNCTIONS = Map.of(
            "current_schema", "current_schema",
            "current_catalog", "current_catalog");

    private final String source;
    private final List<Token> tokens;
    private final int[] declaredTypes;
    private final Set<Integer> textParameters;
    private final StringBuilder out = new StringBuilder();
    private int[] origins = new int[64];
    private final List<Integer> markerParams = new ArrayList<>();
    private final List<Integer> markerOffsets = new ArrayList<>();
    /** Per parameter, the OID of the type its first marker is cast to with {@code ::} (0 when none). */
    private final Map<Integer, Integer> castOids = new HashMap<>();
    private int parameterCount;
    private static final int MAX_DEPTH = 255;
    private final boolean[] selectWithoutFrom = new boolean[MAX_DEPTH + 1];
    private int depth;
    /** Output offset where the operand ending at the last emitted token starts, or -1. */
    private int operandStart = -1;
    private boolean previousEndedOperand;
    private boolean previousWasDot;
    private boolean previousEndedOperandBeforeDot;
    /** Operand starts of the open parentheses, brackets and CASEs. */
    private final java.util.ArrayDeque<Integer> openings = new java.util.ArrayDeque<>();

    private PgSqlRewriter(String source, List<Token> tokens, int[] declaredTypes, Set<Integer> textParameters) {
        this.source = source;
        this.tokens = tokens;
        this.declaredTypes = declaredTypes;
        this.textParameters = textParameters;
    }

    /**
     * Rewrites one statement.
     *
     * @param declaredTypes  parameter type OIDs from the client (0 = infer)
     * @param textParameters 0-based parameters to type as text because nothing else determines them
     */
    static RewrittenSql rewrite(String sql, int[] declaredTypes, Set<Integer> textParameters) throws PgException {
        PgSqlRewriter r = new PgSqlRewriter(sql, SqlLexer.tokenize(sql), declaredTypes, textParameters);
        r.run();
        return r.result();
    }

    private int[] castOids() {
        int[] oids = new int[parameterCount];
        castOids.forEach((p, oid) -> {
            if (p < oids.length) {
                oids[p] = oid;
            }
        });
        return oids;
    }

    private RewrittenSql result() {
        int[] origin = Arrays.copyOf(origins, out.length() + 1);
        origin[out.length()] = source.length();
        return new RewrittenSql(
                out.toString(),
                markerParams.stream().mapToInt(Integer::intValue).toArray(),
                markerOffsets.stream().mapToInt(Integer::intValue).toArray(),
                parameterCount,
                origin,
                castOids());
    }

    private void run() throws PgException {
        int last = lastSignificant();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i == last && t.is(";")) {
                continue;
            }
            if (t.is("::")) {
                i = cast(i, t);
                continue;
            }
            if (t.isKeyword("with")) {
                int ordinality = withOrdinality(i);
                if (ordinality >= 0) {
                    i = ordinality;
                    continue;
                }
            }
            trackSelect(t);
            int outBefore = out.length();
            int consumed = rewriteToken(i, t);
            trackOperand(t, outBefore);
            i = consumed;
        }
    }

    /**
     * PostgreSQL allows {@code SELECT 1 WHERE x}; Calcite needs a FROM for a WHERE, GROUP BY or HAVING,
     * so such a SELECT reads from a one-row VALUES.
     */
    private void trackSelect(Token t) {
        if (t.is("(")) {
            depth++;
        } else if (t.is(")")) {
            selectWithoutFrom[Math.min(depth, MAX_DEPTH)] = false;
            depth = Math.max(0, depth - 1);
        } else if (t.kind() == TokenKind.IDENT && depth < MAX_DEPTH) {
            String word = t.value();
            if (word.equals("select")) {
                selectWithoutFrom[depth] = true;
            } else if (word.equals("from") || word.equals("union") || word.equals("except")
                    || word.equals("intersect")) {
                selectWithoutFrom[depth] = false;
            } else if (selectWithoutFrom[depth]
                    && (word.equals("where") || word.equals("group") || word.equals("having"))) {
                emit("FROM (VALUES (0)) AS \"?dual\"(\"?dual\") ", t.start());
                selectWithoutFrom[depth] = false;
            }
        }
    }

    /**
     * Remembers where in the output the operand that ends with the token just emitted starts, so that a
     * following {@code ::type} can wrap exactly that operand in {@code CAST(... AS type)}: Babel parses
     * {@code ::} with a lower precedence than PostgreSQL ({@code a = '1'::int} would cast the comparison).
     */
    private void trackOperand(Token t, int outBefore) {
        if (!t.kind().isSignificant()) {
            return;
        }
        if (t.is("(") || t.is("[") || t.isKeyword("case")) {
            // A call f(...) or subscript x[...] extends the operand before it; otherwise a new one starts.
            boolean extendsOperand = !t.isKeyword("case") && previousEndedOperand;
            openings.push(extendsOperand ? operandStart : outBefore);
            operandStart = -1;
            previousEndedOperand = false;
            return;
        }
        if ((t.is(")") || t.is("]") || t.isKeyword("end")) && !openings.isEmpty()) {
            operandStart = openings.pop();
            previousEndedOperand = true;
            return;
        }
        boolean primary = switch (t.kind()) {
            case IDENT -> !NOT_OPERANDS.contains(t.value());
            case QUOTED_IDENT, STRING, ESCAPE_STRING, DOLLAR_STRING, BIT_STRING, NUMBER, PARAM -> true;
            default -> false;
        };
        if (primary) {
            // a.b.c is one operand: keep the start of the chain.
            if (!(previousWasDot && previousEndedOperandBeforeDot)) {
                operandStart = outBefore;
            }
            previousEndedOperand = true;
            previousWasDot = false;
            return;
        }
        if (t.is(".") && previousEndedOperand) {
            previousWasDot = true;
            previousEndedOperandBeforeDot = true;
            previousEndedOperand = false;
            return;
        }
        operandStart = -1;
        previousEndedOperand = false;
        previousWasDot = false;
        previousEndedOperandBeforeDot = false;
    }

    /** Emits token {@code i} (possibly with following tokens) and returns the last index consumed. */
    private int rewriteToken(int i, Token t) throws PgException {
        switch (t.kind()) {
            case PARAM -> {
                parameter(t);
                return i;
            }
            case DOLLAR_STRING, ESCAPE_STRING -> {
                if (isArrayLiteralUse(i)) {
                    arrayLiteral(t);
                } else {
                    emit(quote(t.value()), t.start());
                }
                return i;
            }
            case STRING -> {
                int intervalCast = intervalCastAfter(i);
                if (intervalCast >= 0) {
                    emit(Intervals.standardLiteral(t.value()), t.start());
                    return intervalCast;
                }
                int regCast = regCastAfter(i);
                if (regCast >= 0) {
                    return regFunction(t, regCast);
                }
                if (isArrayLiteralUse(i)) {
                    arrayLiteral(t);
                } else {
                    verbatim(t);
                }
                return i;
            }
            case BIT_STRING -> {
                if (t.text().charAt(0) == 'b' || t.text().charAt(0) == 'B') {
                    throw new PgException(SqlState.FEATURE_NOT_SUPPORTED, "bit string literals are not supported",
                            null, null, t.start() + 1, null);
                }
                verbatim(t);
                return i;
            }
            case IDENT -> {
                return identifier(i, t);
            }
            case PUNCT -> {
                if (t.is("(") && isRowCountClause(previousSignificant(i))) {
                    int close = parenthesizedCount(i);
                    if (close >= 0) {
                        return close;
                    }
                }
                if (t.is("[")) {
                    int close = nextSignificant(i);
                    if (close >= 0 && tokens.get(close).is("]") && isTypeEnd(previousSignificant(i))) {
                        emit(" ARRAY", t.start());
                        return close;
                    }
                }
                verbatim(t);
                return i;
            }
            case OPERATOR -> {
                verbatim(t);
                return i;
            }
            default -> {
                verbatim(t);
                return i;
            }
        }
    }

    private int identifier(int i, Token t) {
        String word = t.value();
        int next = nextSignificant(i);
        if (word.equals("unnest") && t.kind() == TokenKind.IDENT && next >= 0 && tokens.get(next).is("(")
                && !previousIsDot(i) && !inFromList(i)) {
            // unnest(x) in a select list, where Calcite reserves UNNEST for FROM: a plain function call
            // that SetReturningSelectItems turns into a lateral UNNEST.
            emit("\"unnest\"", t.start());
            return i;
        }
        if (word.equals("operator") && next >= 0 && tokens.get(next).is("(")) {
            int op = operatorInParens(next);
            if (op >= 0) {
                Token opToken = tokens.get(op);
                emit(opToken.text(), opToken.start());
                return nextSignificant(op);
            }
        }
        if (word.equals("collate") && next >= 0) {
            return skipQualifiedName(next);
        }
        if (word.equals("pg_catalog") && next >= 0 && tokens.get(next).is(".")) {
            int name = nextSignificant(next);
            if (name >= 0 && isIdent(tokens.get(name))) {
                int after = nextSignificant(name);
                boolean call = after >= 0 && tokens.get(after).is("(");
                if (call || TYPE_NAMES.contains(tokens.get(name).value())) {
                    return next;
                }
            }
        }
        if (word.equals("interval") && t.kind() == TokenKind.IDENT && next >= 0 && tokens.get(next).isString()) {
            int after = nextSignificant(next);
            boolean hasQualifier = after >= 0 && isIdent(tokens.get(after))
                    && Set.of("year", "month", "day", "hour", "minute", "second").contains(tokens.get(after).value());
            String literal = hasQualifier ? null : Intervals.standardLiteral(tokens.get(next).value());
            if (literal != null) {
                emit(literal, t.start());
                return next;
            }
        }
        String function = KEYWORD_FUNCTIONS.get(word);
        if (function != null && t.kind() == TokenKind.IDENT && !previousIsDot(i)) {
            emit("\"" + function + "\"()", t.start());
            if (next >= 0 && tokens.get(next).is("(")) {
                int close = nextSignificant(next);
                if (close >= 0 && tokens.get(close).is(")")) {
                    return close;
                }
            }
            return i;
        }
        if (CalciteReservedWords.mustQuote(tokens, i)) {
            emit("\"" + word + "\"", t.start());
            return i;
        }
        verbatim(t);
        return i;
    }

    /**
     * {@code operand::type} → {@code CAST(operand AS type)}, with {@code pg_catalog.} dropped, multi-word
     * and array types translated and reg* types read as integers (an OID is an integer here).
     */
    private int cast(int i, Token t) {
        int[] lastType = {i};
        String type = CastTypeNames.typeAfter(tokens, i, lastType);
        if (type == null || operandStart < 0 || !previousEndedOperand) {
            verbatim(t);
            return i;
        }
        int start = operandStart;
        insert(start, "CAST(", origins[start]);
        emit(" AS " + type + ")", t.start());
        operandStart = start;
        previousEndedOperand = true;
        previousWasDot = false;
        return lastType[0];
    }

    /**
     * {@code f(args) WITH ORDINALITY} in a FROM clause, which Calcite parses only for {@code UNNEST},
     * becomes {@code LATERAL (SELECT *, ROW_NUMBER() OVER () FROM TABLE(f(args)))}: the function's rows
     * numbered in the order it produces them. Returns the last token consumed, or -1 when token {@code i}
     * starts no such clause.
     */
    private int withOrdinality(int i) {
        int next = nextSignificant(i);
        if (next < 0 || !tokens.get(next).isKeyword("ordinality") || operandStart < 0 || !previousEndedOperand
                || !out.substring(operandStart).strip().endsWith(")")) {
            return -1;
        }
        String call = out.substring(operandStart);
        if (call.toLowerCase(java.util.Locale.ROOT).matches("(\\s*pg_catalog\\s*\\.)?\\s*unnest\\s*\\(.*")) {
            return -1;
        }
        int start = operandStart;
        insert(start, "LATERAL (SELECT *, ROW_NUMBER() OVER () AS \"ordinality\" FROM TABLE(", origins[start]);
        emit(")) ", tokens.get(i).start());
        operandStart = -1;
        previousEndedOperand = false;
        return next;
    }

    /** {@code 'name'::regclass} → {@code to_regclass('name')}; returns the last token consumed. */
    private int regFunction(Token literal, int typeIndex) {
        if (literal.kind() == TokenKind.STRING && literal.value().matches("\\s*[0-9]{1,10}\\s*")
                && Long.parseLong(literal.value().trim()) <= 0xFFFFFFFFL) {
            // Every reg* input reads a number as the OID itself ('16384'::regclass is 16384), unlike to_regclass.
            emit(Integer.toString((int) Long.parseLong(literal.value().trim())), literal.start());
            return typeIndex;
        }
        String function = CastTypeNames.REG_TYPES.get(tokens.get(typeIndex).value());
        emit("\"" + function + "\"(", literal.start());
        verbatim(literal);
        emit(")", literal.start());
        return typeIndex;
    }

    /** If token {@code i} is followed by {@code ::[pg_catalog.]regXXX}, the index of the type name. */
    private int regCastAfter(int i) {
        int op = nextSignificant(i);
        if (op < 0 || !tokens.get(op).is("::")) {
            return -1;
        }
        int type = nextSignificant(op);
        if (type >= 0 && tokens.get(type).isKeyword("pg_catalog")) {
            int dot = nextSignificant(type);
            type = dot >= 0 && tokens.get(dot).is(".") ? nextSignificant(dot) : -1;
        }
        if (type < 0 || !isIdent(tokens.get(type)) || !CastTypeNames.REG_TYPES.containsKey(tokens.get(type).value())) {
            return -1;
        }
        int after = nextSignificant(type);
        // 'x'::regclass::oid is still a lookup; an array of names ('{a,b}'::regclass[]) is not rewritten.
        return after >= 0 && tokens.get(after).is("[") ? -1 : type;
    }

    /** If the literal at {@code i} is {@code 'n unit'::interval}, the index of {@code interval}, or -1. */
    private int intervalCastAfter(int i) {
        int op = nextSignificant(i);
        if (op < 0 || !tokens.get(op).is("::")) {
            return -1;
        }
        int type = nextSignificant(op);
        if (type >= 0 && tokens.get(type).isKeyword("pg_catalog")) {
            int dot = nextSignificant(type);
            type = dot >= 0 && tokens.get(dot).is(".") ? nextSignificant(dot) : -1;
        }
        if (type < 0 || !tokens.get(type).isKeyword("interval")
                || Intervals.standardLiteral(tokens.get(i).value()) == null) {
            return -1;
        }
        return type;
    }

    private void parameter(Token t) throws PgException {
        int n;
        try {
            n = Integer.parseInt(t.value());
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1) {
            throw new PgException(SqlState.UNDEFINED_PARAMETER, "there is no parameter " + t.text(),
                    null, null, t.start() + 1, null);
        }
        int index = n - 1;
        parameterCount = Math.max(parameterCount, n);
        String declared = index < declaredTypes.length ? TypeMapping.sqlTypeForOid(declaredTypes[index]) : null;
        if (declared == null && textParameters.contains(index)) {
            declared = "VARCHAR";
        }
        if (isRowCountClause(previousSignificant(tokenIndex(t)))) {
            // Calcite accepts only a bare ? after LIMIT, OFFSET and FETCH; it types it as an integer.
            declared = null;
        }
        if (declared != null) {
            emit("CAST(", t.start());
        }
        markerParams.add(index);
        markerOffsets.add(out.length());
        castOids.putIfAbsent(index, castOid(tokenIndex(t)));
        emit("?", t.start());
        if (declared != null) {
            emit(" AS " + declared + ")", t.start());
        }
    }

    /**
     * The OID of {@code $n::type} for a simple type name ({@code oid}, {@code pg_catalog.regclass},
     * {@code oid[]}), or 0: PostgreSQL reports that type for the parameter, and Calcite's spelling loses
     * it (oid and the reg* types are integers there). asyncpg relies on it: it decodes its own type
     * introspection query's {@code $1::oid[]} with the codec it has for {@code oid[]} only.
     */
    private int castOid(int param) {
        int cast = nextSignificant(param);
        if (cast < 0 || !tokens.get(cast).is("::")) {
            return 0;
        }
        int name = nextSignificant(cast);
        StringBuilder type = new StringBuilder();
        if (name >= 0 && tokens.get(name).isKeyword("pg_catalog")) {
            int dot = nextSignificant(name);
            name = dot >= 0 && tokens.get(dot).is(".") ? nextSignificant(dot) : -1;
        }
        if (name < 0 || tokens.get(name).kind() != TokenKind.IDENT) {
            return 0;
        }
        type.append(tokens.get(name).value());
        int after = nextSignificant(name);
        if (after >= 0 && tokens.get(after).is("[")) {
            int close = nextSignificant(after);
            if (close < 0 || !tokens.get(close).is("]")) {
                return 0;
            }
            type.append("[]");
            after = nextSignificant(close);
        }
        if (after >= 0 && (isIdent(tokens.get(after)) || tokens.get(after).is("(") || tokens.get(after).is("."))) {
            return 0; // a multi-word or modified type name: leave it to Calcite's inference
        }
        PgType pg = PgTypes.byTypname(type.toString().endsWith("[]")
                ? "_" + type.substring(0, type.length() - 2) : type.toString());
        return pg == null ? 0 : pg.oid();
    }

    private boolean isRowCountClause(int i) {
        if (i < 0) {
            return false;
        }
        Token p = tokens.get(i);
        return p.isKeyword("limit") || p.isKeyword("offset") || p.isKeyword("first") || p.isKeyword("next")
                || p.isKeyword("fetch");
    }

    /**
     * {@code LIMIT ('10'::int4)}, as pgjdbc's simple mode inlines a bound row count: Calcite takes only a
     * literal or {@code ?} there, so a parenthesized constant (optionally cast) is emitted as the bare
     * number. Returns the index of the closing parenthesis, or -1 when the clause is anything else.
     */
    private int parenthesizedCount(int open) {
        int value = nextSignificant(open);
        if (value < 0) {
            return -1;
        }
        Token v = tokens.get(value);
        String digits = v.kind() == TokenKind.NUMBER || v.kind() == TokenKind.STRING ? v.value().trim() : "";
        if (!digits.matches("[0-9]{1,18}")) {
            return -1;
        }
        int next = nextSignificant(value);
        if (next >= 0 && tokens.get(next).is("::")) {
            int type = nextSignificant(next);
            if (type < 0 || !isIdent(tokens.get(type))) {
                return -1;
            }
            next = nextSignificant(skipQualifiedName(type));
        }
        if (next < 0 || !tokens.get(next).is(")")) {
            return -1;
        }
        emit(" " + Long.parseLong(digits), v.start());
        return next;
    }

    private int tokenIndex(Token t) {
        return tokens.indexOf(t);
    }

    /** Whether a string literal at {@code i} is used as an array: {@code ANY('{..}')} or {@code '{..}'::t[]}. */
    private boolean isArrayLiteralUse(int i) {
        String v = tokens.get(i).value();
        if (!v.startsWith("{") || !v.endsWith("}")) {
            return false;
        }
        int prev = previousSignificant(i);
        if (prev >= 0 && tokens.get(prev).is("(")) {
            int fn = previousSignificant(prev);
            if (fn >= 0 && (tokens.get(fn).isKeyword("any") || tokens.get(fn).isKeyword("all")
                    || tokens.get(fn).isKeyword("some"))) {
                return true;
            }
        }
        int op = nextSignificant(i);
        if (op < 0 || !tokens.get(op).is("::")) {
            return false;
        }
        for (int j = nextSignificant(op); j >= 0; j = nextSignificant(j)) {
            Token tj = tokens.get(j);
            if (tj.is("[")) {
                return true;
            }
            if (!(isIdent(tj) || tj.is(".") || tj.kind() == TokenKind.NUMBER || tj.is("(") || tj.is(")")
                    || tj.is(","))) {
                return false;
            }
        }
        return false;
    }

    /** Emits {@code ARRAY['a','b']} for the PostgreSQL array text {@code {a,b}} (one dimension). */
    private void arrayLiteral(Token t) {
        List<String> elements = ArrayLiterals.parse(t.value());
        if (elements == null) {
            verbatim(t);
            return;
        }
        StringBuilder b = new StringBuilder("ARRAY[");
        for (int k = 0; k < elements.size(); k++) {
            if (k > 0) {
                b.append(',');
            }
            String e = elements.get(k);
            b.append(e == null ? "NULL" : quote(e));
        }
        emit(b.append(']').toString(), t.start());
    }

    /** The operator token inside {@code OPERATOR(schema.op)} starting at {@code (}, or -1. */
    private int operatorInParens(int open) {
        int j = nextSignificant(open);
        while (j >= 0 && (isIdent(tokens.get(j)) || tokens.get(j).is("."))) {
            j = nextSignificant(j);
        }
        if (j < 0 || tokens.get(j).kind() != TokenKind.OPERATOR) {
            return -1;
        }
        int close = nextSignificant(j);
        return close >= 0 && tokens.get(close).is(")") ? j : -1;
    }

    /** Skips {@code name}, {@code "name"} or {@code schema.name}; returns the last index consumed. */
    private int skipQualifiedName(int start) {
        int j = start;
        while (true) {
            int dot = nextSignificant(j);
            if (dot < 0 || !tokens.get(dot).is(".")) {
                return j;
            }
            int name = nextSignificant(dot);
            if (name < 0) {
                return j;
            }
            j = name;
        }
    }

    /** Whether the token before {@code []} ends a type name: {@code int[]}, {@code "char"[]}, {@code varchar(10)[]}. */
    private boolean isTypeEnd(int i) {
        if (i < 0) {
            return false;
        }
        Token t = tokens.get(i);
        if (isIdent(t)) {
            return true;
        }
        if (t.is(")")) {
            // varchar(10)[]: a parenthesised number preceded by an identifier.
            int num = previousSignificant(i);
            int open = num >= 0 ? previousSignificant(num) : -1;
            int name = open >= 0 ? previousSignificant(open) : -1;
            return num >= 0 && tokens.get(num).kind() == TokenKind.NUMBER && open >= 0 && tokens.get(open).is("(")
                    && name >= 0 && isIdent(tokens.get(name));
        }
        return false;
    }

    /** Whether token {@code i} starts an item of a FROM list: after FROM, JOIN, LATERAL or a FROM list's comma. */
    private boolean inFromList(int i) {
        int depth = 0;
        for (int j = previousSignificant(i); j >= 0; j = previousSignificant(j)) {
            Token p = tokens.get(j);
            if (p.is(")")) {
                depth++;
            } else if (p.is("(")) {
                if (depth == 0) {
                    return false;
                }
                depth--;
            } else if (depth == 0) {
                if (p.isKeyword("from") || p.isKeyword("join") || p.isKeyword("lateral")) {
                    return j == previousSignificant(i) || tokens.get(previousSignificant(i)).is(",");
                }
                if (p.isKeyword("select") || p.isKeyword("where") || p.isKeyword("on") || p.isKeyword("by")
                        || p.isKeyword("having") || p.isKeyword("returning") || p.isKeyword("set")) {
                    return false;
                }
            }
        }
        return false;
    }

    private boolean previousIsDot(int i) {
        int p = previousSignificant(i);
        return p >= 0 && tokens.get(p).is(".");
    }

    private static boolean isIdent(Token t) {
        return CastTypeNames.isIdent(t);
    }

    private int nextSignificant(int i) {
        return CastTypeNames.next(tokens, i);
    }

    private int previousSignificant(int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (tokens.get(j).kind().isSignificant()) {
                return j;
            }
        }
        return -1;
    }

    private int lastSignificant() {
        return previousSignificant(tokens.size());
    }

    static String quote(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private void verbatim(Token t) {
        ensure(out.length() + t.text().length());
        for (int k = 0; k < t.text().length(); k++) {
            origins[out.length() + k] = t.start() + k;
        }
        out.append(t.text());
    }

    /** Inserts {@code text} at output offset {@code at}, shifting what follows (origins, markers). */
    private void insert(int at, String text, int origin) {
        ensure(out.length() + text.length());
        System.arraycopy(origins, at, origins, at + text.length(), out.length() - at);
        Arrays.fill(origins, at, at + text.length(), origin);
        out.insert(at, text);
        for (int k = 0; k < markerOffsets.size(); k++) {
            if (markerOffsets.get(k) >= at) {
                markerOffsets.set(k, markerOffsets.get(k) + text.length());
            }
        }
    }

    private void emit(String text, int origin) {
        ensure(out.length() + text.length());
        Arrays.fill(origins, out.length(), out.length() + text.length(), origin);
        out.append(text);
    }

    private void ensure(int capacity) {
        if (capacity + 1 > origins.length) {
            origins = Arrays.copyOf(origins, Math.max(capacity + 1, origins.length * 2));
        }
    }
}
