package dev.pgwire.runtime.session;

import dev.pgwire.runtime.query.PgException;
import dev.pgwire.runtime.query.SqlState;
import dev.pgwire.runtime.session.Command.CopyOption;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PostgreSQL 15's {@code ProcessCopyOptions} for COPY TO: each option at most once, then defaults, then the
 * checks between options, with the same SQLSTATEs, messages and positions.
 */
final class CopyOptionsValidator {
    /** Encoding names PostgreSQL knows (pg_char_to_encoding ignores case, '-' and '_'). */
    private static final Set<String> ENCODINGS = Set.of("utf8", "unicode", "sqlascii", "latin1", "latin2", "latin3",
            "latin4", "latin5", "latin6", "latin7", "latin8", "latin9", "latin10", "win1250", "win1251", "win1252",
            "win1253", "win1254", "win1255", "win1256", "win1257", "win1258", "win866", "win874", "koi8r", "koi8u",
            "eucjp", "euccn", "euckr", "euctw", "eucjis2004", "iso88595", "iso88596", "iso88597", "iso88598",
            "mulecinternal", "sjis", "big5", "gbk", "uhc", "gb18030", "johab", "shiftjis2004", "windows866",
            "windows874", "windows1250", "windows1251", "windows1252", "alt", "koi8", "tcvn", "tcvn5712", "vscii",
            "win", "mskanji", "shiftjis", "abc", "iso885915", "iso885916", "iso885914", "iso885913", "iso885910");
    private static final String UNSAFE_TEXT_DELIMITERS = "\\.abcdefghijklmnopqrstuvwxyz0123456789";

    private CopyOptionsValidator() {}

