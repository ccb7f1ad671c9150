package dev.pgwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import dev.pgwire.processor.diag.Messages;
import java.util.ArrayList;
import java.util.EnumSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One failing compilation per diagnostic in {@link Messages}: the error is reported, in the right file, on the
 * offending line, and nothing is generated.
 */
class DiagnosticsTest {
    private static final String LONG_NAME = "t".repeat(64);
    private static final List<String> HEADER = List.of(
            "package p;",
            "import dev.pgwire.annotations.*;",
            "import java.math.BigDecimal;",
            "import java.util.*;",
            "import java.util.stream.Stream;");

    /**
     * A source that must fail with {@code message}.
     *
     * @param line   text of the line the error must point at
     * @param detail text the message must also contain (the offending name or type)
     * @param body   the body of file {@code p/Test.java}, after the package and imports
     */
    record Case(Messages message, String line, String detail, String... body) {
        @Override
        public String toString() {
            return message.name();
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case(Messages.ROW_TYPE_KIND, "interface Bad", "interface p.Bad",
                        "@PgTable interface Bad { String getName(); }"),
                new Case(Messages.ROW_TYPE_GENERIC, "record Box", "p.Box",
                        "@PgTable record Box<T>(String name) {}"),
                new Case(Messages.ROW_TYPE_INACCESSIBLE, "record Hidden", "p.Outer.Hidden",
                        "class Outer {",
                        "  @PgTable private record Hidden(int x) {}",
                        "}"),
                new Case(Messages.ROW_TYPE_FOREIGN_MODULE, "List<Thread>", "java.base",
                        "class Test {",
                        "  @PgTable static List<Thread> threads;",
                        "}"),
                new Case(Messages.ROW_TYPE_NO_COLUMNS, "record Empty", "p.Empty",
                        "@PgTable record Empty() {}"),
                new Case(Messages.SOURCE_ROW_TYPE_KIND, "List<int[]>", "int[]",
                        "class Test {",
                        "  @PgTable static List<int[]> arrays;",
                        "}"),
                new Case(Messages.COLUMN_TYPE_UNSUPPORTED, "Object payload", "java.lang.Object for column payload",
                        "@PgTable record R(",
                        "    int id,",
                        "    Object payload) {}"),
                new Case(Messages.COLUMN_REFERENCE_SYNTAX, "a..b", "\"a..b\" of column x",
                        "@PgTable record R(",
                        "    @PgColumn(references = \"a..b\") int x) {}"),
                new Case(Messages.COLUMN_REFERENCE_TABLE_UNKNOWN, "references = \"customers\"",
                        "column customer_id of table public.orders references table public.customers",
                        "record Order(",
                        "    @PgColumn(primaryKey = true) long id,",
                        "    @PgColumn(references = \"customers\") long customerId) {}",
                        "class Test {",
                        "  @PgTable static List<Order> orders;",
                        "}"),
                new Case(Messages.COLUMN_REFERENCE_COLUMN_UNKNOWN, "customers.code", "table public.customers has no column code",
                        "record Customer(@PgColumn(primaryKey = true) long id) {}",
                        "record Order(",
                        "    @PgColumn(primaryKey = true) long id,",
                        "    @PgColumn(references = \"customers.code\") long customerId) {}",
                        "class Test {",
                        "  @PgTable static List<Customer> customers;",
                        "  @PgTable static List<Order> orders;",
                        "}"),
                new Case(Messages.COLUMN_REFERENCE_NOT_PRIMARY_KEY, "customers.code", "public.customers's primary key is id",
                        "record Customer(@PgColumn(primaryKey = true) long id, String code) {}",
                        "record Order(",
                        "    @PgColumn(primaryKey = true) long id,",
                        "    @PgColumn(references = \"customers.code\") String customerCode) {}",
                        "class Test {",
                        "  @PgTable static List<Customer> customers;",
                        "  @PgTable static List<Order> orders;",
                        "}"),
                new Case(Messages.COLUMN_REFERENCE_TYPE_MISMATCH, "String customerId",
                        "type java.lang.String, which cannot reference public.customers.id of type long",
                        "record Customer(@PgColumn(primaryKey = true) long id) {}",
                        "record Order(",
                        "    @PgColumn(primaryKey = true) long id,",
                        "    @PgColumn(references = \"customers\") String customerId) {}",
                        "class Test {",
                        "  @PgTable static List<Customer> customers;",
                        "  @PgTable static List<Order> orders;",
                        "}"),
                new Case(Messages.COLUMN_TYPE_UNSUPPORTED, "Optional<Optional<String>> twice", "column twice",
                        "@PgTable record R(",
                        "    int id,",
                        "    Optional<Optional<String>> twice) {}"),
                new Case(Messages.COLUMN_ELEMENT_UNSUPPORTED, "List<Object> payload", "element type java.lang.Object",
                        "@PgTable record R(",
                        "    int id,",
                        "    List<Object> payload) {}"),
                new Case(Messages.COLUMN_ELEMENT_UNSUPPORTED, "List<List<Integer>> matrix",
                        "element type java.util.List<java.lang.Integer>",
                        "@PgTable record R(",
                        "    int id,",
                        "    List<List<Integer>> matrix) {}"),
                new Case(Messages.COLUMN_ELEMENT_UNSUPPORTED, "int[][] grid", "element type int[]",
                        "@PgTable record R(",
                        "    int id,",
                        "    int[][] grid) {}"),
                new Case(Messages.COLUMN_JSON_UNSUPPORTED, "Node root", "record p.Node contains itself",
                        "record Node(String name, List<Node> children) {}",
                        "@PgTable record R(",
                        "    int id,",
                        "    Node root) {}"),
                new Case(Messages.COLUMN_JSON_UNSUPPORTED, "Map<Integer, String> byNumber", "does not have String keys",
                        "@PgTable record R(",
                        "    int id,",
                        "    Map<Integer, String> byNumber) {}"),
                new Case(Messages.COLUMN_JSON_UNSUPPORTED, "Job job", "java.lang.Thread is neither a record",
                        "record Job(String name, Thread worker) {}",
                        "@PgTable record R(",
                        "    int id,",
                        "    Job job) {}"),
                new Case(Messages.COLUMN_JSON_UNSUPPORTED, "List<Box<String>>> boxes", "record p.Box has type parameters",
                        "record Box<T>(T value) {}",
                        "@PgTable class R {",
                        "  public int id;",
                        "  public Map<String, List<Box<String>>> boxes;",
                        "}"),
                new Case(Messages.COLUMN_SQL_TYPE_UNSUPPORTED, "int count", "type = \"jsonb\", which cannot hold int",
                        "@PgTable record R(",
                        "    int id,",
                        "    @PgColumn(type = \"jsonb\") int count) {}"),
                new Case(Messages.COLUMN_SQL_TYPE_UNSUPPORTED, "String doc", "type = \"xml\"",
                        "@PgTable record R(",
                        "    int id,",
                        "    @PgColumn(type = \"xml\") String doc) {}"),
                new Case(Messages.COLUMN_DUPLICATE, "int second", "\"first\"",
                        "@PgTable record R(",
                        "    int first,",
                        "    @PgColumn(name = \"first\") int second) {}"),
                new Case(Messages.COLUMN_NULLABLE_PRIMITIVE, "int count", "count",
                        "@PgTable record R(",
                        "    @PgColumn(nullable = PgColumn.Nullability.NULLABLE) int count) {}"),
                new Case(Messages.COLUMN_NULLABLE_PRIMARY_KEY, "Long id", "column id",
                        "@PgTable record R(",
                        "    @PgColumn(primaryKey = true, nullable = PgColumn.Nullability.NULLABLE) Long id) {}"),
                new Case(Messages.COLUMN_LENGTH_NOT_STRING, "int count", "count",
                        "@PgTable record R(",
                        "    @PgColumn(length = 5) int count) {}"),
                new Case(Messages.COLUMN_LENGTH_INVALID, "String code", "code is 0",
                        "@PgTable record R(",
                        "    @PgColumn(length = 0) String code) {}"),
                new Case(Messages.COLUMN_PRECISION_NOT_NUMERIC, "String code", "code",
                        "@PgTable record R(",
                        "    @PgColumn(precision = 5) String code) {}"),
                new Case(Messages.COLUMN_PRECISION_INVALID, "BigDecimal amount", "1001",
                        "@PgTable record R(",
                        "    @PgColumn(precision = 1001) BigDecimal amount) {}"),
                new Case(Messages.COLUMN_SCALE_INVALID, "BigDecimal amount", "amount is 6",
                        "@PgTable record R(",
                        "    @PgColumn(precision = 5, scale = 6) BigDecimal amount) {}"),
                new Case(Messages.COLUMN_SCALE_WITHOUT_PRECISION, "BigDecimal amount", "scale 2",
                        "@PgTable record R(",
                        "    @PgColumn(scale = 2) BigDecimal amount) {}"),
                new Case(Messages.COLUMN_INACCESSIBLE, "private int hidden", "C.hidden",
                        "@PgTable class C {",
                        "  public int id;",
                        "  @PgColumn private int hidden;",
                        "}"),
                new Case(Messages.COLUMN_ACCESSOR_THROWS, "getSize()", "java.io.IOException",
                        "@PgTable class C {",
                        "  public int id;",
                        "  public int getSize() throws java.io.IOException { return 1; }",
                        "}"),
                new Case(Messages.NAME_EMPTY, "schema = \"\"", "schema name of Test.rows",
                        "class Test {",
                        "  @PgTable(schema = \"\") static List<Row> rows;",
                        "}"),
                new Case(Messages.NAME_TOO_LONG, LONG_NAME, "64 bytes",
                        "class Test {",
                        "  @PgTable(name = \"" + LONG_NAME + "\") static List<Row> rows;",
                        "}"),
                new Case(Messages.SOURCE_RAW_TYPE, "List rows", "java.util.List",
                        "class Test {",
                        "  @SuppressWarnings(\"rawtypes\") @PgTable static List rows;",
                        "}"),
                new Case(Messages.SOURCE_WILDCARD, "super Row", "? super p.Row",
                        "class Test {",
                        "  @PgTable static List<? super Row> rows;",
                        "}"),
                new Case(Messages.SOURCE_TYPE_VARIABLE, "List<T> rows", "which is a type variable",
                        "class Test<T> {",
                        "  @PgTable List<T> rows;",
                        "}"),
                new Case(Messages.SOURCE_NO_ROWS, "String name", "java.lang.String",
                        "class Test {",
                        "  @PgTable static String name;",
                        "}"),
                new Case(Messages.SOURCE_STREAM_FIELD, "Stream<Row> rows", "Test.rows",
                        "class Test {",
                        "  @PgTable static Stream<Row> rows;",
                        "}"),
                new Case(Messages.SOURCE_METHOD_PARAMETERS, "rows(int limit)", "Test.rows",
                        "class Test {",
                        "  @PgTable static List<Row> rows(int limit) { return null; }",
                        "}"),
                new Case(Messages.SOURCE_METHOD_THROWS, "throws Exception", "java.lang.Exception",
                        "class Test {",
                        "  @PgTable static List<Row> rows() throws Exception { return null; }",
                        "}"),
                new Case(Messages.SOURCE_INACCESSIBLE, "private static", "Test.rows",
                        "class Test {",
                        "  @PgTable private static List<Row> rows;",
                        "}"),
                new Case(Messages.SOURCE_OWNER_INACCESSIBLE, "List<Row> rows", "p.Test.Hidden",
                        "class Test {",
                        "  private static class Hidden {",
                        "    @PgTable static List<Row> rows;",
                        "  }",
                        "}"),
                new Case(Messages.SOURCE_INNER_CLASS, "List<Row> rows", "p.Test.Inner",
                        "class Test {",
                        "  class Inner {",
                        "    @PgTable List<Row> rows;",
                        "  }",
                        "}"),
                new Case(Messages.TABLE_DUPLICATE, "second", "public.t: also declared by p.Test.first",
                        "class Test {",
                        "  @PgTable(name = \"t\") static List<Row> first;",
                        "  @PgTable(name = \"t\") static Set<Row> second;",
                        "}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsAtTheOffendingLine(Case c) {
        JavaFileObject test = testFile(c.body());
        Compilation compilation = Compiles.compile(row(), test);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(c.message().fragment()).inFile(test).onLineContaining(c.line());
        assertThat(compilation).hadErrorContaining(c.detail());
    }

    @Test
    void everyDiagnosticHasANegativeTest() {
        Set<Messages> tested = cases().map(Case::message).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(Messages.class)));
        Set<Messages> all = EnumSet.allOf(Messages.class);
        all.remove(Messages.PROCESSOR_CRASHED); // ErrorReporterTest: a correct processor cannot be made to crash
        assertEquals(all, tested);
    }

