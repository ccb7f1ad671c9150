package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.query.SessionSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code information_schema} views, following PostgreSQL 15's definitions of them. The exposed
 * tables are read-only, so nothing is insertable or updatable.
 */
final class InformationSchemaRows {
    private InformationSchemaRows() {}

    static List<Object[]> tables(SystemRelation rel, CatalogModel model, SessionSettings session) {
        String catalog = RowSource.require(session).database();
        List<Object[]> rows = new ArrayList<>();
        for (RelationDef r : model.relations()) {
            if (r.kind() == 'r' || r.kind() == 'v') {
                rows.add(new CatalogRow(rel)
                        .set("table_catalog", catalog)
                        .set("table_schema", model.namespaceName(r.namespaceOid()))
                        .set("table_name", r.name())
                        .set("table_type", r.kind() == 'r' ? "BASE TABLE" : "VIEW")
                        .set("is_insertable_into", "NO")
                        .set("is_typed", "NO")
                        .values());
            }
        }
        return rows;
    }

    static List<Object[]> columns(SystemRelation rel, CatalogModel model, SessionSettings session) {
        String catalog = RowSource.require(session).database();
        List<Object[]> rows = new ArrayList<>();
        for (RelationDef r : model.relations()) {
            if (r.kind() != 'r' && r.kind() != 'v') {
                continue;
            }
            for (AttributeDef a : r.attributes()) {
                rows.add(column(rel, model, catalog, r, a));
            }
        }
        return rows;
    }

    private static Object[] column(SystemRelation rel, CatalogModel model, String catalog, RelationDef r,
            AttributeDef a) {
        TypeDef t = model.type(a.typeOid());
        String typeName = t == null ? "???" : t.name();
        CatalogRow row = new CatalogRow(rel)
                .set("table_catalog", catalog)
                .set("table_schema", model.namespaceName(r.namespaceOid()))
                .set("table_name", r.name())
                .set("column_name", a.name())
                .set("ordinal_position", (int) a.attnum())
                .set("is_nullable", a.notNull() ? "NO" : "YES")
                .set("data_type", dataType(model, t, a))
                .set("udt_catalog", catalog)
                .set("udt_schema", t == null ? null : model.namespaceName(t.namespaceOid()))
                .set("udt_name", typeName)
                .set("dtd_identifier", Integer.toString(a.attnum()))
                .set("is_self_referencing", "NO")
                .set("is_identity", "NO")
                .set("identity_cycle", "NO")
                .set("is_generated", "NEVER")
                .set("is_updatable", "NO");
        switch (typeName) {
            case "varchar", "bpchar" -> {
                int length = Typmods.charLength(a.typmod());
                row.set("character_maximum_length", length < 0 ? null : length);
                row.set("character_octet_length", length < 0 ? 1073741824 : length * 4);
            }
            case "text" -> row.set("character_octet_length", 1073741824);
            case "int2" -> integer(row, 16);
            case "int4" -> integer(row, 32);
            case "int8" -> integer(row, 64);
            case "float4" -> row.set("numeric_precision", 24).set("numeric_precision_radix", 2);
            case "float8" -> row.set("numeric_precision", 53).set("numeric_precision_radix", 2);
            case "numeric" -> {
                int p = Typmods.numericPrecision(a.typmod());
                row.set("numeric_precision", p < 0 ? null : p)
                        .set("numeric_scale", p < 0 ? null : Typmods.numericScale(a.typmod()))
                        .set("numeric_precision_radix", 10);
            }
            case "date" -> row.set("datetime_precision", 0);
            case "time", "timetz", "timestamp", "timestamptz" ->
                    row.set("datetime_precision", a.typmod() < 0 ? 6 : a.typmod());
            default -> { }
        }
        return row.values();
    }

    private static void integer(CatalogRow row, int bits) {
        row.set("numeric_precision", bits).set("numeric_precision_radix", 2).set("numeric_scale", 0);
    }

