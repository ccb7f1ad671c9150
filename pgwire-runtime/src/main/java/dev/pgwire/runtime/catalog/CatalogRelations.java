package dev.pgwire.runtime.catalog;

import java.util.Map;
import java.util.Set;

/** Which producer fills each catalog relation; relations not listed exist with no rows. */
final class CatalogRelations {
    private static final Map<String, RowSource> SOURCES = Map.ofEntries(
            Map.entry("pg_catalog.pg_namespace", ClassRows::namespaces),
            Map.entry("pg_catalog.pg_class", ClassRows::classes),
            Map.entry("pg_catalog.pg_attribute", ClassRows::attributes),
            Map.entry("pg_catalog.pg_index", ClassRows::indexes),
            Map.entry("pg_catalog.pg_constraint", ClassRows::constraints),
            Map.entry("pg_catalog.pg_description", ClassRows::descriptions),
            Map.entry("pg_catalog.pg_type", TypeRows::types),
            Map.entry("pg_catalog.pg_proc", TypeRows::procs),
            Map.entry("pg_catalog.pg_am", TypeRows::accessMethods),
            Map.entry("pg_catalog.pg_collation", TypeRows::collations),
            Map.entry("pg_catalog.pg_database", ServerRows::databases),
            Map.entry("pg_catalog.pg_roles", ServerRows::roles),
            Map.entry("pg_catalog.pg_authid", ServerRows::authIds),
            Map.entry("pg_catalog.pg_user", ServerRows::users),
            Map.entry("pg_catalog.pg_tablespace", ServerRows::tablespaces),
            Map.entry("pg_catalog.pg_shdescription", ServerRows::sharedDescriptions),
            Map.entry("pg_catalog.pg_stat_activity", ServerRows::activity),
            Map.entry("pg_catalog.pg_settings", ServerRows::settings),
            Map.entry("pg_catalog.pg_tables", ViewRows::tables),
            Map.entry("pg_catalog.pg_views", ViewRows::views),
            Map.entry("pg_catalog.pg_indexes", ViewRows::indexes),
            Map.entry("information_schema.tables", InformationSchemaRows::tables),
            Map.entry("information_schema.columns", InformationSchemaRows::columns),
            Map.entry("information_schema.schemata", InformationSchemaRows::schemata),
            Map.entry("information_schema.views", InformationSchemaRows::views),
            Map.entry("information_schema.table_constraints", InformationSchemaRows::tableConstraints),
            Map.entry("information_schema.key_column_usage", InformationSchemaRows::keyColumnUsage),
            Map.entry("information_schema.referential_constraints", InformationSchemaRows::referentialConstraints),
            Map.entry("information_schema.constraint_column_usage", InformationSchemaRows::constraintColumnUsage),
            Map.entry("information_schema.constraint_table_usage", InformationSchemaRows::constraintTableUsage));

    /** Relations whose rows show the session's user, database or settings. */
    private static final Set<String> SESSION_DEPENDENT = Set.of(
            "pg_catalog.pg_database", "pg_catalog.pg_roles", "pg_catalog.pg_authid", "pg_catalog.pg_user",
            "pg_catalog.pg_settings", "pg_catalog.pg_tables", "pg_catalog.pg_views", "pg_catalog.pg_stat_activity");

    private CatalogRelations() {}

    /**
     * Whether the rows depend on the session, not only on the model (the {@code information_schema}
     * views all name the current database).
     */
    static boolean sessionDependent(SystemRelation relation) {
        return relation.schema().equals("information_schema")
                || SESSION_DEPENDENT.contains(relation.schema() + "." + relation.name());
    }

    static RowSource source(SystemRelation relation) {
        return SOURCES.getOrDefault(relation.schema() + "." + relation.name(), RowSource.EMPTY);
    }
}
