package dev.pgwire.runtime.engine;

import dev.pgwire.runtime.query.SessionSettings;
import dev.pgwire.runtime.tables.TableRegistry;
import org.apache.calcite.schema.SchemaPlus;

/**
 * The engine's only contact with {@code dev.pgwire.runtime.catalog}: installing {@code pg_catalog} and
 * {@code information_schema} into a fresh root schema, table OIDs for result columns, and the session
 * that session-dependent catalog functions read while a plan is prepared or runs.
 *
 * <p>TEMPORARY: the catalog package has not landed yet, so this installs nothing and knows no OIDs.
 * Once it lands, {@link #install} calls {@code PgCatalogSchemas.install(root, CatalogModel.build(snapshot))}
 * and returns the model's {@code relationOid}; {@link #enter}/{@link #exit} set and clear
 * {@code CurrentSession}.
 */
final class CatalogBridge {
    private CatalogBridge() {}

    /** Table OIDs by schema and name; 0 when unknown. */
    @FunctionalInterface
    interface RelationOids {
        int relationOid(String schema, String table);
    }

    /** Adds the catalog schemas and functions to {@code root}. */
    static RelationOids install(SchemaPlus root, TableRegistry.Snapshot snapshot) {
        return (schema, table) -> 0;
    }

    /** Makes {@code session} visible to catalog functions on this thread. */
    static void enter(SessionSettings session) {}

    /** Undoes {@link #enter}. */
    static void exit() {}
}
