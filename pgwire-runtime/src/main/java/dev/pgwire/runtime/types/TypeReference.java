package dev.pgwire.runtime.types;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A type as written in SQL ({@code character varying(20)}, {@code numeric(10,2)[]}, {@code timestamp(3) with time
 * zone}, {@code "char"}): the {@link PgType} and its {@code atttypmod}. Used for casts, Parse parameter type names
 * and {@code regtype} input.
 *
 * @param type   the type (an array type for {@code []} or {@code ARRAY})
 * @param typmod PostgreSQL's type modifier: varchar/bpchar length + 4, {@code ((p << 16) | s) + 4} for numeric,
 *               fractional-second precision for time/timestamp, -1 when none
 */
public record TypeReference(PgType type, int typmod) {
    private static final Pattern UNQUOTED = Pattern.compile(
            "([a-z_][a-z0-9_]*(?: [a-z_][a-z0-9_]*)*?) ?(?:\\( ?([^)]*?) ?\\))? ?((?:with|without) time zone)?");
    private static final Pattern ARRAY_SUFFIX = Pattern.compile("(?: ?\\[ ?[0-9]* ?\\]| array)$");

    private static final Map<String, PgType> ALIASES = Map.ofEntries(
            Map.entry("boolean", PgTypes.BOOL),
            Map.entry("character", PgTypes.BPCHAR),
            Map.entry("char", PgTypes.BPCHAR),
            Map.entry("bigint", PgTypes.INT8),
            Map.entry("smallint", PgTypes.INT2),
            Map.entry("int", PgTypes.INT4),
            Map.entry("integer", PgTypes.INT4),
            Map.entry("real", PgTypes.FLOAT4),
            Map.entry("double precision", PgTypes.FLOAT8),
            Map.entry("float", PgTypes.FLOAT8),
            Map.entry("decimal", PgTypes.NUMERIC),
            Map.entry("dec", PgTypes.NUMERIC),
            Map.entry("character varying", PgTypes.VARCHAR),
            Map.entry("char varying", PgTypes.VARCHAR),
            Map.entry("time without time zone", PgTypes.TIME),
            Map.entry("time with time zone", PgTypes.TIMETZ),
            Map.entry("timestamp without time zone", PgTypes.TIMESTAMP),
            Map.entry("timestamp with time zone", PgTypes.TIMESTAMPTZ));

    /** Parses a type name, raising 42704 {@code type "x" does not exist} or 22023/42601 for bad modifiers. */
    public static TypeReference parse(String sql) throws PgException {
        TypeReference ref = resolve(sql);
        if (ref == null) {
            throw new PgException(SqlState.UNDEFINED_OBJECT, "type \"" + sql.strip() + "\" does not exist");
        }
        return ref;
    }

    /** Like {@link #parse} but null for unknown names and bad modifiers. */
    public static TypeReference tryParse(String sql) {
        try {
            return resolve(sql);
        } catch (PgException e) {
            return null;
        }
    }

    private static TypeReference resolve(String sql) throws PgException {
        String s = PgTypes.normalize(sql);
        boolean array = false;
        Matcher suffix = ARRAY_SUFFIX.matcher(s);
        while (suffix.find()) {
            array = true;
            s = s.substring(0, suffix.start()).strip();
            suffix = ARRAY_SUFFIX.matcher(s);
        }
        if (s.startsWith("pg_catalog.")) {
            s = s.substring("pg_catalog.".length());
        }
        TypeReference scalar = sql.strip().startsWith("\"") || s.startsWith("\"") ? quoted(sql) : unquoted(s);
        if (scalar == null || !array) {
            return scalar;
        }
        PgType arrayType = PgTypes.arrayOf(scalar.type);
        return arrayType == null ? null : new TypeReference(arrayType, scalar.typmod);
    }