    @Test
    void reportsEveryErrorOfTheRoundBeforeSkippingGeneration(@TempDir Path out) {
        String[] body = {
            "class Test {",
            "  @PgTable static String name;",
            "  @PgTable private static List<Row> hidden;",
            "}",
            "@PgTable record Empty() {}",
            "class Good {",
            "  @PgTable static List<Row> rows;",
            "}"
        };
        JavaFileObject test = testFile(body);
        Compilation compilation = Compiles.compile(row(), test);

        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining(Messages.SOURCE_NO_ROWS.fragment()).inFile(test)
                .onLineContaining("String name");
        assertThat(compilation).hadErrorContaining(Messages.SOURCE_INACCESSIBLE.fragment()).inFile(test)
                .onLineContaining("hidden");
        assertThat(compilation).hadErrorContaining(Messages.ROW_TYPE_NO_COLUMNS.fragment()).inFile(test)
                .onLineContaining("record Empty");

        // compile-testing hides the output of failed compilations; real javac shows nothing was generated,
        // not even for the valid class Good.
        Javac.Result result = Javac.compile(out, Map.of(
                "p.Row", "package p; public record Row(int id) {}",
                "p.Test", String.join("\n", HEADER) + "\n" + String.join("\n", body)));
        assertFalse(result.success());
        assertEquals(List.of(), Javac.filesUnder(out.resolve("generated")));
        assertFalse(Files.exists(out.resolve("classes/META-INF")), "no service registry");
    }

