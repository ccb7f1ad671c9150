package dev.pgwire.runtime.catalog;

/** OIDs fixed by PostgreSQL 15's bootstrap catalog, which clients hard-code or compare against. */
public final class Oids {
    public static final int PG_CATALOG = 11;
    public static final int PG_TOAST = 99;
    public static final int PUBLIC = 2200;
    /** Assigned at initdb; 13207 in the PostgreSQL 15 build the catalog data was captured from. */
    public static final int INFORMATION_SCHEMA = 13207;

    /** The bootstrap superuser; every object is owned by it and it is shown as the session user. */
    public static final int BOOTSTRAP_ROLE = 10;
    /** Owner of {@code public} since PostgreSQL 15. */
    public static final int PG_DATABASE_OWNER = 6171;

    /** {@code postgres} database. */
    public static final int POSTGRES_DATABASE = 5;
    /** A session database with another name (template1's OID, which is not exposed). */
    public static final int OTHER_DATABASE = 1;

    public static final int HEAP_AM = 2;
    public static final int BTREE_AM = 403;
    public static final int HEAP_HANDLER = 3;
    public static final int BTREE_HANDLER = 330;

    public static final int DEFAULT_COLLATION = 100;
    public static final int C_COLLATION = 950;
    public static final int POSIX_COLLATION = 951;

    public static final int DEFAULT_TABLESPACE = 1663;
    public static final int GLOBAL_TABLESPACE = 1664;

    /** {@code pg_class} itself: the {@code classoid} of relation descriptions. */
    public static final int PG_CLASS = 1259;
    public static final int PG_NAMESPACE = 2615;
    public static final int PG_DATABASE = 1262;
    public static final int PG_PROC = 1255;
    public static final int PG_TYPE = 1247;
    public static final int PG_CONSTRAINT = 2606;

    public static final int RECORD_IN = 2290;
    public static final int RECORD_OUT = 2291;
    public static final int RECORD_RECV = 2402;
    public static final int RECORD_SEND = 2403;
    public static final int ARRAY_IN = 750;
    public static final int ARRAY_OUT = 751;
    public static final int ARRAY_RECV = 2400;
    public static final int ARRAY_SEND = 2401;
    public static final int ARRAY_TYPANALYZE = 3816;
    public static final int ARRAY_SUBSCRIPT_HANDLER = 6179;

    /** First OID of user objects (PostgreSQL's {@code FirstNormalObjectId}). */
    public static final int FIRST_USER_OID = 16384;

    private Oids() {}
}
