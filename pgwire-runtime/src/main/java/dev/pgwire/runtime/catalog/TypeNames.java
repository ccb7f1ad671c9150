package dev.pgwire.runtime.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code format_type} and its inverse for {@code to_regtype}: SQL-standard names of types. */
public final class TypeNames {
    private static final int VARHDRSZ = Typmods.VARHDRSZ;

    /** SQL spellings PostgreSQL's grammar maps to internal type names. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "int4"),
            Map.entry("integer", "int4"),
            Map.entry("smallint", "int2"),
            Map.entry("bigint", "int8"),
            Map.entry("real", "float4"),
            Map.entry("float", "float8"),
            Map.entry("double precision", "float8"),
            Map.entry("boolean", "bool"),
            Map.entry("decimal", "numeric"),
            Map.entry("dec", "numeric"),
            Map.entry("character varying", "varchar"),
            Map.entry("char varying", "varchar"),
            Map.entry("character", "bpchar"),
            Map.entry("char", "bpchar"),
            Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("timestamp with time zone", "timestamptz"),
            Map.entry("time without time zone", "time"),
            Map.entry("time with time zone", "timetz"),
            Map.entry("bit varying", "varbit"));

    private TypeNames() {}

    /**
     * {@code format_type(oid, typmod)}: the type's SQL name with its modifier, {@code ???} for an
     * unknown OID. A null typmod means "no typmod known", which differs from -1 for {@code bpchar}.
     */
    public static String format(CatalogModel model, int oid, Integer typmod) {
        TypeDef t = model.type(oid);
        if (t == null) {
            return "???";
        }
        if (t.isArray() && t.typlen() == -1) {
            return format(model, t.elementOid(), typmod) + "[]";
        }
        int mod = typmod == null ? -1 : typmod;
        String base = switch (t.name()) {
            case "bool" -> "boolean";
            case "int2" -> "smallint";
            case "int4" -> "integer";
            case "int8" -> "bigint";
            case "float4" -> "real";
            case "float8" -> "double precision";
            case "char" -> "\"char\"";
            case "bpchar" -> typmod == null || mod >= VARHDRSZ ? "character" : "bpchar";
            case "varchar" -> "character varying";
            case "bit" -> "bit";
            case "varbit" -> "bit varying";
            case "numeric" -> "numeric";
            case "interval" -> "interval";
            case "timestamp", "timestamptz", "time", "timetz" -> null;
            default -> t.namespaceOid() == Oids.PG_CATALOG
                    ? Names.quoteIdent(t.name())
                    : qualifiedIfHidden(model, t);
        };
        if (base == null) {
            return dateTime(t.name(), mod);
        }
        return base + modifier(t.name(), mod);
    }

    private static String qualifiedIfHidden(CatalogModel model, TypeDef t) {
        // Types of the default search path print bare; others need their schema.
        if (t.namespaceOid() == Oids.PUBLIC) {
            return Names.quoteIdent(t.name());
        }
        return Names.qualified(model.namespaceName(t.namespaceOid()), t.name());
    }

    private static String modifier(String name, int mod) {
        return switch (name) {
            case "bpchar", "varchar", "bit", "varbit" -> mod >= VARHDRSZ || (mod >= 0 && name.startsWith("bit"))
                    ? "(" + (name.startsWith("bit") ? mod : mod - VARHDRSZ) + ")"
                    : "";
            case "numeric" -> mod >= VARHDRSZ
                    ? "(" + Typmods.numericPrecision(mod) + "," + Typmods.numericScale(mod) + ")"
                    : "";
            default -> "";
        };
    }

    private static String dateTime(String name, int mod) {
        String precision = mod >= 0 ? "(" + mod + ")" : "";
        return switch (name) {
            case "timestamp" -> "timestamp" + precision + " without time zone";
            case "timestamptz" -> "timestamp" + precision + " with time zone";
            case "time" -> "time" + precision + " without time zone";
            default -> "time" + precision + " with time zone";
        };
    }

    /**
     * {@code to_regtype}: the OID of the type a name denotes ({@code integer}, {@code pg_catalog.int4},
     * {@code varchar(10)}, {@code text[]}, {@code customers}), or 0.
     */
    public static int resolve(CatalogModel model, List<NamespaceDef> searchPath, String text) {
        String s = text.trim();
        int dims = 0;
        while (s.endsWith("[]")) {
            dims++;
            s = s.substring(0, s.length() - 2).trim();
        }
        int paren = s.indexOf('(');
        if (paren >= 0) {
            int close = s.indexOf(')', paren);
            if (close < 0) {
                return 0;
            }
            s = (s.substring(0, paren) + s.substring(close + 1)).trim();
        }
        String folded = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String alias = ALIASES.get(folded);
        int oid = alias != null ? byName(model, List.of(model.namespace(Oids.PG_CATALOG)), alias) : 0;
        if (oid == 0) {
            List<String> parts = Names.parseQualified(s);
            if (parts == null || parts.size() > 2) {
                return 0;
            }
            if (parts.size() == 2) {
                NamespaceDef n = model.namespace(parts.get(0));
                oid = n == null ? 0 : byName(model, List.of(n), parts.get(1));
            } else {
                oid = byName(model, searchPath, parts.get(0));
            }
        }
        for (int i = 0; i < dims && oid != 0; i++) {
            TypeDef t = model.type(oid);
            oid = t.isArray() ? oid : t.arrayOid();
        }
        return oid;
    }

    private static int byName(CatalogModel model, List<NamespaceDef> path, String name) {
        for (NamespaceDef n : path) {
            for (TypeDef t : model.types()) {
                if (t.namespaceOid() == n.oid() && t.name().equals(name)) {
                    return t.oid();
                }
            }
        }
        return 0;
    }
}
