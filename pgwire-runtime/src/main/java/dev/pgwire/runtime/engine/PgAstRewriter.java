package dev.pgwire.runtime.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.util.TimestampString;

/**
 * Rewrites parsed PostgreSQL constructs Calcite parses but gives other semantics, after the column
 * labels are fixed (so {@code now()} is still labelled {@code now}):
 *
 * <ul>
 *   <li>{@code now()}, {@code CURRENT_TIMESTAMP}, {@code transaction_timestamp()} and
 *       {@code statement_timestamp()} become the statement's timestamp as {@code timestamptz} (Calcite has
 *       no {@code now} and types CURRENT_TIMESTAMP without a zone);
 *   <li>{@code '2024-01-01 10:00+02'::timestamptz} becomes the instant; Calcite rejects the offset;
 *   <li>{@code '\\x0102'::bytea} becomes the bytes 01 02, not the bytes of the text;
 *   <li>{@code 't'::bool} and other string literals cast to boolean are folded with PostgreSQL's
 *       spellings ({@code t}, {@code yes}, {@code on}, {@code 1}...), which Calcite's cast rejects.
 * </ul>
 */
final class PgAstRewriter extends SqlShuttle {
    static final PgAstRewriter INSTANCE = new PgAstRewriter();

    private static final Set<String> BOOLEAN_NAMES = Set.of("boolean", "bool");

    private PgAstRewriter() {}

    static SqlNode rewrite(SqlNode node) {
        return node.accept(INSTANCE);
    }

    @Override
    public SqlNode visit(SqlIdentifier id) {
        // Calcite parses niladic functions such as CURRENT_TIMESTAMP as identifiers.
        if (id.names.size() == 1 && id.names.get(0).equalsIgnoreCase("current_timestamp")) {
            return timestamptzNow(id.getParserPosition());
        }
        return id;
    }

    @Override
    public SqlNode visit(SqlCall call) {
        SqlNode replaced = replace(call);
        if (replaced != null) {
            return replaced;
        }
        if ((call.getKind() == SqlKind.SOME || call.getKind() == SqlKind.ALL)
                && call.operand(0) instanceof SqlCharStringLiteral literal) {
            // 'd' = ANY(varchar_array): Calcite will not compare CHAR(1) with VARCHAR elements.
            call.setOperand(0, SqlStdOperatorTable.CAST.createCall(literal.getParserPosition(), literal,
                    new SqlDataTypeSpec(new SqlBasicTypeNameSpec(SqlTypeName.VARCHAR, literal.getParserPosition()),
                            literal.getParserPosition())));
        }
        // In place: the tree is ours, and Calcite's copying shuttle trips over null operands (CASE, OVER ()).
        List<SqlNode> operands = call.getOperandList();
        for (int i = 0; i < operands.size(); i++) {
            SqlNode operand = operands.get(i);
            if (operand != null) {
                SqlNode rewritten = operand.accept(this);
                if (rewritten != operand) {
                    call.setOperand(i, rewritten);
                }
            }
        }
        return call;
    }

    @Override
    public SqlNode visit(SqlNodeList list) {
        for (int i = 0; i < list.size(); i++) {
            SqlNode item = list.get(i);
            if (item != null) {
                SqlNode rewritten = item.accept(this);
                if (rewritten != item) {
                    list.set(i, rewritten);
                }
            }
        }
        return list;
    }

    private static SqlNode replace(SqlCall call) {
        SqlParserPos pos = call.getParserPosition();
        if (call.getOperator() == SqlStdOperatorTable.CURRENT_TIMESTAMP) {
            return timestamptzNow(pos);
        }
        if (call.getKind() == SqlKind.OTHER_FUNCTION && call.operandCount() == 0) {
            String name = call.getOperator().getName().toLowerCase(Locale.ROOT);
            if (name.equals("now") || name.equals("transaction_timestamp") || name.equals("statement_timestamp")) {
                return timestamptzNow(pos);
            }
        }
        SqlNode numeric = unconstrainedNumericLiteral(call, pos);
        if (numeric != null) {
            return numeric;
        }
        if (call.getKind() == SqlKind.CAST && call.operandCount() == 2
                && (call.operand(0) instanceof SqlCharStringLiteral || call.operand(0) instanceof SqlDynamicParam)
                && call.operand(1) instanceof SqlDataTypeSpec spec
                && CastTypeNames.REG_TYPES.containsKey(spec.getTypeName().getSimple().toLowerCase(Locale.ROOT))) {
            // CAST('pg_catalog.pg_class' AS regclass), as SQLAlchemy writes it: a name lookup, like 'x'::regclass.
            String function = CastTypeNames.REG_TYPES.get(spec.getTypeName().getSimple().toLowerCase(Locale.ROOT));
            SqlNode text = SqlStdOperatorTable.CAST.createCall(pos, call.operand(0),
                    new SqlDataTypeSpec(new SqlBasicTypeNameSpec(SqlTypeName.VARCHAR, pos), pos));
            return new SqlUnresolvedFunction(new SqlIdentifier(function, pos), null, null, null, null,
                    SqlFunctionCategory.USER_DEFINED_FUNCTION).createCall(pos, text);
        }
        if (call.getKind() == SqlKind.CAST && call.operandCount() == 2
                && call.operand(0) instanceof SqlCharStringLiteral literal
                && call.operand(1) instanceof SqlDataTypeSpec spec && isTimestamptz(spec)) {
            return timestamptzLiteral(literal.getValueAs(String.class), spec, pos);
        }
        if (call.getKind() == SqlKind.CAST && call.operandCount() == 2
                && call.operand(0) instanceof SqlCharStringLiteral literal
                && call.operand(1) instanceof SqlDataTypeSpec spec && isBytea(spec)) {
            String text = literal.getValueAs(String.class);
            if (text.startsWith("\\x") && text.substring(2).matches("(?i)([0-9a-f]{2})*")) {
                // PostgreSQL's hex format; Calcite would take the characters' bytes.
                return SqlLiteral.createBinaryString(text.substring(2), pos);
            }
        }
        if (call.getKind() == SqlKind.CAST && call.operandCount() == 2
                && call.operand(0) instanceof SqlLiteral literal
                && literal.getTypeName() == SqlTypeName.CHAR
                && call.operand(1) instanceof SqlDataTypeSpec spec
                && BOOLEAN_NAMES.contains(spec.getTypeName().getSimple().toLowerCase(Locale.ROOT))) {
            Boolean value = PgBooleans.parse(literal.getValueAs(String.class));
            if (value != null) {
                return SqlLiteral.createBoolean(value, pos);
            }
        }
        return null;
    }

