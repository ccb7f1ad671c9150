package dev.pgwire.runtime.engine;

import dev.pgwire.runtime.spi.TableSource;
import dev.pgwire.runtime.tables.TableRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelProtoDataType;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The Calcite schema tree of one registry snapshot: one sub-schema per table schema ({@code public}
 * always exists), the catalog schemas, and PostgreSQL's type names as aliases in the root (Calcite
 * resolves user-defined type names only there). Immutable; rebuilt when the registry version changes.
 */
final class EngineSchema {
    private final long version;
    private final CalciteSchema root;
    private final Map<List<String>, RegistryTable<?>> tables;
    private final CatalogBridge.CatalogIds catalogIds;

    private EngineSchema(
            long version,
            CalciteSchema root,
            Map<List<String>, RegistryTable<?>> tables,
            CatalogBridge.CatalogIds catalogIds) {
        this.version = version;
        this.root = root;
        this.tables = tables;
        this.catalogIds = catalogIds;
    }

    static EngineSchema build(TableRegistry.Snapshot snapshot) {
        CalciteSchema root = CalciteSchema.createRootSchema(false, false);
        SchemaPlus plus = root.plus();
        plus.add("public", new AbstractSchema());
        Map<List<String>, RegistryTable<?>> tables = new HashMap<>();
        for (TableSource<?> source : snapshot.tables()) {
            SchemaPlus schema = plus.getSubSchema(source.schema());
            if (schema == null) {
                schema = plus.add(source.schema(), new AbstractSchema());
            }
            RegistryTable<?> table = new RegistryTable<>(source);
            schema.add(source.name(), table);
            tables.put(List.of(source.schema(), source.name()), table);
        }
        addTypeAliases(plus);
        CatalogBridge.CatalogIds ids = CatalogBridge.install(plus, snapshot);
        return new EngineSchema(snapshot.version(), root, Map.copyOf(tables), ids);
    }

    long version() {
        return version;
    }

    CalciteSchema root() {
        return root;
    }

    /** The registry table {@code schema.name}, or null (catalog tables, unknown names). */
    RegistryTable<?> table(String schema, String name) {
        return tables.get(List.of(schema, name));
    }

    int relationOid(String schema, String name) {
        return catalogIds.relationOid(schema, name);
    }

    int attTypeOid(String schema, String table, String column) {
        return catalogIds.attTypeOid(schema, table, column);
    }

    int attnum(String schema, String table, String column) {
        return catalogIds.attnum(schema, table, column);
    }

    /** PostgreSQL type names that are not SQL keywords, for casts ({@code x::int8}) and declared parameters. */
    private static void addTypeAliases(SchemaPlus root) {
        alias(root, SqlTypeName.SMALLINT, "int2");
        alias(root, SqlTypeName.INTEGER, "int4", "oid", "regclass", "regtype", "regproc", "regprocedure",
                "regnamespace", "regoper", "regrole", "xid", "cid");
        alias(root, SqlTypeName.BIGINT, "int8");
        alias(root, SqlTypeName.REAL, "float4");
        alias(root, SqlTypeName.DOUBLE, "float8");
        alias(root, SqlTypeName.BOOLEAN, "bool");
        alias(root, SqlTypeName.VARCHAR, "text", "name", "bpchar", "char", "json", "jsonb", "citext",
                "int2vector", "oidvector", "pg_node_tree", "aclitem");
        alias(root, SqlTypeName.VARBINARY, "bytea");
        alias(root, SqlTypeName.UUID, "uuid");
        RelProtoDataType timestamptz =
                f -> f.createSqlType(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE, 3);
        root.add("timestamptz", timestamptz);
    }

    private static void alias(SchemaPlus root, SqlTypeName type, String... names) {
        RelProtoDataType proto = (RelDataTypeFactory f) -> f.createSqlType(type);
        for (String name : names) {
            root.add(name, proto);
        }
    }
}
