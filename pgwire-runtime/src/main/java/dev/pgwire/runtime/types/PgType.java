package dev.pgwire.runtime.types;

/**
 * A PostgreSQL type: its identity in {@code pg_type} and its wire codecs. One instance per type, in
 * {@link PgTypes}.
 *
 * @param oid       {@code pg_type.oid}
 * @param name      {@code typname}
 * @param typlen    {@code typlen}: byte size, -1 for varlena, -2 for C strings
 * @param category  {@code typcategory} (B, N, S, D, U, A, ...)
 * @param arrayOid  {@code typarray}: OID of the array type of this type, 0 when none
 * @param elemOid   {@code typelem}: element type OID for array types, 0 otherwise
 * @param codec     text and binary formats
 */
public record PgType(String name, int oid, int typlen, char category, int arrayOid, int elemOid, PgCodec codec) {
    /** Whether this is an array type. */
    public boolean isArray() {
        return elemOid != 0 && category == 'A';
    }
}
