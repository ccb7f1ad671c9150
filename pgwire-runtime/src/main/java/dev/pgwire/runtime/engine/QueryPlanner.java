package dev.pgwire.runtime.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.calcite.DataContexts;
import org.apache.calcite.adapter.enumerable.EnumerableCalc;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableInterpretable;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.config.CalciteConnectionConfigImpl;
import org.apache.calcite.config.CalciteConnectionProperty;
import org.apache.calcite.config.NullCollation;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.plan.Contexts;
import org.apache.calcite.plan.ConventionTraitDef;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.plan.volcano.VolcanoPlanner;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rel.RelCollationTraitDef;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexExecutorImpl;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.runtime.Bindable;
import org.apache.calcite.schema.Function;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.TableFunction;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.apache.calcite.sql.fun.SqlLibrary;
import org.apache.calcite.sql.fun.SqlLibraryOperatorTableFactory;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.babel.SqlBabelParserImpl;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.util.SqlOperatorTables;
import org.apache.calcite.sql.validate.SqlNameMatcher;
import org.apache.calcite.sql.validate.SqlNameMatchers;
import org.apache.calcite.sql.validate.SqlUserDefinedFunction;
import org.apache.calcite.sql.validate.SqlUserDefinedTableFunction;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorUtil;
import org.apache.calcite.sql2rel.ConvertToChecked;
import org.apache.calcite.sql2rel.SqlToRelConverter;
import org.apache.calcite.sql2rel.StandardConvertletTable;
import org.apache.calcite.tools.Program;
import org.apache.calcite.tools.Programs;

/**
 * Parses, validates, optimises and compiles one statement: Babel parser, PostgreSQL column labels,
 * validation against the schema tree with the session's {@code search_path}, SQL-to-rel conversion,
 * Volcano to Enumerable, then Janino code generation to a {@link Bindable}. Stateless apart from the
 * immutable configuration; one call per cache miss.
 */
final class QueryPlanner {
    static final SqlParser.Config PARSER = SqlParser.config()
            .withParserFactory(SqlBabelParserImpl.FACTORY)
            .withConformance(PgConformance.INSTANCE)
            .withQuoting(Quoting.DOUBLE_QUOTE)
            .withUnquotedCasing(Casing.TO_LOWER)
            .withQuotedCasing(Casing.UNCHANGED)
            .withCaseSensitive(true);

    private static final SqlOperatorTable BUILTINS = new CaseInsensitiveOperatorTable(
            SqlOperatorTables.chain(
                    SqlLibraryOperatorTableFactory.INSTANCE.getOperatorTable(SqlLibrary.STANDARD, SqlLibrary.POSTGRESQL),
                    SqlOperatorTables.of(NumericSemantics.LITERAL, JsonBuildObject.FUNCTION)));

    private static final SqlValidator.Config VALIDATOR = SqlValidator.Config.DEFAULT
            .withConformance(PgConformance.INSTANCE)
            // Nulls sort as if larger than any value: ASC NULLS LAST, DESC NULLS FIRST, as in PostgreSQL.
            .withDefaultNullCollation(NullCollation.HIGH)
            .withIdentifierExpansion(true)
            .withTypeCoercionEnabled(true);

    private static final SqlToRelConverter.Config CONVERTER = SqlToRelConverter.config()
            .withTrimUnusedFields(true)
            .withExpand(false);

    private static final CalciteConnectionConfig CONNECTION_CONFIG = connectionConfig();

    private QueryPlanner() {}

    /**
     * The result of planning.
     *
     * @param bindable       compiled plan
     * @param internalParams values the generated code reads from the DataContext besides parameters
     * @param fieldNames     result column labels (duplicates allowed, as in PostgreSQL)
     * @param fieldTypes     result column types
     * @param fieldOrigins   per column: [schema, table, column] of a plain column reference, or null
     * @param arrayOrigins   per column: [schema, table, column] an array column aggregates, or null
     * @param markerTypes    type of each {@code ?} in order of appearance
     * @param typeFactory    the type factory the plan was built with
     * @param explain        the physical plan, for diagnostics and tests
     */
    record Plan(
            Bindable<?> bindable,
            Map<String, Object> internalParams,
            List<String> fieldNames,
            List<RelDataType> fieldTypes,
            List<List<String>> fieldOrigins,
            List<List<String>> arrayOrigins,
            List<RelDataType> markerTypes,
            boolean topLevelValues,
            JavaTypeFactory typeFactory,
            String explain) {}

    /** Parses {@code sql} as one query; throws for anything that is not a query. */
    static SqlNode parse(String sql) throws SqlParseException, NotAQueryException {
        SqlNode node = SqlParser.create(sql, PARSER).parseQuery();
        if (!node.getKind().belongsTo(SqlKind.QUERY)) {
            throw new NotAQueryException(node.getKind());
        }
        return node;
    }

