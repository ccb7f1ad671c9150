package dev.pgwire.runtime.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql.fun.SqlCase;
import org.apache.calcite.sql.validate.SqlQualified;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorNamespace;
import org.apache.calcite.sql.validate.SqlValidatorScope;
import org.apache.calcite.sql.validate.SqlValidatorTable;

/**
 * For result columns that aggregate a table column into an array ({@code array_agg(atttypid)}, also
 * inside {@code CASE} or a scalar subquery), that column: an array of {@code oid}s is {@code oid[]} in
 * PostgreSQL, where the engine's type (integer array) would say {@code int4[]}. asyncpg decodes its
 * type introspection query's {@code array_agg(atttypid)} with the {@code oid[]} codec it has built in,
 * and cannot decode {@code int4[]} without running that very query.
 */
final class ArrayOrigins {
    /** Bounds the walk through nested derived tables. */
    private static final int MAX_DEPTH = 64;
    private final SqlValidator validator;
    private int depth;

    private ArrayOrigins(SqlValidator validator) {
        this.validator = validator;
    }

    /** Per result column of {@code validated}: [schema, table, column] of the aggregated column, or null. */
    static List<List<String>> of(SqlNode validated, SqlValidator validator, int columns) {
        List<List<String>> out = new ArrayList<>();
        SqlSelect select = validated.getKind() == SqlKind.UNION ? null : definingSelect(validated);
        ArrayOrigins finder = new ArrayOrigins(validator);
        if (select != null && select.getSelectList().size() == columns) {
            for (SqlNode item : select.getSelectList()) {
                finder.depth = 0;
                out.add(finder.aggregated(item, select, false));
            }
        }
        while (out.size() < columns) {
            out.add(null);
        }
        return out;
    }

    /**
     * The column {@code expr} collects into an array, or ({@code inAggregate}) the column it is; columns
     * of derived tables and WITH queries are followed to the expression that computes them.
     */
    private List<String> aggregated(SqlNode expr, SqlSelect select, boolean inAggregate) {
        if (++depth > MAX_DEPTH) {
            return null;
        }
        if (expr instanceof SqlIdentifier id) {
            return column(id, select, inAggregate);
        }
        if (expr instanceof SqlSelect sub && sub.getSelectList().size() == 1) {
            return aggregated(sub.getSelectList().get(0), sub, inAggregate);
        }
        if (expr instanceof SqlCase c) {
            List<String> found = null;
            List<SqlNode> results = new ArrayList<>(c.getThenOperands().getList());
            results.add(c.getElseOperand());
            for (SqlNode r : results) {
                if (r == null || (r instanceof SqlLiteral l && l.getTypeName() == org.apache.calcite.sql.type.SqlTypeName.NULL)) {
                    continue;
                }
                List<String> origin = aggregated(r, select, inAggregate);
                if (origin == null || (found != null && !found.equals(origin))) {
                    return null;
                }
                found = origin;
            }
            return found;
        }
        if (!(expr instanceof SqlCall call) || call.operandCount() == 0) {
            return null;
        }
        SqlKind kind = call.getKind();
        if (kind == SqlKind.AS || kind == SqlKind.WITHIN_GROUP || kind == SqlKind.FILTER
                || kind == SqlKind.SCALAR_QUERY) {
            return aggregated(call.operand(0), select, inAggregate);
        }
        if (!inAggregate && call.getOperator().getName().toLowerCase(Locale.ROOT).equals("array_agg")) {
            return aggregated(call.operand(0), select, true);
        }
        return null;
    }

    /** [schema, table, column] of a column reference in {@code select}'s scope, followed through derived tables. */
    private List<String> column(SqlIdentifier id, SqlSelect select, boolean inAggregate) {
        try {
            SqlValidatorScope scope = validator.getSelectScope(select);
            SqlQualified q = scope.fullyQualify(id);
            SqlValidatorNamespace ns = q.namespace == null ? null : q.namespace.resolve();
            if (ns == null || q.suffix().size() != 1) {
                return null;
            }
            String column = q.suffix().get(0);
            SqlValidatorTable table = ns.getTable();
            if (table != null) {
                List<String> name = table.getQualifiedName();
                return inAggregate && name.size() >= 2
                        ? List.of(name.get(name.size() - 2), name.get(name.size() - 1), column) : null;
            }
            int index = ns.getRowType().getFieldNames().indexOf(column);
            SqlSelect defining = definingSelect(ns.getNode());
            if (index < 0 || defining == null || defining.getSelectList().size() <= index) {
                return null;
            }
            return aggregated(defining.getSelectList().get(index), defining, inAggregate);
        } catch (RuntimeException e) {
            return null; // not resolvable here (e.g. an outer reference): no origin, the engine's type stands
        }
    }

    /** The SELECT whose list defines a derived table's columns: a WITH query's, a set operation's first. */
    private static SqlSelect definingSelect(SqlNode node) {
        for (int i = 0; i < MAX_DEPTH && node != null; i++) {
            if (node instanceof SqlSelect select) {
                return select;
            }
            if (node instanceof SqlWithItem item) {
                node = item.query;
            } else if (node instanceof SqlOrderBy orderBy) {
                node = orderBy.query;
            } else if (node instanceof SqlCall call && call.operandCount() > 0
                    && (call.getKind() == SqlKind.UNION || call.getKind() == SqlKind.AS
                            || call.getKind() == SqlKind.WITH)) {
                node = call.getKind() == SqlKind.WITH ? ((SqlWith) call).body : call.operand(0);
            } else {
                return null;
            }
        }
        return null;
    }
}
