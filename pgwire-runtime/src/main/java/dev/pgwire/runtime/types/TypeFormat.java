package dev.pgwire.runtime.types;

/** PostgreSQL's {@code format_type()}: the SQL spelling of a type and its modifier. */
final class TypeFormat {
    private TypeFormat() {}

    /**
     * {@code format_type(oid, typmod)} with a non-null typmod: -1 means "no modifier" (so bpchar stays
     * {@code bpchar}, as PostgreSQL prints it to avoid implying {@code character(1)}).
     */
    static String format(PgType type, int typmod) {
        return format(type, typmod, true);
    }

    /** {@code format_type(oid, NULL)}: as {@link #format} with no modifier, except bpchar reads {@code character}. */
    static String formatWithoutTypmod(PgType type) {
        return format(type, -1, false);
    }

    private static String format(PgType type, int typmod, boolean typmodGiven) {
        // True arrays only: int2vector and oidvector are category A too but print as their own names.
        if (type.codec() instanceof ArrayCodec) {
            PgType element = PgTypes.byOid(type.elemOid());
            if (element != null) {
                return format(element, typmod, typmodGiven) + "[]";
            }
        }
        boolean withTypmod = typmodGiven && typmod >= 0;
        return switch (type.oid()) {
            case 16 -> "boolean";
            case 1042 -> withTypmod ? "character(" + (typmod - 4) + ")" : typmodGiven ? "bpchar" : "character";
            case 700 -> "real";
            case 701 -> "double precision";
            case 21 -> "smallint";
            case 23 -> "integer";
            case 20 -> "bigint";
            case 1700 -> withTypmod ? "numeric" + numericTypmod(typmod) : "numeric";
            case 1266 -> "time" + (withTypmod ? "(" + typmod + ")" : "") + " with time zone";
            case 1083 -> "time" + (withTypmod ? "(" + typmod + ")" : "") + " without time zone";
            case 1114 -> "timestamp" + (withTypmod ? "(" + typmod + ")" : "") + " without time zone";
            case 1184 -> "timestamp" + (withTypmod ? "(" + typmod + ")" : "") + " with time zone";
            // Interval typmods (field ranges such as DAY TO SECOND) are not produced here.
            case 1186 -> "interval";
            case 1043 -> "character varying" + (withTypmod ? "(" + (typmod - 4) + ")" : "");
            default -> quoteIfKeyword(type.name()) + (withTypmod ? "(" + typmod + ")" : "");
        };
    }

    /** {@code (p,s)} from {@code ((p << 16) | s) + 4}; PostgreSQL 15 stores the scale as 11-bit two's complement. */
    private static String numericTypmod(int typmod) {
        int t = typmod - 4;
        int precision = (t >> 16) & 0xffff;
        int scale = ((t & 0x7ff) ^ 1024) - 1024;
        return "(" + precision + "," + scale + ")";
    }

    /** {@code quote_identifier} for the type names we have: only {@code char} is a (column-name) keyword. */
    private static String quoteIfKeyword(String typname) {
        return typname.equals("char") ? "\"char\"" : typname;
    }
}