    @Test
    void wildcardWithoutBoundIsNamedInTheMessage() {
        JavaFileObject test = testFile("class Test {", "  @PgTable static List<?> rows;", "}");
        assertThat(Compiles.compile(row(), test)).hadErrorContaining("wildcard ? as its row type argument")
                .inFile(test).onLineContaining("List<?>");
    }

    @Test
    void interfaceRowTypeOfASourceIsNamedAsTheSourcesProblem() {
        JavaFileObject test = testFile("class Test {", "  @PgTable static Map<String, List<Row>> groups;", "}");
        assertThat(Compiles.compile(row(), test))
                .hadErrorContaining("source Test.groups holds interface java.util.List, but rows must be records")
                .inFile(test).onLineContaining("groups");
    }

    @Test
    void methodReturningAPrimitiveHoldsNoRows() {
        JavaFileObject test = testFile("class Test {", "  @PgTable static int count() { return 0; }", "}");
        assertThat(Compiles.compile(row(), test)).hadErrorContaining(Messages.SOURCE_NO_ROWS.fragment())
                .inFile(test).onLineContaining("int count()");
    }

    private static JavaFileObject row() {
        return Compiles.source("p.Row", "package p;", "public record Row(int id) {}");
    }

    private static JavaFileObject testFile(String... body) {
        List<String> lines = new ArrayList<>(HEADER);
        lines.addAll(List.of(body));
        return Compiles.source("p.Test", lines.toArray(String[]::new));
    }
}
