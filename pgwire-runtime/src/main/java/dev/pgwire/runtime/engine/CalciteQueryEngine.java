package dev.pgwire.runtime.engine;

import dev.pgwire.runtime.query.CancelSignal;
import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.PreparedQuery;
import dev.pgwire.runtime.query.QueryEngine;
import dev.pgwire.runtime.query.ResultColumn;
import dev.pgwire.runtime.query.ResultCursor;
import dev.pgwire.runtime.query.SessionSettings;
import dev.pgwire.runtime.spi.Column;
import dev.pgwire.runtime.spi.TableSource;
import dev.pgwire.runtime.tables.TableRegistry;
import dev.pgwire.runtime.types.PgType;
import dev.pgwire.runtime.types.PgTypes;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The SQL engine: Apache Calcite over the registry's tables, with PostgreSQL's syntax, names, types
 * and errors. Prepared statements are cached by (text, declared parameter types, registry version,
 * search_path), so a repeated statement costs a map lookup. Thread-safe; one instance serves all
 * sessions.
 */
public final class CalciteQueryEngine implements QueryEngine {
    /** Statements kept compiled; a hit saves the 3-30 ms of planning and code generation. */
    private static final int PLAN_CACHE_SIZE = 1000;
    private static final Pattern EXPR_NAME = Pattern.compile("EXPR\\$\\d+");

    private final TableRegistry registry;
    private final PlanCache cache = new PlanCache(PLAN_CACHE_SIZE);
    /** Normalised texts whose plan failed or did not fit their literals: compile those as sent. */
    private final PlanCache.Negative unnormalizable = new PlanCache.Negative(PLAN_CACHE_SIZE);
    private volatile EngineSchema schema;

    public CalciteQueryEngine(TableRegistry registry) {
        this.registry = registry;
    }

    @Override
    public PreparedQuery prepare(String sql, int[] parameterTypes, SessionSettings session) throws PgException {
        int[] declared = parameterTypes == null ? new int[0] : parameterTypes;
        EngineSchema current = schema();
        List<List<String>> searchPath = searchPath(session);
        if (declared.length == 0) {
            PreparedQuery normalized = prepareNormalized(sql, current, searchPath);
            if (normalized != null) {
                return normalized;
            }
        }
        return prepare(sql, declared, current, searchPath);
    }

    private CompiledQuery prepare(String sql, int[] declared, EngineSchema current, List<List<String>> searchPath)
            throws PgException {
        PlanCache.Key key = new PlanCache.Key(sql, declaredList(declared), current.version(), searchPath);
        return cache.getOrCompile(key, () -> compile(sql, declared, current, searchPath));
    }

    /**
     * The plan of {@code sql} with its literals as parameters, shared by every statement that differs only
     * in them; null when there is nothing to normalise or the normalised plan would not mean the same.
     */
    private PreparedQuery prepareNormalized(String sql, EngineSchema current, List<List<String>> searchPath) {
        LiteralNormalizer.Normalized n = LiteralNormalizer.normalize(sql);
        if (n == null) {
            return null;
        }
        PlanCache.Key key = new PlanCache.Key(n.sql(), List.of(), current.version(), searchPath);
        if (unnormalizable.contains(key)) {
            return null;
        }
        CompiledQuery plan;
        try {
            plan = cache.getOrCompile(key, () -> compile(n.sql(), new int[0], current, searchPath));
        } catch (PgException e) {
            // Errors are reported against the text as sent: compile that instead.
            unnormalizable.add(key);
            return null;
        }
        if (!n.fits(plan.parameterRelTypes())) {
            return null;
        }
        return new LiteralBoundQuery(plan, n.values());
    }

    private static List<Integer> declaredList(int[] declared) {
        return declared.length == 0 ? List.of() : Arrays.stream(declared).boxed().toList();
    }

