package dev.pgwire.runtime.catalog;

import dev.pgwire.runtime.types.PgType;
import dev.pgwire.runtime.types.PgTypes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of the catalog that do not depend on the exposed tables: the catalog relations, the
 * built-in types with their support functions, and the described settings. Loaded once from the data
 * files captured from PostgreSQL 15.
 */
public final class BuiltinCatalog {
    private static final List<SystemRelation> RELATIONS = loadRelations();
    private static final List<TypeDef> TYPES = loadTypes();
    private static final List<ProcDef> TYPE_PROCS = loadTypeProcs();
    private static final List<SettingDef> SETTINGS = loadSettings();

    private BuiltinCatalog() {}

    /** The {@code pg_catalog} and {@code information_schema} relations, by schema then name. */
    public static List<SystemRelation> relations() {
        return RELATIONS;
    }

    /** Built-in types: PostgreSQL 15's base and pseudo types plus any the server adds, by OID. */
    public static List<TypeDef> types() {
        return TYPES;
    }

    /** Support functions the built-in types name ({@code int4in}, {@code array_in}, ...). */
    public static List<ProcDef> typeProcs() {
        return TYPE_PROCS;
    }

    /** Settings {@code pg_settings} lists, by name. */
    public static List<SettingDef> settings() {
        return SETTINGS;
    }

    /** The catalog relation {@code schema.name}, or null. */
    public static SystemRelation relation(String schema, String name) {
        for (SystemRelation r : RELATIONS) {
            if (r.schema().equals(schema) && r.name().equals(name)) {
                return r;
            }
        }
        return null;
    }

    private static List<SystemRelation> loadRelations() {
        List<SystemRelation> out = new ArrayList<>();
        String[] header = null;
        List<SystemRelation.Column> columns = new ArrayList<>();
        for (String[] row : Tsv.read("relations.tsv")) {
            if (row[0].startsWith("= ")) {
                if (header != null) {
                    out.add(relation(header, columns));
                }
                header = row;
                header[0] = header[0].substring(2);
                columns = new ArrayList<>();
            } else {
                columns.add(new SystemRelation.Column(row[0], row[1], Tsv.intAt(row, 2), Tsv.boolAt(row, 3)));
            }
        }
        if (header != null) {
            out.add(relation(header, columns));
        }
        return Collections.unmodifiableList(out);
    }

    private static SystemRelation relation(String[] header, List<SystemRelation.Column> columns) {
        return new SystemRelation(header[0], header[1], Tsv.intAt(header, 2), Tsv.charAt(header, 3), columns);
    }

    private static List<TypeDef> loadTypes() {
        Map<Integer, TypeDef> byOid = new LinkedHashMap<>();
        for (String[] r : Tsv.read("types.tsv")) {
            TypeDef t = new TypeDef(Tsv.intAt(r, 0), r[1], Oids.PG_CATALOG, Short.parseShort(r[2]), Tsv.boolAt(r, 3),
                    Tsv.charAt(r, 4), Tsv.charAt(r, 5), Tsv.boolAt(r, 6), Tsv.charAt(r, 7), 0, Tsv.intAt(r, 8),
                    Tsv.intAt(r, 9), Tsv.intAt(r, 10), Tsv.intAt(r, 11), Tsv.intAt(r, 12), Tsv.intAt(r, 13),
                    Tsv.intAt(r, 14), Tsv.intAt(r, 15), Tsv.intAt(r, 16), Tsv.intAt(r, 17), Tsv.charAt(r, 18),
                    Tsv.charAt(r, 19), Tsv.intAt(r, 20));
            byOid.put(t.oid(), t);
        }
        // Types the server knows but PostgreSQL 15's data lacks (none today) still get a row.
        for (PgType t : PgTypes.all()) {
            byOid.computeIfAbsent(t.oid(), oid -> derived(t));
            if (t.arrayOid() != 0) {
                byOid.computeIfAbsent(t.arrayOid(), oid -> arrayOf(t));
            }
        }
        List<TypeDef> types = new ArrayList<>(byOid.values());
        types.sort((a, b) -> Integer.compare(a.oid(), b.oid()));
        return Collections.unmodifiableList(types);
    }

    private static TypeDef derived(PgType t) {
        boolean byValue = t.typlen() > 0 && t.typlen() <= 8;
        char align = switch (t.typlen()) {
            case 1 -> 'c';
            case 2 -> 's';
            case 8 -> 'd';
            default -> 'i';
        };
        char typtype = t.category() == 'P' ? 'p' : 'b';
        return new TypeDef(t.oid(), t.name(), Oids.PG_CATALOG, (short) t.typlen(), byValue, typtype, t.category(),
                false, ',', 0, t.isArray() ? Oids.ARRAY_SUBSCRIPT_HANDLER : 0, t.elemOid(), t.arrayOid(),
                t.isArray() ? Oids.ARRAY_IN : 0, t.isArray() ? Oids.ARRAY_OUT : 0, t.isArray() ? Oids.ARRAY_RECV : 0,
                t.isArray() ? Oids.ARRAY_SEND : 0, 0, 0, t.isArray() ? Oids.ARRAY_TYPANALYZE : 0, align,
                t.typlen() < 0 ? 'x' : 'p', t.category() == 'S' ? Oids.DEFAULT_COLLATION : 0);
    }

    private static TypeDef arrayOf(PgType element) {
        return arrayType(element.arrayOid(), "_" + element.name(), Oids.PG_CATALOG, element.oid(),
                element.typlen() == 8 ? 'd' : 'i');
    }

    /** An array type over {@code elementOid}, as PostgreSQL creates one for every base and row type. */
    static TypeDef arrayType(int oid, String name, int namespaceOid, int elementOid, char align) {
        return new TypeDef(oid, name, namespaceOid, (short) -1, false, 'b', 'A', false, ',', 0,
                Oids.ARRAY_SUBSCRIPT_HANDLER, elementOid, 0, Oids.ARRAY_IN, Oids.ARRAY_OUT, Oids.ARRAY_RECV,
                Oids.ARRAY_SEND, 0, 0, Oids.ARRAY_TYPANALYZE, align, 'x', 0);
    }

    private static List<ProcDef> loadTypeProcs() {
        List<ProcDef> procs = new ArrayList<>();
        for (String[] r : Tsv.read("type-procs.tsv")) {
            List<Integer> args = r[4].isEmpty()
                    ? List.of()
                    : Arrays.stream(r[4].split(" ")).map(Integer::valueOf).toList();
            procs.add(new ProcDef(Tsv.intAt(r, 0), r[1], Oids.PG_CATALOG, args, Tsv.intAt(r, 2), false, 'i', true));
        }
        return Collections.unmodifiableList(procs);
    }

    private static List<SettingDef> loadSettings() {
        List<SettingDef> settings = new ArrayList<>();
        for (String[] r : Tsv.read("settings.tsv")) {
            settings.add(new SettingDef(r[0], r[1], empty(r[2]), r[3], r[4], r[5], r[6], empty(r[7]), empty(r[8]),
                    empty(r[9]), r[10]));
        }
        return Collections.unmodifiableList(settings);
    }

    private static String empty(String s) {
        return s.isEmpty() ? null : s;
    }
}