    static Plan plan(SqlNode parsed, CalciteSchema root, List<List<String>> searchPath) {
        JavaTypeFactory typeFactory = new JavaTypeFactoryImpl(PgTypeSystem.INSTANCE);
        CalciteCatalogReader catalog = new SearchPathCatalogReader(root, searchPath, typeFactory);
        SqlValidator validator = SqlValidatorUtil.newValidator(
                SqlOperatorTables.chain(BUILTINS, catalog), catalog, typeFactory, VALIDATOR);

        ColumnLabels.apply(parsed);
        SetReturningSelectItems.rewrite(parsed, names -> isTableFunction(root, names));
        boolean topLevelValues = isValues(parsed);
        SqlNode validated = validator.validate(PgAstRewriter.rewrite(parsed));
        RelDataType rowType = validator.getValidatedNodeType(validated);
        List<List<String>> origins = validator.getFieldOrigins(validated);
        List<List<String>> arrayOrigins = ArrayOrigins.of(validated, validator, rowType.getFieldCount());
        List<RelDataType> markerTypes = markerTypes(validated, validator);

        VolcanoPlanner planner = new VolcanoPlanner(null, Contexts.of(CONNECTION_CONFIG));
        planner.addRelTraitDef(ConventionTraitDef.INSTANCE);
        planner.addRelTraitDef(RelCollationTraitDef.INSTANCE);
        RelOptUtil.registerDefaultRules(planner, false, false);
        planner.addRule(KeyLookupRule.INSTANCE);
        planner.setExecutor(new RexExecutorImpl(DataContexts.EMPTY));
        RexBuilder rexBuilder = new RexBuilder(typeFactory);
        RelOptCluster cluster = RelOptCluster.create(planner, rexBuilder);
        SqlToRelConverter converter = new SqlToRelConverter(
                (type, query, schemaPath, viewPath) -> {
                    throw new UnsupportedOperationException("views are not supported");
                },
                validator, catalog, cluster, StandardConvertletTable.INSTANCE, CONVERTER);
        RelRoot relRoot = converter.convertQuery(validated, false, true);
        relRoot = relRoot.withRel(converter.flattenTypes(relRoot.rel, true));
        relRoot = relRoot.withRel(relRoot.rel.accept(new ConvertToChecked(rexBuilder, true)));
        relRoot = relRoot.withRel(relRoot.rel.accept(new BooleanText(rexBuilder)));
        relRoot = relRoot.withRel(Averages.logical(relRoot.rel, rexBuilder));
        relRoot = relRoot.withRel(NumericSemantics.logical(relRoot.rel, rexBuilder));
        Program program = Programs.standard();
        RelTraitSet desired = cluster.traitSet()
                .replace(EnumerableConvention.INSTANCE)
                .replace(relRoot.collation)
                .simplify();
        RelNode physical = program.run(planner, relRoot.rel, desired, List.of(), List.of());
        physical = projectFields(relRoot, physical, typeFactory);
        physical = NumericSemantics.physical(physical, rexBuilder);
        physical = TableFunctionRows.physical(physical);

        Map<String, Object> internal = new HashMap<>();
        Bindable<?> bindable = EnumerableInterpretable.toBindable(
                internal, null, (EnumerableRel) physical, EnumerableRel.Prefer.ARRAY);
        List<RelDataType> types = new ArrayList<>();
        rowType.getFieldList().forEach(f -> types.add(f.getType()));
        return new Plan(bindable, Map.copyOf(internal), rowType.getFieldNames(), types, origins, arrayOrigins,
                markerTypes,
                topLevelValues, typeFactory, RelOptUtil.toString(physical));
    }