    /**
     * Plans and runs a few representative statements so that the first client query does not pay for
     * loading and JIT-compiling the planner (over a second, cold). Errors are ignored: warming up is an
     * optimisation only.
     */
    public void warmUp() {
        SessionSettings session = new WarmUpSession();
        List<String> run = new ArrayList<>(List.of(
                "SELECT 1",
                "SELECT $1::int + 1 AS n, upper('a') WHERE true IS NOT NULL",
                "SELECT x, count(*) FROM (VALUES (1), (2), (2)) AS v(x) GROUP BY x ORDER BY x",
                // The shape of psql's \dt and of pgjdbc's getTables: catalog joins and functions.
                "SELECT n.nspname, c.relname FROM pg_catalog.pg_class c "
                        + "LEFT JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                        + "WHERE c.relkind IN ('r', 'p') AND pg_catalog.pg_table_is_visible(c.oid) ORDER BY 1, 2"));
        // Shapes over an application table are planned but only run where that is cheap whatever its size.
        List<String> planOnly = new ArrayList<>();
        List<TableSource<?>> tables = registry.snapshot().tables();
        if (!tables.isEmpty()) {
            TableSource<?> t = tables.get(0);
            String name = quote(t.schema()) + "." + quote(t.name());
            List<Column> columns = t.rowType().columns();
            String first = quote(columns.get(0).name());
            String key = columns.stream().filter(Column::primaryKey).map(c -> quote(c.name())).findFirst().orElse(first);
            run.add("SELECT * FROM " + name + " LIMIT 10");
            run.add("SELECT * FROM " + name + " WHERE " + key + " = $1");
            planOnly.add("SELECT " + first + ", count(*) FROM " + name + " GROUP BY 1");
            planOnly.add("SELECT a." + first + " FROM " + name + " a JOIN " + name + " b ON a." + first
                    + " = b." + first + " WHERE a." + key + " > 0 ORDER BY 1 LIMIT 1");
        }
        for (String sql : run) {
            warmUp(sql, session, true);
        }
        for (String sql : planOnly) {
            warmUp(sql, session, false);
        }
    }

    private void warmUp(String sql, SessionSettings session, boolean execute) {
        try {
            PreparedQuery q = prepare(sql, new int[0], session);
            if (!execute) {
                return;
            }
            Object[] params = new Object[q.parameterTypes().length];
            Arrays.fill(params, "1");
            try (ResultCursor cursor = q.execute(params, session, CancelSignal.NEVER)) {
                while (cursor.next() != null) {
                    // drain
                }
            }
        } catch (PgException | RuntimeException ignored) {
            // A statement that does not fit this registry still warmed up the parser and validator.
        }
    }

    private EngineSchema schema() {
        long version = registry.snapshot().version();
        EngineSchema s = schema;
        if (s != null && s.version() == version) {
            return s;
        }
        synchronized (this) {
            s = schema;
            TableRegistry.Snapshot snapshot = registry.snapshot();
            if (s == null || s.version() != snapshot.version()) {
                s = EngineSchema.build(snapshot);
                schema = s;
            }
            return s;
        }
    }

    private CompiledQuery compile(String sql, int[] declared, EngineSchema current, List<List<String>> searchPath)
            throws PgException {
        Set<Integer> textParameters = new HashSet<>();
        while (true) {
            RewrittenSql rewritten = PgSqlRewriter.rewrite(sql, declared, textParameters);
            try {
                SqlNode parsed = QueryPlanner.parse(rewritten.sql());
                List<Integer> quantified = ArrayParameters.quantifiedMarkers(parsed);
                QueryPlanner.Plan plan = QueryPlanner.plan(parsed, current.root(), searchPath);
                int[] arrays = ArrayParameters.retype(quantified, plan.markerTypes(), rewritten, declared);
                if (arrays != null) {
                    // "x = ANY($1)": plan again with $1 declared as an array of x's type, as PostgreSQL infers.
                    declared = arrays;
                    continue;
                }
                return assemble(plan, rewritten, declared, current);
            } catch (Exception | Error e) {
                int untyped = untypedParameter(e, rewritten, declared, textParameters);
                if (untyped >= 0 && textParameters.add(untyped)) {
                    // Nothing determines this parameter's type: PostgreSQL would call it unknown, i.e. text.
                    continue;
                }
                throw ErrorTranslator.planning(e, rewritten, sql);
            }
        }
    }

    /** The parameter whose {@code ?} Calcite could not type, or -1. */
    private static int untypedParameter(
            Throwable e, RewrittenSql rewritten, int[] declared, Set<Integer> textParameters) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof UnsupportedOperationException && String.valueOf(c.getMessage()).contains("SqlNodeList")) {
                // Calcite 1.42 cannot infer "? = ANY(ARRAY[...])" and fails without a position: type the
                // first parameter nothing declared yet.
                for (int p : rewritten.parameterIndex()) {
                    boolean isDeclared = p < declared.length && TypeMapping.sqlTypeForOid(declared[p]) != null;
                    if (!isDeclared && !textParameters.contains(p)) {
                        return p;
                    }
                }
                return -1;
            }
            if (c instanceof CalciteContextException ctx && c.getCause() != null
                    && String.valueOf(c.getCause().getMessage()).contains("Illegal use of dynamic parameter")) {
                int offset = rewritten.offsetOf(ctx.getPosLine(), ctx.getPosColumn());
                int p = rewritten.parameterAt(offset);
                if (p < 0) {
                    // The position may point at an enclosing expression: take the first marker from there on.
                    for (int i = 0; i < rewritten.markerOffsets().length; i++) {
                        if (rewritten.markerOffsets()[i] >= offset) {
                            return rewritten.parameterIndex()[i];
                        }
                    }
                }
                return p;
            }
        }
        return -1;
    }

    private static CompiledQuery assemble(
            QueryPlanner.Plan plan, RewrittenSql rewritten, int[] declared, EngineSchema current) {
        int n = plan.fieldNames().size();
        List<ResultColumn> columns = new ArrayList<>(n);
        @SuppressWarnings("unchecked")
        UnaryOperator<Object>[] converters = new UnaryOperator[n];
        for (int i = 0; i < n; i++) {
            RelDataType type = plan.fieldTypes().get(i);
            String label = label(plan.fieldNames().get(i), i, plan.topLevelValues());
            ResultColumn column = originColumn(label, type, plan.fieldOrigins().get(i), current, plan.typeFactory());
            if (column == null) {
                column = ResultColumn.of(label, arrayType(type, plan.arrayOrigins().get(i), current));
            }
            columns.add(column);
            converters[i] = ValueConversions.toWire(column.type(), type);
        }
        RelDataType[] markerTypes = plan.markerTypes().toArray(new RelDataType[0]);
        if (markerTypes.length < rewritten.parameterIndex().length) {
            // Trailing markers a rewrite dropped from the statement: their values are never read.
            int known = markerTypes.length;
            markerTypes = Arrays.copyOf(markerTypes, rewritten.parameterIndex().length);
            Arrays.fill(markerTypes, known, markerTypes.length, plan.typeFactory().createTypeWithNullability(
                    plan.typeFactory().createSqlType(SqlTypeName.VARCHAR), true));
        }
        return new CompiledQuery(columns, parameterTypes(rewritten, declared, markerTypes), rewritten.parameterIndex(),
                markerTypes, plan.bindable(), plan.internalParams(), current.root().plus(), plan.typeFactory(),
                converters, plan.explain());
    }

    /**
     * The type of a computed column; an array that aggregates a column is an array of that column's
     * type where the engine's spelling loses it ({@code array_agg(atttypid)} is {@code oid[]}).
     */
    private static PgType arrayType(RelDataType type, List<String> aggregated, EngineSchema s) {
        PgType engineType = TypeMapping.pgType(type);
        if (aggregated == null || type.getComponentType() == null) {
            return engineType;
        }
        PgType element = PgTypes.byOid(s.attTypeOid(aggregated.get(0), aggregated.get(1), aggregated.get(2)));
        PgType engineElement = TypeMapping.pgType(type.getComponentType());
        if (element == null || element.arrayOid() == 0 || PgTypes.byOid(element.arrayOid()) == null
                || !java.util.Objects.equals(TypeMapping.sqlTypeForOid(element.oid()),
                        TypeMapping.sqlTypeForOid(engineElement.oid()))) {
            return engineType;
        }
        return PgTypes.byOid(element.arrayOid());
    }

    /** PostgreSQL's label where Calcite invented one ({@code EXPR$0}): VALUES columns are column1, column2... */
    private static String label(String name, int index, boolean values) {
        if (EXPR_NAME.matcher(name).matches()) {
            return values ? "column" + (index + 1) : ColumnLabels.UNNAMED;
        }
        return ColumnLabels.clientLabel(name);
    }

    /** The result column of a plain reference to a registry table column: its exact type, table OID, attnum. */
    private static ResultColumn originColumn(
            String label, RelDataType type, List<String> origin, EngineSchema s, RelDataTypeFactory typeFactory) {
        if (origin == null || origin.size() < 3) {
            return null;
        }
        String schemaName = origin.get(origin.size() - 3);
        String tableName = origin.get(origin.size() - 2);
        String columnName = origin.get(origin.size() - 1);
        RegistryTable<?> table = s.table(schemaName, tableName);
        if (table == null) {
            int oid = s.relationOid(schemaName, tableName);
            return oid == 0 ? null : new ResultColumn(label, TypeMapping.pgType(type), -1, oid,
                    (short) s.attnum(schemaName, tableName, columnName));
        }
        List<Column> cols = table.source().rowType().columns();
        for (int k = 0; k < cols.size(); k++) {
            Column c = cols.get(k);
            if (c.name().equals(columnName)) {
                if (!TypeMapping.carriesColumnType(c, type, typeFactory)) {
                    // Not the column's own type (e.g. through a set operation): report the expression's.
                    return new ResultColumn(label, TypeMapping.pgType(type), -1, 0, (short) 0);
                }
                PgType pgType = TypeMapping.pgType(c);
                return new ResultColumn(label, pgType, TypeMapping.typmod(c),
                        s.relationOid(schemaName, tableName), (short) (k + 1));
            }
        }
        return null;
    }

    /**
     * Declared OIDs win; then the type of a {@code $n::type} cast; otherwise the type Calcite inferred at the
     * parameter's first use; otherwise text.
     */
    private static int[] parameterTypes(RewrittenSql rewritten, int[] declared, RelDataType[] markerTypes) {
        int[] types = new int[rewritten.parameterCount()];
        for (int p = 0; p < types.length; p++) {
            if (p < declared.length && declared[p] != 0 && declared[p] != PgTypes.UNKNOWN.oid()) {
                types[p] = declared[p];
                continue;
            }
            types[p] = PgTypes.TEXT.oid();
            if (p < rewritten.castOids().length && rewritten.castOids()[p] != 0
                    && TypeMapping.sqlTypeForOid(rewritten.castOids()[p]) != null) {
                // $1::oid[]: the type PostgreSQL reports, which Calcite's spelling (integer array) loses.
                types[p] = rewritten.castOids()[p];
                continue;
            }
            for (int m = 0; m < markerTypes.length; m++) {
                if (rewritten.parameterIndex()[m] == p) {
                    types[p] = TypeMapping.pgType(markerTypes[m]).oid();
                    break;
                }
            }
        }
        return types;
    }

    /** The session's search_path as schema paths; pg_catalog is searched after the listed schemas. */
    static List<List<String>> searchPath(SessionSettings session) {
        String setting = session == null ? null : session.get("search_path");
        if (setting == null || setting.isBlank()) {
            setting = "\"$user\", public";
        }
        List<List<String>> paths = new ArrayList<>();
        for (String part : setting.split(",")) {
            String name = part.strip();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1).replace("\"\"", "\"");
            } else {
                name = name.toLowerCase(Locale.ROOT);
            }
            if (!name.isEmpty() && !name.equals("$user") && !paths.contains(List.of(name))) {
                paths.add(List.of(name));
            }
        }
        if (!paths.contains(List.of("pg_catalog"))) {
            paths.add(List.of("pg_catalog"));
        }
        return List.copyOf(paths);
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** Settings used while warming up: UTC, no search_path override. */
    private static final class WarmUpSession implements SessionSettings {
        @Override
        public String get(String name) {
            return null;
        }

        @Override
        public ZoneId timeZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public String user() {
            return "pgwire";
        }

        @Override
        public String database() {
            return "pgwire";
        }

        @Override
        public int backendPid() {
            return 0;
        }
    }
}
