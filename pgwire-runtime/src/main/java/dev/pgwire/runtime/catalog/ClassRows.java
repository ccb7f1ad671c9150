package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.query.SessionSettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code pg_namespace}, {@code pg_class}, {@code pg_attribute}, {@code pg_index}, {@code pg_constraint}, {@code pg_description}. */
final class ClassRows {
    private ClassRows() {}

    static List<Object[]> namespaces(SystemRelation rel, CatalogModel model, SessionSettings session) {
        List<Object[]> rows = new ArrayList<>();
        for (NamespaceDef n : model.namespaces()) {
            rows.add(new CatalogRow(rel).set("oid", n.oid()).set("nspname", n.name()).set("nspowner", n.ownerOid())
                    .values());
        }
        return rows;
    }

    static List<Object[]> classes(SystemRelation rel, CatalogModel model, SessionSettings session) {
        List<Object[]> rows = new ArrayList<>();
        Set<Integer> withForeignKeys = new HashSet<>();
        for (ConstraintDef c : model.constraints()) {
            if (c.isForeignKey()) {
                withForeignKeys.add(c.tableOid());
                withForeignKeys.add(c.referencedTableOid());
            }
        }
        for (RelationDef r : model.relations()) {
            boolean index = r.kind() == 'i';
            boolean hasIndex = !index && !model.indexesOf(r.oid()).isEmpty();
            rows.add(new CatalogRow(rel)
                    .set("oid", r.oid())
                    .set("relname", r.name())
                    .set("relnamespace", r.namespaceOid())
                    .set("reltype", r.rowTypeOid())
                    .set("reloftype", 0)
                    .set("relowner", Oids.BOOTSTRAP_ROLE)
                    .set("relam", index ? Oids.BTREE_AM : r.kind() == 'r' ? Oids.HEAP_AM : 0)
                    .set("relfilenode", r.kind() == 'v' ? 0 : r.oid())
                    .set("reltablespace", 0)
                    // As a never-analyzed PostgreSQL table; a btree index has its metapage.
                    .set("relpages", index ? 1 : 0)
                    .set("reltuples", index ? 0.0f : -1.0f)
                    .set("relallvisible", 0)
                    .set("reltoastrelid", 0)
                    .set("relhasindex", hasIndex)
                    .set("relisshared", false)
                    .set("relpersistence", "p")
                    .set("relkind", String.valueOf(r.kind()))
                    .set("relnatts", r.attributes().size())
                    .set("relchecks", 0)
                    .set("relhasrules", false)
                    // PostgreSQL backs foreign keys with triggers on both tables; psql shows keys only then.
                    .set("relhastriggers", withForeignKeys.contains(r.oid()))
                    .set("relhassubclass", false)
                    .set("relrowsecurity", false)
                    .set("relforcerowsecurity", false)
                    .set("relispopulated", true)
                    .set("relreplident", index || r.kind() == 'v' ? "n" : "d")
                    .set("relispartition", false)
                    .set("relrewrite", 0)
                    .set("relfrozenxid", 0)
                    .set("relminmxid", 0)
                    .values());
        }
        return rows;
    }

    static List<Object[]> attributes(SystemRelation rel, CatalogModel model, SessionSettings session) {
        List<Object[]> rows = new ArrayList<>();
        for (RelationDef r : model.relations()) {
            for (AttributeDef a : r.attributes()) {
                TypeDef t = model.type(a.typeOid());
                rows.add(new CatalogRow(rel)
                        .set("attrelid", r.oid())
                        .set("attname", a.name())
                        .set("atttypid", a.typeOid())
                        .set("attstattarget", -1)
                        .set("attlen", t == null ? -1 : (int) t.typlen())
                        .set("attnum", (int) a.attnum())
                        .set("attndims", t != null && t.isArray() ? 1 : 0)
                        .set("attcacheoff", -1)
                        .set("atttypmod", a.typmod())
                        .set("attbyval", t != null && t.byValue())
                        .set("attalign", t == null ? "i" : String.valueOf(t.align()))
                        .set("attstorage", t == null ? "x" : String.valueOf(t.storage()))
                        .set("attcompression", "")
                        .set("attnotnull", a.notNull())
                        .set("atthasdef", false)
                        .set("atthasmissing", false)
                        .set("attidentity", "")
                        .set("attgenerated", "")
                        .set("attisdropped", false)
                        .set("attislocal", true)
                        .set("attinhcount", 0)
                        .set("attcollation", t == null ? 0 : t.collation())
                        .values());
            }
        }
        return rows;
    }