    /** PostgreSQL's rule: ARRAY, USER-DEFINED for non-catalog types, else the SQL name without modifier. */
    private static String dataType(CatalogModel model, TypeDef t, AttributeDef a) {
        if (t == null) {
            return null;
        }
        if (t.isArray()) {
            return "ARRAY";
        }
        if (t.namespaceOid() != Oids.PG_CATALOG) {
            return "USER-DEFINED";
        }
        return TypeNames.format(model, t.oid(), null);
    }

    static List<Object[]> schemata(SystemRelation rel, CatalogModel model, SessionSettings session) {
        SessionSettings s = RowSource.require(session);
        List<Object[]> rows = new ArrayList<>();
        for (NamespaceDef n : model.namespaces()) {
            rows.add(new CatalogRow(rel)
                    .set("catalog_name", s.database())
                    .set("schema_name", n.name())
                    .set("schema_owner", SessionFunctions.pgGetUserById(s, n.ownerOid()))
                    .values());
        }
        return rows;
    }

    static List<Object[]> views(SystemRelation rel, CatalogModel model, SessionSettings session) {
        String catalog = RowSource.require(session).database();
        List<Object[]> rows = new ArrayList<>();
        for (RelationDef r : model.relations()) {
            if (r.kind() == 'v') {
                rows.add(new CatalogRow(rel)
                        .set("table_catalog", catalog)
                        .set("table_schema", model.namespaceName(r.namespaceOid()))
                        .set("table_name", r.name())
                        .set("check_option", "NONE")
                        .set("is_updatable", "NO")
                        .set("is_insertable_into", "NO")
                        .set("is_trigger_updatable", "NO")
                        .set("is_trigger_deletable", "NO")
                        .set("is_trigger_insertable_into", "NO")
                        .values());
            }
        }
        return rows;
    }

    /** Primary and foreign keys, and the NOT NULL checks PostgreSQL 15 also lists here, for the exposed tables. */
    static List<Object[]> tableConstraints(SystemRelation rel, CatalogModel model, SessionSettings session) {
        String catalog = RowSource.require(session).database();
        List<Object[]> rows = new ArrayList<>();
        for (RelationDef r : model.relations()) {
            if (r.kind() != 'r' || r.isSystem()) {
                continue;
            }
            String schema = model.namespaceName(r.namespaceOid());
            for (ConstraintDef c : model.constraints()) {
                if (c.tableOid() == r.oid()) {
                    rows.add(constraint(rel, catalog, schema, c.name(), r.name(),
                            c.isForeignKey() ? "FOREIGN KEY" : "PRIMARY KEY"));
                }
            }
            for (AttributeDef a : r.attributes()) {
                if (a.notNull()) {
                    String name = r.namespaceOid() + "_" + r.oid() + "_" + a.attnum() + "_not_null";
                    rows.add(constraint(rel, catalog, schema, name, r.name(), "CHECK"));
                }
            }
        }
        return rows;
    }

    private static Object[] constraint(SystemRelation rel, String catalog, String schema, String name, String table,
            String type) {
        return new CatalogRow(rel)
                .set("constraint_catalog", catalog)
                .set("constraint_schema", schema)
                .set("constraint_name", name)
                .set("table_catalog", catalog)
                .set("table_schema", schema)
                .set("table_name", table)
                .set("constraint_type", type)
                .set("is_deferrable", "NO")
                .set("initially_deferred", "NO")
                .set("enforced", "YES")
                .values();
    }

    static List<Object[]> keyColumnUsage(SystemRelation rel, CatalogModel model, SessionSettings session) {
        String catalog = RowSource.require(session).database();
        List<Object[]> rows = new ArrayList<>();
        for (ConstraintDef c : model.constraints()) {
            RelationDef table = model.relation(c.tableOid());
            String schema = model.namespaceName(table.namespaceOid());
            for (int i = 0; i < c.keys().size(); i++) {
                rows.add(new CatalogRow(rel)
                        .set("constraint_catalog", catalog)
                        .set("constraint_schema", schema)
                        .set("constraint_name", c.name())
                        .set("table_catalog", catalog)
                        .set("table_schema", schema)
                        .set("table_name", table.name())
                        .set("column_name", table.attributes().get(c.keys().get(i) - 1).name())
                        .set("ordinal_position", i + 1)
                        // The position of the referenced column in the referenced (primary) key.
                        .set("position_in_unique_constraint", c.isForeignKey()
                                ? positionInKey(model, c, i) : null)
                        .values());
            }
        }
        return rows;
    }

