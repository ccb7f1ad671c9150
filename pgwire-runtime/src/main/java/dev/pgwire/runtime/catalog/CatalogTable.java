package dev.pgwire.runtime.catalog;

import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Linq4j;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.Statistic;
import org.apache.calcite.schema.Statistics;
import org.apache.calcite.schema.impl.AbstractTable;

/**
 * A catalog relation as a Calcite table. Rows come from the immutable model, computed once, or per
 * scan for relations that show the running query's session. Catalogs are small, and the planner is
 * told so.
 */
final class CatalogTable extends AbstractTable implements ScannableTable {
    private static final double ESTIMATED_ROWS = 50;

    private final SystemRelation relation;
    private final CatalogModel model;
    private final RowSource source;
    private final boolean perSession;
    private volatile List<Object[]> cached;

    CatalogTable(SystemRelation relation, CatalogModel model) {
        this.relation = relation;
        this.model = model;
        this.source = CatalogRelations.source(relation);
        this.perSession = CatalogRelations.sessionDependent(relation);
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory typeFactory) {
        RelDataTypeFactory.Builder b = typeFactory.builder();
        for (SystemRelation.Column c : relation.columns()) {
            b.add(c.name(), CalciteTypes.column(typeFactory, c.type()));
        }
        return b.build();
    }

    @Override
    public Statistic getStatistic() {
        return Statistics.of(source == RowSource.EMPTY ? 0 : ESTIMATED_ROWS, List.of());
    }

    @Override
    public Enumerable<Object[]> scan(DataContext root) {
        return Linq4j.asEnumerable(rows());
    }

    private List<Object[]> rows() {
        if (perSession) {
            return source.rows(relation, model, CurrentSession.get());
        }
        List<Object[]> rows = cached;
        if (rows == null) {
            // Computing twice under a race is harmless: the model is immutable.
            rows = List.copyOf(source.rows(relation, model, null));
            cached = rows;
        }
        return rows;
    }
}