    /** {@code "char"}, {@code "int4"}: an exact typname, case kept. */
    private static TypeReference quoted(String sql) {
        String s = sql.strip();
        s = s.replaceAll("\\s*(\\[\\s*[0-9]*\\s*\\]|\\s[Aa][Rr][Rr][Aa][Yy])$", "");
        if (s.startsWith("pg_catalog.")) {
            s = s.substring("pg_catalog.".length());
        }
        if (s.length() < 2 || !s.startsWith("\"") || !s.endsWith("\"")) {
            return null;
        }
        PgType t = PgTypes.byTypname(s.substring(1, s.length() - 1).replace("\"\"", "\""));
        return t == null ? null : new TypeReference(t, -1);
    }

    private static TypeReference unquoted(String s) throws PgException {
        Matcher m = UNQUOTED.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String base = m.group(1);
        String mods = m.group(2);
        String zone = m.group(3);
        String key = zone == null ? base : base + " " + zone;
        PgType type = ALIASES.get(key);
        if (type == null) {
            type = PgTypes.byTypname(key);
        }
        if (type == null && zone != null && (base.equals("time") || base.equals("timestamp"))) {
            return null;
        }
        if (type == null) {
            return null;
        }
        if (base.equals("float") && mods != null) {
            int bits = integer(mods, "float");
            if (bits < 1) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "precision for type float must be at least 1 bit");
            }
            if (bits > 53) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "precision for type float must be less than 54 bits");
            }
            return new TypeReference(bits <= 24 ? PgTypes.FLOAT4 : PgTypes.FLOAT8, -1);
        }
        if (mods == null) {
            // SQL's CHARACTER without a length is CHARACTER(1); bpchar itself is unlimited.
            boolean sqlChar = type == PgTypes.BPCHAR && !base.equals("bpchar");
            return new TypeReference(type, sqlChar ? 5 : -1);
        }
        return new TypeReference(type, typmod(type, mods));
    }

    private static int typmod(PgType type, String mods) throws PgException {
        String sqlName = TypeFormat.format(type, -1);
        if (type == PgTypes.VARCHAR || type == PgTypes.BPCHAR) {
            int n = integer(mods, sqlName);
            String shortName = type == PgTypes.VARCHAR ? "varchar" : "char";
            if (n < 1) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "length for type " + shortName + " must be at least 1");
            }
            if (n > 10_485_760) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "length for type " + shortName + " cannot exceed 10485760");
            }
            return n + 4;
        }
        if (type == PgTypes.NUMERIC) {
            String[] parts = mods.split(" ?, ?", -1);
            if (parts.length > 2) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE, "invalid NUMERIC type modifier");
            }
            int precision = integer(parts[0], sqlName);
            int scale = parts.length == 2 ? signedInteger(parts[1], sqlName) : 0;
            if (precision < 1 || precision > 1000) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "NUMERIC precision " + precision + " must be between 1 and 1000");
            }
            if (scale < -1000 || scale > 1000) {
                throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                        "NUMERIC scale " + scale + " must be between -1000 and 1000");
            }
            return ((precision << 16) | (scale & 0x7ff)) + 4;
        }
        if (type == PgTypes.TIME || type == PgTypes.TIMETZ || type == PgTypes.TIMESTAMP
                || type == PgTypes.TIMESTAMPTZ) {
            int p = integer(mods, sqlName);
            // PostgreSQL warns and caps at 6 rather than failing.
            return Math.min(p, 6);
        }
        throw new PgException(SqlState.SYNTAX_ERROR, "type modifier is not allowed for type \"" + type.name() + "\"");
    }

    private static int integer(String s, String sqlName) throws PgException {
        int v = signedInteger(s, sqlName);
        if (v < 0) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "type modifiers must be simple constants or identifiers");
        }
        return v;
    }

    private static int signedInteger(String s, String sqlName) throws PgException {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new PgException(SqlState.SYNTAX_ERROR, "invalid type modifier for type " + sqlName + ": " + s);
        }
    }
}
