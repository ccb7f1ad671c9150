package dev.pgwire.runtime.engine;

import dev.pgwire.runtime.catalog.AttributeDef;
import dev.pgwire.runtime.catalog.CatalogModel;
import dev.pgwire.runtime.catalog.CurrentSession;
import dev.pgwire.runtime.catalog.PgCatalogSchemas;
import dev.pgwire.runtime.catalog.RelationDef;
import dev.pgwire.runtime.query.SessionSettings;
import dev.pgwire.runtime.tables.TableRegistry;
import org.apache.calcite.schema.SchemaPlus;

/**
 * The engine's only contact with {@code dev.pgwire.runtime.catalog}: installing {@code pg_catalog} and
 * {@code information_schema} into a fresh root schema, OIDs and attribute numbers for result columns, and
 * the session that session-dependent catalog functions read while a plan runs.
 */
final class CatalogBridge {
    private CatalogBridge() {}

    /** Table OIDs and attribute numbers of the installed catalog; 0 when unknown. */
    interface CatalogIds {
        int relationOid(String schema, String table);

        int attnum(String schema, String table, String column);

        /** {@code atttypid} of a column, 0 when unknown. */
        int attTypeOid(String schema, String table, String column);
    }

    /** Adds the catalog schemas and functions to {@code root}. */
    static CatalogIds install(SchemaPlus root, TableRegistry.Snapshot snapshot) {
        CatalogModel model = CatalogModel.build(snapshot);
        PgCatalogSchemas.install(root, model);
        return new CatalogIds() {
            @Override
            public int relationOid(String schema, String table) {
                return model.relationOid(schema, table);
            }

            @Override
            public int attnum(String schema, String table, String column) {
                return model.attnum(schema, table, column);
            }

            @Override
            public int attTypeOid(String schema, String table, String column) {
                RelationDef relation = model.relation(schema, table);
                AttributeDef a = relation == null ? null : relation.attribute(column);
                return a == null ? 0 : a.typeOid();
            }
        };
    }

    /**
     * Makes {@code session} visible to catalog functions on this thread while a plan executes. Not
     * called while planning: session-dependent functions then refuse to run, which keeps the planner
     * from folding them into constants of a plan that other sessions share.
     */
    static void enter(SessionSettings session) {
        CurrentSession.set(session);
    }

    /**
     * Undoes {@link #enter}. Sets null rather than removing the entry: cursors enter and exit once per row,
     * and removing a thread-local entry costs a scan of the thread's map.
     */
    static void exit() {
        CurrentSession.set(null);
    }
}
