package dev.pgwire.runtime.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Parsing and quoting of SQL identifiers as PostgreSQL does it. */
public final class Names {
    /** Keywords {@code quote_ident} must quote: every category but unreserved (PostgreSQL 15). */
    private static final Set<String> NON_UNRESERVED = Set.of(("all analyse analyze and any array as asc asymmetric"
            + " authorization between bigint binary bit boolean both case cast char character check coalesce"
            + " collate collation column concurrently constraint create cross current_catalog current_date"
            + " current_role current_schema current_time current_timestamp current_user dec decimal default"
            + " deferrable desc distinct do else end except exists extract false fetch float for foreign freeze"
            + " from full grant greatest group grouping having ilike in initially inner inout int integer"
            + " intersect interval into is isnull join lateral leading least left like limit localtime"
            + " localtimestamp national natural nchar none normalize not notnull null nullif numeric offset on"
            + " only or order out outer overlaps overlay placing position precision primary real references"
            + " returning right row select session_user setof similar smallint some substring symmetric table"
            + " tablesample then time timestamp to trailing treat trim true union unique user using values"
            + " varchar variadic verbose when where window with xmlattributes xmlconcat xmlelement xmlexists"
            + " xmlforest xmlnamespaces xmlparse xmlpi xmlroot xmlserialize xmltable").split(" "));

    private Names() {}

    /**
     * Splits a possibly qualified name ({@code a.b}, {@code "A"."b c"}) into its parts: unquoted parts
     * folded to lower case, quoted parts exact.
     *
     * @return the parts, or null when the text is not a valid name
     */
    public static List<String> parseQualified(String text) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return null;
            }
            StringBuilder part = new StringBuilder();
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        return null;
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < n && text.charAt(i) == '"') {
                            part.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        part.append(c);
                    }
                }
                if (part.length() == 0) {
                    return null;
                }
            } else {
                while (i < n && text.charAt(i) != '.' && !Character.isWhitespace(text.charAt(i))) {
                    char c = text.charAt(i++);
                    if (c == '"') {
                        return null;
                    }
                    part.append(c);
                }
                if (part.length() == 0) {
                    return null;
                }
                parts.add(part.toString().toLowerCase(Locale.ROOT));
                part = null;
            }
            if (part != null) {
                parts.add(part.toString());
            }
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return parts;
            }
            if (text.charAt(i) != '.') {
                return null;
            }
            i++;
        }
    }

    /** {@code quote_ident}: the identifier, double-quoted when it would not read back unchanged. */
    public static String quoteIdent(String ident) {
        boolean safe = !ident.isEmpty() && (isLowerAlpha(ident.charAt(0)) || ident.charAt(0) == '_');
        for (int i = 0; safe && i < ident.length(); i++) {
            char c = ident.charAt(i);
            safe = isLowerAlpha(c) || c == '_' || (c >= '0' && c <= '9');
        }
        if (safe && !NON_UNRESERVED.contains(ident)) {
            return ident;
        }
        return '"' + ident.replace("\"", "\"\"") + '"';
    }

    /** {@code schema.name} with each part quoted as needed. */
    public static String qualified(String schema, String name) {
        return quoteIdent(schema) + "." + quoteIdent(name);
    }

    /**
     * PostgreSQL's {@code makeObjectName}: {@code name1_name2_label}, the longer of the two names
     * shortened first until the whole fits in 63 bytes (cut on character boundaries).
     */
    public static String objectName(String name1, String name2, String label) {
        int available = 63 - 1 - (label.length() + 1);
        byte[] b1 = name1.getBytes(StandardCharsets.UTF_8);
        byte[] b2 = name2.getBytes(StandardCharsets.UTF_8);
        int n1 = b1.length;
        int n2 = b2.length;
        while (n1 + n2 > available) {
            if (n1 > n2) {
                n1--;
            } else {
                n2--;
            }
        }
        return clip(b1, n1) + "_" + clip(b2, n2) + "_" + label;
    }

    /** The first {@code max} bytes of a UTF-8 name, shortened further to end on a character boundary. */
    private static String clip(byte[] utf8, int max) {
        int end = max;
        while (end < utf8.length && end > 0 && (utf8[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(utf8, 0, end, StandardCharsets.UTF_8);
    }

    private static boolean isLowerAlpha(char c) {
        return c >= 'a' && c <= 'z';
    }
}
