package dev.pgwire.runtime.catalog;

/** Decodes {@code atttypmod} values (see {@link dev.pgwire.runtime.types.ColumnTypes#typmod}). */
final class Typmods {
    /** PostgreSQL's {@code VARHDRSZ}, added to lengths and precisions in type modifiers. */
    static final int VARHDRSZ = 4;

    private Typmods() {}

    /** Numeric precision encoded in a {@code numeric} typmod, or -1. */
    static int numericPrecision(int typmod) {
        return typmod < VARHDRSZ ? -1 : ((typmod - VARHDRSZ) >> 16) & 0xffff;
    }

    /** Numeric scale encoded in a {@code numeric} typmod, or -1. */
    static int numericScale(int typmod) {
        return typmod < VARHDRSZ ? -1 : (typmod - VARHDRSZ) & 0xffff;
    }

    /** Character length encoded in a {@code varchar}/{@code bpchar} typmod, or -1. */
    static int charLength(int typmod) {
        return typmod < VARHDRSZ ? -1 : typmod - VARHDRSZ;
    }
}