    private static Integer positionInKey(CatalogModel model, ConstraintDef fk, int i) {
        for (ConstraintDef c : model.constraints()) {
            if (c.indexOid() == fk.indexOid() && !c.isForeignKey()) {
                return c.keys().indexOf(fk.referencedKeys().get(i)) + 1;
            }
        }
        return null;
    }

    /** The primary key a foreign key references (the constraint that owns the index it points at). */
    private static ConstraintDef referencedKey(CatalogModel model, ConstraintDef fk) {
        for (ConstraintDef c : model.constraints()) {
            if (c.indexOid() == fk.indexOid() && !c.isForeignKey()) {
                return c;
            }
        }
        return null;
    }

    /** Foreign keys: {@code MATCH SIMPLE} (shown as {@code NONE}), {@code NO ACTION} on update and delete. */
    static List<Object[]> referentialConstraints(SystemRelation rel, CatalogModel model, SessionSettings session) {
        String catalog = RowSource.require(session).database();
        List<Object[]> rows = new ArrayList<>();
        for (ConstraintDef c : model.constraints()) {
            ConstraintDef key = c.isForeignKey() ? referencedKey(model, c) : null;
            if (key == null) {
                continue;
            }
            rows.add(new CatalogRow(rel)
                    .set("constraint_catalog", catalog)
                    .set("constraint_schema", model.namespaceName(c.namespaceOid()))
                    .set("constraint_name", c.name())
                    .set("unique_constraint_catalog", catalog)
                    .set("unique_constraint_schema", model.namespaceName(key.namespaceOid()))
                    .set("unique_constraint_name", key.name())
                    .set("match_option", "NONE")
                    .set("update_rule", "NO ACTION")
                    .set("delete_rule", "NO ACTION")
                    .values());
        }
        return rows;
    }

    /**
     * The columns each constraint uses: a key's own columns, and for a foreign key the referenced
     * columns (PostgreSQL lists those, not the referencing ones).
     */
    static List<Object[]> constraintColumnUsage(SystemRelation rel, CatalogModel model, SessionSettings session) {
        String catalog = RowSource.require(session).database();
        List<Object[]> rows = new ArrayList<>();
        for (ConstraintDef c : model.constraints()) {
            RelationDef table = model.relation(c.isForeignKey() ? c.referencedTableOid() : c.tableOid());
            for (short k : c.isForeignKey() ? c.referencedKeys() : c.keys()) {
                rows.add(new CatalogRow(rel)
                        .set("table_catalog", catalog)
                        .set("table_schema", model.namespaceName(table.namespaceOid()))
                        .set("table_name", table.name())
                        .set("column_name", table.attributes().get(k - 1).name())
                        .set("constraint_catalog", catalog)
                        .set("constraint_schema", model.namespaceName(c.namespaceOid()))
                        .set("constraint_name", c.name())
                        .values());
            }
        }
        return rows;
    }

    /** The table each constraint uses: its own for a primary key, the referenced one for a foreign key. */
    static List<Object[]> constraintTableUsage(SystemRelation rel, CatalogModel model, SessionSettings session) {
        String catalog = RowSource.require(session).database();
        List<Object[]> rows = new ArrayList<>();
        for (ConstraintDef c : model.constraints()) {
            RelationDef table = model.relation(c.isForeignKey() ? c.referencedTableOid() : c.tableOid());
            rows.add(new CatalogRow(rel)
                    .set("table_catalog", catalog)
                    .set("table_schema", model.namespaceName(table.namespaceOid()))
                    .set("table_name", table.name())
                    .set("constraint_catalog", catalog)
                    .set("constraint_schema", model.namespaceName(c.namespaceOid()))
                    .set("constraint_name", c.name())
                    .values());
        }
        return rows;
    }
}
