package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.spi.Column;
import dev.pgwire.runtime.spi.TableSource;
import dev.pgwire.runtime.tables.ForeignKeys;
import dev.pgwire.runtime.tables.TableRegistry;
import dev.pgwire.runtime.types.ColumnTypes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The system catalog of one registry snapshot: namespaces, relations, attributes, types, indexes,
 * constraints and functions, with PostgreSQL-style OIDs. Immutable and free of Calcite.
 *
 * <p>OIDs are stable while the set of tables is: built-in objects keep PostgreSQL 15's OIDs, and user
 * objects are numbered from 16384 in the snapshot's (schema, name) order, each table taking a block
 * like PostgreSQL's {@code CREATE TABLE} (table, array type, row type, then the primary-key index and
 * constraint, then its foreign keys), followed by the user schemas. The first table therefore gets 16384, as in a fresh
 * PostgreSQL database.
 */
public final class CatalogModel {
    private final long version;
    private final List<NamespaceDef> namespaces;
    private final List<RelationDef> relations;
    private final List<TypeDef> types;
    private final List<IndexDef> indexes;
    private final List<ConstraintDef> constraints;
    private final List<ProcDef> procs;
    private final Map<Integer, NamespaceDef> namespaceByOid = new HashMap<>();
    private final Map<String, NamespaceDef> namespaceByName = new HashMap<>();
    private final Map<Integer, RelationDef> relationByOid = new HashMap<>();
    private final Map<Integer, Map<String, RelationDef>> relationByName = new HashMap<>();
    private final Map<Integer, TypeDef> typeByOid = new HashMap<>();
    private final Map<Integer, IndexDef> indexByOid = new HashMap<>();
    private final Map<Integer, ConstraintDef> constraintByOid = new HashMap<>();
    private final Map<Integer, ProcDef> procByOid = new HashMap<>();

    private CatalogModel(long version, List<NamespaceDef> namespaces, List<RelationDef> relations,
            List<TypeDef> types, List<IndexDef> indexes, List<ConstraintDef> constraints, List<ProcDef> procs) {
        this.version = version;
        this.namespaces = List.copyOf(namespaces);
        this.relations = List.copyOf(relations);
        this.types = List.copyOf(types);
        this.indexes = List.copyOf(indexes);
        this.constraints = List.copyOf(constraints);
        this.procs = List.copyOf(procs);
        for (NamespaceDef n : this.namespaces) {
            namespaceByOid.put(n.oid(), n);
            namespaceByName.put(n.name(), n);
        }
        for (RelationDef r : this.relations) {
            relationByOid.put(r.oid(), r);
            relationByName.computeIfAbsent(r.namespaceOid(), k -> new HashMap<>()).put(r.name(), r);
        }
        for (TypeDef t : this.types) {
            typeByOid.put(t.oid(), t);
        }
        for (IndexDef i : this.indexes) {
            indexByOid.put(i.oid(), i);
        }
        for (ConstraintDef c : this.constraints) {
            constraintByOid.put(c.oid(), c);
        }
        for (ProcDef p : this.procs) {
            procByOid.put(p.oid(), p);
        }
    }

