package dev.pgwire.runtime.engine;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.sql.SqlLexer;
import dev.pgwire.runtime.sql.Token;
import dev.pgwire.runtime.sql.TokenKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.calcite.rel.type.RelDataType;

/**
 * Replaces the literals of a statement by parameters where that cannot change its meaning, so that
 * statements which differ only in those literals ({@code WHERE aid = 17}, {@code WHERE aid = 42}) share one
 * compiled plan. Token-level ({@link SqlLexer}), so strings, identifiers and comments are never split.
 *
 * <p>Only a plain number or a standard string literal that is the right-hand operand of a comparison
 * ({@code = <> != < > <= >=}) with a column or a parenthesised expression on its left, and that ends the
 * comparison (followed by the end, {@code )}, {@code ;} or a clause keyword), becomes a parameter.
 * Literals elsewhere keep their meaning by construction: select-list values decide result types and labels,
 * {@code LIMIT}, ordinals, typed literals ({@code DATE '...'}, {@code '1 day'::interval}) and function
 * arguments shape the plan. Even then the parameter's inferred type may read a literal differently
 * ({@code smallint_col = 100000}, {@code int_col = 2.5}): {@link #fits} tells, and the caller compiles the
 * original text instead when a value does not fit exactly.
 */
final class LiteralNormalizer {
    private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", ">", "<=", ">=");
    /** Keywords that may follow a complete comparison. */
    private static final Set<String> FOLLOWERS = Set.of(
            "and", "or", "order", "group", "limit", "offset", "having", "union", "except", "intersect", "then",
            "when", "else", "end", "window", "fetch");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("\\d+|\\d*\\.\\d+");

    /**
     * A statement with literals replaced.
     *
     * @param sql    the text with {@code $1..$n} in place of the literals
     * @param values the literals' values, as a client would bind them in text format
     * @param number for each literal, whether it was a number (otherwise a string)
     */
    record Normalized(String sql, String[] values, boolean[] number) {
        /** Whether each value, as parameter of type {@code types[i]}, means what the literal meant. */
        boolean fits(RelDataType[] types) {
            for (int i = 0; i < values.length; i++) {
                if (types[i] == null || !LiteralNormalizer.fits(values[i], number[i], types[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    private LiteralNormalizer() {}

    /** The normalised statement, or null when it has no literal to replace (or already has parameters). */
    static Normalized normalize(String sql) {
        List<Token> tokens;
        try {
            tokens = SqlLexer.tokenize(sql);
        } catch (PgException e) {
            return null; // the regular path reports the syntax error
        }
        List<Integer> significant = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == TokenKind.PARAM) {
                return null;
            }
            if (t.kind().isSignificant()) {
                significant.add(i);
            }
        }
        StringBuilder out = null;
        List<String> values = new ArrayList<>();
        List<Boolean> numbers = new ArrayList<>();
        int copied = 0;
        for (int s = 2; s < significant.size(); s++) {
            Token literal = tokens.get(significant.get(s));
            boolean number = literal.kind() == TokenKind.NUMBER && PLAIN_NUMBER.matcher(literal.text()).matches();
            if (!number && literal.kind() != TokenKind.STRING) {
                continue;
            }
            Token operator = tokens.get(significant.get(s - 1));
            Token left = tokens.get(significant.get(s - 2));
            Token next = s + 1 < significant.size() ? tokens.get(significant.get(s + 1)) : null;
            if (!isComparison(operator) || !endsOperand(left) || !endsComparison(next)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(sql.length());
            }
            out.append(sql, copied, literal.start()).append('$').append(values.size() + 1);
            copied = literal.end();
            values.add(literal.value());
            numbers.add(number);
        }
        if (out == null) {
            return null;
        }
        out.append(sql, copied, sql.length());
        boolean[] number = new boolean[numbers.size()];
        for (int i = 0; i < number.length; i++) {
            number[i] = numbers.get(i);
        }
        return new Normalized(out.toString(), values.toArray(new String[0]), number);
    }

    private static boolean isComparison(Token t) {
        return t.kind() == TokenKind.OPERATOR && COMPARISONS.contains(t.text());
    }

    /** A column name (maybe qualified) or a closing parenthesis. */
    private static boolean endsOperand(Token t) {
        return t.kind() == TokenKind.QUOTED_IDENT || t.is(")")
                || t.kind() == TokenKind.IDENT && !FOLLOWERS.contains(t.value()) && !t.isKeyword("not");
    }

    private static boolean endsComparison(Token next) {
        return next == null || next.is(")") || next.is(";")
                || next.kind() == TokenKind.IDENT && FOLLOWERS.contains(next.value());
    }

    /** Whether {@code value} bound as a parameter of {@code type} equals the literal it was. */
    static boolean fits(String value, boolean number, RelDataType type) {
        return switch (type.getSqlTypeName()) {
            case TINYINT -> integerIn(value, Byte.MIN_VALUE, Byte.MAX_VALUE);
            case SMALLINT -> integerIn(value, Short.MIN_VALUE, Short.MAX_VALUE);
            case INTEGER -> integerIn(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case BIGINT -> integerIn(value, Long.MIN_VALUE, Long.MAX_VALUE);
            // Only values a double holds exactly (2.5, not 0.1), so that no rounding differs.
            case DOUBLE, FLOAT -> number && exactIn(value, false);
            case REAL -> number && exactIn(value, true);
            case DECIMAL -> number && decimalFits(value, type);
            case VARCHAR -> !number;
            default -> false;
        };
    }

    private static boolean integerIn(String value, long min, long max) {
        String v = value.strip();
        if (v.isEmpty() || v.length() > 20) {
            return false;
        }
        try {
            BigInteger i = new BigInteger(v);
            return i.compareTo(BigInteger.valueOf(min)) >= 0 && i.compareTo(BigInteger.valueOf(max)) <= 0
                    // PostgreSQL reads '+5' and ' 5' as integers too, but keep to what the literal spelled.
                    && v.equals(value) && v.charAt(0) != '+';
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean exactIn(String value, boolean single) {
        BigDecimal d = new BigDecimal(value);
        double binary = single ? d.floatValue() : d.doubleValue();
        return Double.isFinite(binary) && new BigDecimal(binary).compareTo(d) == 0;
    }

    private static boolean decimalFits(String value, RelDataType type) {
        BigDecimal d = new BigDecimal(value);
        return d.scale() <= type.getScale() && d.precision() - d.scale() <= type.getPrecision() - type.getScale();
    }
}
