package dev.pgwire.processor.diag;

import java.util.Locale;

/**
 * Every diagnostic the processor prints. Each text says what is wrong and how to fix it; tests assert on
 * {@link #fragment()} so a reworded message cannot silently lose its test.
 */
public enum Messages {
    // Row types
    ROW_TYPE_KIND("@PgTable is on %s %s, but a row type must be a record or class;"
            + " move @PgTable to a record or class, or to a field or method that holds the rows"),
    ROW_TYPE_GENERIC("row type %s declares type parameters;"
            + " row types must be concrete: use a record or class without type parameters"),
    ROW_TYPE_INACCESSIBLE("row type %s is private or nested in a private class, so generated code cannot use it;"
            + " make it package-private or public"),
    ROW_TYPE_FOREIGN_MODULE("row type %s belongs to module %s, so no descriptor can be generated in its package;"
            + " wrap the values in a record of your own"),
    ROW_TYPE_NO_COLUMNS("row type %s has no columns; add record components, or getters (getX()/isX()) or fields"
            + " that are public or package-private, or remove @PgIgnore"),
    SOURCE_ROW_TYPE_KIND("source %s holds %s, but rows must be records or classes;"
            + " expose a collection of records (e.g. List<Order>)"),

    // Columns
    COLUMN_TYPE_UNSUPPORTED("unsupported column type %s for column %s; supported: %s;"
            + " annotate with @PgIgnore to leave it out"),
    COLUMN_ELEMENT_UNSUPPORTED("column %s has element type %s, which no PostgreSQL array can hold (nested"
            + " collections and Object are not supported); use a List, Set or array of one of: %s;"
            + " or annotate with @PgIgnore"),
    COLUMN_JSON_UNSUPPORTED("column %s of type %s becomes jsonb, but %s; inside jsonb use records, Map<String, ?>,"
            + " collections, arrays and scalar values, or annotate the member with @PgIgnore"),
    COLUMN_SQL_TYPE_UNSUPPORTED("column %s sets type = \"%s\", which cannot hold %s; type = \"jsonb\" applies only"
            + " to String members holding JSON text: change the member to String or remove type"),
    COLUMN_DUPLICATE("duplicate column name \"%s\" in row type %s (also used by %s);"
            + " rename one with @PgColumn(name = \"...\") or leave one out with @PgIgnore"),
    COLUMN_NULLABLE_PRIMITIVE("column %s has primitive type %s, which cannot hold NULL;"
            + " use its wrapper type or remove nullable = NULLABLE"),
    COLUMN_NULLABLE_PRIMARY_KEY("column %s is part of the primary key, which PostgreSQL keeps NOT NULL;"
            + " remove nullable = NULLABLE or primaryKey = true"),
    COLUMN_LENGTH_NOT_STRING("length applies only to String columns, but column %s is %s; remove length"),
    COLUMN_LENGTH_INVALID("length of column %s is %d; use a positive length, or -1 (the default) for unbounded text"),
    COLUMN_PRECISION_NOT_NUMERIC("precision and scale apply only to BigDecimal and BigInteger columns,"
            + " but column %s is %s; remove them"),
    COLUMN_PRECISION_INVALID("precision of column %s is %d; use 1 to 1000, or -1 (the default) for unconstrained"),
    COLUMN_SCALE_INVALID("scale of column %s is %d; use 0 to the precision (%d)"),
    COLUMN_SCALE_WITHOUT_PRECISION("column %s sets scale %d without a precision; set precision too, or remove scale"),
    COLUMN_INACCESSIBLE("@PgColumn is on private member %s, which generated code cannot read;"
            + " make it package-private or public, or annotate a public getter instead"),
    COLUMN_REFERENCE_SYNTAX("references \"%s\" of column %s is not a reference;"
            + " write \"table\", \"table.column\" or \"schema.table.column\""),
    COLUMN_REFERENCE_TABLE_UNKNOWN("column %s of table %s references table %s, which no @PgTable in this"
            + " compilation declares; fix the name, or if another module exposes it, list it in the processor option"
            + " -Apgwire.externalTables=schema.table,..."),
    COLUMN_REFERENCE_COLUMN_UNKNOWN("column %s of table %s references %s, but table %s has no column %s;"
            + " fix the column name, or leave it out to reference the primary key"),
    COLUMN_REFERENCE_NOT_PRIMARY_KEY("column %s of table %s references %s, but a foreign key can only reference"
            + " a single-column primary key, and %s; reference the primary key or mark the column primaryKey = true"),
    COLUMN_REFERENCE_TYPE_MISMATCH("column %s of table %s has type %s, which cannot reference %s of type %s;"
            + " use the same type (any integer types, or any string types, also match)"),
    COLUMN_ACCESSOR_THROWS("column accessor %s declares checked exception %s, which generated code cannot handle;"
            + " remove the throws clause or annotate it with @PgIgnore"),

    // Names
    NAME_EMPTY("%s name of %s is empty; set a non-empty name or leave the attribute out"),
    NAME_TOO_LONG("%s name \"%s\" of %s is %d bytes long, but PostgreSQL names are at most 63 bytes;"
            + " set a shorter name"),

    // Sources
    SOURCE_RAW_TYPE("source %s has raw type %s; add the row type argument, e.g. List<Order>"),
    SOURCE_WILDCARD("source %s has wildcard %s as its row type argument;"
            + " use the row type itself, e.g. List<Order> (\"? extends Order\" is also accepted)"),
    SOURCE_TYPE_VARIABLE("source %s has row type %s, which is a type variable; use a concrete record or class"),
    SOURCE_NO_ROWS("source %s has type %s, which holds no rows; use Collection<R>, Iterable<R>, Map<K, R>,"
            + " Stream<R> (methods only), R[] or a Supplier of one of them"),
    SOURCE_STREAM_FIELD("field %s holds a Stream, which can be read only once;"
            + " use a method that returns a new Stream<R>, or a Supplier<Stream<R>> field"),
    SOURCE_METHOD_PARAMETERS("source method %s takes parameters, but it is called with none;"
            + " remove the parameters or add a method without any"),
    SOURCE_METHOD_THROWS("source method %s declares checked exception %s, which generated code cannot handle;"
            + " remove the throws clause"),
    SOURCE_INACCESSIBLE("source %s is private, so generated code cannot read it; make it package-private or public"),
    SOURCE_OWNER_INACCESSIBLE("source %s is declared in %s, which is private or nested in a private class;"
            + " make it package-private or public"),
    SOURCE_INNER_CLASS("source %s is declared in non-static inner class %s, whose instances cannot be registered"
            + " on their own; make the class static or top-level"),
    TABLE_DUPLICATE("duplicate table %s: also declared by %s;"
            + " give one of them another @PgTable(name = ...) or schema"),

    // Processor failure
    PROCESSOR_CRASHED("pgwire-processor failed unexpectedly; please report this with the stack trace: %s");

    private final String format;

    Messages(String format) {
        this.format = format;
    }

    /** The message with its arguments filled in. */
    public String format(Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /**
     * The longest literal part of the message, for tests that check which diagnostic was reported without
     * repeating its text.
     */
    public String fragment() {
        String[] parts = format.split("%[sd]", -1);
        String best = "";
        for (String part : parts) {
            if (part.length() > best.length()) {
                best = part;
            }
        }
        return best.replace("%%", "%");
    }
}
