package dev.pgwire.runtime.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.calcite.sql.JoinConditionType;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * Moves set-returning functions out of select lists, where PostgreSQL allows them and Calcite does not,
 * into the FROM clause as {@code LATERAL TABLE(f(...)) AS srfN}: one output row per function row, as in
 * PostgreSQL. References become columns of the lateral table:
 *
 * <ul>
 *   <li>{@code (f(args)).field} becomes {@code srfN.field};
 *   <li>a bare {@code f(args) AS k}, whose record an enclosing query reads as {@code (alias.k).field},
 *       becomes one column {@code srfN.field AS "k.field"} per field read, and those reads become
 *       {@code alias."k.field"} (pgjdbc's {@code getPrimaryKeys} does exactly this with
 *       {@code information_schema._pg_expandarray}).
 *   <li>any other {@code f(args) [AS k]} becomes {@code srfN.f AS k} (or {@code AS f}): the functions'
 *       single column is named after the function, as PostgreSQL names it.
 * </ul>
 *
 * Identical calls in one select list share one lateral table, so they advance together; calls of
 * {@code unnest(array)} and {@code generate_subscripts(array, 1)} (SQLAlchemy's index and key
 * reflection) become lateral {@code UNNEST ... WITH ORDINALITY} tables joined on their ordinality, so
 * different arrays advance together too.
 */
final class SetReturningSelectItems {
    /** Column names of the lateral UNNEST of an array function. */
    private static final String ELEMENT = "e";
    private static final String ORDINALITY = "n";
    /**
     * PostgreSQL 15's int2vector and oidvector catalog columns: their subscripts start at 0, so
     * {@code generate_subscripts(indkey, 1)} counts from 0 (SQLAlchemy adds 1 for pg_get_indexdef).
     */
    private static final Set<String> ZERO_BASED_VECTORS = Set.of("indkey", "indcollation", "indclass", "indoption",
            "partattrs", "partclass", "partcollation", "proargtypes", "prattrs", "stxkeys", "tgattr");
    private final Predicate<List<String>> isSetReturning;
    /** Record aliases read as {@code (x.alias).field} anywhere in the statement → fields read. */
    private final Map<String, Set<String>> fieldReads = new HashMap<>();
    private int counter;

    private SetReturningSelectItems(Predicate<List<String>> isSetReturning) {
        this.isSetReturning = isSetReturning;
    }

    /** Rewrites {@code query} in place. */
    static void rewrite(SqlNode query, Predicate<List<String>> isSetReturning) {
        new SetReturningSelectItems(isSetReturning).run(query);
    }

