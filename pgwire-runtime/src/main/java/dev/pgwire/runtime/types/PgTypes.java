package dev.pgwire.runtime.types;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Every PostgreSQL type the server knows, by OID and by name. */
public final class PgTypes {
    private static final Map<Integer, PgType> BY_OID = new LinkedHashMap<>();
    private static final Map<String, PgType> BY_TYPNAME = new HashMap<>();

    public static final PgType BOOL = add(new PgType("bool", 16, 1, 'B', 1000, 0, PgCodecs.BOOL));
    public static final PgType BYTEA = add(new PgType("bytea", 17, -1, 'U', 1001, 0, PgCodecs.BYTEA));
    public static final PgType CHAR = add(new PgType("char", 18, 1, 'Z', 1002, 0, PgCodecs.TEXT));
    public static final PgType NAME = add(new PgType("name", 19, 64, 'S', 1003, 18, PgCodecs.NAME));
    public static final PgType INT8 = add(new PgType("int8", 20, 8, 'N', 1016, 0, PgCodecs.INT8));
    public static final PgType INT2 = add(new PgType("int2", 21, 2, 'N', 1005, 0, PgCodecs.INT2));
    public static final PgType INT4 = add(new PgType("int4", 23, 4, 'N', 1007, 0, PgCodecs.INT4));
    public static final PgType REGPROC = add(new PgType("regproc", 24, 4, 'N', 1008, 0, PgCodecs.REGPROC));
    public static final PgType TEXT = add(new PgType("text", 25, -1, 'S', 1009, 0, PgCodecs.TEXT));
    public static final PgType OID = add(new PgType("oid", 26, 4, 'N', 1028, 0, PgCodecs.OID));
    public static final PgType FLOAT4 = add(new PgType("float4", 700, 4, 'N', 1021, 0, PgCodecs.FLOAT4));
    public static final PgType FLOAT8 = add(new PgType("float8", 701, 8, 'N', 1022, 0, PgCodecs.FLOAT8));
    public static final PgType UNKNOWN = add(new PgType("unknown", 705, -2, 'X', 0, 0, PgCodecs.TEXT));
    public static final PgType BPCHAR = add(new PgType("bpchar", 1042, -1, 'S', 1014, 0, PgCodecs.TEXT));
    public static final PgType VARCHAR = add(new PgType("varchar", 1043, -1, 'S', 1015, 0, PgCodecs.TEXT));
    public static final PgType DATE = add(new PgType("date", 1082, 4, 'D', 1182, 0, PgCodecs.DATE));
    public static final PgType TIME = add(new PgType("time", 1083, 8, 'D', 1183, 0, PgCodecs.TIME));
    public static final PgType TIMESTAMP = add(new PgType("timestamp", 1114, 8, 'D', 1115, 0, PgCodecs.TIMESTAMP));
    public static final PgType TIMESTAMPTZ =
            add(new PgType("timestamptz", 1184, 8, 'D', 1185, 0, PgCodecs.TIMESTAMPTZ));
    public static final PgType INTERVAL = add(new PgType("interval", 1186, 16, 'T', 1187, 0, PgCodecs.INTERVAL));
    public static final PgType NUMERIC = add(new PgType("numeric", 1700, -1, 'N', 1231, 0, PgCodecs.NUMERIC));
    public static final PgType REGCLASS = add(new PgType("regclass", 2205, 4, 'N', 2210, 0, PgCodecs.REGCLASS));
    public static final PgType REGTYPE = add(new PgType("regtype", 2206, 4, 'N', 2211, 0, PgCodecs.REGTYPE));
    public static final PgType UUID = add(new PgType("uuid", 2950, 16, 'U', 2951, 0, PgCodecs.UUID));
    public static final PgType INET = add(new PgType("inet", 869, -1, 'I', 1041, 0, PgCodecs.INET));
    public static final PgType TIMETZ = add(new PgType("timetz", 1266, 12, 'D', 1270, 0, PgCodecs.TIMETZ));
    public static final PgType JSONB = add(new PgType("jsonb", 3802, -1, 'U', 3807, 0, PgCodecs.JSONB));

    // The catalog's vector types (pg_index.indkey, pg_proc.proargtypes): array-like, printed space-separated.
    public static final PgType INT2VECTOR =
            add(new PgType("int2vector", 22, -1, 'A', 1006, 21, new VectorCodec(INT2, "int2vector")));
    public static final PgType OIDVECTOR =
            add(new PgType("oidvector", 30, -1, 'A', 1013, 26, new VectorCodec(OID, "oidvector")));

