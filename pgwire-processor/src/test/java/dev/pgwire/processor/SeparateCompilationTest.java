package dev.pgwire.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compilations into an output that already holds earlier results, as incremental and multi-module builds do:
 * the registry aggregates, and descriptors compiled elsewhere are reused.
 */
class SeparateCompilationTest {
    private static final String REGISTRY = "classes/META-INF/services/dev.pgwire.runtime.spi.PgTableProvider";

    @Test
    void laterCompilationMergesWithTheExistingRegistry(@TempDir Path out) throws IOException {
        compile(out, "b.Second");
        assertEquals("b.Second_PgTableProvider\n", Files.readString(out.resolve(REGISTRY)));

        compile(out, "a.First");
        assertEquals("a.First_PgTableProvider\nb.Second_PgTableProvider\n", Files.readString(out.resolve(REGISTRY)));

        compile(out, "a.First"); // recompiling a class does not list it twice
        assertEquals("a.First_PgTableProvider\nb.Second_PgTableProvider\n", Files.readString(out.resolve(REGISTRY)));
    }

    @Test
    void providersThatNoLongerExistAreDropped(@TempDir Path out) throws IOException {
        compile(out, "a.First");
        Files.delete(out.resolve("classes/a/First_PgTableProvider.class"));
        compile(out, "b.Second");
        assertEquals("b.Second_PgTableProvider\n", Files.readString(out.resolve(REGISTRY)));
    }

    @Test
    void descriptorCompiledElsewhereIsReused(@TempDir Path out) throws IOException {
        // A library compiled on its own, its descriptor hand-written: Object is no column type, so the
        // processor must use the descriptor as it is rather than read the class again.
        Javac.Result library = Javac.compile(out, Map.of(
                "lib.Item", "package lib; public record Item(int id, Object payload) {}",
                "lib.Item_PgRowType", String.join("\n",
                        "package lib;",
                        "import dev.pgwire.runtime.spi.*;",
                        "import java.util.List;",
                        "public final class Item_PgRowType implements RowType<Item> {",
                        "  public static final Item_PgRowType INSTANCE = new Item_PgRowType();",
                        "  public Class<Item> javaType() { return Item.class; }",
                        "  public List<Column> columns() { return List.of(Column.of(\"id\", ColumnType.INT4, false)); }",
                        "  public void extract(Item row, Object[] out) { out[0] = row.id(); }",
                        "}")),
                List.of("-proc:none"));
        assertTrue(library.success(), library.diagnostics());

        Javac.Result app = Javac.compile(out, Map.of("app.Catalog", String.join("\n",
                "package app;",
                "import dev.pgwire.annotations.PgTable;",
                "import java.util.List;",
                "public class Catalog {",
                "  @PgTable static List<lib.Item> items = List.of();",
                "}")));
        assertTrue(app.success(), app.diagnostics());
        assertEquals(List.of("app/Catalog_PgTableProvider.java", "app/Catalog_PgTables.java"),
                Javac.filesUnder(out.resolve("generated")));
        assertTrue(Files.readString(out.resolve("generated/app/Catalog_PgTables.java"))
                .contains("Item_PgRowType.INSTANCE"));
    }

    private static void compile(Path out, String className) {
        String pkg = className.substring(0, className.lastIndexOf('.'));
        String simple = className.substring(className.lastIndexOf('.') + 1);
        Javac.Result result = Javac.compile(out, Map.of(
                className,
                "package " + pkg + ";\n"
                        + "import dev.pgwire.annotations.PgTable;\n"
                        + "import java.util.List;\n"
                        + "public class " + simple + " {\n"
                        + "  public record Row(int id) {}\n"
                        + "  @PgTable(name = \"" + simple.toLowerCase() + "\") static List<Row> rows = List.of();\n"
                        + "}\n"));
        assertTrue(result.success(), result.diagnostics());
    }
}