    private void run(SqlNode query) {
        List<SqlSelect> selects = new ArrayList<>();
        query.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlCall call) {
                if (call instanceof SqlSelect select) {
                    selects.add(select);
                }
                if (call.getKind() == SqlKind.DOT && call.operand(0) instanceof SqlIdentifier record
                        && call.operand(1) instanceof SqlIdentifier field) {
                    fieldReads.computeIfAbsent(last(record), k -> new LinkedHashSet<>()).add(field.getSimple());
                }
                return super.visit(call);
            }
        });
        boolean changed = false;
        for (SqlSelect select : selects) {
            changed |= rewriteSelect(select);
        }
        if (changed) {
            replaceRecordFieldReads(query);
        }
    }

    private boolean rewriteSelect(SqlSelect select) {
        SqlNodeList items = select.getSelectList();
        if (items == null) {
            return false;
        }
        Map<String, String> lateralAliases = new LinkedHashMap<>();
        Map<String, SqlCall> calls = new LinkedHashMap<>();
        List<String> zipped = new ArrayList<>();
        SqlNodeList rewritten = new SqlNodeList(items.getParserPosition());
        for (SqlNode item : items) {
            SqlNode expr = item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(0) : item;
            String alias = item.getKind() == SqlKind.AS ? ((SqlIdentifier) ((SqlCall) item).operand(1)).getSimple()
                    : null;
            SqlParserPos pos = item.getParserPosition();
            if (expr instanceof SqlCall fn && arrayFunction(fn) != null) {
                String lateral = lateralAlias(fn, lateralAliases, calls);
                zipped.add(lateral);
                String label = alias != null ? alias : arrayFunction(fn);
                rewritten.add(as(arrayItem(fn, lateral, pos), label, pos));
            } else if (expr.getKind() == SqlKind.DOT && ((SqlCall) expr).operand(0) instanceof SqlCall fn
                    && isSetReturning(fn)) {
                String lateral = lateralAlias(fn, lateralAliases, calls);
                String field = ((SqlIdentifier) ((SqlCall) expr).operand(1)).getSimple();
                rewritten.add(as(new SqlIdentifier(List.of(lateral, field), pos), alias != null ? alias : field, pos));
            } else if (expr instanceof SqlCall fn && isSetReturning(fn) && alias != null
                    && fieldReads.containsKey(alias.toLowerCase(Locale.ROOT))) {
                String lateral = lateralAlias(fn, lateralAliases, calls);
                for (String field : fieldReads.get(alias.toLowerCase(Locale.ROOT))) {
                    rewritten.add(as(new SqlIdentifier(List.of(lateral, field), pos),
                            alias.toLowerCase(Locale.ROOT) + "." + field, pos));
                }
            } else if (expr instanceof SqlCall fn && isSetReturning(fn) && !isExpandArray(fn)) {
                // A scalar set-returning function: its one column is named after it, as in PostgreSQL.
                String lateral = lateralAlias(fn, lateralAliases, calls);
                String column = name(fn);
                rewritten.add(as(new SqlIdentifier(List.of(lateral, column), pos), alias != null ? alias : column,
                        pos));
            } else {
                rewritten.add(item);
            }
        }
        if (calls.isEmpty()) {
            return false;
        }
        SqlNode from = select.getFrom();
        for (Map.Entry<String, SqlCall> e : calls.entrySet()) {
            SqlParserPos pos = e.getValue().getParserPosition();
            String lateral = lateralAliases.get(e.getKey());
            // LATERAL only where there is something to the left: Calcite rejects a lone LATERAL TABLE.
            SqlNode table = table(e.getValue(), lateral, from != null, pos);
            from = from == null ? table : new SqlJoin(pos, from, SqlLiteral.createBoolean(false, pos),
                    JoinType.COMMA.symbol(pos), table, JoinConditionType.NONE.symbol(pos), null);
        }
        select.setFrom(from);
        select.setSelectList(rewritten);
        zip(select, zipped);
        return true;
    }

    /**
     * PostgreSQL runs the set-returning functions of one select list in lockstep: row i of each
     * together. Over arrays that is an equi-join on the ordinality of each lateral UNNEST. (Where
     * PostgreSQL pads the shorter arrays with NULLs, this stops at the shortest.)
     */
    private static void zip(SqlSelect select, List<String> aliases) {
        SqlNode where = select.getWhere();
        for (int k = 1; k < aliases.size(); k++) {
            SqlParserPos pos = select.getParserPosition();
            SqlNode same = SqlStdOperatorTable.EQUALS.createCall(pos,
                    new SqlIdentifier(List.of(aliases.get(k), ORDINALITY), pos),
                    new SqlIdentifier(List.of(aliases.get(0), ORDINALITY), pos));
            where = where == null ? same : SqlStdOperatorTable.AND.createCall(pos, where, same);
        }
        select.setWhere(where);
    }

    /**
     * {@code unnest(array)} or {@code generate_subscripts(array, dim)}: both read a lateral
     * {@code UNNEST(array) WITH ORDINALITY}; returns the PostgreSQL function name (the default label),
     * or null for any other call.
     */
    private static String arrayFunction(SqlCall call) {
        if (!(call.getOperator() instanceof SqlUnresolvedFunction f)) {
            return null;
        }
        String name = f.getName().toLowerCase(Locale.ROOT);
        if (name.equals("unnest") && call.operandCount() == 1) {
            return name;
        }
        if (name.equals("generate_subscripts") && call.operandCount() == 2) {
            // The dimension (a literal, or a parameter under server-side binding) is 1: arrays here have one.
            return name;
        }
        return null;
    }

    /** The select item of an array function: the element, or the subscript counted from the lower bound. */
    private static SqlNode arrayItem(SqlCall call, String lateral, SqlParserPos pos) {
        if (call.getOperator().getName().equalsIgnoreCase("unnest")) {
            return new SqlIdentifier(List.of(lateral, ELEMENT), pos);
        }
        SqlNode subscript = new SqlIdentifier(List.of(lateral, ORDINALITY), pos);
        if (zeroBased(call.operand(0))) {
            subscript = SqlStdOperatorTable.MINUS.createCall(pos, subscript, SqlLiteral.createExactNumeric("1", pos));
        }
        // Another dimension of a one-dimensional array has no subscripts: NULL beside the other functions'
        // rows, as PostgreSQL pads. Keeping the operand also keeps a parameter there in the statement.
        SqlNode firstDimension = SqlStdOperatorTable.EQUALS.createCall(pos, call.operand(1),
                SqlLiteral.createExactNumeric("1", pos));
        return new SqlCase(pos, null, SqlNodeList.of(firstDimension), SqlNodeList.of(subscript),
                SqlLiteral.createNull(pos));
    }

    /** Whether the array is a catalog vector column, whose subscripts start at 0 in PostgreSQL. */
    private static boolean zeroBased(SqlNode array) {
        return array instanceof SqlIdentifier id && ZERO_BASED_VECTORS.contains(last(id));
    }

    /**
     * The FROM item for one call: {@code LATERAL TABLE(f(..)) AS alias}, except for
     * {@code _pg_expandarray(arr)}, which is {@code UNNEST(arr) WITH ORDINALITY AS alias(x, n)}: the same
     * rows, for arrays of any element type.
     */
    private static SqlNode table(SqlCall call, String alias, boolean lateral, SqlParserPos pos) {
        if (arrayFunction(call) != null) {
            return SqlStdOperatorTable.AS.createCall(pos,
                    SqlStdOperatorTable.UNNEST_WITH_ORDINALITY.createCall(pos, (SqlNode) call.operand(0)),
                    new SqlIdentifier(alias, pos), new SqlIdentifier(ELEMENT, pos),
                    new SqlIdentifier(ORDINALITY, pos));
        }
        if (isExpandArray(call)) {
            return SqlStdOperatorTable.AS.createCall(pos,
                    SqlStdOperatorTable.UNNEST_WITH_ORDINALITY.createCall(pos, (SqlNode) call.operand(0)),
                    new SqlIdentifier(alias, pos), new SqlIdentifier("x", pos), new SqlIdentifier("n", pos));
        }
        SqlNode table = SqlStdOperatorTable.COLLECTION_TABLE.createCall(pos, asTableFunction(call));
        return SqlStdOperatorTable.AS.createCall(pos,
                lateral ? SqlStdOperatorTable.LATERAL.createCall(pos, table) : table, new SqlIdentifier(alias, pos));
    }

    /**
     * The call with its function looked up among table functions: parsed in a select list, it was
     * marked as a scalar function, which the validator would not match with a table function.
     */
    private static SqlCall asTableFunction(SqlCall call) {
        SqlUnresolvedFunction f = (SqlUnresolvedFunction) call.getOperator();
        if (f.getFunctionType() == SqlFunctionCategory.USER_DEFINED_TABLE_FUNCTION) {
            return call;
        }
        SqlUnresolvedFunction table = new SqlUnresolvedFunction(f.getSqlIdentifier(), f.getReturnTypeInference(),
                f.getOperandTypeInference(), f.getOperandTypeChecker(), f.getParamTypes(),
                SqlFunctionCategory.USER_DEFINED_TABLE_FUNCTION);
        return table.createCall(call.getFunctionQuantifier(), call.getParserPosition(), call.getOperandList());
    }

    private static boolean isExpandArray(SqlCall call) {
        return name(call).equals("_pg_expandarray") && call.operandCount() == 1;
    }

    /** The function's unqualified name, lower case. */
    private static String name(SqlCall call) {
        SqlUnresolvedFunction f = (SqlUnresolvedFunction) call.getOperator();
        return f.getSqlIdentifier() == null ? f.getName().toLowerCase(Locale.ROOT) : last(f.getSqlIdentifier());
    }

    private String lateralAlias(SqlCall fn, Map<String, String> aliases, Map<String, SqlCall> calls) {
        String key = fn.toString();
        calls.putIfAbsent(key, fn);
        return aliases.computeIfAbsent(key, k -> "srf$" + (++counter));
    }

    /** {@code (alias.k).field} → {@code alias."k.field"} for the records this rewrite flattened. */
    private void replaceRecordFieldReads(SqlNode query) {
        query.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlCall call) {
                List<SqlNode> operands = call.getOperandList();
                for (int i = 0; i < operands.size(); i++) {
                    SqlNode o = operands.get(i);
                    if (o != null && o.getKind() == SqlKind.DOT && ((SqlCall) o).operand(0) instanceof SqlIdentifier r
                            && ((SqlCall) o).operand(1) instanceof SqlIdentifier f) {
                        List<String> names = new ArrayList<>(r.names.subList(0, r.names.size() - 1));
                        names.add(last(r) + "." + f.getSimple());
                        call.setOperand(i, new SqlIdentifier(names, o.getParserPosition()));
                    }
                }
                return super.visit(call);
            }

            @Override
            public Void visit(SqlNodeList list) {
                for (int i = 0; i < list.size(); i++) {
                    SqlNode o = list.get(i);
                    if (o != null && o.getKind() == SqlKind.DOT && ((SqlCall) o).operand(0) instanceof SqlIdentifier r
                            && ((SqlCall) o).operand(1) instanceof SqlIdentifier f) {
                        List<String> names = new ArrayList<>(r.names.subList(0, r.names.size() - 1));
                        names.add(last(r) + "." + f.getSimple());
                        list.set(i, new SqlIdentifier(names, o.getParserPosition()));
                    }
                }
                return super.visit(list);
            }
        });
    }

    private boolean isSetReturning(SqlCall call) {
        return call.getOperator() instanceof SqlUnresolvedFunction f
                && isSetReturning.test(f.getSqlIdentifier() == null ? List.of(f.getName()) : f.getSqlIdentifier().names);
    }

    private static SqlNode as(SqlNode expr, String alias, SqlParserPos pos) {
        return SqlStdOperatorTable.AS.createCall(pos, expr, new SqlIdentifier(alias, pos));
    }

    private static String last(SqlIdentifier id) {
        return id.names.get(id.names.size() - 1).toLowerCase(Locale.ROOT);
    }
}
