package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.query.SessionSettings;
import java.util.ArrayList;
import java.util.List;

/** The {@code pg_catalog} convenience views: {@code pg_tables}, {@code pg_views}, {@code pg_indexes}. */
final class ViewRows {
    private ViewRows() {}

    static List<Object[]> tables(SystemRelation rel, CatalogModel model, SessionSettings session) {
        String owner = RowSource.require(session).user();
        List<Object[]> rows = new ArrayList<>();
        for (RelationDef r : model.relations()) {
            if (r.kind() == 'r') {
                rows.add(new CatalogRow(rel)
                        .set("schemaname", model.namespaceName(r.namespaceOid()))
                        .set("tablename", r.name())
                        .set("tableowner", owner)
                        .set("hasindexes", !model.indexesOf(r.oid()).isEmpty())
                        .set("hasrules", false)
                        .set("hastriggers", false)
                        .set("rowsecurity", false)
                        .values());
            }
        }
        return rows;
    }

    /** The catalog's own views; their definitions are not SQL here, so {@code definition} is null. */
    static List<Object[]> views(SystemRelation rel, CatalogModel model, SessionSettings session) {
        String owner = RowSource.require(session).user();
        List<Object[]> rows = new ArrayList<>();
        for (RelationDef r : model.relations()) {
            if (r.kind() == 'v') {
                rows.add(new CatalogRow(rel)
                        .set("schemaname", model.namespaceName(r.namespaceOid()))
                        .set("viewname", r.name())
                        .set("viewowner", owner)
                        .values());
            }
        }
        return rows;
    }

    static List<Object[]> indexes(SystemRelation rel, CatalogModel model, SessionSettings session) {
        List<Object[]> rows = new ArrayList<>();
        for (IndexDef i : model.indexes()) {
            RelationDef table = model.relation(i.tableOid());
            rows.add(new CatalogRow(rel)
                    .set("schemaname", model.namespaceName(table.namespaceOid()))
                    .set("tablename", table.name())
                    .set("indexname", i.name())
                    .set("indexdef", CatalogFunctions.pgGetIndexdef(model, i.oid()))
                    .values());
        }
        return rows;
    }
}