    /**
     * The type of each {@code ?} by its ordinal. Calcite's parameter row type lists markers in tree order,
     * which differs from the ordinals once rewrites move expressions (a select-list function's arguments
     * into FROM); a marker no longer in the tree gets the type of its value, unknown, as VARCHAR.
     */
    private static List<RelDataType> markerTypes(SqlNode validated, SqlValidator validator) {
        List<RelDataType> types = new ArrayList<>();
        validated.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlDynamicParam param) {
                while (types.size() <= param.getIndex()) {
                    types.add(null);
                }
                types.set(param.getIndex(), validator.getValidatedNodeType(param));
                return null;
            }
        });
        RelDataType unknown = validator.getTypeFactory().createTypeWithNullability(
                validator.getTypeFactory().createSqlType(SqlTypeName.VARCHAR), true);
        types.replaceAll(t -> t == null ? unknown : t);
        return types;
    }

    /** Drops the fields the root carries only for sorting, as Calcite's own preparation does. */
    private static RelNode projectFields(RelRoot root, RelNode physical, JavaTypeFactory typeFactory) {
        if (root.isRefTrivial()) {
            return physical;
        }
        List<RexNode> projects = new ArrayList<>();
        List<RelDataType> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        RexBuilder rexBuilder = physical.getCluster().getRexBuilder();
        for (Map.Entry<Integer, String> field : root.fields) {
            RexNode ref = rexBuilder.makeInputRef(physical, field.getKey());
            projects.add(ref);
            types.add(ref.getType());
            names.add(field.getValue());
        }
        RelDataType rowType = typeFactory.createStructType(types, SqlValidatorUtil.uniquify(names, true));
        RexProgram program = RexProgram.create(physical.getRowType(), projects, null, rowType, rexBuilder);
        return EnumerableCalc.create(physical, program);
    }

    /** Whether {@code names} (as written, maybe schema-qualified) name a table function. */
    private static boolean isTableFunction(CalciteSchema root, List<String> names) {
        if (names.isEmpty() || names.size() > 2) {
            return false;
        }
        String name = names.get(names.size() - 1);
        List<SchemaPlus> schemas = new ArrayList<>();
        if (names.size() == 2) {
            SchemaPlus s = root.plus().getSubSchema(names.get(0));
            if (s != null) {
                schemas.add(s);
            }
        } else {
            schemas.add(root.plus());
        }
        for (SchemaPlus s : schemas) {
            for (Function f : s.getFunctions(name)) {
                if (f instanceof TableFunction) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isValues(SqlNode node) {
        SqlNode n = node;
        while (n.getKind() == SqlKind.ORDER_BY || n.getKind() == SqlKind.WITH) {
            n = n.getKind() == SqlKind.ORDER_BY
                    ? ((org.apache.calcite.sql.SqlOrderBy) n).query
                    : ((org.apache.calcite.sql.SqlWith) n).body;
        }
        return n.getKind() == SqlKind.VALUES;
    }

    private static CalciteConnectionConfig connectionConfig() {
        Properties p = new Properties();
        p.setProperty(CalciteConnectionProperty.CASE_SENSITIVE.camelName(), "true");
        p.setProperty(CalciteConnectionProperty.UNQUOTED_CASING.camelName(), Casing.TO_LOWER.name());
        p.setProperty(CalciteConnectionProperty.QUOTED_CASING.camelName(), Casing.UNCHANGED.name());
        p.setProperty(CalciteConnectionProperty.DEFAULT_NULL_COLLATION.camelName(), NullCollation.HIGH.name());
        // The catalog reader gives a schema function without parameters the syntax of a bare identifier
        // unless the conformance allows niladic parentheses; then a column named like one (version) would
        // be read as a call. PostgreSQL calls such functions with parentheses only: version().
        p.setProperty(CalciteConnectionProperty.CONFORMANCE.camelName(), SqlConformanceEnum.BABEL.name());
        return new CalciteConnectionConfigImpl(p);
    }

    /** Resolves unqualified names through each schema of the search path in turn, then the root. */
    private static final class SearchPathCatalogReader extends CalciteCatalogReader {
        /**
         * Keyword functions the rewriter calls by their own name, so that the select item gets
         * PostgreSQL's label ({@code current_catalog}), and the catalog function that implements them.
         */
        private static final Map<String, String> KEYWORD_FUNCTION_ALIASES =
                Map.of("current_catalog", "current_database");

        SearchPathCatalogReader(CalciteSchema root, List<List<String>> searchPath, JavaTypeFactory typeFactory) {
            super(root, SqlNameMatchers.withCaseSensitive(true), withRoot(searchPath), typeFactory,
                    CONNECTION_CONFIG);
        }

        /**
         * The catalog registers each function in the root and in {@code pg_catalog}, both on the path:
         * keep one operator per function, or overload resolution sees two identical candidates.
         */
        @Override
        public void lookupOperatorOverloads(SqlIdentifier opName, SqlFunctionCategory category, SqlSyntax syntax,
                List<SqlOperator> operatorList, SqlNameMatcher nameMatcher) {
            int from = operatorList.size();
            String alias = opName.isSimple() ? KEYWORD_FUNCTION_ALIASES.get(opName.getSimple()) : null;
            super.lookupOperatorOverloads(alias == null ? opName : new SqlIdentifier(alias, opName.getParserPosition()), category, syntax, operatorList, nameMatcher);
            Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (int i = from; i < operatorList.size(); ) {
                Object identity = operatorList.get(i) instanceof SqlUserDefinedFunction u ? u.getFunction()
                        : operatorList.get(i) instanceof SqlUserDefinedTableFunction t ? t.getFunction()
                        : operatorList.get(i);
                if (seen.add(identity)) {
                    i++;
                } else {
                    operatorList.remove(i);
                }
            }
        }

        private static List<List<String>> withRoot(List<List<String>> searchPath) {
            List<List<String>> paths = new ArrayList<>(searchPath);
            paths.add(List.of());
            return paths;
        }
    }

    /** A statement that parsed but is not a query (INSERT, DDL, ...). */
    static final class NotAQueryException extends Exception {
        private final SqlKind kind;

        NotAQueryException(SqlKind kind) {
            super(kind.toString(), null, false, false);
            this.kind = kind;
        }

        SqlKind kind() {
            return kind;
        }
    }
}
