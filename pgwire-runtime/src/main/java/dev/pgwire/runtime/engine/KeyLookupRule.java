package dev.pgwire.runtime.engine;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalTableScan;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUnknownAs;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.Sarg;

/**
 * Filter(pk = key) over a scan of a keyed registry table becomes the same filter over a {@link KeyLookup}:
 * {@code pk = $1}, {@code pk = literal}, {@code pk IN (...)} and {@code pk = a OR pk = b}, where the key side
 * is a literal or a parameter. Casts are looked through only where they are exact widenings
 * ({@code int4 -> int8}, {@code int -> numeric}), so comparing the converted key is the comparison the
 * query asked for. The whole filter stays above the lookup, which keeps every other conjunct and the
 * engine's own comparison semantics.
 */
final class KeyLookupRule extends RelOptRule {
    static final KeyLookupRule INSTANCE = new KeyLookupRule();

    @SuppressWarnings("deprecation") // RelRule's Config needs Immutables-generated code; operands do the job
    private KeyLookupRule() {
        super(operand(LogicalFilter.class, operand(LogicalTableScan.class, none())), "PgKeyLookupRule");
    }

    @Override
    public void onMatch(RelOptRuleCall call) {
        LogicalFilter filter = call.rel(0);
        LogicalTableScan scan = call.rel(1);
        RegistryTable<?> table = scan.getTable().unwrap(RegistryTable.class);
        if (table == null || table.keyColumn() < 0) {
            return;
        }
        RexBuilder rex = filter.getCluster().getRexBuilder();
        for (RexNode conjunct : RelOptUtil.conjunctions(filter.getCondition())) {
            List<RexNode> keys = keys(conjunct, table.keyColumn(), rex);
            if (keys != null && !keys.isEmpty()) {
                KeyLookup lookup = new KeyLookup(scan.getCluster(), scan.getTable(), table, keys);
                call.transformTo(filter.copy(filter.getTraitSet(), lookup, filter.getCondition()));
                return;
            }
        }
    }

    /** The keys one conjunct restricts the key column to, or null when it does not. */
    private static List<RexNode> keys(RexNode node, int keyColumn, RexBuilder rex) {
        switch (node.getKind()) {
            case EQUALS -> {
                RexCall call = (RexCall) node;
                RexNode a = call.getOperands().get(0);
                RexNode b = call.getOperands().get(1);
                if (isKey(a, keyColumn) && isValue(b)) {
                    return List.of(b);
                }
                if (isKey(b, keyColumn) && isValue(a)) {
                    return List.of(a);
                }
                return null;
            }
            case SEARCH -> {
                RexCall call = (RexCall) node;
                if (!isKey(call.getOperands().get(0), keyColumn)
                        || !(call.getOperands().get(1) instanceof RexLiteral literal)) {
                    return null;
                }
                Sarg<?> sarg = literal.getValueAs(Sarg.class);
                if (sarg == null || !sarg.isPoints() || sarg.nullAs == RexUnknownAs.TRUE) {
                    return null;
                }
                List<RexNode> keys = new ArrayList<>();
                RelDataType type = literal.getType();
                sarg.rangeSet.asRanges().forEach(r -> keys.add(rex.makeLiteral(r.lowerEndpoint(), type, true)));
                return keys;
            }
            case OR -> {
                List<RexNode> keys = new ArrayList<>();
                for (RexNode disjunct : ((RexCall) node).getOperands()) {
                    List<RexNode> k = keys(disjunct, keyColumn, rex);
                    if (k == null) {
                        return null;
                    }
                    keys.addAll(k);
                }
                return keys;
            }
            default -> {
                return null;
            }
        }
    }

    /** The key column, maybe under exact widening casts. */
    private static boolean isKey(RexNode node, int keyColumn) {
        return stripCasts(node) instanceof RexInputRef ref && ref.getIndex() == keyColumn;
    }

    /** A literal or a parameter, maybe under exact widening casts. */
    private static boolean isValue(RexNode node) {
        RexNode n = stripCasts(node);
        return n instanceof RexDynamicParam || n instanceof RexLiteral l && l.getTypeName() != SqlTypeName.SARG;
    }

    /**
     * {@code node} without its outer casts (and {@code pg_numeric_keep}, which only keeps a numeric's scale)
     * as long as each is an exact widening.
     */
    static RexNode stripCasts(RexNode node) {
        RexNode n = node;
        while (n.getKind() == SqlKind.CAST || NumericSemantics.isKeep(n)) {
            RexNode inner = ((RexCall) n).getOperands().get(0);
            if (!exactWidening(inner.getType(), n.getType())) {
                return n;
            }
            n = inner;
        }
        return n;
    }

    /** Whether every value of {@code from} converts to {@code to} without loss, so equality is preserved. */
    static boolean exactWidening(RelDataType from, RelDataType to) {
        SqlTypeName f = from.getSqlTypeName();
        SqlTypeName t = to.getSqlTypeName();
        if (f == SqlTypeName.NULL) {
            return true;
        }
        int digits = integerDigits(f);
        if (digits > 0) {
            if (integerDigits(t) >= digits) {
                return true;
            }
            if (t == SqlTypeName.DECIMAL) {
                return to.getPrecision() - to.getScale() >= digits;
            }
            // A double holds every int exactly, a real every smallint.
            return t == SqlTypeName.DOUBLE && digits <= 10 || t == SqlTypeName.REAL && digits <= 5;
        }
        if (f == SqlTypeName.DECIMAL && t == SqlTypeName.DECIMAL) {
            return to.getScale() >= from.getScale()
                    && to.getPrecision() - to.getScale() >= from.getPrecision() - from.getScale();
        }
        if (SqlTypeFamily.CHARACTER.contains(from) && t == SqlTypeName.VARCHAR) {
            return to.getPrecision() == RelDataType.PRECISION_NOT_SPECIFIED
                    || from.getPrecision() != RelDataType.PRECISION_NOT_SPECIFIED
                            && to.getPrecision() >= from.getPrecision();
        }
        return f == t && f != SqlTypeName.DECIMAL && !SqlTypeFamily.CHARACTER.contains(from);
    }

    /** Decimal digits an exact integer type needs, or 0 for other types. */
    private static int integerDigits(SqlTypeName type) {
        return switch (type) {
            case TINYINT -> 3;
            case SMALLINT -> 5;
            case INTEGER -> 10;
            case BIGINT -> 19;
            default -> 0;
        };
    }
}
