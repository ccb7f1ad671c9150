package dev.pgwire.runtime.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.SqlUnknownLiteral;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * Names select-list items the way PostgreSQL does ({@code FigureColname}): {@code count(*)} is
 * {@code count}, {@code x::int} is {@code x}, {@code 'a'::text} is {@code text}, {@code CASE} is
 * {@code case}, anything else {@code ?column?}. Applied to every SELECT of a statement before
 * validation, as explicit aliases, so derived tables and CTEs get PostgreSQL's column names too.
 */
final class ColumnLabels {
    /** PostgreSQL's label for an expression it cannot name. */
    static final String UNNAMED = "?column?";

    /**
     * Separates a label from the suffix that keeps it unique within its select list: PostgreSQL allows
     * {@code SELECT 1, 2} (two {@code ?column?}), Calcite reports such aliases as ambiguous.
     */
    private static final char UNIQUE_SUFFIX = '\u0001';

    private ColumnLabels() {}

    /** Adds an alias to every unaliased, non-identifier select item of every SELECT in {@code query}. */
    static void apply(SqlNode query) {
        query.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlCall call) {
                if (call instanceof SqlSelect select) {
                    labelItems(select);
                }
                return super.visit(call);
            }
        });
    }

    private static void labelItems(SqlSelect select) {
        SqlNodeList items = select.getSelectList();
        if (items == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        for (SqlNode item : items) {
            String name = item instanceof SqlIdentifier || item.getKind() == SqlKind.AS ? labelOfItem(item) : null;
            if (name != null) {
                used.add(name);
            }
        }
        for (int i = 0; i < items.size(); i++) {
            SqlNode item = items.get(i);
            if (item instanceof SqlIdentifier || item.getKind() == SqlKind.AS) {
                // Calcite already names a column reference after its last component.
                continue;
            }
            String name = label(item);
            String alias = name == null ? UNNAMED : name;
            for (int n = 2; !used.add(alias); n++) {
                alias = (name == null ? UNNAMED : name) + UNIQUE_SUFFIX + n;
            }
            SqlParserPos pos = item.getParserPosition();
            items.set(i, SqlStdOperatorTable.AS.createCall(pos, item, new SqlIdentifier(alias, pos)));
        }
    }

    /** The label PostgreSQL reports for a result column Calcite calls {@code fieldName}. */
    static String clientLabel(String fieldName) {
        int suffix = fieldName.indexOf(UNIQUE_SUFFIX);
        return suffix < 0 ? fieldName : fieldName.substring(0, suffix);
    }

    /** The label of an expression, or null when PostgreSQL would say {@code ?column?}. */
    static String label(SqlNode node) {
        if (node instanceof SqlIdentifier id) {
            return id.isStar() ? null : id.names.get(id.names.size() - 1);
        }
        if (node instanceof SqlUnknownLiteral typed) {
            // DATE '...', TIMESTAMP '...': resolved by the validator; PostgreSQL names them after the type.
            return typed.tag.toLowerCase(Locale.ROOT);
        }
        if (node instanceof SqlLiteral literal) {
            // PostgreSQL's grammar turns DATE '...' into a cast to date.
            return switch (literal.getTypeName()) {
                case DATE -> "date";
                case TIME -> "time";
                case TIMESTAMP -> "timestamp";
                default -> null;
            };
        }
        if (node instanceof SqlSelect select) {
            // A scalar subquery is named after its single column.
            SqlNodeList items = select.getSelectList();
            return items != null && items.size() == 1 ? labelOfItem(items.get(0)) : null;
        }
        if (!(node instanceof SqlCall call)) {
            return null;
        }
        return switch (call.getKind()) {
            case AS -> labelOfItem(call);
            case CAST -> {
                if (call.operand(0) instanceof SqlDynamicParam && call.getOperator() == SqlStdOperatorTable.CAST) {
                    // The rewriter's CAST(? AS type) for a declared parameter: PostgreSQL says ?column?.
                    yield null;
                }
                String inner = label(call.operand(0));
                yield inner != null ? inner : typeLabel(call.operand(1));
            }
            case CASE -> "case";
            case EXISTS -> "exists";
            case ARRAY_VALUE_CONSTRUCTOR, ARRAY_QUERY_CONSTRUCTOR -> "array";
            case ROW -> "row";
            case OVER, FILTER, WITHIN_GROUP, WITHIN_DISTINCT, SCALAR_QUERY -> label(call.operand(0));
            case DOT -> label(call.operand(1));
            case ITEM -> label(call.operand(0));
            default -> functionName(call);
        };
    }

    private static String labelOfItem(SqlNode item) {
        if (item.getKind() == SqlKind.AS) {
            SqlNode alias = ((SqlCall) item).operand(1);
            return alias instanceof SqlIdentifier id ? id.getSimple() : alias.toString();
        }
        return label(item);
    }

    /** The name of a function call; operators ({@code a + b}, {@code x IS NULL}) have none. */
    private static String functionName(SqlCall call) {
        if (!(call instanceof SqlBasicCall)) {
            return null;
        }
        if (call.getOperator() instanceof SqlFunction && call.getOperator().getSyntax() != SqlSyntax.SPECIAL) {
            List<String> names = call.getOperator().getNameAsId().names;
            return names.get(names.size() - 1).toLowerCase(Locale.ROOT);
        }
        switch (call.getOperator().getSyntax()) {
            case FUNCTION, FUNCTION_STAR, FUNCTION_ID -> {
                String name = call.getOperator().getName();
                if (call.getOperator().getNameAsId().names.size() > 1) {
                    List<String> names = call.getOperator().getNameAsId().names;
                    name = names.get(names.size() - 1);
                }
                return name.toLowerCase(Locale.ROOT);
            }
            case SPECIAL -> {
                return switch (call.getKind()) {
                    case TRIM -> "btrim";
                    case POSITION -> "position";
                    case EXTRACT -> "extract";
                    default -> {
                        String name = call.getOperator().getName().toLowerCase(Locale.ROOT);
                        yield name.equals("substring") || name.equals("overlay") ? name : null;
                    }
                };
            }
            default -> {
                return null;
            }
        }
    }

    /** PostgreSQL's name of a cast's target type: {@code int4} for INTEGER, {@code text}, ... */
    private static String typeLabel(SqlNode spec) {
        if (!(spec instanceof SqlDataTypeSpec type)) {
            return null;
        }
        String name = type.getTypeName().names.get(type.getTypeName().names.size() - 1);
        SqlTypeName sqlType = SqlTypeName.get(name.toUpperCase(Locale.ROOT));
        if (sqlType == null) {
            return name.toLowerCase(Locale.ROOT);
        }
        return switch (sqlType) {
            case BOOLEAN -> "bool";
            case TINYINT, SMALLINT -> "int2";
            case INTEGER -> "int4";
            case BIGINT -> "int8";
            case DECIMAL -> "numeric";
            case REAL -> "float4";
            case FLOAT, DOUBLE -> "float8";
            case CHAR -> "bpchar";
            case VARCHAR -> "varchar";
            case BINARY, VARBINARY -> "bytea";
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE, TIMESTAMP_TZ -> "timestamptz";
            default -> sqlType.getName().toLowerCase(Locale.ROOT);
        };
    }
}
