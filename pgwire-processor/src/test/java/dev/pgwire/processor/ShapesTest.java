package dev.pgwire.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.pgwire.runtime.spi.Column;
import dev.pgwire.runtime.spi.InstanceBinding;
import dev.pgwire.runtime.spi.KeyedRowSupplier;
import dev.pgwire.runtime.spi.PgTableProvider;
import dev.pgwire.runtime.spi.TableSource;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every accepted source shape and declaration form compiles and serves its rows. */
class ShapesTest {
    @TempDir
    Path classes;

    private final List<CompiledClasses> opened = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (CompiledClasses c : opened) {
            c.close();
        }
    }

    private static final JavaFileObject ROW = Compiles.source("p.Row", "package p;", "public record Row(int id) {}");

    @Test
    void mapsWithLookupKeyTypesCanBeReadByKey() throws Exception {
        Map<String, TableSource<?>> tables = staticTables(Compiles.source("p.Keyed",
                "package p;",
                "import dev.pgwire.annotations.PgTable;",
                "import java.time.LocalDate;",
                "import java.util.*;",
                "import java.util.concurrent.ConcurrentHashMap;",
                "import java.util.function.Supplier;",
                "class Keyed {",
                "  @PgTable static Map<Integer, Row> byInt = new HashMap<>(Map.of(1, new Row(1)));",
                "  @PgTable static ConcurrentHashMap<String, Row> byText = new ConcurrentHashMap<>(Map.of(\"a\", new Row(2)));",
                "  @PgTable static Supplier<Map<UUID, Row>> byUuid = Map::of;",
                "  @PgTable static Map<LocalDate, Row> byDate = Map.of();",
                "  @PgTable static Map<?, Row> unknownKey = Map.of();",
                "}"));
        assertEquals(Integer.class, keyType(tables.get("public.by_int")));
        assertEquals(String.class, keyType(tables.get("public.by_text")));
        assertEquals(java.util.UUID.class, keyType(tables.get("public.by_uuid")));
        assertEquals(null, keyType(tables.get("public.by_date")));
        assertEquals(null, keyType(tables.get("public.unknown_key")));
        @SuppressWarnings("unchecked")
        KeyedRowSupplier<Object> byInt = (KeyedRowSupplier<Object>) tables.get("public.by_int").rows();
        assertEquals("Row[id=1]", String.valueOf(byInt.get(1)));
        assertEquals(null, byInt.get(2));
        assertEquals(null, byInt.get(null));
    }

    private static Class<?> keyType(TableSource<?> table) {
        return table.rows() instanceof KeyedRowSupplier<?> k ? k.keyType() : null;
    }

    @Test
    void everyContainerShape() throws Exception {
        Map<String, TableSource<?>> tables = staticTables(Compiles.source("p.Holder",
                "package p;",
                "import dev.pgwire.annotations.PgTable;",
                "import java.util.*;",
                "import java.util.function.Supplier;",
                "import java.util.stream.Stream;",
                "class Holder {",
                "  static final List<Row> DATA = List.of(new Row(1), new Row(2));",
                "  static class RowList extends ArrayList<Row> { RowList() { super(DATA); } }",
                "  @PgTable static List<Row> list = DATA;",
                "  @PgTable static Set<Row> set = new LinkedHashSet<>(DATA);",
                "  @PgTable static Queue<Row> queue = new ArrayDeque<>(DATA);",
                "  @PgTable static Collection<? extends Row> bounded = DATA;",
                "  @PgTable static RowList subtype = new RowList();",
                "  @PgTable static Iterable<Row> iterable = DATA::iterator;",
                "  @PgTable static Map<String, Row> map = new TreeMap<>(Map.of(\"a\", new Row(1), \"b\", new Row(2)));",
                "  @PgTable static Row[] array = DATA.toArray(Row[]::new);",
                "  @PgTable static Stream<Row> stream() { return DATA.stream(); }",
                "  @PgTable static Supplier<Stream<Row>> suppliedStream = DATA::stream;",
                "  @PgTable static Supplier<? extends Map<Long, Row>> suppliedMap = () -> Map.of(1L, new Row(1), 2L, new Row(2));",
                "  @PgTable static Supplier<Iterable<Row>> suppliedNull = null;",
                "  @PgTable static List<Row> nullList = null;",
                "}"));

        assertEquals(List.of("public.array", "public.bounded", "public.iterable", "public.list", "public.map",
                        "public.null_list", "public.queue", "public.set", "public.stream", "public.subtype",
                        "public.supplied_map", "public.supplied_null", "public.supplied_stream"),
                List.copyOf(tables.keySet()));
        for (Map.Entry<String, TableSource<?>> table : tables.entrySet()) {
            List<Integer> expected = table.getKey().startsWith("public.null") || table.getKey().equals(
                    "public.supplied_null") ? List.of() : List.of(1, 2);
            List<Integer> ids = ids(table.getValue());
            ids.sort(null);
            assertEquals(expected, ids, table.getKey());
        }
    }

    @Test
    void namesAndSchemaDefaultToTheRowType() throws Exception {
        Map<String, TableSource<?>> tables = staticTables(
                Compiles.source("p.Item",
                        "package p;",
                        "import dev.pgwire.annotations.PgTable;",
                        "@PgTable(name = \"items\", schema = \"inv\", description = \"stock items\")",
                        "public record Item(String sku) {}"),
                Compiles.source("p.Store",
                        "package p;",
                        "import dev.pgwire.annotations.PgTable;",
                        "import java.util.List;",
                        "class Store {",
                        "  @PgTable static List<Item> first = List.of();",
                        "  @PgTable(name = \"mine\", schema = \"own\", description = \"my items\")",
                        "  static List<Item> second = List.of();",
                        "  @PgTable(schema = \"public\") static List<Row> getThird() { return List.of(); }",
                        "}"));

        assertEquals(List.of("inv.items", "own.mine", "public.third"), List.copyOf(tables.keySet()));
        assertEquals("stock items", tables.get("inv.items").description());
        assertEquals("my items", tables.get("own.mine").description());
    }

    @Test
    void nestedTypesGetFlattenedNames() throws Exception {
        Compilation compilation = Compiles.compile(ROW, Compiles.source("p.Outer",
                "package p;",
                "import dev.pgwire.annotations.PgTable;",
                "import java.util.List;",
                "public class Outer {",
                "  public record Inner(String name) {}",
                "  static class Holder {",
                "    @PgTable static List<Inner> inners = List.of(new Inner(\"x\"));",
                "  }",
                "}"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.Outer_Inner_PgRowType");
        assertThat(compilation).generatedSourceFile("p.Outer_Holder_PgTables");
        assertThat(compilation).generatedSourceFile("p.Outer_Holder_PgTableProvider");
    }

    @Test
    void descriptorIsPublicOnlyWhenTheRowTypeIs() throws Exception {
        Compilation compilation = Compiles.compile(ROW, Compiles.source("p.Hidden",
                "package p;",
                "import dev.pgwire.annotations.PgTable;",
                "@PgTable record Hidden(int id) {}"));
        assertThat(compilation).succeededWithoutWarnings();
        try (CompiledClasses loaded = CompiledClasses.load(compilation, classes)) {
            assertFalse(Modifier.isPublic(loaded.type("p.Hidden_PgRowType").getModifiers()));
        }
        // A row type without sources gets a descriptor but no provider or registry.
        assertEquals(List.of("/SOURCE_OUTPUT/p/Hidden_PgRowType.java"),
                compilation.generatedSourceFiles().stream().map(f -> f.toUri().getPath()).toList());
        assertTrue(compilation.generatedFiles().stream()
                .noneMatch(f -> f.toUri().getPath().contains("META-INF")));
    }

    @Test
    void inheritedGenericGetterResolvesItsTypeArgument() throws Exception {
        Map<String, TableSource<?>> tables = staticTables(
                Compiles.source("p.Base",
                        "package p;",
                        "public abstract class Base<T> {",
                        "  private final T value;",
                        "  protected Base(T value) { this.value = value; }",
                        "  public T getValue() { return value; }",
                        "}"),
                Compiles.source("p.Named",
                        "package p;",
                        "import dev.pgwire.annotations.PgTable;",
                        "import java.util.List;",
                        "public class Named extends Base<String> {",
                        "  public Named(String v) { super(v); }",
                        "  @PgTable static List<Named> names = List.of(new Named(\"n\"));",
                        "}"));
        TableSource<?> names = tables.get("public.names");
        assertEquals(List.of(Column.of("value", dev.pgwire.runtime.spi.ColumnType.TEXT, true)),
                names.rowType().columns());
        assertEquals("n", firstValues(names)[0]);
    }

    @Test
    void instanceSourcesOfGenericAndInterfaceOwners() throws Exception {
        Compilation compilation = Compiles.compile(ROW,
                Compiles.source("p.Box",
                        "package p;",
                        "import dev.pgwire.annotations.PgTable;",
                        "import java.util.List;",
                        "public class Box<T> {",
                        "  public T payload;",
                        "  @PgTable(name = \"box_rows\") List<Row> rows = List.of(new Row(7));",
                        "}"),
                Compiles.source("p.Catalog",
                        "package p;",
                        "import dev.pgwire.annotations.PgTable;",
                        "import java.util.List;",
                        "public interface Catalog {",
                        "  @PgTable List<Row> CONSTANT = List.of(new Row(3));",
                        "  @PgTable(name = \"catalog_rows\") default List<Row> rows() { return List.of(new Row(4)); }",
                        "}"),
                Compiles.source("p.Impl", "package p;", "public class Impl implements Catalog {}"));
        assertThat(compilation).succeededWithoutWarnings();
        try (CompiledClasses loaded = CompiledClasses.load(compilation, classes)) {
            Map<String, TableSource<?>> tables = new TreeMap<>();
            for (PgTableProvider provider : providers(loaded)) {
                provider.staticTables().forEach(t -> tables.put(t.qualifiedName(), t));
                for (InstanceBinding<?> binding : provider.instanceBindings()) {
                    Object instance = binding.ownerType().isInterface()
                            ? loaded.type("p.Impl").getConstructor().newInstance()
                            : binding.ownerType().getConstructor().newInstance();
                    tablesOf(binding, instance).forEach(t -> tables.put(t.qualifiedName(), t));
                }
            }
            assertEquals(List.of("public.box_rows", "public.catalog_rows", "public.constant"),
                    List.copyOf(tables.keySet()));
            assertEquals(List.of(7), ids(tables.get("public.box_rows")));
            assertEquals(List.of(4), ids(tables.get("public.catalog_rows")));
            assertEquals(List.of(3), ids(tables.get("public.constant")));
        }
    }

    @Test
    void annotatedRecordComponentIsAnInstanceSource() throws Exception {
        Compilation compilation = Compiles.compile(ROW, Compiles.source("p.Snapshot",
                "package p;",
                "import dev.pgwire.annotations.PgTable;",
                "import java.util.List;",
                "public record Snapshot(@PgTable(name = \"snapshot_rows\") List<Row> rows) {}"));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.Snapshot_PgTables").contentsAsUtf8String()
                .contains("Rows.ofCollection(() -> instance.rows())");
    }

    @Test
    void userTypesNamedLikeRuntimeTypesDoNotClash() throws Exception {
        Map<String, TableSource<?>> tables = staticTables(
                Compiles.source("p.Column", "package p;", "public record Column(String List, int Supplier) {}"),
                Compiles.source("p.Rows",
                        "package p;",
                        "import dev.pgwire.annotations.PgTable;",
                        "import java.util.function.Supplier;",
                        "public class Rows {",
                        "  @PgTable static java.util.List<Column> columns = java.util.List.of(new Column(\"a\", 1));",
                        "  @PgTable static Supplier<Column[]> get = () -> new Column[] {new Column(\"b\", 2)};",
                        "}"));
        assertEquals(List.of("public.columns", "public.get"), List.copyOf(tables.keySet()));
        assertEquals("a", firstValues(tables.get("public.columns"))[0]);
        assertEquals(2, firstValues(tables.get("public.get"))[1]);
    }

    private Map<String, TableSource<?>> staticTables(JavaFileObject... sources) throws Exception {
        List<JavaFileObject> all = new ArrayList<>(List.of(sources));
        all.add(ROW);
        Compilation compilation = Compiles.compile(all.toArray(JavaFileObject[]::new));
        assertThat(compilation).succeededWithoutWarnings();
        Map<String, TableSource<?>> tables = new TreeMap<>();
        CompiledClasses loaded = CompiledClasses.load(compilation, classes);
        opened.add(loaded);
        for (PgTableProvider provider : providers(loaded)) {
            provider.staticTables().forEach(t -> tables.put(t.qualifiedName(), t));
        }
        return tables;
    }

    private static List<PgTableProvider> providers(CompiledClasses loaded) {
        return ServiceLoader.load(PgTableProvider.class, loaded.loader()).stream()
                .filter(p -> p.type().getClassLoader() == loaded.loader())
                .map(ServiceLoader.Provider::get)
                .collect(Collectors.toList());
    }

    private static <T> List<TableSource<?>> tablesOf(InstanceBinding<T> binding, Object instance) {
        return binding.tables(binding.ownerType().cast(instance));
    }

    private static List<Integer> ids(TableSource<?> table) {
        List<Integer> ids = new ArrayList<>();
        for (Object[] row : rows(table)) {
            ids.add((Integer) row[0]);
        }
        return ids;
    }

    private static Object[] firstValues(TableSource<?> table) {
        return rows(table).get(0);
    }

    private static <R> List<Object[]> rows(TableSource<R> table) {
        List<Object[]> rows = new ArrayList<>();
        for (Iterator<? extends R> it = table.rows().open(); it.hasNext(); ) {
            Object[] out = new Object[table.rowType().columns().size()];
            table.rowType().extract(it.next(), out);
            rows.add(out);
        }
        return rows;
    }
}