    /** The catalog of {@code snapshot}'s tables. */
    public static CatalogModel build(TableRegistry.Snapshot snapshot) {
        List<NamespaceDef> namespaces = new ArrayList<>(List.of(
                new NamespaceDef(Oids.PG_TOAST, "pg_toast", Oids.BOOTSTRAP_ROLE, "reserved schema for TOAST tables"),
                new NamespaceDef(Oids.PG_CATALOG, "pg_catalog", Oids.BOOTSTRAP_ROLE, "system catalog schema"),
                new NamespaceDef(Oids.PUBLIC, "public", Oids.PG_DATABASE_OWNER, "standard public schema"),
                new NamespaceDef(Oids.INFORMATION_SCHEMA, "information_schema", Oids.BOOTSTRAP_ROLE, "")));
        Map<String, Integer> namespaceOids = new HashMap<>();
        namespaces.forEach(n -> namespaceOids.put(n.name(), n.oid()));

        List<RelationDef> relations = new ArrayList<>();
        List<TypeDef> types = new ArrayList<>(BuiltinCatalog.types());
        for (SystemRelation r : BuiltinCatalog.relations()) {
            relations.add(systemRelation(r, namespaceOids.get(r.schema())));
        }

        // Pass 1: OID blocks for the tables, in snapshot order (sorted by schema, then name).
        List<TableSource<?>> tables = snapshot.tables();
        int next = Oids.FIRST_USER_OID;
        int[] firstOid = new int[tables.size()];
        for (int i = 0; i < tables.size(); i++) {
            firstOid[i] = next;
            next += 3 + (hasPrimaryKey(tables.get(i)) ? 2 : 0) + foreignKeyCount(tables.get(i));
        }
        for (String schema : new TreeSet<>(tables.stream().map(TableSource::schema).toList())) {
            if (!namespaceOids.containsKey(schema)) {
                namespaces.add(new NamespaceDef(next, schema, Oids.BOOTSTRAP_ROLE, ""));
                namespaceOids.put(schema, next++);
            }
        }

        // Pass 2: the objects of each table.
        List<IndexDef> indexes = new ArrayList<>();
        List<ConstraintDef> constraints = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            TableSource<?> t = tables.get(i);
            int oid = firstOid[i];
            int arrayType = oid + 1;
            int rowType = oid + 2;
            int namespace = namespaceOids.get(t.schema());
            List<AttributeDef> attributes = new ArrayList<>();
            List<Short> keys = new ArrayList<>();
            List<Column> columns = t.rowType().columns();
            for (int c = 0; c < columns.size(); c++) {
                Column col = columns.get(c);
                short attnum = (short) (c + 1);
                boolean notNull = !col.nullable() || col.primaryKey();
                attributes.add(new AttributeDef(col.name(), attnum, ColumnTypes.pgType(col).oid(),
                        ColumnTypes.typmod(col), notNull, col.description()));
                if (col.primaryKey()) {
                    keys.add(attnum);
                }
            }
            relations.add(new RelationDef(oid, t.name(), namespace, 'r', rowType, attributes, t.description()));
            types.add(BuiltinCatalog.arrayType(arrayType, "_" + t.name(), namespace, rowType, 'd'));
            types.add(rowType(rowType, t.name(), namespace, oid, arrayType));
            if (!keys.isEmpty()) {
                int indexOid = oid + 3;
                String name = t.name() + "_pkey";
                List<AttributeDef> indexAttributes = new ArrayList<>();
                for (short k = 0; k < keys.size(); k++) {
                    AttributeDef a = attributes.get(keys.get(k) - 1);
                    indexAttributes.add(new AttributeDef(a.name(), (short) (k + 1), a.typeOid(), a.typmod(), false, ""));
                }
                relations.add(new RelationDef(indexOid, name, namespace, 'i', 0, indexAttributes, ""));
                indexes.add(new IndexDef(indexOid, name, oid, keys));
                constraints.add(new ConstraintDef(oid + 4, name, namespace, 'p', oid, indexOid, keys));
            }
        }
        constraints.addAll(foreignKeys(tables, firstOid, namespaceOids));