    static List<Object[]> indexes(SystemRelation rel, CatalogModel model, SessionSettings session) {
        List<Object[]> rows = new ArrayList<>();
        for (IndexDef i : model.indexes()) {
            List<Short> zeros = Collections.nCopies(i.keys().size(), (short) 0);
            rows.add(new CatalogRow(rel)
                    .set("indexrelid", i.oid())
                    .set("indrelid", i.tableOid())
                    .set("indnatts", i.keys().size())
                    .set("indnkeyatts", i.keys().size())
                    .set("indisunique", true)
                    .set("indnullsnotdistinct", false)
                    .set("indisprimary", true)
                    .set("indisexclusion", false)
                    .set("indimmediate", true)
                    .set("indisclustered", false)
                    .set("indisvalid", true)
                    .set("indcheckxmin", false)
                    .set("indisready", true)
                    .set("indislive", true)
                    .set("indisreplident", false)
                    .set("indkey", i.keys())
                    .set("indcollation", Collections.nCopies(i.keys().size(), 0))
                    .set("indclass", Collections.nCopies(i.keys().size(), 0))
                    .set("indoption", zeros)
                    .values());
        }
        return rows;
    }

    static List<Object[]> constraints(SystemRelation rel, CatalogModel model, SessionSettings session) {
        List<Object[]> rows = new ArrayList<>();
        for (ConstraintDef c : model.constraints()) {
            boolean fk = c.isForeignKey();
            rows.add(new CatalogRow(rel)
                    .set("oid", c.oid())
                    .set("conname", c.name())
                    .set("connamespace", c.namespaceOid())
                    .set("contype", String.valueOf(c.type()))
                    .set("condeferrable", false)
                    .set("condeferred", false)
                    .set("convalidated", true)
                    .set("conrelid", c.tableOid())
                    .set("contypid", 0)
                    .set("conindid", c.indexOid())
                    .set("conparentid", 0)
                    .set("confrelid", c.referencedTableOid())
                    // Foreign keys: ON UPDATE/DELETE NO ACTION, MATCH SIMPLE (PostgreSQL's defaults).
                    .set("confupdtype", fk ? "a" : " ")
                    .set("confdeltype", fk ? "a" : " ")
                    .set("confmatchtype", fk ? "s" : " ")
                    .set("conislocal", true)
                    .set("coninhcount", 0)
                    .set("connoinherit", true)
                    .set("conkey", c.keys())
                    .set("confkey", fk ? c.referencedKeys() : null)
                    .set("conpfeqop", fk ? equalityOperators(model, c.referencedTableOid(), c.referencedKeys(),
                            c.tableOid(), c.keys()) : null)
                    .set("conppeqop", fk ? equalityOperators(model, c.referencedTableOid(), c.referencedKeys(),
                            c.referencedTableOid(), c.referencedKeys()) : null)
                    .set("conffeqop", fk ? equalityOperators(model, c.tableOid(), c.keys(), c.tableOid(), c.keys())
                            : null)
                    .values());
        }
        return rows;
    }

    /** The {@code =} operators between the key columns of two tables, pairwise (for {@code conpfeqop} and co.). */
    private static List<Integer> equalityOperators(CatalogModel model, int leftTable, List<Short> left,
            int rightTable, List<Short> right) {
        RelationDef l = model.relation(leftTable);
        RelationDef r = model.relation(rightTable);
        List<Integer> ops = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            ops.add(Operators.equality(l.attributes().get(left.get(i) - 1).typeOid(),
                    r.attributes().get(right.get(i) - 1).typeOid()));
        }
        return ops;
    }

    /** Schema comments, table comments ({@code objsubid} 0) and column comments ({@code objsubid} = attnum). */
    static List<Object[]> descriptions(SystemRelation rel, CatalogModel model, SessionSettings session) {
        List<Object[]> rows = new ArrayList<>();
        for (NamespaceDef n : model.namespaces()) {
            if (!n.description().isEmpty()) {
                rows.add(new CatalogRow(rel).set("objoid", n.oid()).set("classoid", Oids.PG_NAMESPACE)
                        .set("objsubid", 0).set("description", n.description()).values());
            }
        }
        for (RelationDef r : model.relations()) {
            if (!r.description().isEmpty()) {
                rows.add(description(rel, r.oid(), 0, r.description()));
            }
            for (AttributeDef a : r.attributes()) {
                if (!a.description().isEmpty()) {
                    rows.add(description(rel, r.oid(), a.attnum(), a.description()));
                }
            }
        }
        return rows;
    }

    private static Object[] description(SystemRelation rel, int oid, int subid, String text) {
        return new CatalogRow(rel).set("objoid", oid).set("classoid", Oids.PG_CLASS).set("objsubid", subid)
                .set("description", text).values();
    }
}
