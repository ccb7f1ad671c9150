package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.testing.TestSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.calcite.DataContext;
import org.apache.calcite.DataContexts;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableInterpretable;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.linq4j.Enumerator;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.rules.CoreRules;
import org.apache.calcite.rex.RexExecutorImpl;
import org.apache.calcite.runtime.Bindable;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlLibrary;
import org.apache.calcite.sql.fun.SqlLibraryOperatorTableFactory;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.babel.SqlBabelParserImpl;
import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.apache.calcite.tools.FrameworkConfig;
import org.apache.calcite.tools.Frameworks;
import org.apache.calcite.tools.Planner;
import org.apache.calcite.tools.Programs;

/**
 * A minimal Calcite pipeline (Babel parser, Planner, Enumerable code generation) over a root schema
 * with the catalog installed: enough to check that the catalog tables and functions validate, compile
 * and run as generated code, independently of the real engine.
 */
final class CalciteRunner {
    private final SchemaPlus root;
    private final FrameworkConfig config;

    CalciteRunner(CatalogModel model) {
        root = Frameworks.createRootSchema(false);
        PgCatalogSchemas.install(root, model);
        config = Frameworks.newConfigBuilder()
                .parserConfig(SqlParser.config()
                        .withParserFactory(SqlBabelParserImpl.FACTORY)
                        .withConformance(SqlConformanceEnum.BABEL)
                        .withQuoting(Quoting.DOUBLE_QUOTE)
                        .withUnquotedCasing(Casing.TO_LOWER)
                        .withQuotedCasing(Casing.UNCHANGED)
                        .withCaseSensitive(true))
                .operatorTable(SqlLibraryOperatorTableFactory.INSTANCE.getOperatorTable(
                        SqlLibrary.STANDARD, SqlLibrary.POSTGRESQL))
                .defaultSchema(root)
                .programs(Programs.standard())
                .build();
    }

    /** Plans and runs {@code sql} with {@code session} bound, returning every row. */
    List<List<Object>> query(String sql, TestSession session) throws Exception {
        return query(sql, session, session);
    }

    /**
     * Plans with {@code planning} bound (as an engine that binds the session while preparing would),
     * then runs with {@code running} bound.
     */
    List<List<Object>> query(String sql, TestSession planning, TestSession running) throws Exception {
        Planner planner = Frameworks.getPlanner(config);
        CurrentSession.set(planning);
        SqlNode parsed = planner.parse(sql);
        SqlNode validated = planner.validate(parsed);
        RelNode rel = foldConstants(planner.rel(validated).project());
        RelTraitSet traits = rel.getTraitSet().replace(EnumerableConvention.INSTANCE);
        RelNode physical = planner.transform(0, traits, rel);
        Map<String, Object> params = new HashMap<>();
        Bindable<?> bindable = EnumerableInterpretable.toBindable(params, null, (EnumerableRel) physical,
                EnumerableRel.Prefer.ARRAY);
        List<List<Object>> rows = new ArrayList<>();
        CurrentSession.set(running);
        try (Enumerator<?> e = bindable.bind(new Context(params)).enumerator()) {
            while (e.moveNext()) {
                Object row = e.current();
                rows.add(row instanceof Object[] a ? java.util.Arrays.asList(a) : java.util.Collections.singletonList(row));
            }
        } finally {
            CurrentSession.clear();
            planner.close();
        }
        return rows;
    }

    /** Constant folding as an engine would run it, with a DataContext that has no schema. */
    private static RelNode foldConstants(RelNode rel) {
        HepPlanner hep = new HepPlanner(HepProgram.builder()
                .addRuleInstance(CoreRules.PROJECT_REDUCE_EXPRESSIONS)
                .addRuleInstance(CoreRules.FILTER_REDUCE_EXPRESSIONS)
                .build());
        hep.setExecutor(new RexExecutorImpl(DataContexts.EMPTY));
        hep.setRoot(rel);
        return hep.findBestExp();
    }

    private final class Context implements DataContext {
        private final Map<String, Object> values = new HashMap<>();
        private final JavaTypeFactory typeFactory = new JavaTypeFactoryImpl();

        Context(Map<String, Object> internal) {
            values.putAll(internal);
            long now = System.currentTimeMillis();
            values.put(Variable.CURRENT_TIMESTAMP.camelName, now);
            values.put(Variable.LOCAL_TIMESTAMP.camelName, now);
            values.put(Variable.TIME_ZONE.camelName, TimeZone.getTimeZone("UTC"));
        }

        @Override
        public SchemaPlus getRootSchema() {
            return root;
        }

        @Override
        public JavaTypeFactory getTypeFactory() {
            return typeFactory;
        }

        @Override
        public QueryProvider getQueryProvider() {
            return null;
        }

        @Override
        public Object get(String name) {
            return values.get(name);
        }
    }
}
