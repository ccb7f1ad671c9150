package dev.pgwire.runtime.engine;

import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.AbstractRelNode;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.util.BuiltInMethod;

/**
 * Reads the rows of a keyed registry table by primary key ({@code map.get}) instead of scanning it: the
 * physical operator {@link KeyLookupRule} puts under a filter on the key. A leaf of the compiled plan;
 * its rows have the table's row type. Each key is a literal or a parameter ({@link KeyLookupRule} strips
 * exact widening casts).
 */
final class KeyLookup extends AbstractRelNode implements EnumerableRel {
    private final RelOptTable table;
    private final RegistryTable<?> source;
    private final List<RexNode> keys;

    KeyLookup(RelOptCluster cluster, RelOptTable table, RegistryTable<?> source, List<RexNode> keys) {
        super(cluster, cluster.traitSetOf(EnumerableConvention.INSTANCE));
        this.table = table;
        this.source = source;
        this.keys = List.copyOf(keys);
    }

    @Override
    protected RelDataType deriveRowType() {
        return table.getRowType();
    }

    @Override
    public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
        return this;
    }

    @Override
    public RelOptTable getTable() {
        return table;
    }

    @Override
    public RelWriter explainTerms(RelWriter pw) {
        return super.explainTerms(pw).item("table", table.getQualifiedName()).item("keys", keys);
    }

    @Override
    public double estimateRowCount(RelMetadataQuery mq) {
        return keys.size();
    }

    @Override
    public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
        return planner.getCostFactory().makeCost(keys.size(), keys.size(), 0);
    }

    @Override
    public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
        Object[] constants = new Object[keys.size()];
        int[] parameters = new int[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            RexNode key = KeyLookupRule.stripCasts(keys.get(i));
            if (key instanceof RexDynamicParam p) {
                parameters[i] = p.getIndex();
            } else {
                parameters[i] = -1;
                constants[i] = ((RexLiteral) key).getValue();
            }
        }
        KeyProbe probe = new KeyProbe(source, constants, parameters);
        BlockBuilder builder = new BlockBuilder();
        PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), JavaRowFormat.ARRAY);
        Expression rows = Expressions.call(
                implementor.stash(probe, KeyProbe.class), "rows", implementor.getRootExpression());
        // A one-column row type is physically scalar: unwrap the arrays, as Calcite's own scans do.
        builder.add(getRowType().getFieldCount() == 1 ? Expressions.call(BuiltInMethod.SLICE0.method, rows) : rows);
        return implementor.result(physType, builder.toBlock());
    }
}