        List<ProcDef> procs = new ArrayList<>(BuiltinCatalog.typeProcs());
        for (FunctionDef f : FunctionCatalog.all()) {
            procs.add(f.toProc());
        }
        return new CatalogModel(snapshot.version(), namespaces, relations, types, indexes, constraints, procs);
    }

    private static boolean hasPrimaryKey(TableSource<?> t) {
        return t.rowType().columns().stream().anyMatch(Column::primaryKey);
    }

    private static int foreignKeyCount(TableSource<?> t) {
        return (int) t.rowType().columns().stream().filter(c -> c.references() != null).count();
    }

    /**
     * The foreign keys of every table, each taking the OIDs after its table's primary key. They are
     * named as PostgreSQL names them ({@code <table>_<column>_fkey}); {@code conindid} is the
     * referenced primary key's index.
     */
    private static List<ConstraintDef> foreignKeys(List<TableSource<?>> tables, int[] firstOid,
            Map<String, Integer> namespaceOids) {
        Map<String, TableSource<?>> byName = new HashMap<>();
        Map<TableSource<?>, Integer> oids = new IdentityHashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            byName.put(tables.get(i).qualifiedName(), tables.get(i));
            oids.put(tables.get(i), firstOid[i]);
        }
        List<ConstraintDef> out = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            TableSource<?> t = tables.get(i);
            int next = firstOid[i] + 3 + (hasPrimaryKey(t) ? 2 : 0);
            List<ForeignKeys.Resolved> resolved;
            try {
                resolved = ForeignKeys.resolve(t, byName);
            } catch (IllegalStateException e) {
                continue; // the registry refuses such tables; a hand-built snapshot just lacks the constraint
            }
            for (ForeignKeys.Resolved fk : resolved) {
                int target = oids.get(fk.target());
                String column = t.rowType().columns().get(fk.column()).name();
                out.add(new ConstraintDef(next++, Names.objectName(t.name(), column, "fkey"),
                        namespaceOids.get(t.schema()), 'f', firstOid[i], target + 3,
                        List.of((short) (fk.column() + 1)), target, List.of((short) (fk.targetColumn() + 1))));
            }
        }
        return out;
    }

    private static RelationDef systemRelation(SystemRelation r, int namespace) {
        List<AttributeDef> attributes = new ArrayList<>();
        for (int i = 0; i < r.columns().size(); i++) {
            SystemRelation.Column c = r.columns().get(i);
            attributes.add(new AttributeDef(c.name(), (short) (i + 1), c.typeOid(), -1, c.notNull(), ""));
        }
        return new RelationDef(r.oid(), r.name(), namespace, r.kind(), 0, attributes, "");
    }

    private static TypeDef rowType(int oid, String name, int namespace, int relation, int arrayOid) {
        return new TypeDef(oid, name, namespace, (short) -1, false, 'c', 'C', false, ',', relation, 0, 0, arrayOid,
                Oids.RECORD_IN, Oids.RECORD_OUT, Oids.RECORD_RECV, Oids.RECORD_SEND, 0, 0, 0, 'd', 'x', 0);
    }

    /** The registry snapshot version this catalog describes. */
    public long version() {
        return version;
    }

    public List<NamespaceDef> namespaces() {
        return namespaces;
    }

    /** Catalog relations, then user tables and their indexes. */
    public List<RelationDef> relations() {
        return relations;
    }

    public List<TypeDef> types() {
        return types;
    }

    public List<IndexDef> indexes() {
        return indexes;
    }

    public List<ConstraintDef> constraints() {
        return constraints;
    }

    public List<ProcDef> procs() {
        return procs;
    }

    public NamespaceDef namespace(int oid) {
        return namespaceByOid.get(oid);
    }

    /** The namespace named {@code name} (exact, already folded), or null. */
    public NamespaceDef namespace(String name) {
        return namespaceByName.get(name);
    }

    public RelationDef relation(int oid) {
        return relationByOid.get(oid);
    }

    /** The relation {@code schema.name} (exact names), or null. */
    public RelationDef relation(String schema, String name) {
        NamespaceDef n = namespaceByName.get(schema);
        return n == null ? null : relation(n.oid(), name);
    }

    /** The relation named {@code name} in namespace {@code namespaceOid}, or null. */
    public RelationDef relation(int namespaceOid, String name) {
        return relationByName.getOrDefault(namespaceOid, Map.of()).get(name);
    }

    /** {@code pg_class.oid} of {@code schema.table}, or 0 when there is no such relation. */
    public int relationOid(String schema, String table) {
        RelationDef r = relation(schema, table);
        return r == null ? 0 : r.oid();
    }

    /** {@code pg_attribute.attnum} of a column, or 0 when there is no such column. */
    public int attnum(String schema, String table, String column) {
        RelationDef r = relation(schema, table);
        AttributeDef a = r == null ? null : r.attribute(column);
        return a == null ? 0 : a.attnum();
    }

    public TypeDef type(int oid) {
        return typeByOid.get(oid);
    }

    public IndexDef index(int oid) {
        return indexByOid.get(oid);
    }

    public ConstraintDef constraint(int oid) {
        return constraintByOid.get(oid);
    }

    public ProcDef proc(int oid) {
        return procByOid.get(oid);
    }

    /** Name of a namespace, or null. */
    public String namespaceName(int oid) {
        NamespaceDef n = namespaceByOid.get(oid);
        return n == null ? null : n.name();
    }

    /** The indexes of a table (its primary-key index, if any). */
    public List<IndexDef> indexesOf(int tableOid) {
        List<IndexDef> out = new ArrayList<>();
        for (IndexDef i : indexes) {
            if (i.tableOid() == tableOid) {
                out.add(i);
            }
        }
        return Collections.unmodifiableList(out);
    }
}