    // One-dimensional arrays of every scalar above that has one (all but unknown).
    public static final PgType BOOL_ARRAY = addArray(BOOL);
    public static final PgType BYTEA_ARRAY = addArray(BYTEA);
    public static final PgType CHAR_ARRAY = addArray(CHAR);
    public static final PgType NAME_ARRAY = addArray(NAME);
    public static final PgType INT8_ARRAY = addArray(INT8);
    public static final PgType INT2_ARRAY = addArray(INT2);
    public static final PgType INT4_ARRAY = addArray(INT4);
    public static final PgType REGPROC_ARRAY = addArray(REGPROC);
    public static final PgType TEXT_ARRAY = addArray(TEXT);
    public static final PgType OID_ARRAY = addArray(OID);
    public static final PgType FLOAT4_ARRAY = addArray(FLOAT4);
    public static final PgType FLOAT8_ARRAY = addArray(FLOAT8);
    public static final PgType BPCHAR_ARRAY = addArray(BPCHAR);
    public static final PgType VARCHAR_ARRAY = addArray(VARCHAR);
    public static final PgType DATE_ARRAY = addArray(DATE);
    public static final PgType TIME_ARRAY = addArray(TIME);
    public static final PgType TIMESTAMP_ARRAY = addArray(TIMESTAMP);
    public static final PgType TIMESTAMPTZ_ARRAY = addArray(TIMESTAMPTZ);
    public static final PgType NUMERIC_ARRAY = addArray(NUMERIC);
    public static final PgType INTERVAL_ARRAY = addArray(INTERVAL);
    public static final PgType REGCLASS_ARRAY = addArray(REGCLASS);
    public static final PgType REGTYPE_ARRAY = addArray(REGTYPE);
    public static final PgType UUID_ARRAY = addArray(UUID);
    public static final PgType INET_ARRAY = addArray(INET);
    public static final PgType TIMETZ_ARRAY = addArray(TIMETZ);
    public static final PgType JSONB_ARRAY = addArray(JSONB);

    private PgTypes() {}

    private static PgType add(PgType t) {
        BY_OID.put(t.oid(), t);
        BY_TYPNAME.put(t.name(), t);
        return t;
    }

    private static PgType addArray(PgType element) {
        return add(new PgType("_" + element.name(), element.arrayOid(), -1, 'A', 0, element.oid(),
                new ArrayCodec(element)));
    }

    /** The type with this OID, or null. */
    public static PgType byOid(int oid) {
        return BY_OID.get(oid);
    }

    /** The array type whose elements are of {@code element}, or null when it has none here (or is an array). */
    public static PgType arrayOf(PgType element) {
        return element.arrayOid() == 0 ? null : BY_OID.get(element.arrayOid());
    }

    /** Whether values of the type are {@code List}s in PostgreSQL's array format (true arrays and the vectors). */
    public static boolean isListValued(PgType type) {
        return type.codec() instanceof ArrayCodec || type.codec() instanceof VectorCodec;
    }

    /** The element type of an array type, or null for a scalar. */
    public static PgType elementOf(PgType array) {
        return array.isArray() ? BY_OID.get(array.elemOid()) : null;
    }

    /**
     * The type a SQL type name denotes, or null when unknown. Takes {@code typname}s ({@code int4}), SQL spellings
     * ({@code integer}, {@code character varying}, {@code double precision}, {@code timestamp with time zone}), an
     * optional {@code pg_catalog.} prefix, a {@code []} suffix and double-quoted typnames ({@code "char"}). Type
     * modifiers are ignored here; {@link TypeReference#parse} keeps them.
     */
    public static PgType byName(String name) {
        TypeReference ref = TypeReference.tryParse(name);
        return ref == null ? null : ref.type();
    }

    /**
     * What PostgreSQL's {@code format_type(oid, typmod)} returns: {@code integer}, {@code character varying(20)},
     * {@code numeric(10,2)}, {@code timestamp without time zone}, {@code "char"}, {@code integer[]}, ... A typmod of -1
     * means none; use {@link #formatType(PgType)} for {@code format_type(oid, NULL)}.
     */
    public static String formatType(PgType type, int typmod) {
        return TypeFormat.format(type, typmod);
    }

    /** {@code format_type(oid, NULL)}: differs from a -1 typmod only for bpchar ({@code character}). */
    public static String formatType(PgType type) {
        return TypeFormat.formatWithoutTypmod(type);
    }

    /** The type with exactly this {@code typname} ({@code int4}, {@code _text}), or null. */
    public static PgType byTypname(String typname) {
        return BY_TYPNAME.get(typname);
    }

    /** Lower-cased, whitespace-collapsed name without modifiers: the key {@link TypeReference} looks up. */
    static String normalize(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** All known types in declaration order: the scalars, then their array types. */
    public static Collection<PgType> all() {
        return Collections.unmodifiableCollection(BY_OID.values());
    }
}
