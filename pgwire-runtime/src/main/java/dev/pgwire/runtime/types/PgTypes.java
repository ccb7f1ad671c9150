package dev.pgwire.runtime.types;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every PostgreSQL type the server knows, by OID. */
public final class PgTypes {
    private static final Map<Integer, PgType> BY_OID = new LinkedHashMap<>();

    public static final PgType BOOL = add(new PgType("bool", 16, 1, 'B', 1000, 0, PgCodecs.BOOL));
    public static final PgType BYTEA = add(new PgType("bytea", 17, -1, 'U', 1001, 0, PgCodecs.BYTEA));
    public static final PgType CHAR = add(new PgType("char", 18, 1, 'S', 1002, 0, PgCodecs.TEXT));
    public static final PgType NAME = add(new PgType("name", 19, 64, 'S', 1003, 0, PgCodecs.TEXT));
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
    public static final PgType NUMERIC = add(new PgType("numeric", 1700, -1, 'N', 1231, 0, PgCodecs.NUMERIC));
    public static final PgType REGCLASS = add(new PgType("regclass", 2205, 4, 'N', 2210, 0, PgCodecs.REGCLASS));
    public static final PgType REGTYPE = add(new PgType("regtype", 2206, 4, 'N', 2211, 0, PgCodecs.REGTYPE));
    public static final PgType UUID = add(new PgType("uuid", 2950, 16, 'U', 2951, 0, PgCodecs.UUID));

    private PgTypes() {}

    private static PgType add(PgType t) {
        BY_OID.put(t.oid(), t);
        return t;
    }

    /** The type with this OID, or null. */
    public static PgType byOid(int oid) {
        return BY_OID.get(oid);
    }

    /** All known types, in OID order of declaration. */
    public static Collection<PgType> all() {
        return Collections.unmodifiableCollection(BY_OID.values());
    }
}