    static CopyOptions validate(List<CopyOption> options) throws PgException {
        CopyOptions.Format format = null;
        Boolean header = null;
        String delimiter = null;
        String nullString = null;
        String quote = null;
        String escape = null;
        boolean forceQuoteAll = false;
        List<String> forceQuote = null;
        boolean forceNotNull = false;
        boolean forceNull = false;
        Set<String> seen = new HashSet<>();
        for (CopyOption o : options) {
            boolean first = seen.add(o.name());
            switch (o.name()) {
                case "format" -> {
                    once(first, o);
                    format = switch (string(o)) {
                        case "text" -> CopyOptions.Format.TEXT;
                        case "csv" -> CopyOptions.Format.CSV;
                        case "binary" -> CopyOptions.Format.BINARY;
                        default -> throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                                "COPY format \"" + o.value() + "\" not recognized", null, null, o.position(), null);
                    };
                }
                case "freeze" -> {
                    once(first, o);
                    bool(o);
                }
                case "delimiter" -> {
                    once(first, o);
                    delimiter = string(o);
                }
                case "null" -> {
                    once(first, o);
                    nullString = string(o);
                }
                case "header" -> {
                    once(first, o);
                    header = header(o);
                }
                case "quote" -> {
                    once(first, o);
                    quote = string(o);
                }
                case "escape" -> {
                    once(first, o);
                    escape = string(o);
                }
                case "force_quote" -> {
                    if (forceQuote != null || forceQuoteAll) {
                        throw conflicting(o);
                    }
                    if (o.kind() == CopyOption.Kind.STAR) {
                        forceQuoteAll = true;
                    } else {
                        forceQuote = columnList(o);
                    }
                }
                case "force_not_null" -> {
                    once(first, o);
                    columnList(o);
                    forceNotNull = true;
                }
                case "force_null" -> {
                    once(first, o);
                    columnList(o);
                    forceNull = true;
                }
                case "encoding" -> {
                    once(first, o);
                    String name = string(o).toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
                    if (!ENCODINGS.contains(name)) {
                        throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                                "argument to option \"encoding\" must be a valid encoding name", null, null,
                                o.position(), null);
                    }
                    if (!name.equals("utf8") && !name.equals("unicode") && !name.equals("sqlascii")) {
                        throw new PgException(SqlState.FEATURE_NOT_SUPPORTED,
                                "COPY ENCODING other than UTF8 is not supported by this server", null, null,
                                o.position(), null);
                    }
                }
                default -> throw new PgException(SqlState.SYNTAX_ERROR, "option \"" + o.name() + "\" not recognized",
                        null, null, o.position(), null);
            }
        }
        if (format == null) {
            format = CopyOptions.Format.TEXT;
        }
        boolean csv = format == CopyOptions.Format.CSV;
        boolean binary = format == CopyOptions.Format.BINARY;
        if (binary && delimiter != null) {
            throw error(SqlState.SYNTAX_ERROR, "cannot specify DELIMITER in BINARY mode");
        }
        if (binary && nullString != null) {
            throw error(SqlState.SYNTAX_ERROR, "cannot specify NULL in BINARY mode");
        }
        if (delimiter == null) {
            delimiter = csv ? "," : "\t";
        }
        if (nullString == null) {
            nullString = csv ? "" : "\\N";
        }
        if (csv) {
            quote = quote == null ? "\"" : quote;
            escape = escape == null ? quote : escape;
        }
        if (utf8Length(delimiter) != 1) {
            throw error(SqlState.FEATURE_NOT_SUPPORTED, "COPY delimiter must be a single one-byte character");
        }
        if (delimiter.indexOf('\r') >= 0 || delimiter.indexOf('\n') >= 0) {
            throw error(SqlState.INVALID_PARAMETER_VALUE, "COPY delimiter cannot be newline or carriage return");
        }
        if (nullString.indexOf('\r') >= 0 || nullString.indexOf('\n') >= 0) {
            throw error(SqlState.INVALID_PARAMETER_VALUE,
                    "COPY null representation cannot use newline or carriage return");
        }
        if (!csv && UNSAFE_TEXT_DELIMITERS.indexOf(delimiter.charAt(0)) >= 0) {
            throw error(SqlState.INVALID_PARAMETER_VALUE, "COPY delimiter cannot be \"" + delimiter + "\"");
        }
        if (binary && Boolean.TRUE.equals(header)) {
            throw error(SqlState.FEATURE_NOT_SUPPORTED, "cannot specify HEADER in BINARY mode");
        }
        if (!csv && quote != null) {
            throw error(SqlState.FEATURE_NOT_SUPPORTED, "COPY quote available only in CSV mode");
        }
        if (csv && utf8Length(quote) != 1) {
            throw error(SqlState.FEATURE_NOT_SUPPORTED, "COPY quote must be a single one-byte character");
        }
        if (csv && delimiter.charAt(0) == quote.charAt(0)) {
            throw error(SqlState.INVALID_PARAMETER_VALUE, "COPY delimiter and quote must be different");
        }
        if (!csv && escape != null) {
            throw error(SqlState.FEATURE_NOT_SUPPORTED, "COPY escape available only in CSV mode");
        }
        if (csv && utf8Length(escape) != 1) {
            throw error(SqlState.FEATURE_NOT_SUPPORTED, "COPY escape must be a single one-byte character");
        }
        if (!csv && (forceQuote != null || forceQuoteAll)) {
            throw error(SqlState.FEATURE_NOT_SUPPORTED, "COPY force quote available only in CSV mode");
        }
        if (!csv && forceNotNull) {
            throw error(SqlState.FEATURE_NOT_SUPPORTED, "COPY force not null available only in CSV mode");
        }
        if (forceNotNull) {
            throw error(SqlState.FEATURE_NOT_SUPPORTED, "COPY force not null only available using COPY FROM");
        }
        if (!csv && forceNull) {
            throw error(SqlState.FEATURE_NOT_SUPPORTED, "COPY force null available only in CSV mode");
        }
        if (forceNull) {
            throw error(SqlState.FEATURE_NOT_SUPPORTED, "COPY force null only available using COPY FROM");
        }
        if (nullString.indexOf(delimiter.charAt(0)) >= 0) {
            throw error(SqlState.FEATURE_NOT_SUPPORTED, "COPY delimiter must not appear in the NULL specification");
        }
        if (csv && nullString.indexOf(quote.charAt(0)) >= 0) {
            throw error(SqlState.FEATURE_NOT_SUPPORTED,
                    "CSV quote character must not appear in the NULL specification");
        }
        return new CopyOptions(format, (byte) delimiter.charAt(0), nullString,
                csv ? (byte) quote.charAt(0) : (byte) '"', csv ? (byte) escape.charAt(0) : (byte) '"',
                header != null && header, forceQuoteAll, forceQuote == null ? List.of() : forceQuote);
    }

    private static void once(boolean first, CopyOption o) throws PgException {
        if (!first) {
            throw conflicting(o);
        }
    }

    private static PgException conflicting(CopyOption o) {
        return new PgException(SqlState.SYNTAX_ERROR, "conflicting or redundant options", null, null, o.position(),
                null);
    }

    /** defGetString: the argument's text, required. */
    private static String string(CopyOption o) throws PgException {
        if (o.kind() == CopyOption.Kind.NONE) {
            throw error(SqlState.SYNTAX_ERROR, o.name() + " requires a parameter");
        }
        return o.value();
    }

    /** defGetBoolean. */
    private static boolean bool(CopyOption o) throws PgException {
        Boolean b = booleanValue(o);
        if (b == null) {
            throw error(SqlState.SYNTAX_ERROR, o.name() + " requires a Boolean value");
        }
        return b;
    }

    /** defGetCopyHeaderChoice for COPY TO, where MATCH is refused. */
    private static boolean header(CopyOption o) throws PgException {
        Boolean b = booleanValue(o);
        if (b != null) {
            return b;
        }
        if (o.kind() == CopyOption.Kind.STRING && o.value().equalsIgnoreCase("match")) {
            throw error(SqlState.FEATURE_NOT_SUPPORTED, "cannot use \"" + o.value() + "\" with HEADER in COPY TO");
        }
        throw error(SqlState.SYNTAX_ERROR, o.name() + " requires a Boolean value or \"match\"");
    }

    private static Boolean booleanValue(CopyOption o) {
        switch (o.kind()) {
            case NONE:
                return true;
            case INTEGER:
                return o.value().equals("0") ? Boolean.FALSE : o.value().equals("1") ? Boolean.TRUE : null;
            case STRING:
                return switch (o.value().toLowerCase(Locale.ROOT)) {
                    case "true", "on" -> Boolean.TRUE;
                    case "false", "off" -> Boolean.FALSE;
                    default -> null;
                };
            default:
                return null;
        }
    }

    private static List<String> columnList(CopyOption o) throws PgException {
        if (o.kind() != CopyOption.Kind.LIST) {
            throw new PgException(SqlState.INVALID_PARAMETER_VALUE,
                    "argument to option \"" + o.name() + "\" must be a list of column names", null, null,
                    o.position(), null);
        }
        return o.list();
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static PgException error(SqlState state, String message) {
        return new PgException(state, message);
    }
}
