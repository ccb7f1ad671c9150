package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.query.SessionSettings;
import dev.pgwire.runtime.query.SqlState;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Functions that look objects up in the catalog: visibility under the session's {@code search_path},
 * descriptions, index and constraint definitions, and name-to-OID lookups. Like PostgreSQL's, they
 * return null for an OID that names nothing rather than failing.
 */
public final class CatalogFunctions {
    private CatalogFunctions() {}

    public static String currentSchema(CatalogModel model, SessionSettings session) {
        List<NamespaceDef> path = SearchPath.schemas(model, session, false);
        return path.isEmpty() ? null : path.get(0).name();
    }

    public static List<String> currentSchemas(CatalogModel model, SessionSettings session, Boolean includeImplicit) {
        if (includeImplicit == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (NamespaceDef n : SearchPath.schemas(model, session, includeImplicit)) {
            names.add(n.name());
        }
        return names;
    }

    /** Whether an unqualified reference to the relation's name finds this relation. */
    public static Boolean pgTableIsVisible(CatalogModel model, SessionSettings session, Integer oid) {
        RelationDef r = oid == null ? null : model.relation(oid);
        if (r == null) {
            return null;
        }
        for (NamespaceDef n : SearchPath.schemas(model, session, true)) {
            RelationDef found = model.relation(n.oid(), r.name());
            if (found != null) {
                return found.oid() == r.oid();
            }
        }
        return false;
    }

    public static Boolean pgTypeIsVisible(CatalogModel model, SessionSettings session, Integer oid) {
        TypeDef t = oid == null ? null : model.type(oid);
        if (t == null) {
            return null;
        }
        for (NamespaceDef n : SearchPath.schemas(model, session, true)) {
            for (TypeDef candidate : model.types()) {
                if (candidate.namespaceOid() == n.oid() && candidate.name().equals(t.name())) {
                    return candidate.oid() == t.oid();
                }
            }
        }
        return false;
    }

    public static Boolean pgFunctionIsVisible(CatalogModel model, SessionSettings session, Integer oid) {
        ProcDef p = oid == null ? null : model.proc(oid);
        if (p == null) {
            return null;
        }
        return SearchPath.schemas(model, session, true).stream().anyMatch(n -> n.oid() == p.namespaceOid());
    }

    /**
     * The only collations are pg_catalog's ({@code default}, {@code C}, {@code POSIX}), and pg_catalog is
     * always searched: each is visible; an unknown OID gives NULL, as in PostgreSQL.
     */
    public static Boolean pgCollationIsVisible(Integer oid) {
        if (oid == null) {
            return null;
        }
        return oid == Oids.DEFAULT_COLLATION || oid == Oids.C_COLLATION || oid == Oids.POSIX_COLLATION ? true : null;
    }

    /** Not strict: a null typmod means "unknown", which prints differently from -1. */
    public static String formatType(CatalogModel model, Integer oid, Integer typmod) {
        return oid == null ? null : TypeNames.format(model, oid, typmod);
    }

    /** The deprecated one-argument form; only relations have comments here. */
    public static String objDescription(CatalogModel model, Integer oid) {
        return objDescriptionIn(model, oid, "pg_class");
    }

    public static String objDescriptionIn(CatalogModel model, Integer oid, String catalog) {
        if (oid == null || catalog == null) {
            return null;
        }
        String d = switch (catalog) {
            case "pg_class" -> model.relation(oid) == null ? null : model.relation(oid).description();
            case "pg_namespace" -> model.namespace(oid) == null ? null : model.namespace(oid).description();
            default -> null;
        };
        return d == null || d.isEmpty() ? null : d;
    }

    public static String colDescription(CatalogModel model, Integer oid, Integer attnum) {
        RelationDef r = oid == null || attnum == null ? null : model.relation(oid);
        if (r == null || attnum < 1 || attnum > r.attributes().size()) {
            return null;
        }
        String d = r.attributes().get(attnum - 1).description();
        return d.isEmpty() ? null : d;
    }

    /** Only the {@code postgres} database has a comment, as in a fresh cluster. */
    public static String shobjDescription(CatalogModel model, Integer oid, String catalog) {
        if (oid == null || !"pg_database".equals(catalog) || oid != Oids.POSTGRES_DATABASE) {
            return null;
        }
        return ServerRows.POSTGRES_DESCRIPTION;
    }

    public static String pgGetIndexdef(CatalogModel model, Integer oid) {
        return indexdef(model, oid, 0, false);
    }

    /**
     * The {@code CREATE INDEX} statement, or with {@code column > 0} just that key column's name
     * (pgjdbc's {@code getIndexInfo} asks for it column by column). Pretty output leaves the table
     * unqualified when the search path finds it, as PostgreSQL does.
     */
    public static String pgGetIndexdefColumn(CatalogModel model, SessionSettings session, Integer oid, Integer column,
            Boolean pretty) {
        if (oid == null || column == null || pretty == null) {
            return null;
        }
        IndexDef index = model.index(oid);
        boolean bare = pretty && index != null && Boolean.TRUE.equals(pgTableIsVisible(model, session, index.tableOid()));
        return indexdef(model, oid, column, bare);
    }

    private static String indexdef(CatalogModel model, Integer oid, int column, boolean unqualified) {
        IndexDef index = oid == null ? null : model.index(oid);
        if (index == null) {
            return null;
        }
        RelationDef table = model.relation(index.tableOid());
        if (column > 0) {
            return column > index.keys().size()
                    ? ""
                    : Names.quoteIdent(table.attributes().get(index.keys().get(column - 1) - 1).name());
        }
        String name = unqualified
                ? Names.quoteIdent(table.name())
                : Names.qualified(model.namespaceName(table.namespaceOid()), table.name());
        return "CREATE UNIQUE INDEX " + Names.quoteIdent(index.name()) + " ON " + name + " USING btree ("
                + keyList(table, index.keys()) + ")";
    }

    public static String pgGetConstraintdef(CatalogModel model, SessionSettings session, Integer oid) {
        return pgGetConstraintdefPretty(model, session, oid, false);
    }

    /**
     * {@code PRIMARY KEY (id)} or {@code FOREIGN KEY (customer_id) REFERENCES customers(id)}; the
     * referenced table is schema-qualified when the search path does not find it, pretty or not.
     */
    public static String pgGetConstraintdefPretty(CatalogModel model, SessionSettings session, Integer oid,
            Boolean pretty) {
        ConstraintDef c = oid == null ? null : model.constraint(oid);
        if (c == null) {
            return null;
        }
        String keys = keyList(model.relation(c.tableOid()), c.keys());
        if (!c.isForeignKey()) {
            return "PRIMARY KEY (" + keys + ")";
        }
        RelationDef target = model.relation(c.referencedTableOid());
        String name = Boolean.TRUE.equals(pgTableIsVisible(model, session, target.oid()))
                ? Names.quoteIdent(target.name())
                : Names.qualified(model.namespaceName(target.namespaceOid()), target.name());
        return "FOREIGN KEY (" + keys + ") REFERENCES " + name + "(" + keyList(target, c.referencedKeys()) + ")";
    }

    public static Integer toRegclass(CatalogModel model, SessionSettings session, String name) {
        List<String> parts = name == null ? null : Names.parseQualified(name);
        if (parts == null) {
            return null;
        }
        checkRelationName(parts, name, session.database());
        String relation = parts.get(parts.size() - 1);
        if (parts.size() >= 2) {
            NamespaceDef n = model.namespace(parts.get(parts.size() - 2));
            RelationDef r = n == null ? null : model.relation(n.oid(), relation);
            return r == null ? null : r.oid();
        }
        for (NamespaceDef n : SearchPath.schemas(model, session, true)) {
            RelationDef r = model.relation(n.oid(), relation);
            if (r != null) {
                return r.oid();
            }
        }
        return null;
    }

    public static Integer toRegtype(CatalogModel model, SessionSettings session, String name) {
        if (name == null) {
            return null;
        }
        int oid = TypeNames.resolve(model, SearchPath.schemas(model, session, true), name);
        return oid == 0 ? null : oid;
    }

    public static Integer toRegnamespace(CatalogModel model, String name) {
        List<String> parts = name == null ? null : Names.parseQualified(name);
        if (parts == null || parts.size() != 1) {
            return null;
        }
        NamespaceDef n = model.namespace(parts.get(0));
        return n == null ? null : n.oid();
    }

    /** The function of that name if exactly one exists (PostgreSQL's rule for {@code regproc}). */
    public static Integer toRegproc(CatalogModel model, SessionSettings session, String name) {
        List<String> parts = name == null ? null : Names.parseQualified(name);
        if (parts == null || parts.size() > 2) {
            return null;
        }
        String proc = parts.get(parts.size() - 1);
        List<NamespaceDef> namespaces = parts.size() == 2
                ? (model.namespace(parts.get(0)) == null ? List.of() : List.of(model.namespace(parts.get(0))))
                : SearchPath.schemas(model, session, true);
        Integer match = null;
        for (ProcDef p : model.procs()) {
            if (p.name().equals(proc) && namespaces.stream().anyMatch(n -> n.oid() == p.namespaceOid())) {
                if (match != null) {
                    return null;
                }
                match = p.oid();
            }
        }
        return match;
    }

    private static List<NamespaceDef> searchPath(CatalogModel model) {
        return SearchPath.schemas(model, CurrentSession.require(), true);
    }

    /** Argument types as SQL type names, comma separated ({@code oid, integer}). */
    public static String pgGetFunctionArguments(CatalogModel model, Integer oid) {
        ProcDef p = oid == null ? null : model.proc(oid);
        if (p == null) {
            return null;
        }
        StringJoiner j = new StringJoiner(", ");
        for (int arg : p.argTypes()) {
            j.add(TypeNames.format(model, arg, null));
        }
        return j.toString();
    }

    public static String pgGetFunctionResult(CatalogModel model, Integer oid) {
        ProcDef p = oid == null ? null : model.proc(oid);
        if (p == null) {
            return null;
        }
        String type = TypeNames.format(model, p.returnType(), null);
        return p.returnsSet() ? "SETOF " + type : type;
    }

    /** PostgreSQL's errors for names {@code to_regclass} cannot even look up. */
    private static void checkRelationName(List<String> parts, String name, String database) {
        if (parts.size() > 3) {
            throw CatalogErrors.error(SqlState.SYNTAX_ERROR,
                    "improper relation name (too many dotted names): " + name);
        }
        if (parts.size() == 3 && !parts.get(0).equals(database)) {
            throw CatalogErrors.error(SqlState.FEATURE_NOT_SUPPORTED,
                    "cross-database references are not implemented: \"" + String.join(".", parts) + "\"");
        }
    }

    private static String keyList(RelationDef table, List<Short> keys) {
        StringJoiner j = new StringJoiner(", ");
        for (short k : keys) {
            j.add(Names.quoteIdent(table.attributes().get(k - 1).name()));
        }
        return j.toString();
    }
}
