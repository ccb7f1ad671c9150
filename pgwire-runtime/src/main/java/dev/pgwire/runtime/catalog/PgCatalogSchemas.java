package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.query.SessionSettings;
import java.util.HashMap;
import java.util.Map;
import org.apache.calcite.DataContext;
import org.apache.calcite.schema.Function;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.schema.impl.TableFunctionImpl;

/**
 * Installs the catalog into a Calcite root schema: sub-schemas {@code pg_catalog} and
 * {@code information_schema}, and the catalog functions in both the root schema (unqualified calls)
 * and {@code pg_catalog} (qualified calls such as {@code pg_catalog.format_type}).
 */
public final class PgCatalogSchemas {
    public static final String PG_CATALOG = "pg_catalog";
    public static final String INFORMATION_SCHEMA = "information_schema";

    private PgCatalogSchemas() {}

    public static void install(SchemaPlus root, CatalogModel model) {
        SchemaPlus pgCatalog = root.add(PG_CATALOG, new Schema(model, PG_CATALOG));
        SchemaPlus informationSchema = root.add(INFORMATION_SCHEMA, new Schema(model, INFORMATION_SCHEMA));
        for (FunctionDef f : FunctionCatalog.all()) {
            Function function = f.returnsSet()
                    ? TableFunctionImpl.create(f.javaMethod())
                    : new PgScalarFunction(f);
            if (INFORMATION_SCHEMA.equals(f.schema())) {
                informationSchema.add(f.name(), function);
            } else {
                pgCatalog.add(f.name(), function);
                root.add(f.name(), function);
            }
        }
    }

    /**
     * The model of the catalog a query runs against, from its DataContext. Called by generated code.
     *
     * @throws IllegalStateException when the context has no catalog (e.g. while the planner folds
     *     constants, which must not happen for catalog lookups)
     */
    public static CatalogModel modelOf(DataContext context) {
        SchemaPlus root = context == null ? null : context.getRootSchema();
        SchemaPlus catalog = root == null ? null : root.getSubSchema(PG_CATALOG);
        Schema schema = catalog == null ? null : catalog.unwrap(Schema.class);
        if (schema == null) {
            throw new IllegalStateException("the query's DataContext has no pg_catalog schema");
        }
        return schema.model;
    }

    /**
     * The session of a running query. Called by generated code; requiring the query's catalog first
     * makes the planner's constant folding (which has no catalog) fail, so session values are never
     * baked into a plan that other sessions may reuse.
     */
    public static SessionSettings sessionOf(DataContext context) {
        modelOf(context);
        return CurrentSession.require();
    }

    /** One of the two catalog schemas: its relations as {@link CatalogTable}s. */
    static final class Schema extends AbstractSchema {
        private final CatalogModel model;
        private final Map<String, Table> tables = new HashMap<>();

        Schema(CatalogModel model, String name) {
            this.model = model;
            for (SystemRelation r : BuiltinCatalog.relations()) {
                if (r.schema().equals(name)) {
                    tables.put(r.name(), new CatalogTable(r, model));
                }
            }
        }

        @Override
        protected Map<String, Table> getTableMap() {
            return tables;
        }
    }
}
