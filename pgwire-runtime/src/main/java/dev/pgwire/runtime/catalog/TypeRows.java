package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.query.SessionSettings;
import java.util.ArrayList;
import java.util.List;

/** {@code pg_type}, {@code pg_proc}, {@code pg_am} and {@code pg_collation}. */
final class TypeRows {
    private TypeRows() {}

    static List<Object[]> types(SystemRelation rel, CatalogModel model, SessionSettings session) {
        List<Object[]> rows = new ArrayList<>();
        for (TypeDef t : model.types()) {
            rows.add(new CatalogRow(rel)
                    .set("oid", t.oid())
                    .set("typname", t.name())
                    .set("typnamespace", t.namespaceOid())
                    .set("typowner", Oids.BOOTSTRAP_ROLE)
                    .set("typlen", (int) t.typlen())
                    .set("typbyval", t.byValue())
                    .set("typtype", String.valueOf(t.typtype()))
                    .set("typcategory", String.valueOf(t.category()))
                    .set("typispreferred", t.preferred())
                    .set("typisdefined", true)
                    .set("typdelim", String.valueOf(t.delimiter()))
                    .set("typrelid", t.relationOid())
                    .set("typsubscript", t.subscript())
                    .set("typelem", t.elementOid())
                    .set("typarray", t.arrayOid())
                    .set("typinput", t.input())
                    .set("typoutput", t.output())
                    .set("typreceive", t.receive())
                    .set("typsend", t.send())
                    .set("typmodin", t.modIn())
                    .set("typmodout", t.modOut())
                    .set("typanalyze", t.analyze())
                    .set("typalign", String.valueOf(t.align()))
                    .set("typstorage", String.valueOf(t.storage()))
                    .set("typnotnull", false)
                    .set("typbasetype", 0)
                    .set("typtypmod", -1)
                    .set("typndims", 0)
                    .set("typcollation", t.collation())
                    .values());
        }
        return rows;
    }

    static List<Object[]> procs(SystemRelation rel, CatalogModel model, SessionSettings session) {
        List<Object[]> rows = new ArrayList<>();
        for (ProcDef p : model.procs()) {
            rows.add(new CatalogRow(rel)
                    .set("oid", p.oid())
                    .set("proname", p.name())
                    .set("pronamespace", p.namespaceOid())
                    .set("proowner", Oids.BOOTSTRAP_ROLE)
                    .set("prolang", 12) // internal
                    .set("procost", 1.0f)
                    .set("prorows", p.returnsSet() ? 1000.0f : 0.0f)
                    .set("provariadic", 0)
                    .set("prosupport", 0)
                    .set("prokind", "f")
                    .set("prosecdef", false)
                    .set("proleakproof", false)
                    .set("proisstrict", p.strict())
                    .set("proretset", p.returnsSet())
                    .set("provolatile", String.valueOf(p.volatility()))
                    .set("proparallel", "s")
                    .set("pronargs", p.argTypes().size())
                    .set("pronargdefaults", 0)
                    .set("prorettype", p.returnType())
                    .set("proargtypes", p.argTypes())
                    .set("prosrc", p.name())
                    .values());
        }
        return rows;
    }

    static List<Object[]> accessMethods(SystemRelation rel, CatalogModel model, SessionSettings session) {
        return List.of(
                new CatalogRow(rel).set("oid", Oids.HEAP_AM).set("amname", "heap")
                        .set("amhandler", Oids.HEAP_HANDLER).set("amtype", "t").values(),
                new CatalogRow(rel).set("oid", Oids.BTREE_AM).set("amname", "btree")
                        .set("amhandler", Oids.BTREE_HANDLER).set("amtype", "i").values());
    }

    static List<Object[]> collations(SystemRelation rel, CatalogModel model, SessionSettings session) {
        return List.of(
                collation(rel, Oids.DEFAULT_COLLATION, "default", "d", null),
                collation(rel, Oids.C_COLLATION, "C", "c", "C"),
                collation(rel, Oids.POSIX_COLLATION, "POSIX", "c", "POSIX"));
    }

    private static Object[] collation(SystemRelation rel, int oid, String name, String provider, String locale) {
        return new CatalogRow(rel)
                .set("oid", oid)
                .set("collname", name)
                .set("collnamespace", Oids.PG_CATALOG)
                .set("collowner", Oids.BOOTSTRAP_ROLE)
                .set("collprovider", provider)
                .set("collisdeterministic", true)
                .set("collencoding", -1)
                .set("collcollate", locale)
                .set("collctype", locale)
                .values();
    }
}