    /**
     * {@code '1.50'::numeric} and {@code 1.50::numeric} as {@link NumericSemantics#LITERAL}: the value
     * keeps its written scale, where Calcite would fold the cast into a literal of scale 16.
     */
    private static SqlNode unconstrainedNumericLiteral(SqlCall call, SqlParserPos pos) {
        if (call.getKind() != SqlKind.CAST || call.operandCount() != 2
                || !(call.operand(1) instanceof SqlDataTypeSpec spec)
                || !(spec.getTypeNameSpec() instanceof SqlBasicTypeNameSpec name)
                || name.getPrecision() != RelDataType.PRECISION_NOT_SPECIFIED
                || !(name.getTypeName().getSimple().equalsIgnoreCase("numeric")
                        || name.getTypeName().getSimple().equalsIgnoreCase("decimal"))) {
            return null;
        }
        String text;
        if (call.operand(0) instanceof SqlCharStringLiteral literal) {
            text = literal.getValueAs(String.class);
        } else if (call.operand(0) instanceof SqlNumericLiteral literal && literal.isExact()) {
            text = literal.getValueAs(BigDecimal.class).toPlainString();
        } else if (call.operand(0) instanceof SqlCall inner && inner.getKind() == SqlKind.CAST
                && inner.operand(0) instanceof SqlNumericLiteral literal
                && inner.operand(1) instanceof SqlDataTypeSpec doubleSpec && isDouble(doubleSpec)) {
            // 0.1::float8::numeric: Calcite would fold both casts into a literal padded to scale 16.
            text = PgNumeric.fromDouble(literal.getValueAs(BigDecimal.class).doubleValue()).toPlainString();
        } else {
            return null;
        }
        try {
            new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null; // the cast reports the invalid input
        }
        return NumericSemantics.LITERAL.createCall(pos, SqlLiteral.createCharString(text, pos));
    }

    private static boolean isDouble(SqlDataTypeSpec spec) {
        String name = spec.getTypeName().getSimple().toLowerCase(Locale.ROOT);
        return Set.of("float8", "double", "float", "float4", "real").contains(name);
    }

    private static boolean isBytea(SqlDataTypeSpec spec) {
        String name = spec.getTypeName().getSimple();
        return name.equalsIgnoreCase("bytea") || name.equalsIgnoreCase("VARBINARY") || name.equalsIgnoreCase("BINARY");
    }

    private static boolean isTimestamptz(SqlDataTypeSpec spec) {
        String name = spec.getTypeName().getSimple();
        return name.equalsIgnoreCase("timestamptz")
                || name.equalsIgnoreCase(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE.getName())
                || name.equalsIgnoreCase(SqlTypeName.TIMESTAMP_TZ.getName());
    }

    /**
     * {@code '2024-01-01 10:00:00+02'::timestamptz}: with an explicit offset, the instant as a literal;
     * without one, a timestamp converted at run time in the session's time zone (as PostgreSQL does).
     */
    private static SqlNode timestamptzLiteral(String text, SqlDataTypeSpec spec, SqlParserPos pos) {
        Long millis = Timestamps.instantMillis(text);
        if (millis != null) {
            return SqlLiteral.createTimestamp(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE,
                    TimestampString.fromMillisSinceEpoch(millis), 3, pos);
        }
        SqlNode local = SqlStdOperatorTable.CAST.createCall(pos, SqlLiteral.createCharString(text, pos),
                new SqlDataTypeSpec(new SqlBasicTypeNameSpec(SqlTypeName.TIMESTAMP, 3, pos), pos));
        return SqlStdOperatorTable.CAST.createCall(pos, local, new SqlDataTypeSpec(
                new SqlBasicTypeNameSpec(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE, 3, pos), pos));
    }

    /**
     * PostgreSQL's {@code now()} and {@code CURRENT_TIMESTAMP}: the statement's start as timestamptz, with
     * milliseconds (Calcite's CURRENT_TIMESTAMP is a zone-less timestamp truncated to seconds).
     */
    private static SqlNode timestamptzNow(SqlParserPos pos) {
        SqlNode now = SqlStdOperatorTable.CURRENT_TIMESTAMP.createCall(pos,
                SqlLiteral.createExactNumeric("3", pos));
        return SqlStdOperatorTable.CAST.createCall(pos, now, new SqlDataTypeSpec(
                new SqlBasicTypeNameSpec(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE, 3, pos), pos));
    }
}
